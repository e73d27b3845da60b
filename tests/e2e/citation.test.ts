// What a journalist needs to cite and a reviewer to act, in real Chromium: each document's original URL, publisher
// and date (or 未记录), readable titles instead of file names, the licence, 复制引用 with site URL, access date and
// import date, flags that land on their own finding, charts kept in print, download controls with their own names,
// and the note on reading codes as text.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { documentFiles, expectedMetricValues, PAGES } from "./dashboard-pages";
import { E2E_DATABASE_URL, launchBrowser, ROOT, startServer, type RunningServer } from "./harness";

/** Citation metadata as kept next to the sources the e2e database was imported from. */
const METADATA = JSON.parse(readFileSync(path.join(ROOT, "data", "sources", "sources.json"), "utf8")) as {
  documents: Record<string, { url: string | null; publisher: string | null; publishedOn: string | null }>;
};
const HASH_FILE_NAME = /\d{3}_[0-9a-f]{16}\.(txt|pdf)/;
const NOT_RECORDED = "未记录";
/** Chinese names of the exported datasets, as a download control must name them. */
const DATASET_NAMES: Record<string, string> = {
  metrics: "指标", lines: "科目行", projects: "项目", indicators: "绩效指标", "three-public": "三公经费分项", findings: "核对问题",
};
const METRIC_NAMES: Record<string, string> = {
  "medical-assistance": "医疗救助", "mutual-aid": "互助帮困", "three-public": "三公经费", "operating-expenses": "机关运行经费",
};
const DISTRICT_NAMES: Record<string, string> = { baoshan: "宝山区", putuo: "普陀区", qingpu: "青浦区" };

let server: RunningServer;
let browser: Browser;
let importedOn = "";
let files: string[] = [];

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const run = query<{ importedAt: string }>("SELECT importedAt FROM ImportRun")[0];
  assert.ok(run);
  importedOn = new Date(run.importedAt).toISOString().slice(0, 10);
  files = documentFiles();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(pathname: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
  return page;
}

const allPages = () => [...new Set([...PAGES, ...files.map((f) => `/sources/${f}`)])];

describe("documents are cited with their metadata and readable titles", () => {
  test("each source page and the /about document list show original URL, publisher and date, or 未记录", async () => {
    assert.equal(files.length, Object.keys(METADATA.documents).length);
    const about = await open("/about");
    for (const file of files) {
      const meta = METADATA.documents[file];
      assert.ok(meta, `${file} in sources.json`);
      const expected = { url: meta.url ?? NOT_RECORDED, publisher: meta.publisher ?? NOT_RECORDED, publishedOn: meta.publishedOn ?? NOT_RECORDED };
      const page = await open(`/sources/${file}`);
      const row = about.locator(`[data-testid="document-list"] tr[data-file="${file}"]`);
      assert.equal(await row.count(), 1, `${file} listed on /about`);
      for (const scope of [page.locator('[data-testid="document-meta"]'), row]) {
        for (const [field, value] of Object.entries(expected)) {
          assert.equal((await scope.locator(`[data-field="${field}"]`).innerText()).trim(), value, `${file} ${field}`);
        }
        // Nothing links to an original that was not recorded.
        assert.equal(await scope.locator('a[href^="http"]').count(), meta.url ? 1 : 0, `${file}: links out only to a recorded URL`);
      }
      // The list names the document by its title and links to its text.
      const title = (await page.locator("h1").innerText()).replace(/ · 原文$/, "");
      assert.doesNotMatch(title, HASH_FILE_NAME);
      assert.equal(await row.getByRole("link", { name: title, exact: true }).getAttribute("href"), `/sources/${file}`);
      await page.close();
    }
    await about.close();
  });

  test("no page names a document by its file name (outside the file-name field of its source page)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const pathname of allPages()) {
      await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
      const text = await page.locator("main").evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-testid="file-name"]').forEach((e) => e.remove());
        return copy.innerText;
      });
      const named = HASH_FILE_NAME.exec(text);
      assert.equal(named, null, `${pathname} names ${named?.[0]} in "${text.slice(Math.max(0, (named?.index ?? 0) - 40), (named?.index ?? 0) + 30)}"`);
      assert.doesNotMatch(await page.title(), HASH_FILE_NAME, `${pathname}: title`);
    }
    await page.close();
  });

  test("/about states the licence of the compiled data and how to read codes as text; so does the ZIP's README", async () => {
    const page = await open("/about");
    const licence = page.locator('[data-testid="licence"]');
    assert.match(await licence.innerText(), /CC BY 4\.0/);
    assert.equal(await licence.locator('a[href="https://creativecommons.org/licenses/by/4.0/"]').count(), 1);
    const note = await page.locator('[data-testid="codes-as-text"]').innerText();
    assert.match(note, /文本/);
    assert.match(note, /dtype=str/);
    assert.match(note, /Excel/);
    await page.close();
    const zip = unzipSync(new Uint8Array(await (await fetch(`${server.baseUrl}/api/export.zip`)).arrayBuffer()));
    const readme = strFromU8(zip["README.txt"] ?? new Uint8Array());
    assert.match(readme, /dtype=str/);
    assert.match(readme, /set the code_\* and \*_id columns to Text/);
  });
});

