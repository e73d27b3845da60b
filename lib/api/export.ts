import "server-only";
// Export orchestration helpers for app/api: which file a URL names, loading rows through lib/data,
// rendering CSV / JSON / ZIP, and an in-memory cache of rendered bodies per (data version, URL).
import { strToU8, zipSync } from "fflate";
import { toCsv } from "../csv";
import { getDataVersion, listBudgetLines, listDocuments, listFindings, listMetricValues, listProjects, listThreePublicParts } from "../data";
import { getFilterDomain, type FilterDomain } from "../data/exports";
import type { DataVersion, DocumentRow } from "../data/types";
import { METRIC_DEFINITIONS, METRIC_PROJECTS, METRICS } from "../domain/metrics";
import { documentLabeller } from "../view/document-label";
import { buildDataPackage, csvPath, LICENSE, PACKAGE_TITLE } from "./datapackage";
import {
  csvRecords, DATASET_SPECS, findingRow, indicatorRow, lineRows, metricRow, projectRows, threePublicRow, type ExportRow,
} from "./datasets";
import { ApiError, errorResponse } from "./errors";
import { contentDisposition, EXPORT_CACHE_CONTROL, exportFileStem } from "./http";
import { DATASETS, type Dataset } from "./links";
import { FILTER_PARAMS, type ExportQuery, type FilterParam } from "./params";
import { buildReadme } from "./readme";

export type ExportTarget =
  | { kind: "dataset"; dataset: Dataset; format: "csv" | "json"; fileName: string }
  | { kind: "datapackage"; fileName: string }
  | { kind: "zip"; fileName: string };

const TARGETS: ReadonlyMap<string, ExportTarget> = new Map<string, ExportTarget>([
  ...DATASETS.flatMap((dataset) =>
    (["csv", "json"] as const).map((format): [string, ExportTarget] => [`${dataset}.${format}`, { kind: "dataset", dataset, format, fileName: `${dataset}.${format}` }]),
  ),
  ["datapackage.json", { kind: "datapackage", fileName: "datapackage.json" }],
  ["export.zip", { kind: "zip", fileName: "export.zip" }],
]);

export const EXPORT_FILE_NAMES: readonly string[] = [...TARGETS.keys()];

/** The export a path segment names; 404 in the shared error shape otherwise. */
export function resolveExportTarget(fileName: string): ExportTarget {
  const target = TARGETS.get(fileName);
  if (!target) throw new ApiError(404, `No export named "${fileName}". Available: ${EXPORT_FILE_NAMES.join(", ")}.`, "file", EXPORT_FILE_NAMES);
  return target;
}

/** The data package describes all data: it takes no filters. */
export function acceptedParams(target: ExportTarget): readonly FilterParam[] {
  return target.kind === "datapackage" ? [] : FILTER_PARAMS;
}

export async function requireDataVersion(): Promise<DataVersion> {
  const version = await getDataVersion();
  if (!version) throw new ApiError(503, "No data has been imported yet (run npm run db:prepare).");
  return version;
}

let domainCache: { dataVersion: string; domain: FilterDomain } | undefined;

/** Allowed districts and years, read once per data version. */
export async function filterDomain(version: DataVersion): Promise<FilterDomain> {
  if (domainCache?.dataVersion !== version.dataVersion) domainCache = { dataVersion: version.dataVersion, domain: await getFilterDomain() };
  return domainCache.domain;
}

/**
 * Rows of a dataset. district and year filter every dataset. metric filters: metrics by id; lines by the
 * metric's functional code (210 13 01, 210 13 99); projects and indicators by the project the metric is read
 * from (stored at import); three-public only for three-public; findings by the findings touching the selected
 * metric values. A metric a dataset does not carry gives no rows there.
 */
