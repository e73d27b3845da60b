// npm run bench [-- --quick]: every target of the speed issue measured side by side in one run against the
// app as `npm start` serves it, printed as one table (what, measured, target, verdict) with what costs
// Lighthouse points per page, and written to .bench/results.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { EXPORT_PATHS, PAGE_PATHS } from "../tests/e2e/urls";
import { startServer } from "../tests/e2e/harness";
import type { BenchRow } from "./bench-common";
import { growth, pageSizes } from "./bench-html";
import { assertBrowser, lighthouse, type LighthouseResult } from "./bench-lighthouse";
import { compare, latencyRow, load, soak, throughputRow } from "./bench-load";
import { staticCopy } from "./bench-static";

const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH = path.join(ROOT, ".bench");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const quick = process.argv.includes("--quick");
const LOAD = { connections: 32, seconds: quick ? 2 : 5, reps: quick ? 1 : 3 };
const SOAK = { connections: 64, seconds: quick ? 10 : 60, warmUpSeconds: quick ? 5 : 15 };
const LIGHTHOUSE_REPS = quick ? 1 : 3;

const firstOf = (prefix: string) => PAGE_PATHS.find((p) => p.startsWith(prefix)) ?? prefix;
/** Every page kind: /, every metric, one district, one source document, the audit, about. */
const PAGES = ["/", ...PAGE_PATHS.filter((p) => p.startsWith("/metrics/")), firstOf("/districts/"), firstOf("/sources/"), "/audit", "/about"];
const EXPORTS = ["metrics", "lines", "findings"].flatMap((d) => [`/api/${d}.csv`, `/api/${d}.csv?district=baoshan`]);

const rows: BenchRow[] = [];
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  quick,
};
const loadAverages: number[] = [];
const noteLoad = () => loadAverages.push(os.loadavg()[0] ?? 0);

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

async function firstLoadJs(baseUrl: string): Promise<void> {
  for (const p of PAGES) {
    const html = await (await fetch(baseUrl + p)).text();
    // Modern browsers skip noModule scripts (legacy polyfills): they are not first-load JS.
    const sources = [...html.matchAll(/<script([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1] ?? "")).map((m) => /src="([^"]+)"/.exec(m[1] ?? "")?.[1] ?? "").filter((src) => src !== "");
    let bytes = 0;
    for (const src of new Set(sources)) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer()), { level: 9 }).length;
    rows.push({ what: `first-load JS ${p}`, measured: `${(bytes / 1024).toFixed(1)} KB gzip (${sources.length} scripts)`, target: "≤ 150 KB", met: bytes <= 150 * 1024 });
  }
}

function importBench(): void {
  const json = path.join(BENCH, "import-results.json");
  // bench-import exits 1 when a target is not met; its table still says which.
  spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-import.ts", "--json", json, ...(quick ? ["--sizes", "10,100", "--runs", "1"] : [])], { cwd: ROOT, stdio: "inherit" });
  const imported = JSON.parse(readFileSync(json, "utf8")) as { table?: BenchRow[] } & Record<string, unknown>;
  results.import = imported;
  for (const row of imported.table ?? []) rows.push(row);
}

/** Reading the shared budget PDFs (scripts/bench-pdf.ts): pages per second, the 35-page time, peak RSS. */
function pdfBench(): void {
  const json = path.join(BENCH, "pdf-results.json");
  spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-pdf.ts", "--json", json, "--runs", quick ? "1" : "5"], { cwd: ROOT, stdio: "inherit" });
  const pdf = JSON.parse(readFileSync(json, "utf8")) as { rows?: BenchRow[] } & Record<string, unknown>;
  results.pdf = pdf;
  for (const row of pdf.rows ?? []) rows.push(row);
}

