import type { Classification, ThreePublicPart } from "../domain/budget-tables";
import type { DocumentKind, EntityKind, Scope as StoredScope } from "../domain/enums";
import type { ProjectAmountField } from "../domain/projects";
import type { MoneyReading, Unit } from "../money";

export type { Classification, DocumentKind, EntityKind, ProjectAmountField, ThreePublicPart };
/** A budget document covers a department (部门) or one unit (单位); a project sheet counts as its department. */
export type Scope = Exclude<StoredScope, "项目">;

/** "pdf": the canonical text rendering of a PDF (lib/parse/pdf), table rows with every grid column. */
export type Layout = "tsv" | "lines" | "markdown" | "pdf";

/** Where a figure comes from: 1-based line of the original file and that line's text. */
export interface Provenance {
  sourceLine: number;
  rawText: string;
}

export interface DocumentMeta {
  districtNameZh: string;
  districtSlug: string;
  year: number;
  kind: DocumentKind;
  scope: Scope;
  phase: "预算";
  layout: Layout;
  title: string;
  titleLine: number;
  /** The unit the document is published for. */
  entityName: string;
  entityKind: EntityKind;
}

export interface TocEntry extends Provenance {
  tableNo: number;
  /** Year as printed in the entry, if any. */
  year: number | null;
  title: string;
}

export interface AmountCell {
  column: string;
  columnIndex: number;
  money: MoneyReading;
  sourceLine: number;
}

/**
 * A code part printed with the wrong number of digits (a 类 "7" where the column
 * means 210), read from the rows above. The printed text stays beside the reading.
 */
export interface CodeReading {
  part: "类" | "款" | "项";
  /** The part as printed; null when its cell is blank. */
  printed: string | null;
  readAs: string;
  /** The row the reading was taken from. */
  basisLine: number;
  /** All code cells of the row as printed, space-separated ("7 11 02"). */
  codeAsPrinted: string;
  readingNote: string;
}

export interface ParsedLine extends Provenance {
  tableNo: number;
  classification: Classification;
  side: "收入" | "支出" | null;
  code: string | null;
  codeLei: string | null;
  codeKuan: string | null;
  codeXiang: string | null;
  level: number;
  name: string;
  isTotal: boolean;
  amounts: AmountCell[];
  /** Present when a code part was misprinted: code, codeLei… hold the reading chosen. */
  codeReading?: CodeReading;
}

export interface ParsedTable {
  tableNo: number;
  title: string;
  titleLine: number;
  /** Year printed in the title, if any. */
  titleYear: number | null;
  unit: Unit;
  classification: Classification;
  columns: string[];
  note: (Provenance & { year: number | null }) | null;
  /** Lines at which the table continues after a repeated header (split across pages). */
  continuationLines: number[];
  lines: ParsedLine[];
  /** Last line of the table region (for "cut short" findings). */
  endLine: number;
}

export interface ProjectAmount extends Provenance {
  field: ProjectAmountField;
  money: MoneyReading;
}

export interface ParsedIndicator extends Provenance {
  level1: string | null;
  level2: string | null;
  level3: string;
  value: string;
}

export interface ParsedProject extends Provenance {
  name: string;
  nameAsPrinted: string;
  supervisor: string | null;
  implementer: string | null;
  category: string | null;
  nature: string | null;
  startDate: string | null;
  endDate: string | null;
  unit: Unit;
  amounts: ProjectAmount[];
  indicators: ParsedIndicator[];
}

export interface ThreePublicCell extends Provenance {
  part: ThreePublicPart;
  label: string;
  /** null when the cell is blank. */
  money: MoneyReading | null;
  asPublished: string;
}

export interface OperatingCell extends Provenance {
  label: string;
  money: MoneyReading;
}

export interface NarrativeFigure extends Provenance {
  section: string | null;
  subject: string;
  money: MoneyReading;
  change: {
    direction: "increase" | "decrease" | "flat";
    money: MoneyReading | null;
    priorYear: number;
  } | null;
  /** Percentages the text states about this figure (a rate of change, its share of a whole). */
  percents: NarrativePercent[];
}

/** Another figure of the explanatory text that a percentage refers to. */
export interface NarrativeAmount extends Provenance {
  subject: string;
  money: MoneyReading;
}

/**
 * A percentage stated about a figure: a rate ("比上年预算增加 3,375,932.16 元，增长 2.31%"; "…执行数为 1.48 万元，
 * 2023年预算安排 2.63 万元，比2022年预算执行数增加 77.70%") or a share ("基本支出为 15,982,307.82 元，占 10.67%").
 */
export interface NarrativePercent extends Provenance {
  kind: "rate" | "share";
  /** The number as printed, without the % sign ("2.31", "100"). */
  asPrinted: string;
  /** A rate's direction word (增长/增加 → increase, 减少/下降 → decrease); null for a share. */
  direction: "increase" | "decrease" | null;
  /** A rate's base when the sentence prints it (a prior year's 预算执行数); null: the figure less its change. */
  base: NarrativeAmount | null;
  /** A share's whole: the figure the paragraph's 其中 divides, or the one named after 占; null when none is stated. */
  whole: NarrativeAmount | null;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  sourceLine: number;
}

export interface ParsedDocument {
  fileName: string;
  sha256: string;
  byteLength: number;
  /** The text parsed: the file's text, or a PDF's canonical rendering. */
  text: string;
  lineCount: number;
  /** 1-based page of each line of `text` for a PDF (pageOfLine[i] is the page of line i + 1); null for a text file. */
  pageOfLine: number[] | null;
  meta: DocumentMeta;
  toc: TocEntry[];
  tables: ParsedTable[];
  projects: ParsedProject[];
  threePublic: ThreePublicCell[];
  operating: OperatingCell | null;
  narrative: NarrativeFigure[];
  glossary: GlossaryEntry[];
}

/** Bad input: names the file, the 1-based line and, for a PDF, the page. */
export class SourceError extends Error {
  constructor(
    readonly fileName: string,
    readonly line: number | null,
    readonly reason: string,
    readonly page: number | null = null,
  ) {
    super(`${fileName}${line === null ? "" : `:${line}`}${page === null ? "" : ` (page ${page})`}: ${reason}`);
    this.name = "SourceError";
  }
}
