// Every audit check made to fire on a minimal document, with the exact finding, and kept silent by a
// near-miss. Amounts in the assertions are worked out by hand from the fragment (shown beside them), never
// by the code under test.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audit, CHECK_IDS, type Finding } from "../lib/audit";
import { resolveMetrics } from "../lib/metrics/resolve";
import type { ParsedDocument } from "../lib/parse";
import {
  budgetHead, economicTable, functionalTable, INDICATORS, type IndicatorRow, lineOf, locations, ofCheck, only, parse, projectSheet, sheetsDocument,
  summary, summaryTable, table9,
} from "./fragments";

const findingsOf = (...docs: ParsedDocument[]): Finding[] => audit(docs).findings;
const F = "fragment.txt";

/** Checks this file makes fire. */
const COVERED = new Set<string>();
const fires = (check: Finding["check"], name: string, fn: () => void) => {
  COVERED.add(check);
  it(`${check} fires: ${name}`, fn);
};

describe("ambiguous-number", () => {
  const t1 = (health: string) => summaryTable(1, [["一、财政拨款收入", "45,000,000.00", "八、卫生健康支出", health]], ["45,000,000.00", "45,000,000.00"]);
  const t4 = summaryTable(4, [["一、一般公共预算资金", "45,000,000.00", "八、卫生健康支出", "45,000,000.00"]], ["45,000,000.00", "45,000,000.00"]);

  fires("ambiguous-number", "settled by table 4 → warning, the reading table 4 prints is chosen", () => {
    const text = budgetHead() + t1("45,000,000.00.00") + t4;
    const f = only(findingsOf(parse(text)), "ambiguous-number");
    assert.deepEqual(summary(f), {
      check: "ambiguous-number", severity: "warning", file: F, line: lineOf(text, "45,000,000.00.00"), table: 1, column: "预算数",
      // Not one printed amount, so no found and no difference; expected = the chosen reading.
      found: null, expected: "45000000.00", difference: null,
    });
    assert.deepEqual(f.params.alternativesYuan, ["45000000.00", "4500000000.00"]);
    assert.equal(f.params.asPrinted, "45,000,000.00.00");
    const t4Line = text.split("\n").findIndex((l, i) => i > lineOf(text, "4、2026年") && l.includes("八、卫生健康支出")) + 1;
    assert.deepEqual(locations(f), [`subject ${F}:${lineOf(text, "45,000,000.00.00")} 预算数 -`, `peer ${F}:${t4Line} 预算数 45000000.00`]);
  });

  fires("ambiguous-number", "settled by the explanatory text", () => {
    const text = `${budgetHead()}2. 卫生健康支出（类）4,500.00 万元，主要用于医疗保障。\n\n${t1("45,000,000.00.00")}`;
    const f = only(findingsOf(parse(text)), "ambiguous-number");
    assert.deepEqual([f.severity, summary(f).expected], ["warning", "45000000.00"]);
    assert.deepEqual(locations(f)[1], `peer ${F}:${lineOf(text, "4,500.00 万元")} - 45000000.00`);
  });

  fires("ambiguous-number", "nothing else prints either reading → error, expected open", () => {
    const text = budgetHead() + t1("45,000,000.00.00");
    const f = only(findingsOf(parse(text)), "ambiguous-number");
    assert.deepEqual([f.severity, summary(f).found, summary(f).expected, summary(f).difference], ["error", null, null, null]);
  });

  it("an unsettled print is the root cause of the disagreement it reads into (cross-table)", () => {
    // Table 3 (every fund, as table 1) prints 210 as 45,000,000.01, neither reading of "45,000,000.00.00": no
    // majority, and the ambiguous cell (read provisionally as 45,000,000.00) explains the disagreement.
    const t3 = functionalTable(3, ["合计", "基本支出", "项目支出"], ["210\t\t卫生健康支出\t45,000,000.01\t\t45,000,000.01", "合计\t\t\t\t45,000,000.01\t\t45,000,000.01"]);
    const text = budgetHead() + t1("45,000,000.00.00") + t3;
    const fs = findingsOf(parse(text));
    const ambiguous = only(fs, "ambiguous-number");
    const cross = only(fs, "cross-table");
    assert.equal(ambiguous.severity, "error");
    assert.deepEqual(summary(cross), {
      check: "cross-table", severity: "error", file: F, line: lineOf(text, "45,000,000.00.00"), table: 1, column: "预算数",
      // No majority between two tables: found is the first table's reading, nothing settles expected.
      found: "45000000.00", expected: null, difference: null,
    });
    assert.deepEqual(cross.locations.map((l) => l.role), ["subject", "subject"]);
    assert.equal(cross.causeId, ambiguous.id);
  });

  it("near-miss: a plain print gives no finding", () => {
    assert.deepEqual(ofCheck(findingsOf(parse(budgetHead() + t1("45,000,000.00") + t4)), "ambiguous-number"), []);
  });

  it("a settled print is no other finding's root cause; the cell reads as the reading chosen", () => {
    // Table 3 settles "45,000,000.00.00" as 4,500,000,000.00; table 2 prints 210 as 4,400,000,000.00. Two of three
    // prints of the 类 say 4,500,000,000.00, so table 2 is at issue, and it is a root of its own.
    const big = "4,500,000,000.00";
    const text = budgetHead() + summaryTable(1, [["一、财政拨款收入", big, "八、卫生健康支出", "45,000,000.00.00"]], [big, big]) +
      functionalTable(2, ["合计", "财政拨款收入"], ["210\t\t卫生健康支出\t4,400,000,000.00\t4,400,000,000.00", "合计\t\t\t\t4,400,000,000.00\t4,400,000,000.00"]) +
      functionalTable(3, ["合计", "基本支出", "项目支出"], [`210\t\t卫生健康支出\t${big}\t${big}\t`, `合计\t\t\t\t${big}\t${big}\t`]);
    const fs = findingsOf(parse(text));
    const lei = ofCheck(fs, "cross-table").find((f) => f.params.code === null && f.params.name === "卫生健康支出");
    const t2 = text.split("\n").findIndex((l, i) => i > lineOf(text, "2、2026年") && l.includes("210\t")) + 1;
    const t3 = text.split("\n").findIndex((l, i) => i > lineOf(text, "3、2026年") && l.includes("210\t")) + 1;
    assert.deepEqual(summary(lei), {
      check: "cross-table", severity: "error", file: F, line: t2, table: 2, column: "合计",
      found: "4400000000.00", expected: "4500000000.00", difference: "-100000000.00",
    });
    assert.deepEqual(locations(lei), [
      `peer ${F}:${lineOf(text, "45,000,000.00.00")} 预算数 4500000000.00`,
      `subject ${F}:${t2} 合计 4400000000.00`,
      `peer ${F}:${t3} 合计 4500000000.00`,
    ]);
    assert.equal(lei?.causeId, null);
  });

  it("the reading chosen is the one every other check reads (here the second: 4,500,000,000.00, as table 3 prints)", () => {
    // "45,000,000.00.00" reads as 45,000,000.00 (the parser's first reading) or 4,500,000,000.00; table 3 prints the
    // second, so table 1's 卫生健康支出 agrees with table 3's 210 and no cross-table finding follows.
    const t3 = functionalTable(3, ["合计", "基本支出", "项目支出"], ["210\t\t卫生健康支出\t4,500,000,000.00\t4,500,000,000.00\t", "合计\t\t\t\t4,500,000,000.00\t4,500,000,000.00\t"]);
    const text = budgetHead() + summaryTable(1, [["一、财政拨款收入", "4,500,000,000.00", "八、卫生健康支出", "45,000,000.00.00"]], ["4,500,000,000.00", "4,500,000,000.00"]) + t3;
    const { findings, readings } = audit([parse(text)]);
    assert.deepEqual(findings.map((f) => [f.check, f.severity, summary(f).expected]), [["ambiguous-number", "warning", "4500000000.00"]]);
    // Table 3's row prints the reading twice (合计 and 基本支出): one witness per line.
    const t3Line = text.split("\n").findIndex((l, i) => i > lineOf(text, "3、2026年") && l.includes("210\t")) + 1;
    assert.deepEqual(locations(findings[0]), [`subject ${F}:${lineOf(text, "45,000,000.00.00")} 预算数 -`, `peer ${F}:${t3Line} 合计 4500000000.00`]);
    assert.deepEqual([...readings.values()].map((r) => [r.chosenFen, r.findingId]), [[450_000_000_000n, findings[0]?.id]]);
  });
});

