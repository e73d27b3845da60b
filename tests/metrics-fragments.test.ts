// resolveMetrics on hand-written fragments (tests/fragments.ts): which findings a value links, the records of a
// metric no document prints, prior-year points derived from the text (once, and never over a year a document
// covers), and the source chosen where one district-year has several. Expected values are read off the
// fragments below (amounts in fen: 1.00 万元 = 10,000 元 = 1,000,000 fen).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Finding } from "../lib/audit/findings";
import { resolveMetrics, type MetricRecord } from "../lib/metrics/resolve";
import { budgetHead, INDICATORS, parse, projectSheet, sheetsDocument, table9 } from "./fragments";

/** 宝山 2026 部门预算: table 9 on line 13 (三公 1.00, 机关运行经费 168.98 万元), then three sentences. */
const BUREAU_2026 = [
  budgetHead("部门", 2026),
  table9(["1.00", "0.00", "1.00", "0.00", "0.00", "0.00", "168.98"]),
  "2026年，本部门“三公”经费预算数为1.00万元，与2025年预算持平。", // line 16
  "",
  "2026年，本部门机关运行经费预算168.98万元，比上年预算增加5.77万元，主要原因是基本支出增加。", // line 18
  "",
  "2026年本部门政府采购预算总额为24.40万元。", // line 20: not a metric
  "",
].join("\n");
const TABLE9_LINE = 13;
const THREE_PUBLIC_SENTENCE = 16;
const OPERATING_SENTENCE = 18;

/** The same district's 2026 单位预算 of its centre: table 9 (三公 2.00, 机关运行经费 100.00 万元) and a sentence. */
const CENTRE_2026 = [
  budgetHead("单位", 2026),
  table9(["2.00", "0.00", "2.00", "0.00", "0.00", "0.00", "100.00"]),
  "2026年，本单位机关运行经费预算100.00万元，比上年预算减少10.00万元。", // line 16
  "",
].join("\n");

/** A 2025 部门预算 of the same bureau: table 9 on line 13 (三公 3.00, 机关运行经费 150.00 万元), no sentences. */
const BUREAU_2025 = [budgetHead("部门", 2025), table9(["3.00", "0.00", "3.00", "0.00", "0.00", "0.00", "150.00"], 2025)].join("\n");

const finding = (id: string, metric: Finding["metric"], fileName: string, line: number): Finding => ({
  id, check: "three-public-sum", severity: "warning", districtSlug: "baoshan", year: 2026, metric, causeId: null, amounts: null, params: {},
  locations: [{ fileName, line, role: "subject", tableNo: 9, column: null, amountFen: null }],
});

const of = (records: readonly MetricRecord[], year: number, metric: MetricRecord["metric"]) => records.filter((r) => r.year === year && r.metric === metric);
const one = (records: readonly MetricRecord[], year: number, metric: MetricRecord["metric"]): MetricRecord => {
  const hits = of(records, year, metric);
  assert.equal(hits.length, 1, `one ${year} ${metric} record`);
  const [hit] = hits;
  assert.ok(hit);
  return hit;
};

