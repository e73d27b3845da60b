// PDF reading benchmark: each PDF of PDF_DIR (default ../shared/pdf) parsed end to end
// (pdf.js text and operators, cells from the rulings, the text parser), median of --runs
// in-process runs after one warm-up run (the warm-up also loads pdf.js). Prints pages per
// second, the largest document's time against the 2 s target, and peak RSS.
//   node --import tsx scripts/bench-pdf.ts [--runs 5] [--json .bench/pdf-results.json]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseAnyDocument } from "../lib/parse";
import { median, type BenchRow } from "./bench-common";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, json: { type: "string" } } });
const runs = Math.max(1, Number(values.runs));
const dir = process.env.PDF_DIR ?? path.resolve(ROOT, "..", "shared", "pdf");
const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".pdf")).sort();
if (files.length === 0) throw new Error(`no PDF in ${dir} (set PDF_DIR)`);

const started = performance.now();
const results: Array<{ file: string; pages: number; firstMs: number; medianMs: number; cpuMs: number }> = [];
for (const file of files) {
  const bytes = readFileSync(path.join(dir, file));
  const t0 = performance.now();
  const first = await parseAnyDocument(file, bytes);
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const wall = performance.now();
    const usage = process.cpuUsage();
    await parseAnyDocument(file, bytes);
    const spent = process.cpuUsage(usage);
    times.push(performance.now() - wall);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const pages = Math.max(0, ...(first.pageOfLine ?? [0]));
  results.push({ file, pages, firstMs, medianMs: median(times), cpuMs: median(cpu) });
}

const pages = results.reduce((s, r) => s + r.pages, 0);
const seconds = results.reduce((s, r) => s + r.medianMs, 0) / 1000;
const largest = results.reduce((a, b) => (b.pages > a.pages ? b : a));
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const rows: BenchRow[] = [
  { what: `PDF reading: pages per second (${results.length} PDFs, ${pages} pages, median of ${runs})`, measured: (pages / seconds).toFixed(1), target: "", met: null },
  { what: `PDF reading: ${largest.pages}-page PDF (${largest.file})`, measured: `${(largest.medianMs / 1000).toFixed(2)} s`, target: "≤ 2 s for 35 pages", met: largest.medianMs <= 2000 },
  { what: "PDF reading: peak RSS", measured: `${peakRssMb.toFixed(0)} MB`, target: "", met: null },
];

for (const r of results) {
  console.log(`${r.file.padEnd(32)} ${String(r.pages).padStart(3)} pages  first ${r.firstMs.toFixed(0).padStart(5)} ms  median ${r.medianMs.toFixed(0).padStart(5)} ms (cpu ${r.cpuMs.toFixed(0)} ms)  ${(r.pages / (r.medianMs / 1000)).toFixed(1)} pages/s`);
}
for (const row of rows) console.log(`${row.what}: ${row.measured}${row.target ? ` (target ${row.target}: ${row.met ? "met" : "not met"})` : ""}`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (values.json) {
  mkdirSync(path.dirname(path.resolve(ROOT, values.json)), { recursive: true });
  writeFileSync(path.resolve(ROOT, values.json), JSON.stringify({ files: results, peakRssMb, rows }, null, 2));
}
