import { parseClassification } from "./classification";
import { parseSummary } from "./summary-tables";
import { classificationOf } from "../domain/budget-tables";
import { NO_DATA } from "./table-titles";
import { scanSegments, type Segment } from "./table-segments";
import { parseThreePublic } from "./three-public";
import { SourceError, type Layout, type OperatingCell, type ParsedLine, type ParsedTable, type ThreePublicCell, type TocEntry } from "./types";

export { tableTitle } from "./table-titles";

export interface TablesResult {
  toc: TocEntry[];
  tables: ParsedTable[];
  threePublic: ThreePublicCell[];
  operating: OperatingCell | null;
  /** 1-based lines that belong to tables (excluded from narrative). */
  tableLines: Set<number>;
}

/** A table without a single figure must say so ("本表无数据", "本表为空表"). */
function checkEmptyTable(fileName: string, group: Segment[], lines: ParsedLine[], hasFigures: boolean): void {
  const first = group[0];
  if (!first || hasFigures || lines.some((l) => !l.isTotal)) return;
  const note = group.map((s) => s.note).find((n) => n !== null);
  if (note && NO_DATA.test(note.rawText)) return;
  throw new SourceError(
    fileName,
    first.titleLine,
    `table ${first.title.tableNo} ("${first.title.title}") has no figures and no note saying it is empty on purpose (such as "本表无数据")`,
  );
}

export function parseTables(fileName: string, lines: string[], layout: Layout): TablesResult {
  const { toc, segments } = scanSegments(fileName, lines);
  const tables: ParsedTable[] = [];
  const tableLines = new Set<number>();
  let threePublic: ThreePublicCell[] = [];
  let operating: OperatingCell | null = null;
  // Consecutive segments with the same table number are one table split across pages.
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const last = groups[groups.length - 1];
    const lastFirst = last?.[0];
    if (last && lastFirst && lastFirst.title.tableNo === segment.title.tableNo) last.push(segment);
    else groups.push([segment]);
  }
  for (const group of groups) {
    const first = group[0];
    if (!first) continue;
    for (const s of group) for (let l = s.titleLine; l <= s.endLine; l++) tableLines.add(l);
    const tableNo = first.title.tableNo;
    if (tables.some((t) => t.tableNo === tableNo)) {
      throw new SourceError(fileName, first.titleLine, `table ${tableNo} ("${first.title.title}") appears twice, apart`);
    }
    const unit = first.unit;
    let columns: string[] = [];
    let parsedLines: ParsedLine[] = [];
    let continuationLines: number[] = [];
    let hasFigures: boolean;
    if (tableNo === 9) {
      const result = parseThreePublic(fileName, group, unit);
      threePublic = result.threePublic;
      operating = result.operating;
      columns = result.columns;
      continuationLines = group.slice(1).map((s) => s.titleLine);
      hasFigures = result.operating !== null || result.threePublic.some((c) => c.money !== null);
    } else {
      ({ columns, lines: parsedLines, continuationLines } =
        tableNo === 1 || tableNo === 4 ? parseSummary(fileName, group, unit) : parseClassification(fileName, group, unit, layout));
      hasFigures = parsedLines.some((l) => l.amounts.length > 0);
    }
    checkEmptyTable(fileName, group, parsedLines, hasFigures);
    const last = group[group.length - 1] ?? first;
    tables.push({
      tableNo,
      title: first.title.title,
      titleLine: first.titleLine,
      titleYear: first.title.year,
      unit,
      classification: classificationOf(tableNo),
      columns,
      note: group.map((s) => s.note).find((n) => n !== null) ?? null,
      continuationLines,
      lines: parsedLines,
      endLine: last.endLine,
    });
  }
  return { toc, tables, threePublic, operating, tableLines };
}
