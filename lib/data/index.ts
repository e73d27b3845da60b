import "server-only";
import { statSync } from "node:fs";
import { databaseFile, databaseUrl } from "../db";
import { CHECKS } from "../audit/findings";
import { METRIC_DEFINITIONS, METRICS, type MetricId } from "../metrics/definitions";
import { fenToYuan } from "../money";
import { prisma } from "./client";
import type {
  BudgetLineRow, DataFilter, DataVersion, DocumentRow, DocumentText, FindingRow, GlossaryRow, IndicatorRow, MetricStatus,
  MetricValueRow, ProjectRow, Severity, SourceRef, ThreePublicPartRow,
} from "./types";

export type * from "./types";

const lineOf = (text: string, line: number): string => text.split(/\r\n|\n|\r/)[line - 1] ?? "";
const yuan = (fen: bigint | null): string | null => (fen === null ? null : fenToYuan(fen));
const nonEmpty = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

function documentWhere(filter: DataFilter) {
  return {
    ...(nonEmpty(filter.districts) ? { district: { slug: { in: filter.districts } } } : {}),
    ...(nonEmpty(filter.years) ? { year: { in: filter.years } } : {}),
  };
}

let versionCache: { stamp: string; value: DataVersion | null } | undefined;

/** Size and modification time of the database file: any committed import changes them. */
function databaseStamp(): string {
  try {
    const stat = statSync(databaseFile(databaseUrl()));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "";
  }
}

/** The imported data's version, re-read only when the database file has changed (hot path of every export). */
export async function getDataVersion(): Promise<DataVersion | null> {
  const stamp = databaseStamp();
  if (stamp !== "" && versionCache?.stamp === stamp) return versionCache.value;
  const run = await prisma().importRun.findFirst();
  const value = run
    ? {
        dataVersion: run.dataVersion,
        importedAt: run.importedAt.toISOString(),
        documentCount: run.documentCount,
        lineCount: run.lineCount,
        projectCount: run.projectCount,
        findingCount: run.findingCount,
      }
    : null;
  versionCache = { stamp, value };
  return value;
}

export async function listDistricts(): Promise<Array<{ slug: string; nameZh: string; years: number[] }>> {
  const districts = await prisma().district.findMany({ include: { documents: { select: { year: true } } }, orderBy: { slug: "asc" } });
  return districts.map((d) => ({ slug: d.slug, nameZh: d.nameZh, years: [...new Set(d.documents.map((x) => x.year))].sort() }));
}

export async function listDocuments(filter: DataFilter = {}): Promise<DocumentRow[]> {
  const documents = await prisma().sourceDocument.findMany({
    where: documentWhere(filter),
    include: { district: true, entity: true },
    orderBy: [{ fileName: "asc" }],
  });
  return documents.map((d) => ({
    fileName: d.fileName, sha256: d.sha256, district: d.district.slug, districtName: d.district.nameZh, year: d.year, kind: d.kind,
    scope: d.scope, layout: d.layout, title: d.title, entity: d.entity.name, lineCount: d.lineCount, byteLength: d.byteLength,
  }));
}

/** The original text of a document with the findings that name its lines; null for an unknown file. */
export async function getDocumentText(fileName: string): Promise<DocumentText | null> {
  const d = await prisma().sourceDocument.findUnique({
    where: { fileName },
    include: { district: true, entity: true, findingLocations: { include: { finding: true } } },
  });
  if (!d) return null;
  const findingsByLine: DocumentText["findingsByLine"] = {};
  for (const location of d.findingLocations) {
    const list = (findingsByLine[location.line] ??= []);
    list.push({ id: location.finding.id, severity: location.finding.severity as Severity, title: location.finding.title });
  }
  return {
    document: {
      fileName: d.fileName, sha256: d.sha256, district: d.district.slug, districtName: d.district.nameZh, year: d.year, kind: d.kind,
      scope: d.scope, layout: d.layout, title: d.title, entity: d.entity.name, lineCount: d.lineCount, byteLength: d.byteLength,
    },
    lines: d.text.split(/\r\n|\n|\r/),
    findingsByLine,
  };
}

export async function listMetricValues(filter: DataFilter = {}): Promise<MetricValueRow[]> {
  const values = await prisma().metricValue.findMany({
    where: {
      ...(nonEmpty(filter.districts) ? { district: { slug: { in: filter.districts } } } : {}),
      ...(nonEmpty(filter.years) ? { year: { in: filter.years } } : {}),
      ...(nonEmpty(filter.metrics) ? { metric: { in: filter.metrics } } : {}),
    },
    include: { district: true, document: { select: { fileName: true } } },
  });
  const order = (m: string) => METRICS.indexOf(m as MetricId);
  return values
    .map((v) => {
      const metric = v.metric as MetricId;
      const source: SourceRef | null =
        v.document && v.sourceLine !== null ? { file: v.document.fileName, line: v.sourceLine, text: v.sourceText ?? "" } : null;
      return {
        district: v.district.slug, districtName: v.district.nameZh, year: v.year, metric, metricName: METRIC_DEFINITIONS[metric].nameZh,
        status: v.status as MetricStatus, amountYuan: yuan(v.amountFen), unitAsPublished: v.unitAsPublished, amountAsPublished: v.amountAsPublished,
        scope: v.scope, entity: v.entityName, source, basis: v.basis, findings: JSON.parse(v.findingIdsJson) as string[],
      };
    })
    .sort((a, b) => a.district.localeCompare(b.district) || a.year - b.year || order(a.metric) - order(b.metric));
}

const PART_ORDER = ["total", "abroad", "reception", "vehicles", "vehiclePurchase", "vehicleOperation"];

