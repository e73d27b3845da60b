import { fenToWan, formatYuan, printedDecimals, roundFenToPrinted, sumFen, type MoneyReading, type Unit } from "../money";
import { LEVEL2_OF_LEVEL1 } from "../parse/indicators";
import type { AmountCell, ParsedDocument, ParsedLine, ParsedProject, ParsedTable, ProjectAmountField } from "../parse/types";
import { makeFinding, type Finding, type FindingLocation } from "./findings";
import { METRIC_PROJECTS } from "../metrics/definitions";

export { CHECKS, type Finding, type FindingLocation } from "./findings";

type Emit = (f: Omit<Finding, "id" | "districtSlug" | "year">, discriminator?: string) => void;

function show(money: MoneyReading | null | undefined): string {
  if (!money) return "（空白）";
  return money.unit === "元" ? `${formatYuan(money.fen)} 元` : `${money.asPublished} 万元`;
}

function showFen(fen: bigint, unit: Unit = "元"): string {
  return unit === "元" ? `${formatYuan(fen)} 元` : `${fenToWan(fen)} 万元`;
}

const amountOf = (line: ParsedLine, column: string): AmountCell | undefined => line.amounts.find((a) => a.column === column);
const fenOf = (line: ParsedLine, column: string): bigint => amountOf(line, column)?.money.fen ?? 0n;

/** Is `fen` (exact) equal to the printed `money` at the precision it was printed with? */
function agreesWithPrinted(fen: bigint, money: MoneyReading): boolean {
  return roundFenToPrinted(fen, money.unit, printedDecimals(money.asPublished)) === money.fen;
}

function loc(doc: ParsedDocument, line: number): FindingLocation {
  return { fileName: doc.fileName, line };
}

/** Chooses, for each number printed with two decimal points, the reading other figures support. */
function resolveAmbiguities(doc: ParsedDocument, emit: Emit): void {
  const allLines = doc.tables.flatMap((t) => t.lines);
  for (const table of doc.tables) {
    for (const line of table.lines) {
      for (const cell of line.amounts) {
        const alternatives = cell.money.alternativesFen;
        if (!alternatives) continue;
        const peers: Array<{ line: number; fen: bigint; what: string }> = [];
        for (const other of allLines) {
          if (other === line || other.name !== line.name) continue;
          for (const a of other.amounts) {
            if (!a.money.alternativesFen) peers.push({ line: other.sourceLine, fen: a.money.fen, what: `表${other.tableNo}` });
          }
        }
        for (const n of doc.narrative) {
          if (n.subject.includes(line.name)) peers.push({ line: n.sourceLine, fen: n.money.fen, what: "说明" });
        }
        const supported = alternatives.filter((fen) => peers.some((p) => p.fen === fen));
        const chosen = supported[0];
        if (chosen !== undefined) cell.money = { ...cell.money, fen: chosen };
        const witnesses = peers.filter((p, k) => p.fen === cell.money.fen && peers.findIndex((q) => q.line === p.line) === k);
        emit(
          {
            check: "ambiguous-number",
            severity: chosen === undefined ? "error" : "warning",
            title: `“${line.name}”的数字印有两个小数点`,
            message:
              chosen === undefined
                ? `表${table.tableNo}第 ${line.sourceLine} 行印作“${cell.money.asPublished}”，无法从本文件其他数字确定读法；暂按 ${showFen(cell.money.fen)} 存储。`
                : `表${table.tableNo}第 ${line.sourceLine} 行印作“${cell.money.asPublished}”，按 ${showFen(chosen)} 读取：本文件${witnesses.map((w) => `${w.what}第 ${w.line} 行`).join("、")}印有同一数额。`,
            expected: chosen === undefined ? null : showFen(chosen),
            found: cell.money.asPublished,
            locations: [loc(doc, line.sourceLine), ...witnesses.map((w) => loc(doc, w.line))],
          },
          cell.column,
        );
      }
    }
  }
}