/**
 * Tables 3 and 5 of a small department (元):
 *   208 社会保障和就业支出 2,078,910.32 = 208 05 (221,560.00 + 1,857,350.32), all 基本支出
 *   210 卫生健康支出 45,000,000.00 = 210 13 34,000,000.00 (项目) + 210 15 11,000,000.00 (基本)
 *   合计 47,078,910.32 = 13,078,910.32 基本 + 34,000,000.00 项目
 * Table 5 misprints 210 as 40,500,000.00 (−4,500,000.00); in `twoRoots` table 3 also misprints 208 05 as
 * 2,087,910.32 (+9,000.00), an independent defect.
 */
function department(options: { t5Health: string; t3Kuan208: string }): string {
  const rows = (health: string, kuan208: string, zero: string) => [
    `208\t\t社会保障和就业支出\t2,078,910.32\t2,078,910.32\t${zero}`,
    `208\t05\t行政事业单位养老支出\t${kuan208}\t2,078,910.32\t${zero}`,
    `208\t05\t01 行政单位离退休\t221,560.00\t221,560.00\t${zero}`,
    `208\t05\t05 机关事业单位基本养老保险缴费支出\t1,857,350.32\t1,857,350.32\t${zero}`,
    `210\t\t卫生健康支出\t${health}\t11,000,000.00\t34,000,000.00`,
    `210\t13\t医疗救助\t34,000,000.00\t${zero}\t34,000,000.00`,
    `210\t13\t01 城乡医疗救助\t34,000,000.00\t${zero}\t34,000,000.00`,
    `210\t15\t医疗保障管理事务\t11,000,000.00\t11,000,000.00\t${zero}`,
    `210\t15\t01\t行政运行\t11,000,000.00\t11,000,000.00\t${zero}`,
    "合计\t\t\t\t47,078,910.32\t13,078,910.32\t34,000,000.00",
  ];
  const columns = ["合计", "基本支出", "项目支出"];
  return [
    budgetHead(),
    "2026 年部门预算编制说明\n\n财政拨款支出主要内容如下：\n\n",
    "1. 社会保障和就业支出（类）207.89 万元，主要用于社会保障。\n",
    "2. 卫生健康支出（类）4,500.00 万元，主要用于医疗保障。\n\n",
    functionalTable(3, columns, rows("45,000,000.00", options.t3Kuan208, "")),
    functionalTable(5, columns, rows(options.t5Health, "2,078,910.32", "0.00")),
  ].join("");
}

describe("sums, cross-table and the root cause of a misprinted 类", () => {
  const text = department({ t5Health: "40,500,000.00", t3Kuan208: "2,087,910.32" });
  const fs = findingsOf(parse(text));
  const t5Line = (needle: string) => text.split("\n").findIndex((l, i) => i > lineOf(text, "5、2026年") && l.includes(needle)) + 1;
  const t3Line = (needle: string) => text.split("\n").findIndex((l, i) => i > lineOf(text, "3、2026年") && l.includes(needle)) + 1;
  const health = t5Line("卫生健康支出");
  const kuan208 = t3Line("行政事业单位养老支出");
  const root = fs.find((f) => f.check === "children-sum" && summary(f).line === health);
  const rootB = fs.find((f) => f.check === "children-sum" && summary(f).line === kuan208);

  fires("children-sum", "a 类 ≠ Σ its 款 (table 5, 210)", () => {
    assert.deepEqual(summary(root), {
      check: "children-sum", severity: "error", file: F, line: health, table: 5, column: "合计",
      found: "40500000.00", expected: "45000000.00", difference: "-4500000.00", // 34,000,000.00 + 11,000,000.00
    });
    assert.deepEqual(root?.params, { tableNo: 5, code: "210", name: "卫生健康支出", isTotal: false, column: "合计", partCount: 2 });
    assert.equal(root?.causeId, null, "the misprint is a root");
  });

  it("children-sum: the 合计 row against its 类, a knock-on of 210", () => {
    const total = fs.find((f) => f.check === "children-sum" && summary(f).line === t5Line("合计\t\t\t\t"));
    assert.deepEqual(summary(total), {
      check: "children-sum", severity: "error", file: F, line: t5Line("合计\t\t\t\t"), table: 5, column: "合计",
      found: "47078910.32", expected: "42578910.32", difference: "4500000.00", // 2,078,910.32 + 40,500,000.00
    });
    assert.equal(total?.params.isTotal, true);
    assert.equal(total?.causeId, root?.id);
  });

  fires("row-sum", "210's 合计 ≠ 基本支出 + 项目支出, a knock-on of 210", () => {
    const f = fs.find((x) => x.check === "row-sum" && summary(x).line === health);
    assert.deepEqual(summary(f), {
      check: "row-sum", severity: "error", file: F, line: health, table: 5, column: "合计",
      found: "40500000.00", expected: "45000000.00", difference: "-4500000.00", // 11,000,000.00 + 34,000,000.00
    });
    assert.deepEqual(f?.params.parts, ["基本支出", "项目支出"]);
    assert.equal(f?.causeId, root?.id);
  });

  fires("cross-table", "210 in tables 3 and 5: no majority, pinned on the cell that disagrees with its own parts", () => {
    const f = fs.find((x) => x.check === "cross-table" && x.params.code === "210");
    assert.deepEqual(summary(f), {
      check: "cross-table", severity: "error", file: F, line: health, table: 5, column: "合计",
      found: "40500000.00", expected: "45000000.00", difference: "-4500000.00",
    });
    assert.deepEqual(locations(f), [`peer ${F}:${t3Line("卫生健康支出")} 合计 45000000.00`, `subject ${F}:${health} 合计 40500000.00`]);
    assert.deepEqual(f?.params.tables, [3, 5]);
    assert.equal(f?.causeId, root?.id);
  });

  fires("narrative-vs-table", "the text's 4,500.00 万元 against table 5's misprinted 210 → warning, a knock-on", () => {
    const f = only(fs, "narrative-vs-table");
    assert.deepEqual(summary(f), {
      check: "narrative-vs-table", severity: "warning", file: F, line: lineOf(text, "4,500.00 万元"), table: null, column: null,
      found: "45000000.00", expected: "40500000.00", difference: "4500000.00",
    });
    assert.equal(f.params.consistentAtPrecision, false);
    assert.equal(f.causeId, root?.id, "the text agrees with 210's parts: the table is at fault");
  });

  it("the independent misprint of 208 05 in table 3 is a second root with its own knock-ons", () => {
    assert.deepEqual(summary(rootB), {
      check: "children-sum", severity: "error", file: F, line: kuan208, table: 3, column: "合计",
      found: "2087910.32", expected: "2078910.32", difference: "9000.00", // 221,560.00 + 1,857,350.32
    });
    assert.equal(rootB?.causeId, null);
    const lei208 = fs.find((f) => f.check === "children-sum" && summary(f).line === t3Line("社会保障和就业支出"));
    assert.deepEqual([summary(lei208).found, summary(lei208).expected, summary(lei208).difference], ["2078910.32", "2087910.32", "-9000.00"]);
    const cross = fs.find((f) => f.check === "cross-table" && f.params.code === "20805");
    assert.deepEqual([summary(cross).line, summary(cross).found, summary(cross).expected], [kuan208, "2087910.32", "2078910.32"]);
    const rowSum = fs.find((f) => f.check === "row-sum" && summary(f).line === kuan208);
    for (const knockOn of [lei208, cross, rowSum]) assert.equal(knockOn?.causeId, rootB?.id, JSON.stringify(summary(knockOn)));
  });

  it("groups all nine findings under exactly the two roots", () => {
    assert.equal(fs.length, 9, fs.map((f) => JSON.stringify(summary(f))).join("\n"));
    assert.deepEqual(new Set(fs.map((f) => f.causeId ?? f.id)), new Set([root?.id, rootB?.id]));
  });

  it("near-miss: the same department printed right gives no finding at all (and 207.89 万元 agrees with 2,078,910.32 元)", () => {
    assert.deepEqual(findingsOf(parse(department({ t5Health: "45,000,000.00", t3Kuan208: "2,078,910.32" }))).map((f) => summary(f)), []);
  });
});

