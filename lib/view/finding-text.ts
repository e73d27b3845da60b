// The one place a finding is worded: from its stored data (check, amounts, params, locations) to the title and
// the four parts a reviewer needs — what is printed, what the document's other figures say, the difference in 元,
// and which figure the site uses and why. Used by the pages and by findings.csv alike.
import type { ParamValue } from "../audit/findings";
import { spacedCode } from "../domain/budget-tables";
import { METRIC_DEFINITIONS, isMetricId } from "../domain/metrics";
import type { FindingLocationRow, FindingRow } from "../data/types";
import { fill } from "../i18n/zh-CN";
import { findingsZh as z } from "../i18n/findings";
import { formatYuan } from "../money";

export interface FindingText {
  title: string;
  /** 印为: what is printed at the figure at issue. */
  printed: string | null;
  /** 本文件其他数字: what the document's own other figures say. */
  supported: string | null;
  /** 差额 in 元, signed (printed − supported). */
  difference: string | null;
  /** 本站采用: which figure the site stores or uses, and why. */
  used: string | null;
  /** All of the above as one paragraph (CSV, plain text). */
  message: string;
}

/** Resolves a file name to a readable document label ("上海市宝山区医疗保障局 2023 年部门预算"). */
export type DocumentLabeller = (fileName: string) => string;

type Params = Readonly<Record<string, ParamValue>>;
const str = (p: Params, key: string): string => {
  const v = p[key];
  return v === null || v === undefined || Array.isArray(v) ? "" : String(v);
};
const list = (p: Params, key: string): string[] => {
  const v = p[key];
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
};
const bool = (p: Params, key: string): boolean => p[key] === true;

const yuanText = (yuan: string | null): string => (yuan === null ? z.blank : `${formatYuan(yuan)} 元`);
const printedText = (asPrinted: string, unit: string): string => `${asPrinted} ${unit}`;
const unquoted = (subject: string): string => subject.replace(/^“(.*)”$/, "$1");
const what = (code: string, name: string): string => (code ? `${spacedCode(code)} ${name}` : name);

function whereOf(l: FindingLocationRow, home: string, label: DocumentLabeller): string {
  const at = l.tableNo !== null ? fill(z.tableLine, { n: l.tableNo, line: l.line }) : fill(z.line, { line: l.line });
  return l.file === home ? at : `${label(l.file)}${at}`;
}

function joinWhere(locations: readonly FindingLocationRow[], home: string, label: DocumentLabeller): string {
  return locations.map((l) => `${whereOf(l, home, label)}${l.amountYuan !== null ? ` ${yuanText(l.amountYuan)}` : ""}`).join("；");
}

function metricName(p: Params, key = "metric"): string {
  const id = str(p, key);
  return isMetricId(id) ? METRIC_DEFINITIONS[id].nameZh : id;
}

/** "表9机关运行经费", "表3合计“项目支出”", "表5“210 卫生健康支出”", "项目“…”年度资金申请总额". */
function targetText(p: Params): string {
  const table = str(p, "targetTable");
  const name = str(p, "targetName").replace(/<br\s*\/?>/gi, "");
  if (!table) return `项目“${name}”${str(p, "targetPart")}`;
  if (table === "9") return `表9${name}`;
  if (name === z.total || /总计$/.test(name)) return `表${table}${name}${str(p, "targetColumn") ? `“${str(p, "targetColumn")}”` : ""}`;
  return `表${table}“${what(str(p, "targetCode"), name)}”`;
}

const YEAR_TITLES: Readonly<Record<string, string>> = {
  contents: z.title["year-mismatch-contents"],
  title: z.title["year-mismatch-title"],
  note: z.title["year-mismatch-note"],
};

