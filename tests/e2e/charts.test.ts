// Charts in real Chromium at 375 and 1280 px: downloaded images hold the chart (marks counted in the SVG, the PNG
// rasterised and measured), line charts leave years without a document as gaps, controls sit beside the chart
// they drive, charts exist without JavaScript and in print, controls have names, and /embed can be framed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { expectedMetricValues, type ExpectedMetricValue } from "./dashboard-pages";
import { E2E_DATABASE_URL, launchBrowser, startServer, type RunningServer } from "./harness";

const METRICS = ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"] as const;
const TITLES: Record<(typeof METRICS)[number], string> = {
  "medical-assistance": "医疗救助", "mutual-aid": "互助帮困", "three-public": "三公经费", "operating-expenses": "机关运行经费",
};
/** Okabe–Ito colours in the order of the districts' slugs (lib/dashboard/charts.ts districtColor). */
const DISTRICT_COLORS: Record<string, string> = { baoshan: "#0072B2", putuo: "#D55E00", qingpu: "#009E73" };
/** The latest year with a document: the bar chart a metric page shows first. */
const LATEST = 2026;

let server: RunningServer;
let browser: Browser;
let dataVersion = "";

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const db = new Database(E2E_DATABASE_URL.slice("file:".length), { readonly: true });
  try {
    dataVersion = (db.prepare("SELECT dataVersion FROM ImportRun").get() as { dataVersion: string }).dataVersion;
  } finally {
    db.close();
  }
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** 1, 2, 2.5 or 5 × 10ⁿ. */
function isNiceStep(step: number): boolean {
  if (!(step > 0)) return false;
  const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
  return [1, 2, 2.5, 5].includes(mantissa);
}

const withAmount = (values: readonly ExpectedMetricValue[]) => values.filter((v) => v.amountYuan !== null);

/** Neighbouring calendar years of one district that both have a figure: the only line segments allowed. */
function adjacentPairs(values: readonly ExpectedMetricValue[]): number {
  const have = new Set(withAmount(values).map((v) => `${v.district}:${v.year}`));
  return withAmount(values).filter((v) => have.has(`${v.district}:${v.year + 1}`)).length;
}

async function open(pathname: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  await page.goto(`${server.baseUrl}${pathname}`, { waitUntil: "load" });
  return page;
}

async function ready(page: Page, scope: string, testId: string): Promise<void> {
  await page.waitForSelector(`${scope} [data-testid="${testId}"][data-ready="true"]`, { timeout: 60_000 });
}

/**
 * Engages a chart as a reader focusing it would (focus bubbles to its box), until its interactive layer is drawn.
 * Repeated because an event sent before the island's listeners are attached is lost; a hover instead raced with the
 * static drawing being hidden once the chart engaged.
 */
async function engage(page: Page, figure: string): Promise<void> {
  const surface = page.locator(`${figure} svg.recharts-surface`);
  for (let attempt = 0; attempt < 60 && !(await surface.isVisible()); attempt++) {
    await page.locator(`${figure} svg[data-unit="wan"]`).first().dispatchEvent("focusin");
    await surface.waitFor({ timeout: 1_000 }).catch(() => undefined);
  }
  await surface.waitFor({ timeout: 1_000 });
}

interface SvgFacts {
  parseError: boolean;
  texts: string[];
  points: number;
  segments: number;
  bars: number;
  valueLabels: string[];
  legend: string[];
  hollowDerived: boolean;
  derived: number;
  ticks: number[];
  /** The drawing's box inside the image (below the title and legend, above the sources). */
  plot: { y: number; height: number };
}