describe("cross-table compares tables of the same funds", () => {
  // 9,501,200.00 of 一般公共预算 plus 2,620,000.00 of 事业收入: tables 2 and 3 (every fund) say 12,121,200.00,
  // table 5 (一般公共预算 only) 9,501,200.00. That is no defect.
  const rows = (amount: string) => [`210\t\t卫生健康支出\t${amount}\t${amount}\t`, `合计\t\t\t\t${amount}\t${amount}\t`];
  const doc = (t5: string) =>
    budgetHead() +
    functionalTable(2, ["合计", "财政拨款收入"], rows("12,121,200.00").map((r) => r.replace(/\t$/, ""))) +
    functionalTable(3, ["合计", "基本支出", "项目支出"], rows("12,121,200.00")) +
    functionalTable(5, ["合计", "基本支出", "项目支出"], rows(t5));

  it("does not compare table 5 (一般公共预算) with tables 2 and 3 (every fund) when the totals show other funds", () => {
    assert.deepEqual(ofCheck(findingsOf(parse(doc("9,501,200.00"))), "cross-table"), []);
  });
  it("compares them when the totals show the funds are the same, and then a misprint fires", () => {
    const fs = findingsOf(parse(budgetHead() + functionalTable(3, ["合计", "基本支出", "项目支出"], [
      "210\t\t卫生健康支出\t12,121,200.00\t12,121,200.00\t", "221\t\t住房保障支出\t1.00\t1.00\t", "合计\t\t\t\t12,121,201.00\t12,121,201.00\t",
    ]) + functionalTable(5, ["合计", "基本支出", "项目支出"], [
      "210\t\t卫生健康支出\t12,121,201.00\t12,121,201.00\t", "221\t\t住房保障支出\t0.00\t0.00\t", "合计\t\t\t\t12,121,201.00\t12,121,201.00\t",
    ])));
    assert.deepEqual(ofCheck(fs, "cross-table").map((f) => [f.params.code, f.params.funds]), [["210", "all"], ["221", "all"]]);
  });
});

describe("table 4 (财政拨款收支预算总表): its 一般公共预算 column and its 支出 side's row sums", () => {
  // 卫生健康支出: 合计 50,000,000.00 = 一般公共预算 45,000,000.00 + 政府性基金预算 `fund` (5,000,000.00 when right).
  const t4 = (fund: string) =>
    [
      "4、2026年部门财政拨款收支预算总表", "", "单位：元", "",
      "财政拨款收入\t\t财政拨款支出\t\t\t",
      "项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算",
      `一、一般公共预算资金\t45,000,000.00\t八、卫生健康支出\t50,000,000.00\t45,000,000.00\t${fund}`,
      "二、政府性基金\t5,000,000.00\t\t\t\t",
      "收入总计\t50,000,000.00\t支出总计\t50,000,000.00\t45,000,000.00\t5,000,000.00",
      "", "",
    ].join("\n");
  // Table 5 alone (no table 3): only 一般公共预算, so it is compared with table 4's 一般公共预算 column, not its 合计.
  const t5 = (health: string) => functionalTable(5, ["合计", "基本支出", "项目支出"], [`210\t\t卫生健康支出\t${health}\t${health}\t0.00`, `合计\t\t\t\t${health}\t${health}\t0.00`]);

  it("cross-table: table 5's 210 against table 4's 一般公共预算 column (45,000,000.00 against 44,000,000.00: no majority)", () => {
    const text = budgetHead() + t4("5,000,000.00") + t5("44,000,000.00");
    const f = only(findingsOf(parse(text)), "cross-table");
    assert.deepEqual(locations(f), [
      `subject ${F}:${lineOf(text, "八、卫生健康支出")} 一般公共预算 45000000.00`,
      `subject ${F}:${lineOf(text, "210\t")} 合计 44000000.00`,
    ]);
    assert.deepEqual([summary(f).found, summary(f).expected, f.params.funds, f.params.tables, f.params.code, f.params.name], ["45000000.00", null, "general-public", [4, 5], null, "卫生健康支出"]);
  });

  it("near-miss: table 5 prints table 4's 一般公共预算 figure (45,000,000.00), not its 合计", () => {
    assert.deepEqual(findingsOf(parse(budgetHead() + t4("5,000,000.00") + t5("45,000,000.00"))), []);
  });

  it("row-sum on the 支出 side: 合计 50,000,000.00 ≠ 45,000,000.00 + 4,000,000.00", () => {
    const text = budgetHead() + t4("4,000,000.00");
    const f = only(findingsOf(parse(text)), "row-sum");
    assert.deepEqual(summary(f), {
      check: "row-sum", severity: "error", file: F, line: lineOf(text, "八、卫生健康支出"), table: 4, column: "合计",
      found: "50000000.00", expected: "49000000.00", difference: "1000000.00",
    });
    assert.deepEqual([f.params.side, f.params.parts], ["支出", ["一般公共预算", "政府性基金预算"]]);
  });
});

describe("row-sum applies to tables whose first column is 合计 and that have parts", () => {
  // Table 2 as some units print it: one row under 210, all columns written out by hand.
  const t2 = (columns: string[], cells: string[]) =>
    budgetHead() +
    functionalTable(2, columns, [
      `210\t\t卫生健康支出\t${cells.join("\t")}`,
      `210\t15\t医疗保障管理事务\t${cells.join("\t")}`,
      `合计\t\t\t\t${cells.join("\t")}`,
    ]);

  it("a table with only a 合计 column has no parts to add up: no finding", () => {
    assert.deepEqual(findingsOf(parse(t2(["合计"], ["5,000,000.00"]))).map((f) => summary(f)), []);
  });

  it("a table whose first column is not 合计 is not a row sum: no finding", () => {
    assert.deepEqual(findingsOf(parse(t2(["财政拨款收入", "事业收入"], ["5,000,000.00", "1,000,000.00"]))).map((f) => summary(f)), []);
  });

  it("two columns, 合计 and one part: 合计 5,000,000.00 ≠ 财政拨款收入 4,000,000.00 on each of the three rows", () => {
    const text = t2(["合计", "财政拨款收入"], ["5,000,000.00", "4,000,000.00"]);
    const sums = ofCheck(findingsOf(parse(text)), "row-sum");
    assert.deepEqual(
      sums.map((f) => [summary(f).line, summary(f).found, summary(f).expected, summary(f).difference]),
      ["卫生健康支出", "医疗保障管理事务", "合计\t\t\t\t"].map((needle) => [lineOf(text, needle), "5000000.00", "4000000.00", "1000000.00"]),
    );
  });
});

describe("children-sum matches a 项 to its 款 by 类 and 款", () => {
  // 款 01 exists under both 208 and 210; each 项 belongs only to its own 类's 款.
  const t5 = budgetHead() +
    functionalTable(5, ["合计", "基本支出", "项目支出"], [
      "208\t\t社会保障和就业支出\t300.00\t300.00\t0.00",
      "208\t01\t人力资源和社会保障管理事务\t300.00\t300.00\t0.00",
      "208\t01\t01\t行政运行\t300.00\t300.00\t0.00",
      "210\t\t卫生健康支出\t200.00\t200.00\t0.00",
      "210\t01\t卫生健康管理事务\t200.00\t200.00\t0.00",
      "210\t01\t01\t行政运行\t200.00\t200.00\t0.00",
      "合计\t\t\t\t500.00\t500.00\t0.00",
    ]);

  it("near-miss: 208 01 = 208 01 01 (300.00) and 210 01 = 210 01 01 (200.00), though both 款 are 01", () => {
    // Matched by 款 alone, each 款 would be summed as 300.00 + 200.00 = 500.00.
    assert.deepEqual(findingsOf(parse(t5)).map((f) => summary(f)), []);
  });
});

describe("cross-table majority", () => {
  // 210 15 01 行政运行 is 11,000,000.00 in tables 3 and 5 but 11,001,000.00 in table 2.
  const tree = (leaf: string, zero: string) => [
    `210\t\t卫生健康支出\t11,000,000.00\t11,000,000.00\t${zero}`,
    `210\t15\t医疗保障管理事务\t11,000,000.00\t11,000,000.00\t${zero}`,
    `210\t15\t01\t行政运行\t${leaf}\t${leaf}\t${zero}`,
    `合计\t\t\t\t11,000,000.00\t11,000,000.00\t${zero}`,
  ];
  const document = (t2Leaf: string) =>
    budgetHead() +
    functionalTable(2, ["合计", "财政拨款收入"], tree(t2Leaf, "").map((r) => r.replace(/\t$/, ""))) +
    functionalTable(3, ["合计", "基本支出", "项目支出"], tree("11,000,000.00", "")) +
    functionalTable(5, ["合计", "基本支出", "项目支出"], tree("11,000,000.00", "0.00"));

  it("two tables against one: the odd one is the subject and the majority is expected", () => {
    const text = document("11,001,000.00");
    const fs = findingsOf(parse(text));
    const t2Leaf = text.split("\n").findIndex((l, i) => i > lineOf(text, "2、2026年") && l.includes("行政运行")) + 1;
    const f = only(fs, "cross-table");
    assert.deepEqual(summary(f), {
      check: "cross-table", severity: "error", file: F, line: t2Leaf, table: 2, column: "合计",
      found: "11001000.00", expected: "11000000.00", difference: "1000.00",
    });
    assert.deepEqual(f.locations.map((l) => [l.role, l.tableNo]), [["subject", 2], ["peer", 3], ["peer", 5]]);
    assert.deepEqual([f.params.code, f.params.distinctValues], ["2101501", 2]);
    // The 款 above it no longer adds up in table 2 (both columns; the second is a knock-on of the first).
    const sums = ofCheck(fs, "children-sum");
    assert.deepEqual(sums.map((s) => [summary(s).column, summary(s).found, summary(s).expected, summary(s).difference]), [
      ["合计", "11000000.00", "11001000.00", "-1000.00"],
      ["财政拨款收入", "11000000.00", "11001000.00", "-1000.00"],
    ]);
    assert.equal(sums[1]?.causeId, sums[0]?.id);
  });

  it("near-miss: all three tables agree", () => {
    assert.deepEqual(findingsOf(parse(document("11,000,000.00"))).map((f) => summary(f)), []);
  });
});