function checkChildrenSums(doc: ParsedDocument, table: ParsedTable, emit: Emit): void {
  const coded = table.lines.filter((l) => !l.isTotal);
  const parents: Array<{ parent: ParsedLine; children: ParsedLine[] }> = [];
  for (const line of coded) {
    if (line.level === 1) parents.push({ parent: line, children: coded.filter((c) => c.level === 2 && c.codeLei === line.codeLei) });
    if (line.level === 2) parents.push({ parent: line, children: coded.filter((c) => c.level === 3 && c.codeLei === line.codeLei && c.codeKuan === line.codeKuan) });
  }
  const total = table.lines.find((l) => l.isTotal);
  if (total) parents.push({ parent: total, children: coded.filter((c) => c.level === 1) });
  for (const { parent, children } of parents) {
    if (children.length === 0) continue;
    const wrong = table.columns.flatMap((column) => {
      const expected = sumFen(children.map((c) => fenOf(c, column)));
      const found = amountOf(parent, column);
      return expected === (found?.money.fen ?? 0n) ? [] : [{ column, expected, found }];
    });
    if (wrong.length === 0) continue;
    const what = parent.isTotal ? "合计" : `${parent.code} ${parent.name}`;
    emit(
      {
        check: "children-sum",
        severity: "error",
        title: `表${table.tableNo}“${what}”不等于下级科目之和`,
        message: wrong
          .map((w) => `“${w.column}”印作 ${show(w.found?.money)}，下级 ${children.length} 行之和为 ${showFen(w.expected)}`)
          .join("；"),
        expected: wrong.map((w) => `${w.column}=${showFen(w.expected)}`).join("; "),
        found: wrong.map((w) => `${w.column}=${show(w.found?.money)}`).join("; "),
        locations: [loc(doc, parent.sourceLine), ...children.map((c) => loc(doc, c.sourceLine))],
      },
      String(table.tableNo),
    );
  }
}

/** 合计 = Σ the other columns on the same side (合计 = 基本支出 + 项目支出, = 人员经费 + 公用经费, …). */
function checkRowSums(doc: ParsedDocument, table: ParsedTable, emit: Emit): void {
  const sides = table.classification === "收支总表" ? (["收入", "支出"] as const) : ([null] as const);
  for (const side of sides) {
    const columns = table.columns
      .filter((c) => (side ? c.startsWith(`${side}:`) : true))
      .map((c) => (side ? c.slice(side.length + 1) : c));
    if (columns[0] !== "合计" || columns.length < 2) continue;
    const parts = columns.slice(1);
    for (const line of table.lines) {
      if (side && line.side !== side) continue;
      const total = amountOf(line, "合计");
      const expected = sumFen(parts.map((p) => fenOf(line, p)));
      if ((total?.money.fen ?? 0n) === expected) continue;
      emit(
        {
          check: "row-sum",
          severity: "error",
          title: `表${table.tableNo}“${line.name}”的合计不等于${parts.join("、")}之和`,
          message: `合计印作 ${show(total?.money)}，${parts.map((p) => `${p} ${show(amountOf(line, p)?.money)}`).join(" + ")} = ${showFen(expected)}。`,
          expected: showFen(expected),
          found: show(total?.money),
          locations: [loc(doc, line.sourceLine)],
        },
        `${table.tableNo}`,
      );
    }
  }
}

/** The same functional code (and the same 类 named in tables 1 and 4) must agree across tables. */
function checkCrossTable(doc: ParsedDocument, emit: Emit): void {
  const groups = new Map<string, Array<{ tableNo: number; line: ParsedLine; cell: AmountCell | undefined }>>();
  const add = (key: string, tableNo: number, line: ParsedLine, cell: AmountCell | undefined) => {
    const list = groups.get(key) ?? [];
    list.push({ tableNo, line, cell });
    groups.set(key, list);
  };
  for (const table of doc.tables) {
    // A table printed empty ("本表无数据") has nothing to compare.
    if (table.lines.every((l) => l.amounts.length === 0)) continue;
    if (table.classification === "功能分类") {
      for (const line of table.lines) {
        const key = line.isTotal ? "合计" : line.code ?? "";
        add(`${key}|合计`, table.tableNo, line, amountOf(line, "合计"));
        if (table.tableNo === 3 || table.tableNo === 5) {
          add(`${key}|基本支出`, table.tableNo, line, amountOf(line, "基本支出"));
          add(`${key}|项目支出`, table.tableNo, line, amountOf(line, "项目支出"));
        }
        if (line.level === 1 && table.tableNo === 5) add(`类:${line.name}`, table.tableNo, line, amountOf(line, "合计"));
      }
    }
    if (table.classification === "收支总表") {
      for (const line of table.lines) {
        if (line.side !== "支出" || line.isTotal || line.amounts.length === 0) continue;
        add(`类:${line.name}`, table.tableNo, line, line.amounts[0]);
      }
    }
  }
  for (const [key, entries] of groups) {
    const distinct = new Map<string, typeof entries>();
    for (const e of entries) {
      const k = (e.cell?.money.fen ?? 0n).toString();
      distinct.set(k, [...(distinct.get(k) ?? []), e]);
    }
    if (distinct.size < 2 || entries.length < 2) continue;
    const [code, column = "合计"] = key.split("|");
    const name = entries[0]?.line.name ?? "";
    emit(
      {
        check: "cross-table",
        severity: "error",
        title: `“${code?.startsWith("类:") || code === "合计" ? name : `${code} ${name}`}”在各表中数额不一致`,
        message: [...distinct.values()]
          .map((list) => `${show(list[0]?.cell?.money)}：${list.map((e) => `表${e.tableNo}第 ${e.line.sourceLine} 行`).join("、")}`)
          .join("；") + (code?.startsWith("类:") ? "" : `（${column}）`),
        expected: null,
        found: [...distinct.values()].map((list) => show(list[0]?.cell?.money)).join(" / "),
        locations: entries.map((e) => loc(doc, e.line.sourceLine)),
      },
      key,
    );
  }
}

