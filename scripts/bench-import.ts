// Import benchmark: the real documents (median of 5 in-process runs: parse + audit + write),
// then 10, 100 and 1,000 synthetic documents, each imported by a child process whose time
// and peak RSS are measured. Prints one table and writes JSON (--json FILE).
//   node --import tsx scripts/bench-import.ts [--json .bench/import-results.json] [--seed S] [--runs 5]
// Child mode (used by the above): --child SOURCES_DIR DATABASE_URL → one JSON line.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { runImport } from "../lib/import";
import { generateCorpus, type ExpectedFinding } from "../lib/synthetic/corpus";
import { median, type BenchRow } from "./bench-common";

const ROOT = path.resolve(import.meta.dirname, "..");

interface ChildReport {
  importSeconds: number;
  maxRssKb: number;
  documents: number;
}

if (process.argv[2] === "--child") {
  const [, , , sourcesDir = "", url = ""] = process.argv;
  const started = performance.now();
  const summary = await runImport({ files: [], sourcesDir, databaseUrl: url });
  const report: ChildReport = {
    importSeconds: (performance.now() - started) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
    documents: summary.documents.length,
  };
  console.log(JSON.stringify(report));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    json: { type: "string", default: ".bench/import-results.json" },
    seed: { type: "string", default: "bench" },
    runs: { type: "string", default: "5" },
    sizes: { type: "string", default: "10,100,1000" },
  },
});
const RUNS = Number(values.runs);
const SIZES = (values.sizes ?? "10,100,1000").split(",").map(Number);
const SEED = values.seed ?? "bench";
const work = mkdtempSync(path.join(os.tmpdir(), "bench-import-"));

/** A migrated, empty database to copy for every run. */
function migratedTemplate(): string {
  const file = path.join(work, "template.db");
  execFileSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db-migrate.ts", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "pipe",
  });
  return file;
}

function freshCopy(template: string, name: string): string {
  const file = path.join(work, `${name}.db`);
  rmSync(file, { force: true });
  rmSync(`${file}-journal`, { force: true });
  copyFileSync(template, file);
  return file;
}

/**
 * Findings stored in the database as the manifest lists them: check, subject location and severity, each once
 * (a misprinted row is reported once per amount column it breaks, a project once per document it differs from;
 * a finding's first location is not always its subject, e.g. cross-table lists every table's line in order).
 */
