// Resolves the four headline metrics for every district × year the documents cover: read from the
// preferred document (a stated rule, reported as a finding wherever there was a choice), not disclosed where
// the year's documents don't print it, derived from the next year's text where it states the change, and
// not collected where no document of that district and year has been collected.
import { makeFinding, type Finding, type FindingLocation } from "../audit/findings";
import { THREE_PUBLIC_PARTS } from "../domain/budget-tables";
import { districtYearKey, groupByDistrictYear } from "../domain/documents";
import type { DocumentKind, MetricStatus, Scope } from "../domain/enums";
import { METRIC_PROJECTS, METRICS, type MetricId } from "../domain/metrics";
import { narrativeMetricOf } from "../domain/narrative";
import { priorYearFen, type ChangeDirection } from "../domain/prior-year";
import { annualAmount, type ProjectAmountField } from "../domain/projects";
import type { Unit } from "../money";
import type { ParsedDocument } from "../parse/types";

/** Why a value is what it is, as data (worded in the view layer). */
export type MetricBasis =
  | { kind: "project"; projectName: string; field: ProjectAmountField; documentKind: DocumentKind }
  | { kind: "table9-total"; documentKind: DocumentKind }
  | { kind: "table9-operating"; documentKind: DocumentKind }
  | {
      kind: "derived";
      fromYear: number;
      direction: ChangeDirection;
      amountAsPrinted: string;
      unit: Unit;
      changeAsPrinted: string | null;
      changeUnit: Unit | null;
    }
  | { kind: "no-project" }
  | { kind: "no-table9" }
  | { kind: "not-collected" };

/** A headline metric for one district and year, with where it was read. */
export interface MetricRecord {
  districtSlug: string;
  year: number;
  metric: MetricId;
  status: MetricStatus;
  amountFen: bigint | null;
  unitAsPublished: Unit | null;
  amountAsPublished: string | null;
  scope: Scope | null;
  entityName: string | null;
  fileName: string | null;
  sourceLine: number | null;
  sourceText: string | null;
  /** The project the value was read from (file and the line its sheet starts), for project metrics. */
  project: { fileName: string; sourceLine: number } | null;
  basis: MetricBasis;
  findingIds: string[];
}

/** Where a district-year has several candidate sources, the preferred comes first and the reason is reported. */
export const SOURCE_PREFERENCE = {
  /** A budget document (which also states the line the project is booked to) before a stand-alone project sheet. */
  kind: { 部门预算: 0, 单位预算: 1, 绩效目标表: 2 } satisfies Record<DocumentKind, number>,
  /** The bureau (its department budget covers its units) before one of its units. */
  entity: { bureau: 0, centre: 1 },
} as const;

type Candidate = { doc: ParsedDocument; fen: bigint; line: number };

function rank(doc: ParsedDocument): [number, number] {
  return [SOURCE_PREFERENCE.kind[doc.meta.kind], SOURCE_PREFERENCE.entity[doc.meta.entityKind]];
}

/** The preferred candidate; with more than one, an info finding says which was used and why. */
function choose(candidates: Candidate[], metric: MetricId, where: { districtSlug: string; year: number }, findings: Finding[]): Candidate | null {
  const sorted = [...candidates].sort((a, b) => {
    const [ka, ea] = rank(a.doc);
    const [kb, eb] = rank(b.doc);
    return ka - kb || ea - eb;
  });
  const chosen = sorted[0];
  if (!chosen || sorted.length < 2) return chosen ?? null;
  const second = sorted[1];
  const [k0, e0] = rank(chosen.doc);
  const [k1, e1] = second ? rank(second.doc) : [k0, e0];
  const reason = k0 < k1 ? "kind" : e0 < e1 ? "entity" : "tie";
  const location = (c: Candidate, role: FindingLocation["role"]): FindingLocation => ({
    fileName: c.doc.fileName, line: c.line, role, tableNo: null, column: null, amountFen: c.fen,
  });
  findings.push(
    makeFinding(
      {
        check: "metric-source",
        severity: reason === "tie" ? "warning" : "info",
        metric,
        locations: [location(chosen, "subject"), ...sorted.slice(1).map((c) => location(c, "peer"))],
        amounts: null,
        params: {
          metric,
          reason,
          chosenFile: chosen.doc.fileName,
          chosenKind: chosen.doc.meta.kind,
          chosenEntity: chosen.doc.meta.entityName,
          others: sorted.slice(1).map((c) => c.doc.fileName),
          agree: sorted.every((c) => c.fen === chosen.fen),
        },
      },
      where,
      metric,
    ),
  );
  return chosen;
}

function findingsAt(findings: readonly Finding[], metric: MetricId, fileName: string, lines: readonly number[]): string[] {
  return findings
    .filter((f) => (f.metric === null || f.metric === metric) && f.locations.some((l) => l.fileName === fileName && lines.includes(l.line)))
    .map((f) => f.id)
    .sort();
}

function absent(districtSlug: string, year: number, metric: MetricId, status: "not_disclosed" | "not_collected", basis: MetricBasis): MetricRecord {
  return {
    districtSlug, year, metric, status, amountFen: null, unitAsPublished: null, amountAsPublished: null, scope: null, entityName: null,
    fileName: null, sourceLine: null, sourceText: null, project: null, basis, findingIds: [],
  };
}

export interface MetricsResult {
  records: MetricRecord[];
  /** Where a district-year had more than one candidate source: which was used and why. */
  findings: Finding[];
}

