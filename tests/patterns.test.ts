// Negative cases for every pattern that recognises something: each real name or title is recognised, and a
// near-miss that a district could print is not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audit } from "../lib/audit";
import { BUDGET_TABLES } from "../lib/domain/budget-tables";
import { isMedicalInsuranceEntity } from "../lib/domain/entities";
import { METRIC_PROJECTS, projectMetricOf } from "../lib/domain/metrics";
import { resolveMetrics } from "../lib/metrics/resolve";
import { fenToYuan, parseMoney } from "../lib/money";
import { SourceError } from "../lib/parse";
import { tableTitle } from "../lib/parse/tables";
import { budgetHead, economicTable, INDICATORS, only, parse, projectSheet, sheetsDocument, table9 } from "./fragments";

describe("metric projects (METRIC_PROJECTS)", () => {
  const REAL: Array<[string, "medical-assistance" | "mutual-aid"]> = [
    ["医疗救助资金", "medical-assistance"], // 000:442 宝山 2026
    ["医疗救助专项经费", "medical-assistance"], // 004:7 普陀 2026
    ["市民社区医疗互助帮困计划资金", "mutual-aid"], // 000:466
    ["市民互助帮困统筹资金经费", "mutual-aid"],
    ["市民社区医疗互助帮困经费", "mutual-aid"],
  ];
  for (const [name, metric] of REAL) {
    it(`recognises "${name}" as ${metric}`, () => assert.equal(projectMetricOf(name), metric));
  }

  const NEAR_MISSES = [
    "普陀区一站式医疗救助系统（升级改造）",
    "医疗救助信息系统运维经费",
    "医疗救助资金管理系统",
    "医疗救助",
    "城乡医疗救助资金绩效评价",
    "互助帮困宣传经费",
    "市民社区医疗互助帮困信息系统",
    "市民社区医疗互助帮困计划资金宣传",
    "医保网络运行维护",
  ];
  for (const name of NEAR_MISSES) {
    it(`does not take "${name}" for a metric project`, () => {
      assert.equal(projectMetricOf(name), null);
      assert.deepEqual(METRIC_PROJECTS.filter((p) => p.matches.test(name)).map((p) => p.metric), []);
    });
  }

  it("a near-miss project in a document is neither a metric's source nor compared with 210 13 01", () => {
    const sheet = projectSheet("普陀区一站式医疗救助系统（升级改造）", { total: "1,000,000.00", annual: "1,000,000.00" }, INDICATORS);
    const doc = parse(budgetHead() + table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]) + sheet);
    const record = resolveMetrics([doc], []).records.find((r) => r.metric === "medical-assistance");
    assert.deepEqual([record?.status, record?.amountFen], ["not_disclosed", null]);
    assert.deepEqual(audit([doc]).findings, []);
  });
});

describe("table titles", () => {
  // Titles as printed in the five documents (000 宝山 2026 部门预算, 003 青浦 2023 单位预算) and a plain variant.
  const REAL: Array<[string, number]> = [
    ["1、2026年部门财务收支预算总表", 1],
    ["2023年预算单位财务收支预算总表", 1],
    ["2、2026年部门收入预算总表", 2],
    ["2023年预算单位收入预算总表", 2],
    ["3、2026年部门支出预算总表", 3],
    ["4、2026年部门财政拨款收支预算总表", 4],
    ["2023年预算单位财政拨款收支预算总表", 4],
    ["5、2026年部门一般公共预算支出功能分类预算表", 5],
    ["6、2026年部门政府性基金预算支出功能分类预算表", 6],
    ["7、2026年部门国有资本经营预算支出功能分类预算表", 7],
    ["8、2026年部门一般公共预算基本支出部门预算经济分类预算表", 8],
    ["9、2026年部门“三公”经费和机关运行经费预算", 9],
    ["单位“三公”经费和机关运行经费预算表", 9],
  ];
  // One near-miss per table: a 决算 (final accounts) table, another classification, or the text about a table.
  const NEAR_MISSES = [
    "1、2025年部门财务收支决算总表",
    "2、2025年部门收入决算总表",
    "3、2025年部门支出决算总表",
    "4、2025年部门财政拨款收支决算总表",
    "5、2026年部门一般公共预算支出经济分类预算表",
    "6、2026年部门政府性基金预算支出经济分类预算表",
    "7、2026年部门国有资本经营预算支出功能分类决算表",
    "8、2026年部门一般公共预算项目支出经济分类预算表",
    "9、2025年部门“三公”经费和机关运行经费决算表",
    "一、2026年“三公”经费预算情况说明",
    "2026 年部门预算编制说明",
  ];
  const domainNo = (title: string) => BUDGET_TABLES.find((t) => t.title.test(title))?.no ?? null;

  for (const [title, no] of REAL) {
    it(`"${title}" is table ${no} (parser and domain vocabulary agree)`, () => {
      assert.equal(tableTitle(title)?.tableNo, no);
      assert.equal(domainNo(title), no);
    });
  }
  for (const title of NEAR_MISSES) {
    it(`"${title}" is no budget table`, () => {
      assert.equal(tableTitle(title), null);
      if (!/说明/.test(title)) assert.equal(domainNo(title), null);
    });
  }
  it("a table row (tab-separated) is never a title, even when it names one", () => {
    assert.equal(tableTitle("1\t2026年部门财务收支预算总表"), null);
  });
});

