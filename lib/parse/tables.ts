import { MoneyFormatError, looksNumeric, parseMoney, type MoneyReading, type Unit } from "../money";
import { rowCells, squash, stripMarkdown } from "./text";
import {
  SourceError,
  type AmountCell,
  type Classification,
  type OperatingCell,
  type ParsedLine,
  type ParsedTable,
  type ThreePublicCell,
  type ThreePublicPart,
  type TocEntry,
} from "./types";

/** Standard table numbers of a Shanghai district budget, recognised by title wording. */
const TABLE_TITLES: ReadonlyArray<readonly [number, RegExp]> = [
  [4, /财政拨款收支预算总表/],
  [1, /财务收支预算总表/],
  [2, /收入预算总表/],
  [3, /支出预算总表/],
  [5, /一般公共预算支出功能分类预算表/],
  [6, /政府性基金预算支出功能分类预算表/],
  [7, /国有资本经营预算支出功能分类预算表/],
  [8, /基本支出.*经济分类预算表/],
  [9, /三公.{0,2}经费和机关运行经费预算/],
];

const UNIT_LINE = /^单位\s*[：:]\s*(万元|元)\s*$/;
const NOTE_LINE = /^(备注|注)\s*[：:]/;

interface TitleCandidate {
  tableNo: number;
  year: number | null;
  title: string;
}

export function tableTitle(line: string): TitleCandidate | null {
  if (rowCells(line) !== null) return null;
  const title = stripMarkdown(line);
  if (title.length < 6 || title.length > 60 || /说明|情况/.test(title)) return null;
  for (const [tableNo, pattern] of TABLE_TITLES) {
    if (pattern.test(title)) {
      const year = /(\d{4})\s*年/.exec(title)?.[1];
      return { tableNo, year: year ? Number(year) : null, title };
    }
  }
  return null;
}

function classificationOf(tableNo: number): Classification {
  if (tableNo === 1 || tableNo === 4) return "收支总表";
  if (tableNo === 8) return "经济分类";
  if (tableNo === 9) return "三公经费";
  return "功能分类";
}

interface Row {
  line: number;
  raw: string;
  cells: string[];
}

interface Segment {
  title: TitleCandidate;
  titleLine: number;
  unit: Unit | null;
  note: { sourceLine: number; rawText: string; year: number | null } | null;
  rows: Row[];
  endLine: number;
}

export interface TablesResult {
  toc: TocEntry[];
  tables: ParsedTable[];
  threePublic: ThreePublicCell[];
  operating: OperatingCell | null;
  /** 1-based lines that belong to tables (excluded from narrative). */
  tableLines: Set<number>;
}

/** Finds the TOC entries and the table regions (title → unit line → rows). */
function scanSegments(fileName: string, lines: string[]): { toc: TocEntry[]; segments: Segment[] } {
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
    // A table title is followed by its unit line before any other title; a TOC entry is not.
    let unitIndex = -1;
    for (let j = i + 1; j < Math.min(lines.length, i + 9); j++) {
      const next = lines[j] ?? "";
      if (tableTitle(next)) break;
      if (UNIT_LINE.test(stripMarkdown(next))) {
        unitIndex = j;
        break;
      }
    }
    if (unitIndex < 0) {
      toc.push({ ...candidate, sourceLine: i + 1, rawText: line });
      i++;
      continue;
    }
    const unitText = UNIT_LINE.exec(stripMarkdown(lines[unitIndex] ?? ""))?.[1] as Unit;
    const segment: Segment = { title: candidate, titleLine: i + 1, unit: unitText, note: null, rows: [], endLine: unitIndex + 1 };
    let j = unitIndex + 1;
    for (; j < lines.length; j++) {
      const current = lines[j] ?? "";
      const plain = stripMarkdown(current);
      if (tableTitle(current)) break;
      if (plain === "") continue;
      if (/^编制(部门|单位)\s*[：:]/.test(plain)) continue;
      if (NOTE_LINE.test(plain)) {
        const year = /(\d{4})\s*年/.exec(plain)?.[1];
        segment.note = { sourceLine: j + 1, rawText: current, year: year ? Number(year) : null };
        segment.endLine = j + 1;
        j++;
        break;
      }
      const cells = rowCells(current);
      if (cells === null) break;
      segment.endLine = j + 1;
      if (cells.length === 0 || cells.every((c) => c === "")) continue;
      segment.rows.push({ line: j + 1, raw: current, cells });
    }
    if (!segment.unit) throw new SourceError(fileName, i + 1, "table without a unit line");
    segments.push(segment);
    i = j;
  }
  return { toc, segments };
}