/**
 * The four metrics for every district-year with documents, prior-year points derived from the text, and
 * `not_collected` for every other district × year inside the years covered. `findings` are the audit's
 * (to link each value to the findings touching its lines).
 */
export function resolveMetrics(docs: readonly ParsedDocument[], findings: readonly Finding[]): MetricsResult {
  const records: MetricRecord[] = [];
  const sourceFindings: Finding[] = [];
  const link = (metric: MetricId, fileName: string, lines: number[]) => findingsAt([...findings, ...sourceFindings], metric, fileName, lines);
  for (const group of groupByDistrictYear(docs)) {
    const { districtSlug, year } = group;
    const where = { districtSlug, year };
    for (const { metric, matches } of METRIC_PROJECTS) {
      const candidates = group.docs.flatMap((doc) =>
        doc.projects
          .filter((p) => matches.test(p.name))
          .flatMap((project) => {
            const amount = annualAmount(project.amounts);
            return amount ? [{ doc, fen: amount.money.fen, line: amount.sourceLine, project, amount }] : [];
          }),
      );
      const chosen = choose(candidates, metric, where, sourceFindings);
      const full = candidates.find((c) => c === chosen);
      if (!full) {
        records.push(absent(districtSlug, year, metric, "not_disclosed", { kind: "no-project" }));
        continue;
      }
      const { doc, project, amount } = full;
      records.push({
        districtSlug, year, metric, status: "disclosed",
        amountFen: amount.money.fen, unitAsPublished: amount.money.unit, amountAsPublished: amount.money.asPublished,
        scope: "项目", entityName: project.implementer ?? doc.meta.entityName,
        fileName: doc.fileName, sourceLine: amount.sourceLine, sourceText: amount.rawText,
        project: { fileName: doc.fileName, sourceLine: project.sourceLine },
        basis: { kind: "project", projectName: project.name, field: amount.field, documentKind: doc.meta.kind },
        findingIds: link(metric, doc.fileName, [project.sourceLine, amount.sourceLine]),
      });
    }
    const table9 = (metric: "three-public" | "operating-expenses") => {
      const candidates = group.docs.flatMap((doc) => {
        const cell = metric === "three-public" ? doc.threePublic.find((c) => c.part === THREE_PUBLIC_PARTS[0]) : doc.operating;
        return cell?.money ? [{ doc, fen: cell.money.fen, line: cell.sourceLine, cell, money: cell.money }] : [];
      });
      const chosen = choose(candidates, metric, where, sourceFindings);
      const full = candidates.find((c) => c === chosen);
      if (!full) {
        records.push(absent(districtSlug, year, metric, "not_disclosed", { kind: "no-table9" }));
        return;
      }
      const { doc, cell, money } = full;
      records.push({
        districtSlug, year, metric, status: "disclosed",
        amountFen: money.fen, unitAsPublished: money.unit, amountAsPublished: money.asPublished,
        scope: doc.meta.scope, entityName: doc.meta.entityName,
        fileName: doc.fileName, sourceLine: cell.sourceLine, sourceText: cell.rawText, project: null,
        basis: { kind: metric === "three-public" ? "table9-total" : "table9-operating", documentKind: doc.meta.kind },
        findingIds: link(metric, doc.fileName, [cell.sourceLine]),
      });
    };
    table9("three-public");
    table9("operating-expenses");
  }
  // Prior-year points stated in the text, where no document of that year exists.
  const covered = new Set(records.map((r) => `${districtYearKey(r.districtSlug, r.year)}|${r.metric}`));
  for (const doc of docs) {
    for (const figure of doc.narrative) {
      const metric = narrativeMetricOf(figure.subject);
      const change = figure.change;
      if (!metric || !change) continue;
      const key = `${districtYearKey(doc.meta.districtSlug, change.priorYear)}|${metric}`;
      if (covered.has(key)) continue;
      covered.add(key);
      records.push({
        districtSlug: doc.meta.districtSlug, year: change.priorYear, metric, status: "derived",
        amountFen: priorYearFen(figure.money.fen, { direction: change.direction, changeFen: change.money?.fen ?? null }),
        unitAsPublished: figure.money.unit, amountAsPublished: null, scope: doc.meta.scope, entityName: doc.meta.entityName,
        fileName: doc.fileName, sourceLine: figure.sourceLine, sourceText: figure.rawText, project: null,
        basis: {
          kind: "derived", fromYear: doc.meta.year, direction: change.direction, amountAsPrinted: figure.money.asPublished, unit: figure.money.unit,
          changeAsPrinted: change.money?.asPublished ?? null, changeUnit: change.money?.unit ?? null,
        },
        findingIds: link(metric, doc.fileName, [figure.sourceLine]),
      });
    }
  }
  // Every other district × year × metric inside the years covered: not collected.
  const years = records.map((r) => r.year);
  const districts = [...new Set(docs.map((d) => d.meta.districtSlug))];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: without records Math.min() is Infinity and the loop runs no year (the guard says so plainly)
  if (years.length > 0) {
    for (let year = Math.min(...years); year <= Math.max(...years); year++) {
      for (const districtSlug of districts) {
        for (const metric of METRICS) {
          if (!covered.has(`${districtYearKey(districtSlug, year)}|${metric}`)) records.push(absent(districtSlug, year, metric, "not_collected", { kind: "not-collected" }));
        }
      }
    }
  }
  const order = (m: MetricId) => METRICS.indexOf(m);
  records.sort((a, b) => a.districtSlug.localeCompare(b.districtSlug) || a.year - b.year || order(a.metric) - order(b.metric));
  return { records, findings: sourceFindings };
}
