// The real defects of the five documents, read and worked out by hand (Python's decimal module as the
// calculator, inputs typed from the documents), and the audit's current 30 findings checked against them.
// The exact amounts are plain data for the new finding format (expected / found / difference); the golden
// test asserts only that the lines named are flagged by some finding of a plausible check.
import { BAOSHAN_2023_FILE } from "./baoshan-2023";
import { BAOSHAN_2023_PROJECTS_FILE } from "./baoshan-2023-projects";
import { BAOSHAN_2026_FILE } from "./baoshan-2026";
import { PUTUO_2026_FILE } from "./putuo-2026";
import { QINGPU_2023_FILE } from "./qingpu-2023";
import type { CurrentFindingSeed, DefectSeed, ObservationSeed } from "./types";

const B23 = BAOSHAN_2023_FILE;
const B23P = BAOSHAN_2023_PROJECTS_FILE;
const B26 = BAOSHAN_2026_FILE;
const Q23 = QINGPU_2023_FILE;
const P26 = PUTUO_2026_FILE;

export const DEFECTS: readonly DefectSeed[] = [
  {
    key: "B23-AMBIG-T1",
    file: B23, district: "baoshan", year: 2023,
    what: "表1 八、卫生健康支出 printed with two decimal points",
    lines: [148],
    printed: "145,416,223.44.00",
    otherFigures:
      "表2 :176, 表3 :205, 表5 :258 and the text :77, :89 print 145,416,223.44; 表1's own 支出 side " +
      "1,153,280.00 (:147) + x + 3,156,256.38 (:158) = 149,725,759.82 (:162) gives x = 145,416,223.44. " +
      "The other reading, 14,541,622,344.00, is supported by nothing.",
    expectedYuan: "145416223.44", foundYuan: null, differenceYuan: null,
    severity: "warning",
    checks: ["ambiguous-number"],
    flagged: [{ file: B23, anyOf: [148] }],
  },
  {
    key: "B23-AMBIG-T4",
    file: B23, district: "baoshan", year: 2023,
    what: "表4 八、卫生健康支出 printed with two decimal points in both cells (合计 and 一般公共预算)",
    lines: [235],
    printed: "145,416,223.44.00",
    otherFigures: "as for 表1 :148: tables 2, 3, 5 and the text print 145,416,223.44",
    expectedYuan: "145416223.44", foundYuan: null, differenceYuan: null,
    severity: "warning",
    checks: ["ambiguous-number"],
    flagged: [{ file: B23, anyOf: [235] }],
  },
  {
    key: "B23-T4-CUT",
    file: B23, district: "baoshan", year: 2023,
    what: "表4 财政拨款收支预算总表 cut short: it ends at 十五、援助其他地区支出; 十六–二十 (among them 十七、住房保障支出) and 收入总计/支出总计 are missing",
    lines: [222, 242],
    printed: null,
    otherFigures:
      "表1 :158 住房保障支出 3,156,256.38 and :162 总计 149,725,759.82; the 支出 rows 表4 does print add up to " +
      "1,153,280.00 + 145,416,223.44 = 146,569,503.44",
    expectedYuan: "149725759.82", foundYuan: "146569503.44", differenceYuan: "-3156256.38",
    severity: "error",
    checks: ["table-truncated"],
    flagged: [{ file: B23, anyOf: [222, 242] }],
  },
  {
    key: "B23-T6-MISSING",
    file: B23, district: "baoshan", year: 2023,
    what: "表6 政府性基金预算支出功能分类预算表 listed in the contents but absent (表5 :246 is followed by 表7 :277)",
    lines: [19],
    printed: null,
    otherFigures: "the text :107 says there is no 政府性基金 spending, so the table would have been empty",
    expectedYuan: null, foundYuan: null, differenceYuan: null,
    severity: "warning",
    checks: ["table-missing"],
    flagged: [{ file: B23, anyOf: [19] }],
  },
  {
    key: "B23-INDICATORS-SHIFTED",
    file: B23, district: "baoshan", year: 2023,
    what:
      "医疗救助资金 indicators: the 二级指标 column is printed out of step with the 三级 rows (补助发放准确率 under 数量指标, " +
      "补助发放及时性 and 支出方向符合度 under 质量指标, three 效益 indicators under 产出指标/成本指标; 经济/社会/生态效益指标 on empty rows)",
    lines: [415, 416, 417, 418, 419, 420, 421, 422, 423, 424],
    printed: null,
    otherFigures:
      "001 prints the same sheet consistently: 补助发放准确率 质量指标 (:303), 补助发放及时性 时效指标 (:308), 支出方向符合度 成本指标 (:313), " +
      "帮困群众医疗费用负担减轻 经济效益指标 (:320), 医疗救助对象覆盖范围 社会效益指标 (:325), 对健全医疗保障制度体系的作用 生态效益指标 (:329); " +
      "the amounts agree (35,475,000.00 in both, 001 :228, 002 :408)",
    expectedYuan: null, foundYuan: null, differenceYuan: null,
    severity: "warning",
    checks: ["project-cross-document", "indicator-hierarchy"],
    flagged: [{ file: B23, anyOf: [405, 415, 416, 417, 418, 419, 420, 421] }],
  },
  {
    key: "B26-PROJECT-FUNDS-TEXT",
    file: B26, district: "baoshan", year: 2026,
    what: "text: the 6 projects with performance targets involve 14,332.01 万元, less than 表3 项目支出",
    lines: [351],
    printed: "14,332.01",
    otherFigures:
      "表3 :194 项目支出 143,432,349.40 (= 210 13 01 33,760,000.00 + 210 13 99 103,910,000.00 + 210 15 02 5,762,349.40); " +
      "the sentence counts only projects with targets, so the gap may be projects without targets",
    expectedYuan: "143432349.40", foundYuan: "143320100.00", differenceYuan: "-112249.40",
    severity: "info",
    // Not a defect the audit can establish: the sentence totals the projects with targets only, so it is no longer
    // compared with 项目支出 (the same comparison gave false alarms on 4 of 5 real PDFs, /work/shared/notes/pdf-tables.md).
    checks: [],
    flagged: [],
  },
  {
    key: "Q23-210-TOTAL",
    file: Q23, district: "qingpu", year: 2023,
    what: "210 卫生健康支出 printed 18,003,263 in 表2 (合计, 财政拨款收入), 表3 and 表5 (合计)",
    lines: [130, 159, 199],
    printed: "18,003,263",
    otherFigures:
      "its 款 rows: 210 01 10,448,833 + 210 11 1,054,430 + 210 13 12,750,000 + 210 15 1,200,000 = 25,453,263 " +
      "(:131, :133, :135, :137); 表1 :103 prints 25,453,263; the text :90 says 2545.33 万元",
    expectedYuan: "25453263.00", foundYuan: "18003263.00", differenceYuan: "-7450000.00",
    severity: "error",
    checks: ["children-sum", "cross-table", "row-sum", "narrative-vs-table"],
    flagged: [{ file: Q23, anyOf: [130] }, { file: Q23, anyOf: [159] }, { file: Q23, anyOf: [199] }],
  },
  {
    key: "Q23-210-PROJECT-BLANK",
    file: Q23, district: "qingpu", year: 2023,
    what: "210 卫生健康支出 项目支出 cell printed blank in 表3 and 表5",
    lines: [159, 199],
    printed: null,
    otherFigures: "its 款 rows' 项目支出: 317,000 + 12,750,000 + 1,200,000 = 14,267,000 (:160, :164, :175); 表1 :103 项目支出 14,267,000",
    expectedYuan: "14267000.00", foundYuan: null, differenceYuan: "-14267000.00",
    severity: "error",
    checks: ["children-sum", "row-sum"],
    flagged: [{ file: Q23, anyOf: [159] }, { file: Q23, anyOf: [199] }],
  },
  {
    key: "Q23-208-PROJECT-BLANK",
    file: Q23, district: "qingpu", year: 2023,
    what: "208 社会保障和就业支出 项目支出 cell printed blank in 表3 and 表5",
    lines: [152, 192],
    printed: null,
    otherFigures: "208 10 社会福利 项目支出 500,000 (:157, :197); 合计 − 基本支出 = 2,667,065 − 2,167,065 = 500,000; 表1 :102 项目支出 500,000",
    expectedYuan: "500000.00", foundYuan: null, differenceYuan: "-500000.00",
    severity: "error",
    checks: ["children-sum", "row-sum"],
    flagged: [{ file: Q23, anyOf: [152] }, { file: Q23, anyOf: [192] }],
  },
  {
    key: "Q23-TOTAL-VS-LEI",
    file: Q23, district: "qingpu", year: 2023,
    what: "合计 rows (表2, 表3, 表5) ≠ the 类 rows as printed: the 合计 29,132,580 is right, the 类 210 is not",
    lines: [142, 180, 220],
    printed: "29,132,580",
    otherFigures: "Σ类 as printed 2,667,065 + 18,003,263 + 1,012,252 = 21,682,580; with 210 = 25,453,263 it is 29,132,580 = 表1 :113",
    expectedYuan: "21682580.00", foundYuan: "29132580.00", differenceYuan: "7450000.00",
    severity: "info",
    consequenceOf: "Q23-210-TOTAL",
    checks: ["children-sum"],
    flagged: [{ file: Q23, anyOf: [142] }, { file: Q23, anyOf: [180] }, { file: Q23, anyOf: [220] }],
  },
  {
    key: "Q23-TOTAL-PROJECT-VS-LEI",
    file: Q23, district: "qingpu", year: 2023,
    what: "合计 项目支出 14,767,000 (表3, 表5) ≠ the blank 项目支出 cells of the 类 rows",
    lines: [180, 220],
    printed: "14,767,000",
    otherFigures: "Σ类 项目支出 as printed = 0 (all blank); with the blanks filled, 500,000 + 14,267,000 = 14,767,000 = 表1 :113",
    expectedYuan: "0.00", foundYuan: "14767000.00", differenceYuan: "14767000.00",
    severity: "info",
    consequenceOf: "Q23-210-PROJECT-BLANK",
    checks: ["children-sum"],
    flagged: [{ file: Q23, anyOf: [180] }, { file: Q23, anyOf: [220] }],
  },
  {
    key: "Q23-TEXT-210-VS-T5",
    file: Q23, district: "qingpu", year: 2023,
    what: "text “卫生健康支出”科目 2545.33 万元 vs 表5 210 18,003,263: the text is right, the table is misprinted",
    lines: [90, 199],
    printed: "2545.33",
    otherFigures: "2545.33 万元 = 25,453,263 (表1 :103, Σ款) rounded to 0.01 万元",
    expectedYuan: "18003263.00", foundYuan: "25453300.00", differenceYuan: "7450037.00",
    severity: "info",
    consequenceOf: "Q23-210-TOTAL",
    checks: ["narrative-vs-table"],
    flagged: [{ file: Q23, anyOf: [90] }],
  },
  {
    key: "Q23-T4-MISSING",
    file: Q23, district: "qingpu", year: 2023,
    what: "表4 财政拨款收支预算总表 listed in the contents (:17) but absent (表3 is followed by 表5 :184)",
    lines: [17],
    printed: null,
    otherFigures: "every figure is 财政拨款 (表1 :102–:103), so the table would have repeated table 1",
    expectedYuan: null, foundYuan: null, differenceYuan: null,
    severity: "error",
    checks: ["table-missing"],
    flagged: [{ file: Q23, anyOf: [17] }],
  },
  {
    key: "Q23-T6-YEAR",
    file: Q23, district: "qingpu", year: 2023,
    what: "contents list table 6 as “2022年预算单位政府性基金预算支出功能分类预算表” in a 2023 budget",
    lines: [19],
    printed: "2022",
    otherFigures: "every other entry (:14–:21) and the table's own title (:222) say 2023",
    expectedYuan: null, foundYuan: null, differenceYuan: null,
    severity: "warning",
    checks: ["year-mismatch"],
    flagged: [{ file: Q23, anyOf: [19] }],
  },
  {
    key: "Q23-NOTES-YEAR",
    file: Q23, district: "qingpu", year: 2023,
    what: "the notes under the empty tables 6 and 7 say “本单位2022年度无…” in a 2023 budget",
    lines: [242, 265],
    printed: "2022",
    otherFigures: "the document's year is 2023 (:3)",
    expectedYuan: null, foundYuan: null, differenceYuan: null,
    severity: "warning",
    checks: ["year-mismatch"],
    flagged: [{ file: Q23, anyOf: [242] }, { file: Q23, anyOf: [265] }],
  },
  {
    key: "Q23-OPERATING-ROUNDED",
    file: Q23, district: "qingpu", year: 2023,
    what: "机关运行经费: table 9 prints 209 万元, the text 208.71 万元",
    lines: [337, 353],
    printed: "209",
    otherFigures: "表8 :327 公用经费 2,087,132 = 208.7132 万元: 208.71 at 0.01 万元, 209 at whole 万元 — a precision difference",
    expectedYuan: "2087100.00", foundYuan: "2090000.00", differenceYuan: "2900.00",
    severity: "info",
    checks: ["narrative-vs-table", "operating-vs-public"],
    flagged: [{ file: Q23, anyOf: [337, 353] }],
  },
  {
    key: "Q23-TEXT-208-CUT",
    file: Q23, district: "qingpu", year: 2023,
    what: "text “社会保障和就业支出”科目 266.70 万元: 2,667,065 cut off instead of rounded (266.7065 → 266.71)",
    lines: [89],
    printed: "266.70",
    otherFigures: "表5 :192 (and 表1 :102, 表2 :123) 2,667,065",
    expectedYuan: "2667065.00", foundYuan: "2667000.00", differenceYuan: "-65.00",
    severity: "info",
    checks: ["narrative-vs-table"],
    flagged: [{ file: Q23, anyOf: [89] }],
  },
  {
    key: "Q23-MUTUAL-AID-VS-2101399",
    file: Q23, district: "qingpu", year: 2023,
    what: "互助帮困 project 1325 万元 vs 210 13 99 其他医疗救助支出 12,750,000: the project spans two functional lines",
    lines: [414, 214],
    printed: "1325",
    otherFigures:
      "the difference 500,000 is 208 10 06 养老服务 项目支出 (表5 :198): the text's 3 projects, 1476.7 万元 (:363) = 项目支出 14,767,000 " +
      "(:220); the two other projects are 210 01 99 317,000 + 210 15 99 1,200,000 = 1,517,000, leaving 13,250,000 = 12,750,000 + 500,000",
    expectedYuan: "12750000.00", foundYuan: "13250000.00", differenceYuan: "500000.00",
    severity: "info",
    checks: ["project-vs-line"],
    flagged: [{ file: Q23, anyOf: [411, 414] }],
  },
  {
    key: "P26-INDICATORS-SHIFTED",
    file: P26, district: "putuo", year: 2026,
    what:
      "定点机构协议管理专项经费: indicator rows printed in the wrong columns: 时效指标 under 效益指标 (:209, belongs to 产出指标), " +
      "可持续影响指标 under 满意度指标 (:211, belongs to 效益指标)",
    lines: [209, 211],
    printed: null,
    otherFigures: "the same template's other sheets put 时效指标 under 产出指标 (e.g. :43, :62) and 可持续影响指标 under 效益指标 (:24, :64)",
    expectedYuan: null, foundYuan: null, differenceYuan: null,
    severity: "info",
    checks: ["indicator-hierarchy"],
    flagged: [{ file: P26, anyOf: [209] }, { file: P26, anyOf: [211] }],
  },
];