/** Reads a standalone SVG with the browser's XML parser. */
async function svgFacts(page: Page, markup: string): Promise<SvgFacts> {
  // No helper functions inside: the test runner's transpiler would name them with a helper the page lacks.
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const derivedShapes = [...doc.querySelectorAll('[data-mark="point"][data-status="derived"] > :not(title), [data-mark="bar"][data-status="derived"]')];
    return {
      parseError: doc.querySelector("parsererror") !== null,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      points: doc.querySelectorAll('[data-mark="point"]').length,
      segments: doc.querySelectorAll('[data-mark="segment"]').length,
      bars: doc.querySelectorAll('[data-mark="bar"]').length,
      valueLabels: [...doc.querySelectorAll("[data-value-label]")].map((t) => t.textContent ?? ""),
      legend: [...doc.querySelectorAll("[data-legend]")].map((g) => g.textContent ?? ""),
      hollowDerived: derivedShapes.every((s) => s.getAttribute("fill") === "#fff"),
      derived: derivedShapes.length,
      ticks: [...doc.querySelectorAll("[data-tick]")].map((t) => Number(t.getAttribute("data-tick"))),
      plot: { y: Number(doc.querySelector('[data-part="chart"]')?.getAttribute("y")), height: Number(doc.querySelector('[data-part="chart"]')?.getAttribute("height")) },
    };
  }, markup);
}

/** Share of non-white pixels, overall and in the drawing's box, and pixels there close to each colour. */
async function pngFacts(page: Page, png: Buffer, colors: readonly string[], plot: { y: number; height: number }, scale: number) {
  return page.evaluate(
    async ({ base64, colors: wanted, top, bottom }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no canvas");
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const rgb = wanted.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const near = rgb.map(() => 0);
      let inked = 0;
      let middle = 0;
      for (let p = 0; p < data.length; p += 4) {
        const [r = 255, g = 255, b = 255] = [data[p], data[p + 1], data[p + 2]];
        if (Math.min(r, g, b) >= 235) continue;
        inked++;
        const row = Math.floor(p / 4 / canvas.width);
        if (row < top || row >= bottom) continue;
        middle++;
        rgb.forEach(([cr = 0, cg = 0, cb = 0], i) => {
          if (Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < 60) near[i] = (near[i] ?? 0) + 1;
        });
      }
      const size = canvas.width * canvas.height;
      return { width: canvas.width, height: canvas.height, inked: inked / size, middle: middle / (canvas.width * (bottom - top)), near };
    },
    { base64: png.toString("base64"), colors, top: Math.floor(plot.y * scale), bottom: Math.ceil((plot.y + plot.height) * scale) },
  );
}

async function download(page: Page, figure: string, format: "svg" | "png"): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`${figure} [data-testid="download-${format}"]`).click()]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