describe("summary tables", () => {
  const t9 = table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]);

  fires("totals-balance", "支出总计 12.00 against 收入总计 10.00", () => {
    const text = budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00"]], ["10.00", "12.00"]);
    const f = only(findingsOf(parse(text)), "totals-balance");
    assert.deepEqual(summary(f), {
      check: "totals-balance", severity: "error", file: F, line: lineOf(text, "收入总计"), table: 1, column: "预算数",
      found: "12.00", expected: "10.00", difference: "2.00",
    });
    assert.deepEqual(f.locations.map((l) => [l.role, l.amountFen]), [["subject", 1200n], ["peer", 1000n]]);
  });

  it("totals-balance near-miss: the totals balance", () => {
    const text = budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00"]], ["10.00", "10.00"]);
    assert.deepEqual(findingsOf(parse(text)), []);
  });

  fires("table-truncated", "table 1 without its 总计 row", () => {
    const text = budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00"]], null) + t9;
    const f = only(findingsOf(parse(text)), "table-truncated");
    const title = lineOf(text, "1、2026年");
    const last = lineOf(text, "一、财政拨款收入");
    assert.deepEqual([f.severity, f.amounts], ["error", null]);
    assert.deepEqual(f.locations.map((l) => [l.role, l.line, l.tableNo]), [["subject", title, 1], ["subject", last, 1]]);
    assert.deepEqual([f.params.missingIncome, f.params.missingExpense, f.params.endLine], [true, true, last]);
  });

  it("table-truncated: only the 支出总计 missing is named", () => {
    const text = `${budgetHead()}${summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00"]], null).trimEnd()}\n收入总计\t10.00\t\t\n\n${t9}`;
    const f = only(findingsOf(parse(text)), "table-truncated");
    assert.deepEqual([f.params.missingIncome, f.params.missingExpense], [false, true]);
  });

  it("table-truncated near-miss: both totals printed", () => {
    const text = budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00"]], ["10.00", "10.00"]) + t9;
    assert.deepEqual(findingsOf(parse(text)), []);
  });
});

describe("contents and years", () => {
  const toc = (year6: number) => `目 录\n\n 6. ${year6} 年部门政府性基金预算支出功能分类预算表\n\n 9. 2026 年部门“三公”经费和机关运行经费预算表\n\n六、其他相关情况说明\n\n`;
  const t6 = (titleYear: string, noteYear: number) =>
    `6、${titleYear}部门政府性基金预算支出功能分类预算表\n\n单位：元\n\n备注：本部门 ${noteYear} 年无政府性基金预算财政拨款支出，故本表无数据。\n\n`;
  const t9 = table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]);

  fires("table-missing", "the contents list table 6, the body has no table 6", () => {
    const text = budgetHead() + toc(2026) + t9;
    const f = only(findingsOf(parse(text)), "table-missing");
    assert.deepEqual([f.severity, f.amounts, f.params.tableNo, f.params.title], ["error", null, 6, "6. 2026 年部门政府性基金预算支出功能分类预算表"]);
    assert.deepEqual(f.locations.map((l) => [l.role, l.line, l.tableNo]), [["subject", lineOf(text, " 6. 2026"), 6]]);
  });

  it("table-missing near-miss: a table printed empty with its note counts as present", () => {
    assert.deepEqual(findingsOf(parse(budgetHead() + toc(2026) + t6("2026年", 2026) + t9)), []);
  });

  fires("year-mismatch", "2025 in the contents, the title and the note of a 2026 document", () => {
    const text = budgetHead() + toc(2025) + t6("2025年", 2025) + t9;
    const fs = ofCheck(findingsOf(parse(text)), "year-mismatch");
    assert.deepEqual(
      fs.map((f) => [f.severity, f.params.where, summary(f).line, f.params.printedYear, f.params.documentYear]),
      [
        ["warning", "contents", lineOf(text, " 6. 2025"), 2025, 2026],
        ["warning", "title", lineOf(text, "6、2025年"), 2025, 2026],
        ["warning", "note", lineOf(text, "备注："), 2025, 2026],
      ],
    );
  });

  it("year-mismatch near-miss: a title printed without a year", () => {
    assert.deepEqual(findingsOf(parse(budgetHead() + toc(2026) + t6("", 2026) + t9)), []);
  });

  it("year-mismatch near-miss: a contents entry and a note printed without a year", () => {
    const text = budgetHead() + toc(2026).replace(" 6. 2026 年", " 6. ") + t6("2026年", 2026).replace("本部门 2026 年无", "本部门无") + t9;
    const doc = parse(text);
    assert.deepEqual([doc.toc[0]?.year, doc.tables[0]?.note?.year], [null, null], "the fragment prints no year there");
    assert.deepEqual(findingsOf(doc), []);
  });
});

describe("table 9", () => {
  const t9 = (cells: string[]) => budgetHead() + table9(cells);
  // Table 8 with 302 17 公务接待费 and, where given, 302 99 (元); the 302 and 合计 totals are written out by hand.
  const t8 = (reception: string, other: string | null, publicTotal: string) =>
    economicTable([
      `302\t\t商品和服务支出\t${publicTotal}\t0.00\t${publicTotal}`,
      `302\t17\t公务接待费\t${reception}\t0.00\t${reception}`,
      ...(other === null ? [] : [`302\t99\t其他商品和服务支出\t${other}\t0.00\t${other}`]),
      `合计\t\t\t${publicTotal}\t0.00\t${publicTotal}`,
    ]);

  it("children-sum in table 8 (经济分类): 302 prints 20,000.00, its only 款 302 17 10,050.00", () => {
    const text = budgetHead() + t8("10,050.00", null, "20,000.00");
    const sums = ofCheck(findingsOf(parse(text)), "children-sum");
    assert.deepEqual(sums.map((f) => [summary(f).line, summary(f).table, summary(f).column, summary(f).found, summary(f).expected, summary(f).difference]), [
      [lineOf(text, "商品和服务支出"), 8, "合计", "20000.00", "10050.00", "9950.00"],
      [lineOf(text, "商品和服务支出"), 8, "公用经费", "20000.00", "10050.00", "9950.00"],
    ]);
    assert.equal(sums[1]?.causeId, sums[0]?.id, "the same row in its next column");
  });

  fires("three-public-sum", "合计 2.00 ≠ 0.00 + 1.00 + 0.00 万元", () => {
    const text = t9(["2.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]);
    const f = only(findingsOf(parse(text)), "three-public-sum");
    assert.deepEqual(summary(f), {
      check: "three-public-sum", severity: "error", file: F, line: lineOf(text, "168.98"), table: 9, column: "“三公”经费预算数 / 合计",
      found: "20000.00", expected: "10000.00", difference: "10000.00",
    });
    assert.deepEqual([f.metric, f.params.whole, f.params.parts], ["three-public", "total", ["abroad", "reception", "vehicles"]]);
    // Each location carries the amount printed there, which the audit page shows beside it.
    const line = lineOf(text, "168.98");
    assert.deepEqual(locations(f), [
      `subject ${F}:${line} “三公”经费预算数 / 合计 20000.00`,
      `part ${F}:${line} 因公出国(境)费 0.00`,
      `part ${F}:${line} 公务接待费 10000.00`,
      `part ${F}:${line} 公务用车购置及运行费 / 小计 0.00`,
    ]);
  });

  fires("three-public-sum", "小计 2.50 ≠ 购置费 1.00 + 运行费 1.00 万元", () => {
    const f = only(findingsOf(parse(t9(["3.50", "0.00", "1.00", "2.50", "1.00", "1.00", "168.98"]))), "three-public-sum");
    assert.deepEqual([summary(f).found, summary(f).expected, summary(f).difference, f.params.whole], ["25000.00", "20000.00", "5000.00", "vehicles"]);
  });

  it("three-public-sum near-miss: parts add up (blank cells count as nothing)", () => {
    assert.deepEqual(findingsOf(parse(t9(["3.50", "0.00", "1.00", "2.50", "1.50", "1.00", "168.98"]))), []);
    assert.deepEqual(findingsOf(parse(t9(["1.00", "", "1.00", "", "", "", "168.98"]))), []);
    // A blank 小计 is not checked against its 购置费 (no vehicles rule without a 小计).
    assert.deepEqual(findingsOf(parse(t9(["1.00", "0.00", "1.00", "", "1.00", "", "168.98"]))), []);
  });

  fires("reception-vs-economic", "1.00 万元 against 302 17's 10,050.00 元, which prints as 1.01 万元", () => {
    const text = budgetHead() + t8("10,050.00", null, "10,050.00") + table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "1.01"]);
    const f = only(findingsOf(parse(text)), "reception-vs-economic");
    assert.deepEqual(summary(f), {
      check: "reception-vs-economic", severity: "warning", file: F, line: lineOf(text, "\t1.01\t"), table: 9, column: "公务接待费",
      found: "10000.00", expected: "10050.00", difference: "-50.00",
    });
    assert.deepEqual(locations(f)[1], `peer ${F}:${lineOf(text, "302\t17")} 合计 10050.00`);
    assert.equal(f.metric, "three-public");
  });

  it("reception-vs-economic near-miss: 10,049.99 元 prints as 1.00 万元", () => {
    const text = budgetHead() + t8("10,049.99", null, "10,049.99") + table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "1.00"]);
    assert.deepEqual(findingsOf(parse(text)), []);
  });

  fires("operating-vs-public", "168.98 万元 against a 公用经费 total of 1,689,850.00 元 (168.99 万元)", () => {
    const text = budgetHead() + t8("10,050.00", "1,679,800.00", "1,689,850.00") + table9(["1.01", "0.00", "1.01", "0.00", "0.00", "0.00", "168.98"]);
    const f = only(findingsOf(parse(text)), "operating-vs-public");
    assert.deepEqual(summary(f), {
      check: "operating-vs-public", severity: "info", file: F, line: lineOf(text, "168.98"), table: 9, column: "机关运行经费预算数",
      found: "1689800.00", expected: "1689850.00", difference: "-50.00",
    });
    assert.deepEqual(locations(f)[1], `peer ${F}:${lineOf(text, "合计\t\t\t1,689,850.00")} 公用经费 1689850.00`);
    assert.equal(f.metric, "operating-expenses");
  });

  it("operating-vs-public near-miss: 1,689,849.99 元 prints as 168.98 万元", () => {
    const text = budgetHead() + t8("10,050.00", "1,679,799.99", "1,689,849.99") + table9(["1.01", "0.00", "1.01", "0.00", "0.00", "0.00", "168.98"]);
    assert.deepEqual(findingsOf(parse(text)), []);
  });
});

