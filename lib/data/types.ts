// Plain, serialisable shapes returned by lib/data: money as exact decimal strings in 元.
import type { CheckId, LocationRole, ParamValue } from "../audit/findings";
import type { ThreePublicPart } from "../domain/budget-tables";
import type { DocumentKind, MetricStatus, Scope, Severity, SourceFormat } from "../domain/enums";
import type { MetricId } from "../domain/metrics";
import type { MetricBasis } from "../metrics/resolve";

export type { MetricStatus, Severity } from "../domain/enums";
export type { MetricBasis } from "../metrics/resolve";

/** Where a figure was printed: file, 1-based line (of a PDF's canonical rendering), that line's text, and the PDF page. */
export interface SourceRef {
  file: string;
  line: number;
  text: string;
  /** PDF only: the 1-based page the line is on. */
  page?: number | null;
}

export interface DistrictRef {
  slug: string;
  nameZh: string;
}

/** Documents by file name. */
export type DocumentIndex = ReadonlyMap<string, DocumentRow>;

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
  kind: DocumentKind;
  scope: Scope;
  layout: string;
  format: SourceFormat;
  title: string;
  entity: string;
  lineCount: number;
  byteLength: number;
  /** Citation metadata from data/sources/sources.json; null: not recorded. */
  sourceUrl: string | null;
  publisher: string | null;
  publishedOn: string | null;
  /** PDF: the number of pages; null for a text file. */
  pageCount: number | null;
}

export interface MetricValueRow {
  district: string;
  districtName: string;
  year: number;
  metric: MetricId;
  metricName: string;
  status: MetricStatus;
  /** Exact 元, e.g. "35475000.00"; null unless disclosed or derived. */
  amountYuan: string | null;
  unitAsPublished: string | null;
  amountAsPublished: string | null;
  scope: Scope | null;
  entity: string | null;
  source: SourceRef | null;
  /** The project the value was read from (project metrics), by its id in projects.csv. */
  projectId: number | null;
  basis: MetricBasis;
  findings: string[];
}

export interface ThreePublicPartRow {
  district: string;
  districtName: string;
  year: number;
  part: ThreePublicPart;
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
  /** Set when the printed cell was not a plain number: the finding that reports the print and the reading chosen. */
  readingFindingId: string | null;
}

export interface BudgetLineRow {
  district: string;
  year: number;
  file: string;
  tableNo: number;
  tableTitle: string;
  tableUnit: string;
  classification: string;
  side: string | null;
  code: string | null;
  codeLei: string | null;
  codeKuan: string | null;
  codeXiang: string | null;
  codeAsPrinted: string | null;
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
  documentKind: DocumentKind;
  name: string;
  /** The headline metric the project is recognised as, by its name. */
  metric: MetricId | null;
  /** The metrics whose value is read from this project (a project printed in two documents is the source once). */
  sourceOf: MetricId[];
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

export interface FindingLocationRow {
  file: string;
  line: number;
  page: number | null;
  role: LocationRole;
  tableNo: number | null;
  column: string | null;
  /** The amount printed there, exact 元; null: blank or not an amount. */
  amountYuan: string | null;
}

/** A finding as data: the wording is made by lib/view/finding-text.ts. */
export interface FindingRow {
  id: string;
  check: CheckId;
  severity: Severity;
  district: string | null;
  year: number | null;
  metric: MetricId | null;
  causeId: string | null;
  /** Exact 元 as decimal strings; null where the check has no such amount. */
  foundYuan: string | null;
  expectedYuan: string | null;
  differenceYuan: string | null;
  params: Readonly<Record<string, ParamValue>>;
  locations: FindingLocationRow[];
}

export interface GlossaryRow {
  term: string;
  definition: string;
  source: SourceRef;
}

export interface DocumentText {
  document: DocumentRow;
  lines: string[];
  /** PDF: the 1-based page of each line; null for a text file. */
  pageOfLine: number[] | null;
  /** Findings naming each line (1-based line → findings). */
  findingsByLine: Record<number, FindingRow[]>;
}

/** Filters shared by the data functions and the API: each list empty or absent = all. */
export interface DataFilter {
  districts?: string[];
  years?: number[];
  metrics?: MetricId[];
}
