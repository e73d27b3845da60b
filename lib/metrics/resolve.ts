import type { Unit } from "../money";
import type { Finding } from "../audit/findings";
import type { ParsedDocument, ParsedProject, ProjectAmount } from "../parse/types";
import { METRICS, METRIC_PROJECTS, type MetricId } from "./definitions";

export type MetricStatus = "disclosed" | "not_disclosed" | "derived";

/** A headline metric for one district and year, with where it was read. */
export interface MetricRecord {
  districtSlug: string;
  year: number;
  metric: MetricId;
  status: MetricStatus;
  amountFen: bigint | null;
  unitAsPublished: Unit | null;
  amountAsPublished: string | null;
  /** 部门 (bureau with its units) | 单位 (one unit) | 项目 (one project sheet) */
  scope: string | null;
  entityName: string | null;
  fileName: string | null;
  sourceLine: number | null;
  sourceText: string | null;
  basis: string;
  findingIds: string[];
}

/** Budget documents come before stand-alone project sheets of the same year. */
const KIND_ORDER = { 部门预算: 0, 单位预算: 1, 绩效目标表: 2 } as const;

function annualAmount(project: ParsedProject): ProjectAmount | undefined {
  return project.amounts.find((a) => a.field === "年度资金申请总额") ?? project.amounts.find((a) => a.field === "项目资金总额");
}

function findingsAt(findings: Finding[], metric: MetricId, fileName: string, lines: number[]): string[] {
  return findings
    .filter((f) => (f.metric === undefined || f.metric === metric) && f.locations.some((l) => l.fileName === fileName && lines.includes(l.line)))
    .map((f) => f.id)
    .sort();
}

function notDisclosed(districtSlug: string, year: number, metric: MetricId, basis: string): MetricRecord {
  return {
    districtSlug, year, metric, status: "not_disclosed", amountFen: null, unitAsPublished: null, amountAsPublished: null,
    scope: null, entityName: null, fileName: null, sourceLine: null, sourceText: null, basis, findingIds: [],
  };
}

/**
 * Resolves the four headline metrics for every district-year the documents cover,
 * plus prior-year points derived from "比上年…" / "与上年预算持平" sentences.
 */
