// Minimal documents in the real tab-separated layout of data/sources/000_*.txt (宝山 2026 部门预算) and
// 004_*.txt (普陀 2026 项目绩效目标汇总表), written by hand for the audit's fragment tests. Each builder
// returns text; `lineOf` finds the 1-based line of a unique piece of it, so a test names its subject line
// without counting by hand.
import assert from "node:assert/strict";
import type { Finding } from "../lib/audit";
import { fenToYuan } from "../lib/money";
import type { ParsedDocument } from "../lib/parse";
import { parseText } from "./helpers";

/** The title block of a 部门预算 (bureau) or 单位预算 (centre) of 宝山 2026. */
export function budgetHead(kind: "部门" | "单位" = "部门", year = 2026): string {
  return kind === "部门"
    ? `上海市宝山区 ${year} 年区级部门预算\n\n预算主管部门：上海市宝山区医疗保障局\n\n`
    : `上海市宝山区 ${year} 年区级单位预算\n\n预算单位：上海市宝山区医疗保险事务中心\n\n`;
}

/** Table 1 or 4: rows of [income item, amount, expense item, amount]; totals row last unless `totals` is null. */
export function summaryTable(
  no: 1 | 4,
  rows: ReadonlyArray<readonly [string, string, string, string]>,
  totals: readonly [string, string] | null,
  year = 2026,
): string {
  const title = no === 1 ? "部门财务收支预算总表" : "部门财政拨款收支预算总表";
  const lines = [`${no}、${year}年${title}`, "", "单位：元", "", "本年收入\t\t本年支出\t", "项目\t预算数\t项目\t预算数"];
  for (const r of rows) lines.push(r.join("\t"));
  if (totals) lines.push(`收入总计\t${totals[0]}\t支出总计\t${totals[1]}`);
  return `${lines.join("\n")}\n\n`;
}

const FUNCTIONAL_TITLES: Record<2 | 3 | 5, [string, string]> = {
  2: ["部门收入预算总表", "收入预算"],
  3: ["部门支出预算总表", "支出预算"],
  5: ["部门一般公共预算支出功能分类预算表", "一般公共预算支出"],
};

/** A functional table (2, 3 or 5); rows are tab-separated as printed ("210\t13\t01 城乡医疗救助\t…"). */
export function functionalTable(no: 2 | 3 | 5, columns: readonly string[], rows: readonly string[], year = 2026): string {
  const [title, header] = FUNCTIONAL_TITLES[no];
  return [
    `${no}、${year}年${title}`, "", "单位：元", "",
    `项目\t\t\t${header}\t\t`,
    `功能分类科目编码\t\t功能分类科目名称\t${columns.join("\t")}`,
    "类\t款\t\t\t\t",
    ...rows,
    "", "",
  ].join("\n");
}

/** Table 8 (basic expenditure by economic class): 合计, 人员经费, 公用经费. */
export function economicTable(rows: readonly string[], year = 2026): string {
  return [
    `8、${year}年部门一般公共预算基本支出部门预算经济分类预算表`, "", "单位：元", "",
    "项目\t\t一般公共预算基本支出\t\t\t",
    "部门预算经济分类科目编码\t\t经济分类科目名称\t合计\t人员经费\t公用经费",
    "类\t款\t\t\t\t",
    ...rows,
    "", "",
  ].join("\n");
}

/** Table 9 in 万元: 合计, 因公出国(境)费, 公务接待费, 小计, 购置费, 运行费, 机关运行经费. */
export function table9(cells: readonly string[], year = 2026): string {
  return [
    `9、${year}年部门“三公”经费和机关运行经费预算`, "", "单位：万元", "",
    "“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数\t",
    "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t\t",
    "\t\t\t小计\t购置费\t运行费\t\t",
    `${cells.join("\t")}\t`,
    "", "",
  ].join("\n");
}

export interface SheetAmounts {
  total?: string;
  annual?: string;
  fiscal?: string;
  appropriation?: string;
  other?: string;
  carried?: string;
}

/** Indicator rows as printed: [一级 or "", 二级 or "", 三级, value]. */
export type IndicatorRow = readonly [string, string, string, string];

