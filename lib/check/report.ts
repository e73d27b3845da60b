// Check mode: one document (a text layout or a PDF) read and audited on its own, without the database, into
// the shape `npm run doc:check -- --json` prints. Pure: file name and bytes in, a plain report out. The keys
// are snake_case because the JSON is a contract for other tools (tests/doc-check.test.ts pins it).
import { audit, cellKey, type Finding, type Reading } from "../audit";
import { TABLE, THREE_PUBLIC_PARTS, type ThreePublicPart } from "../domain/budget-tables";
import type { FindingRow } from "../data/types";
import { fenToYuan } from "../money";
import { parseAnyDocument, type ParsedDocument, type ParsedLine, type ParsedTable } from "../parse";
import { documentLabel } from "../view/document-label";
import { findingText } from "../view/finding-text";

export interface CheckedRow {
  /** The classification code's digits ("2010602", "30101", "201"); null for a row without one (totals, table 1). */
  code: string | null;
  name: string;
  /** Exact 元 in the order of the table's columns; null for a blank cell. */
  amounts_yuan: Array<string | null>;
  page: number | null;
  line: number;
}

export interface CheckedTable {
  no: number;
  title: string;
  unit: string;
  columns: string[];
  rows: CheckedRow[];
}

export interface CheckedLocation {
  file: string;
  page: number | null;
  line: number;
}

export interface CheckedFinding {
  id: string;
  check: string;
  severity: string;
  message: string;
  title: string;
  locations: CheckedLocation[];
}

export interface CheckedDocument {
  file: string;
  sha256: string;
  district: string;
  district_name: string;
  year: number;
  kind: string;
  scope: string;
  entity: string;
  /** Table 1's 收入总计 / 支出总计; null for a document without table 1 (a project sheet). */
  income_total_yuan: string | null;
  expenditure_total_yuan: string | null;
  /** Table 9's “三公”经费 合计; null when the document has no table 9 or leaves the cell blank. */
  three_public_total_yuan: string | null;
  three_public_parts_yuan: Record<ThreePublicPart, string | null> | null;
  operating_expenses_yuan: string | null;
  pages: number | null;
  projects: number;
  tables: CheckedTable[];
  findings: CheckedFinding[];
}

const yuan = (fen: bigint | null | undefined): string | null => (fen === null || fen === undefined ? null : fenToYuan(fen));

/** The amount a cell is read as: the audit's chosen reading of an ambiguous print, else the print. */
function cellFen(doc: ParsedDocument, readings: ReadonlyMap<string, Reading>, line: ParsedLine, cell: ParsedLine["amounts"][number]): bigint {
  return readings.get(cellKey(doc.fileName, line, cell))?.chosenFen ?? cell.money.fen;
}

function tableRows(doc: ParsedDocument, table: ParsedTable, readings: ReadonlyMap<string, Reading>): CheckedRow[] {
  const page = (line: number) => doc.pageOfLine?.[line - 1] ?? null;
  if (table.tableNo === TABLE.threePublic) {
    // Table 9 is one row of figures under a two-level header; its cells are parsed as 三公 parts and 机关运行经费.
    const cells = [...doc.threePublic.map((c) => ({ label: c.label, fen: c.money?.fen ?? null, line: c.sourceLine })), ...(doc.operating ? [{ label: doc.operating.label, fen: doc.operating.money.fen, line: doc.operating.sourceLine }] : [])];
    const first = cells[0];
    if (!first) return [];
    const amounts = table.columns.map((column, index) => {
      const cell = cells.find((c) => c.label === column) ?? cells[index];
      return yuan(cell?.fen);
    });
    return [{ code: null, name: "预算数", amounts_yuan: amounts, page: page(first.line), line: first.line }];
  }
  return table.lines.map((line) => ({
    code: line.code,
    name: line.name,
    amounts_yuan: table.columns.map((column) => {
      const cell = line.amounts.find((a) => (line.side === null ? a.column : `${line.side}:${a.column}`) === column);
      return cell ? fenToYuan(cellFen(doc, readings, line, cell)) : null;
    }),
    page: page(line.sourceLine),
    line: line.sourceLine,
  }));
}

