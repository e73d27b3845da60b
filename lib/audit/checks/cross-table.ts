// The same functional code (and the same 类 named in the summary tables) must print the same amount in every
// table that covers the same funds: tables 1, 2 and 3 cover every fund (财政拨款, 事业收入, …); table 5 only the
// 一般公共预算, which table 4 shows in its own column. Tables of different funds are compared only where the
// document's totals show the funds are the same (table 3's 合计 = table 5's: all of it is 一般公共预算).
import { COLUMN, TABLE } from "../../domain/budget-tables";
import type { AmountCell, ParsedLine, ParsedTable } from "../../parse/types";
import { lineLocation, type DocAudit } from "../context";
import { amounts } from "../findings";

interface Entry {
  line: ParsedLine;
  cell: AmountCell | undefined;
}

/** Which funds a table's figures cover, and the column of a summary table's 支出 side that holds them. */
const FUNDS: ReadonlyArray<{ funds: "all" | "general-public"; byCode: readonly number[]; summary: number; summaryColumn: string | null }> = [
  { funds: "all", byCode: [2, TABLE.expenditure], summary: TABLE.summary, summaryColumn: null },
  { funds: "general-public", byCode: [TABLE.generalPublic], summary: 4, summaryColumn: "一般公共预算" },
];

function hasFigures(table: ParsedTable): boolean {
  // A table printed empty ("本表无数据") has nothing to compare.
  return !table.lines.every((l) => l.amounts.length === 0);
}

/** Table `tableNo`'s grand total (合计 column), read as the audit reads it. */
function grandTotal(audit: DocAudit, tableNo: number): bigint | null {
  const total = audit.doc.tables.find((t) => t.tableNo === tableNo)?.lines.find((l) => l.isTotal);
  const cell = total?.amounts.find((a) => a.column === COLUMN.total);
  return total && cell ? audit.fen(total, cell) : null;
}

export function checkCrossTable(audit: DocAudit): void {
  const groups = new Map<string, Entry[]>();
  const add = (key: string, line: ParsedLine, cell: AmountCell | undefined) => groups.set(key, [...(groups.get(key) ?? []), { line, cell }]);
  const everyFund = grandTotal(audit, TABLE.expenditure);
  const sameFunds = everyFund !== null && everyFund === grandTotal(audit, TABLE.generalPublic);
  for (const spec of FUNDS) {
    const { byCode, summary, summaryColumn } = spec;
    const funds = sameFunds ? "all" : spec.funds;
    for (const table of audit.doc.tables) {
      if (!hasFigures(table)) continue;
      if (byCode.includes(table.tableNo)) {
        for (const line of table.lines) {
          const cell = line.amounts.find((a) => a.column === COLUMN.total);
          add(`${funds}|${line.isTotal ? "合计" : (line.code ?? "")}`, line, cell);
          if (line.level === 1) add(`${funds}|类:${line.name}`, line, cell);
        }
      }
      if (table.tableNo === summary) {
        for (const line of table.lines) {
          if (line.side !== "支出" || line.isTotal || line.amounts.length === 0) continue;
          const cell = summaryColumn === null ? line.amounts[0] : line.amounts.find((a) => a.column === summaryColumn);
          if (summaryColumn !== null && !cell) continue;
          add(`${funds}|类:${line.name}`, line, cell);
        }
      }
    }
  }
  for (const [key, entries] of groups) {
    // A 类 is keyed by code and by name; the name key only adds the summary table's line.
    if (entries.length < 2 || (key.includes("|类:") && !entries.some((e) => e.line.classification === "收支总表"))) continue;
    const valueOf = (e: Entry) => (e.cell ? audit.fen(e.line, e.cell) : 0n);
    const byValue = new Map<bigint, Entry[]>();
    for (const e of entries) byValue.set(valueOf(e), [...(byValue.get(valueOf(e)) ?? []), e]);
    if (byValue.size < 2) continue;
    // The value most tables print is the reference when it is a strict majority; otherwise nothing settles it.
    const ranked = [...byValue.entries()].sort((a, b) => b[1].length - a[1].length);
    const [top, second] = ranked;
    const majority = top && second && top[1].length > second[1].length ? top[0] : null;
    const odd = entries.filter((e) => majority === null || valueOf(e) !== majority);
    const [funds = "", code = ""] = key.split("|");
    const first = entries[0];
    audit.emit(
      {
        check: "cross-table",
        severity: "error",
        locations: entries.map((e) => lineLocation(audit, e.line, odd.includes(e) ? "subject" : "peer", e.cell?.column ?? null)),
        amounts: amounts(odd[0] ? valueOf(odd[0]) : null, majority),
        params: {
          code: code.startsWith("类:") || code === "合计" ? null : code,
          name: first?.line.name ?? "",
          column: COLUMN.total,
          funds,
          tables: [...new Set(entries.map((e) => e.line.tableNo))],
          distinctValues: byValue.size,
        },
      },
      key,
    );
  }
}
