// The chart specs of a metric page (lib/dashboard/charts.ts) and what every renderer reads from them
// (lib/dashboard/chart-model.ts), on metric values written out here: 宝山 35,475,000 (2023), a derived 33,000,000
// (2025) and 33,760,000 (2026); 普陀's 40,000,000 project figure (2026); 青浦 2023 collected but not disclosed.
// Axis tops, colours, gaps and legend entries are worked out by hand.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { axisTop, categoryGaps, cellText, coordOf, formatTick, legendItems, scopeShape, statusWord } from "../lib/dashboard/chart-model";
import { chartAmount, districtColor, metricCharts, type MetricChartSite } from "../lib/dashboard/charts";
import type { ChartCell, ChartSpec } from "../lib/dashboard/chart-types";
import type { MetricValueRow } from "../lib/data/types";
import { t } from "../lib/i18n/zh-CN";

function value(district: string, year: number, status: MetricValueRow["status"], amountYuan: string | null, line: number | null, scope: MetricValueRow["scope"] = "部门"): MetricValueRow {
  return {
    district, districtName: district, year, metric: "medical-assistance", metricName: "医疗救助", status, amountYuan, unitAsPublished: null, amountAsPublished: null,
    scope, entity: null, source: line === null ? null : { file: `${district}.txt`, line, text: "" }, projectId: null,
    basis: { kind: "table9-total", documentKind: "部门预算" }, findings: [],
  };
}

const values = [
  value("baoshan", 2023, "disclosed", "35475000.00", 218),
  value("qingpu", 2023, "not_disclosed", null, null),
  value("baoshan", 2025, "derived", "33000000.00", null),
  value("baoshan", 2026, "disclosed", "33760000.00", 445),
  value("putuo", 2026, "disclosed", "40000000.00", 30, "项目"),
];
const site: MetricChartSite = {
  dataVersion: "v1",
  districts: [{ slug: "baoshan", nameZh: "宝山" }, { slug: "putuo", nameZh: "普陀" }, { slug: "qingpu", nameZh: "青浦" }],
  documents: [],
  documentIndex: new Map(),
  years: [2023, 2026],
};
const charts = metricCharts("medical-assistance", "医疗救助", values, site);
const status = (cells: Record<string, ChartCell>) => Object.fromEntries(Object.entries(cells).map(([key, cell]) => [key, cell.status]));

