import { SHANGHAI_DISTRICTS } from "../districts";
import { Draw } from "./random";

/**
 * The budget of one district-year, generated exactly (BigInt 分) and consistent by
 * construction: every printed total is a sum of generated leaves. Pure.
 */

export type UnitKey = "bureau" | "centre";

export interface District {
  nameZh: string;
  slug: string;
  /** "宝山区", "浦东新区". */
  full: string;
}

export interface Indicator {
  level1: string;
  level2: string;
  level3: string;
  value: string;
}

export interface Project {
  name: string;
  unit: UnitKey;
  /** 年度资金申请总额 = 项目资金总额 = 财政资金 = 当年财政拨款 (fen). */
  fen: bigint;
  category: string;
  nature: string;
  goal: string;
  indicators: Indicator[];
  metric: "medical-assistance" | "mutual-aid" | null;
}

/** Functional classification leaf (项), fen. */
export interface FunctionalItem {
  code: string;
  basic: bigint;
  project: bigint;
}

/** Economic classification leaf (款 of table 8), fen. */
export interface EconomicItem {
  code: string;
  personnel: bigint;
  public: bigint;
}

export interface ThreePublic {
  abroad: bigint;
  reception: bigint;
  vehiclePurchase: bigint;
  vehicleOperation: bigint;
}

export interface UnitBudget {
  name: string;
  functional: FunctionalItem[];
  economic: EconomicItem[];
  threePublic: ThreePublic;
  projects: Project[];
}

export interface YearModel {
  district: District;
  year: number;
  bureau: UnitBudget;
  centre: UnitBudget;
  /** bureau + centre, code by code. */
  department: UnitBudget;
  /** Figures only the text mentions (government procurement, assets). */
  procurement: { goods: bigint; works: bigint; services: bigint; smallFirms: bigint };
}

export const LEI_NAMES: Record<string, string> = { "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出" };
export const KUAN_NAMES: Record<string, string> = {
  "20805": "行政事业单位养老支出",
  "21011": "行政事业单位医疗",
  "21013": "医疗救助",
  "21015": "医疗保障管理事务",
  "22102": "住房改革支出",
};
export const XIANG_NAMES: Record<string, string> = {
  "2080501": "行政单位离退休",
  "2080505": "机关事业单位基本养老保险缴费支出",
  "2080506": "机关事业单位职业年金缴费支出",
  "2101101": "行政单位医疗",
  "2101103": "公务员医疗补助",
  "2101301": "城乡医疗救助",
  "2101399": "其他医疗救助支出",
  "2101501": "行政运行",
  "2101502": "一般行政管理事务",
  "2101599": "其他医疗保障管理事务支出",
  "2210201": "住房公积金",
  "2210203": "购房补贴",
};
export const ECON_LEI_NAMES: Record<string, string> = {
  "301": "工资福利支出",
  "302": "商品和服务支出",
  "303": "对个人和家庭的补助",
  "310": "资本性支出",
};
export const ECON_KUAN_NAMES: Record<string, string> = {
  "30101": "基本工资",
  "30102": "津贴补贴",
  "30103": "奖金",
  "30108": "机关事业单位基本养老保险缴费",
  "30109": "职业年金缴费",
  "30110": "职工基本医疗保险缴费",
  "30111": "公务员医疗补助缴费",
  "30112": "其他社会保障缴费",
  "30113": "住房公积金",
  "30201": "办公费",
  "30202": "印刷费",
  "30205": "水费",
  "30207": "邮电费",
  "30209": "物业管理费",
  "30211": "差旅费",
  "30212": "因公出国（境）费用",
  "30213": "维修(护)费",
  "30216": "培训费",
  "30217": "公务接待费",
  "30228": "工会经费",
  "30299": "其他商品和服务支出",
  "30302": "退休费",
  "30399": "其他对个人和家庭的补助",
  "31002": "办公设备购置",
};

export function districts(): District[] {
  return SHANGHAI_DISTRICTS.map((d) => ({ nameZh: d.nameZh, slug: d.slug, full: `${d.nameZh}区` }));
}

export const bureauName = (d: District) => `上海市${d.full}医疗保障局`;
export const centreName = (d: District) => `上海市${d.full}医疗保险事务中心`;

/** Whole 元 in [min, max], as fen, rounded down to a multiple of `step` 元. */
function yuanIn(draw: Draw, key: string, min: number, max: number, step = 1): bigint {
  const v = draw.big(key, BigInt(min), BigInt(max));
  return (v - (v % BigInt(step))) * 100n;
}

