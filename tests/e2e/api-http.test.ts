// The README's HTTP promises for the exports (README.md "Exports"): GET and HEAD alike,
// Access-Control-Allow-Origin: * on every answer, never framed, and 503 with a plain message before any import.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { DATASETS } from "../../lib/api/links";
import { freshDatabase } from "../db";
import { copyOfBuiltApp, startServer, type RunningServer } from "./harness";

let server: RunningServer;
const get = (path: string, init?: RequestInit) => fetch(`${server.baseUrl}${path}`, init);

before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

describe("README promises: CORS, HEAD, frames", () => {
  const EXPORTS = [...DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]), "datapackage.json", "export.zip"].map((f) => `/api/${f}`);

  it("every export answers HEAD as GET (same status and headers, no body) and sends Access-Control-Allow-Origin: *", async () => {
    for (const p of [...EXPORTS, "/api/district/baoshan/year/2023/metrics.csv"]) {
      const got = await get(p);
      await got.arrayBuffer();
      const head = await get(p, { method: "HEAD" });
      assert.equal(got.status, 200, p);
      assert.equal(head.status, 200, `${p} HEAD`);
      assert.equal(got.headers.get("access-control-allow-origin"), "*", p);
      assert.equal(head.headers.get("access-control-allow-origin"), "*", `${p} HEAD`);
      for (const name of ["content-type", "content-disposition", "etag", "cache-control"]) assert.equal(head.headers.get(name), got.headers.get(name), `${p} HEAD ${name}`);
      assert.equal((await head.arrayBuffer()).byteLength, 0, `${p} HEAD has no body`);
      // The exports are data for other sites, not pages: they may be fetched cross-origin, never framed.
      assert.equal(got.headers.get("x-frame-options"), "DENY", p);
    }
  });

  it("304, 400 and 405 answers send Access-Control-Allow-Origin: * too (a cross-origin script can read the error)", async () => {
    const first = await get("/api/metrics.csv");
    await first.arrayBuffer();
    const notModified = await get("/api/metrics.csv", { headers: { "If-None-Match": first.headers.get("etag") ?? "" } });
    assert.equal(notModified.status, 304);
    const bad = await get("/api/metrics.csv?district=pudong");
    assert.equal(bad.status, 400);
    const post = await get("/api/metrics.csv", { method: "POST" });
    assert.equal(post.status, 405);
    for (const response of [notModified, bad, post]) {
      assert.equal(response.headers.get("access-control-allow-origin"), "*", String(response.status));
      await response.arrayBuffer();
    }
  });
});

describe("no data imported yet", () => {
  let empty: RunningServer;
  before(async () => {
    // A database with the schema and no import, as after `npm run db:migrate` on a new machine.
    empty = await startServer({ databaseUrl: freshDatabase().url, cwd: copyOfBuiltApp() });
  });
  after(async () => {
    await empty?.stop();
  });

  it("every export answers 503 with a plain message in the error shape, never 500", async () => {
    for (const file of [...DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]), "datapackage.json", "export.zip"]) {
      const response = await fetch(`${empty.baseUrl}/api/${file}`);
      assert.equal(response.status, 503, file);
      assert.match(response.headers.get("content-type") ?? "", /^application\/json/, file);
      assert.equal(response.headers.get("cache-control"), "no-store", file);
      const body = (await response.json()) as { error: { message: string } };
      assert.equal(body.error.message, "No data has been imported yet (run npm run db:prepare).", file);
    }
  });
});
