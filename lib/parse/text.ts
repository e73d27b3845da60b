/** Splits text into lines; index i holds line i + 1 of the file. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

const MD_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const DASHES_ONLY = /^-+$/;

export function isMarkdownRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith("|") && t.endsWith("|") && t.length > 1;
}

/** Strips the HTML the PDF converter left in cells (<br>, <p>, entities). */
export function stripHtml(cell: string): string {
  return cell
    .replace(/<br\s*\/?>/gi, "")
    .replace(/<\/?p>/gi, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

/**
 * The cells of a table row in either layout, or null for a line that is not a row
 * (prose, headings, blank lines). Markdown separator rows and dash-only rows give [].
 */
export function rowCells(line: string): string[] | null {
  if (isMarkdownRow(line)) {
    if (MD_SEPARATOR.test(line.trim())) return [];
    const inner = line.trim().slice(1, -1);
    return inner.split("|").map((c) => c.trim());
  }
  if (line.includes("\t")) {
    const cells = line.split("\t").map((c) => c.trim());
    if (cells.every((c) => c === "" || DASHES_ONLY.test(c))) {
      return cells.some((c) => c !== "") ? [] : cells;
    }
    return cells;
  }
  return null;
}

/** Removes all whitespace: PDF extraction breaks words such as "满意度指 标". */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef";
const CJK_GAP = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, "g");

/** Removes spaces between two CJK characters ("医疗 保障局" → "医疗保障局"), keeps others. */
export function closeCjkGaps(text: string): string {
  return text.replace(CJK_GAP, "$1").trim();
}

/** Strips Markdown heading and list markers. */
export function stripMarkdown(line: string): string {
  return line.replace(/^\s*#+\s*/, "").replace(/^\s*-\s+/, "").trim();
}
