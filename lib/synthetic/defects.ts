import type { Severity } from "../domain/enums";
import type { MetricId } from "../domain/metrics";
import type { DocumentKindCode } from "./corpus";

/** Planted defects: each is a misprint a real document could carry, and the findings it must cause. */
export type DefectKind =
  /** A figure in table 1 printed with two decimal points ("155,395,402.48.00"). */
  | "double-decimal"
  /** A table's year misprinted in the contents. */
  | "toc-year"
  /** A table's "本表无数据" note naming the prior year. */
  | "note-year"
  /** The text states a 机关运行经费 other than table 9's. */
  | "narrative-operating"
  /** The 单位预算's text states its 收入预算's rate of change 10 percentage points above what its own figures give. */
  | "narrative-rate"
  /** Table 9's 三公 total is not the sum of its parts (the text repeats the misprint). */
  | "three-public-sum"
  /** One 项 changed in table 2 only (its 款 no longer adds up; tables disagree). */
  | "item-one-table"
  /** Table 5 prints the 合计 of 类 210 short by 1,000,000.00 元: its 款, its row, the 合计 row, tables 1–4 and the text disagree. */
  | "lei-misprint"
  /** Table 1 of the 单位预算 prints 卫生健康支出's 公用经费 1,000 元 too high: 合计 ≠ 人员经费 + 公用经费 + 项目支出. */
  | "row-sum"
  /** Table 1 prints 支出总计 10,000.00 元 above 收入总计 (the text states the true total). */
  | "totals-balance"
  /** Table 1 stops before its 收入总计 / 支出总计 row. */
  | "table-truncated"
  /** The contents list table 7, the body omits it (no "本表无数据" note either). */
  | "table-missing"
  /** Table 9's 公务接待费 (and so its 合计) printed 1.00 万元 above economic line 302 17 (the text repeats it). */
  | "reception-vs-economic"
  /** Table 9's 机关运行经费 printed 1.00 万元 above table 8's 公用经费 (the text repeats it). */
  | "operating-vs-public"
  /** The 部门预算's 医疗救助 sheet (and its text) prints 100,000.00 元 more than 210 13 01 and the stand-alone sheets. */
  | "project-vs-line"
  /** A project's indicator value differs between the two stand-alone sheets of the bureau. */
  | "project-cross-document"
  /** A project's 财政资金 printed 100.00 元 short of its 项目资金总额. */
  | "project-funds"
  /** An indicator of 效益指标 printed inside the 产出指标 block. */
  | "indicator-hierarchy";

export const DEFECT_DESCRIPTIONS: Record<DefectKind, string> = {
  "double-decimal": "表1“卫生健康支出”印有两个小数点",
  "toc-year": "目录中表6的年份印作上一年",
  "note-year": "表6“本表无数据”的注释写作上一年",
  "narrative-operating": "说明文字中的机关运行经费与表9不同",
  "narrative-rate": "说明文字中收入预算的增减率比其数额给出的多 10 个百分点",
  "three-public-sum": "表9“三公”经费合计不等于分项之和",
  "item-one-table": "表2中“210 15 01 行政运行”一项与表3、表5不同",
  "lei-misprint": "表5“210 卫生健康支出”合计少印 1,000,000.00 元",
  "row-sum": "单位预算表1“卫生健康支出”的公用经费多印 1,000 元",
  "totals-balance": "表1支出总计比收入总计多印 10,000.00 元",
  "table-truncated": "表1缺少收入总计和支出总计行",
  "table-missing": "目录列出表7，正文没有表7",
  "reception-vs-economic": "表9公务接待费比经济分类 302 17 多印 1.00 万元",
  "operating-vs-public": "表9机关运行经费比表8公用经费多印 1.00 万元",
  "project-vs-line": "部门预算中医疗救助项目金额比 210 13 01 多印 100,000.00 元",
  "project-cross-document": "同一项目的绩效指标值在两份项目表中不同",
  "project-funds": "项目表中财政资金比项目资金总额少印 100.00 元",
  "indicator-hierarchy": "效益指标下的一项印在产出指标之下",
};

/** Where a finding is: its check and the 1-based line of its subject. */
export interface ExpectedFinding {
  check: string;
  fileName: string;
  line: number;
}

/**
 * A finding the audit (or the metric resolution) must produce: where it is, its severity and the finding it
 * is grouped under (its root cause; null for a root).
 */
export interface ManifestFinding extends ExpectedFinding {
  severity: Severity;
  cause: ExpectedFinding | null;
}

/** A finding caused by a planted defect, within the document that carries it (the corpus adds the file name). */
export interface PlantedFinding {
  check: string;
  line: number;
  severity: Severity;
  /** The finding in the same document this one is a knock-on of; absent for a root. */
  cause?: { check: string; line: number };
  /**
   * For a comparison across documents: the documents of the same district-year that print the other side. The
   * audit can only see the difference when at least one of them is in the corpus, and a count may end the
   * district-year before them.
   */
  partners?: readonly DocumentKindCode[];
}

/** Where a document prints a headline metric, and the amount as printed (exact fen). */
export interface MetricSource {
  metric: MetricId;
  line: number;
  fen: bigint;
}

export interface RenderedDocument {
  text: string;
  /** Findings caused by the planted defect. */
  expected: PlantedFinding[];
  /** The headline metrics the document prints. */
  sources: MetricSource[];
}