describe("resolveMetrics: findings linked to a value", () => {
  const doc = parse(BUREAU_2026, "a.txt");

  it("links a finding on the value's line in its file: metric-less to both table-9 metrics, a metric's only to it, ids sorted", () => {
    const { records } = resolveMetrics([doc], [
      finding("F-2", null, "a.txt", TABLE9_LINE),
      finding("F-1", "three-public", "a.txt", TABLE9_LINE),
      finding("F-3", null, "other.txt", TABLE9_LINE),
      finding("F-4", null, "a.txt", TABLE9_LINE + 1),
      finding("F-5", "operating-expenses", "a.txt", TABLE9_LINE - 1),
    ]);
    assert.deepEqual(one(records, 2026, "three-public").findingIds, ["F-1", "F-2"]);
    assert.deepEqual(one(records, 2026, "operating-expenses").findingIds, ["F-2"]);
  });

  it("links a finding on the sentence a prior-year value is derived from", () => {
    const { records } = resolveMetrics([doc], [finding("F-9", null, "a.txt", OPERATING_SENTENCE), finding("F-8", "operating-expenses", "a.txt", TABLE9_LINE)]);
    assert.deepEqual(one(records, 2025, "operating-expenses").findingIds, ["F-9"]);
    assert.deepEqual(one(records, 2025, "three-public").findingIds, []);
    assert.deepEqual(one(records, 2026, "operating-expenses").findingIds, ["F-8"]);
  });

  it("links nothing to a value no document prints, even with a metric-less finding on every line", () => {
    const everyLine = BUREAU_2026.split("\n").map((_, i) => finding(`F-${i + 1}`, null, "a.txt", i + 1));
    const { records } = resolveMetrics([doc], everyLine);
    assert.deepEqual(one(records, 2026, "medical-assistance"), {
      districtSlug: "baoshan", year: 2026, metric: "medical-assistance", status: "not_disclosed", amountFen: null, unitAsPublished: null, amountAsPublished: null,
      scope: null, entityName: null, fileName: null, sourceLine: null, sourceText: null, project: null, basis: { kind: "no-project" }, findingIds: [],
    });
    assert.deepEqual(one(records, 2025, "mutual-aid"), {
      districtSlug: "baoshan", year: 2025, metric: "mutual-aid", status: "not_collected", amountFen: null, unitAsPublished: null, amountAsPublished: null,
      scope: null, entityName: null, fileName: null, sourceLine: null, sourceText: null, project: null, basis: { kind: "not-collected" }, findingIds: [],
    });
  });
});

describe("resolveMetrics: table 9", () => {
  it("reads 三公经费 from the 合计 column wherever it stands, and 机关运行经费 with its own basis", () => {
    // The parts before the total: 因公出国 0.50, 公务接待 1.00, 合计 1.50, 机关运行经费 168.98 万元 (line 11).
    const text = `${budgetHead("部门", 2026)}${["9、2026年部门“三公”经费和机关运行经费预算", "", "单位：万元", "", "“三公”经费预算数\t\t\t机关运行经费预算数", "因公出国(境)费\t公务接待费\t合计\t", "0.50\t1.00\t1.50\t168.98", "", ""].join("\n")}`;
    const { records } = resolveMetrics([parse(text, "a.txt")], []);
    const threePublic = one(records, 2026, "three-public");
    const operating = one(records, 2026, "operating-expenses");
    assert.deepEqual([threePublic.amountFen, threePublic.amountAsPublished, threePublic.sourceLine, threePublic.basis], [1_500_000n, "1.50", 11, { kind: "table9-total", documentKind: "部门预算" }]);
    assert.deepEqual([operating.amountFen, operating.amountAsPublished, operating.sourceLine, operating.basis], [168_980_000n, "168.98", 11, { kind: "table9-operating", documentKind: "部门预算" }]);
  });
});

describe("resolveMetrics: prior-year values from the text", () => {
  it("derives 2025 from the 2026 sentences that state a change (持平 or 增加), and not from a sentence without a metric or a change", () => {
    const text = `${BUREAU_2026}2026年，本部门机关运行经费预算168.98万元。\n`; // a metric without a change: nothing to derive
    const { records } = resolveMetrics([parse(text, "a.txt")], []);
    // 2025 and 2026, 4 metrics each: 2025's two table-9 values derived, the two project metrics not collected.
    assert.deepEqual(records.map((r) => `${r.year} ${r.metric} ${r.status}`), [
      "2025 medical-assistance not_collected", "2025 mutual-aid not_collected", "2025 three-public derived", "2025 operating-expenses derived",
      "2026 medical-assistance not_disclosed", "2026 mutual-aid not_disclosed", "2026 three-public disclosed", "2026 operating-expenses disclosed",
    ]);
    const operating = one(records, 2025, "operating-expenses");
    // 168.98 − 5.77 = 163.21 万元
    assert.deepEqual([operating.amountFen, operating.fileName, operating.sourceLine, operating.amountAsPublished], [163_210_000n, "a.txt", OPERATING_SENTENCE, null]);
    const threePublic = one(records, 2025, "three-public");
    assert.deepEqual([threePublic.amountFen, threePublic.sourceLine], [1_000_000n, THREE_PUBLIC_SENTENCE]);
    assert.deepEqual(threePublic.basis, { kind: "derived", fromYear: 2026, direction: "flat", amountAsPrinted: "1.00", unit: "万元", changeAsPrinted: null, changeUnit: null });
  });

  it("does not derive a year a document covers: the 2025 budget's own table 9 stands", () => {
    const { records } = resolveMetrics([parse(BUREAU_2026, "a.txt"), parse(BUREAU_2025, "b.txt")], []);
    const threePublic = one(records, 2025, "three-public");
    const operating = one(records, 2025, "operating-expenses");
    assert.deepEqual([threePublic.status, threePublic.amountFen, threePublic.fileName], ["disclosed", 3_000_000n, "b.txt"]);
    assert.deepEqual([operating.status, operating.amountFen, operating.fileName], ["disclosed", 150_000_000n, "b.txt"]);
  });

  it("derives a prior year once, from the first document that states it", () => {
    // Both 2026 documents state 2025's 机关运行经费: the bureau's (168.98 − 5.77) comes first in the list.
    const { records } = resolveMetrics([parse(BUREAU_2026, "a.txt"), parse(CENTRE_2026, "c.txt")], []);
    const operating = one(records, 2025, "operating-expenses");
    assert.deepEqual([operating.amountFen, operating.fileName], [163_210_000n, "a.txt"]);
    const reversed = one(resolveMetrics([parse(CENTRE_2026, "c.txt"), parse(BUREAU_2026, "a.txt")], []).records, 2025, "operating-expenses");
    // 100.00 + 10.00 = 110.00 万元
    assert.deepEqual([reversed.amountFen, reversed.fileName], [110_000_000n, "c.txt"]);
  });

  it("fills no year without any document or statement", () => {
    assert.deepEqual(resolveMetrics([], []), { records: [], findings: [] });
  });
});

