// Each branch of lib/view/finding-text.ts worded from a finding written out here by hand, with every part of the
// expected text written out too: the checks the five documents and the fragments do not reach (code-reading,
// the narrative percentages, a project in two documents with an unknown difference), the other branch of each
// check the real findings take one way, and the message without its missing parts. Templates are in
// lib/i18n/findings.ts; the strings below are what a reader sees.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FindingLocationRow, FindingRow } from "../lib/data/types";
import { findingText, type DocumentLabeller } from "../lib/view/finding-text";

const label: DocumentLabeller = (file) => `《${file}》`;

function row(over: Partial<FindingRow>): FindingRow {
  return {
    id: "F", check: "cross-table", severity: "warning", district: "baoshan", year: 2026, metric: null, causeId: null,
    foundYuan: null, expectedYuan: null, differenceYuan: null, params: {}, locations: [], ...over,
  };
}

function at(line: number, role: FindingLocationRow["role"], over: Partial<FindingLocationRow> = {}): FindingLocationRow {
  return { file: "a.txt", line, page: null, role, tableNo: null, column: null, amountYuan: null, ...over };
}

describe("code-reading", () => {
  const reading = (printed: string) =>
    findingText(row({
      check: "code-reading",
      params: { tableNo: 5, name: "行政运行", code: "2101501", part: "类", printed, readAs: "210", codeAsPrinted: "7 15 01", basisLine: 120 },
      locations: [at(130, "subject", { tableNo: 5 }), at(120, "peer", { tableNo: 5 })],
    }), label);

  it("names the part printed short, the line it is read from and the code used", () => {
    const t = reading("7");
    assert.equal(t.title, "表5“行政运行”的科目编码印作“7 15 01”");
    assert.equal(t.printed, "类的编码印作“7”，位数不对");
    assert.equal(t.supported, "上方第 120 行的类为 210");
    assert.equal(t.difference, null);
    assert.equal(t.used, "按 210 15 01 读取");
    assert.equal(t.message, "印为：类的编码印作“7”，位数不对。本文件其他数字：上方第 120 行的类为 210。本站采用：按 210 15 01 读取。");
  });

  it("a part printed blank is shown as （空白）", () => {
    assert.equal(reading("").printed, "类的编码印作“（空白）”，位数不对");
  });
});

