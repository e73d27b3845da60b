// The headline metric figures, read by hand from the documents in data/sources (file:line in each comment),
// so the export and page tests compare with the documents rather than with what the import wrote.
// Amounts in 元 as the exports print them; `shownYuan`/`shownWan` as the pages print them (元 with
// separators, 万元 with at least two decimals), written out here rather than formatted by the page's code.
import { FILES } from "../helpers";

/** The five documents by what they hold (their file names live in tests/helpers.ts). */
export const SOURCE = FILES;

export interface HandReadMetric {
  district: "baoshan" | "qingpu" | "putuo";
  year: number;
  metric: "medical-assistance" | "mutual-aid" | "three-public" | "operating-expenses";
  status: "disclosed" | "derived";
  /** Exact 元, as amount_yuan in the exports. */
  yuan: string;
  shownYuan: string;
  shownWan: string;
  unit: "元" | "万元";
  /** The figure as printed ("" for a derived value, which no cell prints). */
  asPublished: string;
  file: string;
  line: number;
}

const m = (district: HandReadMetric["district"], year: number, metric: HandReadMetric["metric"], status: HandReadMetric["status"], yuan: string, shownYuan: string, shownWan: string, unit: HandReadMetric["unit"], asPublished: string, file: string, line: number): HandReadMetric =>
  ({ district, year, metric, status, yuan, shownYuan, shownWan, unit, asPublished, file, line });

/** Every metric value with an amount. */
export const HAND_READ_METRICS: readonly HandReadMetric[] = [
  // 000:445 医疗救助资金 年度资金申请总额 33,760,000.00 (元); 000:469 市民社区医疗互助帮困计划资金 103,910,000.00
  m("baoshan", 2026, "medical-assistance", "disclosed", "33760000.00", "33,760,000.00", "3,376.00", "元", "33,760,000.00", SOURCE.baoshan2026, 445),
  m("baoshan", 2026, "mutual-aid", "disclosed", "103910000.00", "103,910,000.00", "10,391.00", "元", "103,910,000.00", SOURCE.baoshan2026, 469),
  // 000:327 table 9 (万元): 三公 合计 1.00, 机关运行经费 168.98
  m("baoshan", 2026, "three-public", "disclosed", "10000.00", "10,000.00", "1.00", "万元", "1.00", SOURCE.baoshan2026, 327),
  m("baoshan", 2026, "operating-expenses", "disclosed", "1689800.00", "1,689,800.00", "168.98", "万元", "168.98", SOURCE.baoshan2026, 327),
  // 000:333 三公 1.00 万元 "与2025年预算持平"; 000:341 168.98 万元 "比上年预算增加5.77万元" → 163.21 万元
  m("baoshan", 2025, "three-public", "derived", "10000.00", "10,000.00", "1.00", "万元", "", SOURCE.baoshan2026, 333),
  m("baoshan", 2025, "operating-expenses", "derived", "1632100.00", "1,632,100.00", "163.21", "万元", "", SOURCE.baoshan2026, 341),
  // 002:408 医疗救助资金 35,475,000.00; 001:20 the 互助帮困 project sheet, 91,520,000.00
  m("baoshan", 2023, "medical-assistance", "disclosed", "35475000.00", "35,475,000.00", "3,547.50", "元", "35,475,000.00", SOURCE.baoshan2023, 408),
  m("baoshan", 2023, "mutual-aid", "disclosed", "91520000.00", "91,520,000.00", "9,152.00", "元", "91,520,000.00", SOURCE.baoshan2023Projects, 20),
  // 002:341 table 9 (万元): 三公 1.30, 机关运行经费 157.51
  m("baoshan", 2023, "three-public", "disclosed", "13000.00", "13,000.00", "1.30", "万元", "1.30", SOURCE.baoshan2023, 341),
  m("baoshan", 2023, "operating-expenses", "disclosed", "1575100.00", "1,575,100.00", "157.51", "万元", "157.51", SOURCE.baoshan2023, 341),
  // 002:127 三公 1.30 万元 "与上年预算持平"; 002:347 157.51 万元 "比上年预算减少48.91万元" → 206.42 万元
  m("baoshan", 2022, "three-public", "derived", "13000.00", "13,000.00", "1.30", "万元", "", SOURCE.baoshan2023, 127),
  m("baoshan", 2022, "operating-expenses", "derived", "2064200.00", "2,064,200.00", "206.42", "万元", "", SOURCE.baoshan2023, 347),
  // 003:337 table 9 (万元): 三公 0.2, 机关运行经费 209; 003:414 市民互助帮困统筹资金经费 1325 万元
  m("qingpu", 2023, "three-public", "disclosed", "2000.00", "2,000.00", "0.20", "万元", "0.2", SOURCE.qingpu2023, 337),
  m("qingpu", 2023, "operating-expenses", "disclosed", "2090000.00", "2,090,000.00", "209.00", "万元", "209", SOURCE.qingpu2023, 337),
  m("qingpu", 2023, "mutual-aid", "disclosed", "13250000.00", "13,250,000.00", "1,325.00", "万元", "1325", SOURCE.qingpu2023, 414),
  // 003:343 三公 0.2 万元 "与上年预算持平"
  m("qingpu", 2022, "three-public", "derived", "2000.00", "2,000.00", "0.20", "万元", "", SOURCE.qingpu2023, 343),
  // 004:10 年度资金申请总额 40,000,000.00; 004:135 160,000,000.00
  m("putuo", 2026, "medical-assistance", "disclosed", "40000000.00", "40,000,000.00", "4,000.00", "元", "40,000,000.00", SOURCE.putuo2026, 10),
  m("putuo", 2026, "mutual-aid", "disclosed", "160000000.00", "160,000,000.00", "16,000.00", "元", "160,000,000.00", SOURCE.putuo2026, 135),
];

/**
 * Collected documents that do not print the metric: 青浦's 2023 单位预算 has no medical-assistance project
 * (its one project sheet, at 003:411, is 互助帮困); 普陀's 2026 file is a 绩效目标表 without table 9 (004).
 */
export const NOT_DISCLOSED: ReadonlyArray<Pick<HandReadMetric, "district" | "year" | "metric">> = [
  { district: "qingpu", year: 2023, metric: "medical-assistance" },
  { district: "putuo", year: 2026, metric: "three-public" },
  { district: "putuo", year: 2026, metric: "operating-expenses" },
];

/** The years the site covers: 2022 (stated as prior-year changes in the 2023 documents) to 2026. */
export const YEARS = [2022, 2023, 2024, 2025, 2026] as const;
export const DISTRICTS = ["baoshan", "putuo", "qingpu"] as const;
