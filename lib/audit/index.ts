// The arithmetic audit: every check over every document, then the root causes. Pure: parsed documents in,
// findings and the chosen readings of ambiguous prints out; the documents are not changed.
import type { AmountCell, ParsedDocument, ParsedLine } from "../parse/types";
import { assignCauses } from "./causes";
import { checkAcrossDocuments } from "./checks/across-documents";
import { checkCodeReadings } from "./checks/codes";
import { checkContents } from "./checks/contents";
import { checkCrossTable } from "./checks/cross-table";
import { checkNarrative } from "./checks/narrative";
import { checkNarrativeChanges } from "./checks/narrative-changes";
import { checkProjects } from "./checks/projects";
import { checkChildrenSums, checkRowSums, checkSummaryTotals } from "./checks/sums";
import { checkTable9 } from "./checks/table9";
import { cellKey, type DocAudit, type Reading } from "./context";
import { makeFinding, type Finding } from "./findings";
import { resolveReadings } from "./readings";

export type { Reading } from "./context";
export { cellKey } from "./context";
export { CHECK_IDS, type CheckId, type Finding, type FindingLocation } from "./findings";

export interface AuditResult {
  findings: Finding[];
  /** The reading chosen for each ambiguously printed cell, by cellKey(fileName, line, cell). */
  readings: ReadonlyMap<string, Reading>;
}

function auditDocument(doc: ParsedDocument, readings: ReadonlyMap<string, Reading>, findings: Finding[]): void {
  const where = { districtSlug: doc.meta.districtSlug, year: doc.meta.year };
  const audit: DocAudit = {
    doc,
    fen: (line: ParsedLine, cell: AmountCell) => readings.get(cellKey(doc.fileName, line, cell))?.chosenFen ?? cell.money.fen,
    emit: (input, discriminator) => findings.push(makeFinding(input, where, discriminator)),
  };
  for (const table of doc.tables) {
    if (table.classification === "功能分类" || table.classification === "经济分类") checkChildrenSums(audit, table);
    checkRowSums(audit, table);
    checkSummaryTotals(audit, table);
  }
  checkCodeReadings(audit);
  checkCrossTable(audit);
  checkContents(audit);
  checkTable9(audit);
  checkNarrative(audit);
  checkNarrativeChanges(audit);
  checkProjects(audit);
}

export function audit(docs: readonly ParsedDocument[]): AuditResult {
  const findings: Finding[] = [];
  const readings = new Map<string, Reading>();
  for (const doc of docs) {
    const resolved = resolveReadings(doc);
    for (const [key, reading] of resolved.readings) readings.set(key, reading);
    findings.push(...resolved.findings);
    auditDocument(doc, readings, findings);
  }
  findings.push(...checkAcrossDocuments(docs));
  const seen = new Set<string>();
  const unique = findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
  return { findings: assignCauses(unique), readings };
}
