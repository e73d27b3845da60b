import { contains, multiply, type Box, type Matrix } from "./geometry";
import { unifyRadicals } from "./radicals";

/** A run of printed characters without white space, in display space (y down). */
export interface Piece {
  text: string;
  x0: number;
  x1: number;
  /** y of the baseline. */
  baseline: number;
  /** Font size: the height of an em. */
  size: number;
}

/** The part of a pdf.js text item used here. */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
}

/** JavaScript's \s covers NBSP and the ideographic space U+3000. */
const WHITE = /\s/u;

/** Advance of a character in em: CJK, full-width forms and CJK punctuation ≈ 1, others ≈ ½. */
function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027) || code === 0x3000) return 1;
  return 0.5;
}

/** The vertical centre of a piece's glyphs, a little above the baseline. */
export function middleOf(piece: Piece): number {
  return piece.baseline - 0.35 * piece.size;
}

/**
 * Splits text items at their inner white space, sharing an item's width among its
 * characters by their advance, and keeps the pieces that are visible (inside a clip box
 * text was shown in). White space is never a piece: pdf.js gives it bogus widths.
 */
export function piecesOf(items: RawTextItem[], view: Matrix, clips: Box[]): { pieces: Piece[]; hidden: Piece[] } {
  const pieces: Piece[] = [];
  const hidden: Piece[] = [];
  for (const item of items) {
    if (item.str.trim() === "") continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const m = multiply(view, [a, b, c, d, e, f]);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    const chars = Array.from(unifyRadicals(item.str));
    const total = chars.reduce((s, ch) => s + advance(ch), 0);
    // Text running along the display's x axis; other directions keep their origin point.
    const horizontal = Math.abs(m[1]) < 1e-6 * Math.abs(m[0]) && m[0] > 0;
    const width = horizontal ? item.width : 0;
    let offset = 0;
    let run = "";
    let runStart = 0;
    const flush = () => {
      if (run === "") return;
      const x0 = m[4] + (width * runStart) / total;
      const x1 = m[4] + (width * offset) / total;
      const piece: Piece = { text: run, x0, x1, baseline: m[5], size };
      const visible = clips.length === 0 || clips.some((clip) => contains(clip, (x0 + x1) / 2, middleOf(piece), 1));
      (visible ? pieces : hidden).push(piece);
      run = "";
    };
    for (const ch of chars) {
      if (WHITE.test(ch)) {
        flush();
        offset += advance(ch);
        runStart = offset;
        continue;
      }
      if (run === "") runStart = offset;
      run += ch;
      offset += advance(ch);
    }
    flush();
  }
  return { pieces, hidden };
}
