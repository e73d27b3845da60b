// README.txt of the export ZIP: what each file is, definitions, what exactly these rows cover (computed from
// them), the findings' root causes, the sources and a citation line. Pure.
import type { DataVersion, DocumentRow, MetricValueRow } from "../data/types";
import { METRIC_DEFINITIONS, METRICS } from "../domain/metrics";
import { coverageOf } from "../view/coverage";
import { DATASETS } from "./links";
import { DATASET_SPECS, type ExportRow } from "./datasets";
import { csvPath, LICENSE, PACKAGE_TITLE } from "./datapackage";
import type { ExportQuery } from "./params";

export interface ReadmeInput {
  version: DataVersion;
  /** The documents the shipped rows cite. */
  documents: readonly DocumentRow[];
  /** The metric values shipped (metrics.csv), typed. */
  metricValues: readonly MetricValueRow[];
  rowsByDataset: Readonly<Record<string, readonly ExportRow[]>>;
  query: ExportQuery;
  siteUrl: string;
}

const text = (v: ExportRow[string] | undefined): string => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));

function coverageLines(input: ReadmeInput): string[] {
  const coverage = coverageOf(input.documents, input.metricValues);
  if (coverage.districts.length === 0) return ["- No rows match these filters."];
  const lines = [
    `- Districts: ${coverage.districts.map((d) => `${d.slug} (${d.nameZh})`).join(", ")}; years ${coverage.years[0]}–${coverage.years[coverage.years.length - 1]}.`,
    "- Documents collected per district and year (a year not listed for a district was not collected: its rows have status not_collected):",
    ...coverage.cells.filter((c) => c.documents.length > 0).map((c) => `    ${c.district} ${c.year}: ${c.documents.map((d) => `${d.kind} (${d.scope}: ${d.entity})`).join("; ")}`),
  ];
  // Project metrics are one project's budget by definition (scope 项目); a 单位 value covers one unit only.
  for (const p of coverage.partialScope.filter((x) => x.scope === "单位")) {
    lines.push(`- ${p.district} ${p.year}: ${p.metrics.join(", ")} cover one unit only (${p.entity ?? "?"}), not the whole department; not like for like with department (部门) values.`);
  }
  for (const d of coverage.derived) lines.push(`- ${d.district} ${d.year} ${d.metric}: derived from the ${d.fromYear} document's text (status derived), not a table figure.`);
  if (coverage.notDisclosed.length > 0) {
    lines.push(`- Not disclosed by the collected documents (amount empty, never 0): ${coverage.notDisclosed.map((n) => `${n.district} ${n.year} ${n.metric}`).join(", ")}.`);
  }
  if (coverage.notCollectedCount > 0) lines.push(`- ${coverage.notCollectedCount} metric rows are not_collected: no document of that district and year is in the data.`);
  return lines;
}

function findingLines(rows: readonly ExportRow[]): string[] {
  if (rows.length === 0) return ["- No findings in these rows."];
  const count = (severity: string) => rows.filter((r) => r.severity === severity).length;
  const roots = rows.filter((r) => r.cause_id === null);
  return [
    `- ${rows.length} findings (${count("error")} errors, ${count("warning")} warnings, ${count("info")} info); ${roots.length} are root causes, the others follow from one (cause_id).`,
    "- Root causes:",
    ...roots.map((r) => `    ${text(r.id)} [${text(r.severity)}] ${text(r.title)}`),
    "- Figures are stored as published; a defect is reported, never corrected. Where a cell was printed so that it",
    "  has two readings, amount_yuan carries the reading the document's other figures support and reading_finding",
    "  names the finding that says so.",
  ];
}

