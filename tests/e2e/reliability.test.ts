// Fast reliability checks of the built app: security headers, fuzzed bad requests, a short load,
// and an import while serving. `npm run soak` runs the long versions (see package.json).
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { E2E_DATABASE_URL, ROOT, copyOfBuiltApp, startServer, type RunningServer } from "./harness";
import { EXPORT_PATHS, PAGE_PATHS } from "./urls";

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const LOAD_CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 16);
const FUZZ_COUNT = Number(process.env.FUZZ_COUNT ?? 500);
const SOAK = process.env.SOAK === "1";
const WARM_UP_SECONDS = 15;

/** GET with the path sent exactly as given (no URL normalisation of "../"). */
function rawGet(baseUrl: string, rawPath: string): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: "GET" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Deterministic pseudo-random numbers (mulberry32) so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  "../../../../etc/passwd", "..%2f..%2f..%2fpackage.json", "%2e%2e%2f%2e%2e%2fpackage.json", "....//....//package.json", "%E0%A4%A", "%", "%zz", "%00",
  "'%20OR%201=1%20--", "%3Cscript%3Ealert(1)%3C/script%3E", "%E2%80%AE", "%F0%A0%9C%8E", "x".repeat(4000), "", ",,,", "baoshan,", "2023;DROP%20TABLE%20District",
  "NaN", "-1", "99999999999999999999", "1e309", "%C0%AE%C0%AE%2F", "..\\..\\package.json", "%252e%252e%252f", "null", "undefined", "__proto__", "constructor",
];
const PREFIXES = ["/metrics/", "/districts/", "/sources/", "/sources/..%2f", "/api/", "/audit/", "/about/", "/metrics/medical-assistance/"];
const PARAM_PAGES = ["/", "/metrics/medical-assistance", "/districts/baoshan", "/audit", ...EXPORT_PATHS.filter((p) => !p.endsWith(".zip"))];
const PARAMS = ["district", "year", "metric", "unit", "severity", "document", "file", "view"];