function readMoney(fileName: string, row: Row, cell: string, unit: Unit, what: string): MoneyReading {
  try {
    return parseMoney(cell, unit);
  } catch (error) {
    if (error instanceof MoneyFormatError) {
      throw new SourceError(fileName, row.line, `${what}: ${error.message}`);
    }
    throw error;
  }
}

/** Fits the amount cells of a row to the table's columns, dropping only empty filler cells. */
function fitAmounts(fileName: string, row: Row, cells: string[], columns: string[], tableNo: number): string[] {
  const fitted = [...cells];
  while (fitted.length > columns.length && fitted[0] === "") fitted.shift();
  while (fitted.length > columns.length && fitted[fitted.length - 1] === "") fitted.pop();
  if (fitted.length > columns.length) {
    throw new SourceError(
      fileName,
      row.line,
      `table ${tableNo} row has ${fitted.length} amount cells but the table has ${columns.length} columns (${columns.join(", ")})`,
    );
  }
  while (fitted.length < columns.length) fitted.push("");
  return fitted;
}

function isClassificationDataRow(cells: string[]): boolean {
  const first = cells.find((c) => c !== "");
  return first !== undefined && (/^\d{3}$/.test(first) || squash(first) === "合计");
}

function parseClassification(fileName: string, segments: Segment[], unit: Unit): { columns: string[]; lines: ParsedLine[]; continuationLines: number[] } {
  const first = segments[0];
  if (!first) return { columns: [], lines: [], continuationLines: [] };
  const tableNo = first.title.tableNo;
  const classification = classificationOf(tableNo);
  let columns: string[] | null = null;
  const lines: ParsedLine[] = [];
  const continuationLines: number[] = [];
  segments.forEach((segment, segmentIndex) => {
    if (segmentIndex > 0) continuationLines.push(segment.titleLine);
    let inData = false;
    for (const row of segment.rows) {
      if (!inData && !isClassificationDataRow(row.cells) && !row.cells.some(looksNumeric)) {
        const nameAt = row.cells.findIndex((c) => /科目名称/.test(c));
        if (nameAt >= 0) {
          const found = row.cells.slice(nameAt + 1).filter((c) => c !== "");
          if (columns && columns.join() !== found.join()) {
            throw new SourceError(fileName, row.line, `table ${tableNo} continues with other columns (${found.join(", ")}) than it began with (${columns.join(", ")})`);
          }
          columns = found;
        }
        continue;
      }
      if (!isClassificationDataRow(row.cells)) {
        throw new SourceError(fileName, row.line, `table ${tableNo}: expected a row starting with a code or 合计, found "${row.raw.trim().slice(0, 40)}"`);
      }
      inData = true;
      if (!columns) throw new SourceError(fileName, row.line, `table ${tableNo} has data before a header naming its columns (…科目名称, 合计, …)`);
      let lei: string | null = null;
      let kuan: string | null = null;
      let xiang: string | null = null;
      let name: string | null = null;
      let nameIndex = -1;
      for (let k = 0; k < row.cells.length; k++) {
        const cell = row.cells[k] ?? "";
        if (cell === "") continue;
        if (!lei && /^\d{3}$/.test(cell)) lei = cell;
        else if (lei && !kuan && /^\d{2}$/.test(cell)) kuan = cell;
        else if (lei && kuan && !xiang && /^\d{2}$/.test(cell)) xiang = cell;
        else {
          // The PDF sometimes merges the 项 code into the name cell: "01 行政单位离退休".
          const merged = lei && kuan && !xiang ? /^(\d{2})\s+(\S.*)$/.exec(cell) : null;
          if (merged?.[1] && merged[2]) {
            xiang = merged[1];
            name = merged[2];
          } else {
            name = cell;
          }
          nameIndex = k;
          break;
        }
      }
      if (name === null) throw new SourceError(fileName, row.line, `table ${tableNo}: row has codes but no name`);
      const isTotal = squash(name) === "合计";
      if (!isTotal && looksNumeric(name)) throw new SourceError(fileName, row.line, `table ${tableNo}: row has an amount where the name should be`);
      const cells = fitAmounts(fileName, row, row.cells.slice(nameIndex + 1), columns, tableNo);
      const amounts: AmountCell[] = [];
      cells.forEach((cell, index) => {
        if (cell === "") return;
        const column = columns?.[index] ?? "";
        amounts.push({ column, columnIndex: index, money: readMoney(fileName, row, cell, unit, `table ${tableNo} column "${column}"`), sourceLine: row.line });
      });
      lines.push({
        sourceLine: row.line,
        rawText: row.raw,
        tableNo,
        classification,
        side: null,
        code: isTotal ? null : `${lei ?? ""}${kuan ?? ""}${xiang ?? ""}`,
        codeLei: isTotal ? null : lei,
        codeKuan: isTotal ? null : kuan,
        codeXiang: isTotal ? null : xiang,
        level: isTotal ? 0 : xiang ? 3 : kuan ? 2 : 1,
        name: isTotal ? "合计" : name,
        isTotal,
        amounts,
      });
    }
  });
  return { columns: columns ?? [], lines, continuationLines };
}

