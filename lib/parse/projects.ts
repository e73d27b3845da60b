import { MoneyFormatError, parseMoney, type MoneyReading, type Unit } from "../money";
import { consumeFrameworkCells, isIndicatorHeader, type IndicatorState } from "./indicators";
import { closeCjkGaps, rowCells, squash, stripHtml } from "./text";
import { SourceError, type ParsedIndicator, type ParsedProject, type ProjectAmount, type ProjectAmountField } from "./types";

type TextField = "name" | "category" | "nature" | "supervisor" | "implementer" | "startDate" | "endDate";

const TEXT_LABELS: Record<string, TextField> = {
  项目名称: "name",
  项目类别: "category",
  项目性质: "nature",
  主管部门: "supervisor",
  实施单位: "implementer",
  计划开始日期: "startDate",
  计划完成日期: "endDate",
};

const AMOUNT_LABELS: Record<string, ProjectAmountField> = {
  项目资金总额: "项目资金总额",
  年度资金申请总额: "年度资金申请总额",
  其中财政资金: "财政资金",
  其中当年财政拨款: "当年财政拨款",
  上年结转资金: "上年结转资金",
};

function labelOf(cell: string): string {
  return squash(stripHtml(cell)).replace(/[:：]/g, "");
}

function isLabel(cell: string): boolean {
  const label = labelOf(cell);
  return label in TEXT_LABELS || label in AMOUNT_LABELS || label === "其他资金";
}

/** The checked option of a checkbox cell ("专项资金 <input …/> 经常性项目 <input checked …/>"). */
function checkedOption(cell: string): string {
  if (!cell.includes("<input")) return stripHtml(cell);
  const checked = /([^\s<>]+)\s*<input[^>]*checked[^>]*>/.exec(cell)?.[1];
  return checked ?? stripHtml(cell.replace(/<input[^>]*>/g, " "));
}

function readAmount(fileName: string, line: number, cell: string, unit: Unit, field: string): MoneyReading {
  try {
    return parseMoney(cell, unit);
  } catch (error) {
    if (error instanceof MoneyFormatError) throw new SourceError(fileName, line, `project ${field}: ${error.message}`);
    throw error;
  }
}

interface Draft {
  startLine: number;
  rawText: string;
  text: Partial<Record<TextField, string>>;
  unit: Unit | null;
  amountCells: Array<{ field: ProjectAmountField; cell: string; line: number; raw: string }>;
  indicators: ParsedIndicator[];
}

function finish(fileName: string, draft: Draft): ParsedProject {
  const nameAsPrinted = draft.text.name ?? "";
  if (nameAsPrinted === "") throw new SourceError(fileName, draft.startLine, "project sheet without a 项目名称");
  if (!draft.unit) throw new SourceError(fileName, draft.startLine, `project "${nameAsPrinted}" has no 项目资金 unit (元 or 万元)`);
  const unit = draft.unit;
  const amounts: ProjectAmount[] = draft.amountCells.map((a) => ({
    field: a.field,
    money: readAmount(fileName, a.line, a.cell, unit, a.field),
    sourceLine: a.line,
    rawText: a.raw,
  }));
  const clean = (v: string | undefined) => (v === undefined || v === "" ? null : closeCjkGaps(v));
  return {
    name: closeCjkGaps(nameAsPrinted),
    nameAsPrinted,
    supervisor: clean(draft.text.supervisor),
    implementer: clean(draft.text.implementer),
    category: clean(draft.text.category),
    nature: clean(draft.text.nature),
    startDate: draft.text.startDate ? squash(draft.text.startDate) : null,
    endDate: draft.text.endDate ? squash(draft.text.endDate) : null,
    unit,
    amounts,
    indicators: draft.indicators,
    sourceLine: draft.startLine,
    rawText: draft.rawText,
  };
}

const UNIT_IN_CELL = /项目资金\s*[（(]\s*(万元|元)\s*[）)]/;

/** Project sheets printed as table rows (tab-separated or Markdown). */
export function parseProjectRows(fileName: string, lines: string[]): ParsedProject[] {
  const projects: ParsedProject[] = [];
  let draft: Draft | null = null;
  let inIndicators = false;
  const state: IndicatorState = { level1: null, level2: null };
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const cells = rowCells(raw);
    if (!cells || cells.length === 0) return;
    const firstLabel = labelOf(cells.find((c) => c !== "") ?? "");
    if (firstLabel === "项目名称") {
      if (draft) projects.push(finish(fileName, draft));
      draft = { startLine: lineNo, rawText: raw, text: {}, unit: null, amountCells: [], indicators: [] };
      inIndicators = false;
    }
    if (!draft) return;
    const current: Draft = draft;
    if (inIndicators) {
      const filled = cells.filter((c) => c !== "");
      // The next sheet's heading lines ("财政项目支出绩效目标申报表", "(2026 年度)") end the indicators.
      if (filled.length === 1 && (SHEET_START.test(squash(filled[0] ?? "")) || /^[（(]\d{4}年度[）)]$/.test(squash(filled[0] ?? "")))) {
        inIndicators = false;
        return;
      }
      const kept = cells.map(stripHtml).filter((c) => c !== "" && squash(c) !== "绩效指标");
      const texts = consumeFrameworkCells(kept, state);
      if (texts.length === 0) return;
      current.indicators.push({
        level1: state.level1,
        level2: state.level2,
        level3: closeCjkGaps(texts[0] ?? ""),
        value: texts.length > 1 ? texts.slice(1).join(" ") : "",
        sourceLine: lineNo,
        rawText: raw,
      });
      return;
    }
    if (isIndicatorHeader(cells)) {
      inIndicators = true;
      state.level1 = null;
      state.level2 = null;
      return;
    }
    let otherFunds = 0;
    cells.forEach((cell, k) => {
      const unitMatch = UNIT_IN_CELL.exec(stripHtml(cell));
      if (unitMatch?.[1]) current.unit = unitMatch[1] as Unit;
      const label = labelOf(cell);
      const textField = TEXT_LABELS[label];
      let amountField: ProjectAmountField | undefined = AMOUNT_LABELS[label];
      if (label === "其他资金") amountField = otherFunds++ === 0 ? "其他资金（总额）" : "其他资金（年度）";
      if (!textField && !amountField) return;
      let value = "";
      for (let m = k + 1; m < cells.length; m++) {
        const next = cells[m] ?? "";
        if (isLabel(next)) break;
        if (next !== "") {
          value = next;
          break;
        }
      }
      if (textField) {
        if (value !== "") current.text[textField] = textField === "category" ? checkedOption(value) : stripHtml(value);
      } else if (amountField && value !== "") {
        current.amountCells.push({ field: amountField, cell: value, line: lineNo, raw });
      }
    });
  });
  if (draft) projects.push(finish(fileName, draft));
  return projects;
}

