// Percentages in the explanatory text (增长/减少 X%, 占 X%) against the figures they describe: fragments that
// fire, near misses that must not (judged at the printed precision), and the seeds, whose percentages all agree.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audit } from "../lib/audit";
import type { Finding } from "../lib/audit/findings";
import type { ParsedDocument } from "../lib/parse";
import { parseAllSources } from "./helpers";
import { documentWithText as documentWith } from "./parse-fragments";


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

  it("a change printed without 预算 (比上年增加/减少, 与上年持平) is read as one, and its rate checked (1 / 9 = 11 %)", () => {
    const doc = documentWith("财政拨款收入10万元，比上年增加1万元，增长11%。");
    assert.deepEqual(
      doc.narrative.map((n) => [n.subject, n.money.asPublished, n.change?.direction, n.change?.money?.asPublished, n.change?.priorYear, n.percents.map((p) => [p.kind, p.asPrinted])]),
      [["财政拨款收入", "10", "increase", "1", 2025, [["rate", "11"]]]],
    );
    assert.deepEqual(percentFindings(doc), []);
    assert.deepEqual(percentFindings(documentWith("财政拨款收入10万元，比上年增加1万元，增长21%。")).map(brief), [["warning", 5, "rate", "21", "11"]]);
    assert.deepEqual(percentFindings(documentWith("财政拨款收入10万元，比2024年减少1万元，下降21%。")).map(brief), [["warning", 5, "rate", "21", "9"]]);
    assert.deepEqual(documentWith("财政拨款收入10万元，与上年持平。").narrative.map((n) => [n.subject, n.change?.direction, n.change?.money]), [["财政拨款收入", "flat", null]]);
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

describe("the budget item a rate on a printed base belongs to: the figure just before its base, on the same or the previous line", () => {
  const item = (name: string, amount: string) => `1. “一般公共服务支出（类）${name}（款）统计管理（项）”${amount}万元，主要用于统计管理。`;
  const rate = (executed: string, planned: string) => `2025年当年预算执行数为${executed}万元，2026年预算安排${planned}万元，比2025年预算执行数增加50%。`;
  const items = (...lines: string[]) =>
    percentFindings(documentWith(...lines)).map((f) => [f.locations[0]?.line, f.params.kind, f.params.kind === "restated" ? f.params.subject : f.params.item]);

  it("is found by the base's own line, subject and amount, though another line prints the same base", () => {
    // 10 → 12 万元 is 20 %, 10 → 13 万元 30 %: both stated 50 % (warnings); 乙 restated as 13 though printed 10.
    assert.deepEqual(items(item("甲", "12") + rate("10", "12"), item("乙", "10") + rate("10", "13")), [
      [5, "rate", "“一般公共服务支出（类）甲（款）统计管理（项）”"],
      [6, "rate", "“一般公共服务支出（类）乙（款）统计管理（项）”"],
      [6, "restated", "“一般公共服务支出（类）乙（款）统计管理（项）”"],
    ]);
  });

  it("may stand on the line before the sentence, not two lines before", () => {
    assert.deepEqual(items(item("甲", "12"), rate("10", "12")), [[6, "rate", "“一般公共服务支出（类）甲（款）统计管理（项）”"]]);
    assert.deepEqual(items(item("甲", "12"), "主要用于统计管理。", rate("10", "12")), [[7, "rate", null]]);
  });

  it("is not another year's 执行数 printed before the base", () => {
    assert.deepEqual(items("2024年预算执行数为8万元，" + rate("10", "12")), [[5, "rate", null]]);
  });

  it("printed in another unit (130,000 元 against 12 万元), it is named but not compared with the restated amount", () => {
    assert.deepEqual(items(item("甲", "130000").replace("万元", "元") + rate("10", "12")), [[5, "rate", "“一般公共服务支出（类）甲（款）统计管理（项）”"]]);
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

  it("a share stated after the figure's change is still the figure's share (2 of 10 万元 = 20 %)", () => {
    const doc = documentWith("支出预算总额10万元，其中：基本支出2万元，比上年预算增加1万元，占20%。");
    assert.deepEqual(
      doc.narrative.map((n) => [n.subject, n.change?.money?.asPublished ?? null, n.percents.map((p) => [p.kind, p.asPrinted, p.whole?.subject])]),
      [["支出预算总额", null, []], ["基本支出", "1", [["share", "20", "支出预算总额"]]]],
    );
    assert.deepEqual(percentFindings(doc), []);
    assert.deepEqual(percentFindings(documentWith("支出预算总额10万元，其中：基本支出2万元，比上年预算增加1万元，占30%。")).map(brief), [["warning", 5, "share", "30", "20"]]);
    // A share after other words than separators is not attached.
    assert.deepEqual(documentWith("支出预算总额10万元，其中：基本支出2万元，比上年预算增加1万元，主要用于人员，占20%。").narrative.flatMap((n) => n.percents), []);
  });

  it("a share without a whole in the sentence is not comparable: no finding", () => {
    assert.deepEqual(percentFindings(documentWith("基本支出为15,982,307.82元，占10.76%。")), []);
  });
});

describe("the edges of the range the printed figures allow (whole 万元, whole percents; each bound worked by hand)", () => {
  /** The verdict on each stated percentage: "agrees" (no finding), or the finding's severity and expected value. */
  const verdicts = (sentence: (stated: string) => string, stated: string[]) =>
    stated.map((s) => {
      const [finding, ...rest] = percentFindings(documentWith(sentence(s)));
      return finding ? [s, finding.severity, finding.params.expected, rest.length] : [s, "agrees"];
    });

  it("a rate on an increase: 10 万元 up 1 万元 spans 0.5 / 10 = 5 % to 1.5 / 8 = 18.75 %; the figures give 1 / 9 = 11 %", () => {
    const sentence = (r: string) => `财政拨款收入10万元，比上年预算增加1万元，增长${r}%。`;
    assert.deepEqual(verdicts(sentence, ["3", "4", "5", "19", "20", "21"]), [
      ["3", "warning", "11", 0],
      ["4", "info", "11", 0],
      ["5", "agrees"],
      ["19", "agrees"],
      ["20", "info", "11", 0],
      ["21", "warning", "11", 0],
    ]);
  });

  it("a rate on a decrease: 10 万元 down 1 万元 spans −0.5 / 11 = −4.55 % to −1.5 / 11 = −13.64 %; the figures give −1 / 11 = −9 %", () => {
    const sentence = (r: string) => `财政拨款收入10万元，比上年预算减少1万元，下降${r}%。`;
    assert.deepEqual(verdicts(sentence, ["3", "4", "5", "14", "15", "16"]), [
      ["3", "warning", "9", 0],
      ["4", "info", "9", 0],
      ["5", "agrees"],
      ["14", "agrees"],
      ["15", "info", "9", 0],
      ["16", "warning", "9", 0],
    ]);
    // At one decimal the upper bound shows: −4.545 % is within ½ of 4.6 (agrees), 1.45 units from 4.4 (info).
    assert.deepEqual(verdicts(sentence, ["4.6", "4.4"]), [["4.6", "agrees"], ["4.4", "info", "9.1", 0]]);
  });

  it("a rate on a printed base: 10 → 12 万元 spans 1 / 10.5 = 9.52 % to 3 / 9.5 = 31.58 %; the figures give 20 %", () => {
    const sentence = (r: string) =>
      `1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”12万元，主要用于统计管理。2025年当年预算执行数为10万元，2026年预算安排12万元，比2025年预算执行数增加${r}%。`;
    assert.deepEqual(verdicts(sentence, ["8", "9", "10", "32", "33", "34"]), [
      ["8", "warning", "20", 0],
      ["9", "info", "20", 0],
      ["10", "agrees"],
      ["32", "agrees"],
      ["33", "info", "20", 0],
      ["34", "warning", "20", 0],
    ]);
  });

  it("a share: 1 of 10 万元 spans 0.5 / 10.5 = 4.76 % to 1.5 / 9.5 = 15.79 %; the figures give 10 %", () => {
    const sentence = (r: string) => `2026年，本部门预算支出为10万元，其中：基本支出为1万元，占${r}%。`;
    assert.deepEqual(verdicts(sentence, ["3", "4", "5", "16", "17", "18"]), [
      ["3", "warning", "10", 0],
      ["4", "info", "10", 0],
      ["5", "agrees"],
      ["16", "agrees"],
      ["17", "info", "10", 0],
      ["18", "warning", "10", 0],
    ]);
  });

  it("the expected value rounds half away from zero (1 / 8 = 12.5 % → 13; −1 / 8 = −12.5 % → a decrease of 13) and .67 up (2.00 / 3.00 元 → 67)", () => {
    const expected = (text: string) => percentFindings(documentWith(text)).map((f) => [f.params.expected, f.params.expectedDirection]);
    assert.deepEqual(expected("2026年，本部门预算支出为8万元，其中：基本支出为1万元，占30%。"), [["13", null]]);
    assert.deepEqual(expected("财政拨款收入7万元，比上年预算减少1万元，下降30%。"), [["13", "decrease"]]);
    assert.deepEqual(expected("2026年，本部门预算支出为3.00元，其中：基本支出为2.00元，占90%。"), [["67", null]]);
  });
});

describe("what a percentage finding records, in full", () => {
  it("a rate on a change: the figure, the change and the prior year it implies; no base, whole or item", () => {
    const [finding] = percentFindings(documentWith("财政拨款收入10万元，比上年预算增加1万元，增长20%。"));
    assert.deepEqual(finding?.params, {
      kind: "rate",
      subject: "财政拨款收入",
      item: null,
      stated: "20",
      statedDirection: "increase",
      expected: "11",
      expectedDirection: "increase",
      lastDigit: true,
      figureAsPrinted: "10",
      figureUnit: "万元",
      changeAsPrinted: "1",
      changeUnit: "万元",
      changeDirection: "increase",
      priorAsPrinted: "9",
      baseSubject: null,
      baseAsPrinted: null,
      baseUnit: null,
      wholeSubject: null,
      wholeAsPrinted: null,
      wholeUnit: null,
    });
    assert.deepEqual(finding?.locations.map((l) => [l.role, l.line, l.amountFen]), [["subject", 5, null], ["part", 5, 10_000_000n]]);
  });

  it("a share: the figure and its whole; no change, prior year, base or item", () => {
    const [finding] = percentFindings(documentWith("2026年，本部门预算支出为10万元，其中：基本支出为1万元，占17%。"));
    assert.deepEqual(finding?.params, {
      kind: "share",
      subject: "基本支出",
      item: null,
      stated: "17",
      statedDirection: null,
      expected: "10",
      expectedDirection: null,
      lastDigit: true,
      figureAsPrinted: "1",
      figureUnit: "万元",
      changeAsPrinted: null,
      changeUnit: null,
      changeDirection: null,
      priorAsPrinted: null,
      baseSubject: null,
      baseAsPrinted: null,
      baseUnit: null,
      wholeSubject: "本部门预算支出",
      wholeAsPrinted: "10",
      wholeUnit: "万元",
    });
    assert.deepEqual(finding?.locations.map((l) => [l.role, l.line, l.amountFen]), [["subject", 5, null], ["part", 5, 1_000_000n], ["part", 5, 10_000_000n]]);
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