/** A project sheet as the 部门预算 prints it (000:438-460), amounts in 元. */
export function projectSheet(name: string, amounts: SheetAmounts, indicators: readonly IndicatorRow[], year = 2026): string {
  return [
    "财政项目支出绩效目标填报表", "", `(${year}年度)`, "",
    `项目名称\t${name}\t\t项目类别\t特定目标类\t`,
    "主管部门\t上海市宝山区医疗保障局\t\t实施单位\t上海市宝山区医疗保障局\t",
    `计划开始日期\t${year}年1月1日\t\t计划完成日期\t${year}年12月31日\t`,
    `项目资金 (元)\t项目资金总额\t${amounts.total ?? ""}\t年度资金申请总额\t${amounts.annual ?? ""}\t`,
    `\t其中：财政资金\t${amounts.fiscal ?? ""}\t其中：当年财政拨款\t${amounts.appropriation ?? ""}\t`,
    `\t其他资金\t${amounts.other ?? ""}\t上年结转资金\t${amounts.carried ?? ""}\t`,
    `项目绩效目标\t项目总目标 (${year}年-${year}年)\t\t\t年度总目标\t`,
    "\t保障救助资金及时足额发放。\t\t\t保障救助资金及时足额发放。\t",
    "绩效指标\t一级指标\t二级指标\t三级指标\t\t年度指标值",
    ...indicators.map(([l1, l2, l3, value]) => `\t${l1}\t${l2}\t${l3}\t\t${value}`),
    "", "",
  ].join("\n");
}

/** A stand-alone 项目绩效目标汇总表 of the bureau or its centre (the title names the publishing unit). */
export function sheetsDocument(unit: "医疗保障局" | "医疗保险事务中心", sheets: readonly string[], year = 2026): string {
  return [`上海市宝山区${unit} ${year} 年度项目绩效目标汇总表`, "", ...sheets].join("\n");
}

/** The usual indicators of a 医疗救助 project, each under its own 一级. */
export const INDICATORS: readonly IndicatorRow[] = [
  ["产出指标", "数量指标", "医疗救助对象规模人次", "≥5000(人次)"],
  ["", "质量指标", "补助发放准确率", "=100.00(%)"],
  ["效益指标", "社会效益指标", "医疗救助对象覆盖范围", "稳步拓展"],
  ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90.00(%)"],
];

/** The 1-based line of the only line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const lines = text.split("\n");
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  assert.equal(hits.length, 1, `"${needle}" should occur on exactly one line, found on ${hits.length}`);
  return hits[0] ?? 0;
}

export function parse(text: string, fileName = "fragment.txt"): ParsedDocument {
  return parseText(text, fileName);
}

const yuan = (fen: bigint | null | undefined): string | null => (fen === null || fen === undefined ? null : fenToYuan(fen));

/** What a finding says, in one comparable record: amounts in 元, the subject's file, line, table and column. */
export function summary(f: Finding | undefined): Record<string, unknown> {
  assert.ok(f, "finding present");
  const subject = f.locations.find((l) => l.role === "subject");
  return {
    check: f.check,
    severity: f.severity,
    file: subject?.fileName ?? null,
    line: subject?.line ?? null,
    table: subject?.tableNo ?? null,
    column: subject?.column ?? null,
    found: yuan(f.amounts?.foundFen),
    expected: yuan(f.amounts?.expectedFen),
    difference: yuan(f.amounts?.differenceFen),
  };
}

/** The amount at each location, in 元, as `role file:line column amount`. */
export function locations(f: Finding | undefined): string[] {
  assert.ok(f, "finding present");
  return f.locations.map((l) => `${l.role} ${l.fileName}:${l.line} ${l.column ?? "-"} ${yuan(l.amountFen) ?? "-"}`);
}

/** The findings of one check. */
export function ofCheck(findings: readonly Finding[], check: Finding["check"]): Finding[] {
  return findings.filter((f) => f.check === check);
}

/** The only finding of `check`, failing if there is none or more than one. */
export function only(findings: readonly Finding[], check: Finding["check"]): Finding {
  const hits = ofCheck(findings, check);
  assert.equal(hits.length, 1, `one ${check} finding, got ${hits.length}: ${hits.map((h) => JSON.stringify(summary(h))).join("; ")}`);
  const [hit] = hits;
  assert.ok(hit);
  return hit;
}
