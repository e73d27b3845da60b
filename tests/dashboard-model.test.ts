// The pure view-model builders of lib/dashboard (the district tree, the URL's view state, year-over-year rows,
// spans and citations) on rows written out here, with the expected figures worked out by hand: 宝山's 医疗救助
// 35,475,000 (2023) and 33,760,000 (2026), the numbers README quotes, and a derived 2025 between them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { citationText, disclosedSpans, sourceParts, uniqueSources, valuesForYear, yearOverYearRows } from "../lib/dashboard/build";
import { functionalTree } from "../lib/dashboard/tree";
import { parseViewState, viewStateQuery } from "../lib/dashboard/view-state";
import type { BudgetLineRow, DocumentRow, MetricValueRow, SourceRef } from "../lib/data/types";

const source = (file: string, line: number): SourceRef => ({ file, line, text: `line ${line}` });

function line(year: number, code: string | null, level: number, name: string, amounts: Record<string, string>, isTotal = false): BudgetLineRow {
  return {
    district: "baoshan", year, file: `${year}.txt`, tableNo: 3, tableTitle: "支出预算总表", tableUnit: "元", classification: "功能分类", side: null,
    code, codeLei: null, codeKuan: null, codeXiang: null, codeAsPrinted: code, level, name, isTotal,
    amounts: Object.entries(amounts).map(([column, amountYuan]) => ({ column, amountYuan, unitAsPublished: "元", amountAsPublished: amountYuan, readingFindingId: null })),
    source: source(`${year}.txt`, level * 10),
  };
}

describe("functionalTree", () => {
  const lines = [
    line(2026, "2101301", 3, "城乡医疗救助", { 合计: "33760000.00", 项目支出: "33760000.00" }),
    line(2026, "210", 1, "卫生健康支出", { 合计: "40000000.00", 基本支出: "6240000.00", 项目支出: "33760000.00" }),
    line(2026, "21013", 2, "医疗救助", { 合计: "33760000.00" }),
    line(2023, "21013", 2, "医疗救助（2023）", { 合计: "35475000.00" }),
    line(2026, "20805", 2, "行政事业单位养老支出", { 合计: "1.00" }),
    line(2026, "2080505", 3, "机关事业单位基本养老保险缴费支出", { 基本支出: "1.00" }),
    line(2026, null, 1, "其中：", {}),
    line(2026, null, 0, "合计", { 合计: "40000001.00", 基本支出: "6240001.00", 项目支出: "33760000.00" }, true),
  ];
  const { roots, totals } = functionalTree(lines);
  const shape = (nodes: typeof roots): string[] => nodes.map((n) => `${n.code} ${n.name}${n.children.length ? ` [${shape(n.children).join(", ")}]` : ""}`);

  it("nests each 项 under its 款 and each 款 under its 类 by code, in code order; a line whose parent is absent is a root", () => {
    assert.deepEqual(shape(roots), ["20805 行政事业单位养老支出 [2080505 机关事业单位基本养老保险缴费支出]", "210 卫生健康支出 [21013 医疗救助 [2101301 城乡医疗救助]]"]);
  });

  it("keeps 合计, 基本支出 and 项目支出 apart for each year, absent as null, and the name first seen", () => {
    const health = roots[1];
    assert.deepEqual(health?.byYear[2026], { total: "40000000.00", basic: "6240000.00", project: "33760000.00", source: source("2026.txt", 10) });
    const assistance = health?.children[0];
    assert.equal(assistance?.name, "医疗救助");
    assert.deepEqual(Object.keys(assistance?.byYear ?? {}), ["2023", "2026"]);
    assert.deepEqual(assistance?.byYear[2023], { total: "35475000.00", basic: null, project: null, source: source("2023.txt", 20) });
  });

  it("takes the 合计 row per year as the totals and skips rows without a code", () => {
    assert.deepEqual(Object.keys(totals), ["2026"]);
    assert.equal(totals[2026]?.total, "40000001.00");
    assert.equal(totals[2026]?.basic, "6240001.00");
  });
});

function value(district: string, year: number, status: MetricValueRow["status"], amountYuan: string | null, fileLine: number | null = null): MetricValueRow {
  return {
    district, districtName: district, year, metric: "medical-assistance", metricName: "医疗救助", status, amountYuan, unitAsPublished: null, amountAsPublished: null,
    scope: "部门", entity: null, source: fileLine === null ? null : source(`${district}.txt`, fileLine), projectId: null,
    basis: { kind: "table9-total", documentKind: "部门预算" }, findings: [],
  };
}

const baoshan = { slug: "baoshan", nameZh: "宝山" };
const qingpu = { slug: "qingpu", nameZh: "青浦" };
const putuo = { slug: "putuo", nameZh: "普陀" };
const values = [
  value("baoshan", 2026, "disclosed", "33760000.00", 445),
  value("baoshan", 2024, "not_collected", null),
  value("baoshan", 2025, "derived", "33000000.00"),
  value("baoshan", 2023, "disclosed", "35475000.00", 218),
  value("qingpu", 2023, "not_disclosed", null),
  value("qingpu", 2026, "disclosed", "10.00"),
  value("putuo", 2026, "disclosed", "40000000.00"),
  value("putuo", 2025, "derived", "30000000.00"),
];

