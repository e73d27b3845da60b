// The four headline metrics: what each means and, for the project-based two, which project it is read
// from and which functional line it should equal. These definitions are the product's promise to readers.

export const METRICS = ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"] as const;
export type MetricId = (typeof METRICS)[number];

export interface MetricDefinition {
  id: MetricId;
  nameZh: string;
  definitionZh: string;
  /** Where the value is read: a project's annual amount, or table 9. */
  readFrom: "project" | "table9";
}

export const METRIC_DEFINITIONS: Record<MetricId, MetricDefinition> = {
  "medical-assistance": {
    id: "medical-assistance",
    nameZh: "医疗救助",
    readFrom: "project",
    definitionZh:
      "当年区医疗救助项目（医疗救助资金 / 医疗救助专项经费）的预算；有功能分类表时等于 210 13 01 城乡医疗救助。",
  },
  "mutual-aid": {
    id: "mutual-aid",
    nameZh: "互助帮困",
    readFrom: "project",
    definitionZh: "当年市民社区医疗互助帮困项目（计划资金 / 经费 / 统筹资金经费）的预算。",
  },
  "three-public": {
    id: "three-public",
    nameZh: "三公经费",
    readFrom: "table9",
    definitionZh: "表9“三公”经费预算合计（因公出国(境)费、公务接待费、公务用车购置及运行费），万元折合为元。",
  },
  "operating-expenses": {
    id: "operating-expenses",
    nameZh: "机关运行经费",
    readFrom: "table9",
    definitionZh: "表9机关运行经费预算数，万元折合为元。",
  },
};

export interface MetricProject {
  metric: MetricId;
  /** The whole project name, as the districts print it; anchored so IT or publicity projects never match. */
  matches: RegExp;
  /** The functional line (功能分类 项) the project should equal. */
  code: string;
}

/** Project-based metrics: how the project is recognised and the functional line it should equal. */
export const METRIC_PROJECTS: readonly MetricProject[] = [
  { metric: "medical-assistance", matches: /^医疗救助(?:资金|专项经费)$/, code: "2101301" },
  { metric: "mutual-aid", matches: /^市民(?:社区医疗)?互助帮困(?:计划|统筹)?(?:资金经费|资金|经费)$/, code: "2101399" },
];

/** The headline metric a project counts as, by its name; null for every other project. */
export function projectMetricOf(projectName: string): MetricId | null {
  return METRIC_PROJECTS.find((p) => p.matches.test(projectName))?.metric ?? null;
}

export function isMetricId(value: string): value is MetricId {
  return (METRICS as readonly string[]).includes(value);
}
