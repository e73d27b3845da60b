import { rowCells, squash, stripMarkdown } from "./text";
import type { Classification } from "./types";

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

export const UNIT_LINE = /^单位\s*[：:]\s*(万元|元)\s*$/;
export const NOTE_LINE = /^(备注|注)\s*[：:]/;
/** "编制部门：…" / "编制单位：…" above a table. */
export const EDITOR_LINE = /^编制(部门|单位)\s*[：:]/;
/** The statement that a table is empty on purpose ("故本表无数据", "本表为空表"). */
export const NO_DATA = /本表无数据|本表为空|为空表|无数据/;
/** Dot leaders and a page number after a contents entry ("……………… 12"). */
const LEADERS = /\s*[…．.·]{2,}[\s…．.·]*\d*\s*$/;

export interface TitleCandidate {
  tableNo: number;
  year: number | null;
  title: string;
}

export function tableTitle(line: string): TitleCandidate | null {
  if (rowCells(line) !== null) return null;
  const title = stripMarkdown(line).replace(LEADERS, "");
  if (title.length < 6 || title.length > 60 || /说明|情况/.test(title)) return null;
  for (const [tableNo, pattern] of TABLE_TITLES) {
    if (pattern.test(title)) {
      const year = /(\d{4})\s*年/.exec(title)?.[1];
      return { tableNo, year: year ? Number(year) : null, title };
    }
  }
  return null;
}

export function classificationOf(tableNo: number): Classification {
  if (tableNo === 1 || tableNo === 4) return "收支总表";
  if (tableNo === 8) return "经济分类";
  if (tableNo === 9) return "三公经费";
  return "功能分类";
}

/** The row that closes a table: 收入总计/支出总计 (tables 1, 4), 合计 (2–8), the figures row (9). */
export function closesTable(tableNo: number, cells: string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  if (tableNo === 1 || tableNo === 4) return filled.some((c) => /^(收入|支出)总计$/.test(squash(c)));
  if (tableNo === 9) return filled.length > 0 && filled.every((c) => /^-?[\d,.]+$/.test(c.trim()));
  return /^(合计|总计)$/.test(squash(filled[0] ?? ""));
}