describe("yearOverYearRows", () => {
  it("changes from the previous year that has an amount, in year order, flagged when a derived figure is an end", () => {
    const [own] = yearOverYearRows(values, [baoshan]);
    assert.deepEqual(own?.rows.map((r) => [r.value.year, r.change]), [
      [2023, null],
      [2024, null],
      [2025, { fromYear: 2023, deltaYuan: "-2475000.00", pct: "−6.98%", involvesDerived: true }],
      [2026, { fromYear: 2025, deltaYuan: "760000.00", pct: "+2.30%", involvesDerived: true }],
    ]);
  });

  it("a change between two disclosed figures is not flagged; a not-disclosed year has no change", () => {
    const [, own] = yearOverYearRows([...values, value("qingpu", 2025, "disclosed", "8.00")], [baoshan, qingpu]);
    assert.deepEqual(own?.rows.map((r) => [r.value.year, r.change?.fromYear ?? null, r.change?.involvesDerived ?? null]), [[2023, null, null], [2025, null, null], [2026, 2025, false]]);
  });
});

describe("disclosedSpans", () => {
  it("first to last disclosed figure, passing over derived ones, with the compound annual rate across the gap", () => {
    const spans = disclosedSpans(values, [baoshan, qingpu, putuo]);
    assert.equal(spans.length, 1, "青浦 has one disclosed figure, 普陀 one beside a derived one");
    const [span] = spans;
    assert.equal(span?.district, baoshan);
    assert.deepEqual([span?.fromYear, span?.toYear, span?.from.amountYuan, span?.to.amountYuan], [2023, 2026, "35475000.00", "33760000.00"]);
    assert.equal(span?.deltaYuan, "-1715000.00");
    assert.equal(span?.pct, "−4.83%");
    assert.equal(span?.cagr, "−1.64%", "(33,760,000 / 35,475,000)^(1/3) − 1 over 3 years");
  });
});

describe("valuesForYear", () => {
  it("one entry per district in the given order, null where no row exists for the year", () => {
    assert.deepEqual(valuesForYear(values, [qingpu, putuo, { slug: "jingan", nameZh: "静安" }], 2023).map((r) => [r.district.slug, r.value?.status ?? null]), [
      ["qingpu", "not_disclosed"], ["putuo", null], ["jingan", null],
    ]);
  });
});

describe("citations", () => {
  const documents = new Map<string, DocumentRow>([["baoshan.txt", {
    fileName: "baoshan.txt", sha256: "0", district: "baoshan", districtName: "宝山", year: 2026, kind: "部门预算", scope: "部门", layout: "tsv", format: "text",
    title: "t", entity: "上海市宝山区医疗保障局", lineCount: 1, byteLength: 1, sourceUrl: null, publisher: null, publishedOn: null, pageCount: null,
  }]]);

  it("one per source line, in order, skipping absent sources", () => {
    const sources = uniqueSources([source("a.txt", 3), null, source("a.txt", 4), undefined, source("a.txt", 3), source("b.txt", 3)]);
    assert.deepEqual(sources.map((s) => `${s.file}#${s.line}`), ["a.txt#3", "a.txt#4", "b.txt#3"]);
  });

  it("names a known document by its label and an unknown one by its file, then the data version", () => {
    assert.deepEqual(sourceParts([source("baoshan.txt", 445), source("other.txt", 7)], documents), ["上海市宝山区医疗保障局 2026 年部门预算，第 445 行", "other.txt，第 7 行"]);
    assert.equal(citationText([source("baoshan.txt", 445)], documents, "v1"), "来源：上海市宝山区医疗保障局 2026 年部门预算，第 445 行；数据版本 v1");
  });
});

describe("view state in the URL", () => {
  const read = (query: string) => parseViewState(new URLSearchParams(query), { years: [2023, 2026], districts: ["baoshan", "qingpu"] });

  it("reads what is allowed and falls back, reporting the value, for what is not", () => {
    assert.deepEqual(read("unit=yuan&year=2023&districts=qingpu,,baoshan"), { unit: "yuan", year: 2023, districts: ["qingpu", "baoshan"], problems: [] });
    assert.deepEqual(read(""), { unit: "wan", year: null, districts: null, problems: [] });
    assert.deepEqual(read("unit=usd&year=2024&districts=baoshan,jingan"), {
      unit: "wan", year: null, districts: ["baoshan"],
      problems: [{ name: "unit", value: "usd" }, { name: "year", value: "2024" }, { name: "districts", value: "baoshan,jingan" }],
    });
    assert.deepEqual(read("year=2023.0&districts=jingan").problems, [{ name: "year", value: "2023.0" }, { name: "districts", value: "jingan" }]);
    assert.equal(read("districts=jingan").districts, null);
    assert.deepEqual(read("districts=").problems, [{ name: "districts", value: "" }]);
  });

  it("ignores year and districts on a page that offers none", () => {
    assert.deepEqual(parseViewState(new URLSearchParams("year=1999&districts=x")), { unit: "wan", year: null, districts: null, problems: [] });
  });

  it("writes a query with changes applied and defaults left out", () => {
    assert.equal(viewStateQuery("unit=yuan&year=2023", { year: null, districts: "baoshan,qingpu" }), "?unit=yuan&districts=baoshan%2Cqingpu");
    assert.equal(viewStateQuery("?unit=yuan", { unit: null }), "");
  });
});
