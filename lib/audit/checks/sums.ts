// Arithmetic inside one table: parents = Σ children (类 = Σ款, 款 = Σ项, 合计 = Σ类), 合计 = Σ the other
// columns of a row, and 收入总计 = 支出总计 in the two-sided summary tables.
import { COLUMN, SIDES } from "../../domain/budget-tables";
import { sumFen } from "../../money";
import type { ParsedLine, ParsedTable } from "../../parse/types";
import { columnFen, lineLocation, type DocAudit } from "../context";
import { amounts } from "../findings";

/** Each parent line with the lines it should be the sum of. */
export function parentsOf(table: ParsedTable): Array<{ parent: ParsedLine; children: ParsedLine[] }> {
  const coded = table.lines.filter((l) => !l.isTotal);
  const parents: Array<{ parent: ParsedLine; children: ParsedLine[] }> = [];
  for (const line of coded) {
    if (line.level === 1) parents.push({ parent: line, children: coded.filter((c) => c.level === 2 && c.codeLei === line.codeLei) });
    if (line.level === 2) {
      parents.push({ parent: line, children: coded.filter((c) => c.level === 3 && c.codeLei === line.codeLei && c.codeKuan === line.codeKuan) });
    }
  }
  const total = table.lines.find((l) => l.isTotal);
  if (total) parents.push({ parent: total, children: coded.filter((c) => c.level === 1) });
  return parents.filter((p) => p.children.length > 0);
}

export function checkChildrenSums(audit: DocAudit, table: ParsedTable): void {
  for (const { parent, children } of parentsOf(table)) {
    for (const column of table.columns) {
      const expected = sumFen(children.map((c) => columnFen(audit, c, column) ?? 0n));
      const found = columnFen(audit, parent, column);
      if ((found ?? 0n) === expected) continue;
      audit.emit(
        {
          check: "children-sum",
          severity: "error",
          locations: [lineLocation(audit, parent, "subject", column), ...children.map((c) => lineLocation(audit, c, "part", column))],
          amounts: amounts(found, expected),
          params: { tableNo: table.tableNo, code: parent.code, name: parent.name, isTotal: parent.isTotal, column, partCount: children.length },
        },
        `${table.tableNo}:${column}`,
      );
    }
  }
}

/** 合计 = Σ the other columns on the same side (合计 = 基本支出 + 项目支出, = 人员经费 + 公用经费, …). */
export function checkRowSums(audit: DocAudit, table: ParsedTable): void {
  const sides = table.classification === "收支总表" ? SIDES : ([null] as const);
  for (const side of sides) {
    const columns = table.columns
      .filter((c) => (side ? c.startsWith(`${side}:`) : true))
      .map((c) => (side ? c.slice(side.length + 1) : c));
    if (columns[0] !== COLUMN.total || columns.length < 2) continue;
    const parts = columns.slice(1);
    for (const line of table.lines) {
      if (side && line.side !== side) continue;
      const found = columnFen(audit, line, COLUMN.total);
      const expected = sumFen(parts.map((p) => columnFen(audit, line, p) ?? 0n));
      if ((found ?? 0n) === expected) continue;
      audit.emit(
        {
          check: "row-sum",
          severity: "error",
          locations: [lineLocation(audit, line, "subject", COLUMN.total), ...parts.map((p) => lineLocation(audit, line, "part", p))],
          amounts: amounts(found, expected),
          params: { tableNo: table.tableNo, code: line.code, name: line.name, side: line.side, column: COLUMN.total, parts },
        },
        `${table.tableNo}`,
      );
    }
  }
}

/** The summary tables must balance: 收入总计 = 支出总计. A table without its totals was cut short. */
export function checkSummaryTotals(audit: DocAudit, table: ParsedTable): void {
  if (table.classification !== "收支总表") return;
  const income = table.lines.find((l) => l.isTotal && l.side === "收入");
  const expense = table.lines.find((l) => l.isTotal && l.side === "支出");
  if (!income || !expense) {
    audit.emit({
      check: "table-truncated",
      severity: "error",
      locations: [
        { fileName: audit.doc.fileName, line: table.titleLine, role: "subject", tableNo: table.tableNo, column: null, amountFen: null },
        { fileName: audit.doc.fileName, line: table.endLine, role: "subject", tableNo: table.tableNo, column: null, amountFen: null },
      ],
      amounts: null,
      params: { tableNo: table.tableNo, title: table.title, missingIncome: !income, missingExpense: !expense, endLine: table.endLine },
    });
    return;
  }
  const incomeCell = income.amounts[0];
  const expenseCell = expense.amounts[0];
  const incomeFen = incomeCell ? audit.fen(income, incomeCell) : null;
  const expenseFen = expenseCell ? audit.fen(expense, expenseCell) : null;
  if ((incomeFen ?? 0n) === (expenseFen ?? 0n)) return;
  audit.emit({
    check: "totals-balance",
    severity: "error",
    locations: [lineLocation(audit, expense, "subject", expenseCell?.column ?? null), lineLocation(audit, income, "peer", incomeCell?.column ?? null)],
    amounts: amounts(expenseFen, incomeFen),
    params: { tableNo: table.tableNo },
  });
}
