// Project sheets printed one field per line (the PDF text of a form, as 宝山's 2023 sheets): two sheets written by
// hand in the spacings that occur (none, one, several), each field read as printed and worked out here.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseText } from "./helpers";

const TEXT = [
  "财政项目支出绩效目标申报表", "", "（2026 年度）", "",
  "项目名称 医疗救助", "", "专项资金", "项目类别 经常性项目", // lines 5–8: the name wrapped over two lines
  "主管部门上海市宝山区医疗保障局 实施单位上海市宝山区医疗保险事务中心",
  "计划开始日期2026年1月1日计划完成日期2026年12月31日",
  "项目资金", "（ 万元 ）",
  "项目资金总额 100.00 年度资金申请总额 80.00", // line 13
  "其中：财政资金 60.00", "其中： 当年财政拨款 50.00",
  "     上年结转资金 10.00", "其他资金 40.00 其他资金 20.00", // line 17: the first 其他资金 is the total, the second the year's
  "一级指标 二级指标 三级指标 年度指标值", "", "产出指标", "", "数量指标 救助人次 ≥5000人次", "", "质量指标", "发放准确率", "100%", "  ", "",
  "财政项目支出绩效目标填报表", "（2026年度）", // line 29: the second sheet
  "项目名称 互助帮困经费 项目类别 特定目标类", // line 31
  "主管部门  上海市宝山区医疗保障局  实施单位  上海市宝山区医疗保障局",
  "计划开始日期  2026 年 1 月 1 日  计划完成日期  2026 年 12 月 31 日  ",
  "(元)", "项目资金总额5.00年度资金申请总额5.00", "其中:财政资金 5.00", // lines 34–36
  "一级指标 二级指标 三级指标 年度指标值", "效益指标 社会效益指标 覆盖范围 稳步拓展",
].join("\n");
const doc = parseText(TEXT);
const [medical, mutualAid] = doc.projects;

describe("project sheets, one field per line", () => {
  it("is read as that layout, two sheets, each starting at its 项目名称 line", () => {
    assert.deepEqual([doc.meta.layout, doc.meta.year, doc.projects.length, medical?.sourceLine, mutualAid?.sourceLine], ["lines", 2026, 2, 5, 31]);
  });

  it("the name wrapped over lines and blank lines is joined; the category after it, or on the same line", () => {
    assert.deepEqual([medical?.name, medical?.category, mutualAid?.name, mutualAid?.category], ["医疗救助专项资金", "经常性项目", "互助帮困经费", "特定目标类"]);
  });

  it("主管部门 and 实施单位 with no space or with several; the dates with their spaces removed", () => {
    assert.deepEqual([medical?.supervisor, medical?.implementer, medical?.startDate, medical?.endDate], ["上海市宝山区医疗保障局", "上海市宝山区医疗保险事务中心", "2026年1月1日", "2026年12月31日"]);
    assert.deepEqual([mutualAid?.supervisor, mutualAid?.implementer, mutualAid?.startDate, mutualAid?.endDate], ["上海市宝山区医疗保障局", "上海市宝山区医疗保障局", "2026年1月1日", "2026年12月31日"]);
  });

  it("the unit from （ 万元 ） or (元); every amount as printed, with its line; 其他资金 twice is the total, then the year's", () => {
    assert.deepEqual(medical?.amounts.map((a) => [a.field, a.money.asPublished, a.money.unit, a.sourceLine]), [
      ["项目资金总额", "100.00", "万元", 13], ["年度资金申请总额", "80.00", "万元", 13], ["财政资金", "60.00", "万元", 14], ["当年财政拨款", "50.00", "万元", 15],
      ["上年结转资金", "10.00", "万元", 16], ["其他资金（总额）", "40.00", "万元", 17], ["其他资金（年度）", "20.00", "万元", 17],
    ]);
    assert.equal(medical?.amounts[0]?.money.fen, 100_000_000n, "100.00 万元 = 1,000,000.00 元");
    assert.deepEqual(mutualAid?.amounts.map((a) => [a.field, a.money.asPublished, a.money.unit, a.sourceLine]), [["项目资金总额", "5.00", "元", 35], ["年度资金申请总额", "5.00", "元", 35], ["财政资金", "5.00", "元", 36]]);
  });

  it("indicators under their 一级 and 二级, a value on the line after its name joined to it; the next sheet ends them", () => {
    assert.deepEqual(medical?.indicators.map((i) => [i.level1, i.level2, i.level3, i.value, i.sourceLine]), [["产出指标", "数量指标", "救助人次", "≥5000人次", 22], ["产出指标", "质量指标", "发放准确率", "100%", 25]]);
    assert.deepEqual(mutualAid?.indicators.map((i) => [i.level1, i.level2, i.level3, i.value, i.sourceLine]), [["效益指标", "社会效益指标", "覆盖范围", "稳步拓展", 38]]);
  });
});
