// Shapes of the hand-read oracle. Deliberately independent of lib/: nothing here imports the app's
// types, so a change in the app cannot silently change what the oracle expects.

/** Exact amount in 元: digits, a point and two decimals, no separators ("35475000.00", "-7450000.00"). */
export type Yuan = string;

export type Unit = "元" | "万元";
export type DistrictSlug = "baoshan" | "qingpu" | "putuo";
export type MetricKey = "medical-assistance" | "mutual-aid" | "three-public" | "operating-expenses";
export type MetricStatusKey = "disclosed" | "not_disclosed" | "derived";
export type DocumentKindKey = "部门预算" | "单位预算" | "绩效目标表";
export type Severity = "error" | "warning" | "info";

/** A cell as printed (text exactly as in the document, trimmed) and its exact value in 元. */
export type Cell = readonly [asPublished: string, yuan: Yuan];

export interface DocumentSeed {
  file: string;
  district: DistrictSlug;
  year: number;
  kind: DocumentKindKey;
  /** 部门 = the bureau with its centre; 单位 = one unit only. */
  scope: "部门" | "单位";
  entity: string;
  titleLine: number;
  /** Line breaks + 1: the number of the last line (an empty one when the file ends with a newline). */
  lineCount: number;
}

export interface MetricSeed {
  district: DistrictSlug;
  year: number;
  metric: MetricKey;
  status: MetricStatusKey;
  yuan: Yuan | null;
  /** The unit the figure (or, for a derived value, the sentence it is derived from) was printed in. */
  unit: Unit | null;
  /** The figure as printed; null when not disclosed or derived (a derived value is not printed anywhere). */
  asPublished: string | null;
  /** 部门 / 单位 for table-9 figures; 项目 for a project's amount. */
  scope: "部门" | "单位" | "项目" | null;
  entity: string | null;
  file: string | null;
  line: number | null;
  /** How the page shows it: exact 元 with separators and the same figure in 万元 (null when not disclosed). */
  shownYuan: string | null;
  shownWan: string | null;
}

/** A change between two metric values of one district, worked out by hand from the literals above. */
export interface ChangeSeed {
  district: DistrictSlug;
  metric: MetricKey;
  fromYear: number;
  toYear: number;
  differenceYuan: Yuan;
  /** (to − from) / from in percent, half-up to 2 decimals, as a signed decimal string ("-4.83"). */
  percent: string;
  /** Compound annual rate over (toYear − fromYear) years in percent, half-up to 2 decimals ("-1.64"). */
  annualRatePercent: string;
}

export type ThreePublicPartKey = "total" | "abroad" | "reception" | "vehicles" | "vehiclePurchase" | "vehicleOperation";

export interface Table9Seed {
  /** The line of the figures row (table 9 has one). */
  line: number;
  titleLine: number;
  unit: "万元";
  /** null = the cell is blank in the document (not 0). */
  parts: Readonly<Record<ThreePublicPartKey, Cell | null>>;
  operating: Cell;
}

export interface RowSeed {
  line: number;
  /** 类, 款, 项 exactly as printed (leading zeros kept); null for total rows and 收支总表 rows. */
  code: readonly [lei: string, kuan: string | null, xiang: string | null] | null;
  name: string;
  /** For 收支总表 (tables 1 and 4): which half of the row. */
  side?: "收入" | "支出";
  total?: boolean;
  /** Every amount column of the table (of the row's side), as printed; null = blank cell. */
  cells: Readonly<Record<string, Cell | null>>;
  /** Why this row is in the sample (a defect, a metric line, …). */
  why?: string;
}

export interface TableSeed {
  tableNo: number;
  titleLine: number;
  unit: Unit;
  /** A table printed without figures: the line of its note (“本表无数据”). */
  noteLine?: number;
  /**
   * Rows printed, counted by hand: every row with a code, a name or a total label (a 收支总表 row counts once per
   * half that has a label; an empty table's 合计 row counts; blank lines, headers and empty grid rows do not).
   */
  rowCount: number;
  /** A sample of the rows (all totals, the 210 13 rows, the defects). */
  rows: readonly RowSeed[];
}