export function buildReadme(input: ReadmeInput): string {
  const { version, documents, query, siteUrl, rowsByDataset } = input;
  const filters = [
    query.districts.length ? `district = ${query.districts.join(", ")}` : null,
    query.years.length ? `year = ${query.years.join(", ")}` : null,
    query.metrics.length ? `metric = ${query.metrics.join(", ")}` : null,
  ].filter((f): f is string => f !== null);
  const lines = [
    PACKAGE_TITLE,
    "=".repeat(40),
    "",
    `Data version: ${version.dataVersion} (imported ${version.importedAt})`,
    `Filters: ${filters.length ? filters.join("; ") : "none (all data)"}`,
    `Source: ${siteUrl}`,
    `Licence of this compilation: ${LICENSE.title} (${LICENSE.path}). The documents themselves are public disclosures of their publishers.`,
    "",
    "FILES",
    "",
    ...DATASETS.flatMap((dataset) => [
      `${csvPath(dataset)} (${rowsByDataset[dataset]?.length ?? 0} rows) - ${DATASET_SPECS[dataset].title}`,
      `    ${DATASET_SPECS[dataset].description}`,
    ]),
    "datapackage.json - Frictionless Data Package: every column with its type and description, the source documents with SHA-256.",
    "README.txt - this file.",
    "",
    "HEADLINE METRICS (metrics.csv)",
    "",
    ...METRICS.map((id) => `${id} ${METRIC_DEFINITIONS[id].nameZh}: ${METRIC_DEFINITIONS[id].definitionZh}`),
    "",
    "status: disclosed = printed in a collected document; not_disclosed = the district's collected documents for that",
    "year do not print it (amount empty, never 0); derived = a prior-year value stated in the next year's text",
    "(e.g. 比上年预算减少48.91万元), not a table figure; not_collected = no document of that district and year is in the data.",
    "scope: 部门 = the bureau with its units; 单位 = one unit only; 项目 = a project sheet. Values of different scopes",
    "are not like for like.",
    "",
    "WHAT THESE ROWS COVER",
    "",
    ...coverageLines(input),
    "",
    "FINDINGS (findings.csv)",
    "",
    ...findingLines(rowsByDataset.findings ?? []),
    "",
    "UNITS AND FORMAT",
    "",
    "- amount_yuan, found_yuan, expected_yuan, difference_yuan: exact amounts in 元 (CNY), '.' as decimal point, no",
    "  thousands separators (35475000.00). unit_as_published and amount_as_published keep the figure as printed (元 or",
    "  万元). 预算 = proposed budget.",
    "- CSV: UTF-8 with BOM, comma-separated, RFC 4180 quoting, CRLF line ends, header row first.",
    "- Codes and ids are text: code_kuan \"05\" is 05, not 5. Excel drops leading zeros when it opens a CSV directly; use",
    "  Data > From Text/CSV and set the code_* and *_id columns to Text. pandas: read_csv(..., dtype=str) or",
    "  dtype={\"code\": str, \"code_lei\": str, \"code_kuan\": str, \"code_xiang\": str, \"project_id\": str}.",
    "- Formula safety: a cell that starts with = + - @ TAB CR or ' gets one extra leading ' so spreadsheets do not",
    "  run it as a formula. A plain number (\"-4891000.00\") is left alone. To recover the exact text, remove one",
    "  leading ' from any cell that starts with '.",
    "- Lists: metrics.csv findings and projects.csv metric_source = ids separated by one space; findings.csv",
    "  locations = file:line separated by '; '.",
    "- Empty cell = no value (null). In three-public.csv an empty amount means the cell is blank in the document.",
    "",
    "SOURCE DOCUMENTS (file, SHA-256, district, year, kind, scope, original URL, publisher, publication date)",
    "",
    ...documents.map(
      (d) =>
        `${d.fileName}  sha256:${d.sha256}  ${d.district} ${d.year} ${d.kind} ${d.scope}  ${d.title}  ${d.sourceUrl ?? "URL not recorded"}  ${d.publisher ?? "publisher not recorded"}  ${d.publishedOn ?? "date not recorded"}`,
    ),
    "",
    "CITATION",
    "",
    `${PACKAGE_TITLE}, data version ${version.dataVersion} (imported ${version.importedAt.slice(0, 10)}), ${siteUrl}. Figures from the districts' published 预算 documents listed above.`,
    "",
  ];
  return lines.join("\r\n");
}