describe("sums", () => {
  it("children-sum without a sum of the parts says nothing of them", () => {
    const t = findingText(row({
      check: "children-sum", foundYuan: "100.00",
      params: { tableNo: 2, code: "210", name: "卫生健康支出", column: "合计", partCount: 3 },
      locations: [at(40, "subject", { tableNo: 2, column: "合计", amountYuan: "100.00" })],
    }), label);
    assert.equal(t.title, "表2“210 卫生健康支出”（合计）不等于下级科目之和");
    assert.equal(t.printed, "100.00 元");
    assert.equal(t.supported, null);
    assert.equal(t.message, "印为：100.00 元。本站采用：原文印刷数，不作更正。");
  });

  it("row-sum where the 合计 itself is at issue lists the parts it should add up to", () => {
    const t = findingText(row({
      check: "row-sum", severity: "error", foundYuan: "300.00", expectedYuan: "250.00", differenceYuan: "50.00",
      params: { tableNo: 3, code: "2101501", name: "行政运行", column: "合计", parts: ["基本支出", "项目支出"] },
      locations: [
        at(10, "subject", { tableNo: 3, column: "合计", amountYuan: "300.00" }),
        at(10, "part", { tableNo: 3, column: "基本支出", amountYuan: "100.00" }),
        at(10, "part", { tableNo: 3, column: "项目支出", amountYuan: "150.00" }),
      ],
    }), label);
    assert.equal(t.title, "表3“210 15 01 行政运行”的合计不等于基本支出、项目支出之和");
    assert.equal(t.printed, "合计 300.00 元");
    assert.equal(t.supported, "基本支出 100.00 元 + 项目支出 150.00 元 = 250.00 元");
    assert.equal(t.difference, "+50.00 元");
  });

  it("row-sum where one part is at issue and the 合计 agrees with the line's children", () => {
    const t = findingText(row({
      check: "row-sum", severity: "error", foundYuan: "80.00", expectedYuan: "60.00", differenceYuan: "20.00",
      params: { tableNo: 3, code: "208", name: "社会保障和就业支出", column: "合计", parts: ["基本支出", "项目支出"] },
      locations: [
        at(10, "peer", { tableNo: 3, column: "合计", amountYuan: "100.00" }),
        at(10, "part", { tableNo: 3, column: "基本支出", amountYuan: "40.00" }),
        at(10, "subject", { tableNo: 3, column: "项目支出", amountYuan: "80.00" }),
      ],
    }), label);
    assert.equal(t.printed, "项目支出 80.00 元");
    assert.equal(t.supported, "合计 100.00 元，其中 基本支出 40.00 元，余 60.00 元；其下级科目之和也是 60.00 元");
  });

  it("a part without a column name keeps its amount; a list param that is absent lists nothing", () => {
    const t = findingText(row({
      check: "project-funds", foundYuan: "30.00", expectedYuan: "25.00", differenceYuan: "5.00",
      params: { project: "医保网络运行维护", field: "项目资金总额" },
      locations: [at(5, "subject", { amountYuan: "30.00" }), at(6, "part", { amountYuan: "25.00" })],
    }), label);
    assert.equal(t.title, "项目“医保网络运行维护”的项目资金总额不等于其构成之和");
    assert.equal(t.supported, " 25.00 元 = 25.00 元");
    const noParts = findingText(row({ check: "row-sum", params: { tableNo: 3, code: "", name: "合计" } }), label);
    assert.equal(noParts.title, "表3“合计”的合计不等于之和");
  });

  it("cross-table without another table's figure has no supported figure", () => {
    const t = findingText(row({
      check: "cross-table", params: { code: "210", name: "卫生健康支出", column: "合计", tables: ["2", "3"] },
      locations: [at(130, "subject", { tableNo: 2, amountYuan: "1.00" })],
    }), label);
    assert.equal(t.title, "“210 卫生健康支出”（合计）在表2、表3中数额不一致");
    assert.equal(t.printed, "表2第 130 行 1.00 元");
    assert.equal(t.supported, null);
    assert.equal(t.message, "印为：表2第 130 行 1.00 元。本站采用：各处均按原文印刷数存储，不作更正。");
  });

  it("ambiguous-number names each table that settles the reading, in order", () => {
    const t = findingText(row({
      check: "ambiguous-number", expectedYuan: "145416223.44",
      params: { tableNo: 1, name: "卫生健康支出", column: "预算数", asPrinted: "145,416,223.44.00", alternativesYuan: ["145416223.44", "14541622344.00"] },
      locations: [at(148, "subject", { tableNo: 1 }), at(176, "peer", { tableNo: 2 }), at(205, "peer", { tableNo: 3 })],
    }), label);
    assert.equal(t.supported, "可读作 145,416,223.44 元 或 14,541,622,344.00 元；本文件表2第 176 行、表3第 205 行印有 145,416,223.44 元");
  });
});

describe("tables and years", () => {
  const truncated = (missingIncome: boolean, missingExpense: boolean) =>
    findingText(row({ check: "table-truncated", params: { tableNo: 4, title: "部门财政拨款收支预算总表", missingIncome, missingExpense, endLine: 242 } }), label);

  it("table-truncated names only the total rows that are missing", () => {
    assert.equal(truncated(true, false).title, "表4“部门财政拨款收支预算总表”不完整：缺少“收入总计”行");
    assert.equal(truncated(false, true).printed, "表格在第 242 行结束，没有“支出总计”行，表格被截断");
    assert.equal(truncated(true, true).title, "表4“部门财政拨款收支预算总表”不完整：缺少“收入总计”和“支出总计”行");
    assert.equal(truncated(true, true).used, null);
  });

  it("table-missing's message is its one part, nothing for the parts it has not", () => {
    const t = findingText(row({ check: "table-missing", params: { tableNo: 6, title: "6. 政府性基金预算支出表" } }), label);
    assert.equal(t.message, "印为：目录写“6. 政府性基金预算支出表”，正文中没有这张表，也没有“本表无数据”的说明。");
  });

  it("year-mismatch in a table's title", () => {
    const t = findingText(row({ check: "year-mismatch", params: { tableNo: 6, where: "title", printedYear: 2022, documentYear: 2023, text: "6、2022年政府性基金预算支出表" } }), label);
    assert.equal(t.title, "表6标题的年份印作 2022 年");
    assert.equal(t.printed, "本文件是 2023 年预算，这里写“6、2022年政府性基金预算支出表”");
  });
});