function checkSummaryTotals(doc: ParsedDocument, emit: Emit): void {
  for (const table of doc.tables) {
    if (table.classification !== "收支总表") continue;
    const income = table.lines.find((l) => l.isTotal && l.side === "收入");
    const expense = table.lines.find((l) => l.isTotal && l.side === "支出");
    if (!income || !expense) {
      emit({
        check: "table-truncated",
        severity: "error",
        title: `表${table.tableNo}“${table.title}”不完整：缺少收入总计/支出总计行`,
        message: `表格在第 ${table.endLine} 行结束，没有${income ? "" : "“收入总计”"}${!income && !expense ? "和" : ""}${expense ? "" : "“支出总计”"}行，表格被截断。`,
        expected: "收入总计、支出总计",
        found: "无",
        locations: [loc(doc, table.titleLine), loc(doc, table.endLine)],
      });
      continue;
    }
    const incomeFen = income.amounts[0]?.money.fen ?? 0n;
    const expenseFen = expense.amounts[0]?.money.fen ?? 0n;
    if (incomeFen !== expenseFen) {
      emit({
        check: "totals-balance",
        severity: "error",
        title: `表${table.tableNo}收入总计不等于支出总计`,
        message: `收入总计 ${show(income.amounts[0]?.money)}，支出总计 ${show(expense.amounts[0]?.money)}。`,
        expected: show(income.amounts[0]?.money),
        found: show(expense.amounts[0]?.money),
        locations: [loc(doc, income.sourceLine)],
      });
    }
  }
}

function checkTocAndYears(doc: ParsedDocument, emit: Emit): void {
  const year = doc.meta.year;
  for (const entry of doc.toc) {
    if (!doc.tables.some((t) => t.tableNo === entry.tableNo)) {
      emit({
        check: "table-missing",
        severity: "error",
        title: `目录列出的表${entry.tableNo}在正文中缺失`,
        message: `目录第 ${entry.sourceLine} 行列出“${entry.title}”，正文中没有这张表（也没有“本表无数据”的说明）。`,
        expected: entry.title,
        found: "无",
        locations: [loc(doc, entry.sourceLine)],
      });
    }
    if (entry.year !== null && entry.year !== year) {
      emit({
        check: "year-mismatch",
        severity: "warning",
        title: `目录中表${entry.tableNo}的年份印作 ${entry.year} 年`,
        message: `本文件是 ${year} 年预算，目录第 ${entry.sourceLine} 行却写“${entry.title}”。`,
        expected: String(year),
        found: String(entry.year),
        locations: [loc(doc, entry.sourceLine)],
      });
    }
  }
  for (const table of doc.tables) {
    if (table.titleYear !== null && table.titleYear !== year) {
      emit({
        check: "year-mismatch",
        severity: "warning",
        title: `表${table.tableNo}标题的年份印作 ${table.titleYear} 年`,
        message: `本文件是 ${year} 年预算，第 ${table.titleLine} 行标题写“${table.title}”。`,
        expected: String(year),
        found: String(table.titleYear),
        locations: [loc(doc, table.titleLine)],
      });
    }
    if (table.note && table.note.year !== null && table.note.year !== year) {
      emit({
        check: "year-mismatch",
        severity: "warning",
        title: `表${table.tableNo}的说明写作 ${table.note.year} 年`,
        message: `本文件是 ${year} 年预算，第 ${table.note.sourceLine} 行注释写“${table.note.rawText.trim()}”。`,
        expected: String(year),
        found: String(table.note.year),
        locations: [loc(doc, table.note.sourceLine)],
      });
    }
  }
}

