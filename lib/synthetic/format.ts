import { printAmount } from "../money";

/** "1,234,567.89" (元, two decimals). */
export function yuan(fen: bigint): string {
  return printAmount(fen, "元");
}

/** "1,234,567" (元, whole yuan only). */
export function yuanInt(fen: bigint): string {
  if (fen % 100n !== 0n) throw new RangeError(`${fen} fen is not a whole number of 元`);
  return printAmount(fen, "元").replace(/\.00$/, "");
}

/** Rounds fen to `decimals` places of 万元, half up (as the documents print). */
export function roundWan(fen: bigint, decimals: number): bigint {
  const step = 10n ** BigInt(6 - decimals);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const rounded = ((abs + step / 2n) / step) * step;
  return negative ? -rounded : rounded;
}

/** 万元 with `decimals` places, half up: "16,066.66" (commas) or "2913.26" (plain). */
export function wan(fen: bigint, decimals = 2, commas = true): string {
  const rounded = roundWan(fen, decimals);
  const negative = rounded < 0n;
  const abs = negative ? -rounded : rounded;
  const whole = abs / 1_000_000n;
  const frac = ((abs % 1_000_000n) / 10n ** BigInt(6 - decimals)).toString().padStart(decimals, "0");
  const intText = commas ? whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole.toString();
  return `${negative ? "-" : ""}${intText}${decimals > 0 ? `.${frac}` : ""}`;
}

/** 万元 as a short figure: "0" for zero, else two decimals. */
export function wanOrZero(fen: bigint, commas = true): string {
  return fen === 0n ? "0" : wan(fen, 2, commas);
}

/** Yuan amount (as BigInt fen) from whole 元. */
export const Y = (yuanWhole: bigint): bigint => yuanWhole * 100n;
