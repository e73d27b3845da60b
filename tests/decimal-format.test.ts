// The dashboard's exact-decimal formatting and comparisons (lib/dashboard/decimal-format.ts): expected values
// worked out by hand, including the rounding cases where half-up, half-even and truncation differ.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compoundAnnualRate, differenceYuan, formatWanString, formatYuanString, percentChange } from "../lib/dashboard/decimal-format";

describe("formatting exact 元 strings", () => {
  it("元 with separators and two decimals, a real minus sign", () => {
    assert.equal(formatYuanString("35475000.00"), "35,475,000.00");
    assert.equal(formatYuanString("-7450000"), "\u22127,450,000.00");
    assert.equal(formatYuanString("999.5"), "999.50");
    assert.equal(formatYuanString("0"), "0.00");
  });

  it("万元 exact, trailing zeros trimmed to two decimals", () => {
    assert.equal(formatWanString("35475000.00"), "3,547.50");
    assert.equal(formatWanString("2087132.00"), "208.7132");
    assert.equal(formatWanString("10000.00"), "1.00");
    assert.equal(formatWanString("2000.00"), "0.20");
    assert.equal(formatWanString("0.01"), "0.000001");
    assert.equal(formatWanString("-4891000.00"), "\u2212489.10");
    assert.equal(formatWanString("1600000000.00"), "160,000.00");
  });
});

describe("comparing two amounts", () => {
  it("difference is to − from, exact", () => {
    assert.equal(differenceYuan("35475000.00", "33760000.00"), "-1715000.00");
    assert.equal(differenceYuan("0.10", "0.30"), "0.20");
  });

  it("percent change: two decimals half up, signed, none from zero", () => {
    // (33,760,000 − 35,475,000) / 35,475,000 = −4.8343…%
    assert.equal(percentChange("35475000.00", "33760000.00"), "\u22124.83%");
    // 1/800 = 0.125 %: half up gives 0.13 (half-even and truncation give 0.12).
    assert.equal(percentChange("800", "801"), "+0.13%");
    assert.equal(percentChange("800", "799"), "\u22120.13%");
    assert.equal(percentChange("5", "5"), "0.00%");
    assert.equal(percentChange("0", "5"), null);
    assert.equal(percentChange("100", "300"), "+200.00%");
  });

  it("compound annual rate over n years: (to/from)^(1/n) − 1", () => {
    // 121/100 over 2 years: √1.21 − 1 = 10 % (over 1 year it would be 21 %, over 3 years 6.56 %).
    assert.equal(compoundAnnualRate("100", "121", 2), "+10.00%");
    assert.equal(compoundAnnualRate("100", "121", 1), "+21.00%");
    assert.equal(compoundAnnualRate("100", "81", 2), "\u221210.00%");
    assert.equal(compoundAnnualRate("100", "100", 3), "0.00%");
    assert.equal(compoundAnnualRate("800", "801", 1), "+0.13%");
    assert.equal(compoundAnnualRate("100", "0", 2), "\u2212100.00%");
    assert.equal(compoundAnnualRate("100", "121", 0), null);
    assert.equal(compoundAnnualRate("0", "121", 2), null);
    assert.equal(compoundAnnualRate("-100", "121", 2), null);
    assert.equal(compoundAnnualRate("100", "-1", 2), null);
  });
});
