import { MoneyFormatError, parseMoney, type Unit } from "../money";
import { rowCells, stripMarkdown } from "./text";
import { SourceError, type GlossaryEntry, type NarrativeFigure } from "./types";

const AMOUNT = /(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
// "比2022年（上一年度，下同）预算增加…": a remark in brackets may follow the year.
const CHANGE_BEFORE = /比\s*(上年|(\d{4})\s*年)\s*(?:[（(][^）)]*[）)])?\s*预算(?:支出)?\s*(增加|减少)\s*$/;
const FLAT = /[与比]\s*(上年|(\d{4})\s*年)\s*(?:[（(][^）)]*[）)])?\s*预算持平/;
const CLAUSE_BREAK = /[，,；;。：:、]/;
const SECTION = /(情况说明|编制说明|名词解释|主要职能|机构设置)\s*$/;
// Figures that are thresholds, not budget amounts ("单价 100 万元（含）以上设备").
const THRESHOLD_AFTER = /^\s*[（(]含[）)]|^\s*以上|^\s*~/;
const THRESHOLD_SUBJECT = /单价|单位价值|设备$/;

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

/**
 * Amounts stated in the explanatory text, each with the change against the prior
 * year printed right after it ("比上年预算增加 3,375,932.16 元", "与上年预算持平").
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
        continue;
      }
      const between = before.slice(consumed);
      const flat = FLAT.exec(between);
      if (flat && last && !last.change) {
        last.change = { direction: "flat", money: null, priorYear: flat[2] ? Number(flat[2]) : year - 1 };
      }
      const subject = subjectBefore(before);
      consumed = at + match[0].length;
      if (THRESHOLD_AFTER.test(text.slice(consumed)) || THRESHOLD_SUBJECT.test(subject) || subject === "") {
        last = null;
        continue;
      }
      last = { section, subject, money, change: null, sourceLine: lineNo, rawText: raw };
      lineFirst ??= last;
      figures.push(last);
    }
    const tail = text.slice(consumed);
    const flat = FLAT.exec(tail);
    if (flat && last && !last.change) {
      last.change = { direction: "flat", money: null, priorYear: flat[2] ? Number(flat[2]) : year - 1 };
    }
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
