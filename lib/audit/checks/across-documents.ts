// Checks that need several documents of one district-year: a metric's project against its functional line
// in table 5, and the same project printed in two documents.
import { COLUMN, TABLE } from "../../domain/budget-tables";
import { groupByDistrictYear } from "../../domain/documents";
import { METRIC_PROJECTS } from "../../domain/metrics";
import { annualAmount } from "../../domain/projects";
import type { ParsedDocument } from "../../parse/types";
import { amountOf, textLocation } from "../context";
import { amounts, makeFinding, type Finding, type FindingLocation } from "../findings";

const hasTable5 = (d: ParsedDocument) => d.tables.some((t) => t.tableNo === TABLE.generalPublic);

/** The 项 lines of table 5 with their 项目支出. */
function projectLines(doc: ParsedDocument): Array<{ code: string; name: string; line: number; fen: bigint }> {
  const lines = doc.tables.find((t) => t.tableNo === TABLE.generalPublic)?.lines ?? [];
  return lines.flatMap((l) => {
    const cell = l.level === 3 && l.code ? amountOf(l, COLUMN.project) : undefined;
    return cell && l.code ? [{ code: l.code, name: l.name, line: l.sourceLine, fen: cell.money.fen }] : [];
  });
}

export function checkAcrossDocuments(docs: readonly ParsedDocument[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of groupByDistrictYear(docs)) {
    const where = { districtSlug: group.districtSlug, year: group.year };
    // The 部门预算 covers the bureau and its centre, so it is the reference when both kinds exist.
    const withTables = group.docs.find((d) => d.meta.kind === "部门预算" && hasTable5(d)) ?? group.docs.find(hasTable5);
    if (withTables) {
      for (const { metric, matches, code } of METRIC_PROJECTS) {
        const line = withTables.tables.find((t) => t.tableNo === TABLE.generalPublic)?.lines.find((l) => l.code === code);
        const lineCell = line ? amountOf(line, COLUMN.total) : undefined;
        const lineFen = lineCell?.money.fen ?? null;
        for (const doc of group.docs) {
          for (const project of doc.projects.filter((p) => matches.test(p.name))) {
            const annual = annualAmount(project.amounts);
            if (!annual || (lineFen !== null && lineFen === annual.money.fen)) continue;
            // A difference that is exactly another 项's 项目支出: the project is booked across two lines (info).
            const gap = lineFen === null ? null : annual.money.fen - lineFen;
            const other = gap === null || gap <= 0n ? undefined : projectLines(withTables).find((l) => l.code !== code && l.fen === gap);
            findings.push(
              makeFinding(
                {
                  check: "project-vs-line",
                  severity: other ? "info" : "warning",
                  metric,
                  locations: [
                    textLocation(doc.fileName, annual.sourceLine, "subject", annual.money.fen, null, annual.field),
                    ...(line ? [textLocation(withTables.fileName, line.sourceLine, "peer", lineFen, TABLE.generalPublic, COLUMN.total)] : []),
                    ...(other ? [textLocation(withTables.fileName, other.line, "peer", other.fen, TABLE.generalPublic, COLUMN.project)] : []),
                  ],
                  amounts: amounts(annual.money.fen, lineFen),
                  params: {
                    project: project.name, field: annual.field, code, lineName: line?.name ?? null, lineFile: withTables.fileName,
                    tableNo: TABLE.generalPublic, unit: annual.money.unit, asPrinted: annual.money.asPublished,
                    otherCode: other?.code ?? null, otherName: other?.name ?? null,
                  },
                },
                where,
                code,
              ),
            );
          }
        }
      }
    }
    for (let i = 0; i < group.docs.length; i++) {
      for (let j = i + 1; j < group.docs.length; j++) {
        const a = group.docs[i];
        const b = group.docs[j];
        if (!a || !b) continue;
        for (const pa of a.projects) {
          const pb = b.projects.find((p) => p.name === pa.name);
          if (!pb) continue;
          const kinds: string[] = [];
          const names: string[] = [];
          const inA: string[] = [];
          const inB: string[] = [];
          const locations: FindingLocation[] = [textLocation(a.fileName, pa.sourceLine, "subject"), textLocation(b.fileName, pb.sourceLine, "peer")];
          for (const amount of pa.amounts) {
            const other = pb.amounts.find((x) => x.field === amount.field);
            if (!other || other.money.fen === amount.money.fen) continue;
            kinds.push("amount");
            names.push(amount.field);
            inA.push(`${amount.money.asPublished} ${amount.money.unit}`);
            inB.push(`${other.money.asPublished} ${other.money.unit}`);
            locations.push(
              textLocation(a.fileName, amount.sourceLine, "peer", amount.money.fen, null, amount.field),
              textLocation(b.fileName, other.sourceLine, "peer", other.money.fen, null, other.field),
            );
          }
          for (const indicator of pa.indicators) {
            const other = pb.indicators.find((x) => x.level3 === indicator.level3);
            if (!other) continue;
            const kind = other.level2 !== indicator.level2 ? "level2" : other.value !== indicator.value ? "value" : null;
            if (!kind) continue;
            kinds.push(kind);
            names.push(indicator.level3);
            inA.push((kind === "level2" ? indicator.level2 : indicator.value) ?? "");
            inB.push((kind === "level2" ? other.level2 : other.value) ?? "");
            locations.push(textLocation(a.fileName, indicator.sourceLine, "peer"), textLocation(b.fileName, other.sourceLine, "peer"));
          }
          if (kinds.length === 0) continue;
          findings.push(
            makeFinding(
              {
                check: "project-cross-document",
                severity: "warning",
                locations,
                amounts: null,
                params: { project: pa.name, fileA: a.fileName, fileB: b.fileName, kinds, names, inA, inB },
              },
              where,
              pa.name,
            ),
          );
        }
      }
    }
  }
  return findings;
}