describe("narrative-vs-table severities", () => {
  const doc = (sentence: string, cells = ["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"], extra = "") =>
    `${budgetHead()}其他相关情况说明\n\n${sentence}\n\n${extra}${table9(cells)}`;

  it("a slip of one unit in the last printed digit is info (三公 1.01 against 1.00 万元)", () => {
    const text = doc("2026年，本部门“三公”经费预算数为1.01万元，与2025年预算持平。");
    const f = only(findingsOf(parse(text)), "narrative-vs-table");
    assert.deepEqual(summary(f), {
      check: "narrative-vs-table", severity: "info", file: F, line: lineOf(text, "1.01万元"), table: null, column: null,
      found: "10100.00", expected: "10000.00", difference: "100.00",
    });
    assert.deepEqual([f.metric, f.params.targetTable, f.params.targetPart, f.params.consistentAtPrecision, f.params.metricReadsTarget], ["three-public", 9, "total", false, true]);
    assert.equal(f.params.finer, "table", "both print two decimals");
  });

  it("two units in the last digit is a warning (1.02 against 1.00 万元)", () => {
    const f = only(findingsOf(parse(doc("2026年，本部门“三公”经费预算数为1.02万元，与2025年预算持平。"))), "narrative-vs-table");
    assert.deepEqual([f.severity, summary(f).difference], ["warning", "200.00"]);
  });

  it("agreement at the coarser print is info (168.98 万元 against 169 万元)", () => {
    const text = doc("2026年，本部门财政拨款的机关运行经费预算168.98万元，比上年预算增加5.77万元。", ["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "169"]);
    const f = only(findingsOf(parse(text)), "narrative-vs-table");
    assert.deepEqual(summary(f), {
      check: "narrative-vs-table", severity: "info", file: F, line: lineOf(text, "168.98万元"), table: null, column: null,
      found: "1689800.00", expected: "1690000.00", difference: "-200.00",
    });
    assert.deepEqual([f.metric, f.params.targetPart, f.params.consistentAtPrecision, f.params.finer], ["operating-expenses", "operating", true, "text"]);
  });

  it("disagreement at the coarser print is a warning (167.98 万元 against 169 万元)", () => {
    const f = only(findingsOf(parse(doc("2026年，本部门财政拨款的机关运行经费预算167.98万元。", ["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "169"]))), "narrative-vs-table");
    assert.deepEqual([f.severity, f.params.consistentAtPrecision, summary(f).difference], ["warning", false, "-10200.00"]); // 1,679,800.00 − 1,690,000.00
  });

  it("table 8's 公用经费 total is named as a witness where it supports the text's 机关运行经费", () => {
    const t8 = economicTable(["302\t\t商品和服务支出\t1,689,900.00\t0.00\t1,689,900.00", "302\t01\t办公费\t1,689,900.00\t0.00\t1,689,900.00", "合计\t\t\t1,689,900.00\t0.00\t1,689,900.00"]);
    const text = doc("2026年，本部门财政拨款的机关运行经费预算168.99万元。", undefined, t8);
    const fs = findingsOf(parse(text));
    const f = only(fs, "narrative-vs-table");
    assert.deepEqual([f.severity, summary(f).found, summary(f).expected], ["info", "1689900.00", "1689800.00"]);
    assert.deepEqual(locations(f), [
      `subject ${F}:${lineOf(text, "168.99万元")} - 1689900.00`,
      `peer ${F}:${lineOf(text, "168.98")} - 1689800.00`,
      `peer ${F}:${lineOf(text, "合计\t\t\t1,689,900.00")} 公用经费 1689900.00`,
    ]);
    // Table 9's own 168.98 disagrees with the same total: reported as well.
    assert.deepEqual(summary(only(fs, "operating-vs-public")).difference, "-100.00");
  });

  it("near-miss: the text prints table 9's figure", () => {
    assert.deepEqual(findingsOf(parse(doc("2026年，本部门“三公”经费预算数为1.00万元，与2025年预算持平。其中：公务接待费1.00万元。"))), []);
  });
});

describe("narrative-vs-table: which table figure each kind of sentence is compared with", () => {
  // One small department (元): tables 3 and 5 print 210 卫生健康支出 = 210 15 = 210 15 01 行政运行 = 100.00
  // (基本 60.00, 项目 40.00); table 1 prints 收入总计 100.00 and 支出总计 99.00 (so the two sides can be told apart);
  // table 8 prints 302 商品和服务支出 = 302 01 办公费 = 合计 = 60.00, all 公用经费. Each sentence states another amount,
  // so each names its target in a warning.
  const tree = [
    "210\t\t卫生健康支出\t100.00\t60.00\t40.00",
    "210\t15\t医疗保障管理事务\t100.00\t60.00\t40.00",
    "210\t15\t01\t行政运行\t100.00\t60.00\t40.00",
    "合计\t\t\t\t100.00\t60.00\t40.00",
  ];
  const sentences = [
    "本部门 收入预算为 101.00 元。", // the space is not part of the subject
    "本单位预算支出总计为 102.00 元。",
    "一般公共预算拨款支出预算为 103.00 元。",
    "本部门一般公共预算财政拨款基本支出总额为 104.00 元。",
    "基本支出为 61.00 元。",
    "项目支出为 41.00 元。",
    "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）105.00 元。",
    "卫生健康支出（类）医疗保障管理事务（款）106.00 元。",
    "卫生健康支出（类）医疗保障管理事务（款）支出 107.00 元。",
    "卫生健康支出（类）108.00 元。",
    "“卫生健康支出”科目 109.00 元。",
    "卫生健康支出 110.00 元。",
  ];
  const text = [
    budgetHead(), "部门预算编制说明\n", ...sentences, "",
    "一般公共预算基本支出情况说明\n", "商品和服务支出（类）办公费（款）63.00 元。", "商品和服务支出（类）62.00 元。", "",
    summaryTable(1, [["一、财政拨款收入", "100.00", "八、卫生健康支出", "100.00"]], ["100.00", "99.00"]),
    functionalTable(3, ["合计", "基本支出", "项目支出"], tree),
    functionalTable(5, ["合计", "基本支出", "项目支出"], tree),
    economicTable(["302\t\t商品和服务支出\t60.00\t0.00\t60.00", "302\t01\t办公费\t60.00\t0.00\t60.00", "合计\t\t\t60.00\t0.00\t60.00"]),
  ].join("\n");
  const after = (table: string, needle: string) => text.split("\n").findIndex((l, i) => i > lineOf(text, table) && l.includes(needle)) + 1;
  const t1 = lineOf(text, "收入总计");
  const t3Total = after("3、2026年", "合计\t\t\t");
  const t5 = (needle: string) => after("5、2026年", needle);
  const t8 = (needle: string) => after("8、2026年", needle);

  it("each sentence against its table line and column, found − expected as printed", () => {
    const fs = ofCheck(findingsOf(parse(text)), "narrative-vs-table");
    assert.deepEqual(
      fs.map((f) => [summary(f).line, f.severity, summary(f).found, summary(f).expected, f.params.targetTable, f.params.targetName, f.params.targetColumn, locations(f)[1]]),
      [
        [lineOf(text, "101.00"), "warning", "101.00", "100.00", 1, "收入总计", "预算数", `peer ${F}:${t1} 预算数 100.00`],
        [lineOf(text, "102.00"), "warning", "102.00", "99.00", 1, "支出总计", "预算数", `peer ${F}:${t1} 预算数 99.00`],
        [lineOf(text, "103.00"), "warning", "103.00", "100.00", 5, "合计", "合计", `peer ${F}:${t5("合计\t\t\t")} 合计 100.00`],
        [lineOf(text, "104.00"), "warning", "104.00", "60.00", 8, "合计", "合计", `peer ${F}:${t8("合计\t\t\t")} 合计 60.00`],
        [lineOf(text, "61.00"), "warning", "61.00", "60.00", 3, "合计", "基本支出", `peer ${F}:${t3Total} 基本支出 60.00`],
        [lineOf(text, "41.00"), "warning", "41.00", "40.00", 3, "合计", "项目支出", `peer ${F}:${t3Total} 项目支出 40.00`],
        [lineOf(text, "105.00"), "warning", "105.00", "100.00", 5, "行政运行", "合计", `peer ${F}:${t5("行政运行")} 合计 100.00`],
        [lineOf(text, "106.00"), "warning", "106.00", "100.00", 5, "医疗保障管理事务", "合计", `peer ${F}:${t5("医疗保障管理事务")} 合计 100.00`],
        [lineOf(text, "107.00"), "warning", "107.00", "100.00", 5, "医疗保障管理事务", "合计", `peer ${F}:${t5("医疗保障管理事务")} 合计 100.00`],
        [lineOf(text, "108.00"), "warning", "108.00", "100.00", 5, "卫生健康支出", "合计", `peer ${F}:${t5("卫生健康支出")} 合计 100.00`],
        [lineOf(text, "109.00"), "warning", "109.00", "100.00", 5, "卫生健康支出", "合计", `peer ${F}:${t5("卫生健康支出")} 合计 100.00`],
        [lineOf(text, "110.00"), "warning", "110.00", "100.00", 5, "卫生健康支出", "合计", `peer ${F}:${t5("卫生健康支出")} 合计 100.00`],
        // Under a 基本支出 heading a 款 or 类 is an economic line of table 8.
        [lineOf(text, "63.00"), "warning", "63.00", "60.00", 8, "办公费", "合计", `peer ${F}:${t8("办公费")} 合计 60.00`],
        [lineOf(text, "62.00"), "warning", "62.00", "60.00", 8, "商品和服务支出", "合计", `peer ${F}:${t8("商品和服务支出")} 合计 60.00`],
      ],
    );
  });

  it("the other ways each kind of sentence is printed, and near misses that name no table figure", () => {
    const variants = [
      "本单位收入为 111.00 元。", // 收入, no 预算, no 预算/总计 after it: table 1's 收入总计
      "本部门预算收入总计为 112.00 元。",
      "支出预算为 113.00 元。", // 支出 without 本部门: table 1's 支出总计
      "本单位支出为 132.00 元。", // 支出 with nothing after it: table 1's 支出总计
      "本部门一般公共预算财政拨款支出为 114.00 元。", // table 5's 合计
      "本单位一般公共预算财政拨款基本支出总额为 115.00 元。", // table 8's 合计
      "“卫生健康支出”（类）116.00 元。", // a quoted 类, and a bare 类 with 科目: table 5's 210
      "卫生健康支出科目 117.00 元。",
      // Near misses: each subject only begins or ends like a kind above.
      "上年基本支出为 118.00 元。",
      "基本支出中人员经费为 119.00 元。",
      "当年项目支出为 120.00 元。",
      "项目支出预算执行数为 121.00 元。",
      "其他本部门收入为 122.00 元。",
      "本部门收入预算执行为 123.00 元。",
      "本部门支出预算执行为 124.00 元。",
      "全部门一般公共预算财政拨款支出为 125.00 元。",
      "上年本部门一般公共预算财政拨款支出为 129.00 元。",
      "本部门一般公共预算财政拨款支出预算执行为 130.00 元。",
      "上年本部门一般公共预算财政拨款基本支出总额为 131.00 元。",
      "本部门一般公共预算财政拨款基本支出总额合计为 126.00 元。",
      "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）支出 127.00 元。",
      "卫生健康支出（类）医疗保障管理事务（款）支出合计 128.00 元。",
    ];
    const variantText = text.replace(sentences.join("\n"), variants.join("\n"));
    assert.notEqual(variantText, text);
    const fs = ofCheck(findingsOf(parse(variantText)), "narrative-vs-table");
    assert.deepEqual(
      fs.map((f) => [summary(f).found, summary(f).expected, f.params.targetTable, f.params.targetName, f.params.targetColumn]),
      [
        ["111.00", "100.00", 1, "收入总计", "预算数"],
        ["112.00", "100.00", 1, "收入总计", "预算数"],
        ["113.00", "99.00", 1, "支出总计", "预算数"],
        ["132.00", "99.00", 1, "支出总计", "预算数"],
        ["114.00", "100.00", 5, "合计", "合计"],
        ["115.00", "60.00", 8, "合计", "合计"],
        ["116.00", "100.00", 5, "卫生健康支出", "合计"],
        ["117.00", "100.00", 5, "卫生健康支出", "合计"],
        // 63.00 and 62.00: the economic section's two sentences, unchanged.
        ["63.00", "60.00", 8, "办公费", "合计"],
        ["62.00", "60.00", 8, "商品和服务支出", "合计"],
      ],
    );
  });
});

describe("narrative-vs-table: a project's stated budget against its sheet", () => {
  const amounts = (yuan: string) => ({ total: yuan, annual: yuan, fiscal: yuan, appropriation: yuan });
  const t9 = table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]);
  const sentence = "本项目年度财政资金预算安排金额为 510,000.00 元。\n\n";
  const sheets = (...names: string[]) => names.map((n) => projectSheet(n, amounts(n === "医保网络运行维护" ? "500,000.00" : "33,760,000.00"), INDICATORS)).join("");

  it("the project its section names, among two sheets: 510,000.00 against 年度资金申请总额 500,000.00", () => {
    const text = `${budgetHead()}医保网络运行维护项目经费情况说明\n\n${sentence}${t9}${sheets("医疗救助资金", "医保网络运行维护")}`;
    const f = only(findingsOf(parse(text)), "narrative-vs-table");
    const sheetLine = text.split("\n").findIndex((l, i) => i > lineOf(text, "项目名称\t医保网络运行维护") && l.includes("年度资金申请总额")) + 1;
    assert.deepEqual(summary(f), {
      check: "narrative-vs-table", severity: "warning", file: F, line: lineOf(text, "510,000.00"), table: null, column: null,
      found: "510000.00", expected: "500000.00", difference: "10000.00",
    });
    assert.deepEqual(locations(f)[1], `peer ${F}:${sheetLine} - 500000.00`);
    assert.deepEqual([f.params.targetName, f.params.targetPart, f.params.targetTable, f.params.metricReadsTarget], ["医保网络运行维护", "年度资金申请总额", null, false]);
  });

  it("without a section, the document's only sheet; with two sheets and no section, nothing to compare", () => {
    const single = `${budgetHead()}${sentence}${t9}${sheets("医保网络运行维护")}`;
    assert.deepEqual(ofCheck(findingsOf(parse(single)), "narrative-vs-table").map((f) => [summary(f).found, summary(f).expected]), [["510000.00", "500000.00"]]);
    assert.deepEqual(ofCheck(findingsOf(parse(`${budgetHead()}${sentence}${t9}${sheets("医疗救助资金", "医保网络运行维护")}`)), "narrative-vs-table"), []);
  });
});

describe("narrative-percentage (lib/audit/checks/narrative-changes.ts; more cases in tests/narrative-changes.test.ts)", () => {
  const t9 = table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]);
  const doc = (sentence: string) => `${budgetHead()}部门预算编制说明\n\n${sentence}\n\n${t9}`;
  // 168.98 万元, 比上年增加 5.77 万元 → 5.77 / 163.21 = 3.5353… %
  const rate = (stated: string) => doc(`2026年，本部门财政拨款的机关运行经费预算168.98万元，比上年预算增加5.77万元，增长${stated}%。`);

  fires("narrative-percentage", "a rate that its change and amount do not give → warning", () => {
    const text = rate("5.35");
    const f = only(findingsOf(parse(text)), "narrative-percentage");
    assert.deepEqual(summary(f), { check: "narrative-percentage", severity: "warning", file: F, line: lineOf(text, "增长5.35%"), table: null, column: null, found: null, expected: null, difference: null });
    assert.deepEqual([f.params.kind, f.params.stated, f.params.expected, f.params.priorAsPrinted], ["rate", "5.35", "3.54", "163.21"]);
  });

  fires("narrative-percentage", "one unit off in the last digit → info", () => {
    assert.equal(only(findingsOf(parse(rate("3.55"))), "narrative-percentage").severity, "info");
  });

  it("near-miss: the rate its figures give at the printed precision (3.54 %), or no change to compare with", () => {
    assert.deepEqual(ofCheck(findingsOf(parse(rate("3.54"))), "narrative-percentage"), []);
    assert.deepEqual(ofCheck(findingsOf(parse(doc("2026年，本部门财政拨款的机关运行经费预算168.98万元，比上年增长9.99%。"))), "narrative-percentage"), []);
  });
});

describe("projects against the functional line, each other and their parts", () => {
  const t5 = (withAssistance: boolean) =>
    functionalTable(5, ["合计", "基本支出", "项目支出"], [
      "210\t\t卫生健康支出\t33,760,000.00\t0.00\t33,760,000.00",
      ...(withAssistance
        ? ["210\t13\t医疗救助\t33,760,000.00\t0.00\t33,760,000.00", "210\t13\t01 城乡医疗救助\t33,760,000.00\t0.00\t33,760,000.00"]
        : ["210\t15\t医疗保障管理事务\t33,760,000.00\t0.00\t33,760,000.00", "210\t15\t02\t一般行政管理事务\t33,760,000.00\t0.00\t33,760,000.00"]),
      "合计\t\t\t\t33,760,000.00\t0.00\t33,760,000.00",
    ]);
  const amounts = (yuan: string) => ({ total: yuan, annual: yuan, fiscal: yuan, appropriation: yuan });

  fires("project-vs-line", "医疗救助资金 33,000,000.00 against 210 13 01's 33,760,000.00", () => {
    const text = budgetHead() + t5(true) + projectSheet("医疗救助资金", amounts("33,000,000.00"), INDICATORS);
    const f = only(findingsOf(parse(text)), "project-vs-line");
    assert.deepEqual(summary(f), {
      check: "project-vs-line", severity: "warning", file: F, line: lineOf(text, "年度资金申请总额"), table: null, column: "年度资金申请总额",
      found: "33000000.00", expected: "33760000.00", difference: "-760000.00",
    });
    assert.deepEqual(locations(f)[1], `peer ${F}:${lineOf(text, "01 城乡医疗救助")} 合计 33760000.00`);
    assert.deepEqual([f.metric, f.params.code, f.params.lineName, f.params.project], ["medical-assistance", "2101301", "城乡医疗救助", "医疗救助资金"]);
  });

  fires("project-vs-line", "a sheet in a separate 绩效目标表 against the 部门预算's line; no line at all → expected open", () => {
    const budget = parse(budgetHead() + t5(false), "budget.txt");
    const sheetText = sheetsDocument("医疗保障局", [projectSheet("医疗救助专项经费", amounts("33,000,000.00"), INDICATORS)]);
    const f = only(findingsOf(budget, parse(sheetText, "sheets.txt")), "project-vs-line");
    assert.deepEqual(summary(f), {
      check: "project-vs-line", severity: "warning", file: "sheets.txt", line: lineOf(sheetText, "年度资金申请总额"), table: null, column: "年度资金申请总额",
      found: "33000000.00", expected: null, difference: null,
    });
    assert.deepEqual([f.locations.length, f.params.lineFile, f.params.lineName], [1, "budget.txt", null]);
  });

  it("project-vs-line: the 部门预算's table 5 is the reference, though the 单位预算 comes first", () => {
    // The centre's table 5 prints 210 13 01 as 30,000,000.00; the bureau's 33,760,000.00 = the project.
    const unitT5 = t5(true).replaceAll("33,760,000.00", "30,000,000.00");
    const unit = parse(budgetHead("单位") + unitT5, "a-unit.txt");
    const budget = parse(budgetHead() + t5(true) + projectSheet("医疗救助资金", amounts("33,760,000.00"), INDICATORS), "b-budget.txt");
    assert.deepEqual(ofCheck(findingsOf(unit, budget), "project-vs-line"), []);
    // Without the bureau's document the centre's line is the reference: 33,760,000.00 − 30,000,000.00.
    const sheets = parse(sheetsDocument("医疗保障局", [projectSheet("医疗救助资金", amounts("33,760,000.00"), INDICATORS)]), "c-sheets.txt");
    const f = only(findingsOf(unit, sheets), "project-vs-line");
    assert.deepEqual([summary(f).found, summary(f).expected, summary(f).difference, f.params.lineFile], ["33760000.00", "30000000.00", "3760000.00", "a-unit.txt"]);
  });

  it("project-vs-line near-miss: the project equals its line; an IT project named like 医疗救助 is not compared", () => {
    assert.deepEqual(findingsOf(parse(budgetHead() + t5(true) + projectSheet("医疗救助资金", amounts("33,760,000.00"), INDICATORS))), []);
    assert.deepEqual(findingsOf(parse(budgetHead() + t5(false) + projectSheet("普陀区一站式医疗救助系统（升级改造）", amounts("1,000,000.00"), INDICATORS))), []);
  });

  const t9 = table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]);
  fires("project-cross-document", "the same project with other amounts and indicators in two documents", () => {
    const budgetText = budgetHead() + t9 + projectSheet("医保网络运行维护", amounts("500,000.00"), INDICATORS);
    const indicators = INDICATORS.map(([l1, l2, l3, v]): IndicatorRow =>
      l3 === "补助发放准确率" ? [l1, l2, l3, "≥99.00(%)"] : l3 === "医疗救助对象覆盖范围" ? [l1, "可持续影响指标", l3, v] : [l1, l2, l3, v]);
    const sheetText = sheetsDocument("医疗保障局", [projectSheet("医保网络运行维护", { total: "500,000.00", annual: "520,000.00", fiscal: "500,000.00", appropriation: "520,000.00" }, indicators)]);
    const f = only(findingsOf(parse(budgetText, "budget.txt"), parse(sheetText, "sheets.txt")), "project-cross-document");
    assert.deepEqual([f.severity, f.amounts, summary(f).file, summary(f).line], ["warning", null, "budget.txt", lineOf(budgetText, "项目名称")]);
    assert.deepEqual(f.params, {
      project: "医保网络运行维护", fileA: "budget.txt", fileB: "sheets.txt",
      kinds: ["amount", "amount", "value", "level2"],
      names: ["年度资金申请总额", "当年财政拨款", "补助发放准确率", "医疗救助对象覆盖范围"],
      inA: ["500,000.00 元", "500,000.00 元", "=100.00(%)", "社会效益指标"],
      inB: ["520,000.00 元", "520,000.00 元", "≥99.00(%)", "可持续影响指标"],
    });
  });

  it("project-cross-document near-miss: the same sheet in both documents", () => {
    const budget = parse(budgetHead() + t9 + projectSheet("医保网络运行维护", amounts("500,000.00"), INDICATORS), "budget.txt");
    const sheets = parse(sheetsDocument("医疗保障局", [projectSheet("医保网络运行维护", amounts("500,000.00"), INDICATORS)]), "sheets.txt");
    assert.deepEqual(findingsOf(budget, sheets), []);
  });

  fires("project-funds", "项目资金总额 33,760,000.00 ≠ 财政资金 33,000,000.00", () => {
    const text = budgetHead() + t9 + projectSheet("医保网络运行维护", { total: "33,760,000.00", annual: "33,760,000.00", fiscal: "33,000,000.00", appropriation: "33,760,000.00" }, INDICATORS);
    const f = only(findingsOf(parse(text)), "project-funds");
    assert.deepEqual(summary(f), {
      check: "project-funds", severity: "warning", file: F, line: lineOf(text, "项目资金总额"), table: null, column: "项目资金总额",
      found: "33760000.00", expected: "33000000.00", difference: "760000.00",
    });
    assert.deepEqual(f.params.parts, ["财政资金"]);
  });

  fires("project-funds", "年度资金申请总额 ≠ 当年财政拨款 + 上年结转资金", () => {
    const text = budgetHead() + t9 + projectSheet("医保网络运行维护", { total: "500,000.00", annual: "500,000.00", fiscal: "500,000.00", appropriation: "500,000.00", carried: "100.00" }, INDICATORS);
    const f = only(findingsOf(parse(text)), "project-funds");
    assert.deepEqual([summary(f).column, summary(f).found, summary(f).expected, summary(f).difference, f.params.parts], [
      "年度资金申请总额", "500000.00", "500100.00", "-100.00", ["当年财政拨款", "上年结转资金"],
    ]);
  });

  it("project-funds near-miss: 财政资金 + 其他资金 = 项目资金总额", () => {
    const text = budgetHead() + t9 + projectSheet("医保网络运行维护", { total: "33,760,000.00", annual: "33,760,000.00", fiscal: "33,000,000.00", other: "760,000.00", appropriation: "33,760,000.00" }, INDICATORS);
    assert.deepEqual(findingsOf(parse(text)), []);
  });

  fires("indicator-hierarchy", "社会效益指标 printed under 产出指标", () => {
    const rows: IndicatorRow[] = [
      ["产出指标", "数量指标", "医疗救助对象规模人次", "≥5000(人次)"],
      ["", "社会效益指标", "医疗救助对象覆盖范围", "稳步拓展"],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90.00(%)"],
    ];
    const text = budgetHead() + t9 + projectSheet("医保网络运行维护", amounts("500,000.00"), rows);
    const f = only(findingsOf(parse(text)), "indicator-hierarchy");
    assert.deepEqual([f.severity, summary(f).line, f.amounts], ["info", lineOf(text, "医疗救助对象覆盖范围"), null]);
    assert.deepEqual(f.params, {
      project: "医保网络运行维护", level1: "产出指标", level2: "社会效益指标", level3: "医疗救助对象覆盖范围",
      allowed: ["数量指标", "质量指标", "时效指标", "成本指标"],
    });
  });

  it("indicator-hierarchy near-miss: each 二级 under its own 一级, and 成本指标 under 产出指标 (the older framework)", () => {
    const rows = [...INDICATORS, ["产出指标", "成本指标", "支出方向符合度", "符合"] as const];
    assert.deepEqual(findingsOf(parse(budgetHead() + t9 + projectSheet("医保网络运行维护", amounts("500,000.00"), rows))), []);
  });
});

describe("metric-source (lib/metrics/resolve.ts)", () => {
  const t9 = table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]);
  const sheet = (yuan: string) => projectSheet("医疗救助资金", { total: yuan, annual: yuan, fiscal: yuan, appropriation: yuan }, INDICATORS);
  const sourcesOf = (...docs: ParsedDocument[]) => resolveMetrics(docs, []).findings;

  fires("metric-source", "a 部门预算 before a stand-alone sheet (reason kind → info)", () => {
    const budgetText = budgetHead() + t9 + sheet("33,760,000.00");
    const sheetText = sheetsDocument("医疗保障局", [sheet("33,760,000.00")]);
    const fs = sourcesOf(parse(sheetText, "b-sheets.txt"), parse(budgetText, "a-budget.txt"));
    const f = only(fs, "metric-source");
    assert.deepEqual([f.severity, f.metric, f.amounts, f.params.reason, f.params.chosenFile, f.params.chosenKind, f.params.agree], [
      "info", "medical-assistance", null, "kind", "a-budget.txt", "部门预算", true,
    ]);
    assert.deepEqual(locations(f), [`subject a-budget.txt:${lineOf(budgetText, "年度资金申请总额")} - 33760000.00`, `peer b-sheets.txt:${lineOf(sheetText, "年度资金申请总额")} - 33760000.00`]);
  });

  it("metric-source: table 9 of the 部门预算 before the 单位预算's (reason kind), for both table-9 metrics", () => {
    const unitT9 = table9(["0.50", "0.00", "0.50", "0.00", "0.00", "0.00", "80.00"]);
    const fs = sourcesOf(parse(budgetHead() + t9, "a.txt"), parse(budgetHead("单位") + unitT9, "b.txt"));
    assert.deepEqual(fs.map((f) => [f.metric, f.severity, f.params.reason, f.params.chosenFile, f.params.agree, locations(f)[0]]), [
      ["three-public", "info", "kind", "a.txt", false, `subject a.txt:${lineOf(budgetHead() + t9, "168.98")} - 10000.00`],
      ["operating-expenses", "info", "kind", "a.txt", false, `subject a.txt:${lineOf(budgetHead() + t9, "168.98")} - 1689800.00`],
    ]);
  });

  it("metric-source: the bureau's sheet before its centre's (reason entity → info)", () => {
    const fs = sourcesOf(parse(sheetsDocument("医疗保险事务中心", [sheet("33,000,000.00")]), "a.txt"), parse(sheetsDocument("医疗保障局", [sheet("33,760,000.00")]), "b.txt"));
    const f = only(fs, "metric-source");
    assert.deepEqual([f.severity, f.params.reason, f.params.chosenFile, f.params.chosenEntity, f.params.agree, f.params.others], [
      "info", "entity", "b.txt", "上海市宝山区医疗保障局", false, ["a.txt"],
    ]);
  });

  it("metric-source: two sheets of the same kind and unit — a tie the rule cannot break → warning", () => {
    const fs = sourcesOf(parse(sheetsDocument("医疗保障局", [sheet("33,760,000.00")]), "a.txt"), parse(sheetsDocument("医疗保障局", [sheet("33,000,000.00")]), "b.txt"));
    const f = only(fs, "metric-source");
    assert.deepEqual([f.severity, f.params.reason, f.params.agree], ["warning", "tie", false]);
  });

  it("metric-source near-miss: one source, or a second project that is not the metric's", () => {
    assert.deepEqual(sourcesOf(parse(budgetHead() + t9 + sheet("33,760,000.00"))), []);
    const other = projectSheet("医疗救助信息系统运维经费", { total: "100,000.00", annual: "100,000.00" }, INDICATORS);
    assert.deepEqual(sourcesOf(parse(budgetHead() + t9 + sheet("33,760,000.00"), "a.txt"), parse(sheetsDocument("医疗保障局", [other]), "b.txt")), []);
  });
});

