// 青浦 2023 单位预算 of the 医疗保险事务中心 only, data/sources/003_4aef83699c38162e.txt (Markdown tables,
// split across pages). Every value below was read by hand from that file; every `line` is its 1-based line.
// Amounts are printed in whole 元 without decimals ("29,132,580" = "29132580.00").
// Defects of this document (see defects.ts): 210 卫生健康支出 printed 18,003,263 in tables 2, 3 and 5 while its
// 款 rows add up to 25,453,263; the 项目支出 cells of 208 and 210 printed blank in tables 3 and 5; table 4 absent;
// table 6 listed as 2022 and both empty tables' notes say 2022; 机关运行经费 209 万元 (table 9) vs 208.71 (text).
import type { DocumentGolden } from "./types";

export const QINGPU_2023_FILE = "003_4aef83699c38162e.txt";

export const QINGPU_2023: DocumentGolden = {
  document: {
    file: QINGPU_2023_FILE,
    district: "qingpu",
    year: 2023,
    kind: "单位预算",
    scope: "单位",
    entity: "上海市青浦区医疗保险事务中心", // :5 预算单位
    titleLine: 3, // :3 # 上海市青浦区2023年区级单位预算
    lineCount: 428, // :428 is the last line (no final newline)
  },
  tables: [
    {
      // :93 ## 2023年预算单位财务收支预算总表. Expenditure columns: 合计 | 基本支出 (人员经费, 公用经费) | 项目支出.
      tableNo: 1,
      titleLine: 93,
      unit: "元", // :95
      rowCount: 15, // 10 收入 + 3 支出 + 2 totals
      rows: [
        { line: 102, code: null, side: "收入", name: "财政拨款收入", cells: { 预算数: ["29,132,580", "29132580.00"] } },
        { line: 102, code: null, side: "支出", name: "社会保障和就业支出", cells: { 合计: ["2,667,065", "2667065.00"], 人员经费: ["2,167,065", "2167065.00"], 公用经费: null, 项目支出: ["500,000", "500000.00"] } },
        { line: 103, code: null, side: "收入", name: "一般公共预算", cells: { 预算数: ["29,132,580", "29132580.00"] } },
        // The one table that prints 210 as its 款 rows add up: 9,099,131 + 2,087,132 + 14,267,000 = 25,453,263.
        { line: 103, code: null, side: "支出", name: "卫生健康支出", why: "agrees with the 款 rows; tables 2, 3, 5 print 18,003,263", cells: { 合计: ["25,453,263", "25453263.00"], 人员经费: ["9,099,131", "9099131.00"], 公用经费: ["2,087,132", "2087132.00"], 项目支出: ["14,267,000", "14267000.00"] } },
        { line: 104, code: null, side: "收入", name: "政府性基金预算", cells: { 预算数: null } },
        { line: 104, code: null, side: "支出", name: "住房保障支出", cells: { 合计: ["1,012,252", "1012252.00"], 人员经费: ["1,012,252", "1012252.00"], 公用经费: null, 项目支出: null } },
        { line: 113, code: null, side: "收入", total: true, name: "收入总计", cells: { 预算数: ["29,132,580", "29132580.00"] } },
        { line: 113, code: null, side: "支出", total: true, name: "支出总计", cells: { 合计: ["29,132,580", "29132580.00"], 人员经费: ["12,278,448", "12278448.00"], 公用经费: ["2,087,132", "2087132.00"], 项目支出: ["14,767,000", "14767000.00"] } },
      ],
    },
    {
      tableNo: 2, // :115 2023年预算单位收入预算总表 (a plain line, no Markdown heading)
      titleLine: 115,
      unit: "元", // :117
      rowCount: 20,
      rows: [
        { line: 123, code: ["208", null, null], name: "社会保障和就业支出", cells: { 合计: ["2,667,065", "2667065.00"], 财政拨款收入: ["2,667,065", "2667065.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 124, code: ["208", "05", null], name: "行政事业单位养老支出", cells: { 合计: ["2,167,065", "2167065.00"], 财政拨款收入: ["2,167,065", "2167065.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 128, code: ["208", "10", null], name: "社会福利", cells: { 合计: ["500,000", "500000.00"], 财政拨款收入: ["500,000", "500000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 129, code: ["208", "10", "06"], name: "养老服务", cells: { 合计: ["500,000", "500000.00"], 财政拨款收入: ["500,000", "500000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        // Defect: 10,448,833 + 1,054,430 + 12,750,000 + 1,200,000 (:131, :133, :135, :137) = 25,453,263; difference −7,450,000.
        { line: 130, code: ["210", null, null], name: "卫生健康支出", why: "defect: 210 ≠ Σ款", cells: { 合计: ["18,003,263", "18003263.00"], 财政拨款收入: ["18,003,263", "18003263.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 131, code: ["210", "01", null], name: "卫生健康管理事务", cells: { 合计: ["10,448,833", "10448833.00"], 财政拨款收入: ["10,448,833", "10448833.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 133, code: ["210", "11", null], name: "行政事业单位医疗", cells: { 合计: ["1,054,430", "1054430.00"], 财政拨款收入: ["1,054,430", "1054430.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 135, code: ["210", "13", null], name: "医疗救助", cells: { 合计: ["12,750,000", "12750000.00"], 财政拨款收入: ["12,750,000", "12750000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 136, code: ["210", "13", "99"], name: "其他医疗救助支出", why: "mutual-aid functional line (no 210 13 01 in this document)", cells: { 合计: ["12,750,000", "12750000.00"], 财政拨款收入: ["12,750,000", "12750000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 137, code: ["210", "15", null], name: "医疗保障管理事务", cells: { 合计: ["1,200,000", "1200000.00"], 财政拨款收入: ["1,200,000", "1200000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 141, code: ["221", "02", "01"], name: "住房公积金", cells: { 合计: ["1,012,252", "1012252.00"], 财政拨款收入: ["1,012,252", "1012252.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
        { line: 142, code: null, total: true, name: "合计", why: "right (= table 1); Σ类 as printed is 21,682,580", cells: { 合计: ["29,132,580", "29132580.00"], 财政拨款收入: ["29,132,580", "29132580.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null, 财政专项资金: null, 非同级财政拨款收入: null, 自筹资金: null } },
      ],
    },
    {
      tableNo: 3, // :144 ## 2023年预算单位支出预算总表, continued after a repeated header at :166
      titleLine: 144,
      unit: "元", // :146
      rowCount: 20,
      rows: [
        // Defect: 项目支出 blank while 208 10 (:157) has 500,000 and 合计 − 基本支出 = 2,667,065 − 2,167,065 = 500,000.
        { line: 152, code: ["208", null, null], name: "社会保障和就业支出", why: "defect: 项目支出 blank", cells: { 合计: ["2,667,065", "2667065.00"], 基本支出: ["2,167,065", "2167065.00"], 项目支出: null } },
        { line: 157, code: ["208", "10", null], name: "社会福利", cells: { 合计: ["500,000", "500000.00"], 基本支出: null, 项目支出: ["500,000", "500000.00"] } },
        // Defect: 合计 18,003,263 (Σ款 25,453,263) and 项目支出 blank (Σ款 317,000 + 12,750,000 + 1,200,000 = 14,267,000).
        { line: 159, code: ["210", null, null], name: "卫生健康支出", why: "defect: 合计 ≠ Σ款, 项目支出 blank", cells: { 合计: ["18,003,263", "18003263.00"], 基本支出: ["11,186,263", "11186263.00"], 项目支出: null } },
        { line: 160, code: ["210", "01", null], name: "卫生健康管理事务", cells: { 合计: ["10,448,833", "10448833.00"], 基本支出: ["10,131,833", "10131833.00"], 项目支出: ["317,000", "317000.00"] } },
        { line: 162, code: ["210", "11", null], name: "行政事业单位医疗", cells: { 合计: ["1,054,430", "1054430.00"], 基本支出: ["1,054,430", "1054430.00"], 项目支出: null } },
        { line: 164, code: ["210", "13", null], name: "医疗救助", why: "last row before the page break", cells: { 合计: ["12,750,000", "12750000.00"], 基本支出: null, 项目支出: ["12,750,000", "12750000.00"] } },
        { line: 174, code: ["210", "13", "99"], name: "其他医疗救助支出", why: "first row after the repeated header", cells: { 合计: ["12,750,000", "12750000.00"], 基本支出: null, 项目支出: ["12,750,000", "12750000.00"] } },
        { line: 175, code: ["210", "15", null], name: "医疗保障管理事务", cells: { 合计: ["1,200,000", "1200000.00"], 基本支出: null, 项目支出: ["1,200,000", "1200000.00"] } },
        { line: 177, code: ["221", null, null], name: "住房保障支出", cells: { 合计: ["1,012,252", "1012252.00"], 基本支出: ["1,012,252", "1012252.00"], 项目支出: null } },
        { line: 180, code: null, total: true, name: "合计", why: "right (= table 1 :113)", cells: { 合计: ["29,132,580", "29132580.00"], 基本支出: ["14,365,580", "14365580.00"], 项目支出: ["14,767,000", "14767000.00"] } },
      ],
    },
    {
      tableNo: 5, // :184 ## 2023年预算单位一般公共预算支出功能分类预算表, continued at :206
      titleLine: 184,
      unit: "元", // :186
      rowCount: 20,
      rows: [
        { line: 192, code: ["208", null, null], name: "社会保障和就业支出", why: "defect: 项目支出 blank", cells: { 合计: ["2,667,065", "2667065.00"], 基本支出: ["2,167,065", "2167065.00"], 项目支出: null } },
        { line: 197, code: ["208", "10", null], name: "社会福利", cells: { 合计: ["500,000", "500000.00"], 基本支出: null, 项目支出: ["500,000", "500000.00"] } },
        { line: 198, code: ["208", "10", "06"], name: "养老服务", why: "the 500,000 the 互助帮困 project adds to 210 13 99", cells: { 合计: ["500,000", "500000.00"], 基本支出: null, 项目支出: ["500,000", "500000.00"] } },
        { line: 199, code: ["210", null, null], name: "卫生健康支出", why: "defect: 合计 ≠ Σ款, 项目支出 blank", cells: { 合计: ["18,003,263", "18003263.00"], 基本支出: ["11,186,263", "11186263.00"], 项目支出: null } },
        { line: 200, code: ["210", "01", null], name: "卫生健康管理事务", cells: { 合计: ["10,448,833", "10448833.00"], 基本支出: ["10,131,833", "10131833.00"], 项目支出: ["317,000", "317000.00"] } },
        { line: 204, code: ["210", "13", null], name: "医疗救助", cells: { 合计: ["12,750,000", "12750000.00"], 基本支出: null, 项目支出: ["12,750,000", "12750000.00"] } },
        { line: 214, code: ["210", "13", "99"], name: "其他医疗救助支出", why: "mutual-aid functional line", cells: { 合计: ["12,750,000", "12750000.00"], 基本支出: null, 项目支出: ["12,750,000", "12750000.00"] } },
        { line: 215, code: ["210", "15", null], name: "医疗保障管理事务", cells: { 合计: ["1,200,000", "1200000.00"], 基本支出: null, 项目支出: ["1,200,000", "1200000.00"] } },
        { line: 216, code: ["210", "15", "99"], name: "其他医疗保障管理事务支出", cells: { 合计: ["1,200,000", "1200000.00"], 基本支出: null, 项目支出: ["1,200,000", "1200000.00"] } },
        { line: 219, code: ["221", "02", "01"], name: "住房公积金", cells: { 合计: ["1,012,252", "1012252.00"], 基本支出: ["1,012,252", "1012252.00"], 项目支出: null } },
        { line: 220, code: null, total: true, name: "合计", cells: { 合计: ["29,132,580", "29132580.00"], 基本支出: ["14,365,580", "14365580.00"], 项目支出: ["14,767,000", "14767000.00"] } },
      ],
    },
    {
      tableNo: 6, // :222 ## 2023年预算单位政府性基金预算支出功能分类预算表 (the contents :19 say 2022)
      titleLine: 222,
      unit: "元", // :224
      noteLine: 242, // 注：本单位2022年度无政府性基金预算财政拨款支出，故本表无数据。
      rowCount: 1,
      rows: [{ line: 240, code: null, total: true, name: "合计", cells: { 合计: null, 基本支出: null, 项目支出: null } }],
    },
    {
      tableNo: 7, // :244 ## 2023年预算单位国有资本经营预算支出功能分类预算表
      titleLine: 244,
      unit: "元", // :246
      noteLine: 265, // 注：本单位2022年度无国有资本经营预算财政拨款支出，故本表无数据。
      rowCount: 1,
      rows: [{ line: 263, code: null, total: true, name: "合计", cells: { 合计: null, 基本支出: null, 项目支出: null } }],
    },
    {
      tableNo: 8, // :267 ## 2023年预算单位一般公共预算基本支出部门预算经济分类预算表, continued at :289 and :311
      titleLine: 267,
      unit: "元", // :269
      rowCount: 35, // :275–:287 (13) + :297–:309 (13) + :319–:327 (9)
      rows: [
        { line: 275, code: ["301", null, null], name: "工资福利支出", cells: { 合计: ["12,133,488", "12133488.00"], 人员经费: ["12,133,488", "12133488.00"], 公用经费: null } },
        { line: 284, code: ["301", "99", null], name: "其他工资福利支出", cells: { 合计: ["478,875", "478875.00"], 人员经费: ["478,875", "478875.00"], 公用经费: null } },
        { line: 285, code: ["302", null, null], name: "商品和服务支出", cells: { 合计: ["1,984,432", "1984432.00"], 人员经费: null, 公用经费: ["1,984,432", "1984432.00"] } },
        { line: 287, code: ["302", "02", null], name: "印刷费", why: "last row before the first page break", cells: { 合计: ["20,000", "20000.00"], 人员经费: null, 公用经费: ["20,000", "20000.00"] } },
        { line: 297, code: ["302", "04", null], name: "手续费", why: "first row after a repeated header", cells: { 合计: ["500", "500.00"], 人员经费: null, 公用经费: ["500", "500.00"] } },
        { line: 301, code: ["302", "09", null], name: "物业管理费", cells: { 合计: ["574,504", "574504.00"], 人员经费: null, 公用经费: ["574,504", "574504.00"] } },
        { line: 306, code: ["302", "17", null], name: "公务接待费", why: "vs table 9 公务接待费 0.2 万元", cells: { 合计: ["2,000", "2000.00"], 人员经费: null, 公用经费: ["2,000", "2000.00"] } },
        { line: 319, code: ["302", "29", null], name: "福利费", why: "first row after the second repeated header", cells: { 合计: ["138,240", "138240.00"], 人员经费: null, 公用经费: ["138,240", "138240.00"] } },
        { line: 322, code: ["303", null, null], name: "对个人和家庭的补助", cells: { 合计: ["144,960", "144960.00"], 人员经费: ["144,960", "144960.00"], 公用经费: null } },
        { line: 325, code: ["310", null, null], name: "资本性支出", cells: { 合计: ["102,700", "102700.00"], 人员经费: null, 公用经费: ["102,700", "102700.00"] } },
        { line: 327, code: null, total: true, name: "合计", why: "公用经费 2,087,132 vs 机关运行经费 209 万元 / 208.71 万元", cells: { 合计: ["14,365,580", "14365580.00"], 人员经费: ["12,278,448", "12278448.00"], 公用经费: ["2,087,132", "2087132.00"] } },
      ],
    },
  ],
  table9: {
    // :329 ## 单位“三公”经费和机关运行经费预算表 (no year), :331 单位：万元, figures on :337.
    // Blank cells (因公出国(境)费, 公务用车购置及运行维护费 and its parts) are blank, not 0.
    line: 337,
    titleLine: 329,
    unit: "万元",
    parts: {
      total: ["0.2", "2000.00"],
      abroad: null,
      reception: ["0.2", "2000.00"],
      vehicles: null,
      vehiclePurchase: null,
      vehicleOperation: null,
    },
    operating: ["209", "2090000.00"],
  },
  projects: [
    {
      line: 411, // :411 | 项目名称 | 市民互助帮困统筹资金经费 |
      name: "市民互助帮困统筹资金经费",
      implementer: "上海市青浦区医疗保险事务中心", // :412
      unit: "万元", // :414 项目资金<br>(万元)
      amounts: [
        { field: "项目资金总额", line: 414, cell: ["1325", "13250000.00"] },
        { field: "年度资金申请总额", line: 414, cell: ["1325", "13250000.00"] },
        { field: "财政资金", line: 415, cell: ["1325", "13250000.00"] },
        { field: "当年财政拨款", line: 415, cell: ["1325", "13250000.00"] },
      ],
      // :416 上年结转资金 blank (a third, unlabelled "1325" stands in that row); :417 其他资金 blank twice
      blank: ["上年结转资金", "其他资金（总额）", "其他资金（年度）"],
      indicatorCount: 8, // :421–:428
      metric: "mutual-aid",
    },
  ],
  narrative: [
    // :85 收入预算2913.26万元，比上年预算增加337.39万元 → 2022: 2913.26 − 337.39 = 2575.87 万元
    { line: 85, subject: "本单位收入预算", asPublished: "2913.26", unit: "万元", yuan: "29132600.00", change: { direction: "increase", asPublished: "337.39", yuan: "3373900.00", priorYear: 2022, priorYuan: "25758700.00" }, compareWith: { what: "表1 收入总计", line: 113, yuan: "29132580.00" } },
    { line: 85, subject: "财政拨款收入", asPublished: "2913.26", unit: "万元", yuan: "29132600.00", change: { direction: "increase", asPublished: "337.39", yuan: "3373900.00", priorYear: 2022, priorYuan: "25758700.00" } },
    { line: 87, subject: "支出预算", asPublished: "2913.26", unit: "万元", yuan: "29132600.00", change: { direction: "increase", asPublished: "337.39", yuan: "3373900.00", priorYear: 2022, priorYuan: "25758700.00" }, compareWith: { what: "表1 支出总计", line: 113, yuan: "29132580.00" } },
    { line: 87, subject: "财政拨款支出预算", asPublished: "2913.26", unit: "万元", yuan: "29132600.00", change: { direction: "increase", asPublished: "337.39", yuan: "3373900.00", priorYear: 2022, priorYuan: "25758700.00" } },
    { line: 87, subject: "一般公共预算拨款支出预算", asPublished: "2913.26", unit: "万元", yuan: "29132600.00", change: { direction: "increase", asPublished: "337.39", yuan: "3373900.00", priorYear: 2022, priorYuan: "25758700.00" }, compareWith: { what: "表5 合计", line: 220, yuan: "29132580.00" } },
    { line: 87, subject: "政府性基金预算拨款支出预算", asPublished: "0", unit: "万元", yuan: "0.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "0.00" } },
    // :89 266.70 万元 vs 2,667,065 (= 266.7065 → 266.71): cut off instead of rounded, 65 元 short
    { line: 89, subject: "“社会保障和就业支出”科目", asPublished: "266.70", unit: "万元", yuan: "2667000.00", compareWith: { what: "表5 208", line: 192, yuan: "2667065.00" } },
    // :90 2545.33 万元 agrees with table 1 (:103, 25,453,263) and the 款 rows, not with the misprinted 表5 :199
    { line: 90, subject: "“卫生健康支出”科目", asPublished: "2545.33", unit: "万元", yuan: "25453300.00", compareWith: { what: "表5 210 (misprinted)", line: 199, yuan: "18003263.00" } },
    { line: 91, subject: "“住房保障支出”科目", asPublished: "101.23", unit: "万元", yuan: "1012300.00", compareWith: { what: "表5 221", line: 217, yuan: "1012252.00" } },
    // :343 “三公”经费预算数为0.2万元，与上年预算持平 → 2022: 0.2 万元 (derived three-public)
    { line: 343, subject: "“三公”经费预算", asPublished: "0.2", unit: "万元", yuan: "2000.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "2000.00" }, compareWith: { what: "表9 合计", line: 337, yuan: "2000.00" } },
    { line: 345, subject: "因公出国（境）费", asPublished: "0", unit: "万元", yuan: "0.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "0.00" } },
    { line: 347, subject: "公务用车购置及运行维护费", asPublished: "0", unit: "万元", yuan: "0.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "0.00" } },
    { line: 347, subject: "公务用车购置费", asPublished: "0", unit: "万元", yuan: "0.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "0.00" } },
    { line: 347, subject: "公务用车运行维护费", asPublished: "0", unit: "万元", yuan: "0.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "0.00" } },
    { line: 349, subject: "公务接待费", asPublished: "0.2", unit: "万元", yuan: "2000.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "2000.00" }, compareWith: { what: "表9 公务接待费", line: 337, yuan: "2000.00" } },
    // :353 机关运行经费预算为208.71万元 (no prior-year statement); table 9 prints 209 (:337), table 8 公用经费 2,087,132 (:327)
    { line: 353, subject: "机关运行经费预算", asPublished: "208.71", unit: "万元", yuan: "2087100.00", compareWith: { what: "表9 机关运行经费", line: 337, yuan: "2090000.00" } },
    // :363 项目3个，涉及项目预算资金1476.7万元 = 表3 合计 项目支出 14,767,000 (:180)
    { line: 363, subject: "涉及项目预算资金", asPublished: "1476.7", unit: "万元", yuan: "14767000.00", compareWith: { what: "表3 合计 项目支出", line: 180, yuan: "14767000.00" } },
    { line: 399, subject: "项目总预算", asPublished: "1325", unit: "万元", yuan: "13250000.00" },
    { line: 399, subject: "项目当年预算", asPublished: "1325", unit: "万元", yuan: "13250000.00", compareWith: { what: "市民互助帮困统筹资金经费 年度资金申请总额", line: 414, yuan: "13250000.00" } },
  ],
};
