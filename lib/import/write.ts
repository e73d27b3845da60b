import Database from "better-sqlite3";
import type { DatabaseRows } from "./rows";

/**
 * Writes every row in one SQLite transaction through prepared statements.
 *
 * Prisma's createMany built one query plan per table from the whole array: at 1,000
 * documents (~500,000 rows) that took minutes and gigabytes. The values stored are the
 * ones Prisma's better-sqlite3 adapter stores: BigInt and numbers as INTEGER, booleans
 * as 0/1, DateTime as ISO 8601 text with "+00:00".
 */

/** Table of each row set, parents before children (the foreign keys point upwards). */
const TABLES: ReadonlyArray<readonly [keyof DatabaseRows, string]> = [
  ["districts", "District"],
  ["entities", "Entity"],
  ["documents", "SourceDocument"],
  ["tables", "BudgetTable"],
  ["lines", "BudgetLine"],
  ["amounts", "BudgetAmount"],
  ["projects", "Project"],
  ["projectAmounts", "ProjectAmount"],
  ["indicators", "Indicator"],
  ["threePublic", "ThreePublicItem"],
  ["operating", "OperatingExpense"],
  ["narrative", "NarrativeFigure"],
  ["glossary", "GlossaryTerm"],
  ["findings", "AuditFinding"],
  ["findingLocations", "FindingLocation"],
  ["metrics", "MetricValue"],
  ["importRun", "ImportRun"],
];

type SqlValue = string | number | bigint | Buffer | null;

function toSql(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || Buffer.isBuffer(value)) return value;
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
      for (const [key, table] of TABLES) {
        const list = rowsOf(rows, key);
        const first = list[0];
        if (!first) continue;
        onTable(table);
        const columns = Object.keys(first);
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

/** The stored documents' names, hashes and texts (for a partial import's re-audit). */
export function readStoredDocuments(file: string): Array<{ fileName: string; sha256: string; byteLength: number; text: string }> {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.prepare(`SELECT "fileName", "sha256", "byteLength", "text" FROM "SourceDocument" ORDER BY "id"`).all() as Array<{
      fileName: string;
      sha256: string;
      byteLength: number;
      text: string;
    }>;
  } finally {
    db.close();
  }
}
