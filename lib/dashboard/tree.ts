// The functional-classification tree (类/款/项) of one district across years, merged by code.
import type { BudgetLineRow, SourceRef } from "../data/types";
import { parentCode } from "../domain/budget-tables";

export interface YearAmounts {
  total: string | null;
  basic: string | null;
  project: string | null;
  source: SourceRef;
}

export interface TreeNode {
  code: string;
  name: string;
  level: number;
  byYear: Record<number, YearAmounts>;
  children: TreeNode[];
}

const amount = (line: BudgetLineRow, column: string): string | null => line.amounts.find((a) => a.column === column)?.amountYuan ?? null;

function yearAmounts(line: BudgetLineRow): YearAmounts {
  return { total: amount(line, "合计"), basic: amount(line, "基本支出"), project: amount(line, "项目支出"), source: line.source };
}

/** Builds the tree from table-3 lines (支出预算总表) of any number of years; returns roots and the 合计 row per year. */
export function functionalTree(lines: readonly BudgetLineRow[]): { roots: TreeNode[]; totals: Record<number, YearAmounts> } {
  const nodes = new Map<string, TreeNode>();
  const totals: Record<number, YearAmounts> = {};
  for (const line of lines) {
    if (line.isTotal || line.code === null) {
      if (line.isTotal) totals[line.year] = yearAmounts(line);
      continue;
    }
    let node = nodes.get(line.code);
    if (!node) {
      node = { code: line.code, name: line.name, level: line.level, byYear: {}, children: [] };
      nodes.set(line.code, node);
    }
    node.byYear[line.year] = yearAmounts(line);
  }
  const roots: TreeNode[] = [];
  const sorted = [...nodes.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const node of sorted) {
    const parentOf = parentCode(node.code);
    const parent = parentOf ? nodes.get(parentOf) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots, totals };
}
