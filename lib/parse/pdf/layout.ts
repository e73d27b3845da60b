import { contains } from "./geometry";
import { cellOf, findGrids, gridCells, type Grid } from "./grid";
import type { PdfPage } from "./load";
import { middleOf, type Piece } from "./pieces";
import { groupByBaseline, splitAtGaps, type VisualLine } from "./text-lines";

/** Pieces further apart than this many font sizes on one baseline are separate texts. */
const COLUMN_GAP_EM = 3;

/** A line of the page's reading order: free text, or one row of a ruled table. */
export type PageBlock =
  | { kind: "text"; page: number; top: number; line: VisualLine }
  | { kind: "table"; page: number; top: number; grid: Grid; rows: string[][] };

/** Page numbers and "第 N 页" in the top or bottom margin. */
function isFurniture(line: VisualLine, page: PdfPage): boolean {
  const inMargin = line.baseline < page.height * 0.08 || line.baseline > page.height * 0.92;
  return inMargin && /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/.test(line.text);
}

/** A ruled area that is one cell, or one column, is a frame around text, not a table. */
function isTable(grid: Grid): boolean {
  return grid.xs.length > 2 && grid.ys.length > 2;
}

/**
 * The page in reading order: ruled tables (cells rebuilt from the rules) and the
 * lines of text outside them, top to bottom. Empty table rows hold no text and are left out.
 */
export function layoutPage(page: PdfPage): { blocks: PageBlock[]; furniture: VisualLine[] } {
  const grids = findGrids(page.rules).filter(isTable);
  const inGrid = new Map<Grid, Piece[]>(grids.map((g) => [g, []]));
  const free: Piece[] = [];
  for (const piece of page.pieces) {
    const grid = grids.find((g) => contains(g.box, (piece.x0 + piece.x1) / 2, middleOf(piece)) && cellOf(g, piece));
    if (grid) inGrid.get(grid)?.push(piece);
    else free.push(piece);
  }
  const blocks: PageBlock[] = [];
  const furniture: VisualLine[] = [];
  for (const group of groupByBaseline(free)) {
    for (const line of splitAtGaps(group, COLUMN_GAP_EM)) {
      if (isFurniture(line, page)) furniture.push(line);
      else blocks.push({ kind: "text", page: page.pageNo, top: line.baseline - line.size, line });
    }
  }
  for (const grid of grids) {
    const pieces = inGrid.get(grid) ?? [];
    if (pieces.length === 0) continue;
    const rows = gridCells(grid, pieces).filter((row) => row.some((cell) => cell !== ""));
    blocks.push({ kind: "table", page: page.pageNo, top: grid.box.y0, grid, rows });
  }
  // Stable: lines on one baseline keep their left-to-right order.
  blocks.sort((a, b) => a.top - b.top);
  return { blocks, furniture };
}
