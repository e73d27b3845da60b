import { SourceError, type CodeReading, type ParsedLine } from "./types";

/** The parts of a classification code and their digits: 类 3, 款 2, 项 2 ("2101301"). */
const PARTS = [
  { part: "类", digits: 3 },
  { part: "款", digits: 2 },
  { part: "项", digits: 2 },
] as const;

export interface ReadCode {
  lei: string | null;
  kuan: string | null;
  xiang: string | null;
  level: number;
  reading: CodeReading | null;
}

function describe(line: ParsedLine): string {
  return `line ${line.sourceLine}: ${[line.codeLei, line.codeKuan, line.codeXiang].filter((c) => c !== null).join(" ")} ${line.name}`;
}

/**
 * The row above that gives a misprinted part its reading: for a 类, the nearest row
 * with the same 款 (its parent 款 row), else the nearest 类 row; for a 款, the nearest
 * 款 row of the same 类.
 */
function basisFor(partIndex: number, printed: Array<string | null>, above: ParsedLine[]): { value: string; line: ParsedLine; why: string } | null {
  for (let k = above.length - 1; k >= 0; k--) {
    const line = above[k];
    if (!line || line.isTotal || line.codeReading) continue;
    if (partIndex === 0) {
      const kuan = printed[1];
      if (kuan && line.codeKuan === kuan && line.codeLei) return { value: line.codeLei, line, why: `the 类 of the 款 ${kuan} row above` };
    } else if (partIndex === 1) {
      if (line.codeLei === printed[0] && line.level === 2 && line.codeKuan) return { value: line.codeKuan, line, why: `the 款 of the ${printed[0]} row above` };
    }
  }
  if (partIndex === 0) {
    for (let k = above.length - 1; k >= 0; k--) {
      const line = above[k];
      if (line && !line.isTotal && line.level === 1 && line.codeLei && !line.codeReading) return { value: line.codeLei, line, why: "the 类 of the 类 row above" };
    }
  }
  return null;
}

/**
 * Reads a row's printed code parts (类, 款, 项 in order; null for a blank cell).
 * A part printed with the wrong number of digits (a 类 "7" where the column means 210)
 * is read from the rows above and the printed text kept beside the reading: the
 * audit reports it. A part that cannot be read so is an error.
 */
export function readCode(fileName: string, lineNo: number, tableNo: number, printed: Array<string | null>, maxParts: number, above: ParsedLine[]): ReadCode {
  if (printed.length > maxParts) {
    throw new SourceError(fileName, lineNo, `table ${tableNo}: ${printed.length} code cells, but its codes have at most ${maxParts} parts`);
  }
  const last = printed.reduce((at, p, i) => (p !== null ? i : at), -1);
  const read: Array<string | null> = printed.slice(0, last + 1);
  let reading: CodeReading | null = null;
  for (let i = 0; i <= last; i++) {
    const spec = PARTS[i];
    const value = read[i] ?? null;
    if (!spec || (value !== null && value.length === spec.digits)) continue;
    const basis = i < 2 ? basisFor(i, read, above) : null;
    const shown = value === null ? "blank" : `"${value}"`;
    if (!basis || reading) {
      throw new SourceError(fileName, lineNo, `table ${tableNo}: the ${spec.part} code is printed ${shown}, where ${spec.digits} digits belong, and no row above tells how to read it`);
    }
    read[i] = basis.value;
    const codeAsPrinted = printed.map((p) => p ?? "").join(" ").trim();
    reading = {
      part: spec.part,
      printed: value,
      readAs: basis.value,
      basisLine: basis.line.sourceLine,
      codeAsPrinted,
      readingNote: `${spec.part} printed ${shown}; read as ${basis.value}, ${basis.why} (${describe(basis.line)})`,
    };
  }
  return { lei: read[0] ?? null, kuan: read[1] ?? null, xiang: read[2] ?? null, level: last + 1, reading };
}
