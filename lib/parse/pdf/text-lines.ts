import type { Piece } from "./pieces";

/** Pieces on one baseline, left to right. */
export interface VisualLine {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

/** Baselines closer than this share of the font size are one line (mixed fonts sit up to ~1 pt apart). */
const SAME_BASELINE = 0.4;
/** A gap wider than this share of the font size is a word space between Latin or digit runs. */
const WORD_GAP = 0.2;

const LATIN_END = /[A-Za-z0-9.,%)\]]$/;
const LATIN_START = /^[A-Za-z0-9(\[+\-]/;

/** CJK text has no spaces: a gap there is justification. Between Latin or digit runs a visible gap is a space. */
function separator(left: string, right: string, gap: number, size: number): string {
  if (gap <= WORD_GAP * size) return "";
  return LATIN_END.test(left) || LATIN_START.test(right) ? " " : "";
}

function lineOf(pieces: Piece[]): VisualLine {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  let text = "";
  let previous: Piece | null = null;
  for (const piece of sorted) {
    text += previous ? separator(previous.text, piece.text, piece.x0 - previous.x1, piece.size) + piece.text : piece.text;
    previous = piece;
  }
  const first = sorted[0];
  return {
    text,
    x0: first?.x0 ?? 0,
    x1: Math.max(...sorted.map((p) => p.x1)),
    baseline: first?.baseline ?? 0,
    size: Math.max(...sorted.map((p) => p.size)),
  };
}

/** Groups pieces into lines by baseline, top to bottom. */
export function groupByBaseline(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let baseline = 0;
  let size = 0;
  for (const piece of sorted) {
    if (current.length > 0 && piece.baseline - baseline > SAME_BASELINE * Math.max(size, piece.size)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) {
      baseline = piece.baseline;
      size = piece.size;
    }
    current.push(piece);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The visual lines of a set of pieces, top to bottom. */
export function visualLines(pieces: Piece[]): VisualLine[] {
  return groupByBaseline(pieces).map(lineOf);
}

/**
 * A visual line split where its pieces are further apart than `gapInEm` font sizes:
 * "编制部门：…" and "单位：元" printed on one baseline are two facts.
 */
export function splitAtGaps(pieces: Piece[], gapInEm: number): VisualLine[] {
  const sorted = [...pieces].sort((a, b) => a.x0 - b.x0);
  const parts: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of sorted) {
    const last = current[current.length - 1];
    if (last && piece.x0 - last.x1 > gapInEm * Math.max(last.size, piece.size)) {
      parts.push(current);
      current = [];
    }
    current.push(piece);
  }
  if (current.length > 0) parts.push(current);
  return parts.map(lineOf);
}

/** Wrapped lines of one cell or paragraph joined: no separator, except between two Latin words. */
export function joinLines(texts: string[]): string {
  let joined = "";
  for (const text of texts) {
    if (text === "") continue;
    joined += joined !== "" && /[A-Za-z]$/.test(joined) && /^[A-Za-z]/.test(text) ? ` ${text}` : text;
  }
  return joined;
}