export async function loadRows(dataset: Dataset, query: ExportQuery, documents: readonly DocumentRow[]): Promise<ExportRow[]> {
  const filter = { districts: query.districts, years: query.years };
  const byMetric = query.metrics.length > 0;
  switch (dataset) {
    case "metrics":
      return (await listMetricValues({ ...filter, metrics: query.metrics })).map(metricRow);
    case "lines": {
      const codes = METRIC_PROJECTS.filter((p) => query.metrics.includes(p.metric)).map((p) => p.code);
      return (await listBudgetLines({ ...filter, ...(byMetric ? { codes } : {}) })).flatMap(lineRows);
    }
    case "projects":
    case "indicators": {
      const projects = await listProjects({ ...filter, metrics: query.metrics });
      return dataset === "projects" ? projects.flatMap(projectRows) : projects.flatMap((p) => p.indicators.map(indicatorRow));
    }
    case "three-public":
      return !byMetric || query.metrics.includes("three-public") ? (await listThreePublicParts(filter)).map(threePublicRow) : [];
    case "findings": {
      const label = documentLabeller(documents);
      const findings = await listFindings(filter);
      if (!byMetric) return findings.map((f) => findingRow(f, label));
      const touching = new Set((await listMetricValues({ ...filter, metrics: query.metrics })).flatMap((v) => v.findings));
      return findings.filter((f) => touching.has(f.id)).map((f) => findingRow(f, label));
    }
  }
}

/** The documents the rows cite, with their SHA-256. */
function citedDocuments(rows: readonly ExportRow[], documents: readonly DocumentRow[]): DocumentRow[] {
  const files = new Set(rows.map((r) => r.source_file).filter((f): f is string => typeof f === "string"));
  for (const row of rows) {
    if (Array.isArray(row.locations)) for (const location of row.locations) files.add(location.replace(/:\d+$/, ""));
  }
  return documents.filter((d) => files.has(d.fileName));
}

function jsonMeta(dataset: Dataset, query: ExportQuery, version: DataVersion, rows: readonly ExportRow[], documents: readonly DocumentRow[], siteUrl: string) {
  const spec = DATASET_SPECS[dataset];
  return {
    dataset,
    title: spec.title,
    description: spec.description,
    dataVersion: version.dataVersion,
    // No generation time: the same data gives the same bytes (a static copy, a cache and the server agree).
    importedAt: version.importedAt,
    query: { district: query.districts, year: query.years, metric: query.metrics },
    rowCount: rows.length,
    units: {
      currency: "CNY",
      amount_yuan: "exact amount in 元 as a decimal string (no thousands separators); null when not disclosed",
      unit_as_published: "元 or 万元, as printed; amount_as_published is the figure as printed",
      phase: "预算 (proposed budget)",
    },
    fields: spec.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
    definitions: {
      metrics: METRICS.map((id) => ({ id, name: METRIC_DEFINITIONS[id].nameZh, definition: METRIC_DEFINITIONS[id].definitionZh })),
      status: {
        disclosed: "printed in the year's documents",
        not_disclosed: "the district's documents for the year do not disclose it; amount null, never 0",
        derived: "a prior-year value stated in the next year's text, not a table figure",
        not_collected: "no document of the district for that year is in the data; amount null",
      },
      scope: { 部门: "the bureau with its centre", 单位: "one unit only", 项目: "a project sheet" },
    },
    sources: citedDocuments(rows, documents).map((d) => ({
      file: d.fileName, sha256: d.sha256, district: d.district, year: d.year, kind: d.kind, scope: d.scope, entity: d.entity, title: d.title,
      url: `${siteUrl}/sources/${encodeURIComponent(d.fileName)}`, originalUrl: d.sourceUrl, publisher: d.publisher, publishedOn: d.publishedOn,
    })),
    license: LICENSE,
    citation: `${PACKAGE_TITLE}, data version ${version.dataVersion} (imported ${version.importedAt.slice(0, 10)}), ${siteUrl}`,
  };
}

export interface RenderedExport {
  body: Uint8Array;
  contentType: string;
  contentDisposition: string;
}

