import { createHash } from "node:crypto";
import { detectMeta } from "./meta";
import { parseGlossary, parseNarrative } from "./narrative";
import { parseProjectLines, parseProjectRows } from "./projects";
import { parseTables } from "./tables";
import { rowCells, splitLines, squash } from "./text";
import { isPdf } from "./pdf/load";
import { renderPdf, type PdfRendering } from "./pdf/render";
import { SourceError, type ParsedDocument, type ParsedProject, type ParsedTable, type TocEntry } from "./types";

export { SourceError } from "./types";
export type * from "./types";
export { isPdf } from "./pdf/load";
export { renderPdf, type PdfRendering } from "./pdf/render";

/**
 * Decodes a source file strictly as UTF-8. GBK bytes, binary content and empty
 * files are refused with the file name and the first offending line.
 */
export function decodeSource(fileName: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SourceError(fileName, null, "the file is empty");
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = countLines(bytes.subarray(0, nul));
    throw new SourceError(fileName, line, "binary content (NUL byte): not a text document");
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    if (endsMidCharacter(bytes)) {
      throw new SourceError(fileName, countLines(bytes), "the file ends in the middle of a character: it is truncated");
    }
    const loose = new TextDecoder("utf-8").decode(bytes);
    const line = splitLines(loose).findIndex((l) => l.includes("\uFFFD")) + 1;
    throw new SourceError(fileName, line || null, "not valid UTF-8 (is it GBK-encoded? convert it to UTF-8 first)");
  }
}

/** Valid UTF-8 but for an incomplete character at the very end. */
function endsMidCharacter(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    try {
      decoder.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return false;
}

function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (const b of bytes) if (b === 0x0a) lines++;
  return lines;
}

/** A budget that stops inside or right after its tables has lost its end. */
function refuseTruncatedBudget(fileName: string, kind: string, lines: string[], toc: TocEntry[], tables: ParsedTable[]): void {
  if (tables.length === 0) {
    throw new SourceError(fileName, null, `a ${kind} without any budget table: is the file truncated? (tables start with a title such as "1、YYYY年部门财务收支预算总表" followed by "单位：元")`);
  }
  let lastLine = lines.length;
  while (lastLine > 0 && (lines[lastLine - 1] ?? "").trim() === "") lastLine--;
  const last = tables.reduce((a, b) => (b.endLine > a.endLine ? b : a));
  if (last.endLine < lastLine) return;
  if (last.tableNo <= 8 && last.note === null && !last.lines.some((l) => l.isTotal)) {
    throw new SourceError(fileName, lastLine, `the file ends inside table ${last.tableNo} ("${last.title}"), before its 合计/总计 row: it is truncated`);
  }
  const listed = Math.max(0, ...toc.map((t) => t.tableNo));
  const present = Math.max(...tables.map((t) => t.tableNo));
  if (listed > present) {
    throw new SourceError(fileName, lastLine, `the file ends after table ${present} although its contents list tables up to ${listed}: it is truncated`);
  }
}

/** The file a PDF rendering was made from. */
export interface PdfOrigin {
  sha256: string;
  byteLength: number;
}

function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The parser shared by every layout: text in (a file's text or a PDF's rendering), typed records out. */
function parseText(fileName: string, text: string, origin: { sha256: string; byteLength: number }, pageOfLine: number[] | null): ParsedDocument {
  if (text.trim() === "") throw new SourceError(fileName, null, "the file holds only white space");
  const lines = splitLines(text);
  const meta = detectMeta(fileName, text, pageOfLine ? "pdf" : null);
  const base = { fileName, sha256: origin.sha256, byteLength: origin.byteLength, text, lineCount: lines.length, pageOfLine, meta };
  if (meta.layout === "lines") {
    const projects = parseProjectLines(fileName, lines);
    if (projects.length === 0) throw new SourceError(fileName, null, "no project sheet found");
    return { ...base, toc: [], tables: [], projects, threePublic: [], operating: null, narrative: [], glossary: [] };
  }
  const { toc, tables, threePublic, operating, tableLines } = parseTables(fileName, lines, meta.layout);
  const projects = parseProjectRows(fileName, lines);
  if (meta.kind !== "绩效目标表") refuseTruncatedBudget(fileName, meta.kind, lines, toc, tables);
  refuseStrayRows(fileName, lines, tableLines, projects);
  if (meta.kind === "绩效目标表" && projects.length === 0) throw new SourceError(fileName, null, "no project sheet found");
  const narrative = parseNarrative(fileName, lines, meta.year, tableLines);
  const glossary = parseGlossary(lines);
  return { ...base, toc, tables, projects, threePublic, operating, narrative, glossary };
}

/** A project sheet's heading printed as table rows: "财政项目支出绩效目标申报表", "（2023年度）". */
const SHEET_HEADING = /^(?:财政项目支出绩效目标(?:填报|申报)表|[（(]\s*\d{4}\s*年度\s*[）)])$/;

/**
 * Table rows outside every table and before the first project sheet would be read by
 * nothing: a table whose title was not recognised. They are refused, not dropped.
 */
function refuseStrayRows(fileName: string, lines: string[], tableLines: Set<number>, projects: ParsedProject[]): void {
  const firstProject = Math.min(...projects.map((p) => p.sourceLine), lines.length + 1);
  for (let i = 0; i + 1 < firstProject; i++) {
    const cells = rowCells(lines[i] ?? "")?.filter((c) => c !== "" && !/^-+$/.test(c));
    if (!cells || cells.length === 0 || tableLines.has(i + 1)) continue;
    if (cells.length === 1 && SHEET_HEADING.test(squash(cells[0] ?? ""))) continue;
    throw new SourceError(fileName, i + 1, `a table row outside any table: "${cells.join(" | ").slice(0, 60)}" (is the title of its table missing or worded in an unknown way?)`);
  }
}

/** Pure: file name and bytes of a text layout (TSV, Markdown, one field per line) in, typed records out. */
export function parseDocument(fileName: string, bytes: Uint8Array): ParsedDocument {
  const text = decodeSource(fileName, bytes);
  return parseText(fileName, text, { sha256: sha256Of(bytes), byteLength: bytes.length }, null);
}

/**
 * Parses a PDF's canonical rendering (as made by renderPdf, or as stored) with the
 * parser of the text layouts. Errors name the page of their line. `origin` describes the PDF file.
 */
export function parsePdfRendering(fileName: string, rendering: PdfRendering, origin: PdfOrigin): ParsedDocument {
  try {
    return parseText(fileName, rendering.text, origin, rendering.pageOfLine);
  } catch (error) {
    if (error instanceof SourceError && error.line !== null && error.page === null) {
      throw new SourceError(error.fileName, error.line, error.reason, rendering.pageOfLine[error.line - 1] ?? null);
    }
    throw error;
  }
}

/** Any document: a PDF (told by its "%PDF-" signature) is rendered and parsed; other files are text layouts. */
export async function parseAnyDocument(fileName: string, bytes: Uint8Array): Promise<ParsedDocument> {
  if (!isPdf(bytes)) return parseDocument(fileName, bytes);
  const rendering = await renderPdf(fileName, bytes);
  return parsePdfRendering(fileName, rendering, { sha256: sha256Of(bytes), byteLength: bytes.length });
}
