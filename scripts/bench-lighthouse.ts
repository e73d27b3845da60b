// Lighthouse 12 (mobile: emulated phone, 4× CPU slowdown, simulated slow 4G) for npm run bench: the median of
// `reps` runs per page, and what costs points: each weighted audit's lost points (weight × (1 − score) as a
// share of the category) and the failing diagnostics of the median run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { median, type BenchRow } from "./bench-common";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Checked before the bench builds anything: without a browser the Lighthouse step would fail minutes in. */
export function assertBrowser(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`no Chromium at ${CHROME_PATH}: install Debian's (apt-get install chromium fonts-noto-cjk) or set CHROME_PATH`);
  }
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { items?: Array<{ url?: string; total?: number; scripting?: number }> };
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
}

export interface LighthouseResult {
  page: string;
  scores: Record<string, number>;
  /** "TBT 620 ms −12.4", … : lost points of the median run, largest first. */
  costs: string[];
}

function runOnce(bin: string, url: string, out: string): Report {
  const result = spawnSync(
    bin,
    [url, "--quiet", "--output=json", `--output-path=${out}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"],
    { env: { ...process.env, CHROME_PATH }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (result.status !== 0) throw new Error(`lighthouse ${url} failed:\n${result.stderr}`);
  return JSON.parse(readFileSync(out, "utf8")) as Report;
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);

/** What a chunk is (its file name is a content hash): known libraries by their code, else the hash. */
function chunkLabel(root: string, url: string): string {
  const file = /\/_next\/static\/chunks\/([\w.-]+\.js)$/.exec(url)?.[1];
  if (!file) return url.replace(/^https?:\/\/[^/]+/, "") || "?";
  let code = "";
  try {
    code = readFileSync(path.join(root, ".next", "static", "chunks", file), "utf8");
  } catch {
    return file;
  }
  const count = (word: string) => code.split(word).length - 1;
  const label = file.startsWith("turbopack-") ? "Turbopack runtime" : count("recharts") > 20 ? "Recharts" : count("hydrateRoot") > 0 ? "react-dom" : count("__next_f") > 0 || count("next-router") > 0 ? "Next client" : "";
  return label ? `${label} (${file})` : file;
}

/** Lost points per weighted audit, and the failing unweighted diagnostics, of one report. */
function costsOf(report: Report, root: string): string[] {
  const lost: Array<{ text: string; points: number }> = [];
  for (const category of CATEGORIES) {
    const refs = report.categories[category]?.auditRefs ?? [];
    const total = refs.reduce((sum, r) => sum + r.weight, 0);
    for (const ref of refs) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || ref.weight === 0 || audit.score >= 1) continue;
      const points = (ref.weight * (1 - audit.score) * 100) / total;
      if (points >= 0.5) lost.push({ text: `${category === "performance" ? "" : `${category}: `}${audit.title}${audit.displayValue ? ` ${audit.displayValue}` : ""} −${points.toFixed(1)}`, points });
    }
  }
  const weighted = new Set(CATEGORIES.flatMap((c) => (report.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
  const diagnostics = Object.values(report.audits)
    .filter((a) => !weighted.has(a.id) && a.score !== null && a.score < 0.9 && a.numericValue !== 0 && !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode))
    .slice(0, 5)
    .map((a) => `(${a.title}${a.displayValue ? ` ${a.displayValue}` : ""})`);
  // Where the main thread goes: the scripts that cost most (evaluation + parse), and the DOM size.
  const scripts = (report.audits["bootup-time"]?.details?.items ?? [])
    .slice(0, 3)
    .map((i) => `${chunkLabel(root, i.url ?? "")} ${Math.round(i.total ?? 0)} ms`);
  const dom = report.audits["dom-size"]?.numericValue;
  const where = [...(scripts.length ? [`[scripts: ${scripts.join(", ")}]`] : []), ...(dom ? [`[DOM ${dom} elements]`] : [])];
  return [...lost.sort((a, b) => b.points - a.points).map((l) => l.text), ...diagnostics, ...where];
}

export function lighthouse(root: string, outDir: string, baseUrl: string, pages: readonly string[], reps: number): { rows: BenchRow[]; results: LighthouseResult[] } {
  const bin = path.join(root, "node_modules", ".bin", "lighthouse");
  const rows: BenchRow[] = [];
  const results: LighthouseResult[] = [];
  pages.forEach((page, index) => {
    const reports: Report[] = [];
    for (let rep = 0; rep < reps; rep++) reports.push(runOnce(bin, baseUrl + page, path.join(outDir, `lighthouse-${index}-${rep}.json`)));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => score(r, c)))]));
    const medianRun = [...reports].sort((a, b) => score(a, "performance") - score(b, "performance"))[Math.floor(reports.length / 2)];
    results.push({ page, scores, costs: medianRun ? costsOf(medianRun, root) : [] });
    const met = (scores.performance ?? 0) >= 95 && CATEGORIES.slice(1).every((c) => scores[c] === 100);
    const runs = reps > 1 ? ` (median of ${reps}: perf ${reports.map((r) => score(r, "performance")).join("/")})` : " (1 run)";
    rows.push({
      what: `Lighthouse mobile ${page}`,
      measured: `perf ${scores.performance}, a11y ${scores.accessibility}, bp ${scores["best-practices"]}, seo ${scores.seo}${runs}`,
      target: "≥ 95 / 100 / 100 / 100",
      met,
    });
  });
  return { rows, results };
}
