// What every chart renderer shares (static SVG, Recharts, HTML legend): the value scale, tick labels,
// mark shapes by scope, legend entries and the words for gaps. Pure; safe in the browser.
import { fill, t } from "../i18n/zh-CN";
import type { ChartCell, ChartPointStatus, ChartSpec } from "./chart-types";
import type { DisplayUnit } from "./view-state";

const STEPS = [1, 2, 2.5, 5] as const;

/** Drops binary noise from a tick (0.1 × 3 → 0.3). */
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * Ticks from 0 to a round top at or above `max`, at most `maxIntervals` apart, each step 1, 2, 2.5 or 5 × 10ⁿ.
 * (Never 0.35 / 0.7 / 1.05.)
 */
export function niceTicks(max: number, maxIntervals = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  let magnitude = 10 ** Math.floor(Math.log10(max / maxIntervals));
  for (;;) {
    for (const step of STEPS) {
      const size = clean(step * magnitude);
      const intervals = Math.ceil(clean(max / size));
      if (intervals <= maxIntervals) return Array.from({ length: intervals + 1 }, (_, i) => clean(i * size));
    }
    magnitude *= 10;
  }
}

const tickFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2, useGrouping: true });

/** Axis tick text: a coordinate, not a quoted figure (exact values are on the marks and in the tables). */
export function formatTick(value: number): string {
  return tickFormat.format(value);
}

export const unitLabel = (unit: DisplayUnit): string => (unit === "wan" ? t.units.wan : t.units.yuan);

export const coordOf = (cell: ChartCell | undefined, unit: DisplayUnit): number | null =>
  cell?.amount ? (unit === "wan" ? cell.amount.coordWan : cell.amount.coordYuan) : null;

export const exactOf = (cell: ChartCell, unit: DisplayUnit): string =>
  cell.amount ? (unit === "wan" ? cell.amount.exactWan : cell.amount.exactYuan) : "";

/** The top of the value axis. */
export const axisTop = (spec: ChartSpec, unit: DisplayUnit): number => spec.ticks[unit][spec.ticks[unit].length - 1] ?? 1;

export type MarkShape = "circle" | "square" | "triangle";

/** 部门 ●, 单位 ■, 项目 ▲: what a figure covers is visible on its mark. */
export function scopeShape(scope: string | null): MarkShape {
  if (scope === "单位") return "square";
  if (scope === "项目") return "triangle";
  return "circle";
}

/** 未收录 / 未公开 for a cell without a figure. */
export const statusWord = (status: ChartPointStatus): string =>
  status === "not_collected" || status === "not_disclosed" ? t.status[status] : "";

/** "宝山 2023：157.51 万元（推算）· 部门 上海市宝山区医疗保障局" — a mark's accessible text. */
export function cellText(seriesName: string, category: string, cell: ChartCell, unit: DisplayUnit): string {
  const head = seriesName === category ? seriesName : `${seriesName} ${category}`;
  if (!cell.amount) return `${head}：${statusWord(cell.status)}`;
  const scope = cell.scope ? ` · ${t.scopeShort[cell.scope] ?? cell.scope}${cell.entity ? ` ${cell.entity}` : ""}` : "";
  return `${head}：${exactOf(cell, unit)} ${unitLabel(unit)}${cell.status === "derived" ? t.chart.derivedMark : ""}${scope}`;
}

export type LegendItem =
  | { kind: "series"; key: string; label: string; color: string }
  | { kind: "shape"; shape: MarkShape; label: string }
  | { kind: "derived"; label: string; bar: boolean }
  | { kind: "note"; label: string };

/** Visible series (null: all). */
export function visibleSeries(spec: ChartSpec, visible: readonly string[] | null): ChartSpec["series"] {
  return spec.series.filter((s) => visible === null || visible.includes(s.key));
}

/** Legend entries for what the chart actually draws: series, the scopes present, hollow derived marks, gap words. */
export function legendItems(spec: ChartSpec, visible: readonly string[] | null = null): LegendItem[] {
  const series = visibleSeries(spec, visible);
  const cells = spec.data.flatMap((d) => series.map((s) => d.cells[s.key]).filter((c): c is ChartCell => c !== undefined));
  const items: LegendItem[] = spec.kind === "line" ? series.map((s) => ({ kind: "series" as const, key: s.key, label: s.name, color: s.color })) : [];
  const scopes = [...new Set(cells.filter((c) => c.amount).map((c) => c.scope ?? ""))];
  // Bar charts write the scope beside each bar's name; line charts show it by the mark's shape.
  for (const scope of spec.kind === "line" ? ["部门", "单位", "项目"] : []) {
    if (scopes.includes(scope)) items.push({ kind: "shape", shape: scopeShape(scope), label: t.chart.scopeLegend[scope] ?? scope });
  }
  if (cells.some((c) => c.status === "derived")) items.push({ kind: "derived", label: t.chart.derivedLegend, bar: spec.kind === "bar" });
  if (cells.some((c) => c.status === "not_disclosed")) items.push({ kind: "note", label: t.chart.notDisclosedNote });
  if (cells.some((c) => c.status === "not_collected")) items.push({ kind: "note", label: t.chart.notCollectedNote });
  return items;
}

export interface CategoryGaps {
  /** No visible series has a collected document in this category (drawn as a shaded 未收录 column). */
  allNotCollected: boolean;
  /** Visible series without a figure here: "普陀：未收录". */
  missing: Array<{ key: string; text: string; status: ChartPointStatus }>;
}

/** What a line chart says under each year about the series it cannot draw there. */
export function categoryGaps(spec: ChartSpec, visible: readonly string[] | null = null): CategoryGaps[] {
  const series = visibleSeries(spec, visible);
  return spec.data.map((d) => {
    const missing = series.flatMap((s) => {
      const cell = d.cells[s.key];
      if (!cell || cell.amount) return [];
      return [{ key: s.key, text: fill(t.chart.missing, { series: s.name, status: statusWord(cell.status) }), status: cell.status }];
    });
    const allNotCollected = series.length > 0 && missing.length === series.length && missing.every((m) => m.status === "not_collected");
    return { allNotCollected, missing: allNotCollected ? [] : missing };
  });
}
