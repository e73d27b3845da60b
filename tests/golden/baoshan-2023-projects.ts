// 宝山 2023 项目绩效目标表, data/sources/001_f2072a66dbebd884.txt (one field per line, no tables).
// Every value below was read by hand from that file; every `line` is its 1-based line number.
import type { DocumentGolden } from "./types";

export const BAOSHAN_2023_PROJECTS_FILE = "001_f2072a66dbebd884.txt";

export const BAOSHAN_2023_PROJECTS: DocumentGolden = {
  document: {
    file: BAOSHAN_2023_PROJECTS_FILE,
    district: "baoshan",
    year: 2023, // :4 （2023 年度）
    kind: "绩效目标表",
    scope: "部门", // sheets of the bureau (主管部门) for the bureau and its centre
    entity: "上海市宝山区医疗保障局", // :12 主管部门
    titleLine: 2, // :2 财政项目支出绩效目标填报表
    lineCount: 528, // 527 line breaks; the file ends with one, so line 528 is empty
  },
  tables: [],
  table9: null,
  projects: [
    {
      line: 6, // :6 项目名称, the name printed over :7 "市民社区医疗互助帮困计" and :9 "划资金"
      name: "市民社区医疗互助帮困计划资金",
      implementer: "上海市宝山区医疗保障局", // :12 实施单位
      unit: "元", // :18 （元）
      amounts: [
        { field: "项目资金总额", line: 20, cell: ["91,520,000.00", "91520000.00"] },
        { field: "年度资金申请总额", line: 20, cell: ["91,520,000.00", "91520000.00"] },
        { field: "财政资金", line: 22, cell: ["91,520,000.00", "91520000.00"] },
        { field: "当年财政拨款", line: 23, cell: ["91,520,000.00", "91520000.00"] },
      ],
      blank: ["上年结转资金", "其他资金（总额）", "其他资金（年度）"], // :25, :27
      indicatorCount: 9, // :74 参保人数 … :114 全年来信来访有效投诉人次
      metric: "mutual-aid",
    },
    {
      line: 218, // :218 项目名称 医疗救助资金
      name: "医疗救助资金",
      implementer: "上海市宝山区医疗保障局", // :220
      unit: "元", // :226
      amounts: [
        { field: "项目资金总额", line: 228, cell: ["35,475,000.00", "35475000.00"] },
        { field: "年度资金申请总额", line: 228, cell: ["35,475,000.00", "35475000.00"] },
        { field: "财政资金", line: 230, cell: ["35,475,000.00", "35475000.00"] },
        { field: "当年财政拨款", line: 232, cell: ["35,475,000.00", "35475000.00"] },
      ],
      blank: ["上年结转资金", "其他资金（总额）", "其他资金（年度）"], // :234, :236
      // :292 医疗救助对象规模人次, :303, :308, :313, :320, :325, :329, :334, :338 政策知晓率
      indicatorCount: 9,
      metric: "medical-assistance",
    },
    {
      line: 436, // :436 项目名称 医保网络运行维护
      name: "医保网络运行维护",
      implementer: "上海市宝山区医疗保险事务中心", // :438
      unit: "元", // :444
      amounts: [
        { field: "项目资金总额", line: 446, cell: ["110,200.00", "110200.00"] },
        { field: "年度资金申请总额", line: 446, cell: ["110,200.00", "110200.00"] },
        { field: "财政资金", line: 448, cell: ["110,200.00", "110200.00"] },
        { field: "当年财政拨款", line: 449, cell: ["110,200.00", "110200.00"] },
      ],
      blank: ["上年结转资金", "其他资金（总额）", "其他资金（年度）"], // :451, :453
      indicatorCount: 5, // :480, :485, :490, :507, :521 (成本/经济/生态/可持续 printed empty)
      metric: null,
    },
  ],
  narrative: [],
};