describe("narrative-vs-table: what the text is compared with", () => {
  const narrative = (params: FindingRow["params"]) =>
    findingText(row({
      check: "narrative-vs-table", foundYuan: "2090000.00", expectedYuan: "2087100.00", differenceYuan: "2900.00",
      params: { subject: "机关运行经费", figureAsPrinted: "209", figureUnit: "万元", targetAsPrinted: "208.71", targetUnit: "万元", ...params },
      locations: [
        at(50, "subject", { tableNo: 9, amountYuan: "2090000.00" }),
        at(300, "peer", { tableNo: 9, amountYuan: "2087100.00" }),
        at(327, "peer", { tableNo: 8, amountYuan: "2087132.00" }),
      ],
    }), label);

  it("a table figure more precise than the text: the text is the rounded one, the others witness", () => {
    const t = narrative({ targetTable: "9", targetName: "机关运行经费", consistentAtPrecision: true, finer: "table", metricReadsTarget: false });
    assert.equal(t.title, "说明文字“机关运行经费”是表9机关运行经费取整后的数");
    assert.equal(t.printed, "第 50 行写 209 万元");
    assert.equal(t.supported, "表9机关运行经费印作 208.71 万元；表8第 327 行 2,087,132.00 元 支持说明文字的数额；两者在说明文字的精度上一致");
    assert.equal(t.used, "各处均按原文印刷数存储，不作更正");
  });

  it("names the target: a project's field, a table's 合计 or 总计 row with its column, a line by code and name", () => {
    const title = (params: FindingRow["params"]) => narrative({ consistentAtPrecision: false, ...params }).title;
    assert.equal(title({ targetName: "医疗救助资金", targetPart: "年度资金申请总额" }), "说明文字“机关运行经费”与项目“医疗救助资金”年度资金申请总额不一致");
    assert.equal(title({ targetTable: "3", targetName: "合计", targetColumn: "项目支出" }), "说明文字“机关运行经费”与表3合计“项目支出”不一致");
    assert.equal(title({ targetTable: "1", targetName: "支出总计", targetColumn: null }), "说明文字“机关运行经费”与表1支出总计不一致");
    assert.equal(title({ targetTable: "5", targetName: "卫生健康<br />支出", targetCode: "210" }), "说明文字“机关运行经费”与表5“210 卫生健康支出”不一致");
    assert.equal(title({ targetTable: "5", targetName: "总计以外的支出", targetCode: "" }), "说明文字“机关运行经费”与表5“总计以外的支出”不一致");
  });
});

describe("narrative-percentage", () => {
  const percentage = (params: FindingRow["params"], over: Partial<FindingRow> = {}) =>
    findingText(row({ check: "narrative-percentage", params, locations: [at(60, "subject", { tableNo: 9 }), at(58, "peer", { amountYuan: "2206300.00" })], ...over }), label);

  it("restated: the same item written with two amounts in one passage", () => {
    const t = percentage(
      { kind: "restated", subject: "“医疗救助（项）”", figureSubject: "2023年预算安排", figureAsPrinted: "441.25", figureUnit: "万元", itemAsPrinted: "220.63", itemUnit: "万元" },
      { foundYuan: "4412500.00", expectedYuan: "2206300.00", differenceYuan: "2206200.00" },
    );
    assert.equal(t.title, "说明文字“医疗救助（项）”在同一段中写了两个不同的数额");
    assert.equal(t.printed, "第 60 行写“2023年预算安排 441.25 万元”");
    assert.equal(t.supported, "同一项目在第 58 行写 220.63 万元");
    assert.equal(t.difference, "+2,206,200.00 元");
    assert.equal(t.used, "各处均按原文印刷数存储，不作更正");
  });

  it("share: the part over the whole; a subject quoted only in part keeps its quotes", () => {
    const t = percentage({
      kind: "share", subject: "“三公”经费", item: null, stated: "0.5", statedDirection: null, expected: "0.48", lastDigit: false,
      figureAsPrinted: "1.00", figureUnit: "万元", wholeSubject: "一般公共预算", wholeAsPrinted: "208.00", wholeUnit: "万元",
    });
    assert.equal(t.title, "说明文字““三公”经费”占 0.5% 与其数额不符");
    const tail = percentage({ kind: "share", subject: "本部门“三公”", stated: "0.5", expected: "0.48", figureAsPrinted: "1.00", figureUnit: "万元", wholeSubject: "一般公共预算", wholeAsPrinted: "208.00", wholeUnit: "万元" });
    assert.equal(tail.title, "说明文字“本部门“三公””占 0.5% 与其数额不符");
    assert.equal(t.printed, "第 60 行写“占 0.5%”");
    assert.equal(t.supported, "“三公”经费 1.00 万元 ÷ 一般公共预算 208.00 万元 = 0.48%");
    assert.equal(t.message, "印为：第 60 行写“占 0.5%”。本文件其他数字：“三公”经费 1.00 万元 ÷ 一般公共预算 208.00 万元 = 0.48%。本站采用：各处均按原文印刷数存储，不作更正。");
  });

  it("rate on the prior year's outturn, titled by its item, which was wholly quoted", () => {
    const t = percentage({
      kind: "rate", subject: "2023年预算安排", item: "“医疗救助（项）”", stated: "10.5", statedDirection: "increase", expected: "3.20", expectedDirection: "decrease",
      lastDigit: false, figureAsPrinted: "128.35", figureUnit: "万元", baseAsPrinted: "132.59", baseUnit: "万元",
    });
    assert.equal(t.title, "说明文字“医疗救助（项）”增长 10.5% 与其数额不符");
    assert.equal(t.printed, "第 60 行写“增长 10.5%”");
    assert.equal(t.supported, "预算执行数 132.59 万元 → 预算安排 128.35 万元：减少 3.20%");
  });

  it("rate on a stated decrease, off in its last digit", () => {
    const t = percentage({
      kind: "rate", subject: "机关运行经费", item: null, stated: "3.55", statedDirection: "decrease", expected: "3.54", expectedDirection: "decrease", lastDigit: true,
      figureAsPrinted: "157.51", figureUnit: "万元", changeAsPrinted: "5.78", changeUnit: "万元", changeDirection: "decrease", priorAsPrinted: "163.29",
    }, { locations: [] });
    assert.equal(t.title, "说明文字“机关运行经费”的百分比 3.55% 末位与其数额不符（舍入）");
    assert.equal(t.printed, "写“减少 3.55%”");
    assert.equal(t.supported, "机关运行经费 157.51 万元比上年减少 5.78 万元，上年即 163.29 万元：减少 3.54%");
  });
});

