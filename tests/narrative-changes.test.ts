// Percentages in the explanatory text (增长/减少 X%, 占 X%) against the figures they describe: fragments that
// fire, near misses that must not (judged at the printed precision), and the seeds, whose percentages all agree.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audit } from "../lib/audit";
import type { Finding } from "../lib/audit/findings";
import type { ParsedDocument } from "../lib/parse";
import { parseAllSources, parseText } from "./helpers";
import { HEADER_LINES, TABLE_3_HEAD } from "./parse-fragments";

/** Header (lines 1–4), the narrative from line 5, then a minimal table 3. */
const documentWith = (...narrative: string[]): ParsedDocument =>
  parseText([...HEADER_LINES, ...narrative, "", ...TABLE_3_HEAD, "201\t06\t02 一般行政管理事务\t100.00\t\t100.00", "合计\t\t\t\t100.00\t\t100.00"].join("\n"));

const percentFindings = (doc: ParsedDocument): Finding[] => audit([doc]).findings.filter((f) => f.check === "narrative-percentage");
const brief = (f: Finding) => [f.severity, f.locations[0]?.line, f.params.kind, f.params.stated, f.params.expected];

describe("rates with the change they follow (rate = change / (amount − change))", () => {
  const sentence = (rate: string, direction = "增长") => `2026年，本部门预算收入总计为 149,725,759.82 元，比上年预算增加 3,375,932.16 元，${direction} ${rate}%。`;

  it("are read with their figure, change and line", () => {
    const doc = documentWith(sentence("2.31"));
    const figure = doc.narrative.find((n) => n.subject === "本部门预算收入总计");
    assert.deepEqual(figure?.percents.map((p) => [p.kind, p.direction, p.asPrinted, p.sourceLine, p.base, p.whole]), [["rate", "increase", "2.31", 5, null, null]]);
  });

  it("agree when the figures give the rate at its printed precision (3,375,932.16 / 146,349,827.66 = 2.3068 %)", () => {
    assert.deepEqual(percentFindings(documentWith(sentence("2.31"))), []);
  });

  it("one unit off in the last digit is info", () => {
    assert.deepEqual(percentFindings(documentWith(sentence("2.30"))).map(brief), [["info", 5, "rate", "2.30", "2.31"]]);
    assert.deepEqual(percentFindings(documentWith(sentence("2.32"))).map(brief), [["info", 5, "rate", "2.32", "2.31"]]);
  });

  it("more is a warning, worded with the prior year the change implies", () => {
    const [finding, ...rest] = percentFindings(documentWith(sentence("2.41")));
    assert.deepEqual([finding && brief(finding), rest], [["warning", 5, "rate", "2.41", "2.31"], []]);
    assert.equal(finding?.params.priorAsPrinted, "146,349,827.66");
  });

  it("the wrong direction is a warning", () => {
    assert.deepEqual(percentFindings(documentWith(sentence("2.31", "减少"))).map(brief), [["warning", 5, "rate", "2.31", "2.31"]]);
  });

  it("a decrease in 万元 agrees within the precision its figures are printed with", () => {
    // 950.12 万元, 比上年减少 48.91 万元 → 48.91 / 999.03 = 4.8958 %
    assert.deepEqual(percentFindings(documentWith("财政拨款收入950.12万元，比上年预算减少48.91万元，下降4.90%。")), []);
    assert.deepEqual(percentFindings(documentWith("财政拨款收入950.12万元，比上年预算减少48.91万元，下降4.70%。")).map(brief), [["warning", 5, "rate", "4.70", "4.90"]]);
  });

  it("below 1 %: the expected rate keeps its leading zero, a decrease is named as one (0.50 / 101.00 = 0.495 % → 0.50)", () => {
    const [finding, ...rest] = percentFindings(documentWith("2026年，本部门预算收入总计为 100.50 元，比上年预算减少 0.50 元，下降 0.05%。"));
    assert.deepEqual([finding && brief(finding), rest], [["warning", 5, "rate", "0.05", "0.50"], []]);
    assert.deepEqual([finding?.params.statedDirection, finding?.params.expectedDirection, finding?.params.priorAsPrinted, finding?.params.changeDirection], ["decrease", "decrease", "101.00", "decrease"]);
  });

  it("a whole-number rate is judged to the unit (3,375,932.16 / 146,349,827.66 = 2.31 % → 2)", () => {
    assert.deepEqual(percentFindings(documentWith(sentence("2"))), []);
    assert.deepEqual(percentFindings(documentWith(sentence("4"))).map(brief), [["warning", 5, "rate", "4", "2"]]);
  });

  it("a rate with no change or base stated is not comparable: no finding", () => {
    assert.deepEqual(percentFindings(documentWith("2026年，本部门预算收入总计为 149,725,759.82 元，比上年增长 9.99%。")), []);
  });
});

