// Which figure a percentage in the explanatory text is stated about, and against what (lib/parse/narrative.ts):
// shares that name their whole, rates after a change or against a printed base, and the near misses the parser
// must leave alone, since the audit can only judge a percentage attached to the right figures.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { documentWithText as documentWith } from "./parse-fragments";

/** Each percentage as [figure's subject, kind, as printed, direction, base's subject, whole's subject]. */
const percents = (...text: string[]) =>
  documentWith(...text).narrative.flatMap((n) => n.percents.map((p) => [n.subject, p.kind, p.asPrinted, p.direction, p.base?.subject ?? null, p.whole?.subject ?? null]));

describe("a share that names its whole (占本部门支出预算的 X%)", () => {
  it("is the share of the figure before it whose subject is that name", () => {
    assert.deepEqual(percents("本部门支出预算100万元，医疗救助20万元，占本部门支出预算的20%。"), [["医疗救助", "share", "20", null, null, "本部门支出预算"]]);
  });

  it("the name may be the end of the subject, or the subject the end of the name; 的比重为, 比例约 and quotes are not part of it", () => {
    assert.deepEqual(percents("本部门支出预算100万元，医疗救助20万元，占支出预算的比重为20%。"), [["医疗救助", "share", "20", null, null, "本部门支出预算"]]);
    assert.deepEqual(percents("支出预算100万元，医疗救助20万元，占本部门“支出预算”比例约20%。"), [["医疗救助", "share", "20", null, null, "支出预算"]]);
  });

  it("with two figures before it that the name fits, or none, the whole is unknown (null), never a guess", () => {
    assert.deepEqual(percents("本部门支出预算100万元，本单位支出预算90万元，医疗救助20万元，占支出预算的20%。"), [["医疗救助", "share", "20", null, null, null]]);
    assert.deepEqual(percents("本部门支出预算100万元，医疗救助20万元，占全区预算的2%。"), [["医疗救助", "share", "2", null, null, null]]);
  });

  it("is never the figure's own share, nor a figure printed after it", () => {
    assert.deepEqual(percents("医疗救助支出预算20万元，占支出预算的20%，本部门支出预算100万元。"), [["医疗救助支出预算", "share", "20", null, null, null]]);
  });

  it("may follow the figure with nothing between (…20万元占20%); words between them detach it", () => {
    assert.deepEqual(percents("支出预算100万元，其中：医疗救助20万元占20%。"), [["医疗救助", "share", "20", null, null, "支出预算"]]);
    assert.deepEqual(percents("支出预算100万元，其中：医疗救助20万元，主要用于困难群众，占20%。"), []);
  });
});

describe("a rate (增长 / 减少 X%)", () => {
  it("right after the change it rates, with nothing but separators between", () => {
    assert.deepEqual(percents("收入11万元，比上年预算增加1万元，增长10%。"), [["收入", "rate", "10", "increase", null, null]]);
    assert.deepEqual(percents("收入9万元，比上年预算减少1万元，下降了10%。"), [["收入", "rate", "10", "decrease", null, null]]);
  });

  it("after a change but with words between, or with 约 before the number, is not attached", () => {
    assert.deepEqual(percents("收入11万元，比上年预算增加1万元，主要是人员增加，增长10%。"), []);
    assert.deepEqual(percents("收入11万元，比上年预算增加1万元，增长约10%。"), []);
  });

  it("right after a figure without a comparison is not attached; with one (比上年预算, 比 2025 年预算) it is, and has no base", () => {
    assert.deepEqual(percents("收入11万元，增长10%。"), []);
    assert.deepEqual(percents("收入11万元，比上年预算增长10%。"), [["收入", "rate", "10", "increase", null, null]]);
    assert.deepEqual(percents("收入11万元，比 2025 年预算增长10%。"), [["收入", "rate", "10", "increase", null, null]]);
  });

  it("a comparison that closes before the rate word (a comma between) does not carry to it", () => {
    assert.deepEqual(percents("收入11万元，比上年预算有所增加，增长10%。"), []);
  });

  it("against 执行数: the base is the nearest figure before whose subject ends in 执行(数); none before, not attached", () => {
    assert.deepEqual(percents("2025年预算执行数为1万元，2026年预算安排2万元，比2025年预算执行数增加100%。"), [["预算安排", "rate", "100", "increase", "预算执行", null]]);
    assert.deepEqual(percents("预算执行中追加经费1万元，2026年预算安排2万元，比2025年预算执行数增加100%。"), []);
    assert.deepEqual(percents("2026年预算安排2万元，比2025年预算执行数增加100%，2025年预算执行数为1万元。"), []);
  });
});

describe("changes and sections, near misses", () => {
  const changes = (...text: string[]) => documentWith(...text).narrative.map((n) => [n.subject, n.change?.direction ?? null, n.change?.priorYear ?? null, n.section]);

  it("与上年持平 with a bracketed remark and spaces (与 2024 年 （上一年度） 预算持平), and at the end of the line, with its year", () => {
    assert.deepEqual(changes("支出10万元，与 2024 年 （上一年度） 预算持平，收入5万元。"), [["支出", "flat", 2024, null], ["收入", null, null, null]]);
    assert.deepEqual(changes("支出10万元，与上年（含追加）持平；收入5万元。"), [["支出", "flat", 2025, null], ["收入", null, null, null]]);
    assert.deepEqual(changes("支出10万元，与2024年预算持平。"), [["支出", "flat", 2024, null]]);
  });

  it("a 持平 printed before an earlier figure is not the next figure's change", () => {
    assert.deepEqual(changes("与上年持平的项目经费1万元，收入5万元。"), [["与上年持平的项目经费", null, null, null], ["收入", null, null, null]]);
  });

  it("比上年增加 that does not end right before an amount is no change", () => {
    assert.deepEqual(changes("收入10万元，比上年增加的部分中医疗救助2万元。"), [["收入", null, null, null], ["比上年增加的部分中医疗救助", null, null, null]]);
  });

  it("a section heading is a short line that ends with its name; a line that only mentions one is text", () => {
    assert.deepEqual(changes("二、机构设置", "收入5万元。"), [["收入", null, null, "二、机构设置"]]);
    assert.deepEqual(changes("二、机构设置（续）", "收入5万元。"), [["收入", null, null, null]]);
    assert.deepEqual(changes("详见情况说明，收入10万元。"), [["收入", null, null, null]]);
    // 40 characters ending with 情况说明: too long for a heading, so its figure is read.
    const forty = "收入10万元，本部门的预算收支安排与执行详见以下关于本年度部门预算的具体情况说明";
    assert.equal([...forty].length, 40);
    assert.deepEqual(changes(forty), [["收入", null, null, null]]);
  });
});