async function render(target: ExportTarget, query: ExportQuery, version: DataVersion, siteUrl: string): Promise<RenderedExport> {
  const stem = (name: string) => exportFileStem(name, query, version.dataVersion);
  const documents = await listDocuments();
  if (target.kind === "dataset") {
    const rows = await loadRows(target.dataset, query, documents);
    const spec = DATASET_SPECS[target.dataset];
    if (target.format === "csv") {
      return {
        body: strToU8(toCsv(spec.columns.map((c) => c.name), csvRecords(spec, rows))),
        contentType: "text/csv; charset=utf-8; header=present",
        contentDisposition: contentDisposition("attachment", stem(target.dataset), "csv"),
      };
    }
    const json = { meta: jsonMeta(target.dataset, query, version, rows, documents, siteUrl), rows };
    return {
      body: strToU8(JSON.stringify(json, null, 2)),
      contentType: "application/json; charset=utf-8",
      contentDisposition: contentDisposition("inline", stem(target.dataset), "json"),
    };
  }
  const domain = await filterDomain(version);
  const dataPackage = buildDataPackage(version, documents, domain);
  if (target.kind === "datapackage") {
    return {
      body: strToU8(JSON.stringify(dataPackage, null, 2)),
      contentType: "application/json; charset=utf-8",
      contentDisposition: contentDisposition("inline", `datapackage_v${version.dataVersion}`, "json"),
    };
  }
  const files: Record<string, Uint8Array> = {};
  const rowsByDataset: Record<string, ExportRow[]> = {};
  for (const dataset of DATASETS) {
    const rows = await loadRows(dataset, query, documents);
    const spec = DATASET_SPECS[dataset];
    rowsByDataset[dataset] = rows;
    files[csvPath(dataset)] = strToU8(toCsv(spec.columns.map((c) => c.name), csvRecords(spec, rows)));
  }
  const metricValues = await listMetricValues({ districts: query.districts, years: query.years, metrics: query.metrics });
  files["datapackage.json"] = strToU8(JSON.stringify(dataPackage, null, 2));
  files["README.txt"] = strToU8(
    buildReadme({ version, documents: citedDocuments(Object.values(rowsByDataset).flat(), documents), metricValues, rowsByDataset, query, siteUrl }),
  );
  // The import time as every entry's mtime: the same data gives the same bytes.
  return {
    body: zipSync(files, { level: 6, mtime: new Date(version.importedAt) }),
    contentType: "application/zip",
    contentDisposition: contentDisposition("attachment", stem("export"), "zip"),
  };
}

const CACHE_LIMIT = 64;
const renderedCache = new Map<string, RenderedExport>();

/** Rendered body for (data version, canonical URL), computed once; the oldest entry goes first when full. */
export async function renderExport(target: ExportTarget, query: ExportQuery, version: DataVersion, siteUrl: string, canonicalUrl: string): Promise<RenderedExport> {
  const key = `${version.dataVersion} ${canonicalUrl}`;
  const cached = renderedCache.get(key);
  if (cached) return cached;
  const rendered = await render(target, query, version, siteUrl);
  // An import that committed while we read may have mixed old and new rows: serve them once, never cache them.
  if ((await getDataVersion())?.dataVersion !== version.dataVersion) return rendered;
  renderedCache.set(key, rendered);
  if (renderedCache.size > CACHE_LIMIT) {
    const oldest = renderedCache.keys().next().value;
    if (oldest !== undefined) renderedCache.delete(oldest);
  }
  return rendered;
}

function exportHeaders(etag: string): Record<string, string> {
  return {
    ETag: etag,
    "Cache-Control": EXPORT_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
    "Access-Control-Allow-Origin": "*",
  };
}

export function exportResponse(rendered: RenderedExport, etag: string): Response {
  return new Response(rendered.body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      ...exportHeaders(etag),
      "Content-Type": rendered.contentType,
      "Content-Disposition": rendered.contentDisposition,
    },
  });
}

export function notModifiedResponse(etag: string): Response {
  return new Response(null, { status: 304, headers: exportHeaders(etag) });
}

/** Runs a handler: ApiError → its status and message; anything else → 500 with a plain message (logged, no stack sent). */
export async function withApiErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    console.error("export failed:", error);
    return errorResponse(new ApiError(500, "Internal server error while building the export."));
  }
}
