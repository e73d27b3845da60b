// Pure view-model builders: turn lib/data rows into what pages render and charts draw.
import type { DistrictRef, DocumentIndex, MetricValueRow, SourceRef } from "../data/types";
import { fill, t } from "../i18n/zh-CN";
import { documentLabel } from "../view/document-label";
import { compoundAnnualRate, differenceYuan, percentChange } from "./decimal-format";

export type { DistrictRef, DocumentIndex } from "../data/types";

/** One citation per distinct source line, in order. */
export function uniqueSources(sources: ReadonlyArray<SourceRef | null | undefined>): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of sources) {
    if (!s) continue;
    const key = `${s.file}#${s.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/** "上海市宝山区医疗保障局 2026 年部门预算，第 445 行" for each source. */
export function sourceParts(sources: readonly SourceRef[], documents: DocumentIndex): string[] {
  return sources.map((s) => {
    const doc = documents.get(s.file);
    return `${doc ? documentLabel(doc) : s.file}，${fill(t.cite.lineRef, { line: s.line })}`;
  });
}

/** "来源：上海市宝山区医疗保障局 2026 年部门预算，第 445 行；数据版本 …" as plain text. */
export function citationText(sources: readonly SourceRef[], documents: DocumentIndex, dataVersion: string): string {
  return `${t.cite.prefix}${[...sourceParts(sources, documents), fill(t.cite.version, { version: dataVersion })].join(t.cite.separator)}`;
}

export interface YearChange {
  fromYear: number;
  deltaYuan: string;
  pct: string | null;
  /** True when either end is a derived prior-year figure. */
  involvesDerived: boolean;
}

export interface MetricTableRow {
  value: MetricValueRow;
  change: YearChange | null;
}

export interface DistrictSpan {
  district: DistrictRef;
  fromYear: number;
  toYear: number;
  from: MetricValueRow;
  to: MetricValueRow;
  deltaYuan: string;
  pct: string | null;
  cagr: string | null;
}

/** Year-over-year rows per district: change from the previous year that has an amount. */
export function yearOverYearRows(values: readonly MetricValueRow[], districts: readonly DistrictRef[]): Array<{ district: DistrictRef; rows: MetricTableRow[] }> {
  return districts.map((district) => {
    const own = values.filter((v) => v.district === district.slug).sort((a, b) => a.year - b.year);
    let previous: MetricValueRow | null = null;
    const rows = own.map((value) => {
      let change: YearChange | null = null;
      if (value.amountYuan !== null && previous?.amountYuan != null) {
        change = {
          fromYear: previous.year,
          deltaYuan: differenceYuan(previous.amountYuan, value.amountYuan),
          pct: percentChange(previous.amountYuan, value.amountYuan),
          involvesDerived: previous.status === "derived" || value.status === "derived",
        };
      }
      if (value.amountYuan !== null) previous = value;
      return { value, change };
    });
    return { district, rows };
  });
}

/** First to last disclosed (not derived) value per district, with the compound annual rate across the gap. */
export function disclosedSpans(values: readonly MetricValueRow[], districts: readonly DistrictRef[]): DistrictSpan[] {
  const spans: DistrictSpan[] = [];
  for (const district of districts) {
    const own = values.filter((v) => v.district === district.slug && v.status === "disclosed" && v.amountYuan !== null).sort((a, b) => a.year - b.year);
    const from = own[0];
    const to = own[own.length - 1];
    if (!from || !to || from === to || from.amountYuan === null || to.amountYuan === null) continue;
    spans.push({
      district, fromYear: from.year, toYear: to.year, from, to,
      deltaYuan: differenceYuan(from.amountYuan, to.amountYuan),
      pct: percentChange(from.amountYuan, to.amountYuan),
      cagr: compoundAnnualRate(from.amountYuan, to.amountYuan, to.year - from.year),
    });
  }
  return spans;
}

/** The value of a metric for each district in one year; a missing row means nothing was published. */
export function valuesForYear(values: readonly MetricValueRow[], districts: readonly DistrictRef[], year: number): Array<{ district: DistrictRef; value: MetricValueRow | null }> {
  return districts.map((district) => ({ district, value: values.find((v) => v.district === district.slug && v.year === year) ?? null }));
}
