// Percentages the explanatory text states, against the figures they describe: a rate with the change and the
// amount it belongs to (rate = change / (amount − change)) or with the base the sentence prints (a prior year's
// 预算执行数), a share with its part and its whole. Judged at the printed precision: each printed figure stands
// for the interval its last digit allows (±½), and a percentage agrees when some value in that interval rounds
// to it. One unit off in the last printed digit is info (a rounding slip); more is a warning. A percentage the
// audit cannot compare (no change or base stated, a base of 0) gives no finding.
import { printAmount, printedDecimals, type MoneyReading } from "../../money";
import type { NarrativeAmount, NarrativeFigure, NarrativePercent, ParsedDocument } from "../../parse/types";
import { textLocation, type DocAudit } from "../context";
import { amounts, type FindingLocation } from "../findings";

/** A printed amount in half-fen: its value and half a unit of its last printed digit. */
interface Printed {
  mid: bigint;
  slack: bigint;
}

function printed(money: MoneyReading): Printed {
  const fenPerUnit = money.unit === "元" ? 100n : 1_000_000n;
  return { mid: 2n * money.fen, slack: fenPerUnit / 10n ** BigInt(printedDecimals(money.asPublished)) };
}

/** n / d with d > 0. */
interface Ratio {
  n: bigint;
  d: bigint;
}

/** The range of a percentage the printed figures allow, in units of the stated percentage's last digit. */
interface Range {
  lo: Ratio;
  hi: Ratio;
  /** From the figures as printed, rounded half away from zero. */
  central: bigint;
}

const ratio = (n: bigint, d: bigint, scale: bigint): Ratio | null => (d > 0n ? { n: n * scale, d } : null);

function roundedRatio(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (2n * abs + d) / (2n * d);
  return negative ? -q : q;
}

/** rate = amount / base − 1, the base printed in the sentence. */
function rateOnBase(amount: Printed, base: Printed, scale: bigint): Range | null {
  if (base.mid - base.slack <= 0n) return null;
  const lo = ratio(amount.mid - amount.slack - (base.mid + base.slack), base.mid + base.slack, scale);
  const hi = ratio(amount.mid + amount.slack - (base.mid - base.slack), base.mid - base.slack, scale);
  return lo && hi ? { lo, hi, central: roundedRatio((amount.mid - base.mid) * scale, base.mid) } : null;
}

/** rate = change / (amount − change), the change signed. Increasing in the change; in the amount, opposite to the change's sign. */
function rateOnChange(amount: Printed, change: Printed, scale: bigint): Range | null {
  const cLo = change.mid - change.slack;
  const cHi = change.mid + change.slack;
  const lo = ratio(cLo, (cLo >= 0n ? amount.mid + amount.slack : amount.mid - amount.slack) - cLo, scale);
  const hi = ratio(cHi, (cHi >= 0n ? amount.mid - amount.slack : amount.mid + amount.slack) - cHi, scale);
  if (!lo || !hi || amount.mid - change.mid <= 0n) return null;
  return { lo, hi, central: roundedRatio(change.mid * scale, amount.mid - change.mid) };
}

function share(part: Printed, whole: Printed, scale: bigint): Range | null {
  if (whole.mid - whole.slack <= 0n) return null;
  const lo = ratio(part.mid - part.slack, whole.mid + whole.slack, scale);
  const hi = ratio(part.mid + part.slack, whole.mid - whole.slack, scale);
  return lo && hi ? { lo, hi, central: roundedRatio(part.mid * scale, whole.mid) } : null;
}

/** "agrees" when a value in the range rounds to the stated one; "last-digit" when it is one unit off. */
function judge(range: Range, stated: bigint): "agrees" | "last-digit" | "differs" {
  // lo ≤ stated + ½ and hi ≥ stated − ½
  const belowTop = 2n * range.lo.n <= (2n * stated + 1n) * range.lo.d;
  const aboveBottom = 2n * range.hi.n >= (2n * stated - 1n) * range.hi.d;
  if (belowTop && aboveBottom) return "agrees";
  // How far the nearest value lies from the stated one: at most 1½ units means its rounding is one unit off.
  const within = belowTop ? 2n * (stated * range.hi.d - range.hi.n) <= 3n * range.hi.d : 2n * (range.lo.n - stated * range.lo.d) <= 3n * range.lo.d;
  return within ? "last-digit" : "differs";
}

/** "2.31" → 231n with 2 decimals; signed by the direction word. */
function statedUnits(percent: NarrativePercent): { units: bigint; decimals: number } {
  const decimals = printedDecimals(percent.asPrinted);
  const units = BigInt(percent.asPrinted.replace(".", ""));
  return { units: percent.direction === "decrease" ? -units : units, decimals };
}

