// The nine standard tables of a Shanghai district 部门/单位预算: their numbers, how their titles read, what
// they classify and the column names the rules refer to. Parse, audit, metrics, pages and exports use these.

export const TABLE_NOS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type TableNo = (typeof TABLE_NOS)[number];

export const CLASSIFICATIONS = ["收支总表", "功能分类", "经济分类", "三公经费"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export interface BudgetTableSpec {
  no: TableNo;
  /** Recognises the table's title (with or without year and 部门/单位 wording). */
  title: RegExp;
  classification: Classification;
}

/** In recognition order: table 4's title contains table 1's words, so it is tried first. */
export const BUDGET_TABLES: readonly BudgetTableSpec[] = [
  { no: 4, title: /财政拨款收支预算总表/, classification: "收支总表" },
  { no: 1, title: /财务收支预算总表/, classification: "收支总表" },
  { no: 2, title: /收入预算总表/, classification: "功能分类" },
  { no: 3, title: /支出预算总表/, classification: "功能分类" },
  { no: 5, title: /一般公共预算支出功能分类预算表/, classification: "功能分类" },
  { no: 6, title: /政府性基金预算支出功能分类预算表/, classification: "功能分类" },
  { no: 7, title: /国有资本经营预算支出功能分类预算表/, classification: "功能分类" },
  { no: 8, title: /基本支出.*经济分类预算表/, classification: "经济分类" },
  { no: 9, title: /三公.{0,2}经费和机关运行经费预算/, classification: "三公经费" },
];

export function classificationOf(tableNo: number): Classification {
  return BUDGET_TABLES.find((t) => t.no === tableNo)?.classification ?? "功能分类";
}

/** Tables with a role of their own in the rules. */
export const TABLE = {
  /** 财务收支预算总表: 收入总计 / 支出总计 of the whole budget. */
  summary: 1,
  /** 支出预算总表: every functional line with 合计 = 基本支出 + 项目支出 (the district tree). */
  expenditure: 3,
  /** 一般公共预算支出功能分类预算表: the reference for project-vs-line checks. */
  generalPublic: 5,
  /** 一般公共预算基本支出经济分类预算表: 人员经费 / 公用经费 by economic code. */
  economic: 8,
  /** “三公”经费和机关运行经费预算表. */
  threePublic: 9,
} as const satisfies Record<string, TableNo>;

/** Column names as printed, which the rules refer to. */
export const COLUMN = {
  total: "合计",
  basic: "基本支出",
  project: "项目支出",
  personnel: "人员经费",
  publicUse: "公用经费",
} as const;

/** Sides of the two-sided summary tables (1 and 4); their columns are named `${side}:${column}`. */
export const SIDES = ["收入", "支出"] as const;
export type Side = (typeof SIDES)[number];

/** Economic codes the rules refer to. */
export const ECONOMIC_CODE = {
  /** 302 17 公务接待费: table 9's reception part should agree with it. */
  reception: "30217",
} as const;

/** Parts of table 9's 三公经费, in the order they are printed and exported. */
export const THREE_PUBLIC_PARTS = ["total", "abroad", "reception", "vehicles", "vehiclePurchase", "vehicleOperation"] as const;
export type ThreePublicPart = (typeof THREE_PUBLIC_PARTS)[number];

/** "2101301" → "210 13 01" (类 款 项). */
export function spacedCode(code: string): string {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter((p) => p !== "").join(" ");
}

/** The parent's code of a 款 (5 digits) or 项 (7 digits); null for a 类. */
export function parentCode(code: string): string | null {
  return code.length > 5 ? code.slice(0, 5) : code.length > 3 ? code.slice(0, 3) : null;
}