const SUMMARY_HEADER_WORDS = new Set([
  "本年收入", "本年支出", "项目", "预算数", "合计", "基本支出", "人员经费", "公用经费", "项目支出",
  "财政拨款收入", "财政拨款支出", "一般公共预算", "政府性基金预算", "国有资本经营预算",
]);

/** Header label per position: the lowest non-empty header cell wins ("人员经费" under "基本支出"). */
function mergeHeaderLabels(headerRows: Row[]): string[] {
  const labels: string[] = [];
  for (const row of headerRows) {
    row.cells.forEach((cell, index) => {
      if (cell !== "") labels[index] = cell;
    });
  }
  return Array.from({ length: labels.length }, (_, i) => labels[i] ?? "");
}

function summaryItem(text: string): { name: string; level: number; isTotal: boolean } {
  const squashed = squash(text);
  if (/^(收入|支出)总计$/.test(squashed)) return { name: squashed, level: 0, isTotal: true };
  const major = /^[一二三四五六七八九十]+、\s*(.+)$/.exec(text);
  if (major?.[1]) return { name: major[1].trim(), level: 1, isTotal: false };
  const minor = /^\d+\s*[.、．]\s*(.+)$/.exec(text);
  if (minor?.[1]) return { name: minor[1].trim(), level: 2, isTotal: false };
  return { name: text, level: 1, isTotal: false };
}

function parseSummary(fileName: string, segments: Segment[], unit: Unit): { columns: string[]; lines: ParsedLine[]; continuationLines: number[] } {
  const rows = segments.flatMap((s) => s.rows);
  const first = segments[0];
  if (!first) return { columns: [], lines: [], continuationLines: [] };
  const tableNo = first.title.tableNo;
  const headerRows: Row[] = [];
  let dataStart = rows.length;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if (!row) continue;
    if (row.cells.every((c) => c === "" || SUMMARY_HEADER_WORDS.has(squash(c)))) headerRows.push(row);
    else {
      dataStart = k;
      break;
    }
  }
  const labels = mergeHeaderLabels(headerRows);
  const itemPositions = labels.flatMap((label, index) => (label === "项目" ? [index] : []));
  const income = itemPositions[0];
  const expense = itemPositions[1];
  if (income === undefined || expense === undefined) {
    throw new SourceError(fileName, first.titleLine, `table ${tableNo}: expected a header with two "项目" columns (收入 and 支出 sides)`);
  }
  const sides = [
    { side: "收入" as const, item: income, amountPositions: range(income + 1, expense) },
    { side: "支出" as const, item: expense, amountPositions: range(expense + 1, labels.length) },
  ];
  const columns = sides.flatMap((s) => s.amountPositions.map((p) => `${s.side}:${labels[p] ?? ""}`));
  const lines: ParsedLine[] = [];
  for (const row of rows.slice(dataStart)) {
    if (row.cells.length > labels.length && row.cells.slice(labels.length).some((c) => c !== "")) {
      throw new SourceError(fileName, row.line, `table ${tableNo} row has ${row.cells.length} cells but the header has ${labels.length} columns`);
    }
    for (const side of sides) {
      const itemText = row.cells[side.item] ?? "";
      if (itemText === "") {
        if (side.amountPositions.some((p) => (row.cells[p] ?? "") !== "")) {
          throw new SourceError(fileName, row.line, `table ${tableNo}: an amount on the ${side.side} side has no item`);
        }
        continue;
      }
      const item = summaryItem(itemText);
      const amounts: AmountCell[] = [];
      side.amountPositions.forEach((position, index) => {
        const cell = row.cells[position] ?? "";
        if (cell === "") return;
        const column = labels[position] ?? "";
        amounts.push({ column, columnIndex: index, money: readMoney(fileName, row, cell, unit, `table ${tableNo} ${side.side} "${item.name}"`), sourceLine: row.line });
      });
      lines.push({
        sourceLine: row.line,
        rawText: row.raw,
        tableNo,
        classification: "收支总表",
        side: side.side,
        code: null,
        codeLei: null,
        codeKuan: null,
        codeXiang: null,
        level: item.level,
        name: item.name,
        isTotal: item.isTotal,
        amounts,
      });
    }
  }
  return { columns, lines, continuationLines: segments.slice(1).map((s) => s.titleLine) };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function headerPaths(headerRows: Row[]): string[] {
  const width = Math.max(0, ...headerRows.map((r) => r.cells.length));
  return range(0, width).map((p) =>
    headerRows
      .map((r) => r.cells[p] ?? "")
      .filter((c) => c !== "")
      .join(" / "),
  );
}

