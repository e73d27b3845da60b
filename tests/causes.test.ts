// Root causes (lib/audit/causes.ts) on hand-made findings: which finding a knock-on follows from, the near misses
// that must stay roots, and the cell a disagreement is pinned on. Every amount and line here is written by hand;
// tests/audit.test.ts checks the same pass on the documents.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assignCauses } from "../lib/audit/causes";
import { amounts, type CheckId, type Finding, type FindingLocation, type FindingParams } from "../lib/audit/findings";

const FILE = "a.txt";

/** A location in FILE (table 3, column 合计 unless given). */
const at = (role: FindingLocation["role"], line: number, amountFen: bigint | null, extra: Partial<FindingLocation> = {}): FindingLocation => ({
  fileName: FILE,
  line,
  role,
  tableNo: 3,
  column: "合计",
  amountFen,
  ...extra,
});

const finding = (id: string, check: CheckId, locations: FindingLocation[], found: bigint | null, expected: bigint | null, params: FindingParams = {}): Finding => ({
  id,
  check,
  severity: "warning",
  districtSlug: "d",
  year: 2026,
  locations,
  amounts: found === null && expected === null ? null : amounts(found, expected),
  params,
  metric: null,
  causeId: null,
});

/** id → causeId, in the order given. */
const causes = (findings: Finding[]) => assignCauses(findings).map((f) => [f.id, f.causeId]);

describe("a children-sum repeated in a later table follows from the first print", () => {
  const sum = (id: string, tableNo: number, line: number, over: { code?: string | null; column?: string; found?: bigint; expected?: bigint; fileName?: string } = {}) =>
    finding(
      id,
      "children-sum",
      [at("subject", line, over.found ?? 300n, { tableNo, fileName: over.fileName ?? FILE }), at("part", line + 1, 100n, { tableNo, fileName: over.fileName ?? FILE })],
      over.found ?? 300n,
      over.expected ?? 100n,
      { code: over.code === undefined ? "2080501" : over.code, column: over.column ?? "合计", tableNo: String(tableNo) },
    );

  it("same code, column, found and expected amounts, same document: table 5's follows from table 3's", () => {
    assert.deepEqual(causes([sum("t3", 3, 10), sum("t5", 5, 40)]), [["t3", null], ["t5", "t3"]]);
    assert.deepEqual(causes([sum("t5", 5, 40), sum("t3", 3, 10)]), [["t5", "t3"], ["t3", null]]);
  });

  it("near misses stay roots: another code, column, found or expected amount, document, or no code at all", () => {
    const near: Finding[] = [
      sum("code", 5, 40, { code: "2080502" }),
      sum("column", 5, 40, { column: "基本支出" }),
      sum("found", 5, 40, { found: 301n }),
      sum("expected", 5, 40, { expected: 101n }),
      sum("file", 5, 40, { fileName: "b.txt" }),
    ];
    for (const later of near) assert.deepEqual(causes([sum("t3", 3, 10), later]), [["t3", null], [later.id, null]], later.id);
    assert.deepEqual(causes([sum("t3", 3, 10, { code: null }), sum("t5", 5, 40, { code: null })]), [["t3", null], ["t5", null]]);
  });

  it("the same table twice is no repeat (neither table is the earlier one)", () => {
    assert.deepEqual(causes([sum("a", 3, 10), sum("b", 3, 40)]), [["a", null], ["b", null]]);
  });
});

describe("a children-sum on a line that already disagrees in an earlier column follows from that one", () => {
  it("the second column's finding has the first as its cause", () => {
    const first = finding("first", "children-sum", [at("subject", 10, 300n), at("part", 11, 100n)], 300n, 100n, { code: "201", column: "合计" });
    const second = finding("second", "children-sum", [at("subject", 10, 250n, { column: "基本支出" }), at("part", 11, 50n, { column: "基本支出" })], 250n, 50n, { code: "201", column: "基本支出" });
    assert.deepEqual(causes([first, second]), [["first", null], ["second", "first"]]);
  });
});

describe("a parent whose parts are misprinted follows from the part's own finding when the corrected parts add up", () => {
  // Line 11 prints 100 but its children (lines 12, 13) give 150; read as 150, lines 11 and 14 add up to 250, line 10's print.
  const part = finding("part", "children-sum", [at("subject", 11, 100n), at("part", 12, 70n), at("part", 13, 80n)], 100n, 150n, { code: "20105" });
  const parent = (printedFen: bigint) =>
    finding("parent", "children-sum", [at("subject", 10, printedFen), at("part", 11, 100n), at("part", 14, 100n)], printedFen, 200n, { code: "201" });

  it("250 = 150 + 100: the parent follows from the part", () => {
    assert.deepEqual(causes([part, parent(250n)]), [["part", null], ["parent", "part"]]);
  });

  it("260 ≠ 150 + 100: the parent is a defect of its own", () => {
    assert.deepEqual(causes([part, parent(260n)]), [["part", null], ["parent", null]]);
  });

  it("two sums misprinted into each other: the finding with the smaller id is the root", () => {
    // Line 1 prints 100 (its part, line 2, says 90); line 2 prints 90 (its part, line 1, says 100): each explains the other.
    const one = finding("b-one", "children-sum", [at("subject", 1, 100n), at("part", 2, 90n)], 100n, 90n, { code: "1" });
    const two = finding("a-two", "children-sum", [at("subject", 2, 90n), at("part", 1, 100n)], 90n, 100n, { code: "2" });
    assert.deepEqual(causes([one, two]), [["b-one", "a-two"], ["a-two", null]]);
    assert.deepEqual(causes([two, one]), [["a-two", null], ["b-one", "a-two"]]);
  });
});