describe("resolveMetrics: the preferred of several sources", () => {
  const sheet = (amount: string) => projectSheet("医疗救助资金", { total: amount, annual: amount }, INDICATORS);

  it("a 部门预算 before a 单位预算, whichever comes first, with an info finding that names both", () => {
    for (const docs of [[parse(CENTRE_2026, "c.txt"), parse(BUREAU_2026, "a.txt")], [parse(BUREAU_2026, "a.txt"), parse(CENTRE_2026, "c.txt")]]) {
      const { records, findings } = resolveMetrics(docs, []);
      assert.deepEqual([one(records, 2026, "three-public").fileName, one(records, 2026, "three-public").amountFen], ["a.txt", 1_000_000n]);
      assert.deepEqual(
        findings.map((f) => [f.check, f.severity, f.metric, f.params.reason, f.params.chosenFile, f.params.others, f.params.agree, f.locations.map((l) => `${l.role} ${l.fileName}:${l.line} ${l.amountFen}`)]),
        [
          ["metric-source", "info", "three-public", "kind", "a.txt", ["c.txt"], false, ["subject a.txt:13 1000000", "peer c.txt:13 2000000"]],
          ["metric-source", "info", "operating-expenses", "kind", "a.txt", ["c.txt"], false, ["subject a.txt:13 168980000", "peer c.txt:13 100000000"]],
        ],
      );
      assert.deepEqual(one(records, 2026, "three-public").findingIds, [findings[0]?.id]);
    }
  });

  it("between two project sheets of one kind, the bureau's before its centre's (reason: entity)", () => {
    const centre = parse(sheetsDocument("医疗保险事务中心", [sheet("200.00")]), "centre.txt");
    const bureau = parse(sheetsDocument("医疗保障局", [sheet("100.00")]), "bureau.txt");
    const { records, findings } = resolveMetrics([centre, bureau], []);
    const value = one(records, 2026, "medical-assistance");
    assert.deepEqual([value.fileName, value.amountFen], ["bureau.txt", 10_000n]);
    assert.deepEqual(findings.map((f) => [f.severity, f.params.reason, f.params.chosenFile, f.params.agree]), [["info", "entity", "bureau.txt", false]]);
  });

  it("two equal sources are a tie: a warning, the first kept, agree when the amounts are equal", () => {
    const first = parse(sheetsDocument("医疗保障局", [sheet("100.00")]), "first.txt");
    const second = parse(sheetsDocument("医疗保障局", [sheet("100.00")]), "second.txt");
    const { records, findings } = resolveMetrics([first, second], []);
    assert.equal(one(records, 2026, "medical-assistance").fileName, "first.txt");
    assert.deepEqual(findings.map((f) => [f.severity, f.params.reason, f.params.chosenFile, f.params.others, f.params.agree]), [["warning", "tie", "first.txt", ["second.txt"], true]]);
  });
});
