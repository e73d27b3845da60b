// What the imported data covers, computed from the documents and metric values (never written for a particular
// set of documents): which districts and years, who published what, which values cover only one unit or one
// project, which are derived from the next year's text, and which district-years were not collected.
import type { DocumentKind, Scope } from "../domain/enums";
import type { MetricId } from "../domain/metrics";
import type { DocumentRow, MetricValueRow } from "../data/types";

export interface DistrictYearCoverage {
  district: string;
  districtName: string;
  year: number;
  /** The documents collected for this district and year (empty: not collected). */
  documents: Array<{ fileName: string; kind: DocumentKind; scope: Scope; entity: string }>;
}

export interface ScopedValues {
  district: string;
  districtName: string;
  year: number;
  scope: Scope;
  entity: string | null;
  metrics: MetricId[];
}

export interface Coverage {
  districts: Array<{ slug: string; nameZh: string }>;
  /** Every year from the first to the last covered (documents and derived values), ascending. */
  years: number[];
  cells: DistrictYearCoverage[];
  /** Values that cover one unit (单位) or one project sheet (项目) rather than the whole department. */
  partialScope: ScopedValues[];
  /** Prior-year values derived from the next year's explanatory text. */
  derived: Array<{ district: string; districtName: string; year: number; metric: MetricId; fromYear: number }>;
  notDisclosed: Array<{ district: string; districtName: string; year: number; metric: MetricId }>;
  notCollectedCount: number;
}

export function coverageOf(documents: readonly DocumentRow[], values: readonly MetricValueRow[]): Coverage {
  const names = new Map<string, string>();
  for (const d of documents) names.set(d.district, d.districtName);
  for (const v of values) names.set(v.district, v.districtName);
  const districts = [...names.entries()].map(([slug, nameZh]) => ({ slug, nameZh })).sort((a, b) => a.slug.localeCompare(b.slug));
  const allYears = [...documents.map((d) => d.year), ...values.filter((v) => v.status !== "not_collected").map((v) => v.year)];
  const years = allYears.length === 0 ? [] : Array.from({ length: Math.max(...allYears) - Math.min(...allYears) + 1 }, (_, i) => Math.min(...allYears) + i);
  const cells = districts.flatMap((d) =>
    years.map((year) => ({
      district: d.slug,
      districtName: d.nameZh,
      year,
      documents: documents
        .filter((x) => x.district === d.slug && x.year === year)
        .map((x) => ({ fileName: x.fileName, kind: x.kind, scope: x.scope, entity: x.entity })),
    })),
  );
  const partial = new Map<string, ScopedValues>();
  for (const v of values) {
    if (v.status !== "disclosed" || (v.scope !== "单位" && v.scope !== "项目")) continue;
    const key = `${v.district}|${v.year}|${v.scope}|${v.entity ?? ""}`;
    const entry = partial.get(key) ?? { district: v.district, districtName: v.districtName, year: v.year, scope: v.scope, entity: v.entity, metrics: [] };
    entry.metrics.push(v.metric);
    partial.set(key, entry);
  }
  return {
    districts,
    years,
    cells,
    partialScope: [...partial.values()],
    derived: values.flatMap((v) => (v.status === "derived" && v.basis.kind === "derived" ? [{ district: v.district, districtName: v.districtName, year: v.year, metric: v.metric, fromYear: v.basis.fromYear }] : [])),
    notDisclosed: values.filter((v) => v.status === "not_disclosed").map((v) => ({ district: v.district, districtName: v.districtName, year: v.year, metric: v.metric })),
    notCollectedCount: values.filter((v) => v.status === "not_collected").length,
  };
}
