import { createHash } from "node:crypto";
import type { Finding } from "../audit/findings";
import { districtByName } from "../districts";
import type { MetricRecord } from "../metrics/resolve";
import { entityKindOf } from "../parse/meta";
import type { ParsedDocument } from "../parse/types";

/** Every row of the database, with explicit ids, built in memory before one write. */
export interface DatabaseRows {
  districts: Array<{ id: number; slug: string; nameZh: string }>;
  entities: Array<{ id: number; districtId: number; name: string; kind: string }>;
  documents: Array<{
    id: number; fileName: string; sha256: string; districtId: number; entityId: number; year: number; kind: string;
    scope: string; phase: string; layout: string; title: string; titleLine: number; lineCount: number; byteLength: number; text: string;
  }>;
  tables: Array<{
    id: number; documentId: number; tableNo: number; title: string; titleLine: number; unit: string; classification: string;
    columnsJson: string; note: string | null; noteLine: number | null;
  }>;
  lines: Array<{
    id: number; documentId: number; tableId: number; tableNo: number; classification: string; side: string | null; code: string | null;
    codeLei: string | null; codeKuan: string | null; codeXiang: string | null; level: number; name: string; isTotal: boolean;
    ordinal: number; sourceLine: number; rawText: string;
  }>;
  amounts: Array<{
    id: number; lineId: number; column: string; columnIndex: number; amountFen: bigint; unit: string; amountAsPublished: string;
    sourceLine: number; readingNote: string | null;
  }>;
  projects: Array<{
    id: number; documentId: number; entityId: number | null; name: string; nameAsPrinted: string; supervisor: string | null;
    implementer: string | null; category: string | null; nature: string | null; startDate: string | null; endDate: string | null;
    unit: string; sourceLine: number; rawText: string;
  }>;
  projectAmounts: Array<{ id: number; projectId: number; field: string; amountFen: bigint; unit: string; amountAsPublished: string; sourceLine: number; rawText: string }>;
  indicators: Array<{ id: number; projectId: number; ordinal: number; level1: string | null; level2: string | null; level3: string; value: string; sourceLine: number; rawText: string }>;
  threePublic: Array<{ id: number; documentId: number; part: string; label: string; amountFen: bigint | null; unit: string; amountAsPublished: string; sourceLine: number; rawText: string }>;
  operating: Array<{ id: number; documentId: number; label: string; amountFen: bigint; unit: string; amountAsPublished: string; sourceLine: number; rawText: string }>;
  narrative: Array<{
    id: number; documentId: number; ordinal: number; subject: string; amountFen: bigint; unit: string; amountAsPublished: string;
    changeDirection: string | null; changeFen: bigint | null; changeUnit: string | null; changeAsPublished: string | null;
    priorYear: number | null; priorFen: bigint | null; sourceLine: number; rawText: string;
  }>;
  glossary: Array<{ id: number; documentId: number; term: string; definition: string; sourceLine: number }>;
  findings: Array<{ id: string; check: string; severity: string; districtId: number | null; year: number | null; title: string; message: string; expected: string | null; found: string | null }>;
  findingLocations: Array<{ id: number; findingId: string; documentId: number; line: number }>;
  metrics: Array<{
    id: number; districtId: number; year: number; metric: string; status: string; amountFen: bigint | null; unitAsPublished: string | null;
    amountAsPublished: string | null; scope: string | null; entityName: string | null; documentId: number | null; sourceLine: number | null;
    sourceText: string | null; basis: string; findingIdsJson: string;
  }>;
  importRun: { id: number; dataVersion: string; importedAt: Date; documentCount: number; lineCount: number; projectCount: number; findingCount: number };
}

/** Content hash of the corpus: the same documents give the same version. */
export function dataVersionOf(docs: ParsedDocument[]): string {
  const hash = createHash("sha256");
  for (const sha of docs.map((d) => d.sha256).sort()) hash.update(sha);
  return hash.digest("hex").slice(0, 12);
}

