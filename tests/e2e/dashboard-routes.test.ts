// Dashboard routes over HTTP: every page renders its figures in the HTML, 404s are real, bad queries never 5xx,
// and no page references more than 150 KB gzip of JavaScript (the chart library loads after hydration).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startServer, type RunningServer } from "./harness";
import { documentFiles, expectedMetricValues, firstLoadJs, PAGES } from "./dashboard-pages";

let server: RunningServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

const get = async (path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, html: await response.text() };
};

describe("dashboard pages", () => {
  for (const path of PAGES) {
    test(`${path} renders with lang, description, title and a CSV link`, async () => {
      const { status, html } = await get(path);
      assert.equal(status, 200);
      assert.match(html, /<html lang="zh-CN"/);
      assert.match(html, /<meta name="description" content="[^"]+"/);
      assert.match(html, /<meta property="og:title" content="[^"]+"/);
      assert.match(html, /<title>[^<]+<\/title>/);
      assert.match(html, /data-testid="download-csv"/);
    });
  }

  test("every source document has a page with line anchors", async () => {
    for (const file of documentFiles()) {
      const { status, html } = await get(`/sources/${file}`);
      assert.equal(status, 200, file);
      assert.match(html, /id="L1"/);
    }
  });

  test("metric pages carry every district × year in the server HTML: the figure exactly, else 未公开 or 未收录", async () => {
    for (const metric of ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"]) {
      const { html } = await get(`/metrics/${metric}`);
      const named = expectedMetricValues(metric);
      let checked = 0;
      for (const value of named) {
        const where = `${metric} ${value.district} ${value.year}`;
        // The year-over-year table's row of this district and year (app/metrics/[metric]/page.tsx).
        const row = new RegExp(`<tr data-district="${value.district}" data-year="${value.year}" data-status="([a-z_]+)"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
        assert.ok(row, `${where}: no row`);
        assert.equal(row[1], value.status, where);
        const want = value.status === "not_disclosed" ? "未公开" : value.status === "not_collected" ? "未收录" : value.shownYuan;
        assert.ok(want !== null && row[2]?.includes(want), `${where}: row lacks ${want}`);
        checked++;
      }
      // 3 districts × 5 years (2022–2026), each named and each checked.
      assert.equal(named.length, 15, metric);
      assert.equal(checked, named.length, metric);
      assert.match(html, /href="\/sources\/[^"#]+#L\d+"/);
    }
  });

  test("the 宝山 2023→2026 questions are answerable from the HTML", async () => {
    const { html } = await get("/metrics/medical-assistance");
    assert.ok(html.includes("35,475,000.00") && html.includes("33,760,000.00"));
    assert.ok(html.includes("/sources/000_d13884772bd57538.txt#L445"));
    assert.ok(html.includes("−4.83%"), "percent change 2023→2026");
  });

  test("the main nav marks the section of the page as current, and leads to /districts", async () => {
    const navOf = (html: string) => /<nav aria-label="主导航">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
    const current = (html: string) => [...navOf(html).matchAll(/<a [^>]*>[^<]+<\/a>/g)].filter((m) => m[0].includes('aria-current="page"')).map((m) => />([^<]+)</.exec(m[0])?.[1]);
    for (const [path, section] of [["/", null], ["/metrics/mutual-aid", "指标"], ["/districts", "各区"], ["/districts/qingpu", "各区"], ["/audit", "核对问题"], ["/about", "说明"]] as const) {
      const { html } = await get(path);
      assert.deepEqual(current(html), section === null ? [] : [section], path);
      assert.match(navOf(html), /href="\/districts">各区</, path);
    }
  });

  test("/districts lists every imported district with its years", async () => {
    const { html } = await get("/districts");
    for (const slug of ["baoshan", "qingpu", "putuo"]) assert.match(html, new RegExp(`href="/districts/${slug}"`));
    // 宝山 published for 2023 (data/sources/001_*.txt, 002_*.txt) and 2026 (000_*.txt).
    assert.match(html, /宝山区<\/a><div class="muted" data-testid="district-years">2023、2026<!-- --> 年<\/div>/);
  });

  test("robots.txt", async () => {
    const { status, html } = await get("/robots.txt");
    assert.equal(status, 200);
    assert.match(html, /User-Agent: \*/i);
  });
});

describe("404s and bad query values", () => {
  for (const path of ["/metrics/unknown", "/districts/atlantis", "/sources/nope.txt", "/sources/..%2Fpackage.json", "/nothing-here"]) {
    test(`${path} → 404 page`, async () => {
      const { status, html } = await get(path);
      assert.equal(status, 404);
      assert.match(html, /找不到页面/);
    });
  }
  for (const query of ["?unit=bananas", "?year=abc", "?year=1999", "?districts=,,zzz", "?unit=%E0%A4%A", "?district=x&severity=y&file=z"]) {
    for (const path of ["/", "/metrics/mutual-aid", "/audit", "/districts/baoshan"]) {
      test(`${path}${query} → 200`, async () => {
        const { status } = await get(`${path}${query}`);
        assert.equal(status, 200);
      });
    }
  }
});

describe("first-load JavaScript", () => {
  test("every page references ≤ 150 KB gzip of module scripts, none of them Recharts", async () => {
    const report: string[] = [];
    for (const path of PAGES) {
      const { html } = await get(path);
      const { gzip, scripts } = await firstLoadJs(server.baseUrl, html);
      report.push(`${path}: ${gzip} B gzip in ${scripts.length} scripts`);
      assert.ok(gzip <= 150 * 1024, `${path}: ${gzip} B`);
      for (const src of scripts) {
        const body = await (await fetch(new URL(src, server.baseUrl))).text();
        assert.ok(!body.includes("recharts-cartesian-grid"), `${path}: ${src} contains Recharts`);
      }
    }
    console.log(report.join("\n"));
  });
});
