import { rowCells, squash, stripMarkdown } from "./text";
import { BUDGET_TABLES, TABLE, classificationOf } from "../domain/budget-tables";

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
  // A note may name its table ("注：本部门无“三公”经费和机关运行经费预算"): it is the table's note, never a title.
  if (NOTE_LINE.test(title)) return null;
  if (title.length < 6 || title.length > 60 || /说明|情况/.test(title)) return null;
  for (const { no, title: pattern } of BUDGET_TABLES) {
    if (pattern.test(title)) {
      const year = /(\d{4})\s*年/.exec(title)?.[1];
      return { tableNo: no, year: year ? Number(year) : null, title };
    }
  }
  return null;
}

/** The row that closes a table: 收入总计/支出总计 (tables 1, 4), 合计 (2–8), the figures row (9). */
export function closesTable(tableNo: number, cells: string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  if (classificationOf(tableNo) === "收支总表") return filled.some((c) => /^(收入|支出)总计$/.test(squash(c)));
  if (tableNo === TABLE.threePublic) return filled.length > 0 && filled.every((c) => /^-?[\d,.]+$/.test(c.trim()));
  return /^(合计|总计)$/.test(squash(filled[0] ?? ""));
}
