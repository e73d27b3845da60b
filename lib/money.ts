import Decimal from "decimal.js";

/** Units as printed in the documents. */
export type Unit = "元" | "万元";

export function isUnit(value: unknown): value is Unit {
  return value === "元" || value === "万元";
}

/** Fen (分) per printed unit: 1 元 = 100 分, 1 万元 = 10,000 元 = 1,000,000 分. */
const FEN_PER_UNIT: Record<Unit, bigint> = { 元: 100n, 万元: 1_000_000n };

export interface MoneyReading {
  fen: bigint;
  unit: Unit;
  /** The cell text exactly as printed (trimmed). */
  asPublished: string;
  /**
   * Other possible readings of a malformed print (e.g. "145,416,223.44.00"),
   * in fen; the audit chooses the one the document's own cross-checks support.
   */
  alternativesFen?: bigint[];
  readingNote?: string;
}

export class MoneyFormatError extends Error {}

const PLAIN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// A number printed with a second decimal part, as in "145,416,223.44.00".
const DOUBLE_DECIMAL = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+)\.(\d+)$/;

function digitsToFen(digits: string, unit: Unit, raw: string): bigint {
  const scaled = new Decimal(digits.replace(/,/g, "")).times(FEN_PER_UNIT[unit].toString());
  if (!scaled.isInteger()) {
    throw new MoneyFormatError(`amount "${raw}" ${unit} is finer than 1 分`);
  }
  return BigInt(scaled.toFixed(0));
}

/** True when a cell looks like it is meant to be a number (digits, commas, dots, sign). */
export function looksNumeric(cell: string): boolean {
  return /^-?[\d,.]+$/.test(cell.trim()) && /\d/.test(cell);
}

/**
 * Reads a printed amount exactly. Throws MoneyFormatError for text that is not
 * an amount; returns alternatives for a number with two decimal points.
 */
export function parseMoney(cell: string, unit: Unit): MoneyReading {
  const raw = cell.trim();
  if (PLAIN.test(raw)) return { fen: digitsToFen(raw, unit, raw), unit, asPublished: raw };
  const doubled = DOUBLE_DECIMAL.exec(raw);
  // Stryker disable next-line ConditionalExpression: both groups always match when the pattern does (the checks are for the type checker)
  if (doubled && doubled[1] && doubled[2] !== undefined) {
    const first = doubled[1];
    // Second reading: the first point is the stray one ("145,416,223" + "44.00").
    const joined = `${first.replace(".", "")}.${doubled[2]}`;
    const primary = digitsToFen(first, unit, raw);
    const alternative = digitsToFen(joined, unit, raw);
    return {
      fen: primary,
      unit,
      asPublished: raw,
      alternativesFen: [primary, alternative],
      readingNote: `printed with two decimal points; read as ${first}`,
    };
  }
  throw new MoneyFormatError(`cannot read "${raw}" as an amount in ${unit}`);
}

/** Exact decimal string in 元 with two decimals and no separators, e.g. "35475000.00". */
export function fenToYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${yuan.toString()}.${cents}`;
}

/** Exact decimal string in 万元 (up to 6 decimals, trailing zeros trimmed to 2). */
export function fenToWan(fen: bigint): string {
  const d = new Decimal(fen.toString()).dividedBy(1_000_000);
  const fixed = d.toFixed(6).replace(/0+$/, "");
  // Stryker disable next-line StringLiteral: toFixed(6) always has a point, so the default is for the type checker
  const [int, frac = ""] = fixed.split(".");
  return `${int}.${frac.padEnd(2, "0")}`;
}

// ---- Display: the one formatter for amounts shown to readers -------------------------------------------

/** Minus sign for display (U+2212), so a negative amount never reads as a hyphen. */
export const MINUS = "\u2212";

function grouped(fixed: string, minus: string): string {
  const negative = fixed.startsWith("-");
  // Stryker disable next-line StringLiteral: split always gives a first part, so the default is for the type checker
  const [int = "0", frac] = (negative ? fixed.slice(1) : fixed).split(".");
  return `${negative ? minus : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac !== undefined ? `.${frac}` : ""}`;
}

export interface DisplayOptions {
  /** "+" before a positive amount (changes and differences). */
  signed?: boolean;
}

function withSign(text: string, value: Decimal, options: DisplayOptions): string {
  return options.signed && value.greaterThan(0) ? `+${text}` : text;
}

/** Exact 元 with thousands separators and two decimals: "35475000.00" or 3547500000n fen → "35,475,000.00". */
export function formatYuan(amount: string | bigint, options: DisplayOptions = {}): string {
  const value = typeof amount === "bigint" ? new Decimal(amount.toString()).dividedBy(100) : new Decimal(amount);
  return withSign(grouped(value.toFixed(2), MINUS), value, options);
}

/** 万元 for display: two decimals, rounded half up ("207,891,032.00" → "20,789.10"); the exact 元 goes beside it. */
export function formatWan(amount: string | bigint, options: DisplayOptions = {}): string {
  const value = (typeof amount === "bigint" ? new Decimal(amount.toString()).dividedBy(100) : new Decimal(amount)).dividedBy(10_000);
  return withSign(grouped(value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), MINUS), value, options);
}

/** A figure as a document prints it in its own unit (ASCII minus, as printed): 1234567n fen, 元 → "12,345.67". */
export function printAmount(fen: bigint, unit: Unit): string {
  const value = new Decimal(fen.toString()).dividedBy(FEN_PER_UNIT[unit].toString());
  return grouped(unit === "元" ? value.toFixed(2) : value.toString(), "-");
}

/**
 * Rounds fen to the precision a figure was printed with in `unit`
 * (decimals = digits after the point in the printed text), half up.
 */
export function roundFenToPrinted(fen: bigint, unit: Unit, decimals: number): bigint {
  const perUnit = new Decimal(FEN_PER_UNIT[unit].toString());
  const inUnit = new Decimal(fen.toString()).dividedBy(perUnit);
  const rounded = inUnit.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return BigInt(rounded.times(perUnit).toFixed(0));
}

export function printedDecimals(asPublished: string): number {
  const dot = asPublished.lastIndexOf(".");
  return dot < 0 ? 0 : asPublished.length - dot - 1;
}

export function sumFen(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
