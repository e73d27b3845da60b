// What the chart shows beyond its geometry, worked out by hand: where the standalone image puts its legend, sources
// and credit; the size and colour of each kind of text; the names a screen reader announces.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderChartImage, renderChartSvg, renderLegendHtml } from "../lib/dashboard/chart-svg";
import type { ChartCell, ChartSpec } from "../lib/dashboard/chart-types";
import { chartAmount } from "../lib/dashboard/charts";
import { elements, pick } from "./svg-markup";

const INK = "#1a1a1a";
const MUTED = "#555";
const cell = (yuan: string | null, status: ChartCell["status"], scope: string | null): ChartCell => ({ status, amount: yuan === null ? null : chartAmount(yuan), scope, entity: null });

/** Two years, two series: 甲 部门 then not collected; 乙 单位 derived, then 单位. */
const line: ChartSpec = {
  id: "t-yoy", kind: "line", title: "测试图", year: null,
  series: [{ key: "a", name: "甲", color: "#0072B2" }, { key: "b", name: "乙", color: "#D55E00" }],
  data: [
    { category: "2022", cells: { a: cell("10000.00", "disclosed", "部门"), b: cell("20000.00", "derived", "单位") } },
    { category: "2023", cells: { a: cell(null, "not_collected", null), b: cell("10000.00", "disclosed", "单位") } },
  ],
  ticks: { wan: [0, 1, 2], yuan: [0, 10000, 20000] },
  citation: "来源：某文件，第 1 行；数据版本 v1", dataVersion: "v1",
  credit: { siteName: "站点", siteUrl: null, path: "/metrics/t" }, fileBase: "t-yoy",
};

const bar: ChartSpec = {
  ...line, id: "t-2026", kind: "bar", year: 2026,
  series: [{ key: "value", name: "医疗救助", color: "#0072B2" }],
  data: [
    { category: "宝山", cells: { value: cell("10000.00", "disclosed", "部门") } },
    { category: "普陀", cells: { value: cell("20000.00", "derived", "项目") } },
    { category: "青浦", cells: { value: cell(null, "not_disclosed", null) } },
  ],
};

/** Each legend entry of an image: kind, where its glyph is moved to, and its label's x, y and text. */
function imageLegend(svg: string): string[][] {
  const entries = svg.matchAll(/<g data-legend="([a-z]+)">(?:<g transform="translate\(([\d.]+) ([\d.]+)\)">.*?<\/g>)?<text x="([\d.]+)" y="(\d+)" font-size="12" fill="#1a1a1a">([^<]*)<\/text><\/g>/g);
  return [...entries].map((m) => [m[1] ?? "", m[2] ? `${m[2]} ${m[3]}` : "", m[4] ?? "", m[5] ?? "", m[6] ?? ""]);
}