function checkThreePublic(doc: ParsedDocument, emit: Emit): void {
  const part = (p: string) => doc.threePublic.find((c) => c.part === p);
  const total = part("total");
  if (!total?.money) return;
  const unit = total.money.unit;
  const fen = (p: string) => part(p)?.money?.fen ?? 0n;
  const pairs: Array<[string, bigint, bigint, string]> = [
    ["合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费", total.money.fen, fen("abroad") + fen("reception") + fen("vehicles"), "total"],
  ];
  if (part("vehicles")?.money) pairs.push(["公务用车购置及运行费 = 购置费 + 运行费", fen("vehicles"), fen("vehiclePurchase") + fen("vehicleOperation"), "vehicles"]);
  for (const [rule, found, expected, key] of pairs) {
    if (found === expected) continue;
    emit(
      {
        check: "three-public-sum",
        severity: "error",
        metric: "three-public",
        title: "“三公”经费合计不等于分项之和",
        message: `${rule}：印作 ${showFen(found, unit)}，分项之和 ${showFen(expected, unit)}。`,
        expected: showFen(expected),
        found: showFen(found),
        locations: [loc(doc, total.sourceLine)],
      },
      key,
    );
  }
  const reception = part("reception");
  const economic = doc.tables.find((t) => t.tableNo === 8)?.lines.find((l) => l.code === "30217");
  if (reception?.money && economic) {
    const economicFen = fenOf(economic, "合计");
    if (!agreesWithPrinted(economicFen, reception.money)) {
      emit({
        check: "reception-vs-economic",
        severity: "warning",
        metric: "three-public",
        title: "表9公务接待费与经济分类 302 17 公务接待费不一致",
        message: `表9印作 ${show(reception.money)}，表8第 ${economic.sourceLine} 行为 ${showFen(economicFen)}。`,
        expected: showFen(economicFen),
        found: show(reception.money),
        locations: [loc(doc, reception.sourceLine), loc(doc, economic.sourceLine)],
      });
    }
  }
  const operating = doc.operating;
  const publicTotal = doc.tables.find((t) => t.tableNo === 8)?.lines.find((l) => l.isTotal);
  if (operating && publicTotal) {
    const publicFen = fenOf(publicTotal, "公用经费");
    if (!agreesWithPrinted(publicFen, operating.money)) {
      emit({
        check: "operating-vs-public",
        severity: "info",
        metric: "operating-expenses",
        title: "机关运行经费与基本支出中的公用经费不一致",
        message: `表9机关运行经费 ${show(operating.money)}，表8公用经费合计 ${showFen(publicFen)}（机关运行经费只含行政单位和参公事业单位，可有合理差异）。`,
        expected: showFen(publicFen),
        found: show(operating.money),
        locations: [loc(doc, operating.sourceLine), loc(doc, publicTotal.sourceLine)],
      });
    }
  }
}

interface Target {
  what: string;
  money: MoneyReading;
  line: number;
}

function tableTotal(doc: ParsedDocument, tableNo: number, side: "收入" | "支出" | null, column: string | null): Target | null {
  const table = doc.tables.find((t) => t.tableNo === tableNo);
  const line = table?.lines.find((l) => l.isTotal && (side === null || l.side === side));
  const cell = line ? (column ? amountOf(line, column) : line.amounts[0]) : undefined;
  return line && cell ? { what: `表${tableNo}${line.name}${column ? `“${column}”` : ""}`, money: cell.money, line: line.sourceLine } : null;
}

function namedLine(doc: ParsedDocument, tableNo: number, name: string, level: number): Target | null {
  const table = doc.tables.find((t) => t.tableNo === tableNo);
  const line = table?.lines.find((l) => l.name === name && l.level === level);
  const cell = line ? amountOf(line, "合计") : undefined;
  return line && cell ? { what: `表${tableNo}“${line.code ?? ""} ${name}”`, money: cell.money, line: line.sourceLine } : null;
}

