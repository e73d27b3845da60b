// What every check works with: one document, the amount each cell is read as, and a way to report.
import type { AmountCell, ParsedDocument, ParsedLine } from "../parse/types";
import type { FindingInput, FindingLocation, LocationRole } from "./findings";

/** The reading chosen for a cell printed ambiguously (e.g. "145,416,223.44.00"), as data. */
export interface Reading {
  /** The amount the document's other figures support; null when they don't settle it. */
  chosenFen: bigint | null;
  /** The finding that reports the print and the choice. */
  findingId: string;
}

/** Identifies a table cell across parse, audit and import: file, line, side (tables 1 and 4) and column. */
export function cellKey(fileName: string, line: ParsedLine, cell: AmountCell): string {
  return `${fileName}:${line.sourceLine}:${line.side ?? ""}:${cell.columnIndex}:${cell.column}`;
}

export interface DocAudit {
  doc: ParsedDocument;
  /** The amount a cell is read as: the chosen reading of an ambiguous print, else the printed value. */
  fen(line: ParsedLine, cell: AmountCell): bigint;
  emit(input: FindingInput, discriminator?: string): void;
}

export function amountOf(line: ParsedLine, column: string): AmountCell | undefined {
  return line.amounts.find((a) => a.column === column);
}

/** The amount read in a column; null for a blank cell. */
export function columnFen(audit: DocAudit, line: ParsedLine, column: string): bigint | null {
  const cell = amountOf(line, column);
  return cell ? audit.fen(line, cell) : null;
}

export function lineLocation(
  audit: DocAudit,
  line: ParsedLine,
  role: LocationRole,
  column: string | null,
): FindingLocation {
  return {
    fileName: audit.doc.fileName,
    line: line.sourceLine,
    role,
    tableNo: line.tableNo,
    column,
    amountFen: column === null ? null : columnFen(audit, line, column),
  };
}

export function textLocation(
  fileName: string,
  sourceLine: number,
  role: LocationRole,
  amountFen: bigint | null = null,
  tableNo: number | null = null,
  column: string | null = null,
): FindingLocation {
  return { fileName, line: sourceLine, role, tableNo, column, amountFen };
}