const NAMING = [
  { ma: "医疗救助资金", mua: "市民社区医疗互助帮困计划资金" },
  { ma: "医疗救助专项经费", mua: "市民社区医疗互助帮困经费" },
  { ma: "医疗救助资金", mua: "市民互助帮困统筹资金经费" },
] as const;

const BUREAU_OTHER = ["医疗保险业务经费", "长护险经办项目", "医保网络运行维护", "医保局信息化服务项目"] as const;
const CENTRE_OTHER = ["社区、医保服务管理经费", "医疗保险经办业务档案外包服务费", "定点机构协议管理专项经费", "医保数字体验程序升级维护"] as const;

function maIndicators(draw: Draw): Indicator[] {
  return [
    { level1: "产出指标", level2: "数量指标", level3: "医疗救助对象规模人次", value: `≥${draw.int("ma-people", 30, 90) * 100}(人次)` },
    { level1: "产出指标", level2: "质量指标", level3: "补助发放准确率", value: "=100.00(%)" },
    { level1: "产出指标", level2: "时效指标", level3: "补助发放及时性", value: "及时" },
    { level1: "产出指标", level2: "成本指标", level3: "支出方向符合度", value: "符合" },
    { level1: "效益指标", level2: "经济效益指标", level3: "困难群众医疗费用负担减轻", value: draw.pick("ma-eco", ["有效缓解", "有所缓解"]) },
    { level1: "效益指标", level2: "社会效益指标", level3: "医疗救助对象覆盖范围", value: "稳步拓展" },
    { level1: "效益指标", level2: "可持续影响指标", level3: "对健全社会救助体系的影响", value: "成效明显" },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "救助对象满意度", value: `≥${draw.int("ma-sat", 85, 95)}.00(%)` },
  ];
}

function muaIndicators(draw: Draw): Indicator[] {
  return [
    { level1: "产出指标", level2: "数量指标", level3: "受补助对象人次", value: `≥${draw.int("mua-people", 20, 60) * 100}人次` },
    { level1: "产出指标", level2: "质量指标", level3: "补贴准确率", value: "=100.00(%)" },
    { level1: "产出指标", level2: "质量指标", level3: "应补尽补率", value: "=100.00(%)" },
    { level1: "产出指标", level2: "时效指标", level3: "补助发放及时性", value: "及时" },
    { level1: "效益指标", level2: "经济效益指标", level3: "帮困对象医疗费用负担减轻程度", value: "有所缓解" },
    { level1: "效益指标", level2: "社会效益指标", level3: "帮困对象覆盖范围", value: "稳步拓展" },
    { level1: "效益指标", level2: "可持续影响指标", level3: "长效管理制度健全性", value: "健全" },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "参加对象满意度", value: `≥${draw.int("mua-sat", 85, 95)}.00(%)` },
  ];
}

function otherIndicators(draw: Draw, name: string): Indicator[] {
  return [
    { level1: "产出指标", level2: "数量指标", level3: "预算资金执行率", value: `≥${draw.pick(`${name}-exec`, ["90", "95"])}.00(%)` },
    { level1: "产出指标", level2: "质量指标", level3: "预算编制规范性", value: "规范" },
    { level1: "产出指标", level2: "时效指标", level3: "资金拨付及时性", value: "及时" },
    { level1: "效益指标", level2: "社会效益指标", level3: "医保服务保障水平", value: draw.pick(`${name}-social`, ["稳步提升", "逐年提高", "成效明显"]) },
    { level1: "满意度指标", level2: "服务对象满意度指标", level3: "服务对象满意度", value: "满意" },
  ];
}

function otherProjects(draw: Draw, unit: UnitKey, pool: readonly string[], total: bigint): Project[] {
  const count = draw.int(`${unit}-others`, 2, 3);
  const start = draw.int(`${unit}-others-start`, 0, pool.length - 1);
  const names = Array.from({ length: count }, (_, i) => pool[(start + i) % pool.length] ?? "");
  // Split `total` (whole 100 元 steps) into `count` positive parts.
  const steps = total / 10_000n;
  const parts: bigint[] = [];
  let left = steps;
  names.forEach((name, i) => {
    const remaining = BigInt(count - i - 1);
    const share = i === count - 1 ? left : draw.big(`${unit}-${name}-share`, 1n, left - remaining > 1n ? (left - remaining) / 2n : 1n);
    parts.push(share * 10_000n);
    left -= share;
  });
  return names.map((name, i) => ({
    name,
    unit,
    fen: parts[i] ?? 0n,
    category: draw.pick(`${name}-cat`, ["特定目标类", "其他运转类"]),
    nature: "经常性项目",
    goal: `保障${name}相关工作顺利开展，提高医疗保障经办服务水平，确保资金使用规范、安全、有效。`,
    indicators: otherIndicators(draw, name),
    metric: null,
  }));
}