describe("downloaded chart images hold the chart", () => {
  for (const metric of METRICS) {
    for (const width of [375, 1280]) {
      test(`${metric} at ${width} px: line and bar chart as SVG and PNG`, async () => {
        const values = expectedMetricValues(metric);
        const page = await open(`/metrics/${metric}`, width);
        const charts = [
          { file: `${metric}-yoy`, figure: `figure[data-chart-id="${metric}-yoy"]`, title: `${TITLES[metric]}：逐年变化`, path: `/metrics/${metric}`, values },
          { file: `${metric}-${LATEST}`, figure: `figure[data-chart-id="${metric}-${LATEST}"]`, title: `${TITLES[metric]}：${LATEST} 年各区对比`, path: `/metrics/${metric}?year=${LATEST}`, values: values.filter((v) => v.year === LATEST) },
        ];
        for (const chart of charts) {
          // Hydrated buttons (or, on builds that draw images from the interactive chart, that chart drawn).
          await page.waitForFunction((figure) => {
            document.querySelector(figure)?.scrollIntoView({ block: "center" });
            return document.querySelector(`${figure} [data-testid="chart-actions"][data-ready="true"], ${figure} svg.recharts-surface`) !== null;
          }, chart.figure, { timeout: 60_000, polling: 200 });
          const svg = await download(page, chart.figure, "svg");
          assert.equal(svg.name, `${chart.file}.svg`);
          const facts = await svgFacts(page, svg.body.toString("utf8"));
          const text = facts.texts.join("\n");
          assert.equal(facts.parseError, false, `${chart.figure}: the SVG parses`);
          assert.ok(facts.texts.includes(chart.title), `${chart.figure}: title`);
          if (chart.figure.includes("-yoy")) {
            assert.equal(facts.points, withAmount(chart.values).length, `${chart.figure}: one point per figure in the table`);
            assert.equal(facts.segments, adjacentPairs(chart.values), `${chart.figure}: segments only between neighbouring years`);
          } else {
            assert.equal(facts.bars, withAmount(chart.values).length, `${chart.figure}: one bar per figure in the table`);
            assert.deepEqual(facts.valueLabels.map((l) => l.replace("（推算）", "")).sort(), withAmount(chart.values).map((v) => v.shownWan).sort());
          }
          assert.ok(facts.texts.includes("单位：万元") && facts.texts.includes("金额（万元）"), `${chart.figure}: unit and value-axis title`);
          assert.ok(facts.ticks.length >= 3 && facts.ticks[0] === 0, `${chart.figure}: value-axis ticks ${facts.ticks}`);
          assert.match(text, /来源：/);
          assert.ok(text.includes(`数据版本 ${dataVersion}`), `${chart.figure}: data version`);
          assert.ok(text.includes(`上海区医保局预算对比 · ${server.baseUrl}${chart.path}`), `${chart.figure}: site name and URL`);
          assert.ok(facts.legend.length > 0, `${chart.figure}: legend`);
          assert.equal(facts.hollowDerived, true, `${chart.figure}: derived marks are hollow`);
          const derived = chart.values.filter((v) => v.status === "derived").length;
          assert.equal(facts.derived, derived);
          if (derived > 0) assert.ok(facts.legend.some((l) => l.includes("推算")), `${chart.figure}: the derived mark is in the legend`);
          const png = await download(page, chart.figure, "png");
          assert.equal(png.name, `${chart.file}.png`);
          assert.equal(png.body.subarray(1, 4).toString(), "PNG");
          const colors = [...new Set(withAmount(chart.values).map((v) => DISTRICT_COLORS[v.district] ?? "#000000"))];
          const raster = await pngFacts(page, png.body, colors, facts.plot, 2);
          assert.ok(raster.width >= 1200, `PNG is drawn at 2×: ${raster.width} px`);
          console.log(`${chart.figure} ${width}: PNG ${raster.width}×${raster.height}, ${(raster.inked * 100).toFixed(1)} % inked, middle ${(raster.middle * 100).toFixed(1)} %, colours ${raster.near.join("/")}`);
          assert.ok(raster.middle > 0.02, `${chart.figure}: the PNG's drawing area holds the chart (${(raster.middle * 100).toFixed(1)} % inked)`);
          raster.near.forEach((count, i) => assert.ok(count > 150, `${chart.figure}: ${colors[i]} marks in the PNG (${count} px)`));
        }
        await page.close();
      });
    }
  }
});