describe("medical-insurance entities (isMedicalInsuranceEntity)", () => {
  const YES = [
    "上海市宝山区医疗保障局",
    "上海市青浦区医疗保险事务中心",
    "上海市浦东新区医疗保障局",
    "上海市普陀区医疗保障事务中心",
    "上海市普陀区医疗 保障局", // as the PDF text breaks it (004:195)
  ];
  const NO = [
    "上海市普陀区财政局",
    "上海市宝山区卫生健康委员会",
    "上海市普陀区社会福利院",
    "上海市普陀区万里街道办事处",
    "上海市普陀区人民政府办公室",
    "上海市医疗保障局", // the city's bureau, not a district's
    "上海市浦西区医疗保障局", // no such district
    "上海市宝山区医疗保障局工会",
    "上海市宝山区社区医疗保险事务中心",
  ];
  for (const name of YES) it(`"${name}" belongs on the dashboard`, () => assert.equal(isMedicalInsuranceEntity(name), true));
  for (const name of NO) it(`"${name}" does not`, () => assert.equal(isMedicalInsuranceEntity(name), false));
});

describe("units", () => {
  it("万元 and 元 convert exactly to fen", () => {
    assert.equal(parseMoney("168.98", "万元").fen, 168_980_000n);
    assert.equal(parseMoney("168.98", "元").fen, 16_898n);
    assert.equal(parseMoney("1,234,567.89", "元").fen, 123_456_789n);
  });

  const t8 = (unitLine: string) =>
    economicTable(["302\t\t商品和服务支出\t10.00\t0.00\t10.00", "302\t17\t公务接待费\t10.00\t0.00\t10.00", "合计\t\t\t10.00\t0.00\t10.00"]).replace("单位：元", unitLine);
  const t9 = table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "1.00"]);

  for (const [unitLine, unit, fen] of [["单位：元", "元", 1_000n], ["单位:万元", "万元", 10_000_000n], ["单位： 元 ", "元", 1_000n]] as const) {
    it(`"${unitLine.trim()}" reads the table in ${unit}`, () => {
      const table = parse(budgetHead() + t8(unitLine) + t9).tables.find((t) => t.tableNo === 8);
      assert.equal(table?.unit, unit);
      assert.equal(table?.lines.find((l) => l.code === "30217")?.amounts[0]?.money.fen, fen);
    });
  }

  it("a table in 千元 is refused with file and line, never read as 元 or 万元 nor taken for a contents entry", () => {
    const text = budgetHead() + t8("单位：千元") + t9;
    const line = text.split("\n").findIndex((l) => l === "单位：千元") + 1;
    assert.throws(() => parse(text), (error: Error) => {
      assert.equal(error.message, `fragment.txt:${line}: the table titled on line ${line - 2} is in "千元": only 元 and 万元 are read`);
      return true;
    });
  });

  it("a project sheet in 千元 is refused, naming the file", () => {
    const sheet = projectSheet("医疗救助资金", { total: "10.00", annual: "10.00" }, INDICATORS).replace("项目资金 (元)", "项目资金 (千元)");
    assert.throws(() => parse(sheetsDocument("医疗保障局", [sheet]), "sheets.txt"), (e: unknown) => e instanceof SourceError && e.fileName === "sheets.txt");
  });

  it("the text's amounts are 元 or 万元; 千元, 亿元 and thresholds are not figures", () => {
    const text = `${budgetHead()}其他相关情况说明\n\n本部门公务接待费1.00万元，差旅费200元，印刷费3千元，基金规模2亿元。\n\n单价 100 万元（含）以上设备（不含车辆）0 台（套）；单位价值50万元以上通用设备1台（套）。\n\n${t9}`;
    const doc = parse(text);
    assert.deepEqual(doc.narrative.map((n) => [n.subject, n.money.unit, fenToYuan(n.money.fen)]), [
      ["本部门公务接待费", "万元", "10000.00"],
      ["差旅费", "元", "200.00"],
    ]);
  });
});

