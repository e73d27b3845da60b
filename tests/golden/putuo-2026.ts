// 普陀 2026 项目绩效目标汇总表 (bureau :3 and centre :128), data/sources/004_8134d43ea5fb35d0.txt (tab-separated).
// Every value below was read by hand from that file; every `line` is its 1-based line number.
// Every sheet prints 项目资金总额 and 财政资金 blank and only the annual part: 年度资金申请总额 = 当年财政拨款,
// 上年结转资金 0.00, 其他资金 0.00 (the second 其他资金 cell; the first is blank).
import type { DocumentGolden, ProjectFieldKey, ProjectSeed } from "./types";

export const PUTUO_2026_FILE = "004_8134d43ea5fb35d0.txt";

const BLANK: readonly ProjectFieldKey[] = ["项目资金总额", "财政资金", "其他资金（总额）"];
const BUREAU = "上海市普陀区医疗保障局";
const CENTRE = "上海市普陀区医疗保险事务中心";

export const PUTUO_2026: DocumentGolden = {
  document: {
    file: PUTUO_2026_FILE,
    district: "putuo",
    year: 2026, // :3
    kind: "绩效目标表",
    scope: "部门", // the bureau's and the centre's sheets together
    entity: BUREAU, // :3 上海市普陀区医疗保障局 2026 年度项目绩效目标汇总表
    titleLine: 3,
    lineCount: 250, // :250 is the last line (no final newline)
  },
  tables: [],
  table9: null,
  projects: [
    {
      line: 7, name: "医疗救助专项经费", implementer: BUREAU, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 10, cell: ["40,000,000.00", "40000000.00"] },
        { field: "当年财政拨款", line: 11, cell: ["40,000,000.00", "40000000.00"] },
        { field: "上年结转资金", line: 12, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 13, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 10, metric: "medical-assistance", // :17–:26
    },
    {
      line: 30, name: "公务员医疗补助", implementer: BUREAU, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 33, cell: ["12,000,000.00", "12000000.00"] },
        { field: "当年财政拨款", line: 34, cell: ["12,000,000.00", "12000000.00"] },
        { field: "上年结转资金", line: 35, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 36, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 6, metric: null, // :40–:45
    },
    {
      line: 49, name: "医疗保险业务经费", implementer: BUREAU, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 52, cell: ["1,010,000.00", "1010000.00"] },
        { field: "当年财政拨款", line: 53, cell: ["1,010,000.00", "1010000.00"] },
        { field: "上年结转资金", line: 54, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 55, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 7, metric: null, // :59–:65
    },
    {
      // An IT project whose name contains 医疗救助: not the medical-assistance metric (negative case).
      line: 69, name: "普陀区一站式医疗救助系统（升级改造）（2026 年度）", implementer: BUREAU, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 72, cell: ["434,400.00", "434400.00"] },
        { field: "当年财政拨款", line: 73, cell: ["434,400.00", "434400.00"] },
        { field: "上年结转资金", line: 74, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 75, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 6, metric: null, // :79–:84
    },
    {
      line: 88, name: "普陀区医保局信息化服务项目", implementer: BUREAU, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 91, cell: ["133,400.00", "133400.00"] },
        { field: "当年财政拨款", line: 92, cell: ["133,400.00", "133400.00"] },
        { field: "上年结转资金", line: 93, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 94, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 8, metric: null, // :98–:105
    },
    {
      line: 109, name: "长护险经办项目", implementer: BUREAU, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 112, cell: ["2,000,000.00", "2000000.00"] },
        { field: "当年财政拨款", line: 113, cell: ["2,000,000.00", "2000000.00"] },
        { field: "上年结转资金", line: 114, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 115, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 8, metric: null, // :119–:126
    },
    {
      // :128 the centre's part begins
      line: 132, name: "市民社区医疗互助帮困经费", implementer: CENTRE, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 135, cell: ["160,000,000.00", "160000000.00"] },
        { field: "当年财政拨款", line: 136, cell: ["160,000,000.00", "160000000.00"] },
        { field: "上年结转资金", line: 137, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 138, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 11, metric: "mutual-aid", // :142–:152
    },
    {
      line: 156, name: "社区、医保服务管理经费", implementer: CENTRE, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 159, cell: ["130,000.00", "130000.00"] },
        { field: "当年财政拨款", line: 160, cell: ["130,000.00", "130000.00"] },
        { field: "上年结转资金", line: 161, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 162, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 6, metric: null, // :166–:171
    },
    {
      line: 175, name: "医疗保险经办业务档案外包服务费", implementer: CENTRE, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 178, cell: ["326,000.00", "326000.00"] },
        { field: "当年财政拨款", line: 179, cell: ["326,000.00", "326000.00"] },
        { field: "上年结转资金", line: 180, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 181, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 6, metric: null, // :185–:190
    },
    {
      // printed "定点机构协议管理 专项经费" (:194); its indicator rows are shifted (:205–:212, see defects.ts)
      line: 194, name: "定点机构协议管理专项经费", implementer: CENTRE, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 197, cell: ["360,000.00", "360000.00"] },
        { field: "当年财政拨款", line: 198, cell: ["360,000.00", "360000.00"] },
        { field: "上年结转资金", line: 199, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 200, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 9, metric: null, // :204–:212
    },
    {
      line: 216, name: "医保数字体验程序升级维护", implementer: CENTRE, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 219, cell: ["100,000.00", "100000.00"] },
        { field: "当年财政拨款", line: 220, cell: ["100,000.00", "100000.00"] },
        { field: "上年结转资金", line: 221, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 222, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 6, metric: null, // :226–:231
    },
    {
      line: 235, name: "普陀区医保中心信息化服务项目", implementer: CENTRE, unit: "元",
      amounts: [
        { field: "年度资金申请总额", line: 238, cell: ["80,000.00", "80000.00"] },
        { field: "当年财政拨款", line: 239, cell: ["80,000.00", "80000.00"] },
        { field: "上年结转资金", line: 240, cell: ["0.00", "0.00"] },
        { field: "其他资金（年度）", line: 241, cell: ["0.00", "0.00"] },
      ],
      blank: BLANK, indicatorCount: 6, metric: null, // :245–:250
    },
  ] satisfies ProjectSeed[],
  narrative: [],
};
