import "server-only";
// The one GET handler behind every export route (app/api/<file>/route.ts). Orchestration only:
// which file → data version → validated query → 304 or the (cached) rendered body.
import type { NextRequest } from "next/server";
import { ApiError, errorResponse } from "./errors";
import { acceptedParams, exportResponse, filterDomain, notModifiedResponse, renderExport, requireDataVersion, resolveExportTarget, withApiErrors } from "./export";
import { exportEtag, matchesIfNoneMatch } from "./http";
import { canonicalQuery, parseExportQuery } from "./params";

export function exportGet(fileName: string): (request: NextRequest) => Promise<Response> {
  return (request) =>
    withApiErrors(async () => {
      const target = resolveExportTarget(fileName);
      const version = await requireDataVersion();
      const query = parseExportQuery(request.nextUrl.searchParams, await filterDomain(version), acceptedParams(target));
      const search = canonicalQuery(query);
      const canonicalUrl = `${request.nextUrl.origin}/api/${target.fileName}${search ? `?${search}` : ""}`;
      const etag = exportEtag(version.dataVersion, canonicalUrl);
      if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModifiedResponse(etag);
      return exportResponse(await renderExport(target, query, version, request.nextUrl.origin, canonicalUrl), etag);
    });
}

/** Other methods: 405 in the shared error shape. */
export async function methodNotAllowed(): Promise<Response> {
  const response = errorResponse(new ApiError(405, "Method not allowed: the exports are read-only (GET or HEAD)."));
  response.headers.set("Allow", "GET, HEAD");
  return response;
}