describe("projects and sources", () => {
  it("project-vs-line in 元: the amount once; the line booked across names the other line's amount", () => {
    const t = findingText(row({
      check: "project-vs-line", metric: "medical-assistance", foundYuan: "33760000.00", expectedYuan: "33000000.00", differenceYuan: "760000.00",
      params: { project: "医疗救助资金", code: "2101301", lineName: "城乡医疗救助", field: "年度资金申请总额", asPrinted: "33,760,000.00", unit: "元", lineFile: "a.txt", otherCode: "2101399", otherName: "其他医疗救助支出" },
      locations: [
        at(400, "subject", { amountYuan: "33760000.00" }),
        at(210, "peer", { tableNo: 5, column: "合计", amountYuan: "33000000.00" }),
        at(214, "peer", { tableNo: 5, column: "项目支出", amountYuan: "760000.00" }),
      ],
    }), label);
    assert.equal(t.title, "项目“医疗救助资金”与功能分类 210 13 01 城乡医疗救助不一致");
    assert.equal(t.printed, "项目年度资金申请总额 33,760,000.00 元");
    assert.equal(t.supported, "表5“210 13 01 城乡医疗救助”33,000,000.00 元（第 210 行）；差额等于表5“210 13 99 其他医疗救助支出”的项目支出 760,000.00 元：项目可能分列在两个科目");
    assert.equal(t.used, "“医疗救助”指标取项目金额");
  });

  it("project-cross-document words each kind of difference, and one it does not know by name and values", () => {
    const t = findingText(row({
      check: "project-cross-document",
      params: { project: "医疗救助资金", fileA: "a.txt", fileB: "b.txt", kinds: ["amount", "level2", "value", "other"], names: ["年度资金申请总额", "补助发放准确率", "救助人次", "备注"], inA: ["100", "质量指标", "≥95%", "甲"], inB: ["200", "数量指标", "≥90%", "乙"] },
      locations: [at(218, "subject"), at(405, "peer", { file: "b.txt" })],
    }), label);
    assert.equal(t.title, "项目“医疗救助资金”在两份文件中不一致");
    assert.equal(t.printed, "《a.txt》与《b.txt》有 4 处不同：年度资金申请总额：100 / 200；“补助发放准确率”的二级指标：质量指标 / 数量指标；“救助人次”的指标值：≥95% / ≥90%；备注：甲 / 乙");
    assert.equal(t.supported, null);
  });

  it("metric-source with a reason it does not know says nothing of what is used", () => {
    const t = findingText(row({
      check: "metric-source", severity: "info",
      params: { metric: "mutual-aid", chosenFile: "a.txt", others: ["b.txt", "c.txt"], agree: false, reason: "unknown" },
      locations: [at(1, "subject", { amountYuan: "10.00" }), at(1, "peer", { file: "b.txt", amountYuan: "11.00" }), at(1, "peer", { file: "c.txt", amountYuan: null })],
    }), label);
    assert.equal(t.title, "互助帮困 2026 年有 3 个来源，本站采用《a.txt》");
    assert.equal(t.printed, "来源：《a.txt》（10.00 元）；另见 《b.txt》（11.00 元）、《c.txt》（（空白））");
    assert.equal(t.used, null);
    assert.equal(t.message, "印为：来源：《a.txt》（10.00 元）；另见 《b.txt》（11.00 元）、《c.txt》（（空白））。本文件其他数字：各来源数额不同。");
  });
});
