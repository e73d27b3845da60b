import "server-only";
// The GET handlers behind every export route: `/api/<file>?filters` (app/api/<file>/route.ts) and the path form
// `/api/district/…/year/…/metric/…/<file>` (app/api/{district,year,metric}/[...filter]/route.ts).
// Orchestration only: which file → data version → validated query → 304 or the (cached) rendered body.
import type { NextRequest } from "next/server";
import { ApiError, errorResponse } from "./errors";
import { acceptedParams, exportResponse, filterDomain, notModifiedResponse, renderExport, requireDataVersion, resolveExportTarget, withApiErrors, type ExportTarget } from "./export";
import { exportEtag, matchesIfNoneMatch } from "./http";
import { exportFileHref } from "./links";
import { canonicalQuery, FILTER_PARAMS, parseExportQuery, type ExportQuery, type FilterParam } from "./params";

/** The public address the exports cite (JSON meta, README in the ZIP); the pages' metadataBase uses the same. */
function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

async function respond(request: NextRequest, target: ExportTarget, params: URLSearchParams): Promise<Response> {
  const version = await requireDataVersion();
  const query = parseExportQuery(params, await filterDomain(version), acceptedParams(target));
  const search = canonicalQuery(query);
  const site = siteUrl();
  const canonicalUrl = `${site}/api/${target.fileName}${search ? `?${search}` : ""}`;
  const etag = exportEtag(version.dataVersion, canonicalUrl);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModifiedResponse(etag);
  return exportResponse(await renderExport(target, query, version, site, canonicalUrl), etag);
}

export function exportGet(fileName: string): (request: NextRequest) => Promise<Response> {
  return (request) => withApiErrors(() => respond(request, resolveExportTarget(fileName), request.nextUrl.searchParams));
}

const filterNames: readonly string[] = FILTER_PARAMS;

/** `[district, a,b, year, 2023, metrics.csv]` → the file and its filters; null when the path has another shape. */
function parseFilterPath(segments: readonly string[]): { fileName: string; params: URLSearchParams } | null {
  const fileName = segments.at(-1);
  const pairs = segments.slice(0, -1);
  if (fileName === undefined || pairs.length === 0 || pairs.length % 2 !== 0) return null;
  const params = new URLSearchParams();
  for (let i = 0; i < pairs.length; i += 2) {
    const name = pairs[i] ?? "";
    if (!filterNames.includes(name) || params.has(name)) return null;
    params.set(name, pairs[i + 1] ?? "");
  }
  return { fileName, params };
}

const asFilter = (query: ExportQuery) => ({ district: query.districts, year: query.years, metric: query.metrics });

/**
 * The path form of a filtered export. A path that names no export or no valid filter is a 404 (as on the
 * static copy, where no such file exists); one written in another order or spelling redirects to the
 * canonical path, so each filtered export has one URL.
 */
export function filteredExportGet(first: FilterParam): (request: NextRequest, context: { params: Promise<{ filter: string[] }> }) => Promise<Response> {
  return (request, context) =>
    withApiErrors(async () => {
      const segments = [first, ...(await context.params).filter];
      const parsed = parseFilterPath(segments);
      const notFound = new ApiError(404, `No export at ${request.nextUrl.pathname}. Filtered exports look like /api/district/<district>/year/<year>/metric/<metric>/metrics.csv.`);
      if (!parsed || [...request.nextUrl.searchParams.keys()].length > 0) throw notFound;
      const target = resolveExportTarget(parsed.fileName);
      if (target.kind === "datapackage") throw notFound;
      let query: ExportQuery;
      try {
        query = parseExportQuery(parsed.params, await filterDomain(await requireDataVersion()), acceptedParams(target));
      } catch (error) {
        throw error instanceof ApiError && error.status === 400 ? new ApiError(404, error.message, error.param, error.allowed) : error;
      }
      const canonical = exportFileHref(target.fileName, asFilter(query));
      // A relative Location: the origin Next sees is its bind address, not the public one.
      if (canonical !== segmentsPath(segments)) return new Response(null, { status: 308, headers: { Location: canonical, "Cache-Control": "public, max-age=86400" } });
      return respond(request, target, parsed.params);
    });
}

const segmentsPath = (segments: readonly string[]) => `/api/${segments.join("/")}`;

/** Other methods: 405 in the shared error shape. */
export async function methodNotAllowed(): Promise<Response> {
  const response = errorResponse(new ApiError(405, "Method not allowed: the exports are read-only (GET or HEAD)."));
  response.headers.set("Allow", "GET, HEAD");
  return response;
}
