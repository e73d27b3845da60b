// The ways the explanatory text prints a figure's subject, its change and the glossary (lib/parse/narrative.ts),
// each from a fragment written by hand, with a near miss beside it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { documentWithText as documentWith } from "./parse-fragments";

const subjects = (...text: string[]) => documentWith(...text).narrative.map((n) => [n.subject, n.money.asPublished, n.money.unit]);

describe("a figure's subject, without the numbering and the year printed before it", () => {
  it("drops （一）, (2), 3., 四、, 5 and 2026年度 before the subject, and 为/是/数为 after it", () => {
    assert.deepEqual(
      subjects("（一）财政拨款收入为10万元。", "(2) 事业收入是 2 万元。", "3. 其他收入 3 万元。", "四、上级补助收入为4万元。", "5 经营收入 5 万元。", "2026年度本部门预算执行数为 6 元。"),
      [["财政拨款收入", "10", "万元"], ["事业收入", "2", "万元"], ["其他收入", "3", "万元"], ["上级补助收入", "4", "万元"], ["经营收入", "5", "万元"], ["本部门预算执行", "6", "元"]],
    );
  });

  it("keeps a number that is part of the subject (2026年 without 度 is stripped, 12345 is not a numbering)", () => {
    assert.deepEqual(subjects("12345工程经费 7 万元。"), [["12345工程经费", "7", "万元"]]);
  });

  it("strips numberings of any length and spacing: （十二）, （ 三 ）, 十二、, 3 、 and 12 followed by a space", () => {
    assert.deepEqual(
      subjects("（十二）医疗救助1万元。", "（ 三 ）医疗救助2万元。", "十二、医疗救助3万元。", "3 、医疗救助4万元。", "12 医疗救助5万元。"),
      [["医疗救助", "1", "万元"], ["医疗救助", "2", "万元"], ["医疗救助", "3", "万元"], ["医疗救助", "4", "万元"], ["医疗救助", "5", "万元"]],
    );
  });

  it("strips a numbering, a year or 为 only where the subject begins or ends, never inside it", () => {
    assert.deepEqual(
      subjects("其中2026年预算1万元。", "本部门2026年预算2万元。", "城乡医疗救助（2）3万元。", "第（一）项经费4万元。", "收入为主的项目经费5万元。"),
      [["其中2026年预算", "1", "万元"], ["本部门2026年预算", "2", "万元"], ["城乡医疗救助（2）", "3", "万元"], ["第（一）项经费", "4", "万元"], ["收入为主的项目经费", "5", "万元"]],
    );
  });
});

describe("figures that are thresholds, not amounts", () => {
  it("单价 100 万元（含）以上, 100 万元以上 and 50 万元~ are not figures; a budget amount beside them is", () => {
    assert.deepEqual(subjects("单价100万元（含）以上设备2台。", "采购金额100万元以上的项目。", "资产总额50万元~。", "设备购置费 8 万元。"), [["设备购置费", "8", "万元"]]);
  });

  it("with spaces (100 万元 （含）以上, 100 万元 以上, 50 万元 ～) and without (100万元（含）以上的项目), still thresholds", () => {
    assert.deepEqual(subjects("采购 100 万元 （含）以上的项目。", "采购100万元（含）以上的项目。", "采购 100 万元 以上的项目。", "资产总额 50 万元 ～。"), []);
  });

  it("both bounds of a range are thresholds (资产总额50万元~100万元, 50～100万元)", () => {
    assert.deepEqual(subjects("资产总额50万元~100万元的单位。", "资产总额50～100万元的单位。", "收入 3 万元。"), [["收入", "3", "万元"]]);
  });

  it("a figure whose sentence mentions a threshold or a range later is still a figure", () => {
    assert.deepEqual(
      subjects("设备购置费8万元，其中单价100万元（含）以上设备1台。", "财政拨款收入10万元，以上均为财政资金。", "收入10万元（2024~2026年）。"),
      [["设备购置费", "8", "万元"], ["财政拨款收入", "10", "万元"], ["收入", "10", "万元"]],
    );
  });
});

describe("the change a figure is compared with", () => {
  it("reads a remark in brackets after the year (比2022年（上一年度，下同）预算增加)", () => {
    const [figure] = documentWith("财政拨款收入10万元，比2022年（上一年度，下同）预算增加1万元。").narrative;
    assert.deepEqual([figure?.subject, figure?.change?.direction, figure?.change?.money?.asPublished, figure?.change?.priorYear], ["财政拨款收入", "increase", "1", 2022]);
  });

  it("reads 预算支出 as the comparison (比上年预算支出减少), and not 预算执行数 (a base, not a change)", () => {
    assert.deepEqual(documentWith("支出预算10万元，比上年预算支出减少1万元。").narrative.map((n) => [n.subject, n.change?.direction]), [["支出预算", "decrease"]]);
    assert.deepEqual(
      documentWith("支出预算10万元，比上年预算执行数增加1万元。").narrative.map((n) => [n.subject, n.change]),
      [["支出预算", null], ["比上年预算执行数增加", null]],
    );
  });
});

describe("the glossary (名词解释)", () => {
  it("reads numbered and plain entries with ：, :, ，指 and ，是 (keeping the 指 of ，是指) until the next section", () => {
    const doc = documentWith(
      "名词解释",
      "一、财政拨款收入：指区财政当年拨付的资金。",
      "“三公”经费，是指因公出国（境）费、公务用车购置及运行费和公务接待费。",
      "机关运行经费:为保障行政单位运行的经费。",
      "事业收入，指事业单位开展专业业务活动取得的收入。",
      "其他说明情况说明",
      "四、不是词条：这一行在名词解释之后。",
    );
    assert.deepEqual(
      doc.glossary.map((g) => [g.term, g.definition, g.sourceLine]),
      [
        ["财政拨款收入", "指区财政当年拨付的资金。", 6],
        ["“三公”经费", "指因公出国（境）费、公务用车购置及运行费和公务接待费。", 7],
        ["机关运行经费", "为保障行政单位运行的经费。", 8],
        ["事业收入", "事业单位开展专业业务活动取得的收入。", 9],
      ],
    );
  });

  it("reads a Markdown heading and list entries; long terms (up to 18 characters); 十一、; spaces before the colon", () => {
    const doc = documentWith(
      "### 名词解释",
      "- 十一、政府采购预算中的医疗救助专项资金：指用于医疗救助的资金。",
      "财政拨款收入 ：指区财政当年拨付的资金。",
      "预算编制说明",
      "事业收入：指事业单位开展专业业务活动取得的收入。",
    );
    assert.deepEqual(doc.glossary.map((g) => [g.term, g.definition]), [["政府采购预算中的医疗救助专项资金", "指用于医疗救助的资金。"], ["财政拨款收入", "指区财政当年拨付的资金。"]]);
  });

  it("a line that only begins with 名词解释 is no heading", () => {
    assert.deepEqual(documentWith("名词解释见附件。", "财政拨款收入：指区财政当年拨付的资金。").glossary, []);
  });

  it("reads nothing before the 名词解释 heading", () => {
    assert.deepEqual(documentWith("财政拨款收入：指区财政当年拨付的资金。").glossary, []);
  });
});
