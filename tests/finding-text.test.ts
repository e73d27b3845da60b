// The wording of each check (lib/view/finding-text.ts): the exact amounts in 元 as a reader sees them, the
// table, line and column named, no "应为" (a misprint is reported, never corrected), and documents named by
// their label rather than their file name. Expected phrases are written out by hand.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audit, CHECK_IDS, type Finding } from "../lib/audit";
import type { DocumentRow, FindingRow } from "../lib/data/types";
import { resolveMetrics } from "../lib/metrics/resolve";
import { fenToYuan } from "../lib/money";
import type { ParsedDocument } from "../lib/parse";
import { documentLabel, documentLabeller } from "../lib/view/document-label";
import { findingText, type DocumentLabeller } from "../lib/view/finding-text";
import { budgetHead, economicTable, INDICATORS, parse, projectSheet, sheetsDocument, summaryTable, table9 } from "./fragments";
import { FILES, parseAllSources } from "./helpers";

const yuan = (fen: bigint | null | undefined): string | null => (fen === null || fen === undefined ? null : fenToYuan(fen));

/** A finding as lib/data hands it to the view (exact 元 strings), built here from the audit's data. */
function rowOf(f: Finding): FindingRow {
  return {
    id: f.id, check: f.check, severity: f.severity, district: f.districtSlug, year: f.year, metric: f.metric, causeId: f.causeId,
    foundYuan: yuan(f.amounts?.foundFen), expectedYuan: yuan(f.amounts?.expectedFen), differenceYuan: yuan(f.amounts?.differenceFen),
    params: f.params,
    locations: f.locations.map((l) => ({ file: l.fileName, line: l.line, page: null, role: l.role, tableNo: l.tableNo, column: l.column, amountYuan: yuan(l.amountFen) })),
  };
}

function rowsOf(docs: ParsedDocument[]): DocumentRow[] {
  return docs.map((d) => ({
    fileName: d.fileName, sha256: d.sha256, district: d.meta.districtSlug, districtName: d.meta.districtNameZh, year: d.meta.year,
    kind: d.meta.kind, scope: d.meta.scope, layout: d.meta.layout, format: "text", title: d.meta.title, entity: d.meta.entityName,
    lineCount: d.lineCount, byteLength: d.byteLength, sourceUrl: null, publisher: null, publishedOn: null, pageCount: null,
  }));
}

const realDocs = parseAllSources();
const realAudit = audit(realDocs).findings;
const real = [...realAudit, ...resolveMetrics(realDocs, realAudit).findings];
const realLabel = documentLabeller(rowsOf(realDocs));

/** Every finding worded here, with the labeller of its documents, for the checks that apply to all. */
const worded: Array<{ finding: Finding; label: DocumentLabeller; files: string[] }> = [];

function text(findings: readonly Finding[], id: string, label: DocumentLabeller = realLabel) {
  const f = findings.find((x) => x.id === id);
  assert.ok(f, `no finding ${id}`);
  return findingText(rowOf(f), label);
}

/** The one finding of `check` in fragment documents, worded with a labeller built from those documents. */
function fragmentText(docs: ParsedDocument[], check: Finding["check"], pick: (f: Finding) => boolean = () => true) {
  const all = audit(docs).findings;
  const hits = [...all, ...resolveMetrics(docs, all).findings].filter((f) => f.check === check && pick(f));
  assert.equal(hits.length, 1, `one ${check} finding, got ${hits.length}`);
  const [f] = hits;
  assert.ok(f);
  const label = documentLabeller(rowsOf(docs));
  worded.push({ finding: f, label, files: docs.map((d) => d.fileName) });
  return findingText(rowOf(f), label);
}

const includesAll = (haystack: string, needles: readonly string[]) => {
  for (const n of needles) assert.ok(haystack.includes(n), `expected «${n}» in «${haystack}»`);
};

