// The export datasets: their columns (order fixed here and by tests) and how lib/data rows become
// export rows. Pure: no database access, so the data package, the CSV and the JSON twin share it.
import type { Dataset } from "./links";
import type { BudgetLineRow, FindingRow, IndicatorRow, MetricValueRow, ProjectRow, ThreePublicPartRow } from "../data/types";
import { checkName, findingText, type DocumentLabeller } from "../view/finding-text";

/**
 * How a column is typed. "decimal": exact amount as a string ("35475000.00") in JSON and CSV;
 * "list": an array in JSON, joined by `separator` in CSV.
 */
export type ColumnType = "string" | "integer" | "decimal" | "boolean" | "list";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  description: string;
  /** For "list" columns: the CSV separator. */
  separator?: string;
  /** Fiscal Data Package column type, where one fits. */
  columnType?: string;
}

/** One exported value: null is an empty CSV cell and JSON null. */
export type Cell = string | number | boolean | readonly string[] | null;
export type ExportRow = Record<string, Cell>;

export interface DatasetSpec {
  name: Dataset;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
}

const col = (name: string, type: ColumnType, description: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ name, type, description, ...extra });

const DISTRICT = col("district", "string", "District slug (the districts present are listed in datapackage.json and README.txt)", { columnType: "administrative-classification:generic:level1:code" });
const DISTRICT_NAME = col("district_name", "string", "District name in Chinese (区 omitted)", { columnType: "administrative-classification:generic:level1:label" });
const YEAR = col("year", "integer", "Budget year (预算年度)", { columnType: "date:fiscal-year" });
const AMOUNT = col("amount_yuan", "decimal", "Exact amount in 元 (CNY), '.' as decimal point, no thousands separators; empty when not disclosed", { columnType: "value" });
const UNIT = col("unit_as_published", "string", "Unit the document printed the figure in: 元 or 万元");
const AS_PUBLISHED = col("amount_as_published", "string", "The figure exactly as printed, in unit_as_published");
const SOURCE_FILE = col("source_file", "string", "Source document file name (see the sources in meta / README)");
const SOURCE_LINE = col("source_line", "integer", "1-based line of the source document the value was read from");
const SOURCE_TEXT = col("source_text", "string", "That line's text as printed (tab-separated layouts keep their tabs)");