describe("复制引用", () => {
  async function copied(pathname: string, button: string): Promise<{ text: string; today: string }> {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.baseUrl });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
    const control = page.getByRole("button", { name: button, exact: true });
    await page.waitForSelector('[data-testid="copy-citation"][data-ready="true"]', { timeout: 60_000 });
    await control.click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="copy-citation-status"]')].some((s) => /已复制/.test(s.textContent ?? "")));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The access date is the reader's day, as the browser counts it.
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await context.close();
    return { text, today };
  }

  test("on a metric page: the chart's title, its sources, the page URL, access date and the import date", async () => {
    const page = await open("/metrics/medical-assistance");
    // The citation line beside the button: its source documents and lines.
    const button = page.getByRole("button", { name: "复制引用：医疗救助：逐年变化", exact: true });
    const line = (await page.locator(".table-foot", { has: button }).locator('[data-testid="citation"]').innerText({ timeout: 10_000 })).trim();
    await page.close();
    const cited = line.replace(/^来源：/, "").split("；").filter((part) => !part.startsWith("数据版本"));
    assert.ok(cited.length > 0);
    const { text, today } = await copied("/metrics/medical-assistance", "复制引用：医疗救助：逐年变化");
    assert.match(text, /^医疗救助：逐年变化/);
    for (const part of cited) assert.ok(text.includes(part), `${part} in ${text}`);
    assert.ok(text.includes(`${server.baseUrl}/metrics/medical-assistance`), text);
    assert.ok(text.includes(`访问日期 ${today}`), text);
    assert.ok(text.includes(`数据版本 ${importedOn} 导入`), text);
    assert.doesNotMatch(text, HASH_FILE_NAME);
  });

  test("on a source page: the document's title, its metadata or 未记录, the page URL, access date and the import date", async () => {
    const file = files[0] ?? "";
    const page = await open(`/sources/${file}`);
    const title = (await page.locator("h1").innerText()).replace(/ · 原文$/, "");
    await page.close();
    const { text, today } = await copied(`/sources/${file}`, `复制引用：${title}`);
    assert.ok(text.startsWith(title), text);
    const meta = METADATA.documents[file];
    for (const value of [meta?.url, meta?.publisher, meta?.publishedOn]) assert.ok(text.includes(value ?? NOT_RECORDED), text);
    assert.ok(text.includes(`${server.baseUrl}/sources/${file}`), text);
    assert.ok(text.includes(`访问日期 ${today}`), text);
    assert.ok(text.includes(`数据版本 ${importedOn} 导入`), text);
  });
});

describe("flags on a district's tree link to their own finding", () => {
  test("every flag names its finding (and the cell, where the line has several) and lands on that finding's card", async () => {
    const page = await open("/districts/qingpu");
    const flags = page.locator('[data-testid="functional-tree"] [data-testid="finding-flag"]');
    const n = await flags.count();
    assert.ok(n > 1, `${n} flags`);
    const seen = new Set<string>();
    let withCells = 0;
    for (let i = 0; i < n; i++) {
      const flag = flags.nth(i);
      const href = (await flag.getAttribute("href")) ?? "";
      const id = /#(F-[0-9a-f]+)$/.exec(href)?.[1];
      assert.ok(id, `flag ${i} links to a finding: ${href}`);
      const name = (await flag.getAttribute("aria-label")) ?? "";
      const [file, line] = ((await flag.getAttribute("data-line")) ?? "").split("#");
      const columns = query<{ column: string }>(
        `SELECT DISTINCT l."column" AS "column" FROM FindingLocation l JOIN SourceDocument d ON d.id = l.documentId WHERE l.findingId = ? AND d.fileName = ? AND l.line = ? AND l."column" IS NOT NULL`,
        id, file, Number(line),
      );
      assert.ok(query("SELECT 1 FROM FindingLocation l JOIN SourceDocument d ON d.id = l.documentId WHERE l.findingId = ? AND d.fileName = ? AND l.line = ?", id, file, Number(line)).length > 0,
        `${id} names ${file}#${line}`);
      for (const { column } of columns) assert.ok(name.includes(column), `${name} names the cell ${column}`);
      // Label in name (WCAG 2.5.3): a reader who says what the flag shows ("合计") names this link.
      const shown = (await flag.innerText()).replace("⚠", "").trim();
      if (shown !== "") {
        withCells++;
        assert.ok(name.includes(` ${shown} `), `"${name}" holds the flag's visible text "${shown}" as a word`);
      }
      seen.add(`${file}#${line}:${name}`);
    }
    assert.equal(seen.size, n, "flags of one line have different names");
    assert.ok(withCells > 0, "some flag shows its cells, so the label-in-name check ran");

    // Clicking a flag lands on its own card, in view.
    const first = flags.first();
    const id = /#(F-[0-9a-f]+)$/.exec((await first.getAttribute("href")) ?? "")?.[1] ?? "";
    await first.click();
    await page.waitForFunction((want) => document.querySelector(":target")?.id === want, id);
    const card = page.locator(`[id="${id}"]`);
    assert.ok(await card.isVisible());
    const box = await card.boundingBox();
    assert.ok(box && box.y < 900 && box.y + box.height > 0, `card ${id} in view`);
    const flagName = (await first.getAttribute("aria-label")) ?? "";
    const heading = (await card.locator(".finding-title").first().innerText()).replace(/^(错误|警告|提示)/, "").trim();
    assert.ok(flagName.includes(heading), `${flagName} names ${heading}`);
    await page.close();
  });
});

