/** The four headline metrics. These definitions are the product's promise to readers. */
export const METRICS = ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"] as const;
export type MetricId = (typeof METRICS)[number];

export interface MetricDefinition {
  id: MetricId;
  nameZh: string;
  definitionZh: string;
}

export const METRIC_DEFINITIONS: Record<MetricId, MetricDefinition> = {
  "medical-assistance": {
    id: "medical-assistance",
    nameZh: "医疗救助",
    definitionZh:
      "当年区医疗救助项目（医疗救助资金 / 医疗救助专项经费）的预算；有功能分类表时等于 210 13 01 城乡医疗救助。",
  },
  "mutual-aid": {
    id: "mutual-aid",
    nameZh: "互助帮困",
    definitionZh: "当年市民社区医疗互助帮困项目（计划资金 / 经费 / 统筹资金经费）的预算。",
  },
  "three-public": {
    id: "three-public",
    nameZh: "三公经费",
    definitionZh: "表9“三公”经费预算合计（因公出国(境)费、公务接待费、公务用车购置及运行费），万元折合为元。",
  },
  "operating-expenses": {
    id: "operating-expenses",
    nameZh: "机关运行经费",
    definitionZh: "表9机关运行经费预算数，万元折合为元。",
  },
};

/** Project-based metrics: how the project is recognised and the functional line it should equal. */
export const METRIC_PROJECTS: ReadonlyArray<{ metric: MetricId; matches: RegExp; code: string; codeLabel: string }> = [
  { metric: "medical-assistance", matches: /^医疗救助(资金|专项经费)$/, code: "2101301", codeLabel: "210 13 01 城乡医疗救助" },
  { metric: "mutual-aid", matches: /互助帮困.*(资金|经费)$/, code: "2101399", codeLabel: "210 13 99 其他医疗救助支出" },
];

export function isMetricId(value: string): value is MetricId {
  return (METRICS as readonly string[]).includes(value);
}