/** What table figure a sentence of the explanatory text states, if the audit can tell. */
function narrativeTarget(doc: ParsedDocument, subject: string, section: string | null): Target | null {
  const s = subject.replace(/\s+/g, "");
  const three = (p: string, label: string): Target | null => {
    const cell = doc.threePublic.find((c) => c.part === p);
    return cell?.money ? { what: `表9${label}`, money: cell.money, line: cell.sourceLine } : null;
  };
  if (/三公.{0,2}经费预算$/.test(s)) return three("total", "“三公”经费合计");
  if (/^因公出国（境）费$/.test(s)) return three("abroad", "因公出国(境)费");
  if (/^公务接待费$/.test(s)) return three("reception", "公务接待费");
  if (/^公务用车购置及运行(维护)?费$/.test(s)) return three("vehicles", "公务用车购置及运行费");
  if (/^公务用车购置费$/.test(s)) return three("vehiclePurchase", "公务用车购置费");
  if (/^公务用车运行(维护)?费$/.test(s)) return three("vehicleOperation", "公务用车运行费");
  if (/机关运行经费预算$/.test(s) && doc.operating) return { what: "表9机关运行经费", money: doc.operating.money, line: doc.operating.sourceLine };
  if (/^涉及项目预算资金$/.test(s)) return tableTotal(doc, 3, null, "项目支出");
  if (/^本(部门|单位)(预算)?收入(预算|总计)?$/.test(s)) return tableTotal(doc, 1, "收入", null);
  if (/^(本(部门|单位))?(预算)?支出(预算|总计)?$/.test(s)) return tableTotal(doc, 1, "支出", null);
  if (/^(一般公共预算拨款支出预算|本部门一般公共预算财政拨款支出)$/.test(s)) return tableTotal(doc, 5, null, "合计");
  if (/^本(部门|单位)一般公共预算财政拨款基本支出总额$/.test(s)) return tableTotal(doc, 8, null, "合计");
  if (/^基本支出$/.test(s)) return tableTotal(doc, 3, null, "基本支出");
  if (/^项目支出$/.test(s)) return tableTotal(doc, 3, null, "项目支出");
  const economic = section !== null && /基本支出/.test(section);
  const xiang = /([^（）]+)（项）$/.exec(s);
  if (xiang?.[1]) return namedLine(doc, 5, xiang[1], 3);
  const kuan = /（类）([^（）]+)（款）(支出)?$/.exec(s);
  if (kuan?.[1]) return namedLine(doc, economic ? 8 : 5, kuan[1], 2);
  const lei = /^“?([^“”（）]+)”?(（类）|科目)$/.exec(s);
  if (lei?.[1]) return namedLine(doc, economic ? 8 : 5, lei[1], 1);
  if (/^(社会保障和就业支出|卫生健康支出|住房保障支出)$/.test(s)) return namedLine(doc, 5, s, 1);
  return null;
}

function checkNarrative(doc: ParsedDocument, emit: Emit): void {
  for (const figure of doc.narrative) {
    const projectName = /^(.+)项目经费情况说明$/.exec(figure.section ?? "")?.[1] ?? (doc.projects.length === 1 ? doc.projects[0]?.name : undefined);
    let target: Target | null = null;
    if (/(年度财政资金预算安排金额|项目当年预算)$/.test(figure.subject) && projectName) {
      const project = doc.projects.find((p) => p.name === projectName);
      const annual = project?.amounts.find((a) => a.field === "年度资金申请总额");
      if (project && annual) target = { what: `项目“${project.name}”年度资金申请总额`, money: annual.money, line: annual.sourceLine };
    } else {
      target = narrativeTarget(doc, figure.subject, figure.section);
    }
    if (!target) continue;
    const exact = target.money.unit === figure.money.unit ? target.money.fen === figure.money.fen : agreesWithPrinted(target.money.fen, figure.money);
    if (exact) continue;
    const supportsNarrative = figure.subject.includes("机关运行经费") ? publicFundsSupport(doc, figure.money) : null;
    emit(
      {
        check: "narrative-vs-table",
        severity: withinLastDigit(target.money.fen, figure.money) ? "info" : "warning",
        ...(target.what.startsWith("表9") ? { metric: target.what.includes("机关运行经费") ? ("operating-expenses" as const) : ("three-public" as const) } : {}),
        title: `说明文字“${figure.subject}”与${target.what}不一致`,
        message: `第 ${figure.sourceLine} 行说明写 ${show(figure.money)}，${target.what}（第 ${target.line} 行）印作 ${show(target.money)}。${supportsNarrative ?? ""}`,
        expected: show(target.money),
        found: show(figure.money),
        locations: [loc(doc, figure.sourceLine), loc(doc, target.line)],
      },
      figure.subject,
    );
  }
}

