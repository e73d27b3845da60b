// The chart renderer without a browser: nice ticks, gaps never bridged, statuses kept apart, text escaped.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { niceTicks } from "../lib/dashboard/chart-model";
import { renderChartImage, renderChartSvg } from "../lib/dashboard/chart-svg";
import type { ChartCell, ChartSpec } from "../lib/dashboard/chart-types";
import { chartAmount, chartCell } from "../lib/dashboard/charts";
import type { MetricValueRow } from "../lib/data/types";

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
