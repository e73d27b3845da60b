import { createHash } from "node:crypto";
import type { MetricId } from "../metrics/definitions";

export type Severity = "error" | "warning" | "info";

export interface FindingLocation {
  fileName: string;
  line: number;
}

export interface Finding {
  id: string;
  check: string;
  severity: Severity;
  districtSlug: string;
  year: number;
  title: string;
  message: string;
  expected: string | null;
  found: string | null;
  locations: FindingLocation[];
  /** The headline metric the finding concerns, where one figure serves several (table 9's row). */
  metric?: MetricId;
}

/** The checks the audit runs, with the plain-language name shown to users. */
export const CHECKS: Record<string, string> = {
  "ambiguous-number": "数字印刷有误（两个小数点）",
  "children-sum": "上级科目不等于下级科目之和",
  "row-sum": "合计不等于各列之和",
  "cross-table": "同一科目在不同表中数额不一致",
  "totals-balance": "收入总计不等于支出总计",
  "table-truncated": "表格不完整（缺少总计行）",
  "table-missing": "目录所列表格缺失",
  "year-mismatch": "年份印刷有误",
  "three-public-sum": "“三公”经费合计不等于分项之和",
  "reception-vs-economic": "公务接待费与经济分类 302 17 不一致",
  "operating-vs-public": "机关运行经费与公用经费不一致",
  "narrative-vs-table": "说明文字与表格数额不一致",
  "project-vs-line": "项目金额与功能分类科目不一致",
  "project-cross-document": "同一项目在不同文件中不一致",
  "project-funds": "项目资金构成不相加",
  "indicator-hierarchy": "绩效指标层级错位",
};

export function makeFinding(input: Omit<Finding, "id">, discriminator = ""): Finding {
  const key = [input.check, ...input.locations.map((l) => `${l.fileName}:${l.line}`), discriminator].join("|");
  const id = `F-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
  return { id, ...input };
}
