// Text fragments shared by the parser tests: a document header and the head of table 3.
import assert from "node:assert/strict";
import { SourceError, type ParsedDocument } from "../lib/parse";
import { parseText } from "./helpers";

/** Title, blank, entity, blank: a fragment's table title is line 5. */
export const HEADER_LINES = ["上海市宝山区 2026 年区级部门预算", "", "预算主管部门：上海市宝山区医疗保障局", ""];

export const TABLE_3_HEAD = [
  "3、2026年部门支出预算总表",
  "单位：元",
  "项目\t\t\t支出预算\t\t",
  "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
  "类\t款\t\t\t\t",
];

/** Header (lines 1–4), the given lines from line 5, then a minimal table 3. */
export const textWithTable3 = (...lines: string[]): string =>
  [...HEADER_LINES, ...lines, "", ...TABLE_3_HEAD, "201\t06\t02 一般行政管理事务\t100.00\t\t100.00", "合计\t\t\t\t100.00\t\t100.00"].join("\n");

/** The same as a parsed document: for narrative tests. */
export const documentWithText = (...text: string[]): ParsedDocument => parseText(textWithTable3(...text));

/** `run` throws a SourceError whose message matches `message` (a pattern) or is `message` (a string). */
export function assertSourceError(run: () => unknown, message: RegExp | string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof SourceError, String(error));
    if (typeof message === "string") assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });
}