describe("code-reading", () => {
  // Table 3 prints the 类 of 210 11 02 as "7"; the parser reads 210 from the 款 row above and keeps the print.
  const rows = (leiOfLeaf: string) => [
    "210\t\t卫生健康支出\t503,724.00\t503,724.00\t",
    "210\t11\t行政事业单位医疗\t503,724.00\t503,724.00\t",
    `${leiOfLeaf}\t11\t02 事业单位医疗\t503,724.00\t503,724.00\t`,
    "合计\t\t\t\t503,724.00\t503,724.00\t",
  ];

  fires("code-reading", "类 \"7\" read as 210 from the 款 row above → warning naming both rows", () => {
    const text = budgetHead() + functionalTable(3, ["合计", "基本支出", "项目支出"], rows("7"));
    const f = only(findingsOf(parse(text)), "code-reading");
    const leaf = lineOf(text, "7\t11\t02");
    const basis = lineOf(text, "行政事业单位医疗");
    assert.deepEqual([f.severity, f.amounts], ["warning", null]);
    assert.deepEqual(f.locations.map((l) => [l.role, l.line, l.tableNo, l.column, l.amountFen]), [["subject", leaf, 3, null, null], ["peer", basis, 3, null, null]]);
    assert.deepEqual(f.params, { tableNo: 3, name: "事业单位医疗", code: "2101102", part: "类", printed: "7", readAs: "210", codeAsPrinted: "7 11 02", basisLine: basis });
  });

  it("near-miss: the code printed in full", () => {
    assert.deepEqual(findingsOf(parse(budgetHead() + functionalTable(3, ["合计", "基本支出", "项目支出"], rows("210")))), []);
  });
});

describe("coverage", () => {
  it("every check is made to fire above", () => {
    assert.deepEqual(CHECK_IDS.filter((c) => !COVERED.has(c)), []);
  });
});