function summaryTotal(doc: ParsedDocument, side: "收入" | "支出", readings: ReadonlyMap<string, Reading>): string | null {
  const line = doc.tables.find((t) => t.tableNo === TABLE.summary)?.lines.find((l) => l.isTotal && l.side === side);
  const cell = line?.amounts[0];
  return line && cell ? fenToYuan(cellFen(doc, readings, line, cell)) : null;
}

/** A finding as the view layer words it (lib/view/finding-text.ts), with pages for a PDF's lines. */
export function findingRow(f: Finding, pageOf: (fileName: string, line: number) => number | null): FindingRow {
  return {
    id: f.id,
    check: f.check,
    severity: f.severity,
    district: f.districtSlug,
    year: f.year,
    metric: f.metric,
    causeId: f.causeId,
    foundYuan: yuan(f.amounts?.foundFen),
    expectedYuan: yuan(f.amounts?.expectedFen),
    differenceYuan: yuan(f.amounts?.differenceFen),
    params: f.params,
    locations: f.locations.map((l) => ({
      file: l.fileName, line: l.line, page: pageOf(l.fileName, l.line), role: l.role, tableNo: l.tableNo, column: l.column, amountYuan: yuan(l.amountFen),
    })),
  };
}

/** One parsed document audited alone, as a report. */
export function reportDocument(doc: ParsedDocument): CheckedDocument {
  const { findings, readings } = audit([doc]);
  const pageOf = (fileName: string, line: number) => (fileName === doc.fileName ? (doc.pageOfLine?.[line - 1] ?? null) : null);
  const label = documentLabel({ entity: doc.meta.entityName, year: doc.meta.year, kind: doc.meta.kind });
  const labeller = (fileName: string) => (fileName === doc.fileName ? label : fileName);
  const hasTable9 = doc.tables.some((t) => t.tableNo === TABLE.threePublic);
  const part = (p: ThreePublicPart) => yuan(doc.threePublic.find((c) => c.part === p)?.money?.fen);
  return {
    file: doc.fileName,
    sha256: doc.sha256,
    district: doc.meta.districtSlug,
    district_name: doc.meta.districtNameZh,
    year: doc.meta.year,
    kind: doc.meta.kind,
    scope: doc.meta.scope,
    entity: doc.meta.entityName,
    income_total_yuan: summaryTotal(doc, "收入", readings),
    expenditure_total_yuan: summaryTotal(doc, "支出", readings),
    three_public_total_yuan: hasTable9 ? part("total") : null,
    three_public_parts_yuan: hasTable9 ? (Object.fromEntries(THREE_PUBLIC_PARTS.map((p) => [p, part(p)])) as Record<ThreePublicPart, string | null>) : null,
    operating_expenses_yuan: yuan(doc.operating?.money.fen),
    pages: doc.pageOfLine ? Math.max(0, ...doc.pageOfLine) : null,
    projects: doc.projects.length,
    tables: doc.tables.map((t) => ({ no: t.tableNo, title: t.title, unit: t.unit, columns: t.columns, rows: tableRows(doc, t, readings) })),
    findings: findings.map((f) => {
      const text = findingText(findingRow(f, pageOf), labeller);
      const seen = new Set<string>();
      const locations = f.locations
        .filter((l) => (seen.has(`${l.fileName}:${l.line}`) ? false : (seen.add(`${l.fileName}:${l.line}`), true)))
        .map((l) => ({ file: l.fileName, page: pageOf(l.fileName, l.line), line: l.line }));
      return { id: f.id, check: f.check, severity: f.severity, message: `${text.title}。${text.message}`, title: text.title, locations };
    }),
  };
}

/** Reads and audits one file: bytes in (text layout or PDF), report out; a document that cannot be read throws SourceError. */
export async function checkDocument(fileName: string, bytes: Uint8Array): Promise<CheckedDocument> {
  return reportDocument(await parseAnyDocument(fileName, bytes));
}
