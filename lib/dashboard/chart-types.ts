// Plain, serialisable chart input: built on the server, drawn by the static SVG renderer (no-JS view, print,
// image downloads, embeds: lib/dashboard/chart-svg.ts) and by Recharts (the interactive chart). Drawing code
// computes no figures: every exact value is a string here.
import type { DisplayUnit } from "./view-state";

/**
 * disclosed / derived: a figure (derived = reckoned from the next year's narrative, drawn hollow);
 * not_disclosed: a collected document that does not give the figure (未公开);
 * not_collected: no document of that district and year was collected (未收录) — a gap, never a line segment.
 */
export type ChartPointStatus = "disclosed" | "derived" | "not_disclosed" | "not_collected";

export interface ChartAmount {
  /** Chart coordinates only (the exact figures are the strings beside them). */
  coordYuan: number;
  coordWan: number;
  exactYuan: string;
  exactWan: string;
}

export interface ChartCell {
  status: ChartPointStatus;
  /** Present for disclosed and derived figures only. */
  amount: ChartAmount | null;
  /** What the figure covers, as the documents say: 部门 / 单位 / 项目. */
  scope: string | null;
  /** The budget entity the figure belongs to, e.g. 上海市青浦区医疗保险事务中心. */
  entity: string | null;
}

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

export interface ChartDatum {
  /** Axis category: the year ("2023") on line charts, the district name on bar charts. */
  category: string;
  /** Bar colour for this category (district-by-district charts). */
  color?: string;
  /** One cell per series key. */
  cells: Record<string, ChartCell>;
}

export interface ChartCredit {
  siteName: string;
  /** SITE_URL when set at build time; otherwise the page's own origin is used when an image is made. */
  siteUrl: string | null;
  /** The page this chart belongs to, e.g. "/metrics/medical-assistance?year=2023". */
  path: string;
}

export interface ChartSpec {
  id: string;
  kind: "line" | "bar";
  title: string;
  /** The year this chart is for (district-by-district charts), else null. */
  year: number | null;
  series: ChartSeries[];
  data: ChartDatum[];
  /** Value-axis ticks per display unit, 0 to the top, in steps of 1, 2, 2.5 or 5 × 10ⁿ. */
  ticks: Record<DisplayUnit, number[]>;
  /** Plain-text source line(s) with the data version, drawn into images and embeds. */
  citation: string;
  dataVersion: string;
  credit: ChartCredit;
  /** Base file name for downloads. */
  fileBase: string;
}

/** Okabe–Ito colour-blind-safe palette. */
export const OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"] as const;