export const DATASET_SPECS: Record<Dataset, DatasetSpec> = {
  metrics: {
    name: "metrics",
    title: "Headline metrics (long format)",
    description:
      "One row per district × year × metric: 医疗救助, 互助帮困, 三公经费, 机关运行经费. status not_disclosed rows have an empty amount; derived rows are prior-year values stated in the text.",
    columns: [
      DISTRICT,
      DISTRICT_NAME,
      YEAR,
      col("metric", "string", "Metric id: medical-assistance | mutual-aid | three-public | operating-expenses"),
      col("metric_name", "string", "Metric name in Chinese"),
      col("status", "string", "disclosed | not_disclosed (a collected document does not print it; amount empty, never 0) | derived (stated as a change against the prior year) | not_collected (no document of the district for that year has been collected; amount empty)"),
      AMOUNT,
      UNIT,
      AS_PUBLISHED,
      col("scope", "string", "部门 (bureau with its centre) | 单位 (one unit) | 项目 (a project sheet)"),
      col("entity", "string", "The budget unit the value belongs to", { columnType: "administrative-classification:generic:level2:label" }),
      SOURCE_FILE,
      SOURCE_LINE,
      SOURCE_TEXT,
      col("project_id", "string", "The project the value is read from (see projects.csv), for 医疗救助 and 互助帮困"),
      col("findings", "list", "Ids of audit findings touching this value (see findings.csv), separated by one space", { separator: " " }),
    ],
  },
  lines: {
    name: "lines",
    title: "Budget lines (long format: one row per line × amount column)",
    description:
      "Every line of every classification table. A line with several amount columns (合计, 基本支出, 项目支出, …) gives one row per column; a line printed without amounts gives one row with column and amount empty.",
    columns: [
      DISTRICT,
      YEAR,
      SOURCE_FILE,
      col("table_no", "integer", "Table number in the document (表1 … 表9)"),
      col("table_title", "string", "Table title as printed"),
      col("classification", "string", "收支总表 | 功能分类 (functional) | 经济分类 (economic)"),
      col("side", "string", "收入 | 支出 for the two-sided summary tables; empty otherwise"),
      col("code", "string", "Full classification code as text, leading zeros kept (e.g. 2101301)", { columnType: "functional-classification:generic:level3:code:full" }),
      col("code_lei", "string", "类 part of the code (e.g. 210)", { columnType: "functional-classification:generic:level1:code:part" }),
      col("code_kuan", "string", "款 part of the code as text (e.g. 13, 05)", { columnType: "functional-classification:generic:level2:code:part" }),
      col("code_xiang", "string", "项 part of the code as text (e.g. 01, 05)", { columnType: "functional-classification:generic:level3:code:part" }),
      col("code_as_printed", "string", "The code as printed where it was not a plain code (e.g. a 类 printed \"7\"); the reading chosen is in code and findings.csv"),
      col("level", "integer", "0 total row, 1 类, 2 款, 3 项"),
      col("name", "string", "Line name as printed", { columnType: "functional-classification:generic:level3:label" }),
      col("is_total", "boolean", "true for 合计/总计 rows"),
      col("column", "string", "Amount column as printed (e.g. 合计, 项目支出, 收入:预算数)"),
      AMOUNT,
      UNIT,
      AS_PUBLISHED,
      col("reading_finding", "string", "Id of the finding (findings.csv) that reports a cell not printed as a plain number and the reading chosen for amount_yuan"),
      SOURCE_LINE,
      SOURCE_TEXT,
    ],
  },
  projects: {
    name: "projects",
    title: "Projects with their amounts (long format: one row per project × amount field)",
    description: "Every project from the budget documents and the project performance sheets, one row per amount field (项目资金总额, 年度资金申请总额, …).",
    columns: [
      DISTRICT,
      YEAR,
      SOURCE_FILE,
      col("document_kind", "string", "部门预算 | 单位预算 | 绩效目标表"),
      col("project_id", "string", "Project id within this data version (text)"),
      col("project_name", "string", "Project name", { columnType: "activity:generic:project:label" }),
      col("metric", "string", "The headline metric the project is recognised as by its name (medical-assistance | mutual-aid), empty otherwise"),
      col("metric_source", "list", "The metrics whose value is read from this project (a project printed in two documents is the source once), separated by one space", { separator: " " }),
      col("supervisor", "string", "主管部门"),
      col("implementer", "string", "实施单位"),
      col("category", "string", "项目类别"),
      col("nature", "string", "项目属性"),
      col("start_date", "string", "项目开始日期 as printed"),
      col("end_date", "string", "项目结束日期 as printed"),
      col("amount_field", "string", "Which amount: 项目资金总额 | 年度资金申请总额 | 财政资金 | 当年财政拨款 | 上年结转资金 | 其他资金"),
      AMOUNT,
      UNIT,
      AS_PUBLISHED,
      SOURCE_LINE,
      SOURCE_TEXT,
    ],
  },
  indicators: {
    name: "indicators",
    title: "Project performance indicators (绩效指标)",
    description: "One row per indicator of every project, with its level-1/2/3 names and target value as printed.",
    columns: [
      DISTRICT,
      YEAR,
      SOURCE_FILE,
      col("project_id", "string", "Project id (see projects.csv)"),
      col("project_name", "string", "Project name"),
      col("level1", "string", "一级指标"),
      col("level2", "string", "二级指标"),
      col("level3", "string", "三级指标"),
      col("value", "string", "指标值 as printed (text, e.g. ≥95%)"),
      SOURCE_LINE,
      SOURCE_TEXT,
    ],
  },
  "three-public": {
    name: "three-public",
    title: "三公经费 with its parts (table 9)",
    description: "Total and parts of the 三公经费 budget from table 9; an empty amount means the cell is blank in the document (not 0).",
    columns: [
      DISTRICT,
      DISTRICT_NAME,
      YEAR,
      col("part", "string", "total | abroad | reception | vehicles | vehiclePurchase | vehicleOperation", { columnType: "economic-classification:generic:level1:code" }),
      col("label", "string", "The part's label as printed", { columnType: "economic-classification:generic:level1:label" }),
      AMOUNT,
      UNIT,
      AS_PUBLISHED,
      SOURCE_FILE,
      SOURCE_LINE,
      SOURCE_TEXT,
    ],
  },
  findings: {
    name: "findings",
    title: "Audit findings",
    description:
      "The arithmetic audit of the documents: every finding with its check, severity, the exact amounts (printed, supported by the document's other figures, difference), its root cause and the lines it names.",
    columns: [
      col("id", "string", "Finding id (stable for the same check and lines)"),
      col("check", "string", "Check id"),
      col("check_name", "string", "Check name in Chinese"),
      col("severity", "string", "error | warning | info"),
      col("district", "string", "District slug"),
      col("year", "integer", "Budget year"),
      col("metric", "string", "The headline metric the finding concerns, where one figure serves several"),
      col("cause_id", "string", "The finding whose defect this one follows from (empty: a root cause)"),
      col("title", "string", "Short title (zh-CN)"),
      col("message", "string", "What is printed, what the document's other figures say, the difference and which figure the site uses (zh-CN)"),
      col("found_yuan", "decimal", "What is printed at the figure at issue, exact 元; empty for a blank cell or where the check compares no amount"),
      col("expected_yuan", "decimal", "What the document's own other figures support, exact 元; empty where they don't settle it"),
      col("difference_yuan", "decimal", "found − expected in 元 (a blank cell counts as 0); empty unless both are known"),
      col("locations", "list", "Lines the finding names as file:line, separated by '; '", { separator: "; " }),
    ],
  },
};

