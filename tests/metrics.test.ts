import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audit } from "../lib/audit";
import { resolveMetrics } from "../lib/metrics/resolve";
import { fenToYuan } from "../lib/money";
import { FILES, parseAllSources } from "./helpers";

const docs = parseAllSources();
const resolved = resolveMetrics(docs, audit(docs).findings);
const metrics = resolved.records;
const yuanOf = (fen: bigint | null) => (fen === null ? null : fenToYuan(fen));
const get = (district: string, year: number, metric: string) => metrics.find((m) => m.districtSlug === district && m.year === year && m.metric === metric);

describe("headline metrics", () => {
  const expected: Array<[string, number, string, string, string | null, string | null, number | null]> = [
    ["baoshan", 2023, "medical-assistance", "disclosed", "35475000.00", FILES.baoshan2023, 408],
    ["baoshan", 2023, "mutual-aid", "disclosed", "91520000.00", FILES.baoshan2023Projects, 20],
    ["baoshan", 2023, "three-public", "disclosed", "13000.00", FILES.baoshan2023, 341],
    ["baoshan", 2023, "operating-expenses", "disclosed", "1575100.00", FILES.baoshan2023, 341],
    ["baoshan", 2026, "medical-assistance", "disclosed", "33760000.00", FILES.baoshan2026, 445],
    ["baoshan", 2026, "mutual-aid", "disclosed", "103910000.00", FILES.baoshan2026, 469],
    ["baoshan", 2026, "three-public", "disclosed", "10000.00", FILES.baoshan2026, 327],
    ["baoshan", 2026, "operating-expenses", "disclosed", "1689800.00", FILES.baoshan2026, 327],
    ["qingpu", 2023, "medical-assistance", "not_disclosed", null, null, null],
    ["qingpu", 2023, "mutual-aid", "disclosed", "13250000.00", FILES.qingpu2023, 414],
    ["qingpu", 2023, "three-public", "disclosed", "2000.00", FILES.qingpu2023, 337],
    ["qingpu", 2023, "operating-expenses", "disclosed", "2090000.00", FILES.qingpu2023, 337],
    ["putuo", 2026, "medical-assistance", "disclosed", "40000000.00", FILES.putuo2026, 10],
    ["putuo", 2026, "mutual-aid", "disclosed", "160000000.00", FILES.putuo2026, 135],
    ["putuo", 2026, "three-public", "not_disclosed", null, null, null],
    ["putuo", 2026, "operating-expenses", "not_disclosed", null, null, null],
    ["baoshan", 2022, "operating-expenses", "derived", "2064200.00", FILES.baoshan2023, 347],
    ["baoshan", 2025, "operating-expenses", "derived", "1632100.00", FILES.baoshan2026, 341],
    ["baoshan", 2025, "three-public", "derived", "10000.00", FILES.baoshan2026, 333],
    ["qingpu", 2022, "three-public", "derived", "2000.00", FILES.qingpu2023, 343],
  ];
  for (const [district, year, metric, status, yuan, file, line] of expected) {
    it(`${district} ${year} ${metric}: ${status} ${yuan ?? ""}`, () => {
      const value = get(district, year, metric);
      assert.ok(value);
      assert.equal(value.status, status);
      assert.equal(value.amountFen === null ? null : fenToYuan(value.amountFen), yuan);
      assert.equal(value.fileName, file);
      assert.equal(value.sourceLine, line);
    });
  }

  it("not disclosed is null, never 0", () => {
    for (const m of metrics.filter((x) => x.status === "not_disclosed")) {
      assert.equal(m.amountFen, null);
      assert.equal(m.amountAsPublished, null);
    }
  });

  it("keeps the unit and figure as printed", () => {
    assert.deepEqual([get("qingpu", 2023, "mutual-aid")?.unitAsPublished, get("qingpu", 2023, "mutual-aid")?.amountAsPublished], ["万元", "1325"]);
    assert.equal(get("qingpu", 2023, "operating-expenses")?.findingIds.length, 1, "the 209 vs 208.71 finding");
    assert.equal(get("qingpu", 2023, "three-public")?.findingIds.length, 0);
  });

  it("lists the values by district, then year, then metric (医疗救助, 互助帮困, 三公经费, 机关运行经费)", () => {
    const expected = ["baoshan", "putuo", "qingpu"].flatMap((district) =>
      [2022, 2023, 2024, 2025, 2026].flatMap((year) => ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"].map((metric) => `${district} ${year} ${metric}`)),
    );
    assert.deepEqual(metrics.map((m) => `${m.districtSlug} ${m.year} ${m.metric}`), expected);
  });

  it("covers every district-year of the documents", () => {
    const keys = new Set(metrics.filter((m) => m.status === "disclosed" || m.status === "not_disclosed").map((m) => `${m.districtSlug} ${m.year}`));
    assert.deepEqual([...keys].sort(), ["baoshan 2023", "baoshan 2026", "putuo 2026", "qingpu 2023"]);
  });

  it("marks every other district × year × metric from 2022 to 2026 not collected, amount null", () => {
    // 3 districts × 5 years × 4 metrics = 60 rows: 16 from documents, 5 derived, the other 39 not collected.
    assert.equal(metrics.length, 60);
    const notCollected = metrics.filter((m) => m.status === "not_collected");
    assert.equal(notCollected.length, 39);
    assert.ok(notCollected.every((m) => m.amountFen === null && m.fileName === null && m.basis.kind === "not-collected"));
    assert.equal(get("qingpu", 2026, "mutual-aid")?.status, "not_collected");
    assert.equal(get("baoshan", 2024, "three-public")?.status, "not_collected");
    assert.equal(get("baoshan", 2025, "three-public")?.status, "derived", "2025 is stated by the 2026 text");
  });

  it("stores the basis as data and the project a metric is read from", () => {
    assert.deepEqual(get("baoshan", 2023, "medical-assistance")?.basis, { kind: "project", projectName: "医疗救助资金", field: "年度资金申请总额", documentKind: "部门预算" });
    assert.deepEqual(get("baoshan", 2023, "medical-assistance")?.project, { fileName: FILES.baoshan2023, sourceLine: 405 });
    assert.deepEqual(get("baoshan", 2025, "operating-expenses")?.basis, {
      kind: "derived", fromYear: 2026, direction: "increase", amountAsPrinted: "168.98", unit: "万元", changeAsPrinted: "5.77", changeUnit: "万元",
    });
    assert.deepEqual(get("qingpu", 2023, "three-public")?.basis, { kind: "table9-total", documentKind: "单位预算" });
  });

  it("says which source it used where a district-year has two, and why", () => {
    // 宝山 2023 prints 医疗救助资金 in its 部门预算 (002:408) and in its project sheet (001:228): the budget wins.
    assert.equal(resolved.findings.length, 1);
    const [f] = resolved.findings;
    assert.equal(f?.check, "metric-source");
    assert.equal(f?.severity, "info");
    assert.deepEqual(f?.params, {
      metric: "medical-assistance", reason: "kind", chosenFile: FILES.baoshan2023, chosenKind: "部门预算", chosenEntity: "上海市宝山区医疗保障局",
      others: [FILES.baoshan2023Projects], agree: true,
    });
    assert.deepEqual(f?.locations.map((l) => [l.fileName, l.line, l.role, yuanOf(l.amountFen)]), [
      [FILES.baoshan2023, 408, "subject", "35475000.00"],
      [FILES.baoshan2023Projects, 228, "peer", "35475000.00"],
    ]);
    assert.ok(get("baoshan", 2023, "medical-assistance")?.findingIds.includes(f?.id ?? ""));
  });
});
