// A text source laid out as the published PDFs are: paragraphs, and each run of table rows as one ruled HTML
// table (every cell bordered, the header repeated on each page of a budget table), printed to PDF by Chromium.
// The text layouts leave empty code cells out ("210\t15\t医疗保障管理事务…" has no 项 cell), so a coded row is
// laid out from its parsed code parts, name and amounts, each in its own column; other rows as printed.
import type { Browser } from "playwright-core";
import type { ParsedDocument, ParsedLine, ParsedTable } from "../../lib/parse";
import { rowCells, splitLines } from "../../lib/parse/text";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const NUMERIC = /^-?[\d,]+(?:\.\d+)*$/;

/**
 * A row of a classified table (a coded row or its 合计) in the grid its header sets: one cell per code column the header spans (类, 款 and, with
 * three, 项; with two the 项 goes before the name, "01 行政单位离退休", as the text prints it), then one per amount.
 */
function codedCells(table: ParsedTable, line: ParsedLine, codeColumns: number): string[] {
  const amounts = table.columns.map((c) => line.amounts.find((a) => a.column === c)?.money.asPublished ?? "");
  if (line.code === null) return [line.name, ...Array<string>(codeColumns).fill(""), ...amounts];
  const parts = [line.codeLei, line.codeKuan, line.codeXiang];
  const codes = parts.slice(0, codeColumns).map((c) => c ?? "");
  const rest = parts.slice(codeColumns).filter((c): c is string => c !== null);
  return [...codes, [...rest, line.name].join(" "), ...amounts];
}

/** Code columns a header row spans: from "…科目编码" to "…科目名称"; null for another row. */
function codeColumnsOf(cells: string[]): number | null {
  const code = cells.findIndex((c) => /科目编码$/.test(c));
  const name = cells.findIndex((c) => /科目名称$/.test(c));
  return code >= 0 && name > code ? name - code : null;
}

function tableHtml(rows: string[][], budgetTable: boolean): string {
  const width = Math.max(...rows.map((r) => r.length));
  const tr = (cells: string[]) => `<tr>${[...cells, ...Array<string>(width - cells.length).fill("")].map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`;
  // A budget table's header: its first rows without a figure; repeated by Chromium on every page the table spans.
  const headerRows = budgetTable ? rows.findIndex((r) => r.some((c) => NUMERIC.test(c))) : 0;
  const head = headerRows > 0 ? `<thead>${rows.slice(0, headerRows).map(tr).join("")}</thead>` : "";
  return `<table>${head}<tbody>${rows.slice(Math.max(headerRows, 0)).map(tr).join("")}</tbody></table>`;
}

interface Block {
  start: number;
  rows: Array<{ lineNo: number; cells: string[] }>;
}

/**
 * A block of rows as a grid. In a classified table, each row is laid out from its parse; a 功能分类 table whose
 * text folds the 项 into the name cell gets its own 项 column, as the published PDFs print it.
 */
function gridOf(block: Block, parsed: ParsedDocument): { rows: string[][]; budgetTable: boolean } {
  const table = parsed.tables.find((t) => t.titleLine < block.start && t.endLine >= block.start);
  if (!table || (table.classification !== "功能分类" && table.classification !== "经济分类")) return { rows: block.rows.map((r) => r.cells), budgetTable: table !== undefined };
  const header = block.rows.map((r) => r.cells).find((cells) => codeColumnsOf(cells) !== null) ?? [];
  const printedColumns = codeColumnsOf(header) ?? (table.classification === "经济分类" ? 2 : 3);
  const widen = table.classification === "功能分类" && printedColumns === 2;
  const nameAt = header.findIndex((c) => /科目名称$/.test(c));
  const rows = block.rows.map(({ lineNo, cells }) => {
    const line = table.lines.find((l) => l.sourceLine === lineNo);
    if (line) return codedCells(table, line, widen ? 3 : printedColumns);
    return widen ? [...cells.slice(0, nameAt), cells[0] === "类" ? "项" : "", ...cells.slice(nameAt)] : cells;
  });
  return { rows, budgetTable: true };
}

/** The HTML of a text source: `text` as read, `parsed` its parse (for the classified tables' rows). */
export function sourceHtml(text: string, parsed: ParsedDocument): string {
  const parts: string[] = [];
  let block: Block | null = null;
  const flush = () => {
    if (!block) return;
    const grid = gridOf(block, parsed);
    parts.push(tableHtml(grid.rows, grid.budgetTable));
    block = null;
  };
  splitLines(text).forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === "") return;
    const cells = line.includes("\t") ? rowCells(line) : null;
    if (!cells) {
      flush();
      parts.push(lineNo === parsed.meta.titleLine ? `<h1>${escape(line.trim())}</h1>` : `<p>${escape(line.trim())}</p>`);
      return;
    }
    block ??= { start: lineNo, rows: [] };
    block.rows.push({ lineNo, cells });
  });
  flush();
  const style = `body{font-family:"Noto Serif CJK SC";font-size:10pt} h1{font-size:16pt;text-align:center} p{margin:4px 0}
    table{border-collapse:collapse;width:100%;margin:6px 0} td{border:1px solid #000;padding:2px 3px} tr{break-inside:avoid}
    thead{display:table-header-group}`;
  return `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${parts.join("\n")}</body></html>`;
}

/** Prints HTML to an A4 landscape PDF in Chromium (no header or footer). */
export async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({ format: "A4", landscape: true, margin: { top: "36px", bottom: "36px", left: "36px", right: "36px" } });
  } finally {
    await page.close();
  }
}