describe("the wording of the five documents' findings", () => {
  it("children-sum: 青浦 table 2's 210 (003:130)", () => {
    const t = text(real, "F-7fb4a46b");
    assert.equal(t.title, "表2“210 卫生健康支出”（合计）不等于下级科目之和");
    assert.equal(t.printed, "18,003,263.00 元");
    assert.equal(t.supported, "下级 4 行之和 25,453,263.00 元");
    assert.equal(t.difference, "−7,450,000.00 元");
    assert.equal(t.message, "印为：18,003,263.00 元。本文件其他数字：下级 4 行之和 25,453,263.00 元。差额：−7,450,000.00 元。本站采用：原文印刷数，不作更正。");
  });

  it("children-sum: the 合计 row (003:142)", () => {
    const t = text(real, "F-bbcbc765");
    assert.equal(t.title, "表2合计（合计）不等于各类之和");
    includesAll(t.message, ["29,132,580.00 元", "下级 3 行之和 21,682,580.00 元", "差额：+7,450,000.00 元"]);
  });

  it("row-sum: 青浦 table 3's 208 — the blank 项目支出 is at issue, not the right 合计 (003:152)", () => {
    const t = text(real, "F-2d4ef60b");
    assert.equal(t.title, "表3“208 社会保障和就业支出”的合计不等于基本支出、项目支出之和");
    assert.equal(t.printed, "项目支出 （空白）");
    assert.equal(t.supported, "合计 2,667,065.00 元，其中 基本支出 2,167,065.00 元，余 500,000.00 元；其下级科目之和也是 500,000.00 元");
    assert.equal(t.difference, "−500,000.00 元");
  });

  it("children-sum with a blank cell says it is printed blank (003:152 项目支出)", () => {
    const t = text(real, "F-ea32c72d");
    assert.equal(t.printed, "（空白）");
    assert.equal(t.supported, "下级 2 行之和 500,000.00 元");
  });

  it("cross-table: 卫生健康支出 printed 18,003,263 in tables 2, 3 and 5, outvoted by its parts and table 1 (003:130)", () => {
    const t = text(real, "F-18fcc30e");
    assert.equal(t.title, "“卫生健康支出”（合计）在表1、表2、表3、表5中数额不一致");
    assert.equal(t.printed, "表2第 130 行 18,003,263.00 元；表3第 159 行 18,003,263.00 元；表5第 199 行 18,003,263.00 元");
    assert.equal(t.supported, "表1第 103 行 25,453,263.00 元");
    assert.equal(t.difference, "−7,450,000.00 元");
  });

  it("ambiguous-number: 宝山 2023 table 1 (002:148), settled by four other prints", () => {
    const t = text(real, "F-69d6a8fa");
    assert.equal(t.title, "表1“卫生健康支出”（预算数）的数字印有两个小数点");
    assert.equal(t.printed, "“145,416,223.44.00”");
    includesAll(t.supported ?? "", ["145,416,223.44 元 或 14,541,622,344.00 元", "表2第 176 行", "表3第 205 行", "表5第 258 行", "印有 145,416,223.44 元"]);
    assert.equal(t.used, "按 145,416,223.44 元读取（其他表格与说明支持这一读法）");
    assert.equal(t.difference, null);
  });

  it("table-truncated: 宝山 2023 table 4 (002:222)", () => {
    const t = text(real, "F-d0311610");
    assert.equal(t.title, "表4“4、2023 年部门财政拨款收支预算总表”不完整：缺少“收入总计”和“支出总计”行");
    assert.equal(t.printed, "表格在第 242 行结束，没有“收入总计”和“支出总计”行，表格被截断");
  });

  it("table-missing: 宝山 2023 table 6 (002:19)", () => {
    const t = text(real, "F-fa6beb27");
    assert.equal(t.title, "目录列出的表6在正文中缺失");
    assert.equal(t.printed, "目录写“6. 2023 年部门政府性基金预算支出功能分类预算表”，正文中没有这张表，也没有“本表无数据”的说明");
  });

  it("year-mismatch: contents and note (003:19, 003:242)", () => {
    assert.equal(text(real, "F-5ac5685d").title, "目录中表6的年份印作 2022 年");
    const note = text(real, "F-058333b5");
    assert.equal(note.title, "表6的说明写作 2022 年");
    assert.equal(note.printed, "本文件是 2023 年预算，这里写“注：本单位2022年度无政府性基金预算财政拨款支出，故本表无数据。”");
  });

  it("narrative-vs-table: 青浦's 208.71 万元, more precise than table 9's 209 万元, with table 8 as witness (003:353)", () => {
    const t = text(real, "F-7fcd1ea5");
    assert.equal(t.title, "说明文字“本单位财政拨款的机关运行经费预算”比表9机关运行经费预算数印得更精确");
    includesAll(t.message, ["第 353 行写 208.71 万元", "表9机关运行经费预算数印作 209 万元", "表8第 327 行 2,087,132.00 元 支持说明文字的数额", "差额：−2,900.00 元"]);
    assert.equal(t.used, "“机关运行经费”指标按定义取表9机关运行经费预算数，即 209 万元");
  });

  it("project-vs-line: 青浦's 互助帮困 project against 210 13 99, booked across two lines (003:414)", () => {
    const t = text(real, "F-7793d83f");
    assert.equal(t.title, "项目“市民互助帮困统筹资金经费”与功能分类 210 13 99 其他医疗救助支出不一致");
    assert.equal(t.printed, "项目年度资金申请总额 1325 万元（13,250,000.00 元）");
    assert.equal(
      t.supported,
      "表5“210 13 99 其他医疗救助支出”12,750,000.00 元（第 214 行）；差额等于表5“208 10 06 养老服务”的项目支出 500,000.00 元：项目可能分列在两个科目",
    );
    assert.equal(t.difference, "+500,000.00 元");
    assert.equal(t.used, "“互助帮困”指标取项目金额");
  });

  it("project-cross-document: 宝山 2023's 医疗救助资金 in two documents, named by their labels (001:218)", () => {
    const t = text(real, "F-502b4763");
    assert.equal(t.title, "项目“医疗救助资金”在两份文件中不一致");
    includesAll(t.printed ?? "", [
      "上海市宝山区医疗保障局 2023 年绩效目标表与上海市宝山区医疗保障局 2023 年部门预算有 6 处不同",
      "“补助发放准确率”的二级指标：质量指标 / 数量指标",
    ]);
  });

  it("indicator-hierarchy: 普陀's 时效指标 under 效益指标 (004:209)", () => {
    const t = text(real, "F-79bf47d5");
    assert.equal(t.title, "项目“定点机构协议管理专项经费”的绩效指标层级错位");
    includesAll(t.printed ?? "", ["二级指标“时效指标”列在一级指标“效益指标”之下（三级指标“预算资金到位及时性”）", "经济效益指标、社会效益指标、生态效益指标、可持续影响指标"]);
  });

  it("metric-source: 宝山 2023 医疗救助 read from the 部门预算 rather than the project sheet", () => {
    const f = real.find((x) => x.check === "metric-source" && x.metric === "medical-assistance" && x.districtSlug === "baoshan" && x.year === 2023);
    assert.ok(f);
    const t = findingText(rowOf(f), realLabel);
    assert.equal(t.title, "医疗救助 2023 年有 2 个来源，本站采用上海市宝山区医疗保障局 2023 年部门预算");
    assert.equal(t.printed, "来源：上海市宝山区医疗保障局 2023 年部门预算（35,475,000.00 元）；另见 上海市宝山区医疗保障局 2023 年绩效目标表（35,475,000.00 元）");
    assert.equal(t.supported, "各来源数额一致");
    assert.equal(t.used, "预算文件优先于单独的项目表（预算文件同时列出该项目所属的功能分类科目）");
  });
});

