// The origin's front: answers repeated GETs of public responses (prerendered pages, exports, hashed
// assets) from memory, and passes everything else to Next. Next's own pipeline costs ~0.4 ms of
// CPU even for a static file, which caps it near 0.1 × a plain server on small bodies; this does not.
// Entries follow the data: the cache empties when the database file changes and after /api/revalidate.
// Every response also leaves with its shared-cache lifetime capped at 5 minutes (response-cache.ts).
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { acceptsGzip, cachedResponse, cappedCacheControl, etagMatches, ResponseCache, storable, type CachedResponse, type HeaderMap } from "./response-cache";

/** Sent by the front's own fill requests: they must reach Next, never the cache. */
export const FILL_HEADER = "x-front-fill";
const REVALIDATE_PATH = "/api/revalidate";

export interface FrontOptions {
  /** Next's request handler. */
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Where the server itself listens, for fill requests. */
  origin: () => { host: string; port: number };
  /** Changes whenever the data changes (the database file's size and mtime). */
  dataStamp: () => string;
  maxBytes?: number;
  now?: () => number;
}

export interface Front {
  handle(req: IncomingMessage, res: ServerResponse): void;
  cache: ResponseCache;
  /** Fill requests not yet answered. */
  fillsInFlight(): number;
}

/**
 * A request the cache may answer: GET or HEAD without range or date-based condition, keyed by its exact URL
 * (a query is part of it: `/api/lines.csv?district=baoshan` is one resource). Next's router requests carry
 * headers the stored response varies on, and go to Next.
 */
function cacheKey(req: IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (!url.startsWith("/") || req.headers[FILL_HEADER] !== undefined || req.headers.range !== undefined) return null;
  if (req.headers["if-modified-since"] !== undefined && req.headers["if-none-match"] === undefined) return null;
  // The scheme is part of absolute URLs some bodies carry (JSON meta, README in the ZIP).
  const proto = String(req.headers["x-forwarded-proto"] ?? "").includes("https") ? "https" : "http";
  return `${proto} ${url}`;
}

function headerMap(headers: IncomingHttpHeaders): HeaderMap {
  const map: HeaderMap = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) map[name] = Array.isArray(value) ? value.join(", ") : value;
  return map;
}

function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
  if (etagMatches(req.headers["if-none-match"], entry.headers.etag)) {
    const headers = Object.fromEntries(Object.entries(entry.headers).filter(([name]) => !name.startsWith("content-")));
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = entry.gzip !== null && acceptsGzip(req.headers["accept-encoding"]);
  const body = gzip && entry.gzip ? entry.gzip : entry.body;
  res.writeHead(200, { ...entry.headers, ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": String(body.length) });
  res.end(req.method === "HEAD" ? undefined : body);
}

export function createFront(options: FrontOptions): Front {
  const cache = new ResponseCache(options.maxBytes ?? 128 * 2 ** 20);
  const now = options.now ?? (() => performance.now());
  const filling = new Set<string>();
  let stamp = options.dataStamp();

  /** The stamp now; a changed one empties the cache first. */
  function currentStamp(): string {
    const latest = options.dataStamp();
    if (latest !== stamp) {
      stamp = latest;
      cache.clear();
    }
    return latest;
  }

  /** Asks Next for the path once more and keeps the answer if it may be shared and nothing changed meanwhile. */
  function fill(key: string, req: IncomingMessage): void {
    if (filling.has(key)) return;
    filling.add(key);
    const startStamp = stamp;
    const generation = cache.generation;
    const { host, port } = options.origin();
    const headers: Record<string, string> = { [FILL_HEADER]: "1", "accept-encoding": "identity" };
    if (req.headers.host) headers.host = req.headers.host;
    if (key.startsWith("https ")) headers["x-forwarded-proto"] = "https";
    const done = () => filling.delete(key);
    const fillRequest = httpRequest({ host, port, path: req.url, method: "GET", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", done);
      response.on("end", () => {
        done();
        const responseHeaders = headerMap(response.headers);
        if (!storable(response.statusCode ?? 0, responseHeaders) || currentStamp() !== startStamp) return;
        cache.set(key, cachedResponse(responseHeaders, Buffer.concat(chunks), now()), generation);
      });
    });
    fillRequest.on("error", done);
    fillRequest.end();
  }

  /**
   * Every Cache-Control Next sets goes out capped (see SHARED_MAX_AGE), from Next and from the cache alike; a page
   * Next serves stale while it renders the new one (after /api/revalidate) must not be kept downstream at all.
   */
  function capLifetimes(res: ServerResponse): void {
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) => {
      if (name.toLowerCase() !== "cache-control" || typeof value !== "string") return setHeader(name, value);
      return setHeader(name, String(res.getHeader("x-nextjs-cache")).toUpperCase() === "STALE" ? "no-cache" : cappedCacheControl(value));
    };
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const key = cacheKey(req);
    if (key !== null) {
      currentStamp();
      const entry = cache.get(key, now());
      if (entry && !entry.varyOn.some((name) => req.headers[name] !== undefined)) return send(req, res, entry);
      // A router request (RSC payload) never fills: the fill would fetch the HTML under its URL.
      if (!entry && req.headers.rsc === undefined) fill(key, req);
    } else if (req.method === "POST" && req.url === REVALIDATE_PATH) {
      // Next rebuilds its pages on their next request: forget ours once it has accepted the call.
      res.once("finish", () => {
        if (res.statusCode === 200) cache.clear();
      });
    }
    capLifetimes(res);
    void options.next(req, res);
  }

  return { handle, cache, fillsInFlight: () => filling.size };
}
