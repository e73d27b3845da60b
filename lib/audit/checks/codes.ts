// Codes printed with digits missing (a 类 "7" where the column means 210): the parser reads them from the rows
// above and keeps the print; the audit reports the reading chosen.
import { textLocation, type DocAudit } from "../context";

export function checkCodeReadings(audit: DocAudit): void {
  const { doc } = audit;
  for (const table of doc.tables) {
    for (const line of table.lines) {
      const reading = line.codeReading;
      if (!reading) continue;
      audit.emit(
        {
          check: "code-reading",
          severity: "warning",
          locations: [
            textLocation(doc.fileName, line.sourceLine, "subject", null, table.tableNo),
            textLocation(doc.fileName, reading.basisLine, "peer", null, table.tableNo),
          ],
          amounts: null,
          params: {
            tableNo: table.tableNo, name: line.name, code: line.code, part: reading.part, printed: reading.printed, readAs: reading.readAs,
            codeAsPrinted: reading.codeAsPrinted, basisLine: reading.basisLine,
          },
        },
        reading.part,
      );
    }
  }
}