function buildAtScale(): void {
  const corpus = path.join(BENCH, "corpus-1000");
  const db = path.join(BENCH, "scale.db");
  const count = quick ? 100 : 1000;
  rmSync(corpus, { recursive: true, force: true });
  rmSync(db, { force: true });
  run(process.execPath, ["--import", "tsx", "scripts/generate-corpus.ts", "--out", corpus, "--count", String(count), "--seed", "1"]);
  const url = `file:${db}`;
  run(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db-migrate.ts", "deploy"], { DATABASE_URL: url });
  run(process.execPath, ["--import", "tsx", "scripts/db-import.ts"], { DATABASE_URL: url, SOURCES_DIR: corpus });
  const started = performance.now();
  run(process.execPath, [NEXT, "build"], { DATABASE_URL: url });
  const seconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  const pages = Object.keys(manifest.routes).length;
  rows.push({ what: `next build with ${count} documents`, measured: `${seconds.toFixed(0)} s, ${pages} prerendered routes`, target: "completes", met: true });
}

function printLighthouseCosts(list: readonly LighthouseResult[]): void {
  console.log("\nWhat costs Lighthouse points (median run; −n = points lost; (…) = failing diagnostics):");
  for (const r of list) console.log(`  ${r.page}: ${r.costs.length ? r.costs.join("; ") : "nothing"}`);
}

/** A step that fails is a NOT MET line with its first error line, and the steps after it still run and print. */
async function step(what: string, measure: () => Promise<unknown>): Promise<void> {
  try {
    await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const cause = message.split("\n").find((line) => /error|exceeded|failed/i.test(line) && !line.includes(" failed:")) ?? message.split("\n")[0] ?? "";
    rows.push({ what, measured: `failed: ${cause.trim().slice(0, 160)}`, target: "completes", met: false });
  }
}

async function main(): Promise<void> {
  assertBrowser();
  rmSync(BENCH, { recursive: true, force: true });
  mkdirSync(BENCH, { recursive: true });
  noteLoad();
  const dbUrl = `file:${path.join(BENCH, "budget.db")}`;
  run(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db-migrate.ts", "deploy"], { DATABASE_URL: dbUrl });
  run(process.execPath, ["--import", "tsx", "scripts/db-import.ts"], { DATABASE_URL: dbUrl });
  run(process.execPath, [NEXT, "build"], { DATABASE_URL: dbUrl });
  const server = await startServer({ databaseUrl: dbUrl });
  let lighthouseResults: LighthouseResult[] = [];
  try {
    rows.push(...(await pageSizes(server.baseUrl, PAGE_PATHS)));
    await firstLoadJs(server.baseUrl);
    noteLoad();
    const lh = lighthouse(ROOT, BENCH, server.baseUrl, PAGES, LIGHTHOUSE_REPS);
    rows.push(...lh.rows);
    lighthouseResults = lh.results;
    results.lighthouse = lh.results;
    noteLoad();
    // One warm-up over everything measured below: the first URL measured should not pay for the JIT alone.
    await load(server.baseUrl, 16, quick ? 2 : 5, [...PAGES, ...EXPORTS].map((p) => ({ method: "GET" as const, path: p })));
    const comparisons = [];
    const alive = (after: string) => {
      if (!existsSync(`/proc/${server.pid}`)) throw new Error(`the server (pid ${server.pid}) died during ${after}`);
    };
    for (const page of PAGES) {
      const c = await compare(server.baseUrl, page, LOAD);
      alive(page);
      comparisons.push(c);
      rows.push(throughputRow("page", c), latencyRow(c, LOAD.connections));
    }
    for (const exported of EXPORTS) {
      const c = await compare(server.baseUrl, exported, LOAD);
      alive(exported);
      comparisons.push(c);
      rows.push(throughputRow("export", c));
    }
    results.load = comparisons;
    noteLoad();
    rows.push(await soak(server.baseUrl, server.pid, [...PAGE_PATHS, ...EXPORT_PATHS, ...EXPORTS.filter((e) => e.includes("?"))], SOAK));
    noteLoad();
    rows.push(await staticCopy(ROOT, path.join(BENCH, "static"), server.baseUrl, { DATABASE_URL: dbUrl }));
  } finally {
    await server.stop();
  }
  await step("HTML growth", async () => rows.push(...(await growth(ROOT, path.join(BENCH, "growth")))));
  noteLoad();
  await step("import", async () => importBench());
  await step("PDF reading", async () => pdfBench());
  await step(`next build with ${quick ? 100 : 1000} documents`, async () => buildAtScale());
  noteLoad();

  results.loadAverage1m = loadAverages;
  const width = Math.max(...rows.map((r) => r.what.length));
  const measuredWidth = Math.min(90, Math.max(...rows.map((r) => r.measured.length)));
  console.log(`\n${String(results.machine)} — ${String(results.date)}${quick ? " — --quick" : ""}`);
  console.log(`1-minute load average during the run: ${loadAverages.map((l) => l.toFixed(1)).join(", ")} (the bench itself keeps ~1–2 busy; more means other work shared the cores)\n`);
  console.log(`${"what".padEnd(width)}  ${"measured".padEnd(measuredWidth)}  ${"target".padEnd(26)}  verdict`);
  for (const r of rows) console.log(`${r.what.padEnd(width)}  ${r.measured.padEnd(measuredWidth)}  ${r.target.padEnd(26)}  ${r.met === null ? "—" : r.met ? "met" : "NOT MET"}`);
  printLighthouseCosts(lighthouseResults);
  const failed = rows.filter((r) => r.met === false).length;
  console.log(`\n${rows.filter((r) => r.met === true).length} met, ${failed} not met, ${rows.filter((r) => r.met === null).length} without target`);
  writeFileSync(path.join(BENCH, "results.json"), `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  // The scale build replaced .next: build the app again from the project's own database.
  if (existsSync(path.join(ROOT, "data", "budget.db"))) run(process.execPath, [NEXT, "build"]);
}

await main();