describe("the standalone image's legend flows left to right and wraps at the width", () => {
  // Entry width = glyph (26, none for a note) + label (12 px per CJK character, 7.2 otherwise) + 16:
  // 甲 54, 乙 54, 部门（局与中心合并） 162, 单位（仅一个单位） 150, 空心：推算的上年数 150, 未收录：…的文件 184.
  // Entries start at y 78 (title 30, unit line 52, + 12 + 14); a wrapped row is 20 px lower. A glyph sits 11 px in, 4 px up.
  const cases: Array<[string, number, string[][]]> = [
    ["at 400 px (360 inside): 54 + 54 + 162 = 270 fit; 单位's 150 would reach 420, so it wraps; the note (184) wraps after 300", 400, [
      ["series", "31 74", "46", "78", "甲"],
      ["series", "85 74", "100", "78", "乙"],
      ["shape", "139 74", "154", "78", "部门（局与中心合并）"],
      ["shape", "31 94", "46", "98", "单位（仅一个单位）"],
      ["derived", "181 94", "196", "98", "空心：推算的上年数"],
      ["note", "", "20", "118", "未收录：没有收集到该年的文件"],
    ]],
    ["at 460 px (420 inside): 单位 ends exactly at 420 and stays on the first row; the derived mark wraps, the note follows it", 460, [
      ["series", "31 74", "46", "78", "甲"],
      ["series", "85 74", "100", "78", "乙"],
      ["shape", "139 74", "154", "78", "部门（局与中心合并）"],
      ["shape", "301 74", "316", "78", "单位（仅一个单位）"],
      ["derived", "31 94", "46", "98", "空心：推算的上年数"],
      ["note", "", "170", "98", "未收录：没有收集到该年的文件"],
    ]],
  ];
  for (const [name, width, entries] of cases) {
    it(name, () => assert.deepEqual(imageLegend(renderChartImage(line, { unit: "wan", siteUrl: "https://example.org", width }).svg), entries));
  }

  it("the glyphs: a series is its colour's line and dot, a scope its grey shape, the derived mark a hollow circle (a hollow box in a bar chart)", () => {
    const svg = renderChartImage(line, { unit: "wan", siteUrl: "https://example.org", width: 400 }).svg;
    const glyph = (kind: string, n = 0) => [...svg.matchAll(new RegExp(`<g data-legend="${kind}"><g transform="[^"]*">(.*?)</g>`, "g"))][n]?.[1];
    assert.equal(glyph("series"), '<line x1="-10" x2="10" y1="0" y2="0" stroke="#0072B2" stroke-width="2"/><circle r="4" fill="#0072B2"/>');
    assert.equal(glyph("shape", 0), '<circle r="4.5" fill="#555" stroke="#555" stroke-width="1"/>');
    assert.equal(glyph("shape", 1), '<rect x="-4.5" y="-4.5" width="9" height="9" fill="#555" stroke="#555" stroke-width="1"/>');
    assert.equal(glyph("derived"), '<circle r="4.5" fill="#fff" stroke="#555" stroke-width="2"/>');
    assert.match(renderLegendHtml(bar), /<li style="display:inline-flex;align-items:center;gap:4px" data-legend="derived"><svg width="22" height="14" viewBox="-11 -7 22 14" aria-hidden="true" style="flex:none"><rect x="-8" y="-5" width="16" height="10" fill="#fff" stroke="#555" stroke-width="2"\/><\/svg>空心：推算的上年数<\/li>/);
  });
});