export async function listThreePublicParts(filter: DataFilter = {}): Promise<ThreePublicPartRow[]> {
  const items = await prisma().threePublicItem.findMany({
    where: { document: documentWhere(filter) },
    include: { document: { include: { district: true } } },
  });
  return items
    .map((i) => ({
      district: i.document.district.slug, districtName: i.document.district.nameZh, year: i.document.year, part: i.part, label: i.label,
      amountYuan: yuan(i.amountFen), unitAsPublished: i.unit, amountAsPublished: i.amountAsPublished,
      source: { file: i.document.fileName, line: i.sourceLine, text: i.rawText },
    }))
    .sort((a, b) => a.district.localeCompare(b.district) || a.year - b.year || PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part));
}

export async function listBudgetLines(filter: DataFilter & { tableNos?: number[]; files?: string[] } = {}): Promise<BudgetLineRow[]> {
  const lines = await prisma().budgetLine.findMany({
    where: {
      document: { ...documentWhere(filter), ...(nonEmpty(filter.files) ? { fileName: { in: filter.files } } : {}) },
      ...(nonEmpty(filter.tableNos) ? { tableNo: { in: filter.tableNos } } : {}),
    },
    include: { amounts: { orderBy: { columnIndex: "asc" } }, table: true, document: { include: { district: true } } },
    orderBy: [{ documentId: "asc" }, { tableNo: "asc" }, { ordinal: "asc" }],
  });
  return lines.map((l) => ({
    district: l.document.district.slug, year: l.document.year, file: l.document.fileName, tableNo: l.tableNo, tableTitle: l.table.title,
    classification: l.classification, side: l.side, code: l.code, codeLei: l.codeLei, codeKuan: l.codeKuan, codeXiang: l.codeXiang,
    level: l.level, name: l.name, isTotal: l.isTotal,
    amounts: l.amounts.map((a) => ({
      column: a.column, amountYuan: fenToYuan(a.amountFen), unitAsPublished: a.unit, amountAsPublished: a.amountAsPublished, readingNote: a.readingNote,
    })),
    source: { file: l.document.fileName, line: l.sourceLine, text: l.rawText },
  }));
}

export async function listProjects(filter: DataFilter = {}): Promise<ProjectRow[]> {
  const projects = await prisma().project.findMany({
    where: { document: documentWhere(filter) },
    include: { amounts: true, indicators: { orderBy: { ordinal: "asc" } }, document: { include: { district: true } } },
    orderBy: [{ documentId: "asc" }, { sourceLine: "asc" }],
  });
  return projects.map((p) => {
    const file = p.document.fileName;
    const indicators: IndicatorRow[] = p.indicators.map((i) => ({
      projectId: p.id, projectName: p.name, district: p.document.district.slug, year: p.document.year, file,
      level1: i.level1, level2: i.level2, level3: i.level3, value: i.value, source: { file, line: i.sourceLine, text: i.rawText },
    }));
    return {
      id: p.id, district: p.document.district.slug, year: p.document.year, file, documentKind: p.document.kind, name: p.name,
      supervisor: p.supervisor, implementer: p.implementer, category: p.category, nature: p.nature, startDate: p.startDate, endDate: p.endDate,
      unitAsPublished: p.unit,
      amounts: p.amounts.map((a) => ({
        field: a.field, amountYuan: fenToYuan(a.amountFen), unitAsPublished: a.unit, amountAsPublished: a.amountAsPublished,
        source: { file, line: a.sourceLine, text: a.rawText },
      })),
      indicators,
      source: { file, line: p.sourceLine, text: p.rawText },
    };
  });
}

export async function listFindings(filter: DataFilter & { files?: string[]; severities?: Severity[] } = {}): Promise<FindingRow[]> {
  const findings = await prisma().auditFinding.findMany({
    where: {
      ...(nonEmpty(filter.districts) ? { district: { slug: { in: filter.districts } } } : {}),
      ...(nonEmpty(filter.years) ? { year: { in: filter.years } } : {}),
      ...(nonEmpty(filter.severities) ? { severity: { in: filter.severities } } : {}),
      ...(nonEmpty(filter.files) ? { locations: { some: { document: { fileName: { in: filter.files } } } } } : {}),
    },
    include: { district: true, locations: { include: { document: { select: { fileName: true } } }, orderBy: { id: "asc" } } },
  });
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  return findings
    .map((f) => ({
      id: f.id, check: f.check, checkName: CHECKS[f.check] ?? f.check, severity: f.severity as Severity, district: f.district?.slug ?? null,
      year: f.year, title: f.title, message: f.message, expected: f.expected, found: f.found,
      locations: f.locations.map((l) => ({ file: l.document.fileName, line: l.line })),
    }))
    .sort((a, b) =>
      (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3) ||
      (a.locations[0]?.file ?? "").localeCompare(b.locations[0]?.file ?? "") ||
      (a.locations[0]?.line ?? 0) - (b.locations[0]?.line ?? 0) ||
      a.id.localeCompare(b.id),
    );
}

/** Glossary terms from the documents' 名词解释, first definition of each term. */
export async function listGlossary(): Promise<GlossaryRow[]> {
  const terms = await prisma().glossaryTerm.findMany({ include: { document: true }, orderBy: [{ documentId: "asc" }, { sourceLine: "asc" }] });
  const seen = new Set<string>();
  const rows: GlossaryRow[] = [];
  for (const t of terms) {
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    rows.push({ term: t.term, definition: t.definition, source: { file: t.document.fileName, line: t.sourceLine, text: lineOf(t.document.text, t.sourceLine) } });
  }
  return rows;
}
