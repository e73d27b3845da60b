// 宝山 2023 部门预算, data/sources/002_d56279bcd84de3ea.txt (tab-separated with Markdown headings).
// Every value below was read by hand from that file; every `line` is its 1-based line number.
// Defects of this document (see defects.ts): 145,416,223.44.00 printed in tables 1 and 4 (:148, :235);
// table 4 cut short after :242; table 6 listed (:19) but absent.
import type { DocumentGolden } from "./types";

export const BAOSHAN_2023_FILE = "002_d56279bcd84de3ea.txt";

export const BAOSHAN_2023: DocumentGolden = {
  document: {
    file: BAOSHAN_2023_FILE,
    district: "baoshan",
    year: 2023,
    kind: "部门预算",
    scope: "部门",
    entity: "上海市宝山区医疗保障局", // :5
    titleLine: 3, // :3 # 上海市宝山区 2023 年区级部门预算
    lineCount: 427, // :427 is the last line (no final newline)
  },
  tables: [
    {
      tableNo: 1, // :135 ### 1、2023 年部门财务收支预算总表
      titleLine: 135,
      unit: "元", // :137
      rowCount: 29, // 7 收入 + 20 支出 + 2 totals
      rows: [
        { line: 141, code: null, side: "收入", name: "财政拨款收入", cells: { 预算数: ["149,725,759.82", "149725759.82"] } },
        { line: 142, code: null, side: "收入", name: "一般公共预算资金", cells: { 预算数: ["149,725,759.82", "149725759.82"] } },
        { line: 143, code: null, side: "收入", name: "政府性基金", cells: { 预算数: null } },
        { line: 147, code: null, side: "支出", name: "社会保障和就业支出", cells: { 预算数: ["1,153,280.00", "1153280.00"] } },
        // Printed with two decimal points. Read as 145,416,223.44: tables 2/3/5 (:176, :205, :258) and the text
        // (:77, :89) print that figure, and 1,153,280.00 + x + 3,156,256.38 = 149,725,759.82 (:162) gives it too.
        // The other reading, 14,541,622,344.00, is supported by nothing.
        { line: 148, code: null, side: "支出", name: "卫生健康支出", why: "defect: two decimal points", cells: { 预算数: ["145,416,223.44.00", "145416223.44"] } },
        { line: 149, code: null, side: "支出", name: "节能环保支出", cells: { 预算数: null } },
        { line: 158, code: null, side: "支出", name: "住房保障支出", cells: { 预算数: ["3,156,256.38", "3156256.38"] } },
        { line: 162, code: null, side: "收入", total: true, name: "收入总计", cells: { 预算数: ["149,725,759.82", "149725759.82"] } },
        { line: 162, code: null, side: "支出", total: true, name: "支出总计", cells: { 预算数: ["149,725,759.82", "149725759.82"] } },
      ],
    },
    {
      tableNo: 2, // :164 ## 2、2023 年部门收入预算总表
      titleLine: 164,
      unit: "元", // :166
      rowCount: 20,
      rows: [
        { line: 171, code: ["208", null, null], name: "社会保障和就业支出", cells: { 合计: ["1,153,280.00", "1153280.00"], 财政拨款收入: ["1,153,280.00", "1153280.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 173, code: ["208", "05", "01"], name: "行政单位离退休", cells: { 合计: ["37,760.00", "37760.00"], 财政拨款收入: ["37,760.00", "37760.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 176, code: ["210", null, null], name: "卫生健康支出", why: "the figure tables 1 and 4 misprint", cells: { 合计: ["145,416,223.44", "145416223.44"], 财政拨款收入: ["145,416,223.44", "145416223.44"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 180, code: ["210", "13", null], name: "医疗救助", cells: { 合计: ["126,995,000.00", "126995000.00"], 财政拨款收入: ["126,995,000.00", "126995000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 181, code: ["210", "13", "01"], name: "城乡医疗救助", why: "medical-assistance functional line", cells: { 合计: ["35,475,000.00", "35475000.00"], 财政拨款收入: ["35,475,000.00", "35475000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 182, code: ["210", "13", "99"], name: "其他医疗救助支出", why: "mutual-aid functional line", cells: { 合计: ["91,520,000.00", "91520000.00"], 财政拨款收入: ["91,520,000.00", "91520000.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 183, code: ["210", "15", null], name: "医疗保障管理事务", cells: { 合计: ["17,840,231.44", "17840231.44"], 财政拨款收入: ["17,840,231.44", "17840231.44"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 184, code: ["210", "15", "01"], name: "行政运行", cells: { 合计: ["11,091,779.44", "11091779.44"], 财政拨款收入: ["11,091,779.44", "11091779.44"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 187, code: ["221", null, null], name: "住房保障支出", why: "row after a blank line", cells: { 合计: ["3,156,256.38", "3156256.38"], 财政拨款收入: ["3,156,256.38", "3156256.38"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 190, code: ["221", "02", "03"], name: "购房补贴", cells: { 合计: ["1,708,800.00", "1708800.00"], 财政拨款收入: ["1,708,800.00", "1708800.00"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
        { line: 191, code: null, total: true, name: "合计", cells: { 合计: ["149,725,759.82", "149725759.82"], 财政拨款收入: ["149,725,759.82", "149725759.82"], 事业收入: null, 事业单位经营收入: null, 其他收入: null } },
      ],
    },
    {
      tableNo: 3, // :193 ## 3、2023 年部门支出预算总表
      titleLine: 193,
      unit: "元", // :195
      rowCount: 20,
      rows: [
        { line: 200, code: ["208", null, null], name: "社会保障和就业支出", cells: { 合计: ["1,153,280.00", "1153280.00"], 基本支出: ["1,153,280.00", "1153280.00"], 项目支出: null } },
        { line: 205, code: ["210", null, null], name: "卫生健康支出", cells: { 合计: ["145,416,223.44", "145416223.44"], 基本支出: ["11,672,771.44", "11672771.44"], 项目支出: ["133,743,452.00", "133743452.00"] } },
        { line: 206, code: ["210", "11", null], name: "行政事业单位医疗", cells: { 合计: ["580,992.00", "580992.00"], 基本支出: ["580,992.00", "580992.00"], 项目支出: null } },
        { line: 209, code: ["210", "13", null], name: "医疗救助", cells: { 合计: ["126,995,000.00", "126995000.00"], 基本支出: null, 项目支出: ["126,995,000.00", "126995000.00"] } },
        { line: 210, code: ["210", "13", "01"], name: "城乡医疗救助", cells: { 合计: ["35,475,000.00", "35475000.00"], 基本支出: null, 项目支出: ["35,475,000.00", "35475000.00"] } },
        { line: 211, code: ["210", "13", "99"], name: "其他医疗救助支出", cells: { 合计: ["91,520,000.00", "91520000.00"], 基本支出: null, 项目支出: ["91,520,000.00", "91520000.00"] } },
        { line: 212, code: ["210", "15", null], name: "医疗保障管理事务", cells: { 合计: ["17,840,231.44", "17840231.44"], 基本支出: ["11,091,779.44", "11091779.44"], 项目支出: ["6,748,452.00", "6748452.00"] } },
        { line: 214, code: ["210", "15", "02"], name: "一般行政管理事务", cells: { 合计: ["6,748,452.00", "6748452.00"], 基本支出: null, 项目支出: ["6,748,452.00", "6748452.00"] } },
        { line: 216, code: ["221", null, null], name: "住房保障支出", cells: { 合计: ["3,156,256.38", "3156256.38"], 基本支出: ["3,156,256.38", "3156256.38"], 项目支出: null } },
        { line: 220, code: null, total: true, name: "合计", cells: { 合计: ["149,725,759.82", "149725759.82"], 基本支出: ["15,982,307.82", "15982307.82"], 项目支出: ["133,743,452.00", "133743452.00"] } },
      ],
    },
    {
      // :222 #### 4、2023 年部门财政拨款收支预算总表 — cut short: the last row is :242 十五、援助其他地区支出;
      // 十六–二十 (with 十七、住房保障支出) and 收入总计/支出总计 are missing.
      tableNo: 4,
      titleLine: 222,
      unit: "元", // :224
      rowCount: 18, // 3 收入 + 15 支出 (一–十五), no totals: the table is cut
      rows: [
        { line: 228, code: null, side: "收入", name: "一般公共预算资金", cells: { 预算数: ["149,725,759.82", "149725759.82"] } },
        { line: 234, code: null, side: "支出", name: "社会保障和就业支出", cells: { 合计: ["1,153,280.00", "1153280.00"], 一般公共预算: ["1,153,280.00", "1153280.00"], 政府性基金预算: null, 国有资本经营预算: null } },
        { line: 235, code: null, side: "支出", name: "卫生健康支出", why: "defect: two decimal points, in both cells", cells: { 合计: ["145,416,223.44.00", "145416223.44"], 一般公共预算: ["145,416,223.44.00", "145416223.44"], 政府性基金预算: null, 国有资本经营预算: null } },
        { line: 242, code: null, side: "支出", name: "援助其他地区支出", why: "the last row of the cut table", cells: { 合计: null, 一般公共预算: null, 政府性基金预算: null, 国有资本经营预算: null } },
      ],
    },
    {
      tableNo: 5, // :246 ## 5、2023 年部门一般公共预算支出功能分类预算表
      titleLine: 246,
      unit: "元", // :248
      rowCount: 20,
      rows: [
        { line: 253, code: ["208", null, null], name: "社会保障和就业支出", cells: { 合计: ["1,153,280.00", "1153280.00"], 基本支出: ["1,153,280.00", "1153280.00"], 项目支出: null } },
        { line: 258, code: ["210", null, null], name: "卫生健康支出", cells: { 合计: ["145,416,223.44", "145416223.44"], 基本支出: ["11,672,771.44", "11672771.44"], 项目支出: ["133,743,452.00", "133743452.00"] } },
        { line: 262, code: ["210", "13", null], name: "医疗救助", cells: { 合计: ["126,995,000.00", "126995000.00"], 基本支出: null, 项目支出: ["126,995,000.00", "126995000.00"] } },
        { line: 263, code: ["210", "13", "01"], name: "城乡医疗救助", why: "medical-assistance functional line = project 35,475,000.00", cells: { 合计: ["35,475,000.00", "35475000.00"], 基本支出: null, 项目支出: ["35,475,000.00", "35475000.00"] } },
        { line: 264, code: ["210", "13", "99"], name: "其他医疗救助支出", why: "mutual-aid functional line = 001 project 91,520,000.00", cells: { 合计: ["91,520,000.00", "91520000.00"], 基本支出: null, 项目支出: ["91,520,000.00", "91520000.00"] } },
        { line: 265, code: ["210", "15", null], name: "医疗保障管理事务", cells: { 合计: ["17,840,231.44", "17840231.44"], 基本支出: ["11,091,779.44", "11091779.44"], 项目支出: ["6,748,452.00", "6748452.00"] } },
        { line: 266, code: ["210", "15", "01"], name: "行政运行", cells: { 合计: ["11,091,779.44", "11091779.44"], 基本支出: ["11,091,779.44", "11091779.44"], 项目支出: null } },
        { line: 269, code: ["221", null, null], name: "住房保障支出", why: "row after a blank line", cells: { 合计: ["3,156,256.38", "3156256.38"], 基本支出: ["3,156,256.38", "3156256.38"], 项目支出: null } },
        { line: 272, code: ["221", "02", "03"], name: "购房补贴", cells: { 合计: ["1,708,800.00", "1708800.00"], 基本支出: ["1,708,800.00", "1708800.00"], 项目支出: null } },
        { line: 273, code: null, total: true, name: "合计", cells: { 合计: ["149,725,759.82", "149725759.82"], 基本支出: ["15,982,307.82", "15982307.82"], 项目支出: ["133,743,452.00", "133743452.00"] } },
      ],
    },
    {
      tableNo: 7, // :277 7、2023 年部门国有资本经营预算支出功能分类预算表: an empty 合计 row and a note
      titleLine: 277,
      unit: "元", // :279
      noteLine: 286,
      rowCount: 1,
      rows: [{ line: 284, code: null, total: true, name: "合计", cells: { 合计: null, 基本支出: null, 项目支出: null } }],
    },
    {
      tableNo: 8, // :288 ## 8、2023 年部门一般公共预算基本支出部门预算经济分类预算表
      titleLine: 288,
      unit: "元", // :290
      rowCount: 35, // :295–:309 (15) + :311–:329 (19) + 合计 :331
      rows: [
        { line: 295, code: ["301", null, null], name: "工资福利支出", cells: { 合计: ["14,354,685.38", "14354685.38"], 人员经费: ["14,354,685.38", "14354685.38"], 公用经费: null } },
        { line: 296, code: ["301", "01", null], name: "基本工资", cells: { 合计: ["1,743,768.00", "1743768.00"], 人员经费: ["1,743,768.00", "1743768.00"], 公用经费: null } },
        { line: 303, code: ["301", "12", null], name: "其他社会保障缴费", cells: { 合计: ["77,172.00", "77172.00"], 人员经费: ["77,172.00", "77172.00"], 公用经费: null } },
        { line: 305, code: ["302", null, null], name: "商品和服务支出", cells: { 合计: ["1,515,102.44", "1515102.44"], 人员经费: null, 公用经费: ["1,515,102.44", "1515102.44"] } },
        { line: 308, code: ["302", "03", null], name: "咨询费", cells: { 合计: ["30,000.00", "30000.00"], 人员经费: null, 公用经费: ["30,000.00", "30000.00"] } },
        { line: 311, code: ["302", "07", null], name: "邮电费", why: "row after a blank line", cells: { 合计: ["30,000.00", "30000.00"], 人员经费: null, 公用经费: ["30,000.00", "30000.00"] } },
        { line: 317, code: ["302", "17", null], name: "公务接待费", why: "vs table 9 公务接待费 1.30 万元", cells: { 合计: ["13,000.00", "13000.00"], 人员经费: null, 公用经费: ["13,000.00", "13000.00"] } },
        { line: 321, code: ["302", "28", null], name: "工会经费", cells: { 合计: ["172,102.44", "172102.44"], 人员经费: null, 公用经费: ["172,102.44", "172102.44"] } },
        { line: 322, code: ["302", "29", null], name: "福利费", cells: { 合计: ["177,120.00", "177120.00"], 人员经费: null, 公用经费: ["177,120.00", "177120.00"] } },
        { line: 325, code: ["303", null, null], name: "对个人和家庭的补助", cells: { 合计: ["52,520.00", "52520.00"], 人员经费: ["52,520.00", "52520.00"], 公用经费: null } },
        { line: 327, code: ["303", "99", null], name: "其他对个人和家庭的补助", cells: { 合计: ["14,760.00", "14760.00"], 人员经费: ["14,760.00", "14760.00"], 公用经费: null } },
        { line: 328, code: ["310", null, null], name: "资本性支出", cells: { 合计: ["60,000.00", "60000.00"], 人员经费: null, 公用经费: ["60,000.00", "60000.00"] } },
        // :331 printed in a shorter layout ("合计", then the three figures) and followed by a "----" rule (:332)
        { line: 331, code: null, total: true, name: "合计", why: "printed in another column layout", cells: { 合计: ["15,982,307.82", "15982307.82"], 人员经费: ["14,407,205.38", "14407205.38"], 公用经费: ["1,575,102.44", "1575102.44"] } },
      ],
    },
  ],
  table9: {
    // :334 9、2023 年部门“三公”经费和机关运行经费预算表, :336 单位:万元, figures on :341
    line: 341,
    titleLine: 334,
    unit: "万元",
    parts: {
      total: ["1.30", "13000.00"],
      abroad: ["0.00", "0.00"],
      reception: ["1.30", "13000.00"],
      vehicles: ["0.00", "0.00"],
      vehiclePurchase: ["0.00", "0.00"],
      vehicleOperation: ["0.00", "0.00"],
    },
    operating: ["157.51", "1575100.00"],
  },
  projects: [
    {
      line: 405, // :405 项目名称		医疗救助资金
      name: "医疗救助资金",
      implementer: "上海市宝山区医疗保障局", // :406
      unit: "元", // :408 项目资金 (元)
      amounts: [
        { field: "项目资金总额", line: 408, cell: ["35,475,000.00", "35475000.00"] },
        { field: "年度资金申请总额", line: 408, cell: ["35,475,000.00", "35475000.00"] },
        { field: "财政资金", line: 409, cell: ["35,475,000.00", "35475000.00"] },
        { field: "当年财政拨款", line: 409, cell: ["35,475,000.00", "35475000.00"] },
      ],
      blank: ["上年结转资金", "其他资金（总额）", "其他资金（年度）"], // :410, :411
      // :415–:421, :426, :427 (the 二级指标 column is printed out of step with the 三级 rows: see defects.ts)
      indicatorCount: 9,
      metric: "medical-assistance",
    },
  ],
  narrative: [
    // :75 收入总计为 149,725,759.82 元，比上年预算增加 3,375,932.16 元 → 2022: 146,349,827.66
    { line: 75, subject: "本部门预算收入总计", asPublished: "149,725,759.82", unit: "元", yuan: "149725759.82", change: { direction: "increase", asPublished: "3,375,932.16", yuan: "3375932.16", priorYear: 2022, priorYuan: "146349827.66" }, compareWith: { what: "表1 收入总计", line: 162, yuan: "149725759.82" } },
    { line: 75, subject: "财政拨款收入", asPublished: "149,725,759.82", unit: "元", yuan: "149725759.82", change: { direction: "increase", asPublished: "3,375,932.16", yuan: "3375932.16", priorYear: 2022, priorYuan: "146349827.66" } },
    { line: 77, subject: "本部门预算支出总计", asPublished: "149,725,759.82", unit: "元", yuan: "149725759.82", change: { direction: "increase", asPublished: "3,375,932.16", yuan: "3375932.16", priorYear: 2022, priorYuan: "146349827.66" }, compareWith: { what: "表1 支出总计", line: 162, yuan: "149725759.82" } },
    // :77 社会保障和就业支出 1,153,280.00 元 … 比上年预算支出增加 71,829.84 元 → 2022: 1,081,450.16
    { line: 77, subject: "社会保障和就业支出", asPublished: "1,153,280.00", unit: "元", yuan: "1153280.00", change: { direction: "increase", asPublished: "71,829.84", yuan: "71829.84", priorYear: 2022, priorYuan: "1081450.16" }, compareWith: { what: "表5 208", line: 253, yuan: "1153280.00" } },
    // :77 卫生健康支出 145,416,223.44 元 … 增加 2,949,764.84 元 → 2022: 142,466,458.60
    { line: 77, subject: "卫生健康支出", asPublished: "145,416,223.44", unit: "元", yuan: "145416223.44", change: { direction: "increase", asPublished: "2,949,764.84", yuan: "2949764.84", priorYear: 2022, priorYuan: "142466458.60" }, compareWith: { what: "表5 210", line: 258, yuan: "145416223.44" } },
    // :77 住房保障支出 3,156,256.38 元 … 增加 354,337.48 元 → 2022: 2,801,918.90 (the three priors add up to 146,349,827.66)
    { line: 77, subject: "住房保障支出", asPublished: "3,156,256.38", unit: "元", yuan: "3156256.38", change: { direction: "increase", asPublished: "354,337.48", yuan: "354337.48", priorYear: 2022, priorYuan: "2801918.90" }, compareWith: { what: "表5 221", line: 269, yuan: "3156256.38" } },
    { line: 81, subject: "本部门预算收入", asPublished: "149,725,759.82", unit: "元", yuan: "149725759.82", change: { direction: "increase", asPublished: "3,375,932.16", yuan: "3375932.16", priorYear: 2022, priorYuan: "146349827.66" } },
    { line: 85, subject: "本部门预算支出", asPublished: "149,725,759.82", unit: "元", yuan: "149725759.82", change: { direction: "increase", asPublished: "3,375,932.16", yuan: "3375932.16", priorYear: 2022, priorYuan: "146349827.66" } },
    { line: 85, subject: "基本支出", asPublished: "15,982,307.82", unit: "元", yuan: "15982307.82", compareWith: { what: "表3 合计 基本支出", line: 220, yuan: "15982307.82" } },
    { line: 85, subject: "项目支出", asPublished: "133,743,452.00", unit: "元", yuan: "133743452.00", compareWith: { what: "表3 合计 项目支出", line: 220, yuan: "133743452.00" } },
    { line: 89, subject: "卫生健康支出", asPublished: "145,416,223.44", unit: "元", yuan: "145416223.44" },
    { line: 93, subject: "一般公共预算财政拨款支出", asPublished: "149,725,759.82", unit: "元", yuan: "149725759.82", compareWith: { what: "表5 合计", line: 273, yuan: "149725759.82" } },
    { line: 99, subject: "医疗救助（款）支出", asPublished: "126,995,000.00", unit: "元", yuan: "126995000.00", compareWith: { what: "表5 210 13", line: 262, yuan: "126995000.00" } },
    { line: 99, subject: "城乡医疗救助（项）", asPublished: "35,475,000.00", unit: "元", yuan: "35475000.00", compareWith: { what: "表5 210 13 01", line: 263, yuan: "35475000.00" } },
    { line: 99, subject: "其他医疗救助支出（项）", asPublished: "91,520,000.00", unit: "元", yuan: "91520000.00", compareWith: { what: "表5 210 13 99", line: 264, yuan: "91520000.00" } },
    { line: 115, subject: "基本支出总额", asPublished: "15,982,307.82", unit: "元", yuan: "15982307.82", compareWith: { what: "表8 合计", line: 331, yuan: "15982307.82" } },
    { line: 117, subject: "工资福利支出（类）", asPublished: "14,354,685.38", unit: "元", yuan: "14354685.38", compareWith: { what: "表8 301", line: 295, yuan: "14354685.38" } },
    { line: 119, subject: "商品和服务支出（类）", asPublished: "1,515,102.44", unit: "元", yuan: "1515102.44", compareWith: { what: "表8 302", line: 305, yuan: "1515102.44" } },
    // :127 “三公”经费预算数为 1.30 万元，与上年预算持平 → 2022: 1.30 万元 (derived three-public)
    { line: 127, subject: "“三公”经费预算", asPublished: "1.30", unit: "万元", yuan: "13000.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "13000.00" }, compareWith: { what: "表9 合计", line: 341, yuan: "13000.00" } },
    { line: 129, subject: "因公出国（境）费", asPublished: "0", unit: "万元", yuan: "0.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "0.00" }, compareWith: { what: "表9 因公出国(境)费", line: 341, yuan: "0.00" } },
    { line: 131, subject: "公务用车购置及运行费", asPublished: "0", unit: "万元", yuan: "0.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "0.00" }, compareWith: { what: "表9 公务用车购置及运行费", line: 341, yuan: "0.00" } },
    { line: 133, subject: "公务接待费", asPublished: "1.30", unit: "万元", yuan: "13000.00", change: { direction: "flat", asPublished: null, yuan: null, priorYear: 2022, priorYuan: "13000.00" }, compareWith: { what: "表9 公务接待费", line: 341, yuan: "13000.00" } },
    // :347 机关运行经费预算157.51万元，比上年预算减少48.91万元 → 2022: 157.51 + 48.91 = 206.42 万元 (derived operating-expenses)
    { line: 347, subject: "机关运行经费预算", asPublished: "157.51", unit: "万元", yuan: "1575100.00", change: { direction: "decrease", asPublished: "48.91", yuan: "489100.00", priorYear: 2022, priorYuan: "2064200.00" }, compareWith: { what: "表9 机关运行经费", line: 341, yuan: "1575100.00" } },
    // :363 项目8个，涉及项目预算资金13,374.35万元 (= 133,743,452.00 rounded to 0.01 万元)
    { line: 363, subject: "涉及项目预算资金", asPublished: "13,374.35", unit: "万元", yuan: "133743500.00", compareWith: { what: "表3 合计 项目支出", line: 220, yuan: "133743452.00" } },
    { line: 395, subject: "年度财政资金预算安排金额", asPublished: "35,475,000.00", unit: "元", yuan: "35475000.00", compareWith: { what: "医疗救助资金 年度资金申请总额", line: 408, yuan: "35475000.00" } },
  ],
};
