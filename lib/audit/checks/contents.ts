// The document's own structure: every table its contents list is present, and the years printed in the
// contents, table titles and table notes are the document's year.
import { textLocation, type DocAudit } from "../context";

export function checkContents(audit: DocAudit): void {
  const { doc } = audit;
  const year = doc.meta.year;
  for (const entry of doc.toc) {
    if (!doc.tables.some((t) => t.tableNo === entry.tableNo)) {
      audit.emit({
        check: "table-missing",
        severity: "error",
        locations: [textLocation(doc.fileName, entry.sourceLine, "subject", null, entry.tableNo)],
        amounts: null,
        params: { tableNo: entry.tableNo, title: entry.title },
      });
    }
    if (entry.year !== null && entry.year !== year) {
      audit.emit({
        check: "year-mismatch",
        severity: "warning",
        locations: [textLocation(doc.fileName, entry.sourceLine, "subject", null, entry.tableNo)],
        amounts: null,
        params: { where: "contents", tableNo: entry.tableNo, printedYear: entry.year, documentYear: year, text: entry.title },
      });
    }
  }
  for (const table of doc.tables) {
    if (table.titleYear !== null && table.titleYear !== year) {
      audit.emit({
        check: "year-mismatch",
        severity: "warning",
        locations: [textLocation(doc.fileName, table.titleLine, "subject", null, table.tableNo)],
        amounts: null,
        params: { where: "title", tableNo: table.tableNo, printedYear: table.titleYear, documentYear: year, text: table.title },
      });
    }
    if (table.note && table.note.year !== null && table.note.year !== year) {
      audit.emit({
        check: "year-mismatch",
        severity: "warning",
        locations: [textLocation(doc.fileName, table.note.sourceLine, "subject", null, table.tableNo)],
        amounts: null,
        params: { where: "note", tableNo: table.tableNo, printedYear: table.note.year, documentYear: year, text: table.note.rawText.trim() },
      });
    }
  }
}
