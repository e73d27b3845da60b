import { MoneyFormatError, parseMoney, type MoneyReading, type Unit } from "../money";
import { EDITOR_LINE, NO_DATA, NOTE_LINE, UNIT_LINE, closesTable, tableTitle, type TitleCandidate } from "./table-titles";
import { rowCells, stripMarkdown } from "./text";
import { SourceError, type Provenance, type TocEntry } from "./types";

export interface Row {
  line: number;
  raw: string;
  cells: string[];
}

export type TableNote = Provenance & { year: number | null };

/** One table region: title, unit line, rows, and the note that may close it. */
export interface Segment {
  title: TitleCandidate;
  titleLine: number;
  unit: Unit;
  note: TableNote | null;
  rows: Row[];
  /** Last line of the region. */
  endLine: number;
}

/** How far below a title its unit line may stand (title, 编制部门 line, blank lines). */
const UNIT_WITHIN = 8;

function preview(text: string): string {
  const t = text.trim().replace(/\t/g, " ⇥ ");
  return t.length > 50 ? `${t.slice(0, 50)}…` : t;
}

function noteOf(lineNo: number, raw: string): TableNote {
  const year = /(\d{4})\s*年/.exec(stripMarkdown(raw))?.[1];
  return { sourceLine: lineNo, rawText: raw, year: year ? Number(year) : null };
}

/** Any "单位：…" line: a unit other than 元 or 万元 is refused rather than read as no unit at all. */
const ANY_UNIT_LINE = /^单位\s*[：:]\s*(\S+)\s*$/;

/**
 * Index of the unit line below a title, or -1 when none follows before the next title (a contents entry).
 * A title followed by a unit the parser does not read (千元, 亿元 …) is an error, not a contents entry.
 */
function unitLineAfter(fileName: string, lines: string[], titleIndex: number): number {
  for (let j = titleIndex + 1; j < Math.min(lines.length, titleIndex + 1 + UNIT_WITHIN); j++) {
    const next = lines[j] ?? "";
    if (tableTitle(next)) return -1;
    const plain = stripMarkdown(next);
    if (UNIT_LINE.test(plain)) return j;
    const other = ANY_UNIT_LINE.exec(plain)?.[1];
    if (other) throw new SourceError(fileName, j + 1, `the table titled on line ${titleIndex + 1} is in "${other}": only 元 and 万元 are read`);
  }
  return -1;
}

/**
 * A wrapped note continues on the next line: the note does not end a sentence
 * and the next non-blank line is plain text, neither a title nor a table row.
 */
function checkNoteEnds(fileName: string, lines: string[], noteIndex: number, tableNo: number): void {
  const note = stripMarkdown(lines[noteIndex] ?? "");
  if (/[。．.)）]$/.test(note)) return;
  let k = noteIndex + 1;
  while (k < lines.length && stripMarkdown(lines[k] ?? "") === "") k++;
  const next = lines[k];
  if (next === undefined || tableTitle(next) || rowCells(next) !== null) return;
  throw new SourceError(fileName, k + 1, `the note of table ${tableNo} (line ${noteIndex + 1}) seems to continue on this line: "${preview(next)}"; join the wrapped note into one line`);
}

/**
 * Reads one table region after its unit line. Inside a table every line is a row,
 * a blank line, a 编制部门 line or the closing note; once the closing row
 * (合计, 收入总计/支出总计, table 9's figures) has been read, other text ends the table.
 * Anything else inside a table is an error naming the line: nothing is dropped silently.
 */
function readRegion(fileName: string, lines: string[], segment: Segment, start: number): number {
  const tableNo = segment.title.tableNo;
  let closed = false;
  let j = start;
  for (; j < lines.length; j++) {
    const current = lines[j] ?? "";
    const plain = stripMarkdown(current);
    if (tableTitle(current)) break;
    if (plain === "" || EDITOR_LINE.test(plain)) continue;
    const cells = rowCells(current);
    if (cells === null && (NOTE_LINE.test(plain) || (!closed && NO_DATA.test(plain)))) {
      segment.note = noteOf(j + 1, current);
      segment.endLine = j + 1;
      checkNoteEnds(fileName, lines, j, tableNo);
      return j + 1;
    }
    if (cells === null) {
      if (closed) break;
      throw new SourceError(
        fileName,
        j + 1,
        `table ${tableNo} ("${segment.title.title}"): this line inside the table is not a row of cells: "${preview(current)}" (a header fragment, a name wrapped from the row above, or a note?)`,
      );
    }
    segment.endLine = j + 1;
    if (cells.length === 0 || cells.every((c) => c === "")) continue;
    if (closed) {
      throw new SourceError(fileName, j + 1, `table ${tableNo}: a row after the table's closing row (合计/总计): "${preview(current)}"`);
    }
    segment.rows.push({ line: j + 1, raw: current, cells });
    closed = closesTable(tableNo, cells);
  }
  return j;
}

/** Finds the contents entries and the table regions (title → unit line → rows → note). */
export function scanSegments(fileName: string, lines: string[]): { toc: TocEntry[]; segments: Segment[] } {
  const toc: TocEntry[] = [];
  const segments: Segment[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const candidate = tableTitle(line);
    if (!candidate) {
      i++;
      continue;
    }
    const unitIndex = unitLineAfter(fileName, lines, i);
    if (unitIndex < 0) {
      toc.push({ ...candidate, sourceLine: i + 1, rawText: line });
      i++;
      continue;
    }
    for (let k = i + 1; k < unitIndex; k++) {
      const between = stripMarkdown(lines[k] ?? "");
      if (between !== "" && !EDITOR_LINE.test(between)) {
        throw new SourceError(fileName, k + 1, `between the title of table ${candidate.tableNo} and its unit line: "${preview(between)}" is neither blank nor a 编制部门/编制单位 line`);
      }
    }
    const unit = UNIT_LINE.exec(stripMarkdown(lines[unitIndex] ?? ""))?.[1] as Unit;
    const segment: Segment = { title: candidate, titleLine: i + 1, unit, note: null, rows: [], endLine: unitIndex + 1 };
    i = readRegion(fileName, lines, segment, unitIndex + 1);
    segments.push(segment);
  }
  return { toc, segments };
}

export function readMoney(fileName: string, row: Row, cell: string, unit: Unit, what: string): MoneyReading {
  try {
    return parseMoney(cell, unit);
  } catch (error) {
    if (error instanceof MoneyFormatError) {
      throw new SourceError(fileName, row.line, `${what}: ${error.message}`);
    }
    throw error;
  }
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
