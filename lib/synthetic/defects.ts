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
  /** Table 9's 三公 total is not the sum of its parts (the text repeats the misprint). */
  | "three-public-sum"
  /** One 项 changed in table 2 only (its 款 no longer adds up; tables disagree). */
  | "item-one-table";

export const DEFECT_DESCRIPTIONS: Record<DefectKind, string> = {
  "double-decimal": "表1“卫生健康支出”印有两个小数点",
  "toc-year": "目录中表6的年份印作上一年",
  "note-year": "表6“本表无数据”的注释写作上一年",
  "narrative-operating": "说明文字中的机关运行经费与表9不同",
  "three-public-sum": "表9“三公”经费合计不等于分项之和",
  "item-one-table": "表2中“210 15 01 行政运行”一项与表3、表5不同",
};

/** A finding the audit must produce: its check and its first location. */
export interface ExpectedFinding {
  check: string;
  fileName: string;
  line: number;
}

export interface RenderedDocument {
  text: string;
  /** Findings caused by the planted defect (file name filled in by the corpus). */
  expected: Array<{ check: string; line: number }>;
}
