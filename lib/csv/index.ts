// CSV for spreadsheets: UTF-8 with BOM, RFC 4180 quoting, CRLF line ends, formula injection neutralised.
// Pure functions, no I/O: the API and the tests share them.

/** Byte-order mark: without it Excel on Windows reads UTF-8 as the ANSI code page and garbles 中文. */
export const BOM = "\uFEFF";
export const CRLF = "\r\n";

/**
 * Characters that make a spreadsheet treat a cell as a formula (=, +, -, @) or that some
 * spreadsheets skip before looking for one (TAB, CR). A leading "'" is escaped too, so the
 * rule can be undone exactly: remove one leading "'" from any cell that starts with one.
 */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "'"]);

/**
 * A plain number (optional sign, digits or 3-digit comma groups, optional decimals) is data, not a
 * formula, even when it starts with "-" or "+": "-4891000.00" stays a number in a spreadsheet.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** The cell as written: prefixed with "'" when a spreadsheet could run it as a formula. */
export function neutraliseFormula(value: string): string {
  const first = value.charAt(0);
  if (!FORMULA_TRIGGERS.has(first)) return value;
  // PLAIN_NUMBER starts with a sign or a digit, so a cell starting with "'" (or "=", "@", TAB, CR) is always prefixed.
  if (PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** Inverse of neutraliseFormula, for readers that want the original text back. */
export function restoreFormula(cell: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; the check below gives the same answer without it (neutraliseFormula returns its input or "'" + its input)
  if (!cell.startsWith("'")) return cell;
  const rest = cell.slice(1);
  // Only cells the writer would have escaped carry the prefix.
  return neutraliseFormula(rest) === cell ? rest : cell;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes doubled. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV cell: null is empty, text is neutralised and then quoted. */
export function csvCell(value: string | null): string {
  return value === null ? "" : quoteField(neutraliseFormula(value));
}

/** A whole CSV document: BOM, header, one record per row, every record ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<ReadonlyArray<string | null>>): string {
  const records: string[] = [header.map(csvCell).join(",")];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} cells, header has ${header.length}`);
    records.push(row.map(csvCell).join(","));
  }
  return BOM + records.join(CRLF) + CRLF;
}

export class CsvParseError extends Error {}

/**
 * Parses RFC 4180 text (BOM optional, CRLF or LF) into records of raw cells. Strict: a quote inside
 * an unquoted field or text after a closing quote is an error. Formula prefixes are left as written.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  const endField = () => {
    record.push(field);
    field = "";
    atFieldStart = true;
  };
  while (i < input.length) {
    const c = input.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (input.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = input.charAt(i);
        if (next !== "," && next !== "\r" && next !== "\n" && next !== "") throw new CsvParseError(`text after a closing quote at offset ${i}`);
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (!atFieldStart) throw new CsvParseError(`quote inside an unquoted field at offset ${i}`);
      quoted = true;
      atFieldStart = false;
      i += 1;
    } else if (c === ",") {
      endField();
      i += 1;
    } else if (c === "\r" || c === "\n") {
      endField();
      records.push(record);
      record = [];
      i += c === "\r" && input.charAt(i + 1) === "\n" ? 2 : 1;
    } else {
      field += c;
      atFieldStart = false;
      i += 1;
    }
  }
  if (quoted) throw new CsvParseError("unterminated quoted field");
  // A final record without a line break still counts: a field was started (a field with text always was) or the record has fields.
  if (!atFieldStart || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