describe("a row-sum follows from a children-sum on its line", () => {
  it("the row's 合计 column already disagrees with its children", () => {
    const children = finding("children", "children-sum", [at("subject", 10, 300n), at("part", 11, 100n)], 300n, 100n, { code: "201" });
    const row = finding("row", "row-sum", [at("subject", 10, 300n), at("part", 10, 50n, { column: "基本支出" }), at("part", 10, 50n, { column: "项目支出" })], 300n, 100n);
    assert.deepEqual(causes([children, row]), [["children", null], ["row", "children"]]);
    const elsewhere = finding("row", "row-sum", [at("subject", 20, 300n), at("part", 20, 100n, { column: "基本支出" })], 300n, 100n);
    assert.deepEqual(causes([children, elsewhere]), [["children", null], ["row", null]]);
  });
});

describe("a cross-table disagreement follows from a cell its own parts correct", () => {
  // Table 3 line 10 prints 300; its parts give 250, the amount table 5 line 40 prints.
  const suspect = finding("sum", "children-sum", [at("subject", 10, 300n), at("part", 11, 250n)], 300n, 250n, { code: "201" });
  const across = (otherFen: bigint) =>
    finding("across", "cross-table", [at("subject", 10, 300n), at("peer", 40, otherFen, { tableNo: 5 }), at("peer", 60, otherFen, { tableNo: 7 })], 300n, null);

  it("the other tables print what the parts give: caused, and pinned on the misprinted cell with the amount its parts give", () => {
    const [sum, pinned] = assignCauses([suspect, across(250n)]);
    assert.equal(sum?.causeId, null);
    assert.equal(pinned?.causeId, "sum");
    assert.deepEqual(pinned?.locations.map((l) => [l.line, l.role]), [[10, "subject"], [40, "peer"], [60, "peer"]]);
    assert.deepEqual(pinned?.amounts, { foundFen: 300n, expectedFen: 250n, differenceFen: 50n });
  });

  it("the cell at issue is named subject wherever it is printed, the rest peers", () => {
    const listedLast = finding("across", "cross-table", [at("peer", 40, 250n, { tableNo: 5 }), at("peer", 60, 300n, { tableNo: 7 }), at("subject", 10, 300n)], 300n, null);
    const [, pinned] = assignCauses([suspect, listedLast]);
    assert.deepEqual(pinned?.locations.map((l) => [l.line, l.role]), [[40, "peer"], [60, "subject"], [10, "subject"]]);
  });

  it("no other table prints what the parts give: no cause, nothing re-pinned", () => {
    const f = across(260n);
    const [, kept] = assignCauses([suspect, f]);
    assert.equal(kept?.causeId, null);
    assert.deepEqual(kept?.locations, f.locations);
    assert.deepEqual(kept?.amounts, f.amounts);
  });
});

describe("a row-sum is pinned on the one part its own children correct", () => {
  // Line 10 prints 合计 500, 基本支出 200, 项目支出 250; 项目支出's children give 300, and 200 + 300 = 500.
  const projectCell = finding("project", "children-sum", [at("subject", 10, 250n, { column: "项目支出" }), at("part", 11, 300n, { column: "项目支出" })], 250n, 300n, { code: "201", column: "项目支出" });
  const row = (totalFen: bigint) =>
    finding("row", "row-sum", [at("subject", 10, totalFen), at("part", 10, 200n, { column: "基本支出" }), at("part", 10, 250n, { column: "项目支出" })], totalFen, 450n, { column: "合计" });

  it("500 = 200 + 300: the 项目支出 cell is the subject, the 合计 a peer, and the amounts are the part's", () => {
    const [, pinned] = assignCauses([projectCell, row(500n)]);
    assert.deepEqual(pinned?.locations.map((l) => [l.column, l.role]), [["合计", "peer"], ["基本支出", "part"], ["项目支出", "subject"]]);
    assert.deepEqual(pinned?.amounts, { foundFen: 250n, expectedFen: 300n, differenceFen: -50n });
    assert.equal(pinned?.params.column, "项目支出");
  });

  it("510 ≠ 200 + 300: the row keeps its 合计 as the subject", () => {
    const f = row(510n);
    const [, kept] = assignCauses([projectCell, f]);
    assert.deepEqual(kept?.locations, f.locations);
    assert.deepEqual([kept?.amounts, kept?.params.column], [f.amounts, "合计"]);
  });
});

describe("an ambiguous print that could not be settled explains whatever reads its cell", () => {
  // An unsettled print has amounts with neither found nor expected known.
  const ambiguous = (expected: bigint | null, line = 10): Finding => ({ ...finding("amb", "ambiguous-number", [at("subject", line, null)], null, null), amounts: amounts(null, expected) });
  const sum = finding("sum", "children-sum", [at("subject", 9, 300n), at("part", 10, 100n)], 300n, 100n, { code: "201" });

  it("unsettled: the sum reading it follows from it", () => {
    assert.deepEqual(causes([ambiguous(null), sum]), [["amb", null], ["sum", "amb"]]);
  });

  it("settled (an expected amount is known), or another cell: no cause", () => {
    assert.deepEqual(causes([ambiguous(100n), sum]), [["amb", null], ["sum", null]]);
    assert.deepEqual(causes([ambiguous(null, 12), sum]), [["amb", null], ["sum", null]]);
  });
});
