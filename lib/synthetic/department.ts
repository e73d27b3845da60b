import type { DefectKind, MetricSource, PlantedFinding, RenderedDocument } from "./defects";
import { roundWan, wan, wanOrZero, yuan } from "./format";
import {
  economicRows, functionalRows, operatingFen, totalsOf, type Project, type UnitBudget, type YearModel,
} from "./model";
import { Out, SUMMARY_EXPENSE_CLASSES, zhNumber } from "./out";
import { renderTsvSheet } from "./sheets";

/** "比 2025 年预算增加 9.61 万元" / "与 2025 年预算持平" (万元, two decimals). */
export function changePhrase(current: bigint, prior: bigint, priorLabel: string, spaced: boolean): string {
  const s = spaced ? " " : "";
  const cur = wan(current);
  const pre = wan(prior);
  if (cur === pre) return `与${s}${priorLabel}预算持平`;
  const diff = current - prior;
  return `比${s}${priorLabel}预算${diff > 0n ? "增加" : "减少"}${s}${wan(diff < 0n ? -diff : diff)}${s}万元`;
}

const FUNCTIONS = [
  "贯彻执行本市有关医疗保险、医疗救助等医疗保障制度的法律、法规、规章和政策。",
  "组织实施本市医疗保障基金监督管理办法，落实医疗保障基金安全防控机制。组织开展防范和打击医保诈骗，负责本区医保基金使用安全。",
  "负责推进医疗保险基金支付方式改革及医保定点医疗机构医保费用预算管理相关工作。",
  "组织落实医疗保障筹资和待遇政策。落实本市市民医疗互助帮困、城乡居民医保、医疗救助等民生保障区级配套资金预算、筹集及使用管理工作。",
  "负责推进本区长期护理保险制度试点及老年照护统一需求评估工作。对长期护理保险评估、服务、费用支出等进行监督管理。",
  "负责本区医保定点医疗机构医药价格政策推进落实相关工作。",
  "组织实施本区定点医药机构、长期护理保险评估和服务机构的协议及支付管理办法。依法查处医疗保障领域违法违规行为。",
  "负责本区医疗保障经办管理、公共服务、信息化建设。落实本市及跨省异地就医管理、费用结算工作。",
  "完成区委、区政府交办的其他任务。",
];

export const GLOSSARY = [
  "财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
  "事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
  "事业单位经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
  "其他收入：指除上述“财政拨款收入”、“事业收入”、“事业单位经营收入”等以外的收入。",
  "基本支出预算：是区级预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制的年度基本支出计划，包括人员经费和公用经费两部分。",
  "项目支出预算：是区级预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展战略、特定目标，在基本支出之外编制的年度支出计划。",
  "“三公”经费：是与区级财政有经费领拨关系的部门及其下属预算单位使用区级财政拨款安排的因公出国（境）费、公务用车购置及运行费、公务接待费。",
  "机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
];

const TABLE_NAMES = [
  "部门财务收支预算总表",
  "部门收入预算总表",
  "部门支出预算总表",
  "部门财政拨款收支预算总表",
  "部门一般公共预算支出功能分类预算表",
  "部门政府性基金预算支出功能分类预算表",
  "部门国有资本经营预算支出功能分类预算表",
  "部门一般公共预算基本支出部门预算经济分类预算表",
  "部门“三公”经费和机关运行经费预算表",
];

const blankIfZero = (fen: bigint) => (fen === 0n ? "" : yuan(fen));

function projectSection(out: Out, project: Project, year: number, heading: string): void {
  out.para(`${project.name}项目经费情况说明`);
  out.para("一、项目概述");
  out.para(
    project.metric === "medical-assistance"
      ? "为解决群众最关心、最现实、最迫切的基本医疗保障问题，切实缓解困难群众就医难、看病贵的问题，对城乡低保、低收入家庭成员，民政特殊救济对象实行医疗救助。"
      : "为妥善解决本市基本医疗保险覆盖范围以外人群的医疗保障问题，对有医疗费负担困难的本市户籍市民实施市民社区医疗互助帮困计划。",
  );
  out.para("二、立项依据");
  out.para(
    project.metric === "medical-assistance"
      ? "- 《社会救助暂行办法》（中华人民共和国国务院令第 649 号）"
      : "- 《关于进一步完善本市市民社区医疗互助帮困计划的意见》（沪府办规〔2022〕16号）",
  );
  out.para("三、实施主体");
  out.para(`${heading}负责资金保障、监督管理工作。各街镇负责辖区内具体实施。`);
  out.para("四、实施周期");
  out.para(`实施周期为 ${year} 年 1 月 1 日至 ${year} 年 12 月 31 日。`);
  out.para("五、年度预算安排");
  out.para(`年度财政资金预算安排金额 ${yuan(project.fen)} 元。`);
  out.para("六、绩效目标");
  out.para("(详见财政项目支出绩效目标填报表)");
}