describe("print", () => {
  test("every chart prints as its static drawing with all its marks; controls that do nothing on paper are not printed", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: "print" });
    for (const pathname of allPages()) {
      await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
      const figures = page.locator('[data-testid="chart"]');
      for (let i = 0; i < (await figures.count()); i++) {
        const svg = figures.nth(i).locator('svg[data-unit="wan"]');
        await svg.waitFor({ state: "visible", timeout: 10_000 });
        const { box, marks } = await svg.evaluate((s) => {
          const all = [...s.querySelectorAll("[data-mark], [data-status]")];
          const { width, height } = s.getBoundingClientRect();
          return { box: { width, height }, marks: { all: all.length, drawn: all.filter((m) => m.getBoundingClientRect().width + m.getBoundingClientRect().height > 0).length } };
        });
        assert.ok(box.height > 100 && box.width > 200, `${pathname} chart ${i}: ${JSON.stringify(box)}`);
        assert.ok(marks.all > 0, `${pathname} chart ${i} has marks`);
        assert.equal(marks.drawn, marks.all, `${pathname} chart ${i}: every mark printed`);
      }
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, input, a.download, a[download], [data-testid="unit-switch"]')]
          .filter((e) => (e as HTMLElement).checkVisibility())
          .map((e) => e.outerHTML.slice(0, 80)));
      assert.deepEqual(controls, [], `${pathname}: controls printed`);
    }
    // The year-over-year line of a metric: one printed point per figure.
    await page.goto(`${server.baseUrl}/metrics/mutual-aid`, { waitUntil: "load" });
    const points = await page.locator('#chart-mutual-aid-yoy svg[data-unit="wan"] [data-mark="point"]').count();
    assert.equal(points, expectedMetricValues("mutual-aid").filter((v) => v.amountYuan !== null).length);
    await page.close();
  });
});

describe("download controls have their own names", () => {
  test("on every page each CSV/JSON/ZIP link and SVG/PNG button has a distinct accessible name naming its data", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const pathname of allPages()) {
      await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[download], a[href^="/api/"], [data-testid="download-svg"], [data-testid="download-png"]')]
          .filter((e) => e.checkVisibility())
          .map((e) => ({ role: e.tagName === "A" ? "link" : "button", href: e.getAttribute("href"), label: (e.getAttribute("aria-label") ?? e.textContent ?? "").trim() })));
      const names = controls.map((c) => c.label);
      assert.equal(new Set(names).size, names.length, `${pathname}: ${names.join(" | ")}`);
      for (const control of controls) {
        // The accessible name as the browser computes it is this label, and no other control has it.
        assert.equal(await page.getByRole(control.role as "link" | "button", { name: control.label, exact: true }).count(), 1, `${pathname}: ${control.label}`);
        if (!control.href) continue;
        const segments = control.href.split("?")[0]?.split("/").slice(2) ?? [];
        const fileName = segments.pop() ?? "";
        const dataset = /^([a-z-]+)\.(csv|json)$/.exec(fileName)?.[1];
        if (dataset && dataset in DATASET_NAMES) {
          assert.ok(control.label.includes(DATASET_NAMES[dataset] ?? ""), `${pathname}: ${control.label} names ${dataset}`);
          for (let i = 0; i + 1 < segments.length; i += 2) {
            const values = (segments[i + 1] ?? "").split(",");
            for (const value of values) {
              const shown = segments[i] === "district" ? DISTRICT_NAMES[value] : segments[i] === "metric" ? METRIC_NAMES[value] : `${value} 年`;
              assert.ok(shown && control.label.includes(shown), `${pathname}: ${control.label} names ${segments[i]} ${value}`);
            }
          }
        }
      }
    }
    await page.close();
  });
});
