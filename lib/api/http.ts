// HTTP details of the export responses: file names, Content-Disposition, ETag, caching. Pure.
import { createHash } from "node:crypto";
import type { ExportQuery } from "./params";

export const ASCII_NAME_PREFIX = "shanghai-medins-budgets";
export const UTF8_NAME_PREFIX = "上海区医保局预算";

/**
 * Data changes only on import and the ETag carries the data version: browsers and proxies may reuse a
 * copy for 5 minutes, then revalidate (a cheap 304); a stale copy may be served for a day while they do.
 */
export const EXPORT_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/** `<dataset>[_district-a+b][_year-2023][_metric-x]_v<version>.<ext>`: the name says what is inside. */
export function exportFileStem(dataset: string, query: ExportQuery, dataVersion: string): string {
  const parts = [dataset];
  if (query.districts.length) parts.push(`district-${query.districts.join("+")}`);
  if (query.years.length) parts.push(`year-${query.years.join("+")}`);
  if (query.metrics.length) parts.push(`metric-${query.metrics.join("+")}`);
  parts.push(`v${dataVersion}`);
  return parts.join("_");
}

/** RFC 5987 value: percent-encoded UTF-8, with the characters encodeURIComponent leaves but the RFC does not allow. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266): old clients take the ASCII name. */
export function contentDisposition(kind: "attachment" | "inline", stem: string, extension: string): string {
  const ascii = `${ASCII_NAME_PREFIX}_${stem}.${extension}`.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const utf8 = `${UTF8_NAME_PREFIX}_${stem}.${extension}`;
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${rfc5987(utf8)}`;
}

/** Weak ETag from the data version and the canonical URL: equal for equivalent URLs of the same data. */
export function exportEtag(dataVersion: string, canonicalUrl: string): string {
  const digest = createHash("sha256").update(`${dataVersion}\n${canonicalUrl}`).digest("base64url").slice(0, 22);
  return `W/"${dataVersion}-${digest}"`;
}

/** If-None-Match with weak comparison (RFC 9110 §13.1.2), "*" included. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