/** 231n, 2 → "2.31" (the magnitude). */
function percentText(units: bigint, decimals: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

const amountParams = (prefix: string, a: NarrativeAmount | null) => ({
  [`${prefix}Subject`]: a?.subject ?? null,
  [`${prefix}AsPrinted`]: a?.money.asPublished ?? null,
  [`${prefix}Unit`]: a?.money.unit ?? null,
});

function rangeOf(figure: NarrativeFigure, percent: NarrativePercent, scale: bigint): Range | null {
  if (percent.kind === "share") return percent.whole ? share(printed(figure.money), printed(percent.whole.money), scale) : null;
  if (percent.base) return rateOnBase(printed(figure.money), printed(percent.base.money), scale);
  const change = figure.change;
  if (!change?.money || change.direction === "flat") return null;
  const c = printed(change.money);
  return rateOnChange(printed(figure.money), change.direction === "decrease" ? { mid: -c.mid, slack: c.slack } : c, scale);
}

const EXECUTED = /执行数?$/;

/** The budget item a sentence with a printed base is about: the figure stated just before its base (same or previous line). */
function itemOf(doc: ParsedDocument, figure: NarrativeFigure, base: NarrativeAmount): NarrativeFigure | null {
  const at = doc.narrative.findIndex((f) => f.sourceLine === base.sourceLine && f.subject === base.subject && f.money.fen === base.money.fen);
  const item = at > 0 ? doc.narrative[at - 1] : undefined;
  if (!item || item === figure || EXECUTED.test(item.subject) || item.sourceLine < base.sourceLine - 1) return null;
  return item;
}

/** The prior year's amount a stated change implies, printed in the figure's unit. */
function priorPrinted(figure: NarrativeFigure): string | null {
  const change = figure.change;
  if (!change?.money) return null;
  const changeFen = change.direction === "decrease" ? -change.money.fen : change.money.fen;
  return printAmount(figure.money.fen - changeFen, figure.money.unit);
}

function checkPercent(audit: DocAudit, figure: NarrativeFigure, percent: NarrativePercent, index: number): void {
  const { doc } = audit;
  const { units, decimals } = statedUnits(percent);
  const range = rangeOf(figure, percent, 100n * 10n ** BigInt(decimals));
  if (!range) return;
  const verdict = judge(range, units);
  if (verdict === "agrees") return;
  const other = percent.base ?? percent.whole;
  const locations: FindingLocation[] = [
    textLocation(doc.fileName, percent.sourceLine, "subject"),
    textLocation(doc.fileName, figure.sourceLine, "part", figure.money.fen),
    ...(other ? [textLocation(doc.fileName, other.sourceLine, "part", other.money.fen)] : []),
  ];
  audit.emit(
    {
      check: "narrative-percentage",
      severity: verdict === "last-digit" ? "info" : "warning",
      locations,
      amounts: null,
      params: {
        kind: percent.kind,
        subject: figure.subject,
        item: percent.base ? (itemOf(doc, figure, percent.base)?.subject ?? null) : null,
        stated: percent.asPrinted,
        statedDirection: percent.direction,
        expected: percentText(range.central, decimals),
        expectedDirection: percent.kind === "share" ? null : range.central < 0n ? "decrease" : "increase",
        lastDigit: verdict === "last-digit",
        figureAsPrinted: figure.money.asPublished,
        figureUnit: figure.money.unit,
        changeAsPrinted: percent.kind === "rate" && !percent.base ? (figure.change?.money?.asPublished ?? null) : null,
        changeUnit: percent.kind === "rate" && !percent.base ? (figure.change?.money?.unit ?? null) : null,
        changeDirection: percent.kind === "rate" && !percent.base ? (figure.change?.direction ?? null) : null,
        priorAsPrinted: percent.kind === "rate" && !percent.base ? priorPrinted(figure) : null,
        ...amountParams("base", percent.base),
        ...amountParams("whole", percent.whole),
      },
    },
    `${percent.kind}:${figure.subject}:${percent.asPrinted}:${index}`,
  );
}

/**
 * "“…（项）”220.63万元，…。2022年当年预算执行数为132.59万元，2023年预算安排441.25万元，比…增加60.54%": the
 * sentence a rate is computed in restates its item's amount; a different amount is a defect of its own.
 */
function checkRestated(audit: DocAudit, figure: NarrativeFigure, base: NarrativeAmount): void {
  const { doc } = audit;
  const item = itemOf(doc, figure, base);
  if (!item || item.money.unit !== figure.money.unit || item.money.fen === figure.money.fen) return;
  audit.emit(
    {
      check: "narrative-percentage",
      severity: "warning",
      locations: [textLocation(doc.fileName, figure.sourceLine, "subject", figure.money.fen), textLocation(doc.fileName, item.sourceLine, "peer", item.money.fen)],
      amounts: amounts(figure.money.fen, item.money.fen),
      params: {
        kind: "restated",
        subject: item.subject,
        figureSubject: figure.subject,
        figureAsPrinted: figure.money.asPublished,
        figureUnit: figure.money.unit,
        itemAsPrinted: item.money.asPublished,
        itemUnit: item.money.unit,
      },
    },
    `restated:${figure.subject}`,
  );
}

export function checkNarrativeChanges(audit: DocAudit): void {
  for (const figure of audit.doc.narrative) {
    figure.percents.forEach((percent, index) => {
      checkPercent(audit, figure, percent, index);
      if (percent.base) checkRestated(audit, figure, percent.base);
    });
  }
}
