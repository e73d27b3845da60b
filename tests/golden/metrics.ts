// The four headline metrics per district × year, as README "Headline metrics" defines them, read by hand.
//   医疗救助 / 互助帮困: the year's budget (年度资金申请总额) of the district's project; a budget document
//     before a stand-alone project sheet of the same year; scope 项目 (the value is one project's amount).
//   三公经费 / 机关运行经费: table 9, 万元 → 元; scope of the document (部门 or 单位).
//   Derived prior-year values: from "与上年预算持平" / "比上年预算增加/减少 X万元"; not printed, so asPublished null.
import { BAOSHAN_2023_FILE } from "./baoshan-2023";
import { BAOSHAN_2023_PROJECTS_FILE } from "./baoshan-2023-projects";
import { BAOSHAN_2026_FILE } from "./baoshan-2026";
import { PUTUO_2026_FILE } from "./putuo-2026";
import { QINGPU_2023_FILE } from "./qingpu-2023";
import type { ChangeSeed, MetricSeed } from "./types";

const BAOSHAN_BUREAU = "上海市宝山区医疗保障局";
const PUTUO_BUREAU = "上海市普陀区医疗保障局";
const PUTUO_CENTRE = "上海市普陀区医疗保险事务中心";
const QINGPU_CENTRE = "上海市青浦区医疗保险事务中心";

const notDisclosed = (district: MetricSeed["district"], year: number, metric: MetricSeed["metric"]): MetricSeed => ({
  district, year, metric, status: "not_disclosed", yuan: null, unit: null, asPublished: null, scope: null, entity: null,
  file: null, line: null, shownYuan: null, shownWan: null,
});