describe("line charts tell the truth", () => {
  test("years without a document are gaps labelled 未收录, distinct from 未公开; derived hollow; scope on the mark", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/metrics/three-public`);
    const svg = '#chart-three-public-yoy svg[data-unit="wan"]';
    // 2024: no district has a document — a shaded column saying 未收录, and no segment crosses it.
    assert.equal(await page.locator(`${svg} text[data-status="not_collected"]`).filter({ hasText: /^未收录$/ }).count(), 1);
    const segments = await page.$$eval(`${svg} [data-mark="segment"]`, (lines) => lines.map((l) => [l.getAttribute("x1"), l.getAttribute("x2")]));
    assert.equal(segments.length, adjacentPairs(expectedMetricValues("three-public")));
    // 普陀: 2023 not collected, 2026 a collected document without the figure.
    assert.equal(await page.locator(`${svg} text[data-series="putuo"][data-status="not_collected"]`).first().textContent(), "普陀：未收录");
    assert.equal(await page.locator(`${svg} text[data-series="putuo"][data-status="not_disclosed"]`).textContent(), "普陀：未公开");
    // Derived points hollow, and in the legend.
    const derived = await page.$$eval(`${svg} [data-mark="point"][data-status="derived"] > :not(title)`, (els) => els.map((e) => e.getAttribute("fill")));
    assert.ok(derived.length > 0 && derived.every((f) => f === "#fff"));
    assert.match(await page.locator('#chart-three-public-yoy [data-legend="derived"]').innerText(), /推算/);
    // 青浦 2023 is one unit (square), 宝山 the whole department (circle); the legend says which is which.
    assert.equal(await page.locator(`${svg} [data-mark="point"][data-series="qingpu"][data-category="2023"] rect`).count(), 1);
    assert.equal(await page.locator(`${svg} [data-mark="point"][data-series="baoshan"][data-category="2023"] circle`).count(), 1);
    const legend = await page.locator("#chart-three-public-yoy [data-testid=chart-legend]").innerText();
    assert.match(legend, /部门/);
    assert.match(legend, /单位/);
    await context.close();
  });

  test("value axes step by 1, 2, 2.5 or 5 × 10ⁿ in both units on every chart", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const metric of METRICS) {
      await page.goto(`${server.baseUrl}/metrics/${metric}`);
      const axes = await page.$$eval("[data-testid=static-chart] > svg", (svgs) =>
        svgs.map((s) => ({ chart: `${s.getAttribute("data-chart")} ${s.getAttribute("data-unit")}`, ticks: [...s.querySelectorAll("[data-tick]")].map((t) => Number(t.getAttribute("data-tick"))) })));
      assert.ok(axes.length >= 4, metric);
      for (const { chart, ticks } of axes) {
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        assert.equal(ticks[0], 0, chart);
        assert.ok(isNiceStep(step), `${chart}: step ${step} in ${ticks}`);
        ticks.forEach((tick, i) => assert.ok(Math.abs(tick - i * step) < step * 1e-9, `${chart}: ${ticks}`));
      }
    }
    await context.close();
  });

  test("the interactive tooltip says 未收录 for a year without documents and 未公开 for an undisclosed figure", async () => {
    const page = await open("/metrics/three-public", 1280);
    const figure = page.locator("#chart-three-public-yoy");
    await figure.scrollIntoViewIfNeeded();
    // The chart code loads when the reader points at the chart.
    await engage(page, "#chart-three-public-yoy");
    const surface = figure.locator("svg.recharts-surface");
    const box = await surface.boundingBox();
    assert.ok(box);
    const tooltip = figure.locator('[data-testid="chart-tooltip"]');
    const columns = expectedMetricValues("three-public").map((v) => v.year);
    const first = Math.min(...columns);
    const count = Math.max(...columns) - first + 1;
    const hover = async (year: number) => {
      await page.mouse.move(box.x + box.width * (0.02 + 0.96 * ((year - first + 0.5) / count)), box.y + 100);
      await page.waitForFunction((y) => document.querySelector('#chart-three-public-yoy [data-testid="chart-tooltip"] strong')?.textContent === String(y), year);
      return tooltip.innerText();
    };
    const gap = await hover(2024);
    assert.match(gap, /宝山 2024：未收录/);
    assert.doesNotMatch(gap, /未公开/);
    assert.ok(await tooltip.isVisible());
    assert.match(await hover(2026), /普陀 2026：未公开/);
    await page.close();
  });
});

describe("controls sit beside the chart they drive", () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px the 年度 selector is directly above the district bar chart and drives it only`, async () => {
      const page = await open("/metrics/mutual-aid", width);
      await ready(page, "", "year-controls");
      await ready(page, "", "district-controls");
      const box = async (selector: string) => {
        const b = await page.locator(selector).first().boundingBox();
        assert.ok(b, selector);
        return b;
      };
      const year = await box('[data-testid="year-controls"]');
      const bars = await box(`#chart-mutual-aid-${LATEST}`);
      const yoy = await box("#chart-mutual-aid-yoy");
      const toggles = await box('[data-testid="district-controls"]');
      const boxes = JSON.stringify({ year, bars, yoy, toggles });
      assert.ok(year.y > yoy.y + yoy.height, `the year selector is below the line chart, not above it: ${boxes}`);
      assert.ok(bars.y - (year.y + year.height) >= 0 && bars.y - (year.y + year.height) < 32, `year selector → bar chart: ${boxes}`);
      assert.ok(yoy.y - (toggles.y + toggles.height) >= 0 && yoy.y - (toggles.y + toggles.height) < 32, `district toggles sit right above the line chart: ${boxes}`);
      assert.equal(await page.locator('[data-testid="year-controls"]').count(), 1);
      await page.selectOption('[data-testid="year-select"]', "2023");
      await page.waitForURL(/year=2023/);
      await page.locator("#chart-mutual-aid-2023").waitFor({ state: "visible" });
      await page.locator(`#chart-mutual-aid-${LATEST}`).waitFor({ state: "hidden" });
      assert.ok(await page.locator("#chart-mutual-aid-yoy").isVisible());
      await page.close();
    });
  }
});