/** The budget of one district-year; `seed` perturbs every figure. */
export function yearModel(seed: string, district: District, year: number): YearModel {
  const base = new Draw(seed).scope(`${district.slug}|${year}`);
  const size = new Draw(seed).scope(district.slug).int("size", 60, 160); // percent
  const growth = 100 + (year - 2015) * 3;
  const naming = NAMING[new Draw(seed).scope(district.slug).int("naming", 0, NAMING.length - 1)] ?? NAMING[0];

  const unit = (key: UnitKey): UnitBudget => {
    const draw = base.scope(key);
    const districtDraw = new Draw(seed).scope(district.slug).scope(key);
    const cents = key === "bureau"; // the centre's unit budget prints whole 元
    /** A district-level base in [min, max] 元 (scaled by the district's size), grown by year, ±5 % a year; fen. */
    const vary = (k: string, min: number, max: number): bigint => {
      const lo = BigInt(Math.round((min * size) / 100)) * 100n;
      const hi = BigInt(Math.round((max * size) / 100)) * 100n;
      const level = districtDraw.big(k, lo, hi);
      return (level * BigInt(growth) * BigInt(draw.int(`${k}-pct`, 95, 105))) / 10_000n;
    };
    const floorTo = (fen: bigint, stepYuan: number) => {
      const step = BigInt(stepYuan) * 100n;
      const v = fen - (fen % step);
      return v > 0n ? v : step;
    };
    const money = (k: string, min: number, max: number) => (cents ? vary(k, min, max) : floorTo(vary(k, min, max), 1));
    const round = (k: string, min: number, max: number, step: number) => floorTo(vary(k, min, max), step);
    const m = key === "bureau" ? 1 : 0.8;
    const e: Record<string, [bigint, bigint]> = {};
    const person = (code: string, v: bigint) => (e[code] = [v, 0n]);
    const pub = (code: string, v: bigint) => (e[code] = [0n, v]);
    person("30101", round("30101", 1_200_000 * m, 2_000_000 * m, 12));
    person("30102", round("30102", 3_500_000 * m, 5_600_000 * m, 1));
    person("30103", round("30103", 2_600_000 * m, 4_100_000 * m, 1));
    person("30108", money("30108", 700_000 * m, 1_300_000 * m));
    person("30109", money("30109", 350_000 * m, 650_000 * m));
    person("30110", money("30110", 430_000 * m, 1_100_000 * m));
    if (key === "bureau") person("30111", money("30111", 90_000, 100_000));
    person("30112", money("30112", 14_000 * m, 80_000 * m));
    person("30113", money("30113", 1_000_000 * m, 1_500_000 * m));
    pub("30201", round("30201", 100_000, 130_000, 100));
    pub("30202", round("30202", 10_000, 20_000, 1000));
    pub("30205", round("30205", 8_000, 15_000, 1000));
    pub("30207", round("30207", 6_000, 125_000, 1000));
    pub("30209", round("30209", 150_000, 580_000, 100));
    pub("30211", round("30211", 50_000, 100_000, 1000));
    const abroad = draw.chance("abroad", 25) ? round("30212", 20_000, 80_000, 1000) : 0n;
    if (abroad > 0n) pub("30212", abroad);
    pub("30213", round("30213", 90_000, 110_000, 1000));
    pub("30216", round("30216", 15_000, 35_000, 1000));
    const reception = round("30217", 2_000, 30_000, 1000); // whole thousands of 元
    pub("30217", reception);
    pub("30228", money("30228", 160_000, 185_000));
    pub("30299", round("30299", 60_000, 350_000, 10));
    person("30302", round("30302", 37_000 * m, 220_000 * m, 10));
    if (key === "bureau") person("30399", round("30399", 1_700_000, 1_800_000, 100));
    pub("31002", round("31002", 60_000, 110_000, 100));
    const economic: EconomicItem[] = Object.keys(e)
      .sort()
      .map((code) => ({ code, personnel: e[code]?.[0] ?? 0n, public: e[code]?.[1] ?? 0n }));
    const econ = (code: string) => (e[code]?.[0] ?? 0n) + (e[code]?.[1] ?? 0n);
    const basicTotal = economic.reduce((s, x) => s + x.personnel + x.public, 0n);
    const named =
      econ("30302") + econ("30108") + econ("30109") + econ("30110") + econ("30111") + econ("30113") + econ("30399");

    const projectDraw = draw.scope("projects");
    const projects: Project[] = [];
    let metricProject: Project;
    if (key === "bureau") {
      metricProject = {
        name: naming.ma,
        unit: key,
        fen: round("ma", 28_000_000, 46_000_000, 10_000),
        category: "特定目标类",
        nature: "经常性项目",
        goal: "严格按照规定标准发放救助资金，确保资金发放及时、准确、足额；加强与民政、工会、红十字会等部门的沟通协调，提高数据共享水平，发挥好医疗救助的兜底保障功能。",
        indicators: maIndicators(projectDraw),
        metric: "medical-assistance",
      };
    } else {
      metricProject = {
        name: naming.mua,
        unit: key,
        fen: round("mua", 9_000_000, 110_000_000, 10_000),
        category: "特定目标类",
        nature: "经常性项目",
        goal: "准确、及时、全面对政策范围内人员就医费用进行补贴补助，缓解相关市民医疗经费困难，逐步提高民生保障能力与水平。",
        indicators: muaIndicators(projectDraw),
        metric: "mutual-aid",
      };
    }
    projects.push(metricProject);
    const othersTotal = round("others", 400_000, 7_000_000, 100);
    projects.push(...otherProjects(projectDraw, key, key === "bureau" ? BUREAU_OTHER : CENTRE_OTHER, othersTotal));

    const functional: FunctionalItem[] = [
      { code: "2080501", basic: econ("30302"), project: 0n },
      { code: "2080505", basic: econ("30108"), project: 0n },
      { code: "2080506", basic: econ("30109"), project: 0n },
      { code: "2101101", basic: econ("30110"), project: 0n },
      ...(key === "bureau" ? [{ code: "2101103", basic: econ("30111"), project: 0n }] : []),
      key === "bureau" ? { code: "2101301", basic: 0n, project: metricProject.fen } : { code: "2101399", basic: 0n, project: metricProject.fen },
      { code: "2101501", basic: basicTotal - named, project: 0n },
      key === "bureau" ? { code: "2101502", basic: 0n, project: othersTotal } : { code: "2101599", basic: 0n, project: othersTotal },
      { code: "2210201", basic: econ("30113"), project: 0n },
      ...(key === "bureau" ? [{ code: "2210203", basic: econ("30399"), project: 0n }] : []),
    ];
    const vehicles = draw.chance("vehicles", 20);
    return {
      name: key === "bureau" ? bureauName(district) : centreName(district),
      functional,
      economic,
      threePublic: {
        abroad,
        reception,
        vehiclePurchase: 0n,
        vehicleOperation: vehicles ? floorTo(vary("vehicle-op", 10_000, 40_000), 1000) : 0n,
      },
      projects,
    };
  };

  const bureau = unit("bureau");
  const centre = unit("centre");
  const department: UnitBudget = {
    name: bureau.name,
    functional: mergeBy(bureau.functional, centre.functional, (a, b) => ({ code: a.code, basic: a.basic + b.basic, project: a.project + b.project })),
    economic: mergeBy(bureau.economic, centre.economic, (a, b) => ({ code: a.code, personnel: a.personnel + b.personnel, public: a.public + b.public })),
    threePublic: {
      abroad: bureau.threePublic.abroad + centre.threePublic.abroad,
      reception: bureau.threePublic.reception + centre.threePublic.reception,
      vehiclePurchase: bureau.threePublic.vehiclePurchase + centre.threePublic.vehiclePurchase,
      vehicleOperation: bureau.threePublic.vehicleOperation + centre.threePublic.vehicleOperation,
    },
    projects: [...bureau.projects, ...centre.projects],
  };
  const p = base.scope("procurement");
  const goods = yuanIn(p, "goods", 10_000, 150_000, 100);
  const services = yuanIn(p, "services", 50_000, 600_000, 100);
  return {
    district,
    year,
    bureau,
    centre,
    department,
    procurement: { goods, works: 0n, services, smallFirms: yuanIn(p, "small", 10_000, 50_000, 100) },
  };
}