export const METRIC_SEEDS: readonly MetricSeed[] = [
  // 宝山 2022, derived from the 2023 部门预算
  // 002:127 “三公”经费预算数为 1.30 万元，与上年预算持平 → 2022 = 1.30 万元
  { district: "baoshan", year: 2022, metric: "three-public", status: "derived", yuan: "13000.00", unit: "万元", asPublished: null, scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2023_FILE, line: 127, shownYuan: "13,000.00", shownWan: "1.30" },
  // 002:347 机关运行经费预算157.51万元，比上年预算减少48.91万元 → 2022 = 157.51 + 48.91 = 206.42 万元
  { district: "baoshan", year: 2022, metric: "operating-expenses", status: "derived", yuan: "2064200.00", unit: "万元", asPublished: null, scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2023_FILE, line: 347, shownYuan: "2,064,200.00", shownWan: "206.42" },

  // 宝山 2023
  // 002:408 医疗救助资金 年度资金申请总额 35,475,000.00 (the 部门预算 wins over 001:228, which prints the same)
  { district: "baoshan", year: 2023, metric: "medical-assistance", status: "disclosed", yuan: "35475000.00", unit: "元", asPublished: "35,475,000.00", scope: "项目", entity: BAOSHAN_BUREAU, file: BAOSHAN_2023_FILE, line: 408, shownYuan: "35,475,000.00", shownWan: "3,547.50" },
  // 001:20 市民社区医疗互助帮困计划资金 年度资金申请总额 91,520,000.00 (002 has no sheet for this project)
  { district: "baoshan", year: 2023, metric: "mutual-aid", status: "disclosed", yuan: "91520000.00", unit: "元", asPublished: "91,520,000.00", scope: "项目", entity: BAOSHAN_BUREAU, file: BAOSHAN_2023_PROJECTS_FILE, line: 20, shownYuan: "91,520,000.00", shownWan: "9,152.00" },
  // 002:341 table 9 合计 1.30 万元
  { district: "baoshan", year: 2023, metric: "three-public", status: "disclosed", yuan: "13000.00", unit: "万元", asPublished: "1.30", scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2023_FILE, line: 341, shownYuan: "13,000.00", shownWan: "1.30" },
  // 002:341 table 9 机关运行经费 157.51 万元
  { district: "baoshan", year: 2023, metric: "operating-expenses", status: "disclosed", yuan: "1575100.00", unit: "万元", asPublished: "157.51", scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2023_FILE, line: 341, shownYuan: "1,575,100.00", shownWan: "157.51" },

  // 宝山 2025, derived from the 2026 部门预算
  // 000:333 “三公”经费预算数为1.00万元，与2025年预算持平 → 2025 = 1.00 万元
  { district: "baoshan", year: 2025, metric: "three-public", status: "derived", yuan: "10000.00", unit: "万元", asPublished: null, scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2026_FILE, line: 333, shownYuan: "10,000.00", shownWan: "1.00" },
  // 000:341 机关运行经费预算168.98万元，比上年预算增加5.77万元 → 2025 = 168.98 − 5.77 = 163.21 万元
  { district: "baoshan", year: 2025, metric: "operating-expenses", status: "derived", yuan: "1632100.00", unit: "万元", asPublished: null, scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2026_FILE, line: 341, shownYuan: "1,632,100.00", shownWan: "163.21" },

  // 宝山 2026
  // 000:445 医疗救助资金 年度资金申请总额 33,760,000.00
  { district: "baoshan", year: 2026, metric: "medical-assistance", status: "disclosed", yuan: "33760000.00", unit: "元", asPublished: "33,760,000.00", scope: "项目", entity: BAOSHAN_BUREAU, file: BAOSHAN_2026_FILE, line: 445, shownYuan: "33,760,000.00", shownWan: "3,376.00" },
  // 000:469 市民社区医疗互助帮困计划资金 年度资金申请总额 103,910,000.00
  { district: "baoshan", year: 2026, metric: "mutual-aid", status: "disclosed", yuan: "103910000.00", unit: "元", asPublished: "103,910,000.00", scope: "项目", entity: BAOSHAN_BUREAU, file: BAOSHAN_2026_FILE, line: 469, shownYuan: "103,910,000.00", shownWan: "10,391.00" },
  // 000:327 table 9 合计 1.00 万元
  { district: "baoshan", year: 2026, metric: "three-public", status: "disclosed", yuan: "10000.00", unit: "万元", asPublished: "1.00", scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2026_FILE, line: 327, shownYuan: "10,000.00", shownWan: "1.00" },
  // 000:327 table 9 机关运行经费 168.98 万元
  { district: "baoshan", year: 2026, metric: "operating-expenses", status: "disclosed", yuan: "1689800.00", unit: "万元", asPublished: "168.98", scope: "部门", entity: BAOSHAN_BUREAU, file: BAOSHAN_2026_FILE, line: 327, shownYuan: "1,689,800.00", shownWan: "168.98" },

  // 普陀 2026: project sheets only
  // 004:10 医疗救助专项经费 年度资金申请总额 40,000,000.00
  { district: "putuo", year: 2026, metric: "medical-assistance", status: "disclosed", yuan: "40000000.00", unit: "元", asPublished: "40,000,000.00", scope: "项目", entity: PUTUO_BUREAU, file: PUTUO_2026_FILE, line: 10, shownYuan: "40,000,000.00", shownWan: "4,000.00" },
  // 004:135 市民社区医疗互助帮困经费 (实施单位 the centre, :133) 年度资金申请总额 160,000,000.00
  { district: "putuo", year: 2026, metric: "mutual-aid", status: "disclosed", yuan: "160000000.00", unit: "元", asPublished: "160,000,000.00", scope: "项目", entity: PUTUO_CENTRE, file: PUTUO_2026_FILE, line: 135, shownYuan: "160,000,000.00", shownWan: "16,000.00" },
  notDisclosed("putuo", 2026, "three-public"), // no table 9 in a project sheet
  notDisclosed("putuo", 2026, "operating-expenses"),

  // 青浦 2022, derived from the 2023 单位预算
  // 003:343 “三公”经费预算数为0.2万元，与上年预算持平 → 2022 = 0.2 万元 (003 states no prior 机关运行经费)
  { district: "qingpu", year: 2022, metric: "three-public", status: "derived", yuan: "2000.00", unit: "万元", asPublished: null, scope: "单位", entity: QINGPU_CENTRE, file: QINGPU_2023_FILE, line: 343, shownYuan: "2,000.00", shownWan: "0.20" },

  // 青浦 2023: the centre's 单位预算 only
  notDisclosed("qingpu", 2023, "medical-assistance"), // no 医疗救助 project, no 210 13 01 line
  // 003:414 市民互助帮困统筹资金经费 年度资金申请总额 1325 万元 (12,750,000 under 210 13 99 + 500,000 under 208 10 06)
  { district: "qingpu", year: 2023, metric: "mutual-aid", status: "disclosed", yuan: "13250000.00", unit: "万元", asPublished: "1325", scope: "项目", entity: QINGPU_CENTRE, file: QINGPU_2023_FILE, line: 414, shownYuan: "13,250,000.00", shownWan: "1,325.00" },
  // 003:337 table 9 合计 0.2 万元
  { district: "qingpu", year: 2023, metric: "three-public", status: "disclosed", yuan: "2000.00", unit: "万元", asPublished: "0.2", scope: "单位", entity: QINGPU_CENTRE, file: QINGPU_2023_FILE, line: 337, shownYuan: "2,000.00", shownWan: "0.20" },
  // 003:337 table 9 机关运行经费 209 万元 (rounded: the text :353 says 208.71, table 8 公用经费 :327 is 2,087,132)
  { district: "qingpu", year: 2023, metric: "operating-expenses", status: "disclosed", yuan: "2090000.00", unit: "万元", asPublished: "209", scope: "单位", entity: QINGPU_CENTRE, file: QINGPU_2023_FILE, line: 337, shownYuan: "2,090,000.00", shownWan: "209.00" },
];