describe("rates against a prior year's 预算执行数 printed in the sentence", () => {
  const item = (executed: string, planned: string, rate: string, word = "增加") =>
    `1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”${planned}万元，主要用于统计管理。2025年当年预算执行数为${executed}万元，2026年预算安排${planned}万元，比2025年预算执行数${word}${rate}%。主要原因是：经费增加。`;

  it("are read with the base", () => {
    const doc = documentWith(item("1.48", "2.63", "77.70 "));
    const planned = doc.narrative.find((n) => n.subject === "预算安排");
    assert.deepEqual(planned?.percents.map((p) => [p.kind, p.asPrinted, p.base?.money.asPublished]), [["rate", "77.70", "1.48"]]);
  });

  it("agree (1.48 → 2.63 万元: 77.70 %; 54.60 → 53.84 万元: −1.39 %)", () => {
    assert.deepEqual(percentFindings(documentWith(item("1.48", "2.63", "77.70 "))), []);
    assert.deepEqual(percentFindings(documentWith(item("54.60", "53.84", "1.39", "减少"))), []);
  });

  it("agree wherever the printed precision allows, though the printed figures alone give another value (0.03 → 0.05 万元: 66.67 %, 50 % possible)", () => {
    assert.deepEqual(percentFindings(documentWith(item("0.03", "0.05", "50.00"))), []);
    assert.deepEqual(percentFindings(documentWith(item("0.03", "0.05", "150.00"))).map(brief), [["warning", 5, "rate", "150.00", "66.67"]]);
  });

  it("disagree as 万里街道 2023 prints it (11.67 → 45.41 万元 stated as 314.82 %, the figures give 289.12 %)", () => {
    const [finding] = percentFindings(documentWith(item("11.67", "45.41", "314.82")));
    assert.deepEqual(finding && brief(finding), ["warning", 5, "rate", "314.82", "289.12"]);
    assert.equal(finding?.params.item, "“一般公共服务支出（类）统计信息事务（款）统计管理（项）”");
    // The base is the 执行数 the sentence prints; no change is stated, so none is named.
    assert.deepEqual(
      [finding?.params.baseSubject, finding?.params.baseAsPrinted, finding?.params.baseUnit, finding?.params.wholeSubject, finding?.params.changeAsPrinted, finding?.params.priorAsPrinted, finding?.params.expectedDirection],
      ["当年预算执行", "11.67", "万元", null, null, null, "increase"],
    );
    assert.deepEqual(finding?.locations.map((l) => [l.role, l.line, l.amountFen]), [["subject", 5, null], ["part", 5, 45_410_000n], ["part", 5, 11_670_000n]]);
  });

  it("a base of 0 is not comparable (\"增加100.00%\" from 0 万元): no finding", () => {
    assert.deepEqual(percentFindings(documentWith(item("0", "60.13", "100.00"))), []);
  });

  it("a sentence restating its item's amount differently is a warning of its own", () => {
    const text = "16. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”220.63万元，主要用于缴费支出。2025年当年预算执行数为132.59万元，2026年预算安排441.25万元，比2025年预算执行数增加232.79%。";
    const findings = percentFindings(documentWith(text));
    assert.deepEqual(findings.map((f) => [f.severity, f.params.kind, f.amounts?.foundFen, f.amounts?.expectedFen]), [["warning", "restated", 441_250_000n, 220_630_000n]]);
  });
});

describe("shares (占 X%) of the figure the paragraph's 其中 divides", () => {
  const paragraph = (basic: string, project: string) =>
    `2026年，本部门预算支出为149,725,759.82元，其中：基本支出为15,982,307.82元，占${basic}%；项目支出为133,743,452.00元，占${project}%。`;

  it("are read with their whole", () => {
    const doc = documentWith(paragraph("10.67", "89.33"));
    assert.deepEqual(
      doc.narrative.flatMap((n) => n.percents.map((p) => [n.subject, p.kind, p.asPrinted, p.whole?.subject])),
      [["基本支出", "share", "10.67", "本部门预算支出"], ["项目支出", "share", "89.33", "本部门预算支出"]],
    );
  });

  it("agree, and 100 % of the whole agrees", () => {
    assert.deepEqual(percentFindings(documentWith(paragraph("10.67", "89.33"))), []);
    assert.deepEqual(percentFindings(documentWith("2026年，本部门预算收入为 149,725,759.82 元，其中：财政拨款收入 149,725,759.82 元，占 100%。")), []);
  });

  it("disagree: a warning, or info one unit off", () => {
    assert.deepEqual(percentFindings(documentWith(paragraph("10.76", "89.34"))).map(brief), [["warning", 5, "share", "10.76", "10.67"], ["info", 5, "share", "89.34", "89.33"]]);
    const [basic] = percentFindings(documentWith(paragraph("10.76", "89.34")));
    assert.deepEqual(
      [basic?.params.wholeSubject, basic?.params.wholeAsPrinted, basic?.params.wholeUnit, basic?.params.baseSubject, basic?.params.expectedDirection, basic?.params.changeAsPrinted, basic?.params.lastDigit],
      ["本部门预算支出", "149,725,759.82", "元", null, null, null, false],
    );
  });

  it("a share without a whole in the sentence is not comparable: no finding", () => {
    assert.deepEqual(percentFindings(documentWith("基本支出为15,982,307.82元，占10.76%。")), []);
  });
});

describe("the seeds in data/sources", () => {
  it("state 11 percentages (宝山 2023), all of which agree with their figures: no finding", () => {
    const docs = parseAllSources();
    const stated = docs.flatMap((d) => d.narrative.flatMap((n) => n.percents.map((p) => `${d.fileName}:${p.sourceLine} ${n.subject} ${p.kind} ${p.asPrinted}`)));
    assert.equal(stated.length, 11, stated.join("\n"));
    assert.deepEqual(audit(docs).findings.filter((f) => f.check === "narrative-percentage"), []);
  });
});