function mergeBy<T extends { code: string }>(a: T[], b: T[], add: (x: T, y: T) => T): T[] {
  const map = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const existing = map.get(item.code);
    map.set(item.code, existing ? add(existing, item) : item);
  }
  return [...map.values()].sort((x, y) => x.code.localeCompare(y.code));
}

// ---- Derived figures (all exact) ----

export const sum = (values: bigint[]): bigint => values.reduce((s, v) => s + v, 0n);

export interface FunctionalRow {
  level: 1 | 2 | 3;
  lei: string;
  kuan: string | null;
  xiang: string | null;
  name: string;
  basic: bigint;
  project: bigint;
  total: bigint;
}

/** 类, 款, 项 rows in table order, each parent the exact sum of its children. */
export function functionalRows(items: FunctionalItem[]): FunctionalRow[] {
  const rows: FunctionalRow[] = [];
  const leis = [...new Set(items.map((i) => i.code.slice(0, 3)))].sort();
  for (const lei of leis) {
    const inLei = items.filter((i) => i.code.startsWith(lei));
    const row = (level: 1 | 2 | 3, list: FunctionalItem[], kuan: string | null, xiang: string | null, name: string): FunctionalRow => {
      const basic = sum(list.map((i) => i.basic));
      const project = sum(list.map((i) => i.project));
      return { level, lei, kuan, xiang, name, basic, project, total: basic + project };
    };
    rows.push(row(1, inLei, null, null, LEI_NAMES[lei] ?? lei));
    const kuans = [...new Set(inLei.map((i) => i.code.slice(3, 5)))].sort();
    for (const kuan of kuans) {
      const inKuan = inLei.filter((i) => i.code.slice(3, 5) === kuan);
      rows.push(row(2, inKuan, kuan, null, KUAN_NAMES[`${lei}${kuan}`] ?? kuan));
      for (const item of inKuan) rows.push(row(3, [item], kuan, item.code.slice(5, 7), XIANG_NAMES[item.code] ?? item.code));
    }
  }
  return rows;
}

