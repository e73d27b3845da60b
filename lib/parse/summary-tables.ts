import { type Unit } from "../money";
import { range, readMoney, type Row, type Segment } from "./table-segments";
import { squash } from "./text";
import { SourceError, type AmountCell, type ParsedLine } from "./types";

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

/** Tables 1 and 4: two-sided summaries, 收入 items and amounts on the left, 支出 on the right. */
export function parseSummary(fileName: string, segments: Segment[], unit: Unit): { columns: string[]; lines: ParsedLine[]; continuationLines: number[] } {
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
