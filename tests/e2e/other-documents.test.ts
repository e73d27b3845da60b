// Another set of documents, imported into a fresh database, is described as that set everywhere a reader looks:
// the overview, a metric page, /about, /districts and the ZIP's README.txt name its districts and years, say
// nothing about a district that is not in it, and carry the caveats that hold for it. The set is drawn from the
// synthetic corpus (lib/synthetic): four districts none of which is in data/sources, and a 2024 year —
// 黄浦 2026 (every kind of document), 徐汇 2026 (a 单位预算 alone), 长宁 2026 (project sheets alone),
// 静安 2024 and 2026 (部门预算). The app is the shared build, started on that database; its prerendered pages
// follow the data after POST /api/revalidate, as they do after an import on a running server.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { generateCorpus } from "../../lib/synthetic/corpus";
import { freshDatabase } from "../db";
import { ROOT, copyOfBuiltApp, startServer, type RunningServer } from "./harness";

const TOKEN = "other-documents-test-token";
/** The documents of data/sources name these; none may appear for this set. */
const ABSENT = /宝山|青浦|普陀|baoshan|qingpu|putuo/;
const DISTRICTS = [
  { slug: "huangpu", name: "黄浦区" },
  { slug: "xuhui", name: "徐汇区" },
  { slug: "changning", name: "长宁区" },
  { slug: "jingan", name: "静安区" },
];

/** 211: the first index past 静安's 2024 部门预算 in the corpus's fixed order (newest year first, 16 districts, 6 documents each). */
const { documents: corpus } = generateCorpus({ count: 211, seed: "other-documents" });
const chosen = corpus.filter(
  (d) =>
    (d.districtSlug === "huangpu" && d.year === 2026) ||
    (d.districtSlug === "xuhui" && d.year === 2026 && d.kind === "单位预算") ||
    (d.districtSlug === "changning" && d.year === 2026 && d.kind === "绩效目标表") ||
    (d.districtSlug === "jingan" && (d.year === 2026 || d.year === 2024) && d.kind === "部门预算"),
);
const db = freshDatabase();

type Row = Record<string, unknown>;
function query(sql: string, ...params: unknown[]): Row[] {
  const sqlite = new Database(db.file, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as Row[];
  } finally {
    sqlite.close();
  }
}

