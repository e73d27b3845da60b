// Every row of the database, built in memory before one write. The row types are Prisma's own model types,
// so a column renamed in prisma/schema.prisma fails the type check here.
import { createHash } from "node:crypto";
import type { Reading } from "../audit/context";
import { cellKey } from "../audit/context";
import type { Finding } from "../audit/findings";
import { districtByName } from "../districts";
import type { SourceFormat } from "../domain/enums";
import { projectMetricOf } from "../domain/metrics";
import { priorYearFen } from "../domain/prior-year";
import type {
  AuditFinding, BudgetAmount, BudgetLine, BudgetTable, District, Entity, FindingLocation, GlossaryTerm, ImportRun, Indicator, MetricValue,
  NarrativeFigure, OperatingExpense, Project, ProjectAmount, SourceDocument, ThreePublicItem,
} from "../generated/prisma/browser";
import type { MetricRecord } from "../metrics/resolve";
import { entityKindOf } from "../parse/meta";
import type { ParsedDocument } from "../parse/types";

/** A parsed document with what the import knows about its file. */
export interface ImportDocument {
  parsed: ParsedDocument;
  format: SourceFormat;
  /** PDF: the original bytes, kept so the site can link to the page it was read from. */
  original: Uint8Array | null;
  citation: { url: string | null; publisher: string | null; publishedOn: string | null };
}

export interface DatabaseRows {
  districts: District[];
  entities: Entity[];
  documents: SourceDocument[];
  tables: BudgetTable[];
  lines: BudgetLine[];
  amounts: BudgetAmount[];
  projects: Project[];
  projectAmounts: ProjectAmount[];
  indicators: Indicator[];
  threePublic: ThreePublicItem[];
  operating: OperatingExpense[];
  narrative: NarrativeFigure[];
  glossary: GlossaryTerm[];
  findings: AuditFinding[];
  findingLocations: FindingLocation[];
  metrics: MetricValue[];
  importRun: ImportRun;
}

/** Content hash of the corpus: the same documents give the same version. */
export function dataVersionOf(docs: readonly ParsedDocument[]): string {
  const hash = createHash("sha256");
  for (const sha of docs.map((d) => d.sha256).sort()) hash.update(sha);
  return hash.digest("hex").slice(0, 12);
}

const json = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

