import { MoneyFormatError, parseMoney, type Unit } from "../money";
import { rowCells, stripMarkdown } from "./text";
import { SourceError, type GlossaryEntry, type NarrativeAmount, type NarrativeFigure } from "./types";

const AMOUNT = /(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
// "比2022年（上一年度，下同）预算增加…": a remark in brackets may follow the year; "预算" may be left out
// ("比上年增加 1 万元").
const CHANGE_BEFORE = /比\s*(上年|(\d{4})\s*年)\s*(?:[（(][^）)]*[）)])?\s*(?:预算(?:支出)?)?\s*(增加|减少)\s*$/;
const FLAT = /[与比]\s*(上年|(\d{4})\s*年)\s*(?:[（(][^）)]*[）)])?\s*(?:预算)?持平/;
const CLAUSE_BREAK = /[，,；;。：:、]/;
const SECTION = /(情况说明|编制说明|名词解释|主要职能|机构设置)\s*$/;
// Figures that are thresholds, not budget amounts ("单价 100 万元（含）以上设备").
const THRESHOLD_AFTER = /^\s*[（(]含[）)]|^\s*以上|^\s*[~～]/;
const THRESHOLD_SUBJECT = /单价|单位价值|设备$/;
// The upper bound of a range ("资产总额50万元~100万元", "50~100万元") is a threshold too.
const RANGE_BEFORE = /[~～]\s*$/;

function subjectBefore(text: string): string {
  let start = text.length;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] ?? "")) start--;
  return text
    .slice(start)
    .replace(/^\s*\d{4}\s*年度?\s*/, "")
    .replace(/^\s*-?\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十\d]+\s*[.、．]|\d+\s+)\s*/, "")
    .replace(/(为|是|数为)\s*$/, "")
    .trim();
}

/** A place in a line after which a percentage may refer back: a figure, or the change stated for one. */
interface Anchor {
  end: number;
  figure: NarrativeFigure | null;
  kind: "figure" | "change";
}