export interface EconomicRow {
  level: 1 | 2;
  lei: string;
  kuan: string | null;
  name: string;
  personnel: bigint;
  public: bigint;
  total: bigint;
}

export function economicRows(items: EconomicItem[]): EconomicRow[] {
  const rows: EconomicRow[] = [];
  const leis = [...new Set(items.map((i) => i.code.slice(0, 3)))].sort();
  for (const lei of leis) {
    const inLei = items.filter((i) => i.code.startsWith(lei));
    const personnel = sum(inLei.map((i) => i.personnel));
    const pub = sum(inLei.map((i) => i.public));
    rows.push({ level: 1, lei, kuan: null, name: ECON_LEI_NAMES[lei] ?? lei, personnel, public: pub, total: personnel + pub });
    for (const item of inLei) {
      rows.push({
        level: 2, lei, kuan: item.code.slice(3, 5), name: ECON_KUAN_NAMES[item.code] ?? item.code,
        personnel: item.personnel, public: item.public, total: item.personnel + item.public,
      });
    }
  }
  return rows;
}

export interface Totals {
  total: bigint;
  basic: bigint;
  project: bigint;
  personnel: bigint;
  public: bigint;
  threePublic: bigint;
  vehicles: bigint;
  /** Per 类: total, personnel, public, project. */
  byLei: Array<{ lei: string; name: string; total: bigint; personnel: bigint; public: bigint; project: bigint }>;
}

export function totalsOf(unit: UnitBudget): Totals {
  const basic = sum(unit.functional.map((i) => i.basic));
  const project = sum(unit.functional.map((i) => i.project));
  const personnel = sum(unit.economic.map((i) => i.personnel));
  const pub = sum(unit.economic.map((i) => i.public));
  if (basic !== personnel + pub) throw new Error(`inconsistent model: basic ${basic} ≠ personnel ${personnel} + public ${pub}`);
  const t = unit.threePublic;
  const vehicles = t.vehiclePurchase + t.vehicleOperation;
  const leis = [...new Set(unit.functional.map((i) => i.code.slice(0, 3)))].sort();
  const byLei = leis.map((lei) => {
    const items = unit.functional.filter((i) => i.code.startsWith(lei));
    const b = sum(items.map((i) => i.basic));
    const p = sum(items.map((i) => i.project));
    // All public funds are spent through 210 15 01 行政运行.
    const publicPart = lei === "210" ? pub : 0n;
    return { lei, name: LEI_NAMES[lei] ?? lei, total: b + p, personnel: b - publicPart, public: publicPart, project: p };
  });
  return { total: basic + project, basic, project, personnel, public: pub, threePublic: t.abroad + t.reception + vehicles, vehicles, byLei };
}

/** Operating expenses (机关运行经费) as printed: 公用经费 rounded to 0.01 万元. */
export function operatingFen(unit: UnitBudget): bigint {
  const pub = sum(unit.economic.map((i) => i.public));
  const step = 10_000n;
  return ((pub + step / 2n) / step) * step;
}
