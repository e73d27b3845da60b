import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MoneyFormatError, fenToWan, fenToYuan, formatYuan, parseMoney, roundFenToPrinted } from "../lib/money";

describe("parseMoney", () => {
  const cases: Array<[string, "元" | "万元", bigint]> = [
    ["160,666,637.28", "元", 16_066_663_728n],
    ["29,132,580", "元", 2_913_258_000n],
    ["0.00", "元", 0n],
    ["1.30", "万元", 1_300_000n],
    ["168.98", "万元", 168_980_000n],
    ["1325", "万元", 1_325_000_000n],
    ["0.2", "万元", 200_000n],
    ["16,066.66", "万元", 16_066_660_000n],
    ["90071992547409.93", "元", 9_007_199_254_740_993n],
  ];
  for (const [printed, unit, fen] of cases) {
    it(`reads "${printed}" ${unit} exactly`, () => {
      const reading = parseMoney(printed, unit);
      assert.equal(reading.fen, fen);
      assert.equal(reading.asPublished, printed);
      assert.equal(reading.alternativesFen, undefined);
    });
  }

  it("keeps both readings of a number printed with two decimal points", () => {
    const reading = parseMoney("145,416,223.44.00", "元");
    assert.equal(reading.fen, 14_541_622_344n);
    assert.deepEqual(reading.alternativesFen, [14_541_622_344n, 1_454_162_234_400n]);
    assert.match(reading.readingNote ?? "", /two decimal points/);
  });

  for (const bad of ["12,3O0.00", "abc", "1.2.3.4", "", "—", "1,00"]) {
    it(`refuses "${bad}"`, () => assert.throws(() => parseMoney(bad, "元"), MoneyFormatError));
  }

  it("refuses an amount finer than 1 分", () => {
    assert.throws(() => parseMoney("1.005", "元"), /finer than 1 分/);
    assert.equal(parseMoney("1.000001", "万元").fen, 1_000_001n);
  });
});

describe("formatting", () => {
  it("prints exact 元 and 万元 strings", () => {
    assert.equal(fenToYuan(3_547_500_000n), "35475000.00");
    assert.equal(fenToYuan(-5n), "-0.05");
    assert.equal(fenToWan(168_980_000n), "168.98");
    assert.equal(fenToWan(208_713_200n), "208.7132");
    assert.equal(formatYuan(16_066_663_728n), "160,666,637.28");
  });
  it("rounds to a printed precision half up", () => {
    assert.equal(roundFenToPrinted(208_713_200n, "万元", 0), 209_000_000n);
    assert.equal(roundFenToPrinted(266_706_500n, "万元", 2), 266_710_000n);
  });
});
