import Database from "better-sqlite3";
import { Prisma } from "../generated/prisma/browser";
import type { DatabaseRows } from "./rows";

/**
 * Writes every row in one SQLite transaction through prepared statements.
 *
 * Prisma's createMany built one query plan per table from the whole array: at 1,000
 * documents (~500,000 rows) that took minutes and gigabytes. The values stored are the
 * ones Prisma's better-sqlite3 adapter stores: BigInt and numbers as INTEGER, booleans
 * as 0/1, DateTime as ISO 8601 text with "+00:00".
 */

/**
 * Each row set with its table and columns, parents before children (the foreign keys point upwards). The
 * columns are Prisma's generated field lists, so they follow prisma/schema.prisma.
 */
const TABLES: ReadonlyArray<readonly [keyof DatabaseRows, string, Readonly<Record<string, string>>]> = [
  ["districts", "District", Prisma.DistrictScalarFieldEnum],
  ["entities", "Entity", Prisma.EntityScalarFieldEnum],
  ["documents", "SourceDocument", Prisma.SourceDocumentScalarFieldEnum],
  ["tables", "BudgetTable", Prisma.BudgetTableScalarFieldEnum],
  ["lines", "BudgetLine", Prisma.BudgetLineScalarFieldEnum],
  ["amounts", "BudgetAmount", Prisma.BudgetAmountScalarFieldEnum],
  ["projects", "Project", Prisma.ProjectScalarFieldEnum],
  ["projectAmounts", "ProjectAmount", Prisma.ProjectAmountScalarFieldEnum],
  ["indicators", "Indicator", Prisma.IndicatorScalarFieldEnum],
  ["threePublic", "ThreePublicItem", Prisma.ThreePublicItemScalarFieldEnum],
  ["operating", "OperatingExpense", Prisma.OperatingExpenseScalarFieldEnum],
  ["narrative", "NarrativeFigure", Prisma.NarrativeFigureScalarFieldEnum],
  ["glossary", "GlossaryTerm", Prisma.GlossaryTermScalarFieldEnum],
  ["findings", "AuditFinding", Prisma.AuditFindingScalarFieldEnum],
  ["findingLocations", "FindingLocation", Prisma.FindingLocationScalarFieldEnum],
  ["metrics", "MetricValue", Prisma.MetricValueScalarFieldEnum],
  ["importRun", "ImportRun", Prisma.ImportRunScalarFieldEnum],
];

type SqlValue = string | number | bigint | Buffer | null;

function toSql(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(`cannot store ${typeof value} in SQLite`);
}

function rowsOf(rows: DatabaseRows, key: keyof DatabaseRows): Array<Record<string, unknown>> {
  const value: unknown = rows[key];
  return (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>;
}

/** Replaces the whole stored corpus with `rows`: all or nothing. `onTable` hears of each table before its rows are written. */
export function writeRows(file: string, rows: DatabaseRows, onTable: (table: string) => void = () => {}): void {
  const db = new Database(file);
  try {
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 60000");
    const replace = db.transaction(() => {
      // Children first.
      for (const [, table] of [...TABLES].reverse()) db.prepare(`DELETE FROM "${table}"`).run();
      for (const [key, table, fields] of TABLES) {
        const list = rowsOf(rows, key);
        if (list.length === 0) continue;
        onTable(table);
        const columns = Object.values(fields);
        const insert = db.prepare(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        );
        for (const row of list) insert.run(columns.map((c) => toSql(row[c])));
      }
    });
    replace.immediate();
  } finally {
    db.close();
  }
}

export interface StoredDocument {
  fileName: string;
  sha256: string;
  byteLength: number;
  text: string;
  format: string;
  pageMapJson: string | null;
  originalBytes: Uint8Array | null;
  sourceUrl: string | null;
  publisher: string | null;
  publishedOn: string | null;
}

/** The stored documents with what a partial import needs to re-audit them with the new ones. */
export function readStoredDocuments(file: string): StoredDocument[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db
      .prepare(`SELECT "fileName", "sha256", "byteLength", "text", "format", "pageMapJson", "originalBytes", "sourceUrl", "publisher", "publishedOn" FROM "SourceDocument" ORDER BY "id"`)
      .all() as StoredDocument[];
  } finally {
    db.close();
  }
}
