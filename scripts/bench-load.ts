// Load measurements for npm run bench: each URL against a plain Node server sending the same bytes (same
// run, alternating), and the soak (all pages and exports, memory after a warm-up). Every failure is kept
// with its kind (socket error code or HTTP status), so a run with failures says what failed.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import autocannon from "autocannon";
import { fetchRaw } from "../lib/static-export/export";
import { median, type BenchRow } from "./bench-common";

export interface LoadResult {
  rps: number;
  p99: number;
  requests: number;
  /** Socket errors and timeouts by code, and non-2xx answers by status class. */
  failures: Record<string, number>;
}

const failureCount = (r: LoadResult) => Object.values(r.failures).reduce((a, b) => a + b, 0);
const describeFailures = (failures: Record<string, number>) =>
  Object.entries(failures).map(([kind, n]) => `${n} × ${kind}`).join(", ");

export function load(url: string, connections: number, seconds: number, requests?: Array<{ method: "GET"; path: string }>): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const failures: Record<string, number> = {};
    const instance = autocannon({ url, connections, duration: seconds, ...(requests ? { requests } : {}) }, (error, result) => {
      if (error) return reject(error);
      for (const status of ["1xx", "3xx", "4xx", "5xx"] as const) if (result[status] > 0) failures[`HTTP ${status}`] = result[status];
      resolve({ rps: result.requests.average, p99: result.latency.p99, requests: result.requests.total, failures });
    });
    instance.on("reqError", (error: Error & { code?: string }) => {
      const kind = error.code ?? error.message;
      failures[kind] = (failures[kind] ?? 0) + 1;
    });
  });
}

/** A plain Node server answering every request with the same bytes: the machine's limit for them. */
async function baseline(body: Buffer, contentType: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": contentType, "content-length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`, server };
}

export interface Comparison {
  path: string;
  bytes: number;
  appRps: number;
  baselineRps: number;
  ratio: number;
  appP99: number;
  baselineP99: number;
  requests: number;
  failures: Record<string, number>;
}

/** The app and the baseline on one URL, `reps` alternating runs each after a warm-up of the app; medians. */
export async function compare(baseUrl: string, path: string, options: { connections: number; seconds: number; reps: number }): Promise<Comparison> {
  const answer = await fetchRaw(baseUrl, path);
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
  const base = await baseline(answer.body, answer.contentType);
  try {
    await load(baseUrl + path, 8, 1);
    const app: LoadResult[] = [];
    const plain: LoadResult[] = [];
    for (let rep = 0; rep < options.reps; rep++) {
      app.push(await load(baseUrl + path, options.connections, options.seconds));
      plain.push(await load(base.url, options.connections, options.seconds));
    }
    const failures: Record<string, number> = {};
    for (const r of app) for (const [kind, n] of Object.entries(r.failures)) failures[kind] = (failures[kind] ?? 0) + n;
    const appRps = median(app.map((r) => r.rps));
    const baselineRps = median(plain.map((r) => r.rps));
    return {
      path, bytes: answer.body.length, appRps, baselineRps, ratio: appRps / baselineRps,
      appP99: median(app.map((r) => r.p99)), baselineP99: median(plain.map((r) => r.p99)),
      requests: app.reduce((n, r) => n + r.requests, 0), failures,
    };
  } finally {
    base.server.close();
  }
}

export function throughputRow(kind: string, c: Comparison): BenchRow {
  const failed = Object.values(c.failures).reduce((a, b) => a + b, 0);
  return {
    what: `${kind} ${c.path}: req/s vs plain server, same ${(c.bytes / 1024).toFixed(0)} KB`,
    measured: `${c.appRps.toFixed(0)} / ${c.baselineRps.toFixed(0)} = ${c.ratio.toFixed(2)}×${failed ? `; ${failed} of ${c.requests} failed: ${describeFailures(c.failures)}` : ", 0 failed"}`,
    target: kind === "export" ? "≥ 0.25×, 0 failed" : "≥ 0.25×",
    met: c.ratio >= 0.25 && failed === 0,
  };
}

export function latencyRow(c: Comparison, connections: number): BenchRow {
  const ratio = c.appP99 / Math.max(c.baselineP99, 1);
  return {
    what: `page ${c.path}: p99 at ${connections} connections vs plain server`,
    measured: `${c.appP99} ms / ${c.baselineP99} ms = ${ratio.toFixed(1)}×`,
    target: "≤ 3×",
    met: ratio <= 3,
  };
}

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
}

/** All pages and exports at `connections` for `seconds`, RSS measured after `warmUpSeconds` of the same load. */
export async function soak(baseUrl: string, pid: number, paths: readonly string[], options: { connections: number; seconds: number; warmUpSeconds: number }): Promise<BenchRow> {
  const requests = paths.map((path) => ({ method: "GET" as const, path }));
  await load(baseUrl, options.connections, options.warmUpSeconds, requests);
  const before = rssKb(pid);
  const result = await load(baseUrl, options.connections, options.seconds, requests);
  const after = rssKb(pid);
  const growth = (after - before) / before;
  const failed = failureCount(result);
  return {
    what: `load: ${options.seconds} s at ${options.connections} connections over ${paths.length} pages and exports`,
    measured: `${result.requests} answered, ${failed ? describeFailures(result.failures) : "0 errors, 0 non-2xx"}; RSS ${(before / 1024).toFixed(0)} → ${(after / 1024).toFixed(0)} MB (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %) after ${options.warmUpSeconds} s warm-up`,
    target: "0 errors, 0 non-2xx, RSS ≤ +20 %",
    met: failed === 0 && growth <= 0.2,
  };
}
