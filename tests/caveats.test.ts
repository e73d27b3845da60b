// The comparability and scope notes are computed from the imported rows: a district-year is named only when its
// documents or values make the note true, and nothing is said about a district that is not in the data.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DocumentRow, MetricValueRow } from "../lib/data/types";
import type { DocumentKind, Scope } from "../lib/domain/enums";
import type { MetricId } from "../lib/domain/metrics";
import { caveatsOf, MUTUAL_AID_ITEM_CODE, placesText, scopeNotesOf } from "../lib/view/caveats";
import { coverageOf } from "../lib/view/coverage";

function doc(district: string, districtName: string, year: number, kind: DocumentKind, scope: Scope, entity: string): DocumentRow {
  return {
    fileName: `${district}_${year}_${kind}.txt`, sha256: "0", district, districtName, year, kind, scope, layout: "tsv", format: "text", title: kind, entity,
    lineCount: 1, byteLength: 1, sourceUrl: null, publisher: null, publishedOn: null, pageCount: null,
  };
}

function value(district: string, districtName: string, year: number, metric: MetricId, status: MetricValueRow["status"], scope: Scope | null = null, entity: string | null = null): MetricValueRow {
  const basis: MetricValueRow["basis"] =
    status === "derived"
      ? { kind: "derived", fromYear: year + 1, direction: "flat", amountAsPrinted: "1", unit: "万元", changeAsPrinted: null, changeUnit: null }
      : { kind: "table9-total", documentKind: "部门预算" };
  return {
    district, districtName, year, metric, metricName: metric, status, amountYuan: status === "disclosed" || status === "derived" ? "1.00" : null, unitAsPublished: null,
    amountAsPublished: null, scope, entity, source: null, projectId: null, basis, findings: [],
  };
}

// 黄浦: a 部门预算 for 2024 and 2026 (the mutual-aid item printed in 2026); 徐汇: a 单位预算 in 2026 only; 长宁: project sheets only.
const documents = [
  doc("huangpu", "黄浦", 2024, "部门预算", "部门", "上海市黄浦区医疗保障局"),
  doc("huangpu", "黄浦", 2026, "部门预算", "部门", "上海市黄浦区医疗保障局"),
  doc("xuhui", "徐汇", 2026, "单位预算", "单位", "上海市徐汇区医疗保险事务中心"),
  doc("changning", "长宁", 2026, "绩效目标表", "部门", "上海市长宁区医疗保障局"),
];
const values = [
  value("huangpu", "黄浦", 2026, "three-public", "disclosed", "部门"),
  value("huangpu", "黄浦", 2025, "three-public", "derived"),
  value("xuhui", "徐汇", 2026, "three-public", "disclosed", "单位", "上海市徐汇区医疗保险事务中心"),
  value("xuhui", "徐汇", 2026, "medical-assistance", "not_disclosed"),
  value("changning", "长宁", 2026, "operating-expenses", "not_disclosed"),
];
const coverage = coverageOf(documents, values);
const mutualAid = [{ districtName: "黄浦", year: 2026, code: MUTUAL_AID_ITEM_CODE, name: "其他医疗救助支出" }];

describe("caveats computed from the data", () => {
  it("names the district-years each caveat is true of, and only those", () => {
    assert.deepEqual(caveatsOf(coverage, mutualAid), [
      "黄浦区 2026 年的功能分类科目 210 13 医疗救助 包含 210 13 99 其他医疗救助支出（即互助帮困），因此 210 13 合计 ≠ 本站的“医疗救助”指标。",
      "徐汇区 2026 年只公开了上海市徐汇区医疗保险事务中心的单位预算（不含局机关），三公经费只是一个单位的数。",
      "长宁区 2026 年只公开了项目绩效目标表：只有项目数，没有三公经费、机关运行经费和功能分类表。",
      "标为“推算”的上年数（黄浦区 2025 年三公经费）来自下一年度预算说明文字（如“与上年预算持平”），不是原始表格中的数字。",
      "收录的文件没有公布、标为“未公开”的数（不按 0 计）：徐汇区 2026 年医疗救助；长宁区 2026 年机关运行经费。",
      "没有收集到文件、标为“未收录”的区和年度：长宁区 2024、2025 年；黄浦区 2025 年；徐汇区 2024、2025 年。",
    ]);
  });

  it("drops the mutual-aid caveat when no document prints that line, and filters by metric", () => {
    const caveats = caveatsOf(coverage, [], "operating-expenses");
    assert.ok(!caveats.some((c) => c.includes("210 13")));
    assert.ok(!caveats.some((c) => c.includes("推算")), "the derived value is a 三公经费 one");
    assert.ok(caveats.some((c) => c.includes("长宁区 2026 年机关运行经费")));
    assert.ok(!caveats.some((c) => c.includes("徐汇区 2026 年医疗救助")));
  });

  it("says nothing when every district-year published a department budget that discloses everything", () => {
    const complete = coverageOf([documents[1] as DocumentRow], [value("huangpu", "黄浦", 2026, "three-public", "disclosed", "部门")]);
    assert.deepEqual(caveatsOf(complete, []), []);
  });
});

