import type { DefectKind, MetricSource, PlantedFinding, RenderedDocument } from "./defects";
import { changePhrase, GLOSSARY } from "./department";
import { roundWan, wan, wanOrZero, yuanInt } from "./format";
import { economicRows, functionalRows, operatingFen, totalsOf, type YearModel } from "./model";
import { Out, zhNumber } from "./out";
import { renderMarkdownSheet } from "./sheets";

/** A Markdown table row as the PDF converter prints it. */
function md(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function separator(width: number): string {
  return `|${Array.from({ length: width }, () => "----").join("|")}|`;
}

const amountOrBlank = (fen: bigint) => (fen === 0n ? "" : yuanInt(fen));
const plainWan = (fen: bigint) => wan(fen, 2, false);

const TITLES = [
  "预算单位财务收支预算总表",
  "预算单位收入预算总表",
  "预算单位支出预算总表",
  "预算单位财政拨款收支预算总表",
  "预算单位一般公共预算支出功能分类预算表",
  "预算单位政府性基金预算支出功能分类预算表",
  "预算单位国有资本经营预算支出功能分类预算表",
  "预算单位一般公共预算基本支出部门预算经济分类预算表",
];

/** The 单位预算 of the 医疗保险事务中心 in the Markdown layout of 003_*.txt (青浦 2023). */
/** The rate of change from `prior` to `current`, in percent with two decimals, 10 percentage points too high. */
function misstatedRate(current: bigint, prior: bigint): string {
  const diff = current > prior ? current - prior : prior - current;
  const hundredths = (diff * 10_000n) / prior + 1_000n;
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, "0")}`;
}

export function renderUnit(model: YearModel, prior: YearModel, defect: DefectKind | null): RenderedDocument {
  const { district, year } = model;
  const unit = model.centre;
  const t = totalsOf(unit);
  const pt = totalsOf(prior.centre);
  const out = new Out();
  const expected: PlantedFinding[] = [];
  const sources: MetricSource[] = [];

  out.push("", "");
  out.para(`# 上海市${district.full}${year}年区级单位预算`);
  out.para(`预算单位：${unit.name}`);
  out.para("# 目 录");
  out.push("- 一、单位主要职能", "- 二、单位机构设置", "- 三、名词解释", "- 四、单位预算编制说明", "- 五、单位预算表");
  TITLES.forEach((title, i) => out.push(`  - ${i + 1}. ${year}年${title}`));
  out.push("  - 9. 单位“三公”经费和机关运行经费预算表", "- 六、其他相关情况说明", "- 七、项目经费情况说明", "");

  out.para(`# ${unit.name}主要职能`);
  out.para(`${unit.name}为区医疗保障局下属的事业单位，列入参照公务员法管理范围。`);
  out.para("主要职能包括：");
  out.para(
    [
      "负责基本医疗保险制度及其政策的具体实施及日常经办管理事务。",
      "负责城乡居民基本医疗保险、市民社区互助帮困计划登记材料的资质审核，个人缴费的征缴事务。",
      "负责办理辖区内各类参保人员的各类医疗费用零星报销、减负结算等医疗报销相关事务。",
      "负责辖区内长期护理保险、生育保险、医疗救助的具体经办工作。",
      "承办区医疗保障局及市中心交办的其他事项。",
    ]
      .map((f, i) => `- ${i + 1}、${f}`)
      .join("\n"),
  );
  out.para(`## ${unit.name}机构设置`);
  out.para(`${unit.name}无内设机构。`);
  out.para("# 名词解释");
  GLOSSARY.forEach((g) => out.para(g));

  // ---- 编制说明 ----
  const change = changePhrase(t.total, pt.total, "上年", false);
  out.para(`## ${year}年单位预算编制说明`);
  const rate = defect === "narrative-rate" && t.total !== pt.total ? `，${t.total > pt.total ? "增长" : "下降"}${misstatedRate(t.total, pt.total)}%` : "";
  const incomeLine = out.para(`${year}年，本单位收入预算${plainWan(t.total)}万元，${change}${rate}，主要原因是人员经费及项目预算调整，其中：财政拨款收入${plainWan(t.total)}万元，${change}。`);
  if (rate) expected.push({ check: "narrative-percentage", line: incomeLine, severity: "warning" });
  out.para(
    `支出预算${plainWan(t.total)}万元，${change}，其中：财政拨款支出预算${plainWan(t.total)}万元，${change}。财政拨款支出预算中，一般公共预算拨款支出预算${plainWan(t.total)}万元，${change}；政府性基金预算拨款支出预算0万元，与上年预算持平；国有资本经营预算拨款支出预算为0万元，与上年预算持平。财政拨款支出主要内容如下：`,
  );
  const purposes: Record<string, string> = {
    "208": "主要用于缴纳职工社会保险费、职业年金、支付退休人员经费",
    "210": "主要用于职工工资福利等支出、开展日常工作所需公用经费支出、开展市民互助帮困统筹项目",
    "221": "主要用于缴纳职工住房公积金",
  };
  out.para(t.byLei.map((l, i) => `${i + 1}. “${l.name}”科目${plainWan(l.total)}万元，${purposes[l.lei] ?? ""}。`).join("\n"));

  const head = (no: number) => {
    out.para(`## ${year}年${TITLES[no - 1] ?? ""}`);
    out.para("单位：元");
  };

  // ---- Table 1 ----
  head(1);
  out.push(md(["本年收入", "", "本年支出", "", "", "", ""]), separator(7));
  out.push(md(["项目", "预算数", "项目", "预算数", "", "", ""]), md(["", "", "", "合计", "基本支出", "", "项目支出"]), md(["", "", "", "", "人员经费", "公用经费", ""]));
  const income = [
    ["一、财政拨款收入", yuanInt(t.total)], ["1. 一般公共预算", yuanInt(t.total)], ["2. 政府性基金预算", ""], ["3. 国有资本经营预算", ""],
    ["二、事业收入", ""], ["三、事业单位经营收入", ""], ["四、其他收入", ""], ["五、财政专项资金", ""], ["六、非同级财政拨款收入", ""], ["七、自筹资金", ""],
  ];
  income.forEach(([name = "", amount = ""], i) => {
    const lei = t.byLei[i];
    // The "row-sum" defect: 卫生健康支出's 公用经费 printed 1,000 元 too high, its 合计 right.
    const publicExtra = lei?.lei === "210" && defect === "row-sum" ? 100_000n : 0n;
    const expense = lei
      ? [`${zhNumber(i + 1)}、${lei.name}`, lei.lei === "210" && defect === "double-decimal" ? `${yuanInt(lei.total)}.00.00` : yuanInt(lei.total), amountOrBlank(lei.personnel), amountOrBlank(lei.public + publicExtra), amountOrBlank(lei.project)]
      : ["", "", "", "", ""];
    const line = out.push(md([name, amount, ...expense]));
    if (lei?.lei === "210" && defect === "double-decimal") expected.push({ check: "ambiguous-number", line, severity: "warning" });
    if (publicExtra > 0n) expected.push({ check: "row-sum", line, severity: "error" });
  });
  out.push(md(["", "", "", "", "", "", ""]));
  out.para(md(["收入总计", yuanInt(t.total), "支出总计", yuanInt(t.total), yuanInt(t.personnel), yuanInt(t.public), yuanInt(t.project)]));

  // ---- Functional tables, split across pages ----
  const rows = functionalRows(unit.functional);
  const functional = (no: number, header: string, columns: string[], cells: (r: (typeof rows)[number]) => string[], totals: string[], splitAfter: number | null) => {
    const width = 4 + columns.length;
    const printHeader = () => {
      out.push(md(["项目", "", "", header, ...columns.map(() => "")]), separator(width));
      out.push(md(["功能分类科目编码", "", "", "功能分类科目名称", ...columns]), md(["类", "款", "项", ...columns.map(() => ""), ""]));
    };
    head(no);
    printHeader();
    rows.forEach((r, i) => {
      if (splitAfter !== null && i === splitAfter) {
        out.push("");
        head(no);
        printHeader();
      }
      out.push(md([r.lei, r.kuan ?? "", r.xiang ?? "", r.name, ...cells(r)]));
    });
    out.para(md(["合计", "", "", "", ...totals]));
  };
  const split = rows.findIndex((r) => r.lei === "210" && r.kuan === "13" && r.xiang !== null);
  functional(
    2,
    "收入预算",
    ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入", "财政专项资金", "非同级财政拨款收入", "自筹资金"],
    (r) => [yuanInt(r.total), yuanInt(r.total), "", "", "", "", "", ""],
    [yuanInt(t.total), yuanInt(t.total), "", "", "", "", "", ""],
    null,
  );
  functional(3, "支出预算", ["合计", "基本支出", "项目支出"], (r) => [yuanInt(r.total), amountOrBlank(r.basic), amountOrBlank(r.project)], [
    yuanInt(t.total), yuanInt(t.basic), yuanInt(t.project),
  ], split);

  // ---- Table 4 ----
  head(4);
  out.push(md(["财政拨款收入", "", "财政拨款支出", "", "", "", ""]), separator(7));
  out.push(md(["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]));
  const income4 = [["一、一般公共预算资金", yuanInt(t.total)], ["二、政府性基金", ""], ["三、国有资本经营预算", ""]];
  const height = Math.max(income4.length, t.byLei.length);
  for (let i = 0; i < height; i++) {
    const [name = "", amount = ""] = income4[i] ?? [];
    const lei = t.byLei[i];
    out.push(md([name, amount, ...(lei ? [`${zhNumber(i + 1)}、${lei.name}`, yuanInt(lei.total), yuanInt(lei.total), "", ""] : ["", "", "", "", ""])]));
  }
  out.para(md(["收入总计", yuanInt(t.total), "支出总计", yuanInt(t.total), yuanInt(t.total), "", ""]));

  functional(5, "一般公共预算支出", ["合计", "基本支出", "项目支出"], (r) => [yuanInt(r.total), amountOrBlank(r.basic), amountOrBlank(r.project)], [
    yuanInt(t.total), yuanInt(t.basic), yuanInt(t.project),
  ], split);

  // ---- Tables 6, 7: printed empty ----
  const empty = (no: number, header: string, fund: string) => {
    head(no);
    out.push(md(["项目", "", "", header, "", "", ""]), separator(7));
    out.push(md(["功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出"]), md(["类", "款", "项", "", "", "", ""]));
    for (let i = 0; i < 6; i++) out.push(md(["", "", "", "", "", "", ""]));
    out.para(md(["合计", "", "", "", "", "", ""]));
    const noteYear = defect === "note-year" && no === 6 ? year - 1 : year;
    const line = out.para(`注：本单位${noteYear}年度无${fund}财政拨款支出，故本表无数据。`);
    if (noteYear !== year) expected.push({ check: "year-mismatch", line, severity: "warning" });
  };
  empty(6, "政府性基金预算支出", "政府性基金预算");
  empty(7, "国有资本经营预算支出", "国有资本经营预算");

  // ---- Table 8, split ----
  const econ = economicRows(unit.economic);
  const econHeader = () => {
    out.push(md(["项目", "", "一般公共预算基本支出", "", "", ""]), separator(6));
    out.push(md(["经济分类科目编码", "", "部门经济分类科目名称", "合计", "人员经费", "公用经费"]), md(["类", "款", "", "", "", ""]));
  };
  head(8);
  econHeader();
  econ.forEach((r, i) => {
    if (i === 12) {
      out.push("");
      head(8);
      econHeader();
    }
    out.push(md([r.lei, r.kuan ?? "", r.name, yuanInt(r.total), amountOrBlank(r.personnel), amountOrBlank(r.public)]));
  });
  out.para(md(["合计", "", "", yuanInt(t.basic), yuanInt(t.personnel), yuanInt(t.public)]));

  // ---- Table 9 ----
  const tp = unit.threePublic;
  const operating = operatingFen(unit);
  const blankWan = (fen: bigint) => (fen === 0n ? "" : plainWan(fen));
  out.para("## 单位“三公”经费和机关运行经费预算表");
  out.para("单位：万元");
  out.push(md(["“三公”经费预算数", "", "", "", "", "", "机关运行经费<br>预算数"]), separator(7));
  out.push(md(["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费", "", "", ""]), md(["", "", "", "小计", "购置费", "运行维护费", ""]));
  const row9 = out.para(md([plainWan(t.threePublic), blankWan(tp.abroad), blankWan(tp.reception), blankWan(t.vehicles), blankWan(tp.vehiclePurchase), blankWan(tp.vehicleOperation), plainWan(operating)]));
  sources.push({ metric: "three-public", line: row9, fen: roundWan(t.threePublic, 2) }, { metric: "operating-expenses", line: row9, fen: roundWan(operating, 2) });

  // ---- 其他相关情况说明 ----
  const ptp = prior.centre.threePublic;
  const flat = (cur: bigint, pre: bigint) => changePhrase(cur, pre, "上年", false);
  out.para("## 其他相关情况说明");
  out.para("### 一、“三公”经费预算情况说明");
  out.para(`${year}年“三公”经费预算数为${plainWan(t.threePublic)}万元，${flat(t.threePublic, pt.threePublic)}。其中：`);
  out.para(`（一）因公出国（境）费${wanOrZero(tp.abroad, false)}万元，${flat(tp.abroad, ptp.abroad)}。`);
  out.para(
    `（二）公务用车购置及运行维护费${wanOrZero(t.vehicles, false)}万元，${flat(t.vehicles, pt.vehicles)}。其中：公务用车购置费${wanOrZero(tp.vehiclePurchase, false)}万元，${flat(tp.vehiclePurchase, ptp.vehiclePurchase)}；公务用车运行维护费${wanOrZero(tp.vehicleOperation, false)}万元，${flat(tp.vehicleOperation, ptp.vehicleOperation)}。`,
  );
  out.para(`（三）公务接待费${plainWan(tp.reception)}万元，${flat(tp.reception, ptp.reception)}，坚持厉行节约、规范简朴的招待原则。`);
  out.para("### 二、机关运行经费预算");
  out.para(`${year}年本单位财政拨款的机关运行经费预算为${plainWan(operating)}万元。`);
  out.para("### 三、政府采购预算情况");
  const goods = model.procurement.goods / 2n - ((model.procurement.goods / 2n) % 10_000n);
  out.para(`${year}年本单位政府采购预算${plainWan(goods + model.procurement.services)}万元，其中：政府采购货物预算${plainWan(goods)}万元、政府采购工程预算0万元、政府采购服务预算${plainWan(model.procurement.services)}万元。`);
  out.para("### 四、绩效目标设置情况");
  out.para(`按照本区预算绩效管理工作的总体要求，本单位开展了${year}年项目预算绩效目标编报工作，编报绩效目标的项目${unit.projects.length}个，涉及项目预算资金${plainWan(t.project)}万元。`);
  out.para("### 五、国有资产占有使用情况说明");
  out.para("截至上年末，本单位共有车辆0辆。单位价值50万元以上通用设备1台（套），单位价值100万元以上专用设备0台（套）。");

  // ---- The mutual-aid project ----
  const project = unit.projects.find((p) => p.metric === "mutual-aid");
  if (!project) throw new Error("the centre has no mutual-aid project");
  out.para("# 项目经费情况说明");
  out.para("## 一、项目概述");
  out.para("项目是对市民互助帮困计划人员零星报销和各定点医疗机构该类人员的就医费用进行补贴补助，缓解相关市民医疗经费的困难，促进社区的稳定和谐。");
  out.para("## 二、实施周期");
  out.para(`${year}年1月1日-${year}年12月31日按政策补贴计划实施。`);
  out.para("## 三、年度预算安排");
  const wanAmount = wan(project.fen, 0, false);
  out.para(`项目总预算为${wanAmount}万元，其中项目当年预算为${wanAmount}万元，全部为财政资金。`);
  out.para("## 四、绩效目标");
  out.para("包括总目标、年度目标、绩效指标，具体见表格。");
  // The sheet prints whole 万元.
  sources.push({ metric: "mutual-aid", line: renderMarkdownSheet(out, project, model), fen: roundWan(project.fen, 0) });
  return { text: out.text(), expected, sources };
}