describe("explanatory-text subjects that resolve to table 9", () => {
  const t9 = ["1.00", "0.20", "0.30", "0.50", "0.10", "0.40", "168.98"];
  /** The target a sentence is compared with, read off the finding its wrong figure (9.99 万元) raises. */
  const target = (sentence: string) => {
    const doc = parse(`${budgetHead()}其他相关情况说明\n\n${sentence}\n\n${table9(t9)}`);
    const found = audit([doc]).findings.filter((f) => f.check === "narrative-vs-table");
    return found.length === 0 ? null : [found[0]?.params.targetTable, found[0]?.params.targetPart, found[0]?.metric];
  };
  const RESOLVED: Array<[string, string, string]> = [
    ["2026年，本部门“三公”经费预算数为9.99万元，与2025年预算持平。", "total", "three-public"],
    ["2026年三公经费预算9.99万元。", "total", "three-public"],
    ["其中：因公出国（境）费9.99万元，与2025年预算持平。", "abroad", "three-public"],
    ["其中：公务接待费9.99万元。", "reception", "three-public"],
    ["其中：公务用车购置及运行费9.99万元。", "vehicles", "three-public"],
    ["其中：公务用车购置及运行维护费9.99万元。", "vehicles", "three-public"],
    ["其中：公务用车购置费9.99万元。", "vehiclePurchase", "three-public"],
    ["其中：公务用车运行费9.99万元。", "vehicleOperation", "three-public"],
    ["2026年，本部门财政拨款的机关运行经费预算9.99万元。", "operating", "operating-expenses"],
    ["2026年本单位财政拨款的机关运行经费预算为9.99万元。", "operating", "operating-expenses"],
  ];
  for (const [sentence, part, metric] of RESOLVED) {
    it(`"${sentence}" → table 9 ${part}`, () => assert.deepEqual(target(sentence), [9, part, metric]));
  }
  const NOT_RESOLVED = [
    "2025年“三公”经费决算数为9.99万元。",
    "2025年机关运行经费决算9.99万元。",
    "其中：国内公务接待费9.99万元。",
    "其中：公务用车购置费用预留9.99万元。",
    "三公经费以外的其他经费预算9.99万元。",
  ];
  for (const sentence of NOT_RESOLVED) {
    it(`"${sentence}" is not compared with table 9`, () => assert.equal(target(sentence), null));
  }

  it("a prior-year point is derived from a 三公 or 机关运行经费 sentence, never from a 决算 one", () => {
    const text = `${budgetHead()}其他相关情况说明\n\n2026年，本部门“三公”经费预算数为1.00万元，比2025年预算减少0.50万元。\n\n2026年，本部门财政拨款的机关运行经费预算168.98万元，比上年预算增加5.77万元。\n\n2025年“三公”经费决算数为2.00万元，比2024年决算增加0.10万元。\n\n${table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"])}`;
    const derived = resolveMetrics([parse(text)], []).records.filter((r) => r.status === "derived");
    assert.deepEqual(derived.map((r) => [r.year, r.metric, r.amountFen === null ? null : fenToYuan(r.amountFen)]), [
      [2025, "three-public", "15000.00"], // 1.00 + 0.50 万元
      [2025, "operating-expenses", "1632100.00"], // 168.98 − 5.77 万元
    ]);
  });

  it("a wrong figure for 公务接待费 reads table 9's part, not a 类 of table 5", () => {
    const doc = parse(`${budgetHead()}其他相关情况说明\n\n其中：公务接待费0.40万元。\n\n${table9(t9)}`);
    const f = only(audit([doc]).findings, "narrative-vs-table");
    assert.deepEqual([f.params.targetTable, f.params.targetAsPrinted, f.params.figureAsPrinted], [9, "0.30", "0.40"]);
  });
});