/** A difference of at most one unit in the last printed digit: a rounding slip. */
function withinLastDigit(fen: bigint, printed: MoneyReading): boolean {
  const unitFen = printed.unit === "元" ? 100n : 1_000_000n;
  const step = unitFen / 10n ** BigInt(printedDecimals(printed.asPublished));
  const diff = fen - printed.fen;
  return (diff < 0n ? -diff : diff) <= step;
}

function publicFundsSupport(doc: ParsedDocument, money: MoneyReading): string | null {
  const total = doc.tables.find((t) => t.tableNo === 8)?.lines.find((l) => l.isTotal);
  if (!total) return null;
  const publicFen = fenOf(total, "公用经费");
  return agreesWithPrinted(publicFen, money) ? `表8公用经费合计 ${showFen(publicFen)}（第 ${total.sourceLine} 行）支持说明中的数额。` : null;
}

function annualOf(project: ParsedProject): MoneyReading | undefined {
  return project.amounts.find((a) => a.field === "年度资金申请总额")?.money ?? project.amounts.find((a) => a.field === "项目资金总额")?.money;
}

function checkProjectFunds(doc: ParsedDocument, emit: Emit): void {
  const rules: Array<[ProjectAmountField, ProjectAmountField[]]> = [
    ["项目资金总额", ["财政资金", "其他资金（总额）"]],
    ["年度资金申请总额", ["当年财政拨款", "上年结转资金", "其他资金（年度）"]],
  ];
  for (const project of doc.projects) {
    for (const [totalField, parts] of rules) {
      const total = project.amounts.find((a) => a.field === totalField);
      const present = project.amounts.filter((a) => parts.includes(a.field));
      if (!total || present.length === 0) continue;
      const expected = sumFen(present.map((a) => a.money.fen));
      if (expected === total.money.fen) continue;
      emit(
        {
          check: "project-funds",
          severity: "warning",
          title: `项目“${project.name}”的${totalField}不等于其构成之和`,
          message: `${totalField}印作 ${show(total.money)}，${present.map((a) => `${a.field} ${show(a.money)}`).join(" + ")} = ${showFen(expected)}。`,
          expected: showFen(expected),
          found: show(total.money),
          locations: [loc(doc, total.sourceLine), ...present.map((a) => loc(doc, a.sourceLine))],
        },
        totalField,
      );
    }
    for (const indicator of project.indicators) {
      const allowed = indicator.level1 ? LEVEL2_OF_LEVEL1[indicator.level1] : undefined;
      if (!indicator.level2 || !allowed || allowed.has(indicator.level2)) continue;
      emit(
        {
          check: "indicator-hierarchy",
          severity: "info",
          title: `项目“${project.name}”的绩效指标层级错位`,
          message: `第 ${indicator.sourceLine} 行把二级指标“${indicator.level2}”列在一级指标“${indicator.level1}”之下（三级指标“${indicator.level3}”），表格列位可能错行。`,
          expected: [...allowed].join("/"),
          found: indicator.level2,
          locations: [loc(doc, indicator.sourceLine)],
        },
        indicator.level3,
      );
    }
  }
}

