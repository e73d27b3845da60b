// The same functional code (and the same 类 named in the summary tables 1 and 4) must print the same
// amount in every table that carries it.
import { COLUMN, TABLE } from "../../domain/budget-tables";
import type { AmountCell, ParsedLine } from "../../parse/types";
import { lineLocation, type DocAudit } from "../context";
import { amounts } from "../findings";

interface Entry {
  line: ParsedLine;
  cell: AmountCell | undefined;
}

/** Tables whose 基本支出 / 项目支出 columns mean the same thing for the same code. */
const BASIC_PROJECT_TABLES: readonly number[] = [TABLE.expenditure, TABLE.generalPublic];

export function checkCrossTable(audit: DocAudit): void {
  const groups = new Map<string, Entry[]>();
  const add = (key: string, line: ParsedLine, cell: AmountCell | undefined) => groups.set(key, [...(groups.get(key) ?? []), { line, cell }]);
  for (const table of audit.doc.tables) {
    // A table printed empty ("本表无数据") has nothing to compare.
    if (table.lines.every((l) => l.amounts.length === 0)) continue;
    if (table.classification === "功能分类") {
      for (const line of table.lines) {
        const key = line.isTotal ? "合计" : line.code ?? "";
        const cellOf = (column: string) => line.amounts.find((a) => a.column === column);
        add(`${key}|${COLUMN.total}`, line, cellOf(COLUMN.total));
        if (BASIC_PROJECT_TABLES.includes(table.tableNo)) {
          add(`${key}|${COLUMN.basic}`, line, cellOf(COLUMN.basic));
          add(`${key}|${COLUMN.project}`, line, cellOf(COLUMN.project));
        }
        if (line.level === 1 && table.tableNo === TABLE.generalPublic) add(`类:${line.name}|${COLUMN.total}`, line, cellOf(COLUMN.total));
      }
    }
    if (table.classification === "收支总表") {
      for (const line of table.lines) {
        if (line.side !== "支出" || line.isTotal || line.amounts.length === 0) continue;
        add(`类:${line.name}|${COLUMN.total}`, line, line.amounts[0]);
      }
    }
  }
  for (const [key, entries] of groups) {
    if (entries.length < 2) continue;
    const valueOf = (e: Entry) => (e.cell ? audit.fen(e.line, e.cell) : 0n);
    const byValue = new Map<bigint, Entry[]>();
    for (const e of entries) byValue.set(valueOf(e), [...(byValue.get(valueOf(e)) ?? []), e]);
    if (byValue.size < 2) continue;
    // The value most tables print is the reference when it is a strict majority; otherwise nothing settles it.
    const ranked = [...byValue.entries()].sort((a, b) => b[1].length - a[1].length);
    const [top, second] = ranked;
    const majority = top && second && top[1].length > second[1].length ? top[0] : null;
    const odd = entries.filter((e) => majority === null || valueOf(e) !== majority);
    const [code = "", column = COLUMN.total] = key.split("|");
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
          column,
          tables: [...new Set(entries.map((e) => e.line.tableNo))],
          distinctValues: byValue.size,
        },
      },
      key,
    );
  }
}
