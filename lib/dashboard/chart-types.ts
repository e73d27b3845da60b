// Plain, serialisable chart input: built on the server, drawn by the client. No totals are computed client-side.

export interface ChartCell {
  /** Chart coordinates only (the exact figures are the strings beside them). */
  coordYuan: number;
  coordWan: number;
  exactYuan: string;
  exactWan: string;
  derived: boolean;
}

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

export interface ChartDatum {
  /** Axis label, e.g. "2023" or "普陀（未公开）". */
  category: string;
  /** Bar colour for this category (district-by-district charts). */
  color?: string;
  cells: Record<string, ChartCell | null>;
}

export interface ChartSpec {
  id: string;
  kind: "line" | "bar";
  title: string;
  /** The year this chart is for (district-by-district charts), else null. */
  year: number | null;
  series: ChartSeries[];
  data: ChartDatum[];
  /** Plain-text source line(s) and data version, drawn into downloaded images. */
  citation: string;
  /** Base file name for downloads. */
  fileBase: string;
}

/** Okabe–Ito colour-blind-safe palette. */
export const OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"] as const;
