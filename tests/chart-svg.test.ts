// The chart renderer without a browser: nice ticks, gaps never bridged, statuses kept apart, text escaped.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { niceTicks } from "../lib/dashboard/chart-model";
import { renderChartImage, renderChartSvg, renderLegendHtml } from "../lib/dashboard/chart-svg";
import type { ChartCell, ChartSpec } from "../lib/dashboard/chart-types";
import { chartAmount, chartCell } from "../lib/dashboard/charts";
import { embedHtml } from "../lib/dashboard/embed";
import type { MetricValueRow } from "../lib/data/types";
import { countIn, elements, pick } from "./svg-markup";

describe("niceTicks", () => {
  const cases: Array<[number, number[]]> = [
    [1.4, [0, 0.5, 1, 1.5]],
    [209, [0, 50, 100, 150, 200, 250]],
    [3547.5, [0, 1000, 2000, 3000, 4000]],
    [13, [0, 5, 10, 15]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [35_475_000, [0, 10_000_000, 20_000_000, 30_000_000, 40_000_000]],
    [0, [0, 1]],
  ];
  for (const [max, ticks] of cases) {
    it(`${max} → ${ticks.join(", ")}`, () => assert.deepEqual(niceTicks(max), ticks));
  }
  it("never steps by 0.35 (the old axis of 1.4)", () => assert.ok(!niceTicks(1.4).includes(0.35)));
  it("takes at most the intervals asked for", () => assert.deepEqual(niceTicks(1, 4), [0, 0.25, 0.5, 0.75, 1]));
});

const row = (status: MetricValueRow["status"], amountYuan: string | null, scope: MetricValueRow["scope"] = "部门"): MetricValueRow =>
  ({ status, amountYuan, scope, entity: "某局" }) as MetricValueRow;

describe("chartCell", () => {
  it("keeps not collected (no row or a not_collected row) apart from not disclosed", () => {
    assert.equal(chartCell(undefined).status, "not_collected");
    assert.equal(chartCell(row("not_collected", null, null)).status, "not_collected");
    assert.equal(chartCell(row("not_disclosed", null)).status, "not_disclosed");
    assert.equal(chartCell(row("derived", "13000.00")).status, "derived");
    assert.deepEqual(chartCell(row("disclosed", "35475000.00"))?.amount, chartAmount("35475000.00"));
  });
});

function spec(cells: Array<Record<string, ChartCell>>): ChartSpec {
  return {
    id: "t-yoy", kind: "line", title: "测试 <&> 图", year: null,
    series: [{ key: "a", name: "甲", color: "#0072B2" }, { key: "b", name: "乙", color: "#D55E00" }],
    data: cells.map((c, i) => ({ category: String(2022 + i), cells: c })),
    ticks: { wan: niceTicks(3), yuan: niceTicks(30000) },
    citation: "来源：某文件，第 1 行；数据版本 v1", dataVersion: "v1",
    credit: { siteName: "站点", siteUrl: null, path: "/metrics/t" }, fileBase: "t-yoy",
  };
}

describe("renderChartSvg", () => {
  const value = (yuan: string, status: "disclosed" | "derived" = "disclosed"): ChartCell => ({ status, amount: chartAmount(yuan), scope: "部门", entity: null });
  const gap: ChartCell = { status: "not_collected", amount: null, scope: null, entity: null };
  const hidden: ChartCell = { status: "not_disclosed", amount: null, scope: "项目", entity: null };
  const chart = spec([
    { a: value("10000.00"), b: value("20000.00") },
    { a: value("20000.00", "derived"), b: gap },
    { a: gap, b: gap },
    { a: value("30000.00"), b: hidden },
  ]);
  const svg = renderChartSvg(chart, "wan");
  const count = (pattern: RegExp) => svg.match(pattern)?.length ?? 0;

  it("joins only neighbouring years that both have a figure", () => assert.equal(count(/data-mark="segment"/g), 1));
  it("draws one mark per figure, derived ones hollow", () => {
    assert.equal(count(/data-mark="point"/g), 4);
    assert.match(svg, /data-status="derived"[^>]*><title>[^<]*<\/title><circle r="4.5" fill="#fff"/);
  });
  it("labels a year nobody was collected for once, and each missing series by its status", () => {
    assert.equal(count(/>未收录</g), 1);
    assert.match(svg, />乙：未收录</);
    assert.match(svg, />乙：未公开</);
  });
  it("escapes text", () => {
    const image = renderChartImage(chart, { unit: "wan", siteUrl: "https://example.org/" }).svg;
    assert.match(image, /测试 &lt;&amp;&gt; 图/);
    assert.match(image, /站点 · https:\/\/example\.org\/metrics\/t</);
    assert.doesNotMatch(image, /<&>/);
  });
});


describe("line chart geometry (worked by hand from chart-layout: plot 30–210 px, 2 % padding each side)", () => {
  // Four years, ticks 0–3 万元: y(v) = 210 − v / 3 × 180, so 1 万元 → 150, 2 → 90, 3 → 30.
  // Bands of 0.96 / 4 = 24 %: year i is centred at 2 + 24 i + 12 = 14, 38, 62, 86 %.
  const value = (yuan: string, status: "disclosed" | "derived" = "disclosed", scope = "部门"): ChartCell => ({ status, amount: chartAmount(yuan), scope, entity: null });
  const gap: ChartCell = { status: "not_collected", amount: null, scope: null, entity: null };
  const hidden: ChartCell = { status: "not_disclosed", amount: null, scope: "项目", entity: null };
  const chart = spec([
    { a: value("10000.00"), b: value("20000.00", "disclosed", "单位") },
    { a: value("20000.00", "derived"), b: gap },
    { a: gap, b: gap },
    { a: value("30000.00", "disclosed", "项目"), b: hidden },
  ]);
  chart.ticks = { wan: [0, 1, 2, 3], yuan: [0, 10000, 20000, 30000] };
  const svg = renderChartSvg(chart, "wan");
  const points = elements(svg, "svg").filter((e) => e["data-mark"] === "point");
  const texts = elements(svg, "text");

  it("the drawing is 210 + 16 (year labels) + 14 (one note line) + 10 = 250 px high", () => {
    assert.equal(elements(svg, "svg")[0]?.height, "250");
  });

  it("each figure's mark sits at its year's centre and its value's height", () => {
    assert.deepEqual(points.map((p) => pick(p, "data-series", "data-category", "x", "y", "data-status")), [
      ["a", "2022", "14%", "150", "disclosed"],
      ["a", "2023", "38%", "90", "derived"],
      ["a", "2025", "86%", "30", "disclosed"],
      ["b", "2022", "14%", "90", "disclosed"],
    ]);
  });

  it("the mark's shape is its scope (部门 circle, 单位 square, 项目 triangle), hollow when derived", () => {
    assert.equal(countIn(svg, /<rect x="-4.5" y="-4.5" width="9" height="9" fill="#D55E00" stroke="#D55E00" stroke-width="2"\/>/g), 1);
    assert.equal(countIn(svg, /<polygon points="0,-6 5.5,4 -5.5,4" fill="#0072B2"/g), 1);
    assert.equal(countIn(svg, /<circle r="4.5" fill="#0072B2" stroke="#0072B2"/g), 1);
    assert.equal(countIn(svg, /<circle r="4.5" fill="#fff" stroke="#0072B2"/g), 1);
  });

  it("the one segment joins 2022 and 2023, dashed because 2023 is derived", () => {
    const segments = elements(svg, "line").filter((e) => e["data-mark"] === "segment");
    assert.deepEqual(segments.map((s) => pick(s, "x1", "y1", "x2", "y2", "stroke", "stroke-dasharray")), [["14%", "150", "38%", "90", "#0072B2", "5 4"]]);
  });

  it("gridlines at each tick's height, labelled 3 px above; the zero line darker", () => {
    const grid = elements(svg, "line").filter((e) => e["data-mark"] === undefined);
    assert.deepEqual(grid.map((g) => pick(g, "x1", "x2", "y1", "stroke")), [["2%", "98%", "210", "#888"], ["2%", "98%", "150", "#dcdcdc"], ["2%", "98%", "90", "#dcdcdc"], ["2%", "98%", "30", "#dcdcdc"]]);
    assert.deepEqual(texts.filter((x) => x["data-tick"] !== undefined).map((x) => [x.content, x.y]), [["0", "207"], ["1", "147"], ["2", "87"], ["3", "27"]]);
    assert.deepEqual(texts.filter((x) => x["data-axis"] === "value").map((x) => [x.content, x.x, x.y]), [["金额（万元）", "2%", "12"]]);
  });

  it("a year nobody was collected for is a shaded band with 未收录 just above the axis; other gaps are named under their year", () => {
    assert.deepEqual(elements(svg, "rect").filter((e) => e.fill === "#f1f1f1").map((e) => pick(e, "x", "y", "width", "height")), [["50%", "30", "24%", "180"]]);
    assert.deepEqual(texts.filter((x) => x["data-status"] !== undefined).map((x) => [x.content, x.x, x.y]), [
      ["未收录", "62%", "202"],
      ["乙：未收录", "38%", "240"],
      ["乙：未公开", "86%", "240"],
    ]);
    assert.deepEqual(texts.filter((x) => x["data-axis"] === "category").map((x) => [x.content, x.x, x.y]), [["2022", "14%", "226"], ["2023", "38%", "226"], ["2024", "62%", "226"], ["2025", "86%", "226"]]);
  });

  it("in 元 the same marks stand at the same heights (ticks 0–30,000)", () => {
    const inYuan = elements(renderChartSvg(chart, "yuan"), "svg").filter((e) => e["data-mark"] === "point");
    assert.deepEqual(inYuan.map((p) => p.y), ["150", "90", "30", "90"]);
  });

  it("showing one series leaves the other out, and the 2024 band and notes follow the shown series", () => {
    const onlyA = renderChartSvg(chart, "wan", ["a"]);
    assert.deepEqual(elements(onlyA, "svg").filter((e) => e["data-mark"] === "point").map((p) => p["data-series"]), ["a", "a", "a"]);
    assert.equal(countIn(onlyA, /乙：/g), 0);
    // No notes under any year: 210 + 16 + 10.
    assert.equal(elements(onlyA, "svg")[0]?.height, "236");
  });

  it("as an image 800 px wide, the chart is 760 px inside 20 px margins: 2022's centre is at 0.14 × 760 = 106.4 px", () => {
    const image = renderChartImage(chart, { unit: "wan", siteUrl: "https://example.org" }).svg;
    const inner = elements(image, "svg").find((e) => e["data-part"] === "chart");
    assert.deepEqual(pick(inner, "x", "width", "height"), ["20", "760", "250"]);
    assert.deepEqual(elements(image, "svg").filter((e) => e["data-mark"] === "point").map((p) => p.x), ["106.4", "288.8", "653.6", "106.4"]);
  });
});

describe("bar chart geometry (rows of 48 px from 4 px; bars reach 70 % of the 96 % plot at the top tick)", () => {
  // Ticks 0–3 万元: a bar of v 万元 is v / 3 × 67.2 % wide, from 2 %.
  const bar = (yuan: string | null, status: ChartCell["status"], scope: string | null = "部门"): ChartCell => ({ status, amount: yuan === null ? null : chartAmount(yuan), scope, entity: null });
  const chart: ChartSpec = {
    ...spec([]),
    id: "t-2026", kind: "bar", year: 2026,
    series: [{ key: "value", name: "医疗救助", color: "#0072B2" }],
    data: [
      { category: "宝山", color: "#E69F00", cells: { value: bar("10000.00", "disclosed") } },
      { category: "普陀", cells: { value: bar("30000.00", "derived", "项目") } },
      { category: "青浦", cells: { value: bar(null, "not_disclosed", null) } },
      { category: "闵行", cells: {} },
    ],
    ticks: { wan: [0, 1, 2, 3], yuan: [0, 10000, 20000, 30000] },
  };
  const svg = renderChartSvg(chart, "wan");
  const texts = elements(svg, "text");

  it("four rows end at 4 + 4 × 48 = 196 px; the axis below makes 232", () => {
    assert.equal(elements(svg, "svg")[0]?.height, "232");
  });

  it("each bar is as long as its value, in its district's colour; a derived one hollow", () => {
    const bars = elements(svg, "rect").filter((e) => e["data-mark"] === "bar");
    assert.deepEqual(bars.map((b) => pick(b, "data-category", "x", "y", "width", "height", "fill", "stroke", "stroke-width")), [
      ["宝山", "2%", "24", "22.4%", "18", "#E69F00", "#E69F00", "0"],
      ["普陀", "2%", "72", "67.2%", "18", "#fff", "#0072B2", "2"],
    ]);
  });

  it("each row is labelled with its district and scope; the exact value stands after the bar; a row without a figure says why", () => {
    assert.deepEqual(texts.filter((x) => x["data-axis"] === "category").map((x) => [x.content, x.y]), [["宝山 · 部门", "18"], ["普陀 · 项目", "66"], ["青浦", "114"], ["闵行", "162"]]);
    assert.deepEqual(texts.filter((x) => x["data-value-label"] !== undefined).map((x) => [x.content, x.x, x.y]), [["1.00", "24.4%", "38"], ["3.00（推算）", "69.2%", "86"]]);
    assert.deepEqual(texts.filter((x) => x["data-status"] !== undefined).map((x) => [x.content, x.y]), [["未公开", "134"], ["未收录", "182"]]);
  });

  it("ticks stand along the bottom at their share of 67.2 %, the first aligned to its start", () => {
    assert.deepEqual(elements(svg, "line").map((l) => pick(l, "x1", "y1", "y2", "stroke")), [["2%", "4", "196", "#888"], ["24.4%", "4", "196", "#dcdcdc"], ["46.8%", "4", "196", "#dcdcdc"], ["69.2%", "4", "196", "#dcdcdc"]]);
    assert.deepEqual(texts.filter((x) => x["data-tick"] !== undefined).map((x) => [x.content, x.y, x["text-anchor"]]), [["0", "210", "start"], ["1", "210", "middle"], ["2", "210", "middle"], ["3", "210", "middle"]]);
    assert.deepEqual(texts.filter((x) => x["data-axis"] === "value").map((x) => [x.content, x.y]), [["金额（万元）", "226"]]);
  });
});

describe("the standalone image's frame", () => {
  it("title, unit, the sources wrapped to the width, the data version when the sources lack it, and the credit with the page's URL", () => {
    const chart = spec([{ a: { status: "disclosed", amount: chartAmount("10000.00"), scope: "部门", entity: null }, b: { status: "disclosed", amount: chartAmount("10000.00"), scope: "部门", entity: null } }]);
    chart.citation = "来源：".concat("某区医疗保障局部门预算，第 218 行；".repeat(6));
    const image = renderChartImage(chart, { unit: "yuan", siteUrl: "https://example.org/", width: 400 });
    const texts = elements(image.svg, "text");
    assert.deepEqual(texts.filter((x) => x["data-part"] === "title" || x["data-part"] === "unit").map((x) => [x.content, x.y]), [["测试 &lt;&amp;&gt; 图", "30"], ["单位：元", "52"]]);
    const sources = texts.filter((x) => x["data-part"] === "source").map((x) => x.content);
    // 360 px of 11 px text: a full-width character is 11 px, any other 6.6. Lines break after ；，、。 or a space:
    // "来源：…第 218 行；" is 18 × 11 + 5 × 6.6 = 231 px, and the next run (12 × 11 = 132) would pass 360;
    // the second line reaches 347.6 px at "第 ", and "218 " (26.4 px) would pass 360.
    assert.deepEqual(sources, [
      "来源：某区医疗保障局部门预算，第 218 行；",
      "某区医疗保障局部门预算，第 218 行；某区医疗保障局部门预算，第 ",
      "218 行；某区医疗保障局部门预算，第 218 行；",
      "某区医疗保障局部门预算，第 218 行；某区医疗保障局部门预算，第 ",
      "218 行；",
      "数据版本 v1",
    ]);
    assert.deepEqual(texts.filter((x) => x["data-part"] === "credit").map((x) => x.content), ["站点 · https://example.org/metrics/t"]);
    assert.deepEqual([image.width, elements(image.svg, "svg")[0]?.width, elements(image.svg, "svg")[0]?.viewBox], [400, "400", `0 0 400 ${image.height}`]);
  });
});

describe("the HTML legend and the embed page", () => {
  const value = (yuan: string, status: "disclosed" | "derived", scope: string): ChartCell => ({ status, amount: chartAmount(yuan), scope, entity: null });
  const chart = spec([{ a: value("10000.00", "disclosed", "部门"), b: value("20000.00", "derived", "单位") }, { a: { status: "not_collected", amount: null, scope: null, entity: null }, b: value("10000.00", "disclosed", "单位") }]);

  it("lists each series with its colour, the scopes drawn, the hollow derived mark and the gap note, in that order", () => {
    const html = renderLegendHtml(chart);
    assert.deepEqual(elements(html, "li").map((li) => [li["data-legend"], li["data-series"]]), [["series", "a"], ["series", "b"], ["shape", undefined], ["shape", undefined], ["derived", undefined], ["note", undefined]]);
    assert.match(html, /^<ul aria-label="图例" data-testid="chart-legend"/);
    assert.equal(countIn(html, /<line x1="-10" x2="10" y1="0" y2="0" stroke="#0072B2"/g), 1);
    assert.equal(countIn(html, /<rect x="-4.5" y="-4.5" width="9" height="9" fill="#555"/g), 1, "单位 square");
    assert.equal(countIn(html, /<circle r="4.5" fill="#fff" stroke="#555" stroke-width="2"/g), 1, "derived, hollow");
    assert.equal(renderLegendHtml({ ...spec([]), series: [] }), "", "nothing drawn, no legend");
  });

  it("the embed page: the chart in its unit, its source, and a link back that keeps 元", () => {
    const wan = embedHtml(chart, "wan", "https://example.org");
    assert.match(wan, /<title>测试 &lt;&amp;&gt; 图 · 上海区医保局预算对比<\/title>/);
    assert.match(wan, /<h1>测试 &lt;&amp;&gt; 图<span class="unit">单位：万元<\/span><\/h1>/);
    assert.match(wan, /<p data-testid="embed-source">来源：某文件，第 1 行；数据版本 v1<\/p>/);
    assert.match(wan, /<a href="https:\/\/example\.org\/metrics\/t" target="_blank" rel="noopener" data-testid="embed-back">在“上海区医保局预算对比”查看完整数据、表格与原文<\/a> · https:\/\/example\.org<\/p>/);
    assert.match(wan, /data-unit="wan"/);
    assert.match(embedHtml(chart, "yuan", "https://example.org"), /href="https:\/\/example\.org\/metrics\/t\?unit=yuan"[^>]*>[^<]*<\/a>/);
    const withQuery = { ...chart, credit: { ...chart.credit, path: "/metrics/t?year=2023" } };
    assert.match(embedHtml(withQuery, "yuan", "https://example.org"), /href="https:\/\/example\.org\/metrics\/t\?year=2023&amp;unit=yuan"/);
    assert.match(embedHtml(withQuery, "wan", "https://example.org"), /href="https:\/\/example\.org\/metrics\/t\?year=2023"/);
  });
});