// "增长 2.31%", "减少1.39%", "增加77.70 %", "占 100%", "占比 10%", "占本部门支出预算的 10.67%".
const PERCENT = /(增长|增加|上升|减少|下降|降低|占)([^，,；;。：:%％\d]{0,24}?)\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const SEPARATORS_ONLY = /^[\s，,、（(]*$/;
// The comparison a rate word closes: "，比2022年预算执行数" (against a printed base) or "，比上年预算".
const COMPARED_WITH = /比\s*(?:上年|\d{4}\s*年)[^，,；;。]*$/;
// subjectBefore strips "数为": "当年预算执行数为 1.48 万元" has the subject "当年预算执行".
const EXECUTED = /执行数?$/;
const SHARE_WORDS = /^(?:比重|比例|比|的|为|达|约|\s)*$/;

const amountOf = (figure: NarrativeFigure): NarrativeAmount => ({ subject: figure.subject, money: figure.money, sourceLine: figure.sourceLine, rawText: figure.rawText });
const squashed = (text: string) => text.replace(/[\s“”"]/g, "");

/** The whole a share names after 占 ("占本部门支出预算的"), among the figures stated before its part. */
function namedWhole(named: string, before: readonly NarrativeFigure[]): NarrativeFigure | null {
  const name = squashed(named.replace(/的?(?:比重|比例)?(?:为|达|约)?$/, "").replace(/的$/, ""));
  if (name === "") return null;
  const matches = before.filter((f) => squashed(f.subject) === name || squashed(f.subject).endsWith(name) || name.endsWith(squashed(f.subject)));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/**
 * The percentages of one line, each attached to the figure it is stated about; a percentage the parser cannot
 * attach (no figure right before it, or a rate with no comparison) is left out, as the audit could not judge it.
 */
function attachPercents(text: string, raw: string, lineNo: number, anchors: readonly Anchor[], lineFigures: readonly NarrativeFigure[]): void {
  for (const match of text.matchAll(PERCENT)) {
    const at = match.index ?? 0;
    const word = match[1] ?? "";
    const between = match[2] ?? "";
    const asPrinted = match[3] ?? "";
    const anchor = [...anchors].reverse().find((a) => a.end <= at);
    const figure = anchor?.figure;
    if (!anchor || !figure) continue;
    const gap = text.slice(anchor.end, at);
    const provenance = { sourceLine: lineNo, rawText: raw };
    if (word === "占") {
      // Right after the figure, or after the change stated for it ("2万元，比上年预算增加1万元，占20%").
      if (!SEPARATORS_ONLY.test(gap)) continue;
      const before = lineFigures.slice(0, lineFigures.indexOf(figure));
      let whole: NarrativeFigure | null = null;
      if (!SHARE_WORDS.test(between)) whole = namedWhole(between, before);
      else {
        // "收入 X 元，其中：财政拨款收入 Y 元，占 100%": the share of the paragraph's headline figure.
        const headline = before[0];
        const headlineEnd = anchors.find((a) => a.kind === "figure" && a.figure === headline)?.end;
        if (headline && headlineEnd !== undefined && text.slice(headlineEnd, at).includes("其中")) whole = headline;
      }
      figure.percents.push({ kind: "share", asPrinted, direction: null, base: null, whole: whole ? amountOf(whole) : null, ...provenance });
      continue;
    }
    if (!/^\s*(?:了|为)?\s*$/.test(between)) continue;
    const direction = /增长|增加|上升/.test(word) ? "increase" : "decrease";
    if (anchor.kind === "change" && SEPARATORS_ONLY.test(gap)) {
      figure.percents.push({ kind: "rate", asPrinted, direction, base: null, whole: null, ...provenance });
      continue;
    }
    const compared = COMPARED_WITH.exec(gap);
    if (anchor.kind !== "figure" || !compared) continue;
    let base: NarrativeFigure | null = null;
    if (/执行数/.test(compared[0])) {
      // "2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70%".
      base = [...lineFigures.slice(0, lineFigures.indexOf(figure))].reverse().find((f) => EXECUTED.test(f.subject)) ?? null;
      if (!base) continue;
    }
    figure.percents.push({ kind: "rate", asPrinted, direction, base: base ? amountOf(base) : null, whole: null, ...provenance });
  }
}

/**
 * Amounts stated in the explanatory text, each with the change against the prior
 * year printed right after it ("比上年预算增加 3,375,932.16 元", "与上年预算持平")
 * and the percentages stated about it ("增长 2.31%", "占 10.67%").
 */
export function parseNarrative(fileName: string, lines: string[], year: number, skip: Set<number>): NarrativeFigure[] {
  const figures: NarrativeFigure[] = [];
  let section: string | null = null;
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (skip.has(lineNo) || rowCells(raw) !== null) return;
    const text = stripMarkdown(raw);
    if (text === "") return;
    if (SECTION.test(text) && text.length < 40) {
      section = text;
      return;
    }
    let last: NarrativeFigure | null = null;
    let lineFirst: NarrativeFigure | null = null;
    let consumed = 0;
    const anchors: Anchor[] = [];
    const lineFigures: NarrativeFigure[] = [];
    for (const match of text.matchAll(AMOUNT)) {
      const at = match.index ?? 0;
      const before = text.slice(0, at);
      const printed = match[1] ?? "";
      const unit = (match[2] ?? "元") as Unit;
      let money;
      try {
        money = parseMoney(printed, unit);
      } catch (error) {
        if (error instanceof MoneyFormatError) throw new SourceError(fileName, lineNo, `explanatory text: ${error.message}`);
        throw error;
      }
      const change = CHANGE_BEFORE.exec(before.slice(consumed));
      // After a full stop the change refers to the paragraph's headline figure.
      const target = before.slice(consumed).includes("。") ? lineFirst : last;
      if (change && target) {
        target.change = {
          direction: change[3] === "增加" ? "increase" : "decrease",
          money,
          priorYear: change[2] ? Number(change[2]) : year - 1,
        };
        consumed = at + match[0].length;
        anchors.push({ end: consumed, figure: target, kind: "change" });
        continue;
      }
      const between = before.slice(consumed);
      const flat = FLAT.exec(between);
      if (flat && last && !last.change) {
        last.change = { direction: "flat", money: null, priorYear: flat[2] ? Number(flat[2]) : year - 1 };
      }
      const subject = subjectBefore(before);
      consumed = at + match[0].length;
      if (THRESHOLD_AFTER.test(text.slice(consumed)) || RANGE_BEFORE.test(before) || THRESHOLD_SUBJECT.test(subject) || subject === "") {
        last = null;
        anchors.push({ end: consumed, figure: null, kind: "figure" });
        continue;
      }
      last = { section, subject, money, change: null, percents: [], sourceLine: lineNo, rawText: raw };
      lineFirst ??= last;
      figures.push(last);
      lineFigures.push(last);
      anchors.push({ end: consumed, figure: last, kind: "figure" });
    }
    const tail = text.slice(consumed);
    const flat = FLAT.exec(tail);
    if (flat && last && !last.change) {
      last.change = { direction: "flat", money: null, priorYear: flat[2] ? Number(flat[2]) : year - 1 };
    }
    attachPercents(text, raw, lineNo, anchors, lineFigures);
  });
  return figures;
}

const GLOSSARY_ENTRY = /^(?:[一二三四五六七八九十]+、)?\s*(“?[^：，,“]{1,6}”?[^：，,]{1,12}?)(?:：|，指|，是|:)\s*(.+)$/;

/** Terms from the 名词解释 section. */
export function parseGlossary(lines: string[]): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let inGlossary = false;
  lines.forEach((raw, index) => {
    const text = stripMarkdown(raw);
    if (text === "") return;
    if (/^名词解释$/.test(text)) {
      inGlossary = true;
      return;
    }
    if (!inGlossary) return;
    if (SECTION.test(text) || /预算编制说明$/.test(text)) {
      inGlossary = false;
      return;
    }
    const match = GLOSSARY_ENTRY.exec(text);
    if (match?.[1] && match[2]) entries.push({ term: match[1].trim(), definition: match[2].trim(), sourceLine: index + 1 });
  });
  return entries;
}
