import { looksNumeric, type Unit } from "../money";
import { range, readMoney, type Row, type Segment } from "./table-segments";
import { squash } from "./text";
import { SourceError, type OperatingCell, type ThreePublicCell, type ThreePublicPart } from "./types";

function headerPaths(headerRows: Row[]): string[] {
  const width = Math.max(0, ...headerRows.map((r) => r.cells.length));
  return range(0, width).map((p) =>
    headerRows
      .map((r) => r.cells[p] ?? "")
      .filter((c) => c !== "")
      .join(" / "),
  );
}

function threePublicPart(path: string): ThreePublicPart | "operating" | null {
  const label = squash(path);
  if (/机关运行经费/.test(label)) return "operating";
  if (/合计$/.test(label)) return "total";
  if (/因公出国/.test(label)) return "abroad";
  if (/公务接待/.test(label)) return "reception";
  if (/小计$/.test(label) || /公务用车购置及运行(维护)?费$/.test(label)) return "vehicles";
  if (/购置费$/.test(label)) return "vehiclePurchase";
  if (/运行(维护)?费$/.test(label)) return "vehicleOperation";
  return null;
}

/** Table 9: one row of figures under a two- or three-row header (三公经费 parts, 机关运行经费). */
export function parseThreePublic(fileName: string, segments: Segment[], unit: Unit): { threePublic: ThreePublicCell[]; operating: OperatingCell | null; columns: string[] } {
  const rows = segments.flatMap((s) => s.rows);
  const dataIndex = rows.findIndex((r) => {
    const first = r.cells.find((c) => c !== "");
    return first !== undefined && looksNumeric(first);
  });
  const row = rows[dataIndex];
  if (!row) return { threePublic: [], operating: null, columns: headerPaths(rows).filter((p) => p !== "") };
  const headerRows = rows.slice(0, dataIndex);
  const paths = headerPaths(headerRows);
  // A row with fewer cells than its header has lost blank cells: its figures would move left.
  const headerWidth = Math.max(0, ...headerRows.map((r) => r.cells.reduce((last, c, i) => (c !== "" ? i + 1 : last), 0)));
  if (row.cells.length < headerWidth) {
    throw new SourceError(fileName, row.line, `table 9: the row of figures has ${row.cells.length} cells but its header has ${headerWidth} columns, so it cannot say which heading each figure stands under`);
  }
  const extra = rows[dataIndex + 1];
  if (extra) throw new SourceError(fileName, extra.line, "table 9 has more than one row of figures");
  const threePublic: ThreePublicCell[] = [];
  let operating: OperatingCell | null = null;
  row.cells.forEach((cell, position) => {
    const path = paths[position] ?? "";
    const part = threePublicPart(path);
    if (part === null) {
      if (cell !== "") throw new SourceError(fileName, row.line, `table 9: the figure "${cell}" stands under no known heading`);
      return;
    }
    if (part === "operating") {
      if (cell === "") return;
      operating = { label: path, money: readMoney(fileName, row, cell, unit, `table 9 "${path}"`), sourceLine: row.line, rawText: row.raw };
      return;
    }
    threePublic.push({
      part,
      label: path,
      money: cell === "" ? null : readMoney(fileName, row, cell, unit, `table 9 "${path}"`),
      asPublished: cell,
      sourceLine: row.line,
      rawText: row.raw,
    });
  });
  return { threePublic, operating, columns: paths.filter((p) => p !== "") };
}
