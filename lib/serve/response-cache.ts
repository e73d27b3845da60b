// The front server's shared cache: whole 200 responses that Next marked public, kept in memory per data
// version and answered without entering Next's request pipeline. Pure: no sockets, no file system.
import { gzipSync } from "node:zlib";

export type HeaderMap = Record<string, string>;

export interface CachedResponse {
  headers: HeaderMap;
  body: Buffer;
  /** The same body gzip-compressed, when that is worth sending. */
  gzip: Buffer | null;
  /** Lower-cased request headers named by Vary (Accept-Encoding aside): a request carrying one goes to Next. */
  varyOn: readonly string[];
  /** Monotonic milliseconds after which the entry is stale (the response's s-maxage or max-age). */
  expiresAt: number;
}

/** Headers of the hop or of one particular transfer: never stored. */
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length", "date", "set-cookie"]);
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;
const MIN_GZIP_BYTES = 1024;

/**
 * The longest a shared cache (a CDN, or this front) may keep anything that follows the data: 5 minutes,
 * then it may serve the old copy for up to a day while it fetches the new one. Next marks prerendered pages
 * `s-maxage=31536000`, which would keep them a year past a re-import.
 */
export const SHARED_MAX_AGE = 300;
export const SHARED_STALE_WHILE_REVALIDATE = 86400;
const CAPPED = `public, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${SHARED_STALE_WHILE_REVALIDATE}`;

/** Cache-Control as the origin sends it: lifetimes over SHARED_MAX_AGE capped, immutable (hashed) assets left alone. */
export function cappedCacheControl(cacheControl: string): string {
  if (/\bimmutable\b/i.test(cacheControl)) return cacheControl;
  const lifetime = sharedMaxAge(cacheControl);
  return lifetime !== null && lifetime > SHARED_MAX_AGE ? CAPPED : cacheControl;
}

/** Seconds a shared cache may keep the response, or null when it may not keep it at all. */
export function sharedMaxAge(cacheControl: string | undefined): number | null {
  if (!cacheControl) return null;
  const directives = new Map(
    cacheControl.split(",").map((part) => {
      const [name = "", value = ""] = part.trim().toLowerCase().split("=");
      return [name, value.replace(/"/g, "")] as const;
    }),
  );
  if (directives.has("private") || directives.has("no-store") || directives.has("no-cache")) return null;
  const seconds = Number(directives.get("s-maxage") ?? directives.get("max-age") ?? Number.NaN);
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  if (!directives.has("public") && !directives.has("s-maxage")) return null;
  return seconds;
}

/**
 * A response the cache may keep: 200, public with a positive lifetime, no cookie, and not a page Next
 * served stale while it regenerates it (x-nextjs-cache: STALE): storing that would pin the old page.
 */
export function storable(status: number, headers: HeaderMap): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  if ((headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE") return false;
  return sharedMaxAge(headers["cache-control"]) !== null;
}

/** Builds the entry: transfer headers dropped, Vary parsed, gzip made once for text bodies. */
export function cachedResponse(headers: HeaderMap, body: Buffer, now: number): CachedResponse {
  const kept: HeaderMap = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_HEADERS.has(name)) kept[name] = value;
  const vary = (kept.vary ?? "").split(",").map((v) => v.trim().toLowerCase()).filter((v) => v !== "");
  const compress = COMPRESSIBLE.test(kept["content-type"] ?? "") && body.length >= MIN_GZIP_BYTES;
  if (compress && !vary.includes("accept-encoding")) kept.vary = [...(kept.vary ? [kept.vary] : []), "Accept-Encoding"].join(", ");
  return {
    headers: kept,
    body,
    gzip: compress ? gzipSync(body, { level: 9 }) : null,
    varyOn: vary.filter((v) => v !== "accept-encoding"),
    expiresAt: now + (sharedMaxAge(kept["cache-control"]) ?? 0) * 1000,
  };
}

/** True when the client accepts gzip (Accept-Encoding lists gzip or * without q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** If-None-Match against an entity tag, weak comparison (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * Entries by key, least recently used evicted first once the bodies exceed `maxBytes`.
 * `generation` changes on every clear, so a fill begun before a clear cannot store what it read.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  generation = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, now: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) {
      this.bytes -= size(entry);
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedResponse, generation: number): void {
    if (generation !== this.generation || size(entry) > this.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= size(previous);
    }
    this.entries.set(key, entry);
    this.bytes += size(entry);
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= size(old);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  get size(): number {
    return this.entries.size;
  }
}

const size = (entry: CachedResponse): number => entry.body.length + (entry.gzip?.length ?? 0);
