import { createHash } from "node:crypto";
import type { MetricId } from "../domain/metrics";
import { DEFECT_DESCRIPTIONS, type DefectKind, type ExpectedFinding, type ManifestFinding, type MetricSource, type RenderedDocument } from "./defects";
import { renderDepartment } from "./department";
import { districts, yearModel, type District, type YearModel } from "./model";
import { renderLineSheets, renderSummarySheets } from "./sheets";
import { renderUnit } from "./unit";

export { DEFECT_DESCRIPTIONS, type DefectKind, type ExpectedFinding, type ManifestFinding } from "./defects";

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2026;

/** The documents of one district-year, in the order they are numbered (部门预算 first). */
export const DOCUMENT_KINDS = [
  { code: "bmys", kind: "部门预算", entity: "bureau", layout: "tsv", what: "部门预算（区医疗保障局，制表符分隔）" },
  { code: "dwys", kind: "单位预算", entity: "centre", layout: "markdown", what: "单位预算（医疗保险事务中心，Markdown，跨页表格）" },
  { code: "jxmb-ju", kind: "绩效目标表", entity: "bureau", layout: "tsv", what: "项目绩效目标汇总表（区医疗保障局，制表符分隔）" },
  { code: "jxmb-zx", kind: "绩效目标表", entity: "centre", layout: "tsv", what: "项目绩效目标汇总表（医疗保险事务中心，制表符分隔）" },
  { code: "jxmb-ju-h", kind: "绩效目标表", entity: "bureau", layout: "lines", what: "项目绩效目标表（区医疗保障局，每行一个字段）" },
  { code: "jxmb-zx-h", kind: "绩效目标表", entity: "centre", layout: "lines", what: "项目绩效目标表（医疗保险事务中心，每行一个字段）" },
] as const;

export type DocumentKindCode = (typeof DOCUMENT_KINDS)[number]["code"];

/**
 * Planted defects by document index (first occurrences; repeated every DEFECT_PERIOD documents). Index mod 6
 * is the kind of document (DOCUMENT_KINDS): 0 部门预算, 1 单位预算, 2–5 project sheets. The first 72 documents
 * (twelve district-years) carry every kind of defect once, at most one per document.
 */
const DEFECT_PLAN: ReadonlyArray<readonly [number, DefectKind]> = [
  [0, "double-decimal"],
  [1, "note-year"],
  [6, "toc-year"],
  [7, "row-sum"],
  [8, "project-cross-document"],
  [12, "narrative-operating"],
  [13, "narrative-rate"],
  [15, "indicator-hierarchy"],
  [18, "three-public-sum"],
  [22, "project-funds"],
  [24, "item-one-table"],
  [30, "lei-misprint"],
  [31, "double-decimal"],
  [36, "totals-balance"],
  [42, "table-truncated"],
  [48, "table-missing"],
  [54, "reception-vs-economic"],
  [60, "operating-vs-public"],
  [66, "project-vs-line"],
];
/** A multiple of the group size, so a repeat lands on the same kind of document. */
const DEFECT_PERIOD = 150;

export interface CorpusDocument {
  index: number;
  fileName: string;
  districtSlug: string;
  year: number;
  kind: string;
  layout: string;
  bytes: Uint8Array;
  sha256: string;
  defect: DefectKind | null;
}

export interface PlantedDefect {
  index: number;
  fileName: string;
  defect: DefectKind;
  description: string;
  findings: ManifestFinding[];
}

/** A headline metric as the generator printed it in the source the site should read (exact fen, as a string). */
export interface ExpectedMetric {
  districtSlug: string;
  year: number;
  metric: MetricId;
  fileName: string;
  line: number;
  amountFen: string;
}

export interface CorpusManifest {
  generator: "lib/synthetic";
  seed: string;
  count: number;
  documents: Array<Omit<CorpusDocument, "bytes">>;
  defects: PlantedDefect[];
  /**
   * Every finding the audit and the metric resolution must produce on these documents, and nothing else
   * (sorted): the planted defects' and, where a district-year prints a metric in several documents, which
   * source is read (metric-source).
   */
  expectedFindings: ManifestFinding[];
  /** Each metric of each district-year generated, as printed in the source read. */
  metrics: ExpectedMetric[];
}

export interface Corpus {
  documents: CorpusDocument[];
  manifest: CorpusManifest;
}

/** The fixed order: district-years (newest year first, districts in their official order), six documents each. */
export function corpusSlots(): Array<{ district: District; year: number; kind: (typeof DOCUMENT_KINDS)[number] }> {
  const all = districts();
  const slots: Array<{ district: District; year: number; kind: (typeof DOCUMENT_KINDS)[number] }> = [];
  for (let year = LAST_YEAR; year >= FIRST_YEAR; year--) {
    for (const district of all) for (const kind of DOCUMENT_KINDS) slots.push({ district, year, kind });
  }
  return slots;
}

export const MAX_DOCUMENTS = (LAST_YEAR - FIRST_YEAR + 1) * 16 * DOCUMENT_KINDS.length;

export function defectAt(index: number): DefectKind | null {
  for (const [first, defect] of DEFECT_PLAN) {
    if (index >= first && (index - first) % DEFECT_PERIOD === 0) return defect;
  }
  return null;
}

function compareFindings(a: ExpectedFinding, b: ExpectedFinding): number {
  return a.fileName.localeCompare(b.fileName) || a.line - b.line || a.check.localeCompare(b.check);
}

export function sortFindings<F extends ExpectedFinding>(findings: F[]): F[] {
  return [...findings].sort(compareFindings);
}

