// Plain, serialisable shapes returned by lib/data: money as exact decimal strings in 元.
import type { MetricId } from "../metrics/definitions";

export type MetricStatus = "disclosed" | "not_disclosed" | "derived";
export type Severity = "error" | "warning" | "info";

/** Where a figure was printed: file, 1-based line, and that line's text. */
export interface SourceRef {
  file: string;
  line: number;
  text: string;
}

export interface DataVersion {
  dataVersion: string;
  importedAt: string;
  documentCount: number;
  lineCount: number;
  projectCount: number;
  findingCount: number;
}

export interface DocumentRow {
  fileName: string;
  sha256: string;
  district: string;
  districtName: string;
  year: number;
  kind: string;
  scope: string;
  layout: string;
  title: string;
  entity: string;
  lineCount: number;
  byteLength: number;
}

export interface MetricValueRow {
  district: string;
  districtName: string;
  year: number;
  metric: MetricId;
  metricName: string;
  status: MetricStatus;
  /** Exact 元, e.g. "35475000.00"; null when not disclosed. */
  amountYuan: string | null;
  unitAsPublished: string | null;
  amountAsPublished: string | null;
  scope: string | null;
  entity: string | null;
  source: SourceRef | null;
  basis: string;
  findings: string[];
}

export interface ThreePublicPartRow {
  district: string;
  districtName: string;
  year: number;
  part: string;
  label: string;
  /** null: the cell is blank in the document. */
  amountYuan: string | null;
  unitAsPublished: string;
  amountAsPublished: string;
  source: SourceRef;
}

export interface AmountRow {
  column: string;
  amountYuan: string;
  unitAsPublished: string;
  amountAsPublished: string;
  readingNote: string | null;
}

export interface BudgetLineRow {
  district: string;
  year: number;
  file: string;
  tableNo: number;
  tableTitle: string;
  classification: string;
  side: string | null;
  code: string | null;
  codeLei: string | null;
  codeKuan: string | null;
  codeXiang: string | null;
  level: number;
  name: string;
  isTotal: boolean;
  amounts: AmountRow[];
  source: SourceRef;
}

export interface ProjectAmountRow {
  field: string;
  amountYuan: string;
  unitAsPublished: string;
  amountAsPublished: string;
  source: SourceRef;
}

export interface IndicatorRow {
  projectId: number;
  projectName: string;
  district: string;
  year: number;
  file: string;
  level1: string | null;
  level2: string | null;
  level3: string;
  value: string;
  source: SourceRef;
}

export interface ProjectRow {
  id: number;
  district: string;
  year: number;
  file: string;
  documentKind: string;
  name: string;
  supervisor: string | null;
  implementer: string | null;
  category: string | null;
  nature: string | null;
  startDate: string | null;
  endDate: string | null;
  unitAsPublished: string;
  amounts: ProjectAmountRow[];
  indicators: IndicatorRow[];
  source: SourceRef;
}

export interface FindingRow {
  id: string;
  check: string;
  checkName: string;
  severity: Severity;
  district: string | null;
  year: number | null;
  title: string;
  message: string;
  expected: string | null;
  found: string | null;
  locations: Array<{ file: string; line: number }>;
}

export interface GlossaryRow {
  term: string;
  definition: string;
  source: SourceRef;
}

export interface DocumentText {
  document: DocumentRow;
  lines: string[];
  /** Findings naming each line (1-based line → findings). */
  findingsByLine: Record<number, Array<{ id: string; severity: Severity; title: string }>>;
}

/** Filters shared by the data functions and the API: each list empty or absent = all. */
export interface DataFilter {
  districts?: string[];
  years?: number[];
  metrics?: MetricId[];
}
