// Table 9: 三公经费 total = Σ parts, 公用车 = 购置 + 运行; its 公务接待费 against economic line 302 17 and its
// 机关运行经费 against table 8's 公用经费 (agreement judged at the precision table 9 prints).
import { COLUMN, ECONOMIC_CODE, TABLE, type ThreePublicPart } from "../../domain/budget-tables";
import { printedDecimals, roundFenToPrinted, type MoneyReading } from "../../money";
import type { ParsedDocument } from "../../parse/types";
import { columnFen, lineLocation, textLocation, type DocAudit } from "../context";
import { amounts } from "../findings";

/** Is `fen` (exact) equal to the printed `money` at the precision it was printed with? */
export function agreesWithPrinted(fen: bigint, money: MoneyReading): boolean {
  return roundFenToPrinted(fen, money.unit, printedDecimals(money.asPublished)) === money.fen;
}

function partOf(doc: ParsedDocument, part: ThreePublicPart) {
  return doc.threePublic.find((c) => c.part === part);
}

export function checkTable9(audit: DocAudit): void {
  const { doc } = audit;
  const total = partOf(doc, "total");
  const fen = (p: ThreePublicPart) => partOf(doc, p)?.money?.fen ?? 0n;
  const here = (p: ThreePublicPart, role: "subject" | "part") => {
    const cell = partOf(doc, p);
    return textLocation(doc.fileName, cell?.sourceLine ?? total?.sourceLine ?? 0, role, cell?.money?.fen ?? null, TABLE.threePublic, cell?.label ?? p);
  };
  if (total?.money) {
    const rules: Array<[ThreePublicPart, ThreePublicPart[]]> = [["total", ["abroad", "reception", "vehicles"]]];
    if (partOf(doc, "vehicles")?.money) rules.push(["vehicles", ["vehiclePurchase", "vehicleOperation"]]);
    for (const [whole, parts] of rules) {
      const found = fen(whole);
      const expected = parts.reduce((sum, p) => sum + fen(p), 0n);
      if (found === expected) continue;
      audit.emit(
        {
          check: "three-public-sum",
          severity: "error",
          metric: "three-public",
          locations: [here(whole, "subject"), ...parts.map((p) => here(p, "part"))],
          amounts: amounts(found, expected),
          params: { whole, parts, unit: total.money.unit },
        },
        whole,
      );
    }
  }
  const economicTable = doc.tables.find((t) => t.tableNo === TABLE.economic);
  const reception = partOf(doc, "reception");
  const economic = economicTable?.lines.find((l) => l.code === ECONOMIC_CODE.reception);
  if (reception?.money && economic) {
    const economicFen = columnFen(audit, economic, COLUMN.total) ?? 0n;
    if (!agreesWithPrinted(economicFen, reception.money)) {
      audit.emit({
        check: "reception-vs-economic",
        severity: "warning",
        metric: "three-public",
        locations: [here("reception", "subject"), lineLocation(audit, economic, "peer", COLUMN.total)],
        amounts: amounts(reception.money.fen, economicFen),
        params: { code: ECONOMIC_CODE.reception, unit: reception.money.unit, asPrinted: reception.money.asPublished },
      });
    }
  }
  const operating = doc.operating;
  const publicTotal = economicTable?.lines.find((l) => l.isTotal);
  if (operating && publicTotal) {
    const publicFen = columnFen(audit, publicTotal, COLUMN.publicUse) ?? 0n;
    if (!agreesWithPrinted(publicFen, operating.money)) {
      audit.emit({
        check: "operating-vs-public",
        severity: "info",
        metric: "operating-expenses",
        locations: [
          textLocation(doc.fileName, operating.sourceLine, "subject", operating.money.fen, TABLE.threePublic, operating.label),
          lineLocation(audit, publicTotal, "peer", COLUMN.publicUse),
        ],
        amounts: amounts(operating.money.fen, publicFen),
        params: { unit: operating.money.unit, asPrinted: operating.money.asPublished },
      });
    }
  }
}