/** Project amount fields, named as the project sheets print them (其他资金 appears twice: under the total and the annual part). */
export type ProjectFieldKey =
  | "项目资金总额"
  | "年度资金申请总额"
  | "财政资金"
  | "当年财政拨款"
  | "上年结转资金"
  | "其他资金（总额）"
  | "其他资金（年度）";

export interface ProjectAmountSeed {
  field: ProjectFieldKey;
  line: number;
  cell: Cell;
}

export interface ProjectSeed {
  /** The line of 项目名称 (for a name split over lines, the first). */
  line: number;
  /** The name with line breaks and stray spaces of the print removed. */
  name: string;
  implementer: string;
  unit: Unit;
  /** Every amount printed on the sheet. */
  amounts: readonly ProjectAmountSeed[];
  /** Fields whose cell is printed blank. */
  blank: readonly ProjectFieldKey[];
  /** 三级指标 rows printed. */
  indicatorCount: number;
  /** The headline metric this project is, by README "Headline metrics"; null for every other project. */
  metric: "medical-assistance" | "mutual-aid" | null;
}

export interface NarrativeSeed {
  line: number;
  /** The words right before the figure (the parser's subject ends with them). */
  subject: string;
  asPublished: string;
  unit: Unit;
  yuan: Yuan;
  change?: {
    direction: "increase" | "decrease" | "flat";
    asPublished: string | null;
    yuan: Yuan | null;
    priorYear: number;
    /** The prior-year figure the sentence implies, worked out by hand. */
    priorYuan: Yuan;
  };
  /** What the audit compares it with, read from the tables (null: nothing to compare). */
  compareWith?: { what: string; line: number; yuan: Yuan } | null;
}

export interface DocumentGolden {
  document: DocumentSeed;
  /** Tables 1–8 (a sample of rows each, every total); absent tables are absent here. */
  tables: readonly TableSeed[];
  table9: Table9Seed | null;
  projects: readonly ProjectSeed[];
  narrative: readonly NarrativeSeed[];
}

/** A real defect of a document, in domain terms, with the arithmetic done by hand. */
export interface DefectSeed {
  key: string;
  file: string;
  district: DistrictSlug;
  year: number;
  /** What is wrong, in the document's own terms. */
  what: string;
  /** The lines where the defect is printed. */
  lines: readonly number[];
  printed: string | null;
  /** What the document's other figures say, with their lines. */
  otherFigures: string;
  /**
   * Amounts in 元: what the document's other figures support, what is printed (null: blank or unreadable),
   * printed − expected (a blank counts as nothing). For a consequence: what the check's rule computes from the
   * printed figures, the figure printed, and their difference.
   */
  expectedYuan: Yuan | null;
  foundYuan: Yuan | null;
  differenceYuan: Yuan | null;
  /** How serious it is, in the oracle's judgement (see the report for where it differs from the code). */
  severity: Severity;
  /** Another defect this one follows from (the figure flagged is right; the cause is elsewhere). */
  consequenceOf?: string;
  /** Check ids that can plausibly report it. */
  checks: readonly string[];
  /** For each entry: some finding of one of `checks` names this file at one of these lines. */
  flagged: ReadonlyArray<{ file: string; anyOf: readonly number[] }>;
}

/** One finding the code reports today, checked by hand (plain data for the lead's new finding format). */
export interface CurrentFindingSeed {
  check: string;
  /** Severity the code gives today. */
  severity: Severity;
  file: string;
  /** First location the code gives today. */
  line: number;
  /** The DefectSeed key it reports. */
  defect: string;
  verdict: "confirmed" | "consequence" | "questionable";
  /** By hand, in 元 (null where the finding is not about an amount). */
  expectedYuan: Yuan | null;
  foundYuan: Yuan | null;
  differenceYuan: Yuan | null;
  /** Where the oracle disagrees with the finding as emitted today, if anywhere. */
  disagreement?: string;
}

/** Something odd in a document that no check reports, noted for the record (not asserted). */
export interface ObservationSeed {
  file: string;
  lines: readonly number[];
  what: string;
}