/**
 * Changes worked out by hand from METRIC_SEEDS (Python's decimal module as the calculator):
 * percent = (to − from) / from × 100, half-up to 2 decimals; annual rate = (to / from)^(1/years) − 1.
 */
export const CHANGE_SEEDS: readonly ChangeSeed[] = [
  // 35,475,000 → 33,760,000: −1,715,000; −4.834…%; (0.95166…)^(1/3) − 1 = −1.638…%
  { district: "baoshan", metric: "medical-assistance", fromYear: 2023, toYear: 2026, differenceYuan: "-1715000.00", percent: "-4.83", annualRatePercent: "-1.64" },
  // 91,520,000 → 103,910,000: +12,390,000; +13.538…%; +4.323…% a year
  { district: "baoshan", metric: "mutual-aid", fromYear: 2023, toYear: 2026, differenceYuan: "12390000.00", percent: "13.54", annualRatePercent: "4.32" },
  // 13,000 → 10,000: −3,000; −23.076…%; −8.373…% a year
  { district: "baoshan", metric: "three-public", fromYear: 2023, toYear: 2026, differenceYuan: "-3000.00", percent: "-23.08", annualRatePercent: "-8.37" },
  // 1,575,100 → 1,689,800: +114,700; +7.282…%; +2.370…% a year
  { district: "baoshan", metric: "operating-expenses", fromYear: 2023, toYear: 2026, differenceYuan: "114700.00", percent: "7.28", annualRatePercent: "2.37" },
  // derived 2022 → 2023: 2,064,200 → 1,575,100 = −489,100 (the printed −48.91 万元); −23.694…%
  { district: "baoshan", metric: "operating-expenses", fromYear: 2022, toYear: 2023, differenceYuan: "-489100.00", percent: "-23.69", annualRatePercent: "-23.69" },
  // derived 2025 → 2026: 1,632,100 → 1,689,800 = +57,700 (the printed +5.77 万元); +3.535…%
  { district: "baoshan", metric: "operating-expenses", fromYear: 2025, toYear: 2026, differenceYuan: "57700.00", percent: "3.54", annualRatePercent: "3.54" },
  { district: "baoshan", metric: "three-public", fromYear: 2022, toYear: 2023, differenceYuan: "0.00", percent: "0.00", annualRatePercent: "0.00" },
  { district: "baoshan", metric: "three-public", fromYear: 2025, toYear: 2026, differenceYuan: "0.00", percent: "0.00", annualRatePercent: "0.00" },
];

/** The metrics' Chinese names, as README "Headline metrics" prints them. */
export const METRIC_NAMES_ZH = {
  "medical-assistance": "医疗救助",
  "mutual-aid": "互助帮困",
  "three-public": "三公经费",
  "operating-expenses": "机关运行经费",
} as const;

/**
 * Every budget line of a metric's functional code, read by hand (README: medical-assistance → 210 13 01,
 * mutual-aid → 210 13 99; none for the table-9 metrics). 青浦 prints no 210 13 01.
 * lines.csv?metric=… has one row per line × printed amount: 13 rows for medical-assistance, 19 for mutual-aid.
 */
export const METRIC_LINES: Readonly<Record<"medical-assistance" | "mutual-aid", ReadonlyArray<{ file: string; tableNo: number; line: number; amounts: number }>>> = {
  "medical-assistance": [
    { file: BAOSHAN_2026_FILE, tableNo: 2, line: 152, amounts: 2 }, // 合计, 财政拨款收入
    { file: BAOSHAN_2026_FILE, tableNo: 3, line: 184, amounts: 2 }, // 合计, 项目支出
    { file: BAOSHAN_2026_FILE, tableNo: 5, line: 247, amounts: 3 }, // 合计, 基本支出 0.00, 项目支出
    { file: BAOSHAN_2023_FILE, tableNo: 2, line: 181, amounts: 2 },
    { file: BAOSHAN_2023_FILE, tableNo: 3, line: 210, amounts: 2 },
    { file: BAOSHAN_2023_FILE, tableNo: 5, line: 263, amounts: 2 },
  ],
  "mutual-aid": [
    { file: BAOSHAN_2026_FILE, tableNo: 2, line: 153, amounts: 2 },
    { file: BAOSHAN_2026_FILE, tableNo: 3, line: 185, amounts: 2 },
    { file: BAOSHAN_2026_FILE, tableNo: 5, line: 248, amounts: 3 },
    { file: BAOSHAN_2023_FILE, tableNo: 2, line: 182, amounts: 2 },
    { file: BAOSHAN_2023_FILE, tableNo: 3, line: 211, amounts: 2 },
    { file: BAOSHAN_2023_FILE, tableNo: 5, line: 264, amounts: 2 },
    { file: QINGPU_2023_FILE, tableNo: 2, line: 136, amounts: 2 },
    { file: QINGPU_2023_FILE, tableNo: 3, line: 174, amounts: 2 },
    { file: QINGPU_2023_FILE, tableNo: 5, line: 214, amounts: 2 },
  ],
};