export function buildRows(
  imported: readonly ImportDocument[],
  findings: readonly Finding[],
  readings: ReadonlyMap<string, Reading>,
  metrics: readonly MetricRecord[],
  importedAt: Date,
): DatabaseRows {
  const sorted = [...imported].sort((a, b) => a.parsed.fileName.localeCompare(b.parsed.fileName));
  const rows: DatabaseRows = {
    districts: [], entities: [], documents: [], tables: [], lines: [], amounts: [], projects: [], projectAmounts: [], indicators: [],
    threePublic: [], operating: [], narrative: [], glossary: [], findings: [], findingLocations: [], metrics: [],
    importRun: {
      id: 1, dataVersion: dataVersionOf(sorted.map((d) => d.parsed)), importedAt, documentCount: sorted.length, lineCount: 0, projectCount: 0,
      findingCount: findings.length,
    },
  };
  const districtId = (slug: string, nameZh: string): number => {
    const existing = rows.districts.find((d) => d.slug === slug);
    if (existing) return existing.id;
    const id = rows.districts.length + 1;
    rows.districts.push({ id, slug, nameZh });
    return id;
  };
  const entityId = (name: string, fallbackDistrict: number): number => {
    const existing = rows.entities.find((e) => e.name === name);
    if (existing) return existing.id;
    const district = districtByName(/^上海市(\S+?区)/.exec(name)?.[1] ?? "");
    const id = rows.entities.length + 1;
    rows.entities.push({ id, districtId: district ? districtId(district.slug, district.nameZh) : fallbackDistrict, name, kind: entityKindOf(name) });
    return id;
  };
  const documentIdByFile = new Map<string, number>();
  const projectIdByLine = new Map<string, number>();
  for (const { parsed: doc, format, original, citation } of sorted) {
    const pageOfLine = doc.pageOfLine;
    const dId = districtId(doc.meta.districtSlug, doc.meta.districtNameZh);
    const id = rows.documents.length + 1;
    documentIdByFile.set(doc.fileName, id);
    rows.documents.push({
      id, fileName: doc.fileName, sha256: doc.sha256, districtId: dId, entityId: entityId(doc.meta.entityName, dId), year: doc.meta.year,
      kind: doc.meta.kind, scope: doc.meta.scope, phase: doc.meta.phase, layout: doc.meta.layout, format,
      pageMapJson: pageOfLine ? json(pageOfLine) : null, originalBytes: original ? new Uint8Array(original) : null,
      sourceUrl: citation.url, publisher: citation.publisher, publishedOn: citation.publishedOn,
      title: doc.meta.title, titleLine: doc.meta.titleLine, lineCount: doc.lineCount, byteLength: doc.byteLength, text: doc.text,
    });
    for (const table of doc.tables) {
      const tableId = rows.tables.length + 1;
      rows.tables.push({
        id: tableId, documentId: id, tableNo: table.tableNo, title: table.title, titleLine: table.titleLine, unit: table.unit,
        classification: table.classification, columnsJson: json(table.columns), note: table.note?.rawText.trim() ?? null,
        noteLine: table.note?.sourceLine ?? null,
      });
      table.lines.forEach((line, ordinal) => {
        const lineId = rows.lines.length + 1;
        rows.lines.push({
          id: lineId, documentId: id, tableId, tableNo: table.tableNo, classification: line.classification, side: line.side, code: line.code,
          codeLei: line.codeLei, codeKuan: line.codeKuan, codeXiang: line.codeXiang, codeAsPrinted: line.codeReading?.codeAsPrinted ?? null, level: line.level, name: line.name,
          isTotal: line.isTotal, ordinal, sourceLine: line.sourceLine, rawText: line.rawText,
        });
        for (const cell of line.amounts) {
          const reading = readings.get(cellKey(doc.fileName, line, cell));
          rows.amounts.push({
            id: rows.amounts.length + 1, lineId, column: cell.column, columnIndex: cell.columnIndex,
            amountFen: reading?.chosenFen ?? cell.money.fen, unit: cell.money.unit, amountAsPublished: cell.money.asPublished,
            sourceLine: cell.sourceLine, readingFindingId: reading?.findingId ?? null,
          });
        }
      });
    }
    for (const project of doc.projects) {
      const projectId = rows.projects.length + 1;
      projectIdByLine.set(`${doc.fileName}:${project.sourceLine}`, projectId);
      rows.projects.push({
        id: projectId, documentId: id, entityId: project.implementer ? entityId(project.implementer, dId) : null, name: project.name,
        nameAsPrinted: project.nameAsPrinted, supervisor: project.supervisor, implementer: project.implementer, category: project.category,
        nature: project.nature, startDate: project.startDate, endDate: project.endDate, unit: project.unit, sourceLine: project.sourceLine,
        rawText: project.rawText, metric: projectMetricOf(project.name),
      });
      for (const amount of project.amounts) {
        rows.projectAmounts.push({
          id: rows.projectAmounts.length + 1, projectId, field: amount.field, amountFen: amount.money.fen, unit: amount.money.unit,
          amountAsPublished: amount.money.asPublished, sourceLine: amount.sourceLine, rawText: amount.rawText,
        });
      }
      project.indicators.forEach((indicator, ordinal) => {
        rows.indicators.push({
          id: rows.indicators.length + 1, projectId, ordinal, level1: indicator.level1, level2: indicator.level2, level3: indicator.level3,
          value: indicator.value, sourceLine: indicator.sourceLine, rawText: indicator.rawText,
        });
      });
    }
    const table9Unit = doc.tables.find((t) => t.tableNo === 9)?.unit ?? "万元";
    for (const cell of doc.threePublic) {
      rows.threePublic.push({
        id: rows.threePublic.length + 1, documentId: id, part: cell.part, label: cell.label, amountFen: cell.money?.fen ?? null,
        unit: cell.money?.unit ?? table9Unit, amountAsPublished: cell.asPublished, sourceLine: cell.sourceLine, rawText: cell.rawText,
      });
    }
    if (doc.operating) {
      rows.operating.push({
        id: rows.operating.length + 1, documentId: id, label: doc.operating.label, amountFen: doc.operating.money.fen, unit: doc.operating.money.unit,
        amountAsPublished: doc.operating.money.asPublished, sourceLine: doc.operating.sourceLine, rawText: doc.operating.rawText,
      });
    }
    doc.narrative.forEach((figure, ordinal) => {
      const change = figure.change;
      rows.narrative.push({
        id: rows.narrative.length + 1, documentId: id, ordinal, subject: figure.subject, amountFen: figure.money.fen, unit: figure.money.unit,
        amountAsPublished: figure.money.asPublished, changeDirection: change?.direction ?? null, changeFen: change?.money?.fen ?? null,
        changeUnit: change?.money?.unit ?? null, changeAsPublished: change?.money?.asPublished ?? null, priorYear: change?.priorYear ?? null,
        priorFen: change ? priorYearFen(figure.money.fen, { direction: change.direction, changeFen: change.money?.fen ?? null }) : null,
        sourceLine: figure.sourceLine, rawText: figure.rawText,
      });
    });
    for (const entry of doc.glossary) {
      rows.glossary.push({ id: rows.glossary.length + 1, documentId: id, term: entry.term, definition: entry.definition, sourceLine: entry.sourceLine });
    }
  }
  for (const finding of findings) {
    const district = rows.districts.find((d) => d.slug === finding.districtSlug);
    rows.findings.push({
      id: finding.id, check: finding.check, severity: finding.severity, districtId: district?.id ?? null, year: finding.year,
      metric: finding.metric, causeId: finding.causeId, foundFen: finding.amounts?.foundFen ?? null, expectedFen: finding.amounts?.expectedFen ?? null,
      differenceFen: finding.amounts?.differenceFen ?? null, paramsJson: json(finding.params),
    });
    const seen = new Set<string>();
    for (const location of finding.locations) {
      const documentId = documentIdByFile.get(location.fileName);
      const key = `${location.fileName}:${location.line}:${location.role}:${location.column ?? ""}`;
      if (documentId === undefined || seen.has(key)) continue;
      seen.add(key);
      rows.findingLocations.push({
        id: rows.findingLocations.length + 1, findingId: finding.id, documentId, line: location.line, role: location.role,
        tableNo: location.tableNo, column: location.column, amountFen: location.amountFen,
      });
    }
  }
  metrics.forEach((metric, index) => {
    const district = rows.districts.find((d) => d.slug === metric.districtSlug);
    if (!district) return;
    rows.metrics.push({
      id: index + 1, districtId: district.id, year: metric.year, metric: metric.metric, status: metric.status, amountFen: metric.amountFen,
      unitAsPublished: metric.unitAsPublished, amountAsPublished: metric.amountAsPublished, scope: metric.scope, entityName: metric.entityName,
      documentId: metric.fileName ? (documentIdByFile.get(metric.fileName) ?? null) : null, sourceLine: metric.sourceLine, sourceText: metric.sourceText,
      projectId: metric.project ? (projectIdByLine.get(`${metric.project.fileName}:${metric.project.sourceLine}`) ?? null) : null,
      basisJson: json(metric.basis), findingIdsJson: json(metric.findingIds),
    });
  });
  rows.importRun.lineCount = rows.lines.length;
  rows.importRun.projectCount = rows.projects.length;
  return rows;
}
