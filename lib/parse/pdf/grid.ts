import { cluster, type Box } from "./geometry";
import type { Rule } from "./graphics";
import { middleOf, type Piece } from "./pieces";
import { joinLines, visualLines } from "./text-lines";

/** Rules closer than this (pt) are the same line; a rule reaching this near another touches it. */
const TOLERANCE = 2;

/** A ruled table on one page: column and row boundaries, and which grid cells are merged. */
export interface Grid {
  /** Column boundaries, left to right (columns + 1 values). */
  xs: number[];
  /** Row boundaries, top to bottom (rows + 1 values). */
  ys: number[];
  box: Box;
  /** anchors[row][col]: the top-left grid cell of the merged cell holding (row, col). */
  anchors: Array<Array<[number, number]>>;
}

/** Collinear rules that overlap or touch become one segment. */
function mergeCollinear(rules: Rule[]): Rule[] {
  const merged: Rule[] = [];
  for (const at of cluster(rules.map((r) => r.at), TOLERANCE / 2)) {
    const line = rules.filter((r) => Math.abs(r.at - at) <= TOLERANCE / 2).sort((a, b) => a.from - b.from);
    let current: Rule | null = null;
    for (const rule of line) {
      if (current && rule.from <= current.to + TOLERANCE) {
        current.to = Math.max(current.to, rule.to);
      } else {
        if (current) merged.push(current);
        current = { ...rule, at };
      }
    }
    if (current) merged.push(current);
  }
  return merged;
}

function touches(h: Rule, v: Rule): boolean {
  return v.at >= h.from - TOLERANCE && v.at <= h.to + TOLERANCE && h.at >= v.from - TOLERANCE && h.at <= v.to + TOLERANCE;
}

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  while (parent[i] !== root) {
    const next = parent[i] ?? root;
    parent[i] = root;
    i = next;
  }
  return root;
}

function union(parent: number[], a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** Boundaries from rule positions, widened to the extent of the crossing rules (open-sided tables). */
function boundaries(positions: number[], crossing: Rule[]): number[] {
  const values = cluster(positions, TOLERANCE);
  const low = Math.min(...crossing.map((r) => r.from));
  const high = Math.max(...crossing.map((r) => r.to));
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return values;
  if (low < first - TOLERANCE) values.unshift(low);
  if (high > last + TOLERANCE) values.push(high);
  return values;
}

function buildGrid(hs: Rule[], vs: Rule[]): Grid | null {
  const xs = boundaries(vs.map((v) => v.at), hs);
  const ys = boundaries(hs.map((h) => h.at), vs);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1) return null;
  const hasVertical = (x: number, y: number) => vs.some((v) => Math.abs(v.at - x) <= TOLERANCE && y >= v.from - TOLERANCE && y <= v.to + TOLERANCE);
  const hasHorizontal = (y: number, x: number) => hs.some((h) => Math.abs(h.at - y) <= TOLERANCE && x >= h.from - TOLERANCE && x <= h.to + TOLERANCE);
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  for (let r = 0; r < rows; r++) {
    const midY = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      if (c + 1 < cols && !hasVertical(xs[c + 1] ?? 0, midY)) union(parent, r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasHorizontal(ys[r + 1] ?? 0, midX)) union(parent, r * cols + c, (r + 1) * cols + c);
    }
  }
  // Row-major order meets a merged cell's top-left grid cell first.
  const anchorOf = new Map<number, [number, number]>();
  const anchors = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c): [number, number] => {
      const root = find(parent, r * cols + c);
      const known = anchorOf.get(root);
      if (known) return known;
      anchorOf.set(root, [r, c]);
      return [r, c];
    }),
  );
  const box = { x0: xs[0] ?? 0, y0: ys[0] ?? 0, x1: xs[cols] ?? 0, y1: ys[rows] ?? 0 };
  return { xs, ys, box, anchors };
}

/** The ruled tables of a page: groups of horizontal and vertical rules that touch each other. */
export function findGrids(rules: Rule[]): Grid[] {
  const hs = mergeCollinear(rules.filter((r) => r.orientation === "h"));
  const vs = mergeCollinear(rules.filter((r) => r.orientation === "v"));
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  hs.forEach((h, i) => vs.forEach((v, j) => {
    if (touches(h, v)) union(parent, i, hs.length + j);
  }));
  const groups = new Map<number, Rule[]>();
  all.forEach((rule, i) => {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  });
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const gh = group.filter((r) => r.orientation === "h");
    const gv = group.filter((r) => r.orientation === "v");
    if (gh.length < 2 || gv.length < 2) continue;
    const grid = buildGrid(gh, gv);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.box.y0 - b.box.y0);
}

function indexIn(bounds: number[], value: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (value >= (bounds[i] ?? 0) && value < (bounds[i + 1] ?? 0)) return i;
  }
  return -1;
}

/** The grid cell a piece belongs to (by its centre), or null when it lies outside the grid. */
export function cellOf(grid: Grid, piece: Piece): [number, number] | null {
  const col = indexIn(grid.xs, (piece.x0 + piece.x1) / 2);
  const row = indexIn(grid.ys, middleOf(piece));
  if (row < 0 || col < 0) return null;
  return grid.anchors[row]?.[col] ?? null;
}

/** The text of each grid cell, row by row: a merged cell's text sits in its top-left grid cell. */
export function gridCells(grid: Grid, pieces: Piece[]): string[][] {
  const rows = grid.ys.length - 1;
  const cols = grid.xs.length - 1;
  const content: Piece[][][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => []));
  for (const piece of pieces) {
    const cell = cellOf(grid, piece);
    if (cell) content[cell[0]]?.[cell[1]]?.push(piece);
  }
  return content.map((row) => row.map((cell) => joinLines(visualLines(cell).map((l) => l.text))));
}
