import Decimal from "decimal.js";

/** Units as printed in the documents. */
export type Unit = "元" | "万元";

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
  const [int, frac = ""] = fixed.split(".");
  return `${int}.${frac.padEnd(2, "0")}`;
}

/** Thousands-separated 元 for display, e.g. "35,475,000.00". */
export function formatYuan(fen: bigint): string {
  const [int = "0", frac = "00"] = fenToYuan(fen).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
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
