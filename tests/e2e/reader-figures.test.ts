// What a reader is told, in real Chromium: the headline at the top of each metric page (without JavaScript, above
// the fold on a phone), 未收录 (no document collected) kept apart from 未公开 (a document that does not disclose)
// in every table, and every money table labelled with its unit and following the 万元/元 switch.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { expectedMetricValues } from "./dashboard-pages";
import { launchBrowser, startServer, type RunningServer } from "./harness";

const METRIC_PAGES = ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"];
const DISTRICTS = ["baoshan", "putuo", "qingpu"];
/** An iPhone SE's screen: the headline must be on the first one. */
const PHONE = { width: 375, height: 667 };

let server: RunningServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(pathname: string, options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const response = await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
  assert.equal(response?.status(), 200, pathname);
  return page;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

describe("metric-page headline", () => {
  for (const metric of METRIC_PAGES) {
    test(`${metric}: each district's latest figure, from the server, above the fold at 375 px`, async () => {
      const page = await open(`/metrics/${metric}`, { javaScript: false, viewport: PHONE });
      const items = await page.$$eval('[data-testid="headline-item"]', (lis) =>
        lis.map((li) => ({ district: li.getAttribute("data-district"), year: li.getAttribute("data-year"), yuan: li.getAttribute("data-yuan"), text: li.textContent ?? "" })),
      );
      assert.deepEqual(items.map((i) => i.district).sort(), DISTRICTS);
      const expected = expectedMetricValues(metric);
      for (const item of items) {
        const own = expected.filter((v) => v.district === item.district && v.amountYuan !== null).sort((a, b) => a.year - b.year);
        const latest = own[own.length - 1];
        if (latest) {
          assert.equal(item.year, String(latest.year), `${metric} ${item.district}`);
          assert.equal(item.yuan, latest.amountYuan);
          assert.ok(clean(item.text).includes(`${latest.shownWan ?? "(no hand-read 万元)"} 万元`), item.text);
          if (latest.status === "derived") assert.match(item.text, /推算/);
        } else {
          const undisclosed = expected.some((v) => v.district === item.district && v.status === "not_disclosed");
          assert.match(item.text, undisclosed ? /未公开/ : /未收录/, `${metric} ${item.district}: ${item.text}`);
          assert.doesNotMatch(item.text, /\b0\.00 万元/);
        }
      }
      const bottom = await page.$eval('[data-testid="headline"]', (el) => el.getBoundingClientRect().bottom);
      assert.ok(bottom <= PHONE.height, `${metric}: headline ends at ${bottom} px, below the first ${PHONE.height} px screen`);
      await page.context().close();
    });
  }

  test("医疗救助 宝山: 2026 figure, change since 2023 with both years, scope and source line", async () => {
    const page = await open("/metrics/medical-assistance", { javaScript: false });
    const item = page.locator('[data-testid="headline-item"][data-district="baoshan"]');
    const text = clean(await item.innerText());
    // 000_d13884772bd57538.txt:445 "年度资金申请总额 33,760,000.00"; 002_d56279bcd84de3ea.txt:408 "35,475,000.00".
    assert.match(text, /项目 2026 年 3,376\.00 万元 第 445 行/);
    assert.match(text, /较 2023 年 −171\.50 万元（−4\.83%）/);
    assert.match(text, /2023 年 3,547\.50 万元 第 408 行/);
    const hrefs = await item.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(hrefs, ["/sources/000_d13884772bd57538.txt#L445", "/sources/002_d56279bcd84de3ea.txt#L408"]);
    assert.equal(await item.locator(".money").first().getAttribute("title"), "33,760,000.00 元");
    // 青浦's 2023 unit budget has no such project: not disclosed, not 0.
    assert.match(clean(await page.locator('[data-testid="headline-item"][data-district="qingpu"]').innerText()), /青浦 未公开 2023 年的文件没有公开此数/);
    await page.context().close();
  });

  test("机关运行经费 宝山: change since the collected 2023 and since the derived (推算) 2025", async () => {
    const page = await open("/metrics/operating-expenses", { javaScript: false });
    const text = clean(await page.locator('[data-testid="headline-item"][data-district="baoshan"]').innerText());
    // 000_d13884772bd57538.txt:327 "168.98"; 002_d56279bcd84de3ea.txt:341 "157.51";
    // 000_d13884772bd57538.txt:341 "…预算168.98万元，比上年预算增加5.77万元" → 2025: 163.21 万元 (推算).
    assert.match(text, /部门 2026 年 168\.98 万元 第 327 行/);
    assert.match(text, /较 2023 年 \+11\.47 万元（\+7\.28%）/);
    assert.match(text, /较 2025 年（推算） \+5\.77 万元（\+3\.54%） · 2025 年 163\.21 万元（推算） 第 341 行/);
    await page.context().close();
  });
});

describe("未收录 is not 未公开", () => {
  for (const district of DISTRICTS) {
    test(`/districts/${district}: every year × metric cell says what metrics.csv says`, async () => {
      const page = await open(`/districts/${district}`);
      const cells = await page.$$eval('[data-testid="district-years"] tbody td', (tds) =>
        tds.map((td) => ({ year: Number(td.closest("tr")?.getAttribute("data-year")), metric: td.getAttribute("data-metric"), status: td.getAttribute("data-status"), text: (td as HTMLElement).innerText })),
      );
      let notCollected = 0;
      for (const metric of METRIC_PAGES) {
        for (const value of expectedMetricValues(metric).filter((v) => v.district === district)) {
          const cell = cells.find((c) => c.year === value.year && c.metric === metric);
          assert.ok(cell, `${district} ${value.year} ${metric}`);
          assert.equal(cell.status, value.status, `${district} ${value.year} ${metric}`);
          if (value.status === "not_collected") notCollected++;
          const want = value.status === "not_collected" ? "未收录" : value.status === "not_disclosed" ? "未公开" : `${value.shownWan ?? "(no hand-read 万元)"} 万元`;
          assert.ok(cell.text.includes(want), `${district} ${value.year} ${metric}: “${cell.text}” lacks ${want}`);
        }
      }
      assert.ok(notCollected > 0, "the fixture has years without a document");
      // The documents table names the years with no collected document.
      const uncollected = await page.$$eval('[data-testid="documents"] tr[data-status="not_collected"]', (trs) => trs.map((tr) => (tr as HTMLElement).innerText));
      assert.ok(uncollected.length > 0 && uncollected.every((t) => t.includes("未收录") && !t.includes("未公开")), uncollected.join(" | "));
      await page.context().close();
    });
  }

  for (const metric of METRIC_PAGES) {
    test(`/metrics/${metric}: a year-over-year row without a document reads 未收录 in its status and amount cells`, async () => {
      const page = await open(`/metrics/${metric}`);
      const rows = await page.$$eval('[data-testid="table-yoy"] tbody tr[data-year]', (trs) =>
        trs.map((tr) => ({ status: tr.getAttribute("data-status"), cells: [...tr.querySelectorAll("td")].slice(1, 4).map((td) => (td as HTMLElement).innerText.trim()) })),
      );
      const absent = rows.filter((r) => r.status === "not_collected");
      assert.ok(absent.length > 0);
      for (const row of absent) assert.deepEqual(row.cells, ["未收录", "未收录", "未收录"]);
      for (const row of rows.filter((r) => r.status === "not_disclosed")) assert.deepEqual(row.cells, ["未公开", "未公开", "未公开"]);
      await page.context().close();
    });
  }
});

describe("units", () => {
  const MONEY_PAGES = ["/", ...METRIC_PAGES.map((m) => `/metrics/${m}`), ...DISTRICTS.map((d) => `/districts/${d}`)];

  for (const pathname of MONEY_PAGES) {
    test(`${pathname}: 万元 with two decimals, exact 元 on hover, every money table labelled with its unit`, async () => {
      const page = await open(pathname);
      const figures = await page.$$eval(".money", (els) =>
        els.filter((el) => el.getClientRects().length > 0).map((el) => ({ wan: el.querySelector(".u-wan")?.textContent ?? "", title: el.getAttribute("title") ?? "" })),
      );
      assert.ok(figures.length > 0);
      for (const f of figures) {
        assert.match(f.wan, /^[+−]?\d{1,3}(,\d{3})*\.\d{2} 万元$/, `${pathname}: ${f.wan}`);
        assert.match(f.title, /^[+−]?\d{1,3}(,\d{3})*\.\d{2} 元$/, `${pathname}: ${f.title}`);
      }
      const unlabelled = await page.$$eval("table", (tables) =>
        tables.filter((t) => t.getClientRects().length > 0 && t.querySelector(".money") && !t.querySelector("caption .unit-note .u-wan")?.getClientRects().length).map((t) => t.querySelector("caption")?.textContent ?? t.getAttribute("data-testid")),
      );
      assert.deepEqual(unlabelled, [], `${pathname}: money tables without a unit`);
      await page.context().close();
    });
  }

  test("table 8 follows the 万元/元 switch, its caption says which", async () => {
    const page = await open("/districts/baoshan");
    await page.waitForSelector('[data-testid="unit-switch"][data-ready="true"]');
    const table = page.locator('[data-testid="economic-2026"]');
    // 000_d13884772bd57538.txt:284 "301 工资福利支出 15,311,427.62"
    const cell = table.locator("tbody tr").first().locator("td").nth(2);
    assert.equal(clean(await cell.innerText()), "1,531.14 万元");
    assert.equal(await cell.locator(".money").getAttribute("title"), "15,311,427.62 元");
    assert.match(clean(await table.locator("caption").innerText()), /单位：万元$/);
    await page.getByTestId("unit-yuan").click();
    await page.waitForFunction(() => document.documentElement.dataset.unit === "yuan");
    assert.equal(clean(await cell.innerText()), "15,311,427.62 元");
    assert.match(clean(await table.locator("caption").innerText()), /单位：元$/);
    await page.context().close();
  });

  test("the unit switch is shown only on pages whose figures follow it", async () => {
    for (const pathname of ["/", "/metrics/medical-assistance", "/districts/qingpu", "/audit", "/about", "/sources/000_d13884772bd57538.txt"]) {
      const page = await open(pathname);
      const shown = await page.getByTestId("unit-switch").isVisible();
      const hasMoney = (await page.locator("main .u-wan").count()) > 0;
      assert.equal(shown, hasMoney, `${pathname}: switch ${shown ? "shown" : "hidden"}, money figures ${hasMoney ? "present" : "absent"}`);
      assert.equal(shown, !["/audit", "/about", "/sources/000_d13884772bd57538.txt"].includes(pathname), pathname);
      await page.context().close();
    }
  });
});
