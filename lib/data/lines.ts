import "server-only";
import { fenToYuan } from "../money";
import { prisma } from "./client";
import { nonEmpty, pageLookup, sortedBy } from "./convert";
import { documentWhere } from "./documents";
import type { BudgetLineRow, DataFilter } from "./types";

export async function listBudgetLines(filter: DataFilter & { tableNos?: number[]; files?: string[]; codes?: string[] } = {}): Promise<BudgetLineRow[]> {
  const lines = await prisma().budgetLine.findMany({
    where: {
      document: { ...documentWhere(filter), ...(nonEmpty(filter.files) ? { fileName: { in: filter.files } } : {}) },
      ...(nonEmpty(filter.tableNos) ? { tableNo: { in: filter.tableNos } } : {}),
      ...(filter.codes ? { code: { in: filter.codes } } : {}),
    },
    include: { amounts: true, table: true, document: { include: { district: true } } },
    orderBy: [{ documentId: "asc" }, { tableNo: "asc" }, { ordinal: "asc" }],
  });
  const page = pageLookup();
  return lines.map((l) => ({
    district: l.document.district.slug, year: l.document.year, file: l.document.fileName, tableNo: l.tableNo, tableTitle: l.table.title,
    tableUnit: l.table.unit, classification: l.classification, side: l.side, code: l.code, codeLei: l.codeLei, codeKuan: l.codeKuan,
    codeXiang: l.codeXiang, codeAsPrinted: l.codeAsPrinted, level: l.level, name: l.name, isTotal: l.isTotal,
    amounts: sortedBy(l.amounts, (a) => a.columnIndex).map((a) => ({
      column: a.column, amountYuan: fenToYuan(a.amountFen), unitAsPublished: a.unit, amountAsPublished: a.amountAsPublished, readingFindingId: a.readingFindingId,
    })),
    source: { file: l.document.fileName, line: l.sourceLine, text: l.rawText, page: page(l.document, l.sourceLine) },
  }));
}