describe("the wording of checks the five documents do not trigger", () => {
  const t9 = (cells: string[]) => budgetHead() + table9(cells);

  it("totals-balance", () => {
    const doc = parse(budgetHead() + summaryTable(1, [["一、财政拨款收入", "10.00", "八、卫生健康支出", "10.00"]], ["10.00", "12.00"]), "a.txt");
    const t = fragmentText([doc], "totals-balance");
    assert.equal(t.title, "表1收入总计不等于支出总计");
    assert.equal(t.message, "印为：12.00 元。本文件其他数字：收入总计 10.00 元。差额：+2.00 元。本站采用：原文印刷数，不作更正。");
  });

  it("three-public-sum: the total and the vehicles", () => {
    const total = fragmentText([parse(t9(["2.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]), "a.txt")], "three-public-sum");
    assert.equal(total.title, "“三公”经费合计不等于分项之和");
    assert.equal(total.message, "印为：20,000.00 元。本文件其他数字：分项之和 10,000.00 元。差额：+10,000.00 元。本站采用：原文印刷数，不作更正。");
    const vehicles = fragmentText([parse(t9(["3.50", "0.00", "1.00", "2.50", "1.00", "1.00", "168.98"]), "a.txt")], "three-public-sum");
    assert.equal(vehicles.title, "公务用车购置及运行费不等于购置费与运行费之和");
    includesAll(vehicles.message, ["印为：25,000.00 元", "分项之和 20,000.00 元", "差额：+5,000.00 元"]);
  });

  const t8 = (reception: string, other: string, publicTotal: string) =>
    economicTable([
      `302\t\t商品和服务支出\t${publicTotal}\t0.00\t${publicTotal}`,
      `302\t17\t公务接待费\t${reception}\t0.00\t${reception}`,
      `302\t99\t其他商品和服务支出\t${other}\t0.00\t${other}`,
      `合计\t\t\t${publicTotal}\t0.00\t${publicTotal}`,
    ]);

  it("reception-vs-economic", () => {
    const doc = parse(budgetHead() + t8("10,050.00", "1,679,800.00", "1,689,850.00") + table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.99"]), "a.txt");
    const t = fragmentText([doc], "reception-vs-economic");
    assert.equal(t.title, "表9公务接待费与经济分类 302 17 公务接待费不一致");
    assert.equal(t.printed, "1.00 万元（10,000.00 元）");
    assert.equal(t.supported, "表8经济分类 302 17 公务接待费 10,050.00 元");
    assert.equal(t.difference, "−50.00 元");
  });

  it("operating-vs-public", () => {
    const doc = parse(budgetHead() + t8("10,050.00", "1,679,800.00", "1,689,850.00") + table9(["1.01", "0.00", "1.01", "0.00", "0.00", "0.00", "168.98"]), "a.txt");
    const t = fragmentText([doc], "operating-vs-public");
    assert.equal(t.title, "机关运行经费与表8公用经费合计不同（可有合理差异）");
    assert.equal(t.printed, "168.98 万元（1,689,800.00 元）");
    includesAll(t.supported ?? "", ["表8公用经费合计 1,689,850.00 元"]);
    assert.equal(t.difference, "−50.00 元");
  });

  it("project-funds", () => {
    const sheet = projectSheet("医保网络运行维护", { total: "33,760,000.00", annual: "33,760,000.00", fiscal: "33,000,000.00", appropriation: "33,760,000.00" }, INDICATORS);
    const t = fragmentText([parse(t9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]) + sheet, "a.txt")], "project-funds");
    assert.equal(t.title, "项目“医保网络运行维护”的项目资金总额不等于其构成之和");
    assert.equal(t.message, "印为：33,760,000.00 元。本文件其他数字：财政资金 33,000,000.00 元 = 33,000,000.00 元。差额：+760,000.00 元。本站采用：原文印刷数，不作更正。");
  });

  it("ambiguous-number left open", () => {
    const doc = parse(budgetHead() + summaryTable(1, [["一、财政拨款收入", "45,000,000.00", "八、卫生健康支出", "45,000,000.00.00"]], ["45,000,000.00", "45,000,000.00"]), "a.txt");
    const t = fragmentText([doc], "ambiguous-number");
    assert.equal(t.supported, "可读作 45,000,000.00 元 或 4,500,000,000.00 元，本文件其他数字无法确定读法");
    assert.equal(t.used, "暂按 45,000,000.00 元存储，读法待核实");
  });

  it("project-vs-line with no line in the 部门预算: names that document by its label", () => {
    const budget = parse(budgetHead() + table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]) + "\n" +
      "5、2026年部门一般公共预算支出功能分类预算表\n\n单位：元\n\n项目\t\t\t一般公共预算支出\t\t\n功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出\n类\t款\t\t\t\t\n" +
      "210\t\t卫生健康支出\t100.00\t100.00\t0.00\n210\t15\t医疗保障管理事务\t100.00\t100.00\t0.00\n210\t15\t01\t行政运行\t100.00\t100.00\t0.00\n合计\t\t\t\t100.00\t100.00\t0.00\n", "budget.txt");
    const sheets = parse(sheetsDocument("医疗保障局", [projectSheet("医疗救助资金", { total: "33,000,000.00", annual: "33,000,000.00" }, INDICATORS)]), "sheets.txt");
    const t = fragmentText([budget, sheets], "project-vs-line");
    assert.equal(t.title, "项目“医疗救助资金”没有对应的功能分类科目 210 13 01");
    assert.equal(t.supported, "上海市宝山区医疗保障局 2026 年部门预算的表5没有科目 210 13 01");
    assert.equal(t.difference, null);
  });

  it("narrative-percentage: the rate stated against the change and amount it belongs to", () => {
    const sentence = "2026年，本部门财政拨款的机关运行经费预算168.98万元，比上年预算增加5.77万元，增长5.35%。";
    const doc = parse(`${budgetHead()}部门预算编制说明\n\n${sentence}\n\n${table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"])}`, "a.txt");
    const t = fragmentText([doc], "narrative-percentage");
    assert.equal(t.title, "说明文字“本部门财政拨款的机关运行经费预算”增长 5.35% 与其数额不符");
    assert.equal(t.printed, `第 ${doc.narrative[0]?.sourceLine ?? 0} 行写“增长 5.35%”`);
    assert.equal(t.supported, "本部门财政拨款的机关运行经费预算 168.98 万元比上年增加 5.77 万元，上年即 163.21 万元：增长 3.54%");
    assert.equal(t.difference, null);
  });

  const sheet = (yuanAmount: string) => projectSheet("医疗救助资金", { total: yuanAmount, annual: yuanAmount }, INDICATORS);
  it("metric-source: the bureau before its centre", () => {
    const docs = [parse(sheetsDocument("医疗保险事务中心", [sheet("33,000,000.00")]), "a.txt"), parse(sheetsDocument("医疗保障局", [sheet("33,760,000.00")]), "b.txt")];
    const t = fragmentText(docs, "metric-source");
    assert.equal(t.title, "医疗救助 2026 年有 2 个来源，本站采用上海市宝山区医疗保障局 2026 年绩效目标表");
    assert.equal(t.printed, "来源：上海市宝山区医疗保障局 2026 年绩效目标表（33,760,000.00 元）；另见 上海市宝山区医疗保险事务中心 2026 年绩效目标表（33,000,000.00 元）");
    assert.equal(t.supported, "各来源数额不同");
    assert.equal(t.used, "主管部门的预算（含下属单位）优先于单个单位的预算");
  });

  it("metric-source: a tie", () => {
    const docs = [parse(sheetsDocument("医疗保障局", [sheet("33,760,000.00")]), "a.txt"), parse(sheetsDocument("医疗保障局", [sheet("33,760,000.00")]), "b.txt")];
    const t = fragmentText(docs, "metric-source");
    assert.equal(t.used, "几份同类文件，规则无法区分，请核对");
    assert.equal(t.supported, "各来源数额一致");
  });
});

describe("for every finding", () => {
  const all = () => [...real.map((finding) => ({ finding, label: realLabel, files: realDocs.map((d) => d.fileName) })), ...worded];

  it("the wording covers every check the audit makes but code-reading", () => {
    const checks = new Set(all().map((w) => w.finding.check));
    assert.deepEqual(CHECK_IDS.filter((c) => !checks.has(c)), ["code-reading"]);
  });

  it("never says what a misprint 应为 (should be): the audit reports, it does not correct", () => {
    for (const { finding, label } of all()) {
      const t = findingText(rowOf(finding), label);
      assert.ok(!`${t.title}${t.message}`.includes("应为"), `${finding.id} ${finding.check}: ${t.title} ${t.message}`);
    }
  });

  it("shows the difference in 元 with its sign and two decimals, and names no document by its file name", () => {
    for (const { finding, label, files } of all()) {
      const t = findingText(rowOf(finding), label);
      const difference = yuan(finding.amounts?.differenceFen);
      if (difference !== null) {
        // Written here: thousands separators, U+2212 for minus, + for a positive difference.
        const [int = "", cents = ""] = difference.replace("-", "").split(".");
        const sign = difference.startsWith("-") ? "−" : difference === "0.00" ? "" : "+";
        assert.equal(t.difference, `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents} 元`, finding.id);
      }
      for (const file of files) assert.ok(!`${t.title}${t.message}`.includes(file), `${finding.id} names ${file}`);
    }
  });

  it("a labeller that knows no document keeps the file name (so nothing is lost)", () => {
    const t = text(real, "F-502b4763", documentLabeller([]));
    includesAll(t.printed ?? "", [FILES.baoshan2023Projects, FILES.baoshan2023]);
  });

  it("documentLabel reads entity, year and kind", () => {
    assert.equal(documentLabel({ entity: "上海市青浦区医疗保险事务中心", year: 2023, kind: "单位预算" }), "上海市青浦区医疗保险事务中心 2023 年单位预算");
  });
});

describe("amounts at each place, from a finding written out by hand", () => {
  const row = (over: Partial<FindingRow>): FindingRow => ({
    id: "F", check: "cross-table", severity: "warning", district: "baoshan", year: 2026, metric: null, causeId: null,
    foundYuan: null, expectedYuan: null, differenceYuan: null, params: {}, locations: [], ...over,
  });
  const label: DocumentLabeller = (file) => `《${file}》`;

  it("names another document by its label, prints each amount in 元 with separators and nothing for a place without one", () => {
    const text = findingText(row({ locations: [
      { file: "a.txt", line: 10, page: null, role: "subject", tableNo: 3, column: "合计", amountYuan: "1234.50" },
      { file: "b.txt", line: 20, page: null, role: "subject", tableNo: null, column: null, amountYuan: null },
      { file: "a.txt", line: 30, page: null, role: "peer", tableNo: 5, column: "合计", amountYuan: "1234.00" },
    ] }), label);
    assert.equal(text.printed, "表3第 10 行 1,234.50 元；《b.txt》第 20 行");
    assert.equal(text.supported, "表5第 30 行 1,234.00 元");
  });

  it("prints the found amount when only it is known, nothing when neither is, and no supported figure without an expected one", () => {
    assert.equal(findingText(row({ check: "three-public-sum", foundYuan: "100.00" }), label).printed, "100.00 元");
    assert.equal(findingText(row({ check: "three-public-sum" }), label).printed, null);
    assert.equal(findingText(row({ check: "table-missing" }), label).supported, null);
  });
});
