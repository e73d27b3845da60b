import { SourceError } from "../types";
import type { Grid } from "./grid";
import { layoutPage, type PageBlock } from "./layout";
import { loadPdf, type PdfPage } from "./load";
import { joinLines, type VisualLine } from "./text-lines";

/** The canonical text rendering of a PDF: what the text parser reads, and what provenance points into. */
export interface PdfRendering {
  /** Lines separated by "\n"; a table row is its cells joined by TAB, every grid column present. */
  text: string;
  /** 1-based page of each line: pageOfLine[i] is the page of line i + 1. */
  pageOfLine: number[];
  pageCount: number;
}

type OutLine = { kind: "text"; page: number; line: VisualLine; lastOnPage: boolean; firstOnPage: boolean } | { kind: "row"; page: number; text: string };

/** Column widths equal within this (pt): the same table continued on the next page. */
const SAME_COLUMN = 3;
/** A line ending this close to the right margin (in font sizes) is full: the paragraph may wrap. */
const FULL_LINE_EM = 4;
/** Farther apart than this (in font sizes) two lines are separate paragraphs. */
const PARAGRAPH_GAP_EM = 2.2;

const ENDS_PARAGRAPH = /(?:[。；！？：:;!?]|[…．.·]{2,}\s*\d*)$/;
/** List and heading markers: "（一）", "一、", "1.", "1、", "第一部分". A decimal such as "60.54%" is not one. */
const STARTS_ITEM = /^(?:[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d{1,2}(?:[、．]|\.(?!\d))|第[一二三四五六七八九十\d]+[章节条部分])/;

function columnWidths(grid: Grid): number[] {
  return grid.xs.slice(1).map((x, i) => x - (grid.xs[i] ?? 0));
}

function sameColumns(a: Grid, b: Grid): boolean {
  const wa = columnWidths(a);
  const wb = columnWidths(b);
  return wa.length === wb.length && wa.every((w, i) => Math.abs(w - (wb[i] ?? 0)) <= SAME_COLUMN);
}

function sameRow(a: string[] | undefined, b: string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((cell, i) => cell === b[i]);
}

/**
 * A page that paints an image but holds no text is a scan: its figures cannot be read.
 * A page without a single drawing operator has an empty or undecodable content stream
 * (pdf.js skips a corrupt stream with a warning): it is refused rather than read as blank.
 */
function refuseUnreadable(fileName: string, pages: PdfPage[]): void {
  if (pages.length === 0) throw new SourceError(fileName, null, "the PDF has no pages");
  const empty = pages.find((p) => p.operatorCount === 0);
  if (empty) {
    throw new SourceError(fileName, null, "this page has no content at all: its content stream is empty or could not be decoded (a corrupt file?)", empty.pageNo);
  }
  if (pages.every((p) => p.pieces.length === 0)) {
    throw new SourceError(fileName, null, "the PDF has no text layer (is it a scan?): publish the document with its text, or convert it with OCR first");
  }
  const scanned = pages.find((p) => p.pieces.length === 0 && p.paintsImage);
  if (scanned) {
    throw new SourceError(fileName, null, "this page is an image without a text layer (a scan?): its figures cannot be read", scanned.pageNo);
  }
}

/**
 * Tables continued on the next page are joined: a grid that opens a page with the
 * columns of the grid that closed the previous page continues it, and its leading
 * rows that repeat the table's first rows (the header) are dropped.
 */
function linesOf(pages: Array<{ page: PdfPage; blocks: PageBlock[] }>): OutLine[] {
  const out: OutLine[] = [];
  let open: { grid: Grid; firstRows: string[][] } | null = null;
  for (const { page, blocks } of pages) {
    blocks.forEach((block, index) => {
      if (block.kind === "text") {
        out.push({ kind: "text", page: page.pageNo, line: block.line, firstOnPage: index === 0, lastOnPage: index === blocks.length - 1 });
        open = null;
        return;
      }
      let rows = block.rows;
      const continued: { grid: Grid; firstRows: string[][] } | null = open;
      if (index === 0 && continued !== null && sameColumns(continued.grid, block.grid)) {
        let repeated = 0;
        while (repeated < rows.length && sameRow(rows[repeated], continued.firstRows[repeated])) repeated++;
        rows = rows.slice(repeated);
      } else {
        open = { grid: block.grid, firstRows: block.rows };
      }
      for (const row of rows) out.push({ kind: "row", page: page.pageNo, text: row.join("\t") });
    });
  }
  return out;
}

/** Right edge of the text block, per page width: the rightmost end of a free text line. */
function rightMargins(pages: PdfPage[], lines: OutLine[]): Map<number, number> {
  const byWidth = new Map<number, number>();
  const widthOf = new Map(pages.map((p) => [p.pageNo, Math.round(p.width)]));
  for (const l of lines) {
    if (l.kind !== "text") continue;
    const width = widthOf.get(l.page) ?? 0;
    byWidth.set(width, Math.max(byWidth.get(width) ?? 0, l.line.x1));
  }
  return new Map(pages.map((p) => [p.pageNo, byWidth.get(Math.round(p.width)) ?? p.width]));
}

/** B continues A's paragraph: A fills its line without ending a sentence, B opens no item, same type size, nothing between. */
function continues(a: Extract<OutLine, { kind: "text" }>, b: Extract<OutLine, { kind: "text" }>, right: number): boolean {
  if (Math.abs(a.line.size - b.line.size) > 0.5) return false;
  if (a.line.x1 < right - FULL_LINE_EM * a.line.size) return false;
  if (ENDS_PARAGRAPH.test(a.line.text) || STARTS_ITEM.test(b.line.text)) return false;
  if (a.page === b.page) {
    const gap = b.line.baseline - a.line.baseline;
    return gap > 0 && gap <= PARAGRAPH_GAP_EM * a.line.size;
  }
  return b.page === a.page + 1 && a.lastOnPage && b.firstOnPage;
}

/**
 * Renders a PDF as text: table rows as TAB-joined cells rebuilt from the rulings,
 * other text as lines by baseline, a paragraph wrapped over several lines joined into one.
 */
export async function renderPdf(fileName: string, bytes: Uint8Array): Promise<PdfRendering> {
  const pages = await loadPdf(fileName, bytes);
  refuseUnreadable(fileName, pages);
  const lines = linesOf(pages.map((page) => ({ page, blocks: layoutPage(page).blocks })));
  const right = rightMargins(pages, lines);
  const text: string[] = [];
  const pageOfLine: number[] = [];
  let paragraph: { parts: string[]; last: Extract<OutLine, { kind: "text" }> } | null = null;
  const flush = () => {
    if (!paragraph) return;
    text.push(joinLines(paragraph.parts));
    paragraph = null;
  };
  for (const line of lines) {
    if (line.kind === "row") {
      flush();
      text.push(line.text);
      pageOfLine.push(line.page);
      continue;
    }
    const current: { parts: string[]; last: Extract<OutLine, { kind: "text" }> } | null = paragraph;
    if (current !== null && continues(current.last, line, right.get(current.last.page) ?? 0)) {
      current.parts.push(line.line.text);
      current.last = line;
      continue;
    }
    flush();
    paragraph = { parts: [line.line.text], last: line };
    pageOfLine.push(line.page);
  }
  flush();
  return { text: text.join("\n"), pageOfLine, pageCount: pages.length };
}