/** Checks that need several documents of one district-year (project sheets vs tables, 001 vs 002). */
function checkAcrossDocuments(docs: ParsedDocument[], emit: (doc: ParsedDocument) => Emit): void {
  const byDistrictYear = new Map<string, ParsedDocument[]>();
  for (const doc of docs) {
    const key = `${doc.meta.districtSlug}|${doc.meta.year}`;
    byDistrictYear.set(key, [...(byDistrictYear.get(key) ?? []), doc]);
  }
  for (const group of byDistrictYear.values()) {
    // The 部门预算 covers the bureau and its centre, so it is the reference when both kinds exist.
    const hasTable5 = (d: ParsedDocument) => d.tables.some((t) => t.tableNo === 5);
    const withTables = group.find((d) => d.meta.kind === "部门预算" && hasTable5(d)) ?? group.find(hasTable5);
    for (const { matches, code, codeLabel } of METRIC_PROJECTS) {
      if (!withTables) break;
      const line = withTables.tables.find((t) => t.tableNo === 5)?.lines.find((l) => l.code === code);
      for (const doc of group) {
        for (const project of doc.projects.filter((p) => matches.test(p.name))) {
          const annual = annualOf(project);
          if (!annual) continue;
          const lineFen = line ? fenOf(line, "合计") : null;
          if (lineFen === annual.fen) continue;
          emit(doc)(
            {
              check: "project-vs-line",
              severity: "warning",
              title: `项目“${project.name}”与功能分类 ${codeLabel} 不一致`,
              message: line
                ? `项目年度资金 ${show(annual)}（${doc.fileName} 第 ${project.sourceLine} 行），${withTables.fileName} 表5“${line.code} ${line.name}”为 ${showFen(lineFen ?? 0n)}（第 ${line.sourceLine} 行），相差 ${showFen(annual.fen - (lineFen ?? 0n))}。`
                : `项目年度资金 ${show(annual)}，但 ${withTables.fileName} 表5没有科目 ${codeLabel}。`,
              expected: line ? showFen(lineFen ?? 0n) : codeLabel,
              found: show(annual),
              locations: [loc(doc, project.sourceLine), ...(line ? [loc(withTables, line.sourceLine)] : [])],
            },
            code,
          );
        }
      }
    }
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (!a || !b) continue;
        for (const pa of a.projects) {
          const pb = b.projects.find((p) => p.name === pa.name);
          if (!pb) continue;
          const differences: string[] = [];
          for (const amount of pa.amounts) {
            const other = pb.amounts.find((x) => x.field === amount.field);
            if (other && other.money.fen !== amount.money.fen) differences.push(`${amount.field}：${show(amount.money)} / ${show(other.money)}`);
          }
          for (const indicator of pa.indicators) {
            const other = pb.indicators.find((x) => x.level3 === indicator.level3);
            if (!other) continue;
            if (other.level2 !== indicator.level2) differences.push(`“${indicator.level3}”的二级指标：${indicator.level2 ?? "无"}（第 ${indicator.sourceLine} 行）/ ${other.level2 ?? "无"}（第 ${other.sourceLine} 行）`);
            else if (other.value !== indicator.value) differences.push(`“${indicator.level3}”的指标值：${indicator.value} / ${other.value}`);
          }
          if (differences.length === 0) continue;
          emit(a)(
            {
              check: "project-cross-document",
              severity: "warning",
              title: `项目“${pa.name}”在 ${a.fileName} 与 ${b.fileName} 中不一致`,
              message: `${differences.length} 处不同：${differences.join("；")}。`,
              expected: null,
              found: String(differences.length),
              locations: [loc(a, pa.sourceLine), loc(b, pb.sourceLine)],
            },
            pa.name,
          );
        }
      }
    }
  }
}

/**
 * Arithmetic audit over parsed documents. Also settles, in place, the reading of
 * numbers printed ambiguously, so that everything stored uses the supported reading.
 */
export function audit(docs: ParsedDocument[]): Finding[] {
  const findings: Finding[] = [];
  const emitFor =
    (doc: ParsedDocument): Emit =>
    (f, discriminator) =>
      findings.push(makeFinding({ ...f, districtSlug: doc.meta.districtSlug, year: doc.meta.year }, discriminator));
  for (const doc of docs) {
    const emit = emitFor(doc);
    resolveAmbiguities(doc, emit);
    for (const table of doc.tables) {
      if (table.classification === "功能分类" || table.classification === "经济分类") checkChildrenSums(doc, table, emit);
      checkRowSums(doc, table, emit);
    }
    checkCrossTable(doc, emit);
    checkSummaryTotals(doc, emit);
    checkTocAndYears(doc, emit);
    checkThreePublic(doc, emit);
    checkNarrative(doc, emit);
    checkProjectFunds(doc, emit);
  }
  checkAcrossDocuments(docs, emitFor);
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
