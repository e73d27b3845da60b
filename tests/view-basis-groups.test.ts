// The metric basis sentence (lib/view/basis-text.ts) and the grouping of findings under their root causes
// (lib/view/finding-groups.ts), each against sentences and groups written out by hand. Both were reached only by
// the e2e tests, which the mutation run does not use.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FindingRow } from "../lib/data/types";
import { basisText } from "../lib/view/basis-text";
import { groupByCause } from "../lib/view/finding-groups";

describe("basisText", () => {
  it("words a project, table 9's total and its operating figure with the document kind", () => {
    assert.equal(basisText({ kind: "project", projectName: "医疗救助", field: "年度资金申请总额", documentKind: "绩效目标表" }, 2026),
      "项目“医疗救助”年度资金申请总额（绩效目标表）");
    assert.equal(basisText({ kind: "table9-total", documentKind: "部门预算" }, 2026), "表9“三公”经费预算合计（部门预算）");
    assert.equal(basisText({ kind: "table9-operating", documentKind: "单位预算" }, 2026), "表9机关运行经费预算数（单位预算）");
  });

  it("a derived value names the year it was read from, and 上年 only for the year just before", () => {
    const change = { kind: "derived", fromYear: 2026, amountAsPrinted: "1,325.00", unit: "万元", changeAsPrinted: "48.91", changeUnit: "万元" } as const;
    assert.equal(basisText({ ...change, direction: "increase" }, 2025), "由 2026 年说明 1,325.00万元“比上年预算增加48.91万元”推得");
    assert.equal(basisText({ ...change, direction: "decrease" }, 2025), "由 2026 年说明 1,325.00万元“比上年预算减少48.91万元”推得");
    assert.equal(basisText({ ...change, direction: "increase" }, 2024), "由 2026 年说明 1,325.00万元“比2024年预算增加48.91万元”推得");
    assert.equal(basisText({ ...change, direction: "flat", changeAsPrinted: null, changeUnit: null }, 2025), "由 2026 年说明“与上年预算持平”推得");
    // A change sentence without its amount prints nothing there, never "null".
    assert.equal(basisText({ ...change, direction: "increase", changeAsPrinted: null, changeUnit: null }, 2025), "由 2026 年说明 1,325.00万元“比上年预算增加”推得");
    assert.equal(basisText({ ...change, direction: "flat", changeAsPrinted: null, changeUnit: null }, 2023), "由 2026 年说明“与2023年预算持平”推得");
  });

  it("says which of the three absences it is", () => {
    assert.equal(basisText({ kind: "no-project" }, 2026), "本区该年度收录的文件中没有这一项目");
    assert.equal(basisText({ kind: "no-table9" }, 2026), "本区该年度收录的文件中没有“三公”经费和机关运行经费预算表");
    assert.equal(basisText({ kind: "not-collected" }, 2024), "本站未收录本区该年度的预算文件");
  });
});

describe("groupByCause", () => {
  const finding = (id: string, causeId: string | null): FindingRow => ({
    id, check: "children-sum", severity: "error", district: "baoshan", year: 2026, metric: null, causeId,
    foundYuan: null, expectedYuan: null, differenceYuan: null, params: {}, locations: [],
  });
  const shape = (findings: FindingRow[]) => groupByCause(findings).map((g) => [g.root.id, g.effects.map((e) => e.id)]);

  it("puts each effect under its root, roots in the order given, effects in theirs", () => {
    assert.deepEqual(shape([finding("a", null), finding("b", "c"), finding("c", null), finding("d", "a"), finding("e", "c")]), [
      ["a", ["d"]],
      ["c", ["b", "e"]],
    ]);
  });

  it("an effect whose root is not in the list (filtered out) stands alone", () => {
    assert.deepEqual(shape([finding("b", "x"), finding("a", null)]), [["b", []], ["a", []]]);
  });

  it("nothing in, nothing out", () => {
    assert.deepEqual(groupByCause([]), []);
  });
});