export function findingText(f: FindingRow, label: DocumentLabeller): FindingText {
  const p = f.params;
  const home = f.locations[0]?.file ?? "";
  const subject = f.locations.find((l) => l.role === "subject");
  const parts = f.locations.filter((l) => l.role === "part");
  const peers = f.locations.filter((l) => l.role === "peer");
  const n = str(p, "tableNo");
  const difference = f.differenceYuan === null ? null : `${formatYuan(f.differenceYuan, { signed: true })} 元`;
  let title: string;
  // A blank cell is printed too: "（空白）", counted as 0 in the difference.
  let printed: string | null = f.foundYuan !== null || f.expectedYuan !== null ? yuanText(f.foundYuan) : null;
  let supported: string | null = f.expectedYuan === null ? null : yuanText(f.expectedYuan);
  let used: string | null = z.usedPrinted;

  switch (f.check) {
    case "ambiguous-number": {
      const alternatives = list(p, "alternativesYuan");
      title = fill(z.title["ambiguous-number"], { n, name: str(p, "name"), column: str(p, "column") });
      printed = `“${str(p, "asPrinted")}”`;
      supported =
        f.expectedYuan !== null
          ? fill(z.text.ambiguousChosen, { alternatives: alternatives.map((a) => `${formatYuan(a)} 元`).join(" 或 "), witnesses: peers.map((l) => whereOf(l, home, label)).join("、"), chosen: formatYuan(f.expectedYuan) })
          : fill(z.text.ambiguousOpen, { alternatives: alternatives.map((a) => `${formatYuan(a)} 元`).join(" 或 ") });
      used = f.expectedYuan !== null ? fill(z.text.ambiguousUsedChosen, { chosen: formatYuan(f.expectedYuan) }) : fill(z.text.ambiguousUsedOpen, { first: formatYuan(alternatives[0] ?? "0") });
      break;
    }
    case "code-reading":
      title = fill(z.title["code-reading"], { n, name: str(p, "name"), printed: str(p, "codeAsPrinted") });
      printed = fill(z.text.codePrinted, { part: str(p, "part"), printed: str(p, "printed") || z.blank });
      supported = fill(z.text.codeBasis, { line: str(p, "basisLine"), part: str(p, "part"), readAs: str(p, "readAs") });
      used = fill(z.text.codeUsed, { code: spacedCode(str(p, "code")) });
      break;
    case "children-sum":
      title = bool(p, "isTotal")
        ? fill(z.title["children-sum-total"], { n, column: str(p, "column") })
        : fill(z.title["children-sum"], { n, what: what(str(p, "code"), str(p, "name")), column: str(p, "column") });
      supported = f.expectedYuan === null ? null : fill(z.text.partsSum, { count: str(p, "partCount"), sum: yuanText(f.expectedYuan) });
      break;
    case "row-sum": {
      title = fill(z.title["row-sum"], { n, what: what(str(p, "code"), str(p, "name")), parts: list(p, "parts").join("、") });
      // lib/audit/causes.ts leaves a peer only when the 合计 agrees with the line's children: it is that peer, and
      // the subject is the part that does not.
      const total = f.locations.find((l) => l.role === "peer");
      if (subject && total) {
        printed = `${subject.column ?? ""} ${yuanText(subject.amountYuan)}`;
        supported = fill(z.text.rowFromTotal, {
          total: yuanText(total.amountYuan),
          others: parts.map((l) => `${l.column ?? ""} ${yuanText(l.amountYuan)}`).join("、"),
          value: yuanText(f.expectedYuan),
        });
      } else {
        printed = `${z.total} ${yuanText(f.foundYuan)}`;
        supported = fill(z.text.rowParts, { parts: parts.map((l) => `${l.column ?? ""} ${yuanText(l.amountYuan)}`).join(" + "), sum: yuanText(f.expectedYuan) });
      }
      break;
    }
    case "cross-table": {
      const tables = list(p, "tables").map((t) => fill(z.table, { n: t })).join("、");
      title = fill(z.title["cross-table"], { what: what(str(p, "code"), str(p, "name")), column: str(p, "column"), tables });
      const subjects = f.locations.filter((l) => l.role === "subject");
      printed = joinWhere(subjects, home, label);
      supported = peers.length > 0 ? joinWhere(peers, home, label) : null;
      used = z.usedEach;
      break;
    }
    case "totals-balance":
      title = fill(z.title["totals-balance"], { n });
      supported = fill(z.text.incomeTotal, { amount: yuanText(f.expectedYuan) });
      break;
    case "table-truncated": {
      const missing = [bool(p, "missingIncome") ? z.text.missingIncome : "", bool(p, "missingExpense") ? z.text.missingExpense : ""].filter((m) => m !== "").join(z.text.and);
      title = fill(z.title["table-truncated"], { n, title: str(p, "title"), missing });
      printed = fill(z.text.truncated, { line: str(p, "endLine"), missing });
      used = null;
      break;
    }
    case "table-missing":
      title = fill(z.title["table-missing"], { n });
      printed = fill(z.text.missingTable, { title: str(p, "title") });
      used = null;
      break;
    case "year-mismatch":
      title = fill(YEAR_TITLES[str(p, "where")] ?? z.title["year-mismatch-title"], { n, printed: str(p, "printedYear") });
      printed = fill(z.text.yearMismatch, { year: str(p, "documentYear"), text: str(p, "text") });
      used = null;
      break;
    case "three-public-sum":
      title = str(p, "whole") === "vehicles" ? z.title["three-public-sum-vehicles"] : z.title["three-public-sum-total"];
      supported = fill(z.text.partsOf, { sum: yuanText(f.expectedYuan) });
      break;
    case "reception-vs-economic":
      title = z.title["reception-vs-economic"];
      printed = `${printedText(str(p, "asPrinted"), str(p, "unit"))}（${yuanText(f.foundYuan)}）`;
      supported = fill(z.text.economicLine, { amount: yuanText(f.expectedYuan) });
      break;
    case "operating-vs-public":
      title = z.title["operating-vs-public"];
      printed = `${printedText(str(p, "asPrinted"), str(p, "unit"))}（${yuanText(f.foundYuan)}）`;
      supported = fill(z.text.publicUse, { amount: yuanText(f.expectedYuan) });
      break;
    case "narrative-vs-table": {
      const target = targetText(p);
      const precise = bool(p, "consistentAtPrecision");
      const textIsFiner = str(p, "finer") !== "table";
      title = fill(
        precise ? (textIsFiner ? z.title["narrative-vs-table-precision"] : z.title["narrative-vs-table-rounded"]) : z.title["narrative-vs-table"],
        { subject: str(p, "subject"), target },
      );
      const figure = printedText(str(p, "figureAsPrinted"), str(p, "figureUnit"));
      const targetFigure = printedText(str(p, "targetAsPrinted"), str(p, "targetUnit"));
      printed = fill(z.text.narrativePrinted, { where: subject ? whereOf({ ...subject, tableNo: null }, home, label) : "", figure });
      const witnesses = peers.slice(1).map((l) => fill(z.text.narrativeWitness, { where: whereOf(l, home, label), amount: yuanText(l.amountYuan) }));
      supported = [fill(z.text.narrativeTarget, { target, figure: targetFigure }), ...witnesses, ...(precise ? [fill(z.text.narrativePrecision, { target: textIsFiner ? target : z.text.theText })] : [])].join("；");
      used = bool(p, "metricReadsTarget") ? fill(z.text.usedMetricTarget, { metric: metricName(f.metric ? { metric: f.metric } : {}), target, figure: targetFigure }) : z.usedEach;
      break;
    }
    case "narrative-percentage": {
      const word = (direction: string) => (direction === "decrease" ? z.text.decreaseWord : z.text.increaseWord);
      const where = subject ? whereOf({ ...subject, tableNo: null }, home, label) : "";
      const figure = printedText(str(p, "figureAsPrinted"), str(p, "figureUnit"));
      const kind = str(p, "kind");
      used = z.usedEach;
      if (kind === "restated") {
        title = fill(z.title["narrative-restated"], { subject: unquoted(str(p, "subject")) });
        printed = fill(z.text.restatedPrinted, { where, figureSubject: str(p, "figureSubject"), figure });
        const item = peers[0];
        supported = fill(z.text.restatedItem, { where: item ? whereOf({ ...item, tableNo: null }, home, label) : "", item: printedText(str(p, "itemAsPrinted"), str(p, "itemUnit")) });
        break;
      }
      const stated = str(p, "stated");
      const values = { subject: unquoted(str(p, "item") || str(p, "subject")), stated, word: word(str(p, "statedDirection")), expected: str(p, "expected") };
      title = bool(p, "lastDigit")
        ? fill(z.title["narrative-percentage-last-digit"], values)
        : fill(kind === "share" ? z.title["narrative-share"] : z.title["narrative-rate"], values);
      printed = fill(z.text.percentPrinted, { where, word: kind === "share" ? "占" : values.word, stated });
      if (kind === "share") {
        supported = fill(z.text.shareOf, { part: `${str(p, "subject")} ${figure}`, whole: `${str(p, "wholeSubject")} ${printedText(str(p, "wholeAsPrinted"), str(p, "wholeUnit"))}`, expected: values.expected });
      } else if (str(p, "baseAsPrinted")) {
        supported = fill(z.text.rateOnBase, { base: printedText(str(p, "baseAsPrinted"), str(p, "baseUnit")), figure, word: word(str(p, "expectedDirection")), expected: values.expected });
      } else {
        supported = fill(z.text.rateOnChange, {
          figure: `${str(p, "subject")} ${figure}`,
          changeWord: str(p, "changeDirection") === "decrease" ? "减少" : "增加",
          change: printedText(str(p, "changeAsPrinted"), str(p, "changeUnit")),
          prior: printedText(str(p, "priorAsPrinted"), str(p, "figureUnit")),
          word: word(str(p, "expectedDirection")),
          expected: values.expected,
        });
      }
      break;
    }
    case "project-vs-line": {
      const missing = f.expectedYuan === null;
      title = fill(missing ? z.title["project-vs-line-missing"] : z.title["project-vs-line"], { project: str(p, "project"), code: spacedCode(str(p, "code")), name: str(p, "lineName") });
      const asPrinted = printedText(str(p, "asPrinted"), str(p, "unit"));
      printed = fill(z.text.projectAmount, { field: str(p, "field"), figure: str(p, "unit") === "元" ? yuanText(f.foundYuan) : `${asPrinted}（${yuanText(f.foundYuan)}）` });
      const line = peers[0];
      supported = missing || !line
        ? fill(z.text.lineMissing, { file: label(str(p, "lineFile")), code: spacedCode(str(p, "code")) })
        : fill(z.text.lineAmount, { file: line.file === home ? "" : label(line.file), code: spacedCode(str(p, "code")), name: str(p, "lineName"), amount: yuanText(f.expectedYuan), line: fill(z.line, { line: line.line }) });
      if (str(p, "otherCode")) {
        const booked = peers.find((l) => l.column !== null && l !== line);
        supported += `；${fill(z.text.bookedAcross, { code: spacedCode(str(p, "otherCode")), name: str(p, "otherName"), amount: yuanText(booked?.amountYuan ?? null) })}`;
      }
      used = fill(z.text.usedProject, { metric: metricName(f.metric ? { metric: f.metric } : {}) });
      break;
    }
    case "project-cross-document": {
      const kinds = list(p, "kinds");
      const names = list(p, "names");
      const a = list(p, "inA");
      const b = list(p, "inB");
      title = fill(z.title["project-cross-document"], { project: str(p, "project") });
      printed = fill(z.text.crossDocument, {
        a: label(str(p, "fileA")),
        b: label(str(p, "fileB")),
        count: kinds.length,
        items: kinds.map((k, i) => fill(z.text.crossDocumentItem[k] ?? "{name}：{a} / {b}", { name: names[i] ?? "", a: a[i] ?? "", b: b[i] ?? "" })).join("；"),
      });
      supported = null;
      used = z.usedEach;
      break;
    }
    case "project-funds":
      title = fill(z.title["project-funds"], { project: str(p, "project"), field: str(p, "field") });
      supported = fill(z.text.projectParts, { parts: parts.map((l) => `${l.column ?? ""} ${yuanText(l.amountYuan)}`).join(" + "), sum: yuanText(f.expectedYuan) });
      break;
    case "indicator-hierarchy":
      title = fill(z.title["indicator-hierarchy"], { project: str(p, "project") });
      printed = fill(z.text.indicator, { level1: str(p, "level1"), level2: str(p, "level2"), level3: str(p, "level3"), allowed: list(p, "allowed").join("、") });
      used = null;
      break;
    case "metric-source": {
      const others = list(p, "others");
      title = fill(z.title["metric-source"], { metric: metricName(p), year: f.year ?? "", count: others.length + 1, chosen: label(str(p, "chosenFile")) });
      printed = fill(z.text.sources, {
        chosen: label(str(p, "chosenFile")),
        amount: yuanText(subject?.amountYuan ?? null),
        others: peers.map((l) => `${label(l.file)}（${yuanText(l.amountYuan)}）`).join("、"),
      });
      supported = bool(p, "agree") ? z.text.sourcesAgree : z.text.sourcesDiffer;
      used = z.text.sourceReason[str(p, "reason")] ?? null;
      break;
    }
  }
  const message = [
    printed ? `${z.labels.printed}：${printed}` : null,
    supported ? `${z.labels.supported}：${supported}` : null,
    difference ? `${z.labels.difference}：${difference}` : null,
    used ? `${z.labels.used}：${used}` : null,
  ]
    .filter((s): s is string => s !== null)
    .join("。") + "。";
  return { title, printed, supported, difference, used, message };
}

export function checkName(check: FindingRow["check"]): string {
  return z.checks[check];
}
