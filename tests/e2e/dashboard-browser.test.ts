// The dashboard in real Chromium: charts appear and match the database, units switch, source links land on
// a highlighted line (chart images: tests/e2e/charts.test.ts); screenshots at 375 px and 1280 px go to screenshots/ for review.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, ROOT, startServer, type RunningServer } from "./harness";
import { expectedMetricValues, PAGES } from "./dashboard-pages";

const SHOTS = path.join(ROOT, "screenshots");
let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until the client has rendered the control with its handlers (the server HTML holds an inert copy). */
async function whenReady(page: Page, testId: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${testId}"][data-ready="true"]`, { timeout: 60_000 });
}

async function open(pathname: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

const shotName = (pathname: string, width: number) =>
  `${pathname === "/" ? "overview" : pathname.slice(1).replace(/[/?=&.]+/g, "_")}-${width}.png`;


/** Charts load when scrolled near: scroll the chart into view (again after hydration) until its SVG is drawn. */
async function waitForChart(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const figure = document.querySelector(sel);
      figure?.scrollIntoView({ block: "center" });
      return figure?.querySelector("svg.recharts-surface") != null;
    },
    selector,
    { timeout: 60_000, polling: 200 },
  );
}

describe("screenshots", () => {
  for (const width of [375, 1280]) {
    test(`every page at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const pathname of PAGES) {
        await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
        if (pathname.startsWith("/metrics/")) {
          await waitForChart(page, '[data-testid="chart"]');
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${pathname} at ${width}px overflows horizontally by ${overflow}px`);
        await page.screenshot({ path: path.join(SHOTS, shotName(pathname, width)), fullPage: true });
      }
      await page.close();
    });
  }
});

describe("metric pages", () => {
  for (const metric of ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"]) {
    test(`${metric}: chart SVG appears and the tables hold the figures read from the documents`, async () => {
      const page = await open(`/metrics/${metric}`);
      await waitForChart(page, '[data-chart-id$="-yoy"]');
      const rows = await page.$$eval('[data-testid="table-yoy"] tbody tr[data-year]', (trs) =>
        trs.map((tr) => ({
          district: tr.getAttribute("data-district"),
          year: Number(tr.getAttribute("data-year")),
          exact: tr.querySelector("td:nth-child(5)")?.textContent?.trim() ?? "",
        })),
      );
      const expected = expectedMetricValues(metric);
      assert.equal(rows.length, expected.length);
      for (const value of expected) {
        const row = rows.find((r) => r.district === value.district && r.year === value.year);
        assert.ok(row, `${value.district} ${value.year}`);
        assert.equal(row.exact, value.shownYuan ?? (value.status === "not_collected" ? "未收录" : "未公开"));
      }
      const lines = await page.$$eval('[data-chart-id$="-yoy"] .recharts-line', (els) => els.length);
      assert.ok(lines > 0);
      assert.deepEqual((page as Page & { errors?: string[] }).errors, []);
      await page.close();
    });
  }

  test("units switch between 万元 and 元 and stay in the URL", async () => {
    const page = await open("/metrics/medical-assistance");
    const cell = page.locator('[data-testid="table-year-2026"] tr[data-district="baoshan"] td.num').first();
    assert.match(await cell.innerText(), /3,376\.00 万元/);
    await whenReady(page, "unit-switch");
    await page.click('[data-testid="unit-yuan"]');
    await page.waitForFunction(() => document.documentElement.dataset.unit === "yuan");
    assert.match(await cell.innerText(), /33,760,000\.00 元/);
    assert.match(page.url(), /unit=yuan/);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.unit === "yuan");
    assert.match(await cell.innerText(), /33,760,000\.00 元/);
    await page.close();
  });

  test("year choice switches the district table and chart; a bad year shows a message", async () => {
    const page = await open("/metrics/mutual-aid?year=2023");
    await waitForChart(page, '[data-chart-id="mutual-aid-2023"]');
    assert.ok(await page.locator('[data-testid="table-year-2023"]').isVisible());
    assert.ok(!(await page.locator('[data-testid="table-year-2026"]').isVisible()));
    await page.goto(`${server.baseUrl}/metrics/mutual-aid?year=1999`);
    await page.waitForSelector(".param-problem");
    assert.ok(await page.locator('[data-testid="table-year-2026"]').isVisible());
    await page.close();
  });

  test("a source link lands on the highlighted line", async () => {
    const page = await open("/metrics/medical-assistance");
    await page.click('[data-testid="table-year-2026"] tr[data-district="baoshan"] a[data-testid="source-link"]');
    await page.waitForURL(/\/sources\/000_d13884772bd57538\.txt#L445$/);
    const target = page.locator("#L445");
    await target.waitFor();
    assert.match(await target.innerText(), /33,760,000\.00/);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, "rgb(255, 243, 176)");
    await page.setViewportSize({ width: 375, height: 800 });
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "source-target-375.png") });
    await page.close();
  });
});

