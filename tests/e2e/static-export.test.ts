// npm run export:static against the built app: the copy served by a plain static file server (Node's http,
// no knowledge of the app) answers every link reachable from / with the bytes the Node server sends.
// Also the path form of filtered exports the copy relies on (/api/district/<d>/…/<file>).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { DATASETS, exportFileHref } from "../../lib/api/links";
import { METRICS } from "../../lib/domain/metrics";
import { fetchRaw } from "../../lib/static-export/export";
import { E2E_DATABASE_URL, launchBrowser, ROOT, startServer, type RunningServer } from "./harness";
import { getFollowing, listen, staticServer, walk, type Walk } from "./static-server";

const EXPORT_FILE_NAMES = [...DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]), "datapackage.json", "export.zip"];

describe("static copy (npm run export:static)", () => {
  let dir = "";
  let app: RunningServer;
  let files: Server;
  let staticUrl = "";
  let walked: Walk["pages"] = new Map();
  let failures: string[] = [];

  before(async () => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), "static-copy-")), "site");
    execFileSync("npm", ["run", "--silent", "export:static", "--", dir], { cwd: ROOT, env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL }, stdio: "pipe" });
    app = await startServer();
    files = staticServer(dir);
    staticUrl = await listen(files);

    // Walk every link from / on the static server.
    const result = await walk(staticUrl, "http://localhost:3000");
    walked = result.pages;
    failures = result.failures;
  });

  after(async () => {
    await app?.stop();
    await new Promise<void>((resolve) => (files ? files.close(() => resolve()) : resolve()));
    if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("answers every link reachable from / (pages, exports, scripts, styles, images) with 200", () => {
    assert.deepEqual(failures, []);
    const urls = [...walked.keys()];
    assert.ok(urls.some((u) => u.startsWith("/_next/static/chunks/") && u.endsWith(".js")), "scripts walked");
    assert.ok(urls.some((u) => u.endsWith(".css")), "styles walked");
    assert.ok(urls.includes("/favicon.svg"), "icon walked");
    assert.ok(urls.some((u) => u.startsWith("/api/") && u.endsWith(".csv")), "CSV links walked");
  });

  it("serves pages as HTML and holds every page of the data", () => {
    const sql = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
    const districts = (sql.prepare("SELECT slug FROM District").all() as Array<{ slug: string }>).map((r) => r.slug);
    const documents = (sql.prepare("SELECT fileName FROM SourceDocument").all() as Array<{ fileName: string }>).map((r) => r.fileName);
    sql.close();
    const pages = ["/", "/audit", "/about", "/districts", ...METRICS.map((m) => `/metrics/${m}`), ...districts.map((d) => `/districts/${d}`), ...documents.map((f) => `/sources/${encodeURIComponent(f)}`)];
    for (const page of pages) {
      const answer = walked.get(page);
      assert.ok(answer, `${page} is linked from / (directly or not)`);
      assert.match(answer.contentType, /^text\/html/, page);
    }
  });

  it("sends the bytes the Node server sends, for every page, export and asset walked", async () => {
    let compared = 0;
    for (const [url, answer] of walked) {
      const fromApp = await fetchRaw(app.baseUrl, url);
      assert.equal(fromApp.status, 200, url);
      assert.ok(answer.body.equals(fromApp.body), `${url}: static copy differs from the Node server (${answer.body.length} vs ${fromApp.body.length} bytes)`);
      compared++;
    }
    assert.ok(compared > 50, `${compared} URLs compared`);
  });

  it("holds every unfiltered export and the per-district and per-metric exports as files, equal to the query form", async () => {
    const sql = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
    const districts = (sql.prepare("SELECT slug FROM District").all() as Array<{ slug: string }>).map((r) => r.slug);
    sql.close();
    const filtered = EXPORT_FILE_NAMES.filter((f) => f !== "datapackage.json");
    const expected = [
      ...EXPORT_FILE_NAMES.map((f) => ({ href: exportFileHref(f), query: `/api/${f}` })),
      ...districts.flatMap((d) => filtered.map((f) => ({ href: exportFileHref(f, { district: [d] }), query: `/api/${f}?district=${d}` }))),
      ...METRICS.flatMap((m) => filtered.map((f) => ({ href: exportFileHref(f, { metric: [m] }), query: `/api/${f}?metric=${m}` }))),
    ];
    for (const { href, query } of expected) {
      const answer = await getFollowing(staticUrl, href);
      assert.equal(answer.status, 200, href);
      const fromApp = await fetchRaw(app.baseUrl, query);
      assert.ok(answer.body.equals(fromApp.body), `${href} equals ${query} on the Node server`);
    }
  });

  it("runs in Chromium from the static server: no failed request, no script error, the charts load", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
      page.on("requestfailed", (r) => problems.push(`failed ${r.url()}: ${r.failure()?.errorText ?? ""}`));
      await page.goto(`${staticUrl}/metrics/medical-assistance/`, { waitUntil: "load" });
      await page.locator("main").evaluate((main) => main.scrollIntoView({ block: "end" }));
      await page.locator(".recharts-wrapper").first().waitFor({ timeout: 30_000 });
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
});

describe("filtered exports in path form (the links the pages and the static copy use)", () => {
  let app: RunningServer;
  before(async () => {
    app = await startServer();
  });
  after(async () => {
    await app?.stop();
  });
  const get = (p: string) => fetch(app.baseUrl + p, { redirect: "manual" });

  it("sends the same bytes and ETag as the query form", async () => {
    const byPath = await get("/api/district/baoshan/year/2023/lines.csv");
    const byQuery = await get("/api/lines.csv?year=2023&district=baoshan");
    assert.equal(byPath.status, 200);
    assert.equal(byPath.headers.get("etag"), byQuery.headers.get("etag"));
    assert.equal(byPath.headers.get("content-disposition"), byQuery.headers.get("content-disposition"));
    assert.ok(Buffer.from(await byPath.arrayBuffer()).equals(Buffer.from(await byQuery.arrayBuffer())));
  });

  it("redirects another order or spelling to the one canonical path", async () => {
    const response = await get("/api/metric/mutual-aid/district/putuo,baoshan,putuo/metrics.csv");
    assert.equal(response.status, 308);
    assert.equal(response.headers.get("location"), "/api/district/baoshan,putuo/metric/mutual-aid/metrics.csv");
  });

  it("answers a path naming no export or an unknown value with 404, a malformed one with 400, in plain words", async () => {
    for (const p of ["/api/district/pudong/metrics.csv", "/api/district/baoshan/nothing.csv", "/api/district/baoshan/datapackage.json", "/api/year/1999/lines.csv", "/api/district/baoshan", "/api/colour/red/metrics.csv"]) {
      const response = await get(p);
      assert.equal(response.status, 404, p);
      const body = await response.text();
      assert.doesNotMatch(body, /at \w+ \(|node_modules/, `${p}: no stack`);
    }
    const unknown = (await (await get("/api/district/pudong/metrics.csv")).json()) as { error: { message: string } };
    assert.match(unknown.error.message, /Unknown district "pudong"/);
    assert.equal((await get("/api/district/%zz/metrics.csv")).status, 400);
  });
});