/** The text a reader sees: no scripts (the RSC payload), no tags, no React's text separators. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

let server: RunningServer;
let dataVersion = "";
const pages = new Map<string, string>();

/** The page's text once the server renders it from this database (its footer names the data version). */
async function page(pathname: string): Promise<string> {
  const known = pages.get(pathname);
  if (known) return known;
  // After revalidation a prerendered page may be served once more as built while it is rebuilt: wait for the rebuild.
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(`${server.baseUrl}${pathname}`);
    assert.equal(response.status, 200, pathname);
    const html = await response.text();
    if (html.includes(dataVersion)) {
      const text = textOf(html);
      pages.set(pathname, text);
      return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${pathname} never showed data version ${dataVersion}`);
}

before(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "other-documents-"));
  for (const d of chosen) writeFileSync(path.join(dir, d.fileName), d.bytes);
  const result = spawnSync("npm", ["run", "--silent", "db:import"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: db.url, SOURCES_DIR: dir, REVALIDATE_URL: "", REVALIDATE_TOKEN: "" },
  });
  assert.equal(result.status, 0, result.stderr);
  dataVersion = String(query("SELECT dataVersion FROM ImportRun")[0]?.dataVersion);
  // Revalidated pages are written into the server's .next: this server gets its own copy of the build.
  server = await startServer({ databaseUrl: db.url, env: { REVALIDATE_TOKEN: TOKEN }, cwd: copyOfBuiltApp() });
  const response = await fetch(`${server.baseUrl}/api/revalidate`, { method: "POST", headers: { "x-revalidate-token": TOKEN } });
  assert.equal(response.status, 200);
});
after(async () => {
  await server?.stop();
});

describe("another document set: 黄浦, 徐汇, 长宁, 静安; 2024 and 2026", () => {
  it("imported the chosen documents", () => {
    assert.equal(chosen.length, 13);
    assert.deepEqual(query("SELECT slug FROM District ORDER BY slug").map((r) => r.slug), ["changning", "huangpu", "jingan", "xuhui"]);
    assert.deepEqual(query("SELECT DISTINCT year FROM SourceDocument ORDER BY year").map((r) => Number(r.year)), [2024, 2026]);
  });

  for (const pathname of ["/", "/metrics/three-public", "/metrics/mutual-aid", "/about", "/districts"]) {
    it(`${pathname} names this set's districts and no other`, async () => {
      const text = await page(pathname);
      for (const d of DISTRICTS) assert.ok(text.includes(d.name.slice(0, 2)), `${pathname} names ${d.name}`);
      assert.doesNotMatch(text, ABSENT);
    });
  }

  it("the overview's scope notes list the district-years of each kind of document", async () => {
    const text = await page("/");
    assert.ok(text.includes("部门预算：区医疗保障局作为主管部门，包括局机关和下属的医疗保险事务中心。本站收录的：黄浦区 2026 年；静安区 2024、2026 年。"));
    assert.ok(text.includes("不可直接比较。本站收录的：黄浦区 2026 年；徐汇区 2026 年。"));
    assert.ok(text.includes("没有功能分类表和三公经费表。本站收录的：长宁区 2026 年；黄浦区 2026 年。"));
    assert.ok(text.includes("2024 年") && text.includes("2026 年"), "the coverage table's years");
  });

  it("/districts lists every imported district with the years collected", async () => {
    const text = await page("/districts");
    for (const [name, years] of [["黄浦区", "2026"], ["徐汇区", "2026"], ["长宁区", "2026"], ["静安区", "2024、2026"]] as const) {
      assert.ok(text.includes(`${name} ${years} 年`), `${name} ${years}`);
    }
    assert.match(text, /2024 年 部门预算 部门：上海市静安区医疗保障局/);
  });

  it("the 三公经费 page carries the caveats that hold for this set, and not the mutual-aid one", async () => {
    const text = await page("/metrics/three-public");
    assert.ok(text.includes("徐汇区 2026 年只公开了上海市徐汇区医疗保险事务中心的单位预算（不含局机关），三公经费只是一个单位的数。"));
    assert.ok(text.includes("长宁区 2026 年只公开了项目绩效目标表"));
    // Not disclosed, as stored: 长宁 has no table 9.
    const notDisclosed = query(
      "SELECT d.nameZh AS name, m.year AS year FROM MetricValue m JOIN District d ON d.id = m.districtId WHERE m.metric = 'three-public' AND m.status = 'not_disclosed'",
    );
    assert.deepEqual(notDisclosed.map((r) => `${String(r.name)} ${Number(r.year)}`), ["长宁 2026"]);
    assert.ok(text.includes("标为“未公开”的数（不按 0 计）：长宁区 2026 年三公经费。"));
    assert.ok(text.includes("静安区 2025 年三公经费"), "a value derived from 静安's 2026 text");
    assert.doesNotMatch(text, /210 13 99/);
  });

  it("the 互助帮困 page names the district-years whose functional table prints 210 13 99 under 210 13", async () => {
    const text = await page("/metrics/mutual-aid");
    const printing = query(
      "SELECT DISTINCT d.nameZh AS name, s.year AS year FROM BudgetLine l JOIN SourceDocument s ON s.id = l.documentId JOIN District d ON d.id = s.districtId WHERE l.code = '2101399' ORDER BY s.id",
    );
    assert.ok(printing.length > 0);
    const caveat = /([^。]*)的功能分类科目 210 13 医疗救助 包含 210 13 99 其他医疗救助支出/.exec(text);
    assert.ok(caveat, "the caveat is shown");
    for (const r of printing) assert.match(caveat[1] ?? "", new RegExp(`${String(r.name)}区 [0-9、]*${Number(r.year)}`));
    assert.doesNotMatch(caveat[1] ?? "", /长宁/, "长宁 published project sheets only");
  });

  it("/about cites a figure of this set as its example", async () => {
    const text = await page("/about");
    assert.match(text, /来源：上海市(黄浦|徐汇|长宁|静安)区\S+ 20(24|26) 年\S+，第 \d+ 行；数据版本 /);
  });

  it("the nav's districts entry leads to /districts and is marked current there", async () => {
    const html = await (await fetch(`${server.baseUrl}/districts`)).text();
    const link = /<a [^>]*>各区<\/a>/.exec(html)?.[0] ?? "";
    assert.match(link, /href="\/districts"/);
    assert.match(link, /aria-current="page"/);
  });

  it("the ZIP's README.txt describes this set", async () => {
    const response = await fetch(`${server.baseUrl}/api/export.zip`);
    assert.equal(response.status, 200);
    const readme = strFromU8(unzipSync(new Uint8Array(await response.arrayBuffer()))["README.txt"] ?? new Uint8Array());
    assert.match(readme, /- Districts: changning \(长宁\), huangpu \(黄浦\), jingan \(静安\), xuhui \(徐汇\); years 2023–2026\./);
    assert.match(readme, /jingan 2024: 部门预算 \(部门: 上海市静安区医疗保障局\)/);
    assert.match(readme, /xuhui 2026: [a-z, -]*three-public[a-z, -]* cover one unit only \(上海市徐汇区医疗保险事务中心\)/);
    assert.match(readme, /Not disclosed by the collected documents \(amount empty, never 0\): [^\r\n]*changning 2026 three-public/);
    assert.doesNotMatch(readme, ABSENT);
  });
});
