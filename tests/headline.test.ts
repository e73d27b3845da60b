// The metric-page headline's choices: which figure is latest, which year the change is measured from, and what an
// absent figure is called. Rows are built by hand so each case (derived, undisclosed, uncollected) is present.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metricHeadlines } from "../lib/dashboard/headline";
import type { MetricStatus, MetricValueRow } from "../lib/data/types";

const DISTRICT = { slug: "a", nameZh: "甲" };

function row(year: number, status: MetricStatus, amountYuan: string | null = null): MetricValueRow {
  return {
    district: DISTRICT.slug, districtName: DISTRICT.nameZh, year, metric: "operating-expenses", metricName: "机关运行经费",
    status, amountYuan, unitAsPublished: null, amountAsPublished: null, scope: amountYuan ? "部门" : null, entity: null,
    source: amountYuan ? { file: "f.txt", line: year - 2000, text: "" } : null, projectId: null, basis: { kind: "not-collected" }, findings: [],
  };
}

const headline = (rows: MetricValueRow[]) => {
  const [only] = metricHeadlines(rows, [DISTRICT]);
  assert.ok(only);
  return only;
};

describe("metricHeadlines", () => {
  it("measures the change from the previous collected year, and separately from a derived year in between", () => {
    const h = headline([row(2022, "derived", "2064200.00"), row(2023, "disclosed", "1575100.00"), row(2024, "not_collected"), row(2025, "derived", "1632100.00"), row(2026, "disclosed", "1689800.00")]);
    assert.equal(h.latest?.year, 2026);
    assert.equal(h.sinceCollected?.row.year, 2023);
    assert.deepEqual([h.sinceCollected?.change?.deltaYuan, h.sinceCollected?.change?.pct], ["114700.00", "+7.28%"]);
    assert.equal(h.sinceDerived?.from.year, 2025);
    assert.deepEqual([h.sinceDerived?.deltaYuan, h.sinceDerived?.pct], ["57700.00", "+3.54%"]);
    assert.equal(h.missing, null);
  });

  it("names an undisclosed previous collected year instead of skipping past it", () => {
    const h = headline([row(2022, "disclosed", "100.00"), row(2023, "not_disclosed"), row(2026, "disclosed", "150.00")]);
    assert.equal(h.sinceCollected?.row.year, 2023);
    assert.equal(h.sinceCollected?.change, null);
    assert.equal(h.sinceDerived, null);
  });

  it("says when a later collected document does not disclose the figure", () => {
    const h = headline([row(2023, "disclosed", "100.00"), row(2026, "not_disclosed")]);
    assert.equal(h.latest?.year, 2023);
    assert.equal(h.laterUndisclosed?.year, 2026);
    assert.equal(h.sinceCollected, null);
  });

  it("without any figure: 未公开 with its year when a document was collected, else 未收录 — never 0", () => {
    assert.deepEqual(headline([row(2022, "not_collected"), row(2023, "not_disclosed")]).missing, { status: "not_disclosed", year: 2023 });
    assert.deepEqual(headline([row(2023, "not_collected")]).missing, { status: "not_collected" });
    assert.deepEqual(headline([]).missing, { status: "not_collected" });
  });

  it("near misses of each choice: the latest undisclosed of several, only later ones, a derived year before the previous collected one or the latest itself", () => {
    assert.deepEqual(headline([row(2022, "not_disclosed"), row(2023, "not_disclosed"), row(2024, "not_collected")]).missing, { status: "not_disclosed", year: 2023 });
    // An undisclosed year before the latest figure, or a later year not collected, is no later undisclosed year.
    assert.equal(headline([row(2021, "not_disclosed"), row(2022, "disclosed", "100.00"), row(2023, "not_collected")]).laterUndisclosed, null);
    assert.equal(headline([row(2022, "disclosed", "100.00"), row(2023, "not_disclosed"), row(2024, "not_disclosed"), row(2025, "not_collected")]).laterUndisclosed?.year, 2024);
    // 2021's derived figure is older than 2022's collected one: the change is from 2022 only (100.00 → 150.00, +50.00%).
    const older = headline([row(2021, "derived", "90.00"), row(2022, "disclosed", "100.00"), row(2023, "disclosed", "150.00")]);
    assert.deepEqual([older.sinceCollected?.row.year, older.sinceCollected?.change?.deltaYuan, older.sinceCollected?.change?.pct, older.sinceDerived], [2022, "50.00", "+50.00%", null]);
    // No earlier collected year: a derived one still gives a change (120.00 → 150.00, +25.00%).
    const derivedOnly = headline([row(2025, "derived", "120.00"), row(2026, "disclosed", "150.00")]);
    assert.deepEqual([derivedOnly.sinceCollected, derivedOnly.sinceDerived?.from.year, derivedOnly.sinceDerived?.deltaYuan, derivedOnly.sinceDerived?.pct], [null, 2025, "30.00", "+25.00%"]);
    // The latest figure is itself derived: no change from itself.
    const latestDerived = headline([row(2023, "disclosed", "100.00"), row(2025, "derived", "110.00")]);
    assert.deepEqual([latestDerived.latest?.year, latestDerived.sinceCollected?.row.year, latestDerived.sinceDerived], [2025, 2023, null]);
  });

  it("reads each district's own rows in year order, whatever order they come in", () => {
    const other = { ...row(2027, "disclosed", "999.00"), district: "b", districtName: "乙" };
    const h = headline([row(2026, "disclosed", "150.00"), other, row(2022, "disclosed", "100.00"), row(2024, "not_collected")]);
    assert.deepEqual([h.latest?.year, h.sinceCollected?.row.year, h.sinceCollected?.change?.deltaYuan], [2026, 2022, "50.00"]);
  });
});