describe("metricCharts", () => {
  it("the line chart runs over every year from the first to the last, a year without documents included", () => {
    const { yoy } = charts;
    assert.equal(yoy.id, "medical-assistance-yoy");
    assert.equal(yoy.title, "医疗救助：逐年变化");
    assert.deepEqual(yoy.data.map((d) => d.category), ["2023", "2024", "2025", "2026"]);
    assert.deepEqual(yoy.series.map((s) => `${s.key} ${s.name} ${s.color}`), ["baoshan 宝山 #0072B2", "putuo 普陀 #D55E00", "qingpu 青浦 #009E73"]);
    assert.deepEqual(status(yoy.data[0]?.cells ?? {}), { baoshan: "disclosed", putuo: "not_collected", qingpu: "not_disclosed" });
    assert.deepEqual(status(yoy.data[2]?.cells ?? {}), { baoshan: "derived", putuo: "not_collected", qingpu: "not_collected" });
  });

  it("scales the axis to the largest figure of any district (普陀 4,000 万元) in steps of 1, 2, 2.5 or 5 × 10ⁿ", () => {
    assert.deepEqual(charts.yoy.ticks, { wan: [0, 1000, 2000, 3000, 4000], yuan: [0, 1e7, 2e7, 3e7, 4e7] });
    assert.equal(axisTop(charts.yoy, "wan"), 4000);
  });

  it("cites every source line once, by file where the document is not known, with the data version", () => {
    assert.equal(charts.yoy.citation, "来源：baoshan.txt，第 218 行；baoshan.txt，第 445 行；putuo.txt，第 30 行；数据版本 v1");
    assert.deepEqual(charts.yoy.credit, { siteName: t.siteName, siteUrl: null, path: "/metrics/medical-assistance" });
  });

  it("one bar chart per collected year, with that year's figures, sources and link, the latest year the default", () => {
    assert.deepEqual(charts.years, [2023, 2026]);
    assert.equal(charts.defaultYear, 2026);
    const [first, last] = charts.byYear;
    assert.equal(first?.id, "medical-assistance-2023");
    assert.equal(first?.title, "医疗救助：2023 年各区对比");
    assert.deepEqual(first?.data.map((d) => `${d.category} ${d.color} ${d.cells.value?.status}`), ["宝山 #0072B2 disclosed", "普陀 #D55E00 not_collected", "青浦 #009E73 not_disclosed"]);
    assert.equal(first?.citation, "来源：baoshan.txt，第 218 行；数据版本 v1");
    assert.equal(first?.credit.path, "/metrics/medical-assistance?year=2023");
    // 3,547.5 万元 at most, four intervals: 1,000 a step.
    assert.deepEqual(first?.ticks.wan, [0, 1000, 2000, 3000, 4000]);
    assert.equal(last?.citation, "来源：baoshan.txt，第 445 行；putuo.txt，第 30 行；数据版本 v1");
  });

  it("without collected years the default is the last year with a figure; with nothing at all, no chart years", () => {
    assert.equal(metricCharts("medical-assistance", "医疗救助", values, { ...site, years: [] }).defaultYear, 2026);
    const empty = metricCharts("medical-assistance", "医疗救助", [], { ...site, years: [] });
    assert.deepEqual(empty.yoy.data, []);
    assert.deepEqual(empty.yoy.ticks.wan, [0, 1]);
  });

  it("the default is the last collected year even when figures run later (collected 2023, 2024; figures to 2026)", () => {
    const later = metricCharts("medical-assistance", "医疗救助", values, { ...site, years: [2023, 2024] });
    assert.deepEqual([later.defaultYear, later.yoy.data.at(-1)?.category], [2024, "2026"]);
  });

  it("names the downloaded files by metric and chart", () => {
    assert.deepEqual([charts.yoy.fileBase, ...charts.byYear.map((c) => c.fileBase)], ["medical-assistance-yoy", "medical-assistance-2023", "medical-assistance-2026"]);
  });
});

describe("chart amounts and colours", () => {
  it("keeps the exact strings beside the coordinates, in 元 and 万元, signs included", () => {
    assert.deepEqual(chartAmount("35475000.00"), { coordYuan: 35475000, coordWan: 3547.5, exactYuan: "35,475,000.00", exactWan: "3,547.50" });
    assert.equal(chartAmount("-15000.00").coordWan, -1.5);
  });

  it("colours districts by their place in the list, wrapping after eight; an unknown one takes the first", () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ slug: `d${i}`, nameZh: `d${i}` }));
    assert.equal(districtColor("d8", many), "#0072B2");
    assert.equal(districtColor("d7", many), "#F0E442");
    assert.equal(districtColor("nowhere", many), "#0072B2");
  });
});

