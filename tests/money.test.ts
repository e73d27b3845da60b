import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MoneyFormatError, fenToWan, fenToYuan, formatWan, formatYuan, isUnit, looksNumeric, parseMoney, printAmount, printedDecimals, roundFenToPrinted, sumFen } from "../lib/money";

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
    // Without thousands separators, and negative.
    assert.deepEqual(parseMoney("145416223.44.00", "元").alternativesFen, [14_541_622_344n, 1_454_162_234_400n]);
    assert.deepEqual(parseMoney("-12.5.00", "万元").alternativesFen, [-12_500_000n, -125_000_000n]);
  });

  it("reads the cell trimmed and keeps the trimmed text as printed", () => {
    const reading = parseMoney("  1,000.00\t", "元");
    assert.equal(reading.fen, 100_000n);
    assert.equal(reading.asPublished, "1,000.00");
    assert.equal(parseMoney(" -48.91 ", "万元").fen, -48_910_000n);
  });

  for (const bad of ["12,3O0.00", "abc", "1.2.3.4", "", "—", "1,00"]) {
    it(`refuses "${bad}"`, () => assert.throws(() => parseMoney(bad, "元"), MoneyFormatError));
  }

  it("refuses an amount finer than 1 分", () => {
    assert.throws(() => parseMoney("1.005", "元"), /finer than 1 分/);
    assert.equal(parseMoney("1.000001", "万元").fen, 1_000_001n);
  });
});

describe("units and numeric-looking cells", () => {
  it("knows the two printed units and nothing else", () => {
    assert.equal(isUnit("元"), true);
    assert.equal(isUnit("万元"), true);
    for (const other of ["", "千元", "万", "元 ", null, 1]) assert.equal(isUnit(other), false, String(other));
  });

  it("a cell looks numeric when, trimmed, it is digits, commas and points with at least one digit", () => {
    for (const yes of ["1000", "1,000.00", " 35,475,000.00 ", "-48.91", "145,416,223.44.00", "0"]) assert.equal(looksNumeric(yes), true, yes);
    for (const no of ["", "-", ",.", "x1000", "1000元", "1 000", "—"]) assert.equal(looksNumeric(no), false, no);
  });
});

describe("formatting", () => {
  it("prints exact 元 and 万元 strings", () => {
    assert.equal(fenToYuan(3_547_500_000n), "35475000.00");
    assert.equal(fenToYuan(-5n), "-0.05");
    assert.equal(fenToWan(168_980_000n), "168.98");
    assert.equal(fenToWan(208_713_200n), "208.7132");
    assert.equal(fenToWan(1_000_000n), "1.00");
    assert.equal(fenToWan(200_000n), "0.20");
    assert.equal(formatYuan(16_066_663_728n), "160,666,637.28");
  });

  it("shows 万元 rounded half up from fen or from a 元 string, with a real minus sign and an optional plus", () => {
    assert.equal(formatWan(20_789_103_200n), "20,789.10");
    assert.equal(formatWan("207891032.00"), "20,789.10");
    assert.equal(formatWan("50000.00"), "5.00");
    assert.equal(formatWan(5_000_000n), "5.00");
    assert.equal(formatWan(-48_910_000n), "\u221248.91");
    assert.equal(formatWan("15000", { signed: true }), "+1.50");
    assert.equal(formatWan("125.00"), "0.01");
    assert.equal(formatYuan("-7450000", { signed: true }), "\u22127,450,000.00");
    assert.equal(formatYuan(0n, { signed: true }), "0.00");
  });

  it("prints a figure as the document does: 元 with two decimals, 万元 as exact as it is, an ASCII minus", () => {
    assert.equal(printAmount(1_234_567n, "元"), "12,345.67");
    assert.equal(printAmount(100_000n, "元"), "1,000.00");
    assert.equal(printAmount(1_325_000_000n, "万元"), "1,325");
    assert.equal(printAmount(168_980_000n, "万元"), "168.98");
    assert.equal(printAmount(-48_910_000n, "万元"), "-48.91");
    assert.equal(printAmount(-745_000_000n, "元"), "-7,450,000.00");
  });

  it("counts the printed decimals", () => {
    assert.equal(printedDecimals("1325"), 0);
    assert.equal(printedDecimals("0.2"), 1);
    assert.equal(printedDecimals("168.98"), 2);
    assert.equal(printedDecimals(".50"), 2);
    assert.equal(printedDecimals("145,416,223.44.00"), 2);
  });

  it("sums fen exactly, beyond 2^53", () => {
    assert.equal(sumFen([]), 0n);
    assert.equal(sumFen([9_007_199_254_740_993n, 1n, -4n]), 9_007_199_254_740_990n);
  });
  it("rounds to a printed precision half up", () => {
    assert.equal(roundFenToPrinted(208_713_200n, "万元", 0), 209_000_000n);
    assert.equal(roundFenToPrinted(266_706_500n, "万元", 2), 266_710_000n);
  });
});