describe("without JavaScript and in print", () => {
  test("no JavaScript: every chart is drawn, nothing says 图表加载中, controls that need JavaScript are hidden", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    for (const metric of METRICS) {
      await page.goto(`${server.baseUrl}/metrics/${metric}`);
      assert.doesNotMatch(await page.locator("main").innerText(), /图表加载中/);
      const figures = page.locator('[data-testid="chart"]');
      const n = await figures.count();
      assert.ok(n >= 3, `${metric}: ${n} charts`);
      for (let i = 0; i < n; i++) {
        const svg = figures.nth(i).locator('svg[data-unit="wan"]');
        assert.ok(await svg.isVisible(), `${metric} chart ${i} visible`);
        const marks = await svg.locator("[data-mark], [data-status]").count();
        assert.ok(marks > 0, `${metric} chart ${i} has marks or gap labels`);
      }
      for (const id of ["year-controls", "district-controls", "chart-actions"]) {
        const controls = page.locator(`[data-testid="${id}"]`);
        for (let i = 0; i < (await controls.count()); i++) assert.ok(!(await controls.nth(i).isVisible()), `${metric}: ${id} hidden`);
      }
    }
    await context.close();
  });

  test("print keeps the charts (the static SVG) and drops the buttons", async () => {
    const page = await open("/metrics/operating-expenses", 1280);
    await engage(page, "#chart-operating-expenses-yoy");
    await page.emulateMedia({ media: "print" });
    for (const id of ["operating-expenses-yoy", "operating-expenses-2023", "operating-expenses-2026"]) {
      const svg = page.locator(`#chart-${id} svg[data-unit="wan"]`);
      assert.ok(await svg.isVisible(), `${id} printed`);
      assert.ok(((await svg.boundingBox())?.height ?? 0) > 100);
      assert.ok(!(await page.locator(`#chart-${id} [data-testid="chart-actions"]`).isVisible()));
    }
    assert.ok(!(await page.locator("#chart-operating-expenses-yoy svg.recharts-surface").isVisible()));
    await page.close();
  });
});

