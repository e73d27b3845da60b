// The front (lib/serve/front.ts) over real sockets, in front of a stand-in for Next that counts what reaches it.
// The built app behind the real front is tested in tests/e2e (the harness starts `npm start`'s server).
import assert from "node:assert/strict";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { after, before, beforeEach, describe, it } from "node:test";
import { createFront, FILL_HEADER, type Front } from "../lib/serve/front";
import { acceptsGzip, cappedCacheControl, sharedMaxAge, storable } from "../lib/serve/response-cache";

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const PAGE_HEADERS = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=300, stale-while-revalidate=86100", etag: '"page-1"', vary: "rsc, next-router-state-tree, Accept-Encoding" };

describe("front cache", () => {
  let server: Server;
  let front: Front;
  let port = 0;
  let stamp = "v1";
  let clock = 0;
  let upstream: Array<{ url: string; fill: boolean }> = [];
  let pageBody = "<html>" + "页".repeat(2000) + "</html>";
  let pageHeaders: Record<string, string> = PAGE_HEADERS;

  function fakeNext(req: IncomingMessage, res: ServerResponse): Promise<void> {
    upstream.push({ url: req.url ?? "", fill: req.headers[FILL_HEADER] !== undefined });
    if (req.url === "/api/revalidate") res.writeHead(200, { "content-type": "application/json" }).end("{}");
    else if (req.url === "/private") res.writeHead(200, { "cache-control": "private, max-age=60" }).end("mine");
    else if (req.url?.startsWith("/page")) {
      // As Next does: headers set one by one, then the body.
      for (const [name, value] of Object.entries(pageHeaders)) res.setHeader(name, value);
      res.writeHead(200).end(pageBody);
    } else if (req.url === "/year" || req.url === "/asset") {
      res.setHeader("cache-control", req.url === "/year" ? "s-maxage=31536000" : "public, max-age=31536000, immutable");
      res.writeHead(200).end("body");
    } else res.writeHead(404, { "cache-control": "no-store" }).end("no");
    return Promise.resolve();
  }

  function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer & { raw: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const headerMap = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
          const body = headerMap["content-encoding"] === "gzip" ? gunzipSync(raw).toString() : raw.toString();
          resolve({ status: res.statusCode ?? 0, headers: headerMap, body, raw });
        });
      });
      req.on("error", reject);
      req.end();
    });
  }

  /** Waits until the fills that misses started have landed: deterministic, no sleeps in assertions. */
  async function settled(): Promise<void> {
    while (front.fillsInFlight() > 0) await new Promise((r) => setTimeout(r, 2));
  }

  before(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    port = typeof address === "object" && address ? address.port : 0;
    front = createFront({ next: fakeNext, origin: () => ({ host: "127.0.0.1", port }), dataStamp: () => stamp, now: () => clock });
    server.on("request", front.handle);
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    front.cache.clear();
    upstream = [];
    stamp = "v1";
    clock = 0;
    pageHeaders = PAGE_HEADERS;
  });

  it("answers the second GET of a public page from memory with the same bytes and headers", async () => {
    const first = await get("/page");
    await settled();
    const reached = upstream.length;
    const second = await get("/page");
    assert.equal(upstream.length, reached, "the second request did not reach Next");
    assert.equal(second.body, first.body);
    assert.equal(second.headers["cache-control"], PAGE_HEADERS["cache-control"]);
    assert.equal(second.headers.etag, '"page-1"');
    assert.equal(second.headers["content-length"], String(Buffer.byteLength(pageBody)));
  });

  it("sends gzip to clients that accept it, identity to others, and says it varies on Accept-Encoding", async () => {
    await get("/page");
    await settled();
    const gz = await get("/page", { "accept-encoding": "gzip, br" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.ok(gz.raw.length < Buffer.byteLength(pageBody));
    assert.equal(gz.body, pageBody);
    assert.match(gz.headers.vary ?? "", /Accept-Encoding/);
    const plain = await get("/page", { "accept-encoding": "gzip;q=0" });
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.body, pageBody);
  });

  it("answers If-None-Match with 304 and HEAD without a body", async () => {
    await get("/page");
    await settled();
    const notModified = await get("/page", { "if-none-match": 'W/"page-1"' });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.raw.length, 0);
    const head = await get("/page", {}, "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.raw.length, 0);
  });

  it("keys entries by the whole URL, query included", async () => {
    await get("/page?district=a");
    await settled();
    const reached = upstream.length;
    await get("/page?district=a");
    assert.equal(upstream.length, reached, "the same query again did not reach Next");
    await get("/page?district=b");
    assert.equal(upstream.filter((u) => !u.fill).length, 2, "another query did");
  });

  it("passes router requests (Vary), ranges and private or failed responses to Next every time", async () => {
    await get("/page");
    await settled();
    for (const [path, headers] of [["/page", { rsc: "1" }], ["/page?_rsc=1", { rsc: "1" }], ["/page", { range: "bytes=0-9" }], ["/private", {}], ["/private", {}], ["/missing", {}], ["/missing", {}]] as const) {
      const before = upstream.filter((u) => !u.fill).length;
      await get(path, headers);
      await settled();
      assert.equal(upstream.filter((u) => !u.fill).length, before + 1, `${path} ${JSON.stringify(headers)} reached Next`);
    }
  });

  it("forgets everything when the data changes, after /api/revalidate, and when the entry's s-maxage has passed", async () => {
    const count = () => upstream.filter((u) => !u.fill).length;
    await get("/page");
    await settled();
    stamp = "v2";
    await get("/page");
    assert.equal(count(), 2, "a new data version goes to Next");
    await settled();
    await get("/page");
    assert.equal(count(), 2, "and is cached again");
    await get("/api/revalidate", {}, "POST");
    await settled();
    await get("/page");
    assert.equal(count(), 4, "revalidation empties the cache");
    await settled();
    clock += 301_000;
    await get("/page");
    assert.equal(count(), 5, "an entry older than its s-maxage goes to Next");
  });

  it("caps what shared caches may keep at 5 minutes, hashed assets aside", async () => {
    assert.equal((await get("/year")).headers["cache-control"], "public, s-maxage=300, stale-while-revalidate=86400");
    await settled();
    assert.equal((await get("/year")).headers["cache-control"], "public, s-maxage=300, stale-while-revalidate=86400", "from the cache too");
    assert.equal((await get("/asset")).headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(cappedCacheControl("public, max-age=300, stale-while-revalidate=86400"), "public, max-age=300, stale-while-revalidate=86400");
    assert.equal(cappedCacheControl("private, no-cache, no-store, max-age=0, must-revalidate"), "private, no-cache, no-store, max-age=0, must-revalidate");
  });

  it("never keeps a page Next served stale while regenerating it", async () => {
    pageHeaders = { ...PAGE_HEADERS, "x-nextjs-cache": "STALE" };
    await get("/page");
    await settled();
    const before = upstream.filter((u) => !u.fill).length;
    await get("/page");
    assert.equal(upstream.filter((u) => !u.fill).length, before + 1);
  });
});

