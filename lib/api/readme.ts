// README.txt of the export ZIP: what each file is, definitions, caveats and a citation line. Pure.
import type { DataVersion, DocumentRow } from "../data/types";
import { METRIC_DEFINITIONS, METRICS } from "../metrics/definitions";
import { DATASETS } from "./links";
import { DATASET_SPECS } from "./datasets";
import { csvPath, PACKAGE_TITLE } from "./datapackage";
import type { ExportQuery } from "./params";

export function buildReadme(input: { version: DataVersion; documents: readonly DocumentRow[]; query: ExportQuery; siteUrl: string; rowCounts: Record<string, number> }): string {
  const { version, documents, query, siteUrl, rowCounts } = input;
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
    "",
    "FILES",
    "",
    ...DATASETS.flatMap((dataset) => [
      `${csvPath(dataset)} (${rowCounts[dataset] ?? 0} rows) - ${DATASET_SPECS[dataset].title}`,
      `    ${DATASET_SPECS[dataset].description}`,
    ]),
    "datapackage.json - Frictionless Data Package: every column with its type and description, the source documents with SHA-256.",
    "README.txt - this file.",
    "",
    "HEADLINE METRICS (metrics.csv)",
    "",
    ...METRICS.map((id) => `${id} ${METRIC_DEFINITIONS[id].nameZh}: ${METRIC_DEFINITIONS[id].definitionZh}`),
    "",
    "status: disclosed = printed in the year's documents; not_disclosed = the district's documents for that year do not",
    "disclose it (amount empty, never 0); derived = a prior-year value stated in the next year's text",
    "(e.g. 比上年预算减少48.91万元), not a table figure.",
    "scope: 部门 = the bureau with its centre; 单位 = one unit only (青浦 2023 publishes the 事务中心 alone);",
    "项目 = a project sheet. Values of different scopes are not like for like.",
    "",
    "UNITS AND FORMAT",
    "",
    "- amount_yuan: exact amount in 元 (CNY), '.' as decimal point, no thousands separators (35475000.00).",
    "  unit_as_published and amount_as_published keep the figure as printed (元 or 万元). 预算 = proposed budget.",
    "- CSV: UTF-8 with BOM, comma-separated, RFC 4180 quoting, CRLF line ends, header row first.",
    "- Codes and ids are text: code_kuan \"05\" is 05, not 5. Excel drops leading zeros when it opens a CSV",
    "  directly; use Data > From Text/CSV and set those columns to Text, or read the full code column.",
    "- Formula safety: a cell that starts with = + - @ TAB CR or ' gets one extra leading ' so spreadsheets do not",
    "  run it as a formula. A plain number (\"-4891000.00\") is left alone. To recover the exact text, remove one",
    "  leading ' from any cell that starts with '.",
    "- Lists: metrics.csv findings = finding ids separated by one space; findings.csv locations = file:line",
    "  separated by '; '.",
    "- Empty cell = no value (null). In three-public.csv an empty amount means the cell is blank in the document.",
    "",
    "CAVEATS",
    "",
    "- Figures are as published; defects are reported in findings.csv, not corrected. E.g. 宝山 2023 prints",
    "  145,416,223.44.00 (two decimal points): amount_yuan gives the reading the document's other tables support",
    "  and reading_note says so.",
    "- Where a budget document and a project sheet of the same year both carry a project, the budget document is",
    "  the metric's source. The functional view (210 13 医疗救助, which includes 互助帮困 under 210 13 99) is in lines.csv.",
    "- Only the documents listed below are covered; a district or year missing here was not imported.",
    "",
    "SOURCE DOCUMENTS (file, SHA-256, district, year, kind, scope)",
    "",
    ...documents.map((d) => `${d.fileName}  sha256:${d.sha256}  ${d.district} ${d.year} ${d.kind} ${d.scope}  ${d.title}`),
    "",
    "CITATION",
    "",
    `${PACKAGE_TITLE}, data version ${version.dataVersion} (imported ${version.importedAt.slice(0, 10)}), ${siteUrl}. Figures from the districts' published 预算 documents listed above.`,
    "",
  ];
  return lines.join("\r\n");
}
