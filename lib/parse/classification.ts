import { looksNumeric, type Unit } from "../money";
import { readCode } from "./codes";
import { readMoney, type Row, type Segment } from "./table-segments";
import { classificationOf } from "../domain/budget-tables";
import { squash } from "./text";
import { SourceError, type AmountCell, type Layout, type ParsedLine } from "./types";

/** The columns of a classification table, read from its header row (…科目名称, 合计, …). */
interface Header {
  columns: string[];
  /** Position of the 科目名称 cell; in a PDF rendering the code cells stand before it. */
  nameAt: number;
  /** Position of each amount column (PDF renderings: every grid column is a cell). */
  positions: number[];
  line: number;
}

export interface ClassificationResult {
  columns: string[];
  lines: ParsedLine[];
  continuationLines: number[];
}

const CODE = /^\d{1,3}$/;
const TOTAL = /^(合计|总计)$/;
/** Cells found only in a classification table's header rows. */
const HEADER_CELL = /科目编码|科目名称|^项目$|^类$/;

function preview(row: Row): string {
  const t = row.raw.trim().replace(/\t/g, " ⇥ ");
  return t.length > 50 ? `${t.slice(0, 50)}…` : t;
}

function isDataRow(cells: string[]): boolean {
  const first = cells.find((c) => c !== "");
  return first !== undefined && (CODE.test(first) || TOTAL.test(squash(first)));
}

function headerOf(row: Row): Header | null {
  const nameAt = row.cells.findIndex((c) => /科目名称/.test(c));
  if (nameAt < 0) return null;
  const positions: number[] = [];
  row.cells.forEach((c, i) => {
    if (i > nameAt && c !== "") positions.push(i);
  });
  return { columns: positions.map((p) => row.cells[p] ?? ""), nameAt, positions, line: row.line };
}

/** Amount cells after the name (text layouts): filler cells trimmed, never shifted into a column. */
function fitAmounts(fileName: string, row: Row, cells: string[], columns: string[], tableNo: number): string[] {
  const fitted = [...cells];
  while (fitted.length > columns.length && fitted[0] === "") fitted.shift();
  while (fitted.length > columns.length && fitted[fitted.length - 1] === "") fitted.pop();
  if (fitted.length !== columns.length) {
    const which = fitted.length > columns.length ? "more" : "fewer";
    throw new SourceError(
      fileName,
      row.line,
      `table ${tableNo} row has ${fitted.length} amount cells but the table has ${columns.length} columns (${columns.join(", ")}): ${which} cells than columns, so it cannot say which column each amount is in`,
    );
  }
  return fitted;
}

interface RowParts {
  printed: Array<string | null>;
  name: string;
  amountCells: string[];
}

/** Text layouts: code cells, then the name, then the amounts; blank cells between codes are fillers. */
function partsFromText(fileName: string, row: Row, header: Header, tableNo: number): RowParts {
  const printed: Array<string | null> = [];
  for (let k = 0; k < row.cells.length; k++) {
    const cell = row.cells[k] ?? "";
    if (cell === "") continue;
    if (CODE.test(cell)) {
      printed.push(cell);
      continue;
    }
    // The PDF converter sometimes merged the 项 code into the name cell: "01 行政单位离退休".
    const merged = printed.length === 2 ? /^(\d{2})\s+(\S.*)$/.exec(cell) : null;
    const name = merged?.[2] ?? cell;
    if (merged?.[1]) printed.push(merged[1]);
    return { printed, name, amountCells: fitAmounts(fileName, row, row.cells.slice(k + 1), header.columns, tableNo) };
  }
  throw new SourceError(fileName, row.line, `table ${tableNo}: row has codes but no name`);
}