describe("audit and district pages", () => {
  test("the audit list filters by district and severity", async () => {
    const page = await open("/audit");
    // 36 findings under 18 root causes (tests/audit.test.ts and tests/metrics.test.ts pin them).
    const total = await page.locator('#all-findings > li').count();
    assert.equal(total, 18);
    const shown = () =>
      page.$$eval("#all-findings > li", (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => `${li.id} ${li.getAttribute("data-district")} ${li.getAttribute("data-severity")}`));
    await whenReady(page, "audit-filter");
    await page.selectOption('[data-testid="filter-district"]', "qingpu");
    await page.waitForURL(/district=qingpu/);
    // 青浦's 9 roots: 3 errors, 3 warnings (year-mismatch), 3 notes (tests/audit.test.ts pins each).
    await page.waitForFunction(() => /^显示 9 \//.test(document.querySelector('[data-testid="finding-count"]')?.textContent ?? ""));
    const qingpu = await shown();
    assert.equal(qingpu.length, 9);
    assert.ok(qingpu.every((row) => row.split(" ")[1] === "qingpu"), qingpu.join("\n"));
    await page.selectOption('[data-testid="filter-severity"]', "error");
    await page.waitForURL(/(?=.*district=qingpu)(?=.*severity=error)/);
    await page.waitForFunction(() => /^显示 3 \//.test(document.querySelector('[data-testid="finding-count"]')?.textContent ?? ""));
    // The missing table 6 (003:17, F-72d0a9f8), 210's printed total (003:130, F-7fb4a46b) and 项目支出 (003:152, F-ea32c72d).
    assert.deepEqual((await shown()).sort(), ["F-72d0a9f8 qingpu error", "F-7fb4a46b qingpu error", "F-ea32c72d qingpu error"]);
    // The URL is the state: reloading it shows the same three.
    await page.reload();
    await whenReady(page, "audit-filter");
    await page.waitForFunction(() => /^显示 3 \//.test(document.querySelector('[data-testid="finding-count"]')?.textContent ?? ""));
    assert.equal((await shown()).length, 3);
    await page.close();
  });

  test("a finding card says what is printed, what the other figures say, the difference and what the site uses; knock-ons sit under their root", async () => {
    const page = await open("/audit");
    // 青浦 2023 表2 210 prints 18,003,263 (003:130) while its 款 rows add up to 25,453,263.
    const root = page.locator("#all-findings > li#F-7fb4a46b");
    const facts = await root.locator("> .finding-facts").innerText();
    assert.match(facts, /印为\s*18,003,263\.00 元/);
    assert.match(facts, /下级 4 行之和 25,453,263\.00 元/);
    assert.match(facts, /差额\s*−7,450,000\.00 元/);
    assert.match(facts, /本站采用\s*原文印刷数，不作更正/);
    assert.equal(await root.locator(".finding-effects > ol > li").count(), 15);
    // The text's 2,545.33 万元 is not called wrong: it sits under the table's misprint.
    assert.equal(await page.locator(".finding-effects #F-aa4fb39a").count(), 1);
    // 209 万元 in table 9 vs 208.71 万元 in the text: table 8 supports the text; the metric takes table 9.
    const precise = await page.locator("#F-7fcd1ea5").innerText();
    assert.match(precise, /表8第 327 行 2,087,132\.00 元 支持说明文字的数额/);
    assert.match(precise, /“机关运行经费”指标按定义取表9机关运行经费预算数，即 209 万元/);
    assert.doesNotMatch(precise, /应为/);
    await page.close();
  });

  test("the functional tree expands without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/districts/baoshan`);
    const item = page.locator('[data-code="2101301"]');
    assert.ok(!(await item.isVisible()));
    await page.locator('details[data-code="21013"] > summary').click();
    assert.ok(await item.isVisible());
    assert.match(await item.innerText(), /3,376\.00 万元/);
    await context.close();
  });
});