describe("scope notes", () => {
  it("lists the district-years of each kind of document, by kind rather than by the document's scope", () => {
    const notes = scopeNotesOf(documents).map((n) => n.text);
    assert.equal(notes.length, 3);
    assert.match(notes[0] ?? "", /^部门预算：.*本站收录的：黄浦区 2024、2026 年。$/);
    assert.match(notes[1] ?? "", /^单位预算：.*本站收录的：徐汇区 2026 年。$/);
    assert.match(notes[2] ?? "", /^项目表（绩效目标表）：.*本站收录的：长宁区 2026 年。$/);
  });

  it("says a kind is not in the data when no document has it", () => {
    assert.match(scopeNotesOf([documents[0] as DocumentRow]).map((n) => n.text)[1] ?? "", /本站目前没有收录这类文件。$/);
  });

  it("groups years by district", () => {
    assert.equal(placesText([{ districtName: "黄浦", year: 2026 }, { districtName: "徐汇", year: 2024 }, { districtName: "黄浦", year: 2024 }]), "黄浦区 2024、2026 年；徐汇区 2024 年");
  });
});

describe("near misses: what a caveat must not count", () => {
  // 徐汇: the centre's 单位预算 (三公, 机关运行); 静安: another centre (三公 only), and a 2025 value it did not disclose;
  // 普陀: a project sheet beside its 部门预算, so 2026 is not "projects only", and a 项目-scope value; 2019 not collected.
  const nearDocuments = [
    doc("xuhui", "徐汇", 2024, "单位预算", "单位", "徐汇中心"),
    doc("jingan", "静安", 2026, "单位预算", "单位", "静安中心"),
    doc("putuo", "普陀", 2026, "部门预算", "部门", "上海市普陀区医疗保障局"),
    doc("putuo", "普陀", 2026, "绩效目标表", "部门", "上海市普陀区医疗保障局"),
  ];
  const nearValues = [
    value("xuhui", "徐汇", 2024, "three-public", "disclosed", "单位", "徐汇中心"),
    value("xuhui", "徐汇", 2024, "operating-expenses", "disclosed", "单位", "徐汇中心"),
    value("jingan", "静安", 2026, "three-public", "disclosed", "单位", "静安中心"),
    value("jingan", "静安", 2025, "three-public", "not_disclosed", "单位", "静安中心"),
    value("putuo", "普陀", 2026, "medical-assistance", "disclosed", "项目"),
    value("putuo", "普陀", 2019, "medical-assistance", "not_collected"),
  ];
  const near = coverageOf(nearDocuments, nearValues);

  it("coverage: years from documents and values but not from a year not collected; partial scope only of disclosed values", () => {
    assert.deepEqual(near.years, [2024, 2025, 2026]);
    assert.equal(near.notCollectedCount, 1);
    assert.deepEqual(near.partialScope.map((p) => `${p.district} ${p.year} ${p.scope} ${p.entity ?? "-"} ${p.metrics.join("+")}`), [
      "xuhui 2024 单位 徐汇中心 three-public+operating-expenses",
      "jingan 2026 单位 静安中心 three-public",
      "putuo 2026 项目 - medical-assistance",
    ]);
    assert.deepEqual(coverageOf([], []).years, []);
    // A derived value before the first document widens the years; two units of one district-year stay apart.
    const wider = coverageOf(nearDocuments, [...nearValues, value("jingan", "静安", 2022, "three-public", "derived"), value("jingan", "静安", 2026, "operating-expenses", "disclosed", "单位", "静安分中心")]);
    assert.deepEqual(wider.years, [2022, 2023, 2024, 2025, 2026]);
    assert.deepEqual(wider.partialScope.filter((p) => p.district === "jingan").map((p) => p.entity), ["静安中心", "静安分中心"]);
  });

  it("one unit-only caveat per entity, naming only the metrics of the page", () => {
    const unitOnly = (metric?: MetricId) => caveatsOf(near, [], metric).filter((c) => c.includes("单位预算"));
    assert.deepEqual(unitOnly(), [
      "徐汇区 2024 年只公开了徐汇中心的单位预算（不含局机关），三公经费、机关运行经费只是一个单位的数。",
      "静安区 2026 年只公开了静安中心的单位预算（不含局机关），三公经费只是一个单位的数。",
    ]);
    assert.deepEqual(unitOnly("operating-expenses"), ["徐汇区 2024 年只公开了徐汇中心的单位预算（不含局机关），机关运行经费只是一个单位的数。"]);
    assert.deepEqual(unitOnly("medical-assistance"), [], "a 项目-scope value is not a unit's");
  });

  it("a district-year with a project sheet beside its budget is not 'projects only'", () => {
    assert.ok(!caveatsOf(near, []).some((c) => c.includes("只公开了项目绩效目标表")));
  });

  it("the mutual-aid caveat shows on the two metric pages it concerns and no other", () => {
    const mentions = (metric: MetricId) => caveatsOf(coverage, mutualAid, metric).some((c) => c.includes("210 13 99"));
    assert.deepEqual((["medical-assistance", "mutual-aid", "three-public", "operating-expenses"] as const).map(mentions), [true, true, false, false]);
  });

  it("scope notes list districts in order of their slug whatever the order of years", () => {
    const notes = scopeNotesOf([doc("xuhui", "徐汇", 2024, "部门预算", "部门", "x"), doc("huangpu", "黄浦", 2026, "部门预算", "部门", "h")]);
    assert.match(notes[0]?.text ?? "", /本站收录的：黄浦区 2026 年；徐汇区 2024 年。$/);
  });
});
