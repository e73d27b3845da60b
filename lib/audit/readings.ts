// A number printed with two decimal points ("145,416,223.44.00") has two readings. The one the document's
// other figures print (same line name in another table, or the explanatory text) is chosen; the choice is
// returned as data and reported, and the parsed document is left as it was.
import { fenToYuan } from "../money";
import type { ParsedDocument } from "../parse/types";
import { cellKey, textLocation, type Reading } from "./context";
import { makeFinding, type Finding, type FindingLocation } from "./findings";

export function resolveReadings(doc: ParsedDocument): { readings: Map<string, Reading>; findings: Finding[] } {
  const readings = new Map<string, Reading>();
  const findings: Finding[] = [];
  const allLines = doc.tables.flatMap((t) => t.lines);
  for (const table of doc.tables) {
    for (const line of table.lines) {
      for (const cell of line.amounts) {
        const alternatives = cell.money.alternativesFen;
        if (!alternatives) continue;
        const peers: FindingLocation[] = [];
        for (const other of allLines) {
          if (other === line || other.name !== line.name) continue;
          for (const a of other.amounts) {
            if (!a.money.alternativesFen) peers.push(textLocation(doc.fileName, other.sourceLine, "peer", a.money.fen, other.tableNo, a.column));
          }
        }
        for (const figure of doc.narrative) {
          if (figure.subject.includes(line.name)) peers.push(textLocation(doc.fileName, figure.sourceLine, "peer", figure.money.fen));
        }
        const chosen = alternatives.find((fen) => peers.some((p) => p.amountFen === fen)) ?? null;
        const witnesses = peers.filter((p, k) => p.amountFen === chosen && peers.findIndex((q) => q.line === p.line) === k);
        const finding = makeFinding(
          {
            check: "ambiguous-number",
            severity: chosen === null ? "error" : "warning",
            locations: [textLocation(doc.fileName, line.sourceLine, "subject", null, table.tableNo, cell.column), ...witnesses],
            // Not one printed amount, so no difference: expected is the reading chosen.
            amounts: { foundFen: null, expectedFen: chosen, differenceFen: null },
            params: {
              tableNo: table.tableNo,
              code: line.code,
              name: line.name,
              column: cell.column,
              asPrinted: cell.money.asPublished,
              unit: cell.money.unit,
              alternativesYuan: alternatives.map(fenToYuan),
            },
          },
          { districtSlug: doc.meta.districtSlug, year: doc.meta.year },
          cell.column,
        );
        findings.push(finding);
        readings.set(cellKey(doc.fileName, line, cell), { chosenFen: chosen, findingId: finding.id });
      }
    }
  }
  return { readings, findings };
}
