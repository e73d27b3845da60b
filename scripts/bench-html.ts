// HTML size for npm run bench: every page's gzip size with the seeds imported, and how the district and source
// pages grow with a document's lines: one synthetic district-year imported as generated (1×) and with its
// project-sheet documents ten times longer (their project blocks repeated under new names), each served by
// the built app (pages of an unknown district or document render on demand).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fetchRaw } from "../lib/static-export/export";
import { copyOfBuiltApp, startServer } from "../tests/e2e/harness";
import type { BenchRow } from "./bench-common";

const LIMIT_BYTES = 60 * 1024;
const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function pageSizes(baseUrl: string, pages: readonly string[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const page of pages) {
    const answer = await fetchRaw(baseUrl, page);
    const size = gzipBytes(answer.body);
    rows.push({ what: `HTML size ${page}`, measured: `${kb(size)} gzip (${kb(answer.body.length)} raw)`, target: "≤ 60 KB gzip", met: answer.status === 200 && size <= LIMIT_BYTES });
  }
  return rows;
}

/** Each project block (from the form title to the next) again `factor − 1` times, the project renamed. */
export function repeatProjectBlocks(text: string, factor: number): string {
  const TITLE = "财政项目支出绩效目标填报表";
  const [head = "", ...blocks] = text.split(TITLE);
  const copies: string[] = [];
  for (let k = 2; k <= factor; k++) {
    for (const block of blocks) copies.push(block.replace(/(项目名称\s*)(\S+)/, (_m, label: string, name: string) => `${label}${name}（复本${k}）`));
  }
  return [head, ...blocks, ...copies].join(TITLE);
}

const lineCount = (text: string) => text.split(/\r\n|\n|\r/).length;

function run(root: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

interface Variant {
  districtBytes: number;
  sourceBytes: number;
  districtLines: number;
  sourceLines: number;
}

export async function growth(root: string, workDir: string): Promise<BenchRow[]> {
  rmSync(workDir, { recursive: true, force: true });
  const one = path.join(workDir, "1x");
  const ten = path.join(workDir, "10x");
  mkdirSync(ten, { recursive: true });
  // The first six documents are one district-year: 部门预算, 单位预算 and four project-sheet documents.
  run(root, ["--import", "tsx", "scripts/generate-corpus.ts", "--out", one, "--count", "6", "--seed", "1"], {});
  const manifest = JSON.parse(readFileSync(path.join(one, "manifest.json"), "utf8")) as { documents: Array<{ fileName: string; districtSlug: string; layout: string }> };
  const district = manifest.documents[0]?.districtSlug ?? "";
  const longest = manifest.documents.filter((d) => d.layout === "lines").map((d) => d.fileName).at(-1) ?? "";
  for (const name of readdirSync(one).filter((n) => /\.(txt|md)$/.test(n))) {
    const text = readFileSync(path.join(one, name), "utf8");
    const layout = manifest.documents.find((d) => d.fileName === name)?.layout;
    writeFileSync(path.join(ten, name), layout === "lines" ? repeatProjectBlocks(text, 10) : text);
  }
  const measure = async (corpus: string): Promise<Variant> => {
    const db = `file:${path.join(workDir, `${path.basename(corpus)}.db`)}`;
    run(root, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db-migrate.ts", "deploy"], { DATABASE_URL: db });
    run(root, ["--import", "tsx", "scripts/db-import.ts"], { DATABASE_URL: db, SOURCES_DIR: corpus });
    const texts = readdirSync(corpus).filter((n) => /\.(txt|md)$/.test(n)).map((n) => readFileSync(path.join(corpus, n), "utf8"));
    // On-demand pages are written into the server's .next: a private copy keeps the bench's build clean.
    const appDir = copyOfBuiltApp();
    const server = await startServer({ databaseUrl: db, cwd: appDir });
    try {
      const districtPage = await fetchRaw(server.baseUrl, `/districts/${district}`);
      const sourcePage = await fetchRaw(server.baseUrl, `/sources/${encodeURIComponent(longest)}`);
      if (districtPage.status !== 200 || sourcePage.status !== 200) throw new Error(`growth pages answered ${districtPage.status} / ${sourcePage.status}`);
      return {
        districtBytes: gzipBytes(districtPage.body),
        sourceBytes: gzipBytes(sourcePage.body),
        districtLines: texts.reduce((n, t) => n + lineCount(t), 0),
        sourceLines: lineCount(readFileSync(path.join(corpus, longest), "utf8")),
      };
    } finally {
      await server.stop();
      rmSync(appDir, { recursive: true, force: true });
    }
  };
  const a = await measure(one);
  const b = await measure(ten);
  const row = (what: string, bytesA: number, bytesB: number, linesA: number, linesB: number): BenchRow => {
    const sizeRatio = bytesB / bytesA;
    const linesRatio = linesB / linesA;
    return {
      what,
      measured: `${kb(bytesA)} → ${kb(bytesB)} gzip = ${sizeRatio.toFixed(2)}× for ${linesA} → ${linesB} lines = ${linesRatio.toFixed(2)}× (${((bytesB - bytesA) / (linesB - linesA)).toFixed(1)} B per added line)`,
      target: "size × ≤ lines ×",
      met: sizeRatio <= linesRatio,
    };
  };
  return [
    row(`HTML growth /districts/${district}, its documents 1× → 10× longer`, a.districtBytes, b.districtBytes, a.districtLines, b.districtLines),
    row(`HTML growth /sources/${longest}, 1× → 10×`, a.sourceBytes, b.sourceBytes, a.sourceLines, b.sourceLines),
  ];
}