export function resolveMetrics(docs: ParsedDocument[], findings: Finding[]): MetricRecord[] {
  const records: MetricRecord[] = [];
  const districtYears = new Map<string, ParsedDocument[]>();
  for (const doc of docs) {
    const key = `${doc.meta.districtSlug}|${doc.meta.year}`;
    districtYears.set(key, [...(districtYears.get(key) ?? []), doc]);
  }
  const sortedKeys = [...districtYears.keys()].sort();
  for (const key of sortedKeys) {
    const group = [...(districtYears.get(key) ?? [])].sort((a, b) => KIND_ORDER[a.meta.kind] - KIND_ORDER[b.meta.kind] || a.fileName.localeCompare(b.fileName));
    const [districtSlug = "", yearText = "0"] = key.split("|");
    const year = Number(yearText);
    for (const { metric, matches } of METRIC_PROJECTS) {
      let found: MetricRecord | null = null;
      for (const doc of group) {
        const project = doc.projects.find((p) => matches.test(p.name));
        const amount = project ? annualAmount(project) : undefined;
        if (!project || !amount) continue;
        found = {
          districtSlug, year, metric, status: "disclosed",
          amountFen: amount.money.fen,
          unitAsPublished: amount.money.unit,
          amountAsPublished: amount.money.asPublished,
          scope: "项目",
          entityName: project.implementer ?? doc.meta.entityName,
          fileName: doc.fileName,
          sourceLine: amount.sourceLine,
          sourceText: amount.rawText,
          basis: `项目“${project.name}”${amount.field}（${doc.meta.kind}）`,
          findingIds: findingsAt(findings, metric, doc.fileName, [project.sourceLine, amount.sourceLine]),
        };
        break;
      }
      records.push(found ?? notDisclosed(districtSlug, year, metric, "本区该年度公开的文件中没有这一项目"));
    }
    const tableDoc = group.find((d) => d.threePublic.some((c) => c.part === "total" && c.money));
    const total = tableDoc?.threePublic.find((c) => c.part === "total");
    records.push(
      tableDoc && total?.money
        ? {
            districtSlug, year, metric: "three-public", status: "disclosed",
            amountFen: total.money.fen, unitAsPublished: total.money.unit, amountAsPublished: total.money.asPublished,
            scope: tableDoc.meta.scope, entityName: tableDoc.meta.entityName,
            fileName: tableDoc.fileName, sourceLine: total.sourceLine, sourceText: total.rawText,
            basis: `表9“三公”经费预算合计（${tableDoc.meta.kind}）`,
            findingIds: findingsAt(findings, "three-public", tableDoc.fileName, [total.sourceLine]),
          }
        : notDisclosed(districtSlug, year, "three-public", "本区该年度公开的文件中没有“三公”经费预算表"),
    );
    const operatingDoc = group.find((d) => d.operating !== null);
    const operating = operatingDoc?.operating;
    records.push(
      operatingDoc && operating
        ? {
            districtSlug, year, metric: "operating-expenses", status: "disclosed",
            amountFen: operating.money.fen, unitAsPublished: operating.money.unit, amountAsPublished: operating.money.asPublished,
            scope: operatingDoc.meta.scope, entityName: operatingDoc.meta.entityName,
            fileName: operatingDoc.fileName, sourceLine: operating.sourceLine, sourceText: operating.rawText,
            basis: `表9机关运行经费预算数（${operatingDoc.meta.kind}）`,
            findingIds: findingsAt(findings, "operating-expenses", operatingDoc.fileName, [operating.sourceLine]),
          }
        : notDisclosed(districtSlug, year, "operating-expenses", "本区该年度公开的文件中没有机关运行经费预算表"),
    );
  }
  // Prior-year points stated in the text, where no document of that year exists.
  const covered = new Set(records.map((r) => `${r.districtSlug}|${r.year}|${r.metric}`));
  for (const doc of docs) {
    for (const figure of doc.narrative) {
      const metric: MetricId | null = /三公.{0,2}经费预算$/.test(figure.subject)
        ? "three-public"
        : /机关运行经费预算$/.test(figure.subject)
          ? "operating-expenses"
          : null;
      const change = figure.change;
      if (!metric || !change) continue;
      const key = `${doc.meta.districtSlug}|${change.priorYear}|${metric}`;
      if (covered.has(key)) continue;
      const delta = change.money?.fen ?? 0n;
      const priorFen = change.direction === "increase" ? figure.money.fen - delta : change.direction === "decrease" ? figure.money.fen + delta : figure.money.fen;
      covered.add(key);
      records.push({
        districtSlug: doc.meta.districtSlug,
        year: change.priorYear,
        metric,
        status: "derived",
        amountFen: priorFen,
        unitAsPublished: figure.money.unit,
        amountAsPublished: null,
        scope: doc.meta.scope,
        entityName: doc.meta.entityName,
        fileName: doc.fileName,
        sourceLine: figure.sourceLine,
        sourceText: figure.rawText,
        basis:
          change.direction === "flat"
            ? `由 ${doc.meta.year} 年说明“与${change.priorYear === doc.meta.year - 1 ? "上年" : `${change.priorYear}年`}预算持平”推得`
            : `由 ${doc.meta.year} 年说明 ${figure.money.asPublished}${figure.money.unit}“比上年预算${change.direction === "increase" ? "增加" : "减少"}${change.money?.asPublished ?? ""}${change.money?.unit ?? ""}”推得`,
        findingIds: findingsAt(findings, metric, doc.fileName, [figure.sourceLine]),
      });
    }
  }
  const order = (m: MetricId) => METRICS.indexOf(m);
  return records.sort((a, b) => a.districtSlug.localeCompare(b.districtSlug) || a.year - b.year || order(a.metric) - order(b.metric));
}