const SHEET_START = /^财政项目支出绩效目标(填报|申报)表$/;
const AMOUNT_IN_LINE = /(项目资金总额|年度资金申请总额|其中[：:]\s*财政资金|其中[：:]\s*当年财政拨款|上年结转资金|其他资金)\s*(-?[\d,]+(?:\.[\d.]+)?)?/g;

/** Project sheets printed one field per line (PDF text extraction of a form). */
export function parseProjectLines(fileName: string, lines: string[]): ParsedProject[] {
  const starts = lines.flatMap((l, i) => (SHEET_START.test(squash(l)) ? [i] : []));
  const projects: ParsedProject[] = [];
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const nameIndex = lines.findIndex((l, i) => i > start && i < end && /^\s*项目名称/.test(l));
    if (nameIndex < 0) throw new SourceError(fileName, start + 1, "project sheet without a 项目名称 line");
    const draft: Draft = { startLine: nameIndex + 1, rawText: lines[nameIndex] ?? "", text: {}, unit: null, amountCells: [], indicators: [] };

    // The name may wrap over several lines before 项目类别.
    let nameText = (lines[nameIndex] ?? "").replace(/^\s*项目名称/, "");
    let k = nameIndex;
    while (!nameText.includes("项目类别") && k + 1 < end) {
      k++;
      const next = lines[k] ?? "";
      if (next.trim() !== "") nameText += next.trim();
    }
    const [namePart = "", categoryPart] = nameText.split("项目类别");
    draft.text.name = namePart.trim();
    if (categoryPart !== undefined) draft.text.category = categoryPart.trim();

    let inIndicators = false;
    const state: IndicatorState = { level1: null, level2: null };
    let pending: ParsedIndicator | null = null;
    const flush = () => {
      if (pending) draft.indicators.push(pending);
      pending = null;
    };
    for (let i = k + 1; i < end; i++) {
      const raw = lines[i] ?? "";
      const lineNo = i + 1;
      if (!inIndicators) {
        const people = /主管部门\s*(\S+)\s*实施单位\s*(\S+)/.exec(raw);
        if (people) {
          draft.text.supervisor = people[1];
          draft.text.implementer = people[2];
        }
        const dates = /计划开始日期\s*(.+?)\s*计划完成日期\s*(.+?)\s*$/.exec(raw);
        if (dates) {
          draft.text.startDate = dates[1];
          draft.text.endDate = dates[2];
        }
        const unit = /^\s*[（(]\s*(万元|元)\s*[）)]\s*$/.exec(raw);
        if (unit?.[1]) draft.unit = unit[1] as Unit;
        let otherFunds = 0;
        for (const match of raw.matchAll(AMOUNT_IN_LINE)) {
          const label = squash(match[1] ?? "").replace(/[：:]/g, "");
          const field: ProjectAmountField | undefined =
            label === "其他资金" ? (otherFunds++ === 0 ? "其他资金（总额）" : "其他资金（年度）") : AMOUNT_LABELS[label];
          if (field && match[2]) draft.amountCells.push({ field, cell: match[2], line: lineNo, raw });
        }
        if (/一级指标/.test(raw)) inIndicators = true;
        continue;
      }
      if (raw === "") continue;
      if (raw.trim() === "") {
        flush();
        continue;
      }
      const words = raw.trim().split(/\s+/);
      const before = { ...state };
      const texts = consumeFrameworkCells(words, state);
      const sawFramework = before.level1 !== state.level1 || before.level2 !== state.level2 || texts.length < words.length;
      const open: ParsedIndicator | null = pending;
      if (open !== null && !sawFramework) {
        // A value wrapped over several lines ("符合救助条件的" / "对象按规定纳入" / …).
        open.value += raw.trim();
        continue;
      }
      flush();
      if (texts.length === 0) continue;
      const indicator: ParsedIndicator = {
        level1: state.level1,
        level2: state.level2,
        level3: texts[0] ?? "",
        value: texts.slice(1).join(" "),
        sourceLine: lineNo,
        rawText: raw,
      };
      if (texts.length === 1) pending = indicator;
      else draft.indicators.push(indicator);
    }
    flush();
    projects.push(finish(fileName, draft));
  });
  return projects;
}