/** A 部门预算 in the tab-separated layout of 000_*.txt (宝山 2026). */
export function renderDepartment(model: YearModel, prior: YearModel, defect: DefectKind | null): RenderedDocument {
  const { district, year } = model;
  const dept: UnitBudget = model.department;
  const t = totalsOf(dept);
  const pt = totalsOf(prior.department);
  const py = `${year - 1}`;
  const out = new Out();
  const expected: PlantedFinding[] = [];
  const sources: MetricSource[] = [];
  const editor = `编制部门：${dept.name}`;

  out.push("", "");
  out.para(`上海市${district.full} ${year} 年区级部门预算`);
  out.para(`预算主管部门：${dept.name}`);
  out.para("目 录");
  ["一、部门主要职能", "二、部门机构设置", "三、名词解释", "四、部门预算编制说明", "五、部门预算表"].forEach((l) => out.para(l));
  TABLE_NAMES.forEach((name, i) => {
    const printedYear = defect === "toc-year" && i === 5 ? year - 1 : year;
    const line = out.para(` ${i + 1}. ${printedYear} 年${name}`);
    if (defect === "toc-year" && i === 5) expected.push({ check: "year-mismatch", line, severity: "warning" });
    // The "table-missing" defect omits table 7 from the body.
    if (defect === "table-missing" && i === 6) expected.push({ check: "table-missing", line, severity: "error" });
  });
  out.para("六、其他相关情况说明");
  out.para("七、项目经费情况说明");

  out.para(`${dept.name}主要职能`);
  out.para(`${dept.name}是本区负责医疗保障工作的区政府工作部门。`);
  out.para("主要职能包括：");
  out.para(FUNCTIONS.map((f, i) => `${i + 1}. ${f}`).join("\n"));
  out.para(`${dept.name}机构设置`);
  out.para(`${dept.name}部门预算是包括${district.nameZh}区医疗保障局本部以及下属 1 家预算单位的综合收支计划。本部门中，行政单位 1 家，事业单位 1 家。`);
  out.para("名词解释");
  GLOSSARY.forEach((g, i) => out.para(`${zhNumber(i + 1)}、${g}`));

  // ---- 编制说明 ----
  out.para(`${year} 年部门预算编制说明`);
  const totalChange = changePhrase(t.total, pt.total, `${py} 年`, true);
  out.para(`${year} 年，本部门收入预算 ${wan(t.total)} 万元，其中：财政拨款收入 ${wan(t.total)} 万元，${totalChange}，事业收入 0 万元；事业单位经营收入 0 万元；其他收入 0 万元。`);
  const expenseLine = out.para(`本部门支出预算 ${wan(t.total)} 万元，其中：财政拨款支出预算 ${wan(t.total)} 万元，${totalChange}。财政拨款支出预算中，一般公共预算拨款支出预算 ${wan(t.total)} 万元，${totalChange}；政府性基金拨款支出预算 0 万元，与 ${py} 年预算持平；国有资本经营预算拨款支出预算为 0。`);
  out.para(`财政拨款收入支出${t.total >= pt.total ? "增加" : "减少"}的主要原因是人员变动及项目支出调整。`);
  out.para("财政拨款支出主要内容如下：");
  const purposes: Record<string, string> = {
    "208": "主要用于单位在社会保障与就业方面的支出",
    "210": "主要用于单位在医疗经费与医疗保障管理方面的支出",
    "221": "主要用于反映单位住房改革支出",
  };
  const leiLines = new Map<string, number>();
  t.byLei.forEach((l, i) => leiLines.set(l.lei, out.push(`${i + 1}. ${l.name}（类）${wan(l.total)} 万元，${purposes[l.lei] ?? ""}。`)));
  out.push("");

  const tableHead = (no: number, unit: "元" | "万元") => {
    const title = out.para(`${no}、${year}年${TABLE_NAMES[no - 1] ?? ""}`);
    out.para(editor);
    out.para(`单位：${unit}`);
    return title;
  };

  // ---- Table 1 ----
  const healthPrinted = (fen: bigint) => (defect === "double-decimal" ? `${yuan(fen)}.00` : yuan(fen));
  const table1 = tableHead(1, "元");
  out.push("本年收入\t\t本年支出\t", "项目\t预算数\t项目\t预算数");
  const income = [
    ["一、财政拨款收入", yuan(t.total)],
    ["1、公共财政预算资金", yuan(t.total)],
    ["2、政府性基金", ""],
    ["3、国有资本经营预算资金", ""],
    ["二、事业收入", ""],
    ["三、事业单位经营收入", ""],
    ["四、其他收入", ""],
  ];
  SUMMARY_EXPENSE_CLASSES.forEach((name, i) => {
    const lei = t.byLei.find((l) => l.name === name);
    const [inName = "", inAmount = ""] = income[i] ?? [];
    const amount = lei ? (lei.lei === "210" ? healthPrinted(lei.total) : yuan(lei.total)) : "";
    if (i === 15) out.push("");
    const line = out.push(`${inName}\t${inAmount}\t${zhNumber(i + 1)}、${name}\t${amount}`);
    if (lei?.lei === "210" && defect === "double-decimal") expected.push({ check: "ambiguous-number", line, severity: "warning" });
  });
  if (defect === "table-truncated") {
    out.push("");
    expected.push({ check: "table-truncated", line: table1, severity: "error" });
  } else {
    // The "totals-balance" defect: 支出总计 printed 10,000.00 元 above 收入总计; the text states the true total.
    const expenseTotal = defect === "totals-balance" ? t.total + 1_000_000n : t.total;
    const totals = out.para(`收入总计\t${yuan(t.total)}\t支出总计\t${yuan(expenseTotal)}`);
    if (defect === "totals-balance") {
      expected.push({ check: "totals-balance", line: totals, severity: "error" }, { check: "narrative-vs-table", line: expenseLine, severity: "warning" });
    }
  }

  // ---- Tables 2, 3, 5 (functional) ----
  const rows = functionalRows(dept.functional);
  const codeCells = (r: (typeof rows)[number], afterBreak: boolean): string => {
    if (afterBreak) return `${r.lei}\t${r.kuan ?? ""}\t${r.xiang ?? ""}\t${r.name}`;
    if (r.level === 3) return `${r.lei}\t${r.kuan ?? ""}\t${r.xiang ?? ""} ${r.name}`;
    return `${r.lei}\t${r.kuan ?? ""}\t${r.name}`;
  };
  // The page breaks after the 210 13 rows, as in the published PDF.
  const breakAt = rows.findIndex((r) => r.lei === "210" && r.kuan === "15");
  const functionalTable = (no: number, header: string, columns: string, cells: (r: (typeof rows)[number]) => string[], totalCells: string[]) => {
    tableHead(no, "元");
    out.push(header, `功能分类科目编码\t\t功能分类科目名称\t${columns}`, `类\t款${"\t".repeat(columns.split("\t").length + 1)}`);
    rows.forEach((r, i) => {
      if (i === breakAt) out.push("");
      const line = out.push(`${codeCells(r, i >= breakAt)}\t${cells(r).join("\t")}`);
      out.mark(`t${no}:${r.lei}${r.kuan ?? ""}${r.xiang ?? ""}`, line);
    });
    out.mark(`t${no}:合计`, out.para(`合计\t\t\t\t${totalCells.join("\t")}`));
  };
  const itemDelta = 100_000n; // 1,000.00 元
  const isChanged = (r: (typeof rows)[number]) => defect === "item-one-table" && r.lei === "210" && r.kuan === "15" && r.xiang === "01";
  functionalTable(
    2,
    "项目\t\t\t收入预算\t\t\t\t",
    "合计\t财政拨款收入\t事业收入\t事业单位经营收入\t其他收入",
    (r) => {
      const v = isChanged(r) ? r.total + itemDelta : r.total;
      return [yuan(v), yuan(v), "", "", ""];
    },
    [yuan(t.total), yuan(t.total), "", "", ""],
  );
  if (defect === "item-one-table") {
    expected.push({ check: "children-sum", line: out.at("t2:21015"), severity: "error" });
    expected.push({ check: "cross-table", line: out.at("t2:2101501"), severity: "error" });
  }
  functionalTable(3, "项目\t\t\t支出预算\t\t", "合计\t基本支出\t项目支出", (r) => [yuan(r.total), blankIfZero(r.basic), blankIfZero(r.project)], [
    yuan(t.total), yuan(t.basic), yuan(t.project),
  ]);

  // ---- Table 4 ----
  tableHead(4, "元");
  out.push("财政拨款收入\t\t财政拨款支出\t\t\t\t", "项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算");
  const income4 = [["一、一般公共预算资金", yuan(t.total)], ["二、政府性基金", ""], ["三、国有资本经营预算", ""]];
  SUMMARY_EXPENSE_CLASSES.forEach((name, i) => {
    const lei = t.byLei.find((l) => l.name === name);
    const [inName = "", inAmount = ""] = income4[i] ?? [];
    if (i === 14) out.push("");
    out.push(`${inName}\t${inAmount}\t${zhNumber(i + 1)}、${name}\t${lei ? `${yuan(lei.total)}\t${yuan(lei.total)}` : "\t"}\t\t`);
  });
  out.para(`收入总计\t${yuan(t.total)}\t支出总计\t${yuan(t.total)}\t${yuan(t.total)}\t\t`);

  // The "lei-misprint" defect: table 5 prints 类 210's 合计 1,000,000.00 元 short of its 款 (基本支出 and 项目支出 right).
  const leiShort = (r: (typeof rows)[number]) => (defect === "lei-misprint" && r.level === 1 && r.lei === "210" ? 100_000_000n : 0n);
  functionalTable(5, "项目\t\t\t一般公共预算支出\t\t", "合计\t基本支出\t项目支出", (r) => [yuan(r.total - leiShort(r)), yuan(r.basic), yuan(r.project)], [
    yuan(t.total), yuan(t.basic), yuan(t.project),
  ]);
  if (defect === "lei-misprint") {
    const root = { check: "children-sum", line: out.at("t5:210") };
    expected.push(
      { ...root, severity: "error" },
      { check: "row-sum", line: out.at("t5:210"), severity: "error", cause: root },
      { check: "children-sum", line: out.at("t5:合计"), severity: "error", cause: root },
      // Tables 2 and 3 (code 210) and tables 1 and 4 (类 卫生健康支出) outvote table 5.
      { check: "cross-table", line: out.at("t5:210"), severity: "error", cause: root },
      // The text states 210's true total.
      { check: "narrative-vs-table", line: leiLines.get("210") ?? 0, severity: "warning", cause: root },
    );
  }

  // ---- Tables 6, 7 ----
  tableHead(6, "元");
  out.para(`备注：本部门 ${year} 年无政府性基金预算财政拨款支出，故本表无数据。`);
  if (defect !== "table-missing") {
    tableHead(7, "元");
    out.para(`备注：本部门 ${year} 年无国有资本经营预算财政拨款支出，故本表无数据。`);
  }

  // ---- Table 8 ----
  tableHead(8, "元");
  out.push("项目\t\t一般公共预算基本支出\t\t\t", "部门预算经济分类科目编码\t\t经济分类科目名称\t合计\t人员经费\t公用经费", "类\t款\t\t\t\t");
  const econ = economicRows(dept.economic);
  econ.forEach((r, i) => {
    if (i === 16) out.push("");
    out.push(`${r.lei}\t${r.kuan ?? ""}\t${r.name}\t${yuan(r.total)}\t${yuan(r.personnel)}\t${yuan(r.public)}`);
  });
  out.para(`合计\t\t\t${yuan(t.basic)}\t${yuan(t.personnel)}\t${yuan(t.public)}`);

  // ---- Table 9 ----
  // "reception-vs-economic": 公务接待费 (and so the 合计) printed 1.00 万元 above 302 17; the text repeats table 9.
  const receptionExtra = defect === "reception-vs-economic" ? 1_000_000n : 0n;
  const tp = { ...dept.threePublic, reception: dept.threePublic.reception + receptionExtra };
  const printedThree = (defect === "three-public-sum" ? t.threePublic + 500_000n : t.threePublic) + receptionExtra;
  // "operating-vs-public": 机关运行经费 printed 1.00 万元 above table 8's 公用经费; the text repeats table 9.
  const operating = operatingFen(dept) + (defect === "operating-vs-public" ? 1_000_000n : 0n);
  tableHead(9, "万元");
  out.push("“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数\t", "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t\t", "\t\t\t小计\t购置费\t运行费\t\t");
  const row9 = out.para(
    `${wan(printedThree)}\t${wan(tp.abroad)}\t${wan(tp.reception)}\t${wan(t.vehicles)}\t${wan(tp.vehiclePurchase)}\t${wan(tp.vehicleOperation)}\t${wan(operating)}\t`,
  );
  sources.push({ metric: "three-public", line: row9, fen: roundWan(printedThree, 2) }, { metric: "operating-expenses", line: row9, fen: roundWan(operating, 2) });
  if (defect === "three-public-sum") expected.push({ check: "three-public-sum", line: row9, severity: "error" });
  if (defect === "reception-vs-economic") expected.push({ check: "reception-vs-economic", line: row9, severity: "warning" });
  if (defect === "operating-vs-public") expected.push({ check: "operating-vs-public", line: row9, severity: "info" });

  // ---- 其他相关情况说明 ----
  const ptp = prior.department.threePublic;
  const priorThree = totalsOf(prior.department).threePublic;
  out.para("其他相关情况说明");
  out.para(`一、${year}年“三公”经费预算情况说明`);
  out.para(`${year}年，本部门“三公”经费预算数为${wan(printedThree)}万元，${changePhrase(printedThree, priorThree, `${py}年`, false)}。其中：`);
  out.push(`- (一) 因公出国（境）费${wanOrZero(tp.abroad)}万元，${changePhrase(tp.abroad, ptp.abroad, `${py}年`, false)}。`);
  out.push(
    `- (二) 公务用车购置及运行费${wanOrZero(t.vehicles)}万元，${changePhrase(t.vehicles, pt.vehicles, `${py}年`, false)}。其中：公务用车购置费${wanOrZero(tp.vehiclePurchase)}万元，${changePhrase(tp.vehiclePurchase, ptp.vehiclePurchase, `${py}年`, false)}；公务用车运行费${wanOrZero(tp.vehicleOperation)}万元，${changePhrase(tp.vehicleOperation, ptp.vehicleOperation, `${py}年`, false)}。`,
  );
  out.para(`- (三) 公务接待费${wan(tp.reception)}万元，${changePhrase(tp.reception, ptp.reception, `${py}年`, false)}。`);
  out.para("二、机关运行经费预算情况");
  const statedOperating = defect === "narrative-operating" ? operating - 290_000n : operating;
  const operatingLine = out.para(
    `${year}年，本部门下属1家机关和1家参公事业单位财政拨款的机关运行经费预算${wan(statedOperating)}万元，${changePhrase(operating, operatingFen(prior.department), "上年", false)}，主要原因是基本支出调整。`,
  );
  if (defect === "narrative-operating") expected.push({ check: "narrative-vs-table", line: operatingLine, severity: "warning" });
  const pr = model.procurement;
  out.para("三、政府采购预算情况");
  out.para(`${year}年本部门政府采购预算总额为${wan(pr.goods + pr.works + pr.services)}万元，其中：政府采购货物预算${wan(pr.goods)}万元、政府采购工程预算0万元、政府采购服务预算${wan(pr.services)}万元。`);
  out.para(`${year}年本部门面向中小企业预留政府采购项目预算金额${wan(pr.services)}万元，其中，预留给小型和微型企业的政府采购项目预算为${wan(pr.smallFirms)}万元。`);
  out.para("四、绩效目标设置情况");
  out.para(`按照市、区两级预算绩效管理工作的总体要求，本部门2个预算单位开展了${year}年项目等预算绩效目标编报工作，其中编报绩效目标的项目${dept.projects.length}个，涉及项目预算资金${wan(t.project)}万元。`);
  out.para("五、国有资产占有使用情况");
  out.para(`截至 ${year - 1} 年 8 月 31 日，${dept.name}共有车辆 0 辆；单价 100 万元（含）以上设备（不含车辆）0 台（套）。`);

  // ---- Projects ----
  // "project-vs-line": the 医疗救助 project printed (sheet and text) 100,000.00 元 above 210 13 01 and the stand-alone sheets.
  const metricProjects = dept.projects
    .filter((p) => p.metric !== null)
    .map((p) => (defect === "project-vs-line" && p.metric === "medical-assistance" ? { ...p, fen: p.fen + 10_000_000n } : p));
  for (const project of metricProjects) projectSection(out, project, year, dept.name);
  for (const project of metricProjects) {
    out.para("财政项目支出绩效目标填报表");
    out.para(`(${year}年度)`);
    const lines = renderTsvSheet(out, project, model, "000");
    out.push("");
    if (project.metric !== null) sources.push({ metric: project.metric, line: lines.annualLine, fen: project.fen });
    if (defect === "project-vs-line" && project.metric === "medical-assistance") {
      expected.push(
        { check: "project-vs-line", line: lines.annualLine, severity: "warning" },
        // The bureau's stand-alone sheets print the true amount.
        { check: "project-cross-document", line: lines.nameLine, severity: "warning", partners: ["jxmb-ju", "jxmb-ju-h"] },
      );
    }
  }
  return { text: out.text(), expected, sources };
}