describe("the standalone image's frame", () => {
  // At 400 px the legend ends at 118, so the chart starts at 132; it is 210 + 16 + 14 (one gap note) + 10 = 250 high.
  // Then 8 px, one source line 16 px lower (406), the credit 18 px lower (424), and 14 px below it: 438.
  const image = renderChartImage(line, { unit: "wan", siteUrl: "https://example.org//", width: 400 });
  const texts = elements(image.svg, "text");

  it("the chart, the source line, the credit and the picture's height follow each other down the page", () => {
    assert.deepEqual(pick(elements(image.svg, "svg").find((e) => e["data-part"] === "chart"), "x", "y", "width", "height", "overflow"), ["20", "132", "360", "250", "visible"]);
    assert.deepEqual(texts.filter((x) => x["data-part"] !== undefined).map((x) => pick(x, "data-part", "x", "y", "font-size", "fill", "font-weight")), [
      ["title", "20", "30", "18", INK, "bold"],
      ["unit", "20", "52", "12", MUTED, undefined],
      ["source", "20", "406", "11", "#333", undefined],
      ["credit", "20", "424", "11", INK, undefined],
    ]);
    assert.equal(image.height, 438);
  });

  it("the credit's URL has one slash between the site and the page, however many the site address ends with", () => {
    assert.deepEqual(texts.filter((x) => x["data-part"] === "credit").map((x) => x.content), ["站点 · https://example.org/metrics/t"]);
  });

  it("sources without the data version get a line that says it; with it, none", () => {
    const without = renderChartImage({ ...line, citation: "来源：某文件，第 1 行" }, { unit: "wan", siteUrl: "https://example.org", width: 400 });
    assert.deepEqual(elements(without.svg, "text").filter((x) => x["data-part"] === "source").map((x) => [x.content, x.y]), [["来源：某文件，第 1 行", "406"], ["数据版本 v1", "422"]]);
    assert.equal(without.height, 454);
  });

  it("an XML file with a white background, its font named, titled and labelled with the unit", () => {
    assert.ok(image.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="438" viewBox="0 0 400 438" font-family="&#39;Noto Sans CJK SC&#39;, &#39;Noto Sans SC&#39;, &#39;PingFang SC&#39;, &#39;Microsoft YaHei&#39;, sans-serif" role="img" aria-label="测试图（万元）" data-chart="t-yoy" data-unit="wan"><title>测试图</title><rect width="100%" height="100%" fill="#fff"/>'));
    assert.equal(renderChartImage(line, { unit: "yuan", siteUrl: "https://example.org" }).width, 800, "800 px unless asked");
  });
});

describe("text sizes and colours by role (values 12 px in ink; axes and statuses 11 px grey; notes under a year 10 px)", () => {
  const style = (svg: string, role: string, value?: string) =>
    elements(svg, "text").filter((x) => (value === undefined ? x[role] !== undefined : x[role] === value)).map((x) => pick(x, "font-size", "fill", "text-anchor", "dx"));

  it("line chart", () => {
    const svg = renderChartSvg(line, "wan");
    assert.deepEqual(style(svg, "data-axis", "value"), [["11", MUTED, undefined, undefined]]);
    assert.deepEqual(style(svg, "data-tick"), [["11", MUTED, undefined, "2"], ["11", MUTED, undefined, "2"], ["11", MUTED, undefined, "2"]]);
    assert.deepEqual(style(svg, "data-axis", "category"), [["12", INK, "middle", undefined], ["12", INK, "middle", undefined]]);
    assert.deepEqual(style(svg, "data-status"), [["10", MUTED, "middle", undefined]]);
  });

  it("a year nobody was collected for: its band's word is 11 px grey, centred", () => {
    const svg = renderChartSvg({ ...line, data: [...line.data, { category: "2024", cells: { a: cell(null, "not_collected", null), b: cell(null, "not_collected", null) } }] }, "wan");
    assert.deepEqual(style(svg, "data-status", "not_collected"), [["11", MUTED, "middle", undefined], ["10", MUTED, "middle", undefined]]);
  });

  it("bar chart", () => {
    const svg = renderChartSvg(bar, "wan");
    assert.deepEqual(style(svg, "data-axis", "category"), [["12", INK, undefined, "4"], ["12", INK, undefined, "4"], ["12", INK, undefined, "4"]]);
    assert.deepEqual(style(svg, "data-value-label"), [["12", INK, undefined, "6"], ["12", INK, undefined, "6"]]);
    assert.deepEqual(style(svg, "data-status"), [["12", MUTED, undefined, "4"]]);
    assert.deepEqual(style(svg, "data-axis", "value"), [["11", MUTED, undefined, undefined]]);
  });
});

describe("what a screen reader is told", () => {
  it("the page's chart is one image named by its title and unit, as wide as its box, drawn past its edges", () => {
    const root = elements(renderChartSvg(line, "yuan"), "svg")[0];
    assert.deepEqual(pick(root, "xmlns", "width", "role", "aria-label", "data-chart", "data-unit", "style"), ["http://www.w3.org/2000/svg", "100%", "img", "测试图（元）", "t-yoy", "yuan", "display:block;overflow:visible"]);
  });

  it("each mark is a 1 px box drawn past its edges, titled with its series, year, exact value, unit, status and scope", () => {
    const svg = renderChartSvg(line, "wan");
    const marks = [...svg.matchAll(/<svg x="[^"]*" y="[^"]*" width="1" height="1" overflow="visible"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    assert.deepEqual(marks, ["甲 2022：1.00 万元 · 部门", "乙 2022：2.00 万元（推算） · 单位", "乙 2023：1.00 万元 · 单位"]);
    const bars = [...renderChartSvg(bar, "yuan").matchAll(/data-mark="bar"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    assert.deepEqual(bars, ["宝山：10,000.00 元 · 部门", "普陀：20,000.00 元（推算） · 项目"]);
  });

  it("the HTML legend is a list named 图例 whose glyphs are hidden from it", () => {
    const html = renderLegendHtml(line);
    assert.match(html, /^<ul aria-label="图例" data-testid="chart-legend" style="list-style:none;display:flex;flex-wrap:wrap;gap:2px 14px;margin:4px 0;padding:0;font-size:13px;color:#1a1a1a">/);
    assert.equal(elements(html, "svg").filter((e) => e["aria-hidden"] === "true").length, 5, "two series, two scopes, the derived mark; the note has no glyph");
    assert.deepEqual(elements(html, "li").map((li) => li.content === "" ? "(glyph)" : li.content).slice(-1), ["未收录：没有收集到该年的文件"]);
  });
});

describe("the image's sources wrapped to its width (11 px: 11 px a CJK character; 352 px inside at 392 px)", () => {
  const sources = (citation: string) =>
    elements(renderChartImage({ ...line, citation }, { unit: "wan", siteUrl: "https://example.org", width: 392 }).svg, "text").filter((x) => x["data-part"] === "source").map((x) => x.content);
  const han = (n: number, ch = "甲") => ch.repeat(n);

  it("a run of exactly 352 px fits on its line; a run longer than the line breaks inside it", () => {
    assert.deepEqual(sources(han(32)), [han(32), "数据版本 v1"]);
    assert.deepEqual(sources(han(40)), [han(32), han(8), "数据版本 v1"]);
  });

  it("two runs that together make exactly 352 px share the line", () => {
    assert.deepEqual(sources(`${han(15)}；${han(15, "乙")}；`), [`${han(15)}；${han(15, "乙")}；`, "数据版本 v1"]);
    assert.deepEqual(sources(`${han(15)}；${han(16, "乙")}；`), [`${han(15)}；`, `${han(16, "乙")}；`, "数据版本 v1"]);
  });

  it("no sources at all: only the data version", () => assert.deepEqual(sources(""), ["数据版本 v1"]));
});

describe("marks and attributes a reader or a script relies on", () => {
  it("a segment is dashed when either end is derived, solid (no dash attribute) otherwise", () => {
    // Three years: bands of 96 / 3 = 32 %, centred at 18, 50 and 82 %.
    const spec: ChartSpec = { ...line, data: [...line.data, { category: "2024", cells: { b: cell("30000.00", "disclosed", "单位") } }] };
    const segments = elements(renderChartSvg(spec, "wan"), "line").filter((e) => e["data-mark"] === "segment").map((e) => pick(e, "data-series", "x1", "stroke-dasharray"));
    assert.deepEqual(segments, [["b", "18%", "5 4"], ["b", "50%", undefined]]);
  });

  it("points and bars carry their scope, and a bar row without a cell says not collected", () => {
    const points = elements(renderChartSvg(line, "wan"), "svg").filter((e) => e["data-mark"] === "point").map((e) => pick(e, "data-series", "data-scope"));
    assert.deepEqual(points, [["a", "部门"], ["b", "单位"], ["b", "单位"]]);
    const withEmptyRow: ChartSpec = { ...bar, data: [...bar.data, { category: "闵行", cells: {} }, { category: "嘉定", cells: { value: cell("10000.00", "disclosed", "其他") } }] };
    const svg = renderChartSvg(withEmptyRow, "wan");
    assert.deepEqual(elements(svg, "rect").filter((e) => e["data-mark"] === "bar").map((e) => pick(e, "data-category", "data-scope")), [["宝山", "部门"], ["普陀", "项目"], ["嘉定", "其他"]]);
    assert.deepEqual(elements(svg, "text").filter((x) => x["data-status"] !== undefined).map((x) => [x.content, x["data-status"]]), [["未公开", "not_disclosed"], ["未收录", "not_collected"]]);
    assert.deepEqual(elements(svg, "text").filter((x) => x["data-axis"] === "category").map((x) => x.content), ["宝山 · 部门", "普陀 · 项目", "青浦", "闵行", "嘉定 · 其他"]);
    assert.deepEqual(elements(svg, "text").filter((x) => x["data-value-label"] !== undefined).map((x) => x["data-value-label"]), ["", "", ""]);
  });

  it("every piece of text sits in an element: nothing between the tags", () => {
    for (const svg of [renderChartSvg(line, "wan"), renderChartSvg(bar, "yuan"), renderChartImage(line, { unit: "wan", siteUrl: "https://example.org" }).svg.replace(/^<\?xml[^>]*>\n/, "")]) {
      assert.deepEqual(svg.replace(/<(text|title)\b[^>]*>[^<]*<\/\1>/g, "").match(/>[^<]+</g), null);
    }
  });

  it("quotes and apostrophes in a title are escaped in attributes and text", () => {
    const quoted = renderChartSvg({ ...line, title: `"三公"经费's` }, "wan");
    assert.match(quoted, /aria-label="&quot;三公&quot;经费&#39;s（万元）"/);
  });

  it("a 项目 figure in a line chart: its legend shape is the triangle", () => {
    const spec: ChartSpec = { ...line, data: [{ category: "2022", cells: { a: cell("10000.00", "disclosed", "项目") } }] };
    assert.match(renderLegendHtml(spec), /<li [^>]*data-legend="shape"><svg [^>]*><polygon points="0,-6 5.5,4 -5.5,4" fill="#555" stroke="#555" stroke-width="1"\/><\/svg>项目（单个项目）<\/li>/);
  });
});
