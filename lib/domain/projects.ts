// Project amounts: the fields a project sheet prints and which of them is the year's budget.

export const PROJECT_AMOUNT_FIELDS = [
  "项目资金总额",
  "年度资金申请总额",
  "财政资金",
  "当年财政拨款",
  "上年结转资金",
  "其他资金（总额）",
  "其他资金（年度）",
] as const;
export type ProjectAmountField = (typeof PROJECT_AMOUNT_FIELDS)[number];

/** The year's budget of a project: its 年度资金申请总额, else (a one-year project) its 项目资金总额. */
export const ANNUAL_AMOUNT_FIELDS: readonly ProjectAmountField[] = ["年度资金申请总额", "项目资金总额"];

/** The amount that is the project's budget for the year, from any list of fielded amounts. */
export function annualAmount<A extends { field: string }>(amounts: readonly A[]): A | undefined {
  for (const field of ANNUAL_AMOUNT_FIELDS) {
    const found = amounts.find((a) => a.field === field);
    if (found) return found;
  }
  return undefined;
}

/** How a project's totals are composed: total = Σ parts (only the parts printed are summed). */
export const PROJECT_FUND_RULES: ReadonlyArray<readonly [ProjectAmountField, readonly ProjectAmountField[]]> = [
  ["项目资金总额", ["财政资金", "其他资金（总额）"]],
  ["年度资金申请总额", ["当年财政拨款", "上年结转资金", "其他资金（年度）"]],
];
