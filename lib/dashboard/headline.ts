// The answer first: per district, the latest figure of a metric and its change since the previous collected year.
import type { MetricValueRow } from "../data/types";
import type { DistrictRef } from "./build";
import { differenceYuan, percentChange } from "./decimal-format";

export interface HeadlineChange {
  /** The earlier figure the change is measured from. */
  from: MetricValueRow;
  /** Exact 元, latest − from. */
  deltaYuan: string;
  pct: string | null;
}

export interface DistrictHeadline {
  district: DistrictRef;
  /** The latest figure (disclosed or derived); null when the district has none. */
  latest: MetricValueRow | null;
  /** A collected year after `latest` whose document does not disclose the metric (so `latest` is not this year's). */
  laterUndisclosed: MetricValueRow | null;
  /**
   * The previous collected year (a document of that district and year was collected): the change from its figure,
   * or the row alone when that document does not disclose it. null: no earlier collected year.
   */
  sinceCollected: { row: MetricValueRow; change: HeadlineChange | null } | null;
  /** A derived (推算) prior-year figure newer than the previous collected year: the change from it. */
  sinceDerived: HeadlineChange | null;
  /** No figure at all: the latest collected year whose document does not disclose it, or nothing collected. */
  missing: { status: "not_disclosed"; year: number } | { status: "not_collected" } | null;
}

const hasAmount = (v: MetricValueRow): v is MetricValueRow & { amountYuan: string } => v.amountYuan !== null && (v.status === "disclosed" || v.status === "derived");
const isCollected = (v: MetricValueRow) => v.status === "disclosed" || v.status === "not_disclosed";

function changeFrom(from: MetricValueRow & { amountYuan: string }, to: MetricValueRow & { amountYuan: string }): HeadlineChange {
  return { from, deltaYuan: differenceYuan(from.amountYuan, to.amountYuan), pct: percentChange(from.amountYuan, to.amountYuan) };
}

export function metricHeadlines(values: readonly MetricValueRow[], districts: readonly DistrictRef[]): DistrictHeadline[] {
  return districts.map((district) => {
    const own = values.filter((v) => v.district === district.slug).sort((a, b) => a.year - b.year);
    const withAmount = own.filter(hasAmount);
    const latest = withAmount[withAmount.length - 1] ?? null;
    if (!latest) {
      const undisclosed = own.filter((v) => v.status === "not_disclosed").pop();
      const missing = undisclosed ? { status: "not_disclosed" as const, year: undisclosed.year } : { status: "not_collected" as const };
      return { district, latest: null, laterUndisclosed: null, sinceCollected: null, sinceDerived: null, missing };
    }
    const laterUndisclosed = own.filter((v) => v.year > latest.year && v.status === "not_disclosed").pop() ?? null;
    const previousCollected = own.filter((v) => v.year < latest.year && isCollected(v)).pop() ?? null;
    const sinceCollected = previousCollected
      ? { row: previousCollected, change: hasAmount(previousCollected) ? changeFrom(previousCollected, latest) : null }
      : null;
    const derived = own.filter((v) => v.year < latest.year && v.year > (previousCollected?.year ?? -Infinity) && v.status === "derived" && hasAmount(v)).pop();
    const sinceDerived = derived && hasAmount(derived) ? changeFrom(derived, latest) : null;
    return { district, latest, laterUndisclosed, sinceCollected, sinceDerived, missing: null };
  });
}