export const columnNames = (dataset: Dataset): string[] => DATASET_SPECS[dataset].columns.map((c) => c.name);

export function metricRow(v: MetricValueRow): ExportRow {
  return {
    district: v.district, district_name: v.districtName, year: v.year, metric: v.metric, metric_name: v.metricName, status: v.status,
    amount_yuan: v.amountYuan, unit_as_published: v.unitAsPublished, amount_as_published: v.amountAsPublished, scope: v.scope,
    entity: v.entity, source_file: v.source?.file ?? null, source_line: v.source?.line ?? null, source_text: v.source?.text ?? null,
    project_id: v.projectId === null ? null : String(v.projectId), findings: v.findings,
  };
}

export function lineRows(l: BudgetLineRow): ExportRow[] {
  const base: ExportRow = {
    district: l.district, year: l.year, source_file: l.file, table_no: l.tableNo, table_title: l.tableTitle, classification: l.classification,
    side: l.side, code: l.code, code_lei: l.codeLei, code_kuan: l.codeKuan, code_xiang: l.codeXiang, code_as_printed: l.codeAsPrinted, level: l.level, name: l.name,
    is_total: l.isTotal,
  };
  const source: ExportRow = { source_line: l.source.line, source_text: l.source.text };
  const empty: ExportRow = { column: null, amount_yuan: null, unit_as_published: null, amount_as_published: null, reading_finding: null };
  if (l.amounts.length === 0) return [{ ...base, ...empty, ...source }];
  return l.amounts.map((a) => ({
    ...base, column: a.column, amount_yuan: a.amountYuan, unit_as_published: a.unitAsPublished, amount_as_published: a.amountAsPublished,
    reading_finding: a.readingFindingId, ...source,
  }));
}

export function projectRows(p: ProjectRow): ExportRow[] {
  const base: ExportRow = {
    district: p.district, year: p.year, source_file: p.file, document_kind: p.documentKind, project_id: String(p.id), project_name: p.name,
    metric: p.metric, metric_source: p.sourceOf, supervisor: p.supervisor, implementer: p.implementer, category: p.category, nature: p.nature,
    start_date: p.startDate, end_date: p.endDate,
  };
  if (p.amounts.length === 0) {
    return [{ ...base, amount_field: null, amount_yuan: null, unit_as_published: p.unitAsPublished, amount_as_published: null, source_line: p.source.line, source_text: p.source.text }];
  }
  return p.amounts.map((a) => ({
    ...base, amount_field: a.field, amount_yuan: a.amountYuan, unit_as_published: a.unitAsPublished, amount_as_published: a.amountAsPublished,
    source_line: a.source.line, source_text: a.source.text,
  }));
}

export function indicatorRow(i: IndicatorRow): ExportRow {
  return {
    district: i.district, year: i.year, source_file: i.file, project_id: String(i.projectId), project_name: i.projectName, level1: i.level1,
    level2: i.level2, level3: i.level3, value: i.value, source_line: i.source.line, source_text: i.source.text,
  };
}

export function threePublicRow(t: ThreePublicPartRow): ExportRow {
  return {
    district: t.district, district_name: t.districtName, year: t.year, part: t.part, label: t.label, amount_yuan: t.amountYuan,
    unit_as_published: t.unitAsPublished, amount_as_published: t.amountAsPublished, source_file: t.source.file, source_line: t.source.line,
    source_text: t.source.text,
  };
}

export function findingRow(f: FindingRow, label: DocumentLabeller): ExportRow {
  const text = findingText(f, label);
  return {
    id: f.id, check: f.check, check_name: checkName(f.check), severity: f.severity, district: f.district, year: f.year, metric: f.metric,
    cause_id: f.causeId, title: text.title, message: text.message, found_yuan: f.foundYuan, expected_yuan: f.expectedYuan,
    difference_yuan: f.differenceYuan, locations: [...new Set(f.locations.map((l) => `${l.file}:${l.line}`))],
  };
}

/** A cell as CSV text (before quoting and formula neutralisation); null = empty cell. */
export function cellText(column: ColumnSpec, value: Cell): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return value.join(column.separator ?? " ");
}

/** Rows in column order as CSV text cells; throws if a builder and the spec disagree. */
export function csvRecords(spec: DatasetSpec, rows: readonly ExportRow[]): Array<Array<string | null>> {
  return rows.map((row) => {
    const keys = Object.keys(row);
    if (keys.length !== spec.columns.length) throw new Error(`${spec.name}: row has ${keys.length} fields, spec ${spec.columns.length}`);
    return spec.columns.map((column) => {
      if (!(column.name in row)) throw new Error(`${spec.name}: row lacks ${column.name}`);
      return cellText(column, row[column.name] ?? null);
    });
  });
}