function storedFindings(file: string): Array<ExpectedFinding & { severity: string }> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT DISTINCT f."check" AS "check", f."severity" AS severity, d."fileName" AS fileName, l."line" AS line
         FROM "AuditFinding" f
         LEFT JOIN "FindingLocation" l ON l."id" = (SELECT MIN(x."id") FROM "FindingLocation" x WHERE x."findingId" = f."id" AND x."role" = 'subject')
         LEFT JOIN "SourceDocument" d ON d."id" = l."documentId"`,
      )
      .all() as Array<{ check: string; severity: string; fileName: string | null; line: number | null }>;
    // A finding without a subject keeps an empty place, so it cannot match the manifest.
    return rows.map((r) => ({ check: r.check, severity: r.severity, fileName: r.fileName ?? "", line: Number(r.line ?? 0) }));
  } finally {
    db.close();
  }
}

function child(sourcesDir: string, dbFile: string): Promise<{ wallSeconds: number; report: ChildReport; rssKb: number; rssSource: string }> {
  const useTime = existsSync("/usr/bin/time");
  const node = [process.execPath, "--import", "tsx", path.join(ROOT, "scripts/bench-import.ts"), "--child", sourcesDir, `file:${dbFile}`];
  const [command = "", ...args] = useTime ? ["/usr/bin/time", "-v", ...node] : node;
  const env = { ...process.env };
  delete env.REVALIDATE_URL;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    proc.on("error", reject);
    proc.on("close", (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`import child exited with ${code}: ${stderr.slice(-2000)}`));
      const line = stdout.trim().split("\n").pop() ?? "{}";
      const report = JSON.parse(line) as ChildReport;
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      resolve({
        wallSeconds,
        report,
        rssKb: timed ? Number(timed) : report.maxRssKb,
        rssSource: timed ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS",
      });
    });
  });
}

const rows: BenchRow[] = [];
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  seed: SEED,
};

const template = migratedTemplate();

// ---- Real documents, in process ----
const realTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const file = freshCopy(template, `real-${run}`);
  const started = performance.now();
  await runImport({ files: [], sourcesDir: path.join(ROOT, "data", "sources"), databaseUrl: `file:${file}` });
  realTimes.push((performance.now() - started) / 1000);
}
const realMedian = median(realTimes);
results.real = { runs: realTimes, medianSeconds: realMedian };
rows.push({ what: `real documents (5): import, median of ${RUNS}`, measured: `${realMedian.toFixed(3)} s`, target: "≤ 2 s", met: realMedian <= 2 });

// ---- Synthetic scale series, one child process each ----
const scale: Array<{ documents: number; bytes: number; wallSeconds: number; importSeconds: number; perDocumentMs: number; peakRssMb: number; rssSource: string; auditExact: boolean; expected: number; found: number }> = [];
for (const size of SIZES) {
  const dir = path.join(work, `corpus-${size}`);
  mkdirSync(dir, { recursive: true });
  const { documents, manifest } = generateCorpus({ count: size, seed: SEED });
  for (const doc of documents) writeFileSync(path.join(dir, doc.fileName), doc.bytes);
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  const file = freshCopy(template, `scale-${size}`);
  const { wallSeconds, report, rssKb, rssSource } = await child(dir, file);
  if (report.documents !== size) throw new Error(`imported ${report.documents} documents, expected ${size}`);
  const found = storedFindings(file);
  const key = (f: ExpectedFinding & { severity: string }) => `${f.check}@${f.fileName}:${f.line} ${f.severity}`;
  const expected = [...new Set(manifest.expectedFindings.map(key))].sort();
  const auditExact = JSON.stringify(found.map(key).sort()) === JSON.stringify(expected);
  scale.push({
    documents: size,
    bytes: documents.reduce((n, d) => n + d.bytes.length, 0),
    wallSeconds,
    importSeconds: report.importSeconds,
    perDocumentMs: (report.importSeconds * 1000) / size,
    peakRssMb: rssKb / 1024,
    rssSource,
    auditExact,
    expected: expected.length,
    found: found.length,
  });
  rmSync(dir, { recursive: true, force: true });
}
results.scale = scale;

for (const s of scale) {
  rows.push({
    what: `${s.documents} synthetic documents (${(s.bytes / 2 ** 20).toFixed(1)} MB): child process`,
    measured: `${s.wallSeconds.toFixed(2)} s wall (import ${s.importSeconds.toFixed(2)} s, ${s.perDocumentMs.toFixed(2)} ms/doc), peak RSS ${s.peakRssMb.toFixed(0)} MB`,
    target: s.documents === 1000 ? "≤ 60 s, ≤ 512 MB" : "—",
    met: s.documents === 1000 ? s.wallSeconds <= 60 && s.peakRssMb <= 512 : null,
  });
}
const ratios: Record<string, number> = {};
for (let i = 1; i < scale.length; i++) {
  const a = scale[i - 1];
  const b = scale[i];
  if (!a || !b) continue;
  const ratio = b.perDocumentMs / a.perDocumentMs;
  ratios[`${b.documents}/${a.documents}`] = ratio;
  rows.push({ what: `per-document import time ${b.documents} vs ${a.documents}`, measured: ratio.toFixed(2), target: "≤ 1.2 (no worse than linear)", met: ratio <= 1.2 });
}
results.perDocumentRatios = ratios;
for (const s of scale) {
  rows.push({
    what: `audit at ${s.documents}: every planted defect, nothing else`,
    measured: `${s.found} findings (check, subject line, severity), ${s.expected} expected, ${s.auditExact ? "exact" : "DIFFERENT"}`,
    target: "exactly the manifest",
    met: s.auditExact,
  });
}
results.table = rows;

// ---- Report ----
const widths = [
  Math.max(4, ...rows.map((r) => r.what.length)),
  Math.max(8, ...rows.map((r) => r.measured.length)),
  Math.max(6, ...rows.map((r) => r.target.length)),
];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
console.log(line(["what", "measured", "target", "met"]));
console.log(line(widths.map((w) => "-".repeat(w)).concat("-------")));
for (const r of rows) console.log(line([r.what, r.measured, r.target, r.met === null ? "" : r.met ? "met" : "NOT MET"]));
const jsonFile = path.resolve(ROOT, values.json ?? ".bench/import-results.json");
mkdirSync(path.dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${path.relative(ROOT, jsonFile)}`);
rmSync(work, { recursive: true, force: true });
if (rows.some((r) => r.met === false)) process.exitCode = 1;