describe("what renderers read from a spec", () => {
  const cells = charts.yoy.data;

  it("words a mark with its exact figure, unit, derived flag and scope, or its status", () => {
    const baoshan2025 = cells[2]?.cells.baoshan;
    const qingpu2023 = cells[0]?.cells.qingpu;
    assert.ok(baoshan2025 && qingpu2023);
    assert.equal(cellText("宝山", "2025", baoshan2025, "wan"), "宝山 2025：3,300.00 万元（推算） · 部门");
    assert.equal(cellText("宝山", "2025", baoshan2025, "yuan"), "宝山 2025：33,000,000.00 元（推算） · 部门");
    assert.equal(cellText("青浦", "2023", qingpu2023, "wan"), "青浦 2023：未公开");
    assert.equal(cellText("青浦", "青浦", { status: "disclosed", amount: chartAmount("10000.00"), scope: "单位", entity: "青浦中心" }, "wan"), "青浦：1.00 万元 · 单位 青浦中心");
    assert.equal(coordOf(undefined, "wan"), null);
    assert.equal(coordOf(baoshan2025, "yuan"), 33000000);
  });

  it("legend: the series, the mark shapes of the scopes drawn, hollow derived marks and the gap words present", () => {
    assert.deepEqual(legendItems(charts.yoy).map((i) => (i.kind === "series" ? i.key : i.kind === "shape" ? i.shape : i.label)), [
      "baoshan", "putuo", "qingpu", "circle", "triangle", t.chart.derivedLegend, t.chart.notDisclosedNote, t.chart.notCollectedNote,
    ]);
    assert.deepEqual(legendItems(charts.yoy, ["putuo"]).map((i) => (i.kind === "series" ? i.key : i.kind === "shape" ? i.shape : i.label)), ["putuo", "triangle", t.chart.notCollectedNote]);
    const bar = charts.byYear[0];
    assert.ok(bar);
    assert.deepEqual(legendItems(bar), [{ kind: "note", label: t.chart.notDisclosedNote }, { kind: "note", label: t.chart.notCollectedNote }]);
    assert.deepEqual(legendItems(charts.byYear[1] ?? bar).map((i) => i.kind), ["note"]);
  });

  it("gaps under each year: the series missing and why, or one shaded column when nobody was collected", () => {
    assert.deepEqual(categoryGaps(charts.yoy).map((g) => [g.allNotCollected, g.missing.map((m) => m.text)]), [
      [false, ["普陀：未收录", "青浦：未公开"]],
      [true, []],
      [false, ["普陀：未收录", "青浦：未收录"]],
      [false, ["青浦：未收录"]],
    ]);
    assert.deepEqual(categoryGaps(charts.yoy, []).map((g) => g.allNotCollected), [false, false, false, false]);
    assert.deepEqual(categoryGaps(charts.yoy, ["qingpu"]).map((g) => g.allNotCollected), [false, true, true, true]);
  });

  it("a status word only for a cell without a figure; a scope the vocabulary does not know is printed as it is", () => {
    assert.deepEqual((["disclosed", "derived", "not_disclosed", "not_collected"] as const).map(statusWord), ["", "", "未公开", "未收录"]);
    assert.equal(cellText("宝山", "2026", { status: "disclosed", amount: chartAmount("10000.00"), scope: "其他", entity: null }, "wan"), "宝山 2026：1.00 万元 · 其他");
  });

  it("legend and gaps of a spec with a cell left out and a not-disclosed 项目 (no mark drawn, so no 项目 shape)", () => {
    const spec: ChartSpec = {
      ...charts.yoy,
      series: [{ key: "a", name: "甲", color: "#0072B2" }, { key: "b", name: "乙", color: "#D55E00" }],
      data: [
        { category: "2025", cells: { a: { status: "disclosed", amount: chartAmount("1.00"), scope: "部门", entity: null } } },
        { category: "2026", cells: { a: { status: "not_collected", amount: null, scope: null, entity: null }, b: { status: "not_disclosed", amount: null, scope: "项目", entity: null } } },
      ],
    };
    assert.deepEqual(legendItems(spec).map((i) => (i.kind === "series" ? i.key : i.kind === "shape" ? i.shape : i.label)), ["a", "b", "circle", t.chart.notDisclosedNote, t.chart.notCollectedNote]);
    assert.deepEqual(legendItems({ ...spec, data: spec.data.slice(0, 1) }).map((i) => i.kind), ["series", "series", "shape"], "no gap words when nothing is missing");
    // 2026: 甲 not collected, 乙 not disclosed — not a year nobody was collected for, so no shaded column.
    assert.deepEqual(categoryGaps(spec).map((g) => [g.allNotCollected, g.missing.map((m) => m.text)]), [[false, []], [false, ["甲：未收录", "乙：未公开"]]]);
  });

  it("shapes by scope and plain tick text", () => {
    assert.deepEqual(["部门", "单位", "项目", null].map(scopeShape), ["circle", "square", "triangle", "circle"]);
    assert.equal(formatTick(12345.678), "12,345.68");
  });
});
