// Display formatting and comparisons for exact decimal strings in 元 (as returned by lib/data).
// Works on strings with decimal.js so no figure passes through a binary float.
import Decimal from "decimal.js";

const group = (int: string): string => int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function withSeparators(fixed: string): string {
  const negative = fixed.startsWith("-");
  // Stryker disable next-line StringLiteral: split always gives a first part (the default is for the type checker)
  const [int = "0", frac] = (negative ? fixed.slice(1) : fixed).split(".");
  // Stryker disable next-line ConditionalExpression,StringLiteral: both callers pass text with a point
  return `${negative ? "−" : ""}${group(int)}${frac !== undefined ? `.${frac}` : ""}`;
}

/** "35475000.00" → "35,475,000.00" (exact, two decimals). */
export function formatYuanString(yuan: string): string {
  return withSeparators(new Decimal(yuan).toFixed(2));
}

/** "35475000.00" → "3,547.50": exact 万元, trailing zeros trimmed to at least two decimals. */
export function formatWanString(yuan: string): string {
  const fixed = new Decimal(yuan).dividedBy(10_000).toFixed(6);
  // Stryker disable next-line StringLiteral: toFixed(6) always has a point (the defaults are for the type checker)
  const [int = "0", frac = ""] = fixed.split(".");
  const trimmed = frac.replace(/0+$/, "").padEnd(2, "0");
  return withSeparators(`${int}.${trimmed}`);
}

/** b − a as an exact decimal string in 元. */
export function differenceYuan(from: string, to: string): string {
  return new Decimal(to).minus(from).toFixed(2);
}

/** (b − a) / a in percent with two decimals, or null when a is 0. */
export function percentChange(from: string, to: string): string | null {
  const base = new Decimal(from);
  if (base.isZero()) return null;
  const pct = new Decimal(to).minus(base).dividedBy(base).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return `${pct.isNegative() ? "−" : pct.isZero() ? "" : "+"}${pct.abs().toFixed(2)}%`;
}

/** Compound annual growth rate over `years` years, percent with two decimals; null when undefined. */
export function compoundAnnualRate(from: string, to: string, years: number): string | null {
  const a = new Decimal(from);
  const b = new Decimal(to);
  if (years <= 0 || a.lte(0) || b.lt(0)) return null;
  const rate = b.dividedBy(a).pow(new Decimal(1).dividedBy(years)).minus(1).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return `${rate.isNegative() ? "−" : rate.isZero() ? "" : "+"}${rate.abs().toFixed(2)}%`;
}