/** PDF renderings: every cell stands in its grid column, so each must line up with the header. */
function partsFromGrid(fileName: string, row: Row, header: Header, tableNo: number): RowParts {
  const codeCells = row.cells.slice(0, header.nameAt);
  const total = codeCells.some((c) => TOTAL.test(squash(c)));
  codeCells.forEach((cell, k) => {
    if (cell !== "" && !/^\d+$/.test(cell) && !TOTAL.test(squash(cell))) {
      throw new SourceError(fileName, row.line, `table ${tableNo}: "${cell}" stands in code column ${k + 1}, where only code digits belong`);
    }
  });
  row.cells.forEach((cell, k) => {
    if (cell !== "" && k > header.nameAt && !header.positions.includes(k)) {
      throw new SourceError(fileName, row.line, `table ${tableNo}: "${cell}" stands in column ${k + 1}, under no heading of the header (line ${header.line})`);
    }
  });
  const name = total && (row.cells[header.nameAt] ?? "") === "" ? "合计" : (row.cells[header.nameAt] ?? "");
  return {
    printed: total ? [] : codeCells.map((c) => (c === "" ? null : c)),
    name,
    amountCells: header.positions.map((p) => row.cells[p] ?? ""),
  };
}

export function parseClassification(fileName: string, segments: Segment[], unit: Unit, layout: Layout): ClassificationResult {
  const first = segments[0];
  if (!first) return { columns: [], lines: [], continuationLines: [] };
  const tableNo = first.title.tableNo;
  const classification = classificationOf(tableNo);
  const maxParts = classification === "经济分类" ? 2 : 3;
  let header: Header | null = null;
  const lines: ParsedLine[] = [];
  const continuationLines: number[] = [];
  for (const [segmentIndex, segment] of segments.entries()) {
    if (segmentIndex > 0) continuationLines.push(segment.titleLine);
    let inData = false;
    for (const row of segment.rows) {
      const data = isDataRow(row.cells);
      if (!data && !inData && !row.cells.some(looksNumeric)) {
        const found = headerOf(row);
        if (found) {
          if (header && header.columns.join() !== found.columns.join()) {
            throw new SourceError(fileName, row.line, `table ${tableNo} continues with other columns (${found.columns.join(", ")}) than it began with (${header.columns.join(", ")})`);
          }
          header = found;
        }
        continue;
      }
      if (!data) {
        const repeated = !row.cells.some(looksNumeric) && row.cells.some((c) => HEADER_CELL.test(squash(c)));
        throw new SourceError(
          fileName,
          row.line,
          repeated
            ? `table ${tableNo}: a header row inside the table's figures: "${preview(row)}" (a page break repeated the header without the title?)`
            : `table ${tableNo}: expected a row starting with a code or 合计, found "${preview(row)}" (a name wrapped from the row above?)`,
        );
      }
      inData = true;
      const current = header;
      if (!current) throw new SourceError(fileName, row.line, `table ${tableNo} has data before a header naming its columns (…科目名称, 合计, …)`);
      const parts = layout === "pdf" ? partsFromGrid(fileName, row, current, tableNo) : partsFromText(fileName, row, current, tableNo);
      const isTotal = parts.printed.length === 0 && TOTAL.test(squash(parts.name));
      if (!isTotal && parts.printed.every((p) => p === null)) {
        throw new SourceError(fileName, row.line, `table ${tableNo}: row "${parts.name}" has no code`);
      }
      if (!isTotal && (parts.name === "" || looksNumeric(parts.name))) {
        throw new SourceError(fileName, row.line, `table ${tableNo}: row has ${parts.name === "" ? "no name" : "an amount where the name should be"}`);
      }
      const code = isTotal ? null : readCode(fileName, row.line, tableNo, parts.printed, maxParts, lines);
      const amounts: AmountCell[] = [];
      parts.amountCells.forEach((cell, index) => {
        if (cell === "") return;
        const column = current.columns[index] ?? "";
        amounts.push({ column, columnIndex: index, money: readMoney(fileName, row, cell, unit, `table ${tableNo} column "${column}"`), sourceLine: row.line });
      });
      lines.push({
        sourceLine: row.line,
        rawText: row.raw,
        tableNo,
        classification,
        side: null,
        code: code ? `${code.lei ?? ""}${code.kuan ?? ""}${code.xiang ?? ""}` : null,
        codeLei: code?.lei ?? null,
        codeKuan: code?.kuan ?? null,
        codeXiang: code?.xiang ?? null,
        level: code?.level ?? 0,
        name: isTotal ? "合计" : parts.name,
        isTotal,
        amounts,
        ...(code?.reading ? { codeReading: code.reading } : {}),
      });
    }
  }
  return { columns: header?.columns ?? [], lines, continuationLines };
}