/** The stated rule for a metric printed in several documents: a budget before a project sheet, the bureau before its centre. */
const KIND_RANK: Record<(typeof DOCUMENT_KINDS)[number]["kind"], number> = { 部门预算: 0, 单位预算: 1, 绩效目标表: 2 };
const ENTITY_RANK: Record<(typeof DOCUMENT_KINDS)[number]["entity"], number> = { bureau: 0, centre: 1 };

interface SourceAt extends MetricSource {
  fileName: string;
  kind: (typeof DOCUMENT_KINDS)[number];
}

/** Per district-year and metric: the source read, and a metric-source finding where there was a choice. */
function metricExpectations(sources: readonly SourceAt[], districtSlug: string, year: number): { metrics: ExpectedMetric[]; findings: ManifestFinding[] } {
  const metrics: ExpectedMetric[] = [];
  const findings: ManifestFinding[] = [];
  const rank = (s: SourceAt): [number, number] => [KIND_RANK[s.kind.kind], ENTITY_RANK[s.kind.entity]];
  for (const metric of [...new Set(sources.map((s) => s.metric))]) {
    const ranked = sources.filter((s) => s.metric === metric).sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
    const [chosen, second] = ranked;
    if (!chosen) continue;
    metrics.push({ districtSlug, year, metric, fileName: chosen.fileName, line: chosen.line, amountFen: chosen.fen.toString() });
    if (!second) continue;
    const tie = rank(chosen)[0] === rank(second)[0] && rank(chosen)[1] === rank(second)[1];
    findings.push({ check: "metric-source", fileName: chosen.fileName, line: chosen.line, severity: tie ? "warning" : "info", cause: null });
  }
  return { metrics, findings };
}

/**
 * The first `count` documents of the fixed order, generated from `seed`. Pure and
 * deterministic: the same seed gives the same bytes, and a smaller count is a prefix.
 */
export function generateCorpus(options: { count: number; seed: string }): Corpus {
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_DOCUMENTS) {
    throw new RangeError(`count must be an integer from 1 to ${MAX_DOCUMENTS}, got ${count}`);
  }
  const models = new Map<string, YearModel>();
  const modelOf = (district: District, year: number): YearModel => {
    const key = `${district.slug}|${year}`;
    let model = models.get(key);
    if (!model) {
      model = yearModel(seed, district, year);
      models.set(key, model);
    }
    return model;
  };
  const documents: CorpusDocument[] = [];
  const defects: PlantedDefect[] = [];
  const seen = new Map<string, string>();
  const sourcesByDistrictYear = new Map<string, { districtSlug: string; year: number; sources: SourceAt[] }>();
  corpusSlots()
    .slice(0, count)
    .forEach(({ district, year, kind }, index) => {
      const model = modelOf(district, year);
      const prior = modelOf(district, year - 1);
      const defect = defectAt(index);
      let rendered: RenderedDocument;
      switch (kind.code) {
        case "bmys":
          rendered = renderDepartment(model, prior, defect);
          break;
        case "dwys":
          rendered = renderUnit(model, prior, defect);
          break;
        case "jxmb-ju":
          rendered = renderSummarySheets(model, "bureau", defect);
          break;
        case "jxmb-zx":
          rendered = renderSummarySheets(model, "centre", defect);
          break;
        case "jxmb-ju-h":
          rendered = renderLineSheets(model, "bureau", defect);
          break;
        case "jxmb-zx-h":
          rendered = renderLineSheets(model, "centre", defect);
          break;
      }
      const fileName = `${String(index).padStart(4, "0")}_${district.slug}_${year}_${kind.code}.txt`;
      if (defect !== null && rendered.expected.length === 0) {
        throw new Error(`${fileName}: defect "${defect}" does not apply to a ${kind.kind} (${kind.layout})`);
      }
      const bytes = new TextEncoder().encode(rendered.text);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const twin = seen.get(sha256);
      if (twin) throw new Error(`${fileName} has the same bytes as ${twin}`);
      seen.set(sha256, fileName);
      documents.push({ index, fileName, districtSlug: district.slug, year, kind: kind.kind, layout: kind.layout, bytes, sha256, defect });
      const key = `${district.slug}|${year}`;
      const group = sourcesByDistrictYear.get(key) ?? { districtSlug: district.slug, year, sources: [] };
      group.sources.push(...rendered.sources.map((s) => ({ ...s, fileName, kind })));
      sourcesByDistrictYear.set(key, group);
      if (defect !== null) {
        // A partner is in the corpus when its slot in this district-year's group comes before `count`.
        const groupStart = index - (index % DOCUMENT_KINDS.length);
        const generated = (code: DocumentKindCode) => groupStart + DOCUMENT_KINDS.findIndex((k) => k.code === code) < count;
        defects.push({
          index,
          fileName,
          defect,
          description: DEFECT_DESCRIPTIONS[defect],
          findings: sortFindings(
            rendered.expected.filter((e) => !e.partners || e.partners.some(generated)).map((e) => ({
              check: e.check, fileName, line: e.line, severity: e.severity, cause: e.cause ? { check: e.cause.check, fileName, line: e.cause.line } : null,
            })),
          ),
        });
      }
    });
  const expectations = [...sourcesByDistrictYear.values()].map((g) => metricExpectations(g.sources, g.districtSlug, g.year));
  const manifest: CorpusManifest = {
    generator: "lib/synthetic",
    seed,
    count,
    documents: documents.map(({ bytes: _bytes, ...rest }) => rest),
    defects,
    expectedFindings: sortFindings([...defects.flatMap((d) => d.findings), ...expectations.flatMap((e) => e.findings)]),
    metrics: expectations.flatMap((e) => e.metrics),
  };
  return { documents, manifest };
}
