// A table the parser cannot read whole is an error naming the file, the line and what is wrong, never a guess:
// the summary tables (1, 4) and the classification tables (2, 3, 5–8), each case written out by hand.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { budgetHead, functionalTable, summaryTable } from "./fragments";
import { parseText } from "./helpers";
import { assertSourceError } from "./parse-fragments";

const refuses = (text: string, message: string) => assertSourceError(() => parseText(text), message);
const TABLE_1_HEAD = ["1、2026年部门财务收支预算总表", "单位：元", "本年收入\t\t本年支出\t"];
const table3 = (rows: string[]) => budgetHead() + functionalTable(3, ["合计", "基本支出", "项目支出"], rows);

describe("summary tables (1 and 4)", () => {
  it("a header without a 项目 column on each side", () =>
    refuses(budgetHead() + [...TABLE_1_HEAD, "项目\t预算数\t科目\t预算数", "一、财政拨款收入\t10.00\t八、卫生健康支出\t10.00", "收入总计\t10.00\t支出总计\t10.00"].join("\n"),
      'fragment.txt:5: table 1: expected a header with two "项目" columns (收入 and 支出 sides)'));

  it("a row with a figure beyond the header's columns", () =>
    refuses(budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00\t5.00"]], ["10.00", "10.00"]), "fragment.txt:11: table 1 row has 5 cells but the header has 4 columns"));

  it("…but blank cells beyond them are nothing", () => {
    const doc = parseText(budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00\t\t"]], ["10.00", "10.00"]));
    assert.deepEqual(doc.tables[0]?.lines.map((l) => [l.side, l.name, l.amounts.map((a) => a.money.asPublished)]), [
      ["收入", "财政拨款收入", ["10.00"]], ["支出", "卫生健康支出", ["10.00"]], ["收入", "收入总计", ["10.00"]], ["支出", "支出总计", ["10.00"]],
    ]);
  });

  it("an amount with no item beside it, on either side", () => {
    refuses(budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "", "10.00"]], ["10.00", "10.00"]), "fragment.txt:11: table 1: an amount on the 支出 side has no item");
    refuses(budgetHead() + summaryTable(1, [["", "10.00", "八、卫生健康支出", "10.00"]], ["10.00", "10.00"]), "fragment.txt:11: table 1: an amount on the 收入 side has no item");
  });
});

describe("classification tables", () => {
  it("figures before any header naming the columns", () =>
    refuses(budgetHead() + ["3、2026年部门支出预算总表", "单位：元", "210\t13\t01 城乡医疗救助\t10.00\t\t10.00", "合计\t\t\t10.00\t\t10.00"].join("\n"),
      "fragment.txt:7: table 3 has data before a header naming its columns (…科目名称, 合计, …)"));

  it("a second page whose header orders the columns otherwise", () =>
    refuses(budgetHead() + [
      "3、2026年部门支出预算总表", "单位：元", "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出", "210\t13\t01 城乡医疗救助\t10.00\t\t10.00", "",
      "3、2026年部门支出预算总表（续）", "单位：元", "功能分类科目编码\t\t功能分类科目名称\t合计\t项目支出\t基本支出", "210\t13\t02 其他\t10.00\t10.00\t", "合计\t\t\t20.00\t10.00\t10.00",
    ].join("\n"), "fragment.txt:12: table 3 continues with other columns (合计, 项目支出, 基本支出) than it began with (合计, 基本支出, 项目支出)"));

  it("a second page with the same header continues the table", () => {
    const doc = parseText(budgetHead() + [
      "3、2026年部门支出预算总表", "单位：元", "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出", "210\t13\t01 城乡医疗救助\t10.00\t\t10.00", "",
      "3、2026年部门支出预算总表（续）", "单位：元", "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出", "210\t13\t02 其他\t10.00\t\t10.00", "合计\t\t\t20.00\t\t20.00",
    ].join("\n"));
    assert.deepEqual(doc.tables[0]?.lines.map((l) => [l.sourceLine, l.code ?? "合计"]), [[8, "2101301"], [13, "2101302"], [14, "合计"]]);
  });

  it("an amount where the name should be", () =>
    refuses(table3(["210\t13\t01\t10.00\t10.00\t\t10.00", "合计\t\t\t10.00\t\t10.00"]), "fragment.txt:12: table 3: row has an amount where the name should be"));

  it("codes and nothing else", () => refuses(table3(["210\t13\t01\t\t\t", "合计\t\t\t\t\t"]), "fragment.txt:12: table 3: row has codes but no name"));
});