function fuzzPaths(count: number): string[] {
  const next = random(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const paths: string[] = [];
  while (paths.length < count) {
    const kind = next();
    if (kind < 0.4) paths.push(pick(PREFIXES) + pick(NASTY));
    else {
      const n = 1 + Math.floor(next() * 4);
      const query = Array.from({ length: n }, () => `${pick(PARAMS)}=${pick(NASTY)}`).join("&");
      paths.push(`${pick(PARAM_PAGES)}?${next() < 0.2 ? `${query}&${query}` : query}`);
    }
  }
  return paths;
}

const LEAKS = [/\n\s+at\s+\S+\s+\(/, /node_modules\//, new RegExp(ROOT.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), /root:x:0:0/, /"devDependencies"/, /PRIVATE KEY/];

describe("the built app under bad input and load", () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it("sends security headers on every page and export", async () => {
    for (const p of [...PAGE_PATHS, ...EXPORT_PATHS]) {
      const response = await fetch(server.baseUrl + p);
      assert.equal(response.status, 200, p);
      const csp = response.headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'self'/, `${p} CSP`);
      assert.match(csp, /frame-ancestors 'none'/, `${p} frame-ancestors`);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", p);
      assert.equal(response.headers.get("x-frame-options"), "DENY", p);
      assert.ok(response.headers.get("referrer-policy"), `${p} Referrer-Policy`);
      assert.ok(response.headers.get("permissions-policy"), `${p} Permissions-Policy`);
      assert.equal(response.headers.get("x-powered-by"), null, p);
    }
  });

  it(`answers ${FUZZ_COUNT} fuzzed bad requests with 2xx/3xx/4xx, no stack trace and no file outside the sources`, async () => {
    const failures: string[] = [];
    for (const p of fuzzPaths(FUZZ_COUNT)) {
      let response;
      try {
        response = await rawGet(server.baseUrl, p);
      } catch (error) {
        failures.push(`${p.slice(0, 80)}: ${String(error)}`);
        continue;
      }
      if (response.status >= 500) failures.push(`${p.slice(0, 80)}: ${response.status}`);
      for (const leak of LEAKS) if (leak.test(response.body)) failures.push(`${p.slice(0, 80)}: body matches ${leak}`);
    }
    assert.deepEqual(failures, []);
  });

  it(`serves ${LOAD_SECONDS} s at ${LOAD_CONNECTIONS} connections over all pages and exports without an error`, async () => {
    const requests = [...PAGE_PATHS, ...EXPORT_PATHS].map((p) => ({ method: "GET", path: p }));
    const result = await autocannon({ url: server.baseUrl, connections: LOAD_CONNECTIONS, duration: LOAD_SECONDS, requests });
    assert.equal(result.errors, 0, "connection errors");
    assert.equal(result.timeouts, 0, "timeouts");
    assert.equal(result.non2xx, 0, "non-2xx answers to valid URLs");
    assert.ok(result["2xx"] >= requests.length, `only ${result["2xx"]} answers in ${LOAD_SECONDS} s`);
  });

  // Memory only in the soak (npm run soak): a cold server grows for its first seconds (JIT, caches),
  // which is warm-up, not a leak; a leak shows as growth between two measurements after warm-up.
  if (SOAK) {
    it(`keeps its memory within 20 % over ${LOAD_SECONDS} s at ${LOAD_CONNECTIONS} connections after a warm-up`, async () => {
      const requests = [...PAGE_PATHS, ...EXPORT_PATHS].map((p) => ({ method: "GET", path: p }));
      await autocannon({ url: server.baseUrl, connections: LOAD_CONNECTIONS, duration: WARM_UP_SECONDS, requests });
      const before = rssKb(server.pid);
      const result = await autocannon({ url: server.baseUrl, connections: LOAD_CONNECTIONS, duration: LOAD_SECONDS, requests });
      const afterRss = rssKb(server.pid);
      assert.equal(result.errors + result.timeouts + result.non2xx, 0, "errors, timeouts or non-2xx answers");
      console.log(`# RSS after ${WARM_UP_SECONDS} s warm-up ${before} kB, after ${LOAD_SECONDS} s more ${afterRss} kB`);
      assert.ok(afterRss <= before * 1.2, `RSS grew from ${before} kB to ${afterRss} kB`);
    });
  }
});

describe("import while serving", () => {
  it("keeps answering with the old data during an import and shows the new data after it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "serve-import-"));
    const dbFile = path.join(dir, "budget.db");
    copyFileSync(E2E_DATABASE_URL.slice("file:".length), dbFile);
    const corpus = path.join(dir, "corpus");
    execFileSync(process.execPath, ["--import", "tsx", "scripts/generate-corpus.ts", "--out", corpus, "--count", "60", "--seed", "7"], { cwd: ROOT, stdio: "pipe" });
    const token = "test-token";
    const dataVersion = () => {
      const db = new Database(dbFile, { readonly: true });
      try {
        return String((db.prepare("SELECT dataVersion FROM ImportRun ORDER BY id DESC LIMIT 1").get() as { dataVersion: unknown }).dataVersion);
      } finally {
        db.close();
      }
    };
    const oldVersion = dataVersion();
    // Revalidated pages are written into the server's .next: give this server its own copy.
    const server = await startServer({ databaseUrl: `file:${dbFile}`, env: { REVALIDATE_TOKEN: token }, cwd: copyOfBuiltApp() });
    try {
      const oldHome = await (await fetch(`${server.baseUrl}/`)).text();
      assert.doesNotMatch(oldHome, /黄浦/);
      const oldCsv = await (await fetch(`${server.baseUrl}/api/metrics.csv`)).text();
      const importer = spawn(process.execPath, ["--import", "tsx", "scripts/db-import.ts"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `file:${dbFile}`, SOURCES_DIR: corpus, REVALIDATE_URL: `${server.baseUrl}/api/revalidate`, REVALIDATE_TOKEN: token },
        stdio: ["ignore", "pipe", "ignore"],
      });
      const done = new Promise<number>((resolve) => importer.on("exit", (code) => resolve(code ?? 1)));
      // Paused (SIGSTOP) after it has parsed its first document, before its write transaction: whatever the
      // machine's speed, the requests below are answered while an import is under way.
      const paused = new Promise<void>((resolve, reject) => {
        void done.then((code) => reject(new Error(`the import exited (${code}) before it printed "parsed 1/…"`)));
        let printed = "";
        importer.stdout?.on("data", (chunk: Buffer) => {
          printed += chunk.toString();
          if (/^parsed 1\//m.test(printed) && importer.signalCode === null && !importer.killed) {
            importer.kill("SIGSTOP");
            resolve();
          }
        });
      });
      await paused;
      assert.equal(dataVersion(), oldVersion, "the import is paused before its commit");
      for (const p of ["/", "/metrics/medical-assistance"]) {
        const response = await fetch(server.baseUrl + p);
        assert.equal(response.status, 200, `${p} during import`);
        assert.doesNotMatch(await response.text(), /黄浦/, `${p} during import shows the old data`);
      }
      const during = await fetch(`${server.baseUrl}/api/metrics.csv`);
      assert.equal(during.status, 200);
      assert.equal(await during.text(), oldCsv, "metrics.csv during the import is the old data, byte for byte");
      importer.kill("SIGCONT");
      // Until the import exits, every answer is the old data or the new, never an error or a mix.
      const seen = new Set<string>();
      let finished = false;
      void done.then(() => (finished = true));
      while (!finished) {
        const response = await fetch(`${server.baseUrl}/api/metrics.csv`);
        assert.equal(response.status, 200, "metrics.csv while the import runs");
        seen.add(await response.text());
      }
      assert.equal(await done, 0, "import succeeded");
      assert.notEqual(dataVersion(), oldVersion, "the import committed a new data version");
      const newCsv = await (await fetch(`${server.baseUrl}/api/metrics.csv`)).text();
      assert.notEqual(newCsv, oldCsv);
      for (const body of seen) assert.ok(body === oldCsv || body === newCsv, "an answer during the import is neither the old nor the new export");
      const csv = await (await fetch(`${server.baseUrl}/api/metrics.csv?district=huangpu`)).text();
      assert.match(csv, /huangpu/, "the export shows the new data");
      let home = "";
      for (let attempt = 0; attempt < 20 && !/黄浦/.test(home); attempt++) {
        home = await (await fetch(`${server.baseUrl}/`)).text();
        if (!/黄浦/.test(home)) await new Promise((r) => setTimeout(r, 250));
      }
      assert.match(home, /黄浦/, "the overview shows the new data");
    } finally {
      await server.stop();
    }
  });
});
