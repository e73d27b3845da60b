import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { SourceError } from "../types";
import type { Box, Matrix } from "./geometry";
import { readGraphics, type Rule } from "./graphics";
import { piecesOf, type Piece, type RawTextItem } from "./pieces";

/** What one page holds, in display space (points, y down, origin top-left). */
export interface PdfPage {
  pageNo: number;
  width: number;
  height: number;
  /** Visible text. */
  pieces: Piece[];
  /** Text outside every clip box it was shown in: not visible on the page. */
  hidden: Piece[];
  rules: Rule[];
  paintsImage: boolean;
  /** Drawing operators on the page: 0 when its content stream is empty or could not be decoded. */
  operatorCount: number;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjsPromise: Promise<PdfJs> | null = null;

/** pdf.js's own exception classes (BaseException subclasses of its worker code). */
const PDFJS_EXCEPTIONS = new Set([
  "AbortException", "DNLMarkerError", "EOIMarkerError", "FormatError", "InvalidPDFException", "JpegError", "JpxError",
  "MissingDataException", "MissingPDFException", "ParserEOFException", "PasswordException", "UnexpectedResponseException",
  "UnknownErrorException", "XRefEntryException", "XRefParseException",
]);

/**
 * With its worker code in this thread, pdf.js leaves some internal promises rejected
 * without a handler when a file is corrupt (seen: XRefEntryException from its first-page
 * check while it retries in recovery mode). The file's error reaches the caller anyway;
 * these strays would end the process. They are ignored; any other unhandled rejection
 * still ends the process as by default, unless another listener takes care of it.
 */
function ignoreStrayPdfJsRejections(): void {
  process.on("unhandledRejection", (reason) => {
    const name = typeof reason === "object" && reason !== null && "name" in reason ? String(reason.name) : "";
    if (PDFJS_EXCEPTIONS.has(name)) return;
    if (process.listenerCount("unhandledRejection") > 1) return;
    throw reason;
  });
}

/**
 * pdf.js without a worker thread: its worker code runs in this thread, loaded once.
 * Registering it as globalThis.pdfjsWorker is pdf.js's documented way to do so.
 * The minified builds load several times faster under a transpiling loader (tsx),
 * which would otherwise transform and source-map 3 MB of pdf.js on every start.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    ignoreStrayPdfJsRejections();
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import("pdfjs-dist/legacy/build/pdf.min.mjs");
  })();
  return pdfjsPromise;
}

/**
 * Folders shipped with pdfjs-dist: the Adobe CMaps and the standard fonts. Without the
 * CMaps, text in a CJK font that is not embedded (STSong-Light, UniGB-UCS2-H) comes out
 * empty, and the document would look like a scan: a missing folder is a setup error.
 */
function resourceFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const cMaps = path.join(root, "cmaps");
  if (!existsSync(path.join(cMaps, "UniGB-UCS2-H.bcmap"))) throw new Error(`pdfjs-dist's CMaps are missing (looked in ${cMaps}): reinstall pdfjs-dist`);
  return { cMapUrl: `${cMaps}${path.sep}`, standardFontDataUrl: `${path.join(root, "standard_fonts")}${path.sep}` };
}

/** "%PDF-" at the start (a few bytes of junk before it are tolerated, as by readers). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return /%PDF-\d\.\d/.test(head);
}

function endsWithEof(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString("latin1").includes("%%EOF");
}

function reasonOf(error: unknown): string {
  const name = error instanceof Error || (typeof error === "object" && error !== null && "name" in error) ? String((error as { name: unknown }).name) : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return "the PDF is encrypted (it needs a password to open): publish or save it without encryption";
  if (name === "InvalidPDFException") return `not a readable PDF (corrupt or truncated): ${message}`;
  return `cannot read the PDF: ${message}`;
}

/** Reads every page's text items and drawing operators. Bad files are refused naming the file (and page). */
export async function loadPdf(fileName: string, bytes: Uint8Array): Promise<PdfPage[]> {
  if (!endsWithEof(bytes)) throw new SourceError(fileName, null, "the PDF has no end-of-file marker (%%EOF): it is truncated");
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapPacked: true,
    ...resourceFolders(),
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new SourceError(fileName, null, reasonOf(error));
  }
  try {
    const pages: PdfPage[] = [];
    for (let pageNo = 1; pageNo <= document.numPages; pageNo++) {
      try {
        const page = await document.getPage(pageNo);
        const viewport = page.getViewport({ scale: 1 });
        const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = viewport.transform;
        const view: Matrix = [a, b, c, d, e, f];
        const pageBox: Box = { x0: 0, y0: 0, x1: viewport.width, y1: viewport.height };
        const content = await page.getTextContent({ disableNormalization: true });
        const operators = await page.getOperatorList();
        const graphics = readGraphics(operators, pdfjs.OPS, view, pageBox);
        const items = content.items.filter((item): item is RawTextItem & typeof item => "str" in item);
        const { pieces, hidden } = piecesOf(items, view, graphics.textClips);
        pages.push({ pageNo, width: viewport.width, height: viewport.height, pieces, hidden, rules: graphics.rules, paintsImage: graphics.paintsImage, operatorCount: operators.fnArray.length });
        page.cleanup();
      } catch (error) {
        throw new SourceError(fileName, null, reasonOf(error), pageNo);
      }
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