function threePublicPart(path: string): ThreePublicPart | "operating" | null {
  const label = squash(path);
  if (/机关运行经费/.test(label)) return "operating";
  if (/合计$/.test(label)) return "total";
  if (/因公出国/.test(label)) return "abroad";
  if (/公务接待/.test(label)) return "reception";
  if (/小计$/.test(label) || /公务用车购置及运行(维护)?费$/.test(label)) return "vehicles";
  if (/购置费$/.test(label)) return "vehiclePurchase";
  if (/运行(维护)?费$/.test(label)) return "vehicleOperation";
  return null;
}

function parseThreePublic(fileName: string, segment: Segment, unit: Unit): { threePublic: ThreePublicCell[]; operating: OperatingCell | null; columns: string[] } {
  const dataIndex = segment.rows.findIndex((r) => {
    const first = r.cells.find((c) => c !== "");
    return first !== undefined && looksNumeric(first);
  });
  if (dataIndex < 0) return { threePublic: [], operating: null, columns: [] };
  const paths = headerPaths(segment.rows.slice(0, dataIndex));
  const row = segment.rows[dataIndex];
  if (!row) return { threePublic: [], operating: null, columns: [] };
  const extra = segment.rows.slice(dataIndex + 1)[0];
  if (extra) throw new SourceError(fileName, extra.line, "table 9 has more than one row of figures");
  const threePublic: ThreePublicCell[] = [];
  let operating: OperatingCell | null = null;
  row.cells.forEach((cell, position) => {
    const path = paths[position] ?? "";
    const part = threePublicPart(path);
    if (part === null) {
      if (cell !== "") throw new SourceError(fileName, row.line, `table 9: the figure "${cell}" stands under no known heading`);
      return;
    }
    if (part === "operating") {
      if (cell === "") return;
      operating = { label: path, money: readMoney(fileName, row, cell, unit, `table 9 "${path}"`), sourceLine: row.line, rawText: row.raw };
      return;
    }
    threePublic.push({
      part,
      label: path,
      money: cell === "" ? null : readMoney(fileName, row, cell, unit, `table 9 "${path}"`),
      asPublished: cell,
      sourceLine: row.line,
      rawText: row.raw,
    });
  });
  return { threePublic, operating, columns: paths.filter((p) => p !== "") };
}

export function parseTables(fileName: string, lines: string[]): TablesResult {
  const { toc, segments } = scanSegments(fileName, lines);
  const tables: ParsedTable[] = [];
  const tableLines = new Set<number>();
  let threePublic: ThreePublicCell[] = [];
  let operating: OperatingCell | null = null;
  // Consecutive segments with the same table number are one table split across pages.
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const last = groups[groups.length - 1];
    const lastFirst = last?.[0];
    if (last && lastFirst && lastFirst.title.tableNo === segment.title.tableNo) last.push(segment);
    else groups.push([segment]);
  }
  for (const group of groups) {
    const first = group[0];
    if (!first?.unit) continue;
    for (const s of group) for (let l = s.titleLine; l <= s.endLine; l++) tableLines.add(l);
    const tableNo = first.title.tableNo;
    if (tables.some((t) => t.tableNo === tableNo)) {
      throw new SourceError(fileName, first.titleLine, `table ${tableNo} ("${first.title.title}") appears twice, apart`);
    }
    const unit = first.unit;
    let columns: string[] = [];
    let parsedLines: ParsedLine[] = [];
    let continuationLines: number[] = [];
    if (tableNo === 9) {
      const result = parseThreePublic(fileName, first, unit);
      threePublic = result.threePublic;
      operating = result.operating;
      columns = result.columns;
    } else if (tableNo === 1 || tableNo === 4) {
      ({ columns, lines: parsedLines, continuationLines } = parseSummary(fileName, group, unit));
    } else {
      ({ columns, lines: parsedLines, continuationLines } = parseClassification(fileName, group, unit));
    }
    const last = group[group.length - 1] ?? first;
    tables.push({
      tableNo,
      title: first.title.title,
      titleLine: first.titleLine,
      titleYear: first.title.year,
      unit,
      classification: classificationOf(tableNo),
      columns,
      note: group.map((s) => s.note).find((n) => n !== null) ?? null,
      continuationLines,
      lines: parsedLines,
      endLine: last.endLine,
    });
  }
  return { toc, tables, threePublic, operating, tableLines };
}