describe("names, announcements, links and embeds", () => {
  test("each download and copy-link button names its chart and format", async () => {
    const page = await open("/metrics/medical-assistance", 375);
    await ready(page, "#chart-medical-assistance-yoy", "chart-actions");
    const names = await page.$$eval('[data-testid="chart-actions"] button', (buttons) =>
      buttons.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.getAttribute("aria-label") ?? b.textContent ?? ""));
    assert.ok(names.length >= 6);
    assert.equal(new Set(names).size, names.length, `names differ: ${names.join(" | ")}`);
    assert.equal(await page.getByRole("button", { name: "下载 医疗救助：逐年变化 SVG 图片", exact: true }).count(), 1);
    assert.equal(await page.getByRole("button", { name: `下载 医疗救助：${LATEST} 年各区对比 PNG 图片`, exact: true }).count(), 1);
    assert.equal(await page.getByRole("button", { name: "复制链接：医疗救助：逐年变化", exact: true }).count(), 1);
    await page.close();
  });

  test("a unit switch change is announced", async () => {
    const page = await open("/metrics/medical-assistance", 1280);
    await ready(page, "", "unit-switch");
    const live = page.locator('[data-testid="unit-announcement"]');
    assert.equal(await live.getAttribute("role"), "status");
    await page.click('[data-testid="unit-yuan"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="unit-announcement"]')?.textContent === "单位已切换为元");
    // The chart follows the unit.
    await page.locator('#chart-medical-assistance-yoy svg[data-unit="yuan"]').waitFor({ state: "visible" });
    assert.ok(!(await page.locator('#chart-medical-assistance-yoy svg[data-unit="wan"]').isVisible()));
    await page.close();
  });

  test("复制链接 copies the current view with year, districts and unit", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.baseUrl });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/metrics/mutual-aid?districts=baoshan,qingpu&unit=yuan`);
    await ready(page, `#chart-mutual-aid-${LATEST}`, "chart-actions");
    await page.locator(`#chart-mutual-aid-${LATEST} [data-testid="copy-link"]`).click();
    await page.waitForFunction((id) => /已复制/.test(document.querySelector(`#chart-${id} [data-testid="chart-status"]`)?.textContent ?? ""), `mutual-aid-${LATEST}`);
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.pathname, "/metrics/mutual-aid");
    assert.equal(copied.searchParams.get("year"), String(LATEST));
    assert.equal(copied.searchParams.get("districts"), "baoshan,qingpu");
    assert.equal(copied.searchParams.get("unit"), "yuan");
    assert.equal(copied.hash, `#chart-mutual-aid-${LATEST}`);
    await page.goto(copied.toString());
    await ready(page, "", "district-controls");
    assert.equal(await page.locator('[data-testid="district-putuo"]').isChecked(), false);
    // The district left out leaves the legend too.
    await page.locator('#chart-mutual-aid-yoy [data-legend="series"][data-series="putuo"]').waitFor({ state: "hidden" });
    assert.ok(await page.locator('#chart-mutual-aid-yoy [data-legend="series"][data-series="qingpu"]').isVisible());
    await context.close();
  });

  test("/embed pages show the chart with its source and a link back; other sites may frame them, and only them", async () => {
    const values = expectedMetricValues("mutual-aid");
    const yoy = await fetch(`${server.baseUrl}/embed/metrics/mutual-aid`);
    assert.equal(yoy.status, 200);
    assert.match(yoy.headers.get("content-security-policy") ?? "", /frame-ancestors \*/);
    assert.equal(yoy.headers.get("x-frame-options"), null);
    const yoyHtml = await yoy.text();
    assert.equal(yoyHtml.match(/data-mark="point"/g)?.length, withAmount(values).length);
    assert.match(yoyHtml, /来源：/);
    const page = await fetch(`${server.baseUrl}/metrics/mutual-aid`);
    assert.match(page.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/);
    assert.equal(page.headers.get("x-frame-options"), "DENY");
    assert.equal((await fetch(`${server.baseUrl}/embed/metrics/unknown`)).status, 404);
    assert.equal((await fetch(`${server.baseUrl}/embed/metrics/mutual-aid/1999`)).status, 404);
    assert.equal((await fetch(`${server.baseUrl}/embed/metrics/mutual-aid?unit=x`)).status, 400);

    // A page on another origin frames the embed and, for comparison, a normal page.
    const host: Server = createServer((_, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!DOCTYPE html><iframe name="embed" src="${server.baseUrl}/embed/metrics/mutual-aid/2023" width="375" height="500"></iframe>` +
        `<iframe name="page" src="${server.baseUrl}/metrics/mutual-aid" width="375" height="500"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, "localhost", resolve));
    try {
      const viewer = await browser.newPage({ viewport: { width: 800, height: 1100 } });
      await viewer.goto(`http://localhost:${(host.address() as AddressInfo).port}/`, { waitUntil: "load" });
      const embed = viewer.frame({ name: "embed" });
      assert.ok(embed);
      await embed.waitForSelector('[data-mark="bar"]');
      assert.equal(await embed.locator('[data-mark="bar"]').count(), withAmount(values.filter((v) => v.year === 2023)).length);
      assert.match(await embed.locator('[data-testid="embed-source"]').innerText(), /^来源：.*数据版本/);
      const back = embed.locator('[data-testid="embed-back"]');
      assert.equal(await back.getAttribute("href"), `${server.baseUrl}/metrics/mutual-aid?year=2023`);
      assert.equal(await back.getAttribute("target"), "_blank");
      const framed = viewer.frame({ name: "page" });
      assert.ok(framed);
      assert.equal(await framed.locator("main").count(), 0, "a normal page refuses to be framed");
      await viewer.close();
    } finally {
      await new Promise<void>((resolve) => host.close(() => resolve()));
    }
  });
});