describe("cache rules", () => {
  it("reads the shared lifetime from Cache-Control", () => {
    assert.equal(sharedMaxAge("s-maxage=300, stale-while-revalidate=86100"), 300);
    assert.equal(sharedMaxAge("public, max-age=300, stale-while-revalidate=86400"), 300);
    assert.equal(sharedMaxAge("public, max-age=31536000, immutable"), 31536000);
    assert.equal(sharedMaxAge("public, max-age=0"), null);
    assert.equal(sharedMaxAge("max-age=60"), null, "not public, no s-maxage");
    assert.equal(sharedMaxAge("private, no-cache, no-store, max-age=0, must-revalidate"), null);
    assert.equal(sharedMaxAge(undefined), null);
  });
  it("stores only 200s without cookies that are not stale", () => {
    assert.ok(storable(200, { "cache-control": "s-maxage=300" }));
    assert.ok(!storable(404, { "cache-control": "s-maxage=300" }));
    assert.ok(!storable(200, { "cache-control": "s-maxage=300", "set-cookie": "a=b" }));
    assert.ok(!storable(200, { "cache-control": "s-maxage=300", "x-nextjs-cache": "STALE" }));
  });
  it("reads Accept-Encoding with q-values", () => {
    assert.ok(acceptsGzip("gzip, deflate, br"));
    assert.ok(acceptsGzip("br;q=1.0, gzip;q=0.8"));
    assert.ok(acceptsGzip("*"));
    assert.ok(!acceptsGzip("gzip;q=0"));
    assert.ok(!acceptsGzip("identity"));
    assert.ok(!acceptsGzip(undefined));
  });
});