export function buildRows(docs: ParsedDocument[], findings: Finding[], metrics: MetricRecord[], importedAt: Date): DatabaseRows {
  const sorted = [...docs].sort((a, b) => a.fileName.localeCompare(b.fileName));
  const rows: DatabaseRows = {
    districts: [], entities: [], documents: [], tables: [], lines: [], amounts: [], projects: [], projectAmounts: [], indicators: [],
    threePublic: [], operating: [], narrative: [], glossary: [], findings: [], findingLocations: [], metrics: [],
    importRun: { id: 1, dataVersion: dataVersionOf(docs), importedAt, documentCount: docs.length, lineCount: 0, projectCount: 0, findingCount: findings.length },
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
  for (const doc of sorted) {
    const dId = districtId(doc.meta.districtSlug, doc.meta.districtNameZh);
    const id = rows.documents.length + 1;
    documentIdByFile.set(doc.fileName, id);
    rows.documents.push({
      id, fileName: doc.fileName, sha256: doc.sha256, districtId: dId, entityId: entityId(doc.meta.entityName, dId), year: doc.meta.year,
      kind: doc.meta.kind, scope: doc.meta.scope, phase: doc.meta.phase, layout: doc.meta.layout, title: doc.meta.title,
      titleLine: doc.meta.titleLine, lineCount: doc.lineCount, byteLength: doc.byteLength, text: doc.text,
    });
    for (const table of doc.tables) {
      const tableId = rows.tables.length + 1;
      rows.tables.push({
        id: tableId, documentId: id, tableNo: table.tableNo, title: table.title, titleLine: table.titleLine, unit: table.unit,
        classification: table.classification, columnsJson: JSON.stringify(table.columns), note: table.note?.rawText.trim() ?? null,
        noteLine: table.note?.sourceLine ?? null,
      });
      table.lines.forEach((line, ordinal) => {
        const lineId = rows.lines.length + 1;
        rows.lines.push({
          id: lineId, documentId: id, tableId, tableNo: table.tableNo, classification: line.classification, side: line.side, code: line.code,
          codeLei: line.codeLei, codeKuan: line.codeKuan, codeXiang: line.codeXiang, level: line.level, name: line.name, isTotal: line.isTotal,
          ordinal, sourceLine: line.sourceLine, rawText: line.rawText,
        });
        for (const cell of line.amounts) {
          rows.amounts.push({
            id: rows.amounts.length + 1, lineId, column: cell.column, columnIndex: cell.columnIndex, amountFen: cell.money.fen,
            unit: cell.money.unit, amountAsPublished: cell.money.asPublished, sourceLine: cell.sourceLine, readingNote: cell.money.readingNote ?? null,
          });
        }
      });
    }
    for (const project of doc.projects) {
      const projectId = rows.projects.length + 1;
      rows.projects.push({
        id: projectId, documentId: id, entityId: project.implementer ? entityId(project.implementer, dId) : null, name: project.name,
        nameAsPrinted: project.nameAsPrinted, supervisor: project.supervisor, implementer: project.implementer, category: project.category,
        nature: project.nature, startDate: project.startDate, endDate: project.endDate, unit: project.unit, sourceLine: project.sourceLine,
        rawText: project.rawText,
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
    for (const cell of doc.threePublic) {
      rows.threePublic.push({
        id: rows.threePublic.length + 1, documentId: id, part: cell.part, label: cell.label, amountFen: cell.money?.fen ?? null,
        unit: doc.tables.find((t) => t.tableNo === 9)?.unit ?? "万元", amountAsPublished: cell.asPublished,
        sourceLine: cell.sourceLine, rawText: cell.rawText,
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
      const delta = change?.money?.fen ?? 0n;
      const priorFen = !change ? null : change.direction === "increase" ? figure.money.fen - delta : change.direction === "decrease" ? figure.money.fen + delta : figure.money.fen;
      rows.narrative.push({
        id: rows.narrative.length + 1, documentId: id, ordinal, subject: figure.subject, amountFen: figure.money.fen, unit: figure.money.unit,
        amountAsPublished: figure.money.asPublished, changeDirection: change?.direction ?? null, changeFen: change?.money?.fen ?? null,
        changeUnit: change?.money?.unit ?? null, changeAsPublished: change?.money?.asPublished ?? null, priorYear: change?.priorYear ?? null,
        priorFen, sourceLine: figure.sourceLine, rawText: figure.rawText,
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
      title: finding.title, message: finding.message, expected: finding.expected, found: finding.found,
    });
    const seen = new Set<string>();
    for (const location of finding.locations) {
      const documentId = documentIdByFile.get(location.fileName);
      const key = `${location.fileName}:${location.line}`;
      if (documentId === undefined || seen.has(key)) continue;
      seen.add(key);
      rows.findingLocations.push({ id: rows.findingLocations.length + 1, findingId: finding.id, documentId, line: location.line });
    }
  }
  metrics.forEach((metric, index) => {
    const district = rows.districts.find((d) => d.slug === metric.districtSlug);
    if (!district) return;
    rows.metrics.push({
      id: index + 1, districtId: district.id, year: metric.year, metric: metric.metric, status: metric.status, amountFen: metric.amountFen,
      unitAsPublished: metric.unitAsPublished, amountAsPublished: metric.amountAsPublished, scope: metric.scope, entityName: metric.entityName,
      documentId: metric.fileName ? documentIdByFile.get(metric.fileName) ?? null : null, sourceLine: metric.sourceLine, sourceText: metric.sourceText,
      basis: metric.basis, findingIdsJson: JSON.stringify(metric.findingIds),
    });
  });
  rows.importRun.lineCount = rows.lines.length;
  rows.importRun.projectCount = rows.projects.length;
  return rows;
}