const SAME_AS_TABLE_3 = "as for table 3";

/** The audit's findings on today's main (30: 16 errors, 11 warnings, 3 info), each checked by hand. */
export const CURRENT_FINDINGS: readonly CurrentFindingSeed[] = [
  {
    check: "narrative-vs-table", severity: "warning", file: B26, line: 351, defect: "B26-PROJECT-FUNDS-TEXT", verdict: "questionable",
    expectedYuan: "143432349.40", foundYuan: "143320100.00", differenceYuan: "-112249.40",
    disagreement:
      "The sentence counts only the 6 projects with performance targets, so a gap to all of 项目支出 is no evidence of an error " +
      "(in 002 and 003 the figures match because every project had targets). Info, worded as a caveat, not a warning.",
  },
  { check: "ambiguous-number", severity: "warning", file: B23, line: 148, defect: "B23-AMBIG-T1", verdict: "confirmed", expectedYuan: "145416223.44", foundYuan: null, differenceYuan: null },
  {
    check: "ambiguous-number", severity: "warning", file: B23, line: 235, defect: "B23-AMBIG-T4", verdict: "confirmed", expectedYuan: "145416223.44", foundYuan: null, differenceYuan: null,
    disagreement: "Two findings on :235 (合计 and 一般公共预算 cells) with the same title and message and no column named: they read as a duplicate. Name the column or report the line once.",
  },
  {
    check: "ambiguous-number", severity: "warning", file: B23, line: 235, defect: "B23-AMBIG-T4", verdict: "confirmed", expectedYuan: "145416223.44", foundYuan: null, differenceYuan: null,
    disagreement: "the second cell of :235 (see above)",
  },
  {
    check: "table-truncated", severity: "error", file: B23, line: 222, defect: "B23-T4-CUT", verdict: "confirmed",
    expectedYuan: "149725759.82", foundYuan: "146569503.44", differenceYuan: "-3156256.38",
    disagreement: "expected/found are words today (收入总计、支出总计 / 无); what is lost can be stated in 元: 住房保障支出 3,156,256.38 (表1 :158) and the totals 149,725,759.82 (:162).",
  },
  {
    check: "table-missing", severity: "error", file: B23, line: 19, defect: "B23-T6-MISSING", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null,
    disagreement: "Severity: the text (:107) says there is no 政府性基金 spending, so the missing table loses no figure: warning rather than error (青浦's missing table 4 is different: error fits there).",
  },
  {
    check: "children-sum", severity: "error", file: Q23, line: 130, defect: "Q23-210-TOTAL", verdict: "confirmed",
    expectedYuan: "25453263.00", foundYuan: "18003263.00", differenceYuan: "-7450000.00",
  },
  {
    check: "children-sum", severity: "error", file: Q23, line: 142, defect: "Q23-TOTAL-VS-LEI", verdict: "consequence",
    expectedYuan: "21682580.00", foundYuan: "29132580.00", differenceYuan: "7450000.00",
    disagreement: "The 合计 29,132,580 is right (表1 :113, Σ项); the 'expected' 21,682,580 sums a misprinted 类. Group it under the 210 cause (causeId), not as a second error.",
  },
  { check: "children-sum", severity: "error", file: Q23, line: 152, defect: "Q23-208-PROJECT-BLANK", verdict: "confirmed", expectedYuan: "500000.00", foundYuan: null, differenceYuan: "-500000.00" },
  {
    check: "children-sum", severity: "error", file: Q23, line: 159, defect: "Q23-210-TOTAL", verdict: "confirmed",
    expectedYuan: "25453263.00", foundYuan: "18003263.00", differenceYuan: "-7450000.00",
    disagreement: "One finding holds two defects of :159: 合计 (−7,450,000) and the blank 项目支出 (expected 14,267,000).",
  },
  {
    check: "children-sum", severity: "error", file: Q23, line: 180, defect: "Q23-TOTAL-VS-LEI", verdict: "consequence",
    expectedYuan: "21682580.00", foundYuan: "29132580.00", differenceYuan: "7450000.00",
    disagreement: "As :142; and its 项目支出 'expected 0.00' is the sum of blank cells: the printed 14,767,000 is right (表1 :113; 14,267,000 + 500,000).",
  },
  {
    check: "row-sum", severity: "error", file: Q23, line: 152, defect: "Q23-208-PROJECT-BLANK", verdict: "confirmed",
    expectedYuan: "500000.00", foundYuan: null, differenceYuan: "-500000.00",
    disagreement: "Its expected 2,167,065.00 blames the 合计 2,667,065, which is right; the blank 项目支出 (should be 500,000) is the defect.",
  },
  {
    check: "row-sum", severity: "error", file: Q23, line: 159, defect: "Q23-210-PROJECT-BLANK", verdict: "confirmed",
    expectedYuan: "14267000.00", foundYuan: null, differenceYuan: "-14267000.00",
    disagreement: "Its expected 11,186,263.00 is neither right figure: 合计 should be 25,453,263 and 项目支出 14,267,000 (基本支出 11,186,263 is right).",
  },
  { check: "children-sum", severity: "error", file: Q23, line: 192, defect: "Q23-208-PROJECT-BLANK", verdict: "confirmed", expectedYuan: "500000.00", foundYuan: null, differenceYuan: "-500000.00", disagreement: SAME_AS_TABLE_3 },
  {
    check: "children-sum", severity: "error", file: Q23, line: 199, defect: "Q23-210-TOTAL", verdict: "confirmed",
    expectedYuan: "25453263.00", foundYuan: "18003263.00", differenceYuan: "-7450000.00", disagreement: SAME_AS_TABLE_3,
  },
  {
    check: "children-sum", severity: "error", file: Q23, line: 220, defect: "Q23-TOTAL-VS-LEI", verdict: "consequence",
    expectedYuan: "21682580.00", foundYuan: "29132580.00", differenceYuan: "7450000.00", disagreement: SAME_AS_TABLE_3,
  },
  { check: "row-sum", severity: "error", file: Q23, line: 192, defect: "Q23-208-PROJECT-BLANK", verdict: "confirmed", expectedYuan: "500000.00", foundYuan: null, differenceYuan: "-500000.00", disagreement: SAME_AS_TABLE_3 },
  { check: "row-sum", severity: "error", file: Q23, line: 199, defect: "Q23-210-PROJECT-BLANK", verdict: "confirmed", expectedYuan: "14267000.00", foundYuan: null, differenceYuan: "-14267000.00", disagreement: SAME_AS_TABLE_3 },
  {
    check: "cross-table", severity: "error", file: Q23, line: 103, defect: "Q23-210-TOTAL", verdict: "confirmed",
    expectedYuan: "25453263.00", foundYuan: "18003263.00", differenceYuan: "-7450000.00",
    disagreement: "expected is null although table 1, the 款 rows and the text all say 25,453,263; it names 表1 :103 and 表5 :199 but not 表2 :130 and 表3 :159, which print the same 18,003,263.",
  },
  { check: "table-missing", severity: "error", file: Q23, line: 17, defect: "Q23-T4-MISSING", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null },
  { check: "year-mismatch", severity: "warning", file: Q23, line: 19, defect: "Q23-T6-YEAR", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null },
  { check: "year-mismatch", severity: "warning", file: Q23, line: 242, defect: "Q23-NOTES-YEAR", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null },
  { check: "year-mismatch", severity: "warning", file: Q23, line: 265, defect: "Q23-NOTES-YEAR", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null },
  { check: "narrative-vs-table", severity: "info", file: Q23, line: 89, defect: "Q23-TEXT-208-CUT", verdict: "confirmed", expectedYuan: "2667065.00", foundYuan: "2667000.00", differenceYuan: "-65.00" },
  {
    check: "narrative-vs-table", severity: "warning", file: Q23, line: 90, defect: "Q23-TEXT-210-VS-T5", verdict: "consequence",
    expectedYuan: "18003263.00", foundYuan: "25453300.00", differenceYuan: "7450037.00",
    disagreement: "The text is right (2545.33 万元 = 25,453,263 at 0.01 万元, as 表1 :103 and the 款 rows); taking 表5's misprint as 'expected' blames the text. Group it under the 210 cause.",
  },
  {
    check: "narrative-vs-table", severity: "warning", file: Q23, line: 353, defect: "Q23-OPERATING-ROUNDED", verdict: "confirmed",
    expectedYuan: "2087100.00", foundYuan: "2090000.00", differenceYuan: "2900.00",
    disagreement:
      "Severity: 209 is 208.7132 万元 (表8 公用经费 2,087,132) rounded to the whole 万元 table 9 prints, so both figures agree at the coarser precision: info, not warning. " +
      "Note the headline metric shows the rounded 2,090,000.00 for 青浦 2023.",
  },
  { check: "indicator-hierarchy", severity: "info", file: P26, line: 209, defect: "P26-INDICATORS-SHIFTED", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null },
  { check: "indicator-hierarchy", severity: "info", file: P26, line: 211, defect: "P26-INDICATORS-SHIFTED", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null },
  {
    check: "project-cross-document", severity: "warning", file: B23P, line: 218, defect: "B23-INDICATORS-SHIFTED", verdict: "confirmed", expectedYuan: null, foundYuan: null, differenceYuan: null,
    disagreement:
      "The 6 differences are right, but the misprint is in 002 (:415–:421), not 001; the finding is filed under 001 and names only the name lines (001:218, 002:405). " +
      "The 002 indicator lines would be the useful locations.",
  },
  {
    check: "project-vs-line", severity: "warning", file: Q23, line: 411, defect: "Q23-MUTUAL-AID-VS-2101399", verdict: "questionable",
    expectedYuan: "12750000.00", foundYuan: "13250000.00", differenceYuan: "500000.00",
    disagreement:
      "The 500,000 is 208 10 06 养老服务 (表5 :198): the project spans two functional lines and the document adds up (3 projects = 1476.7 万元 = 项目支出). " +
      "A comparability caveat for the 互助帮困 metric (info), not a defect; and the amount is on :414, the finding names :411 (the name row).",
  },
];

/** Odd things no check reports. Not defects of the arithmetic; listed so nobody rediscovers them. */
export const OBSERVATIONS: readonly ObservationSeed[] = [
  { file: B26, lines: [67], what: "机构设置: “其中包括：” is followed by no list of units." },
  { file: B26, lines: [481, 484, 485, 486], what: "互助帮困 indicator rows printed one or two columns to the left (the hierarchy still reads correctly)." },
  { file: Q23, lines: [395, 413], what: "实施周期 2023-01-01 to 2023-11-30 in the text, 计划完成日期 2023-12-31 on the sheet (the goal :419 says transfers run 1–11月)." },
  { file: Q23, lines: [416], what: "A third, unlabelled “1325” in the 上年结转资金 row of the project sheet." },
  { file: P26, lines: [10, 11], what: "All 12 sheets leave 项目资金总额 and 财政资金 blank and print only the annual part." },
  { file: B23, lines: [331, 332], what: "表8 合计 printed in a shorter column layout and followed by a “----” rule." },
];
