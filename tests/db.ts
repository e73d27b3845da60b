import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { ROOT } from "./helpers";

let template: string | undefined;

/** A new SQLite file with the project's migrations applied (migrated once, then copied). */
export function freshDatabase(): { file: string; url: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "budget-test-"));
  if (!template) {
    template = path.join(dir, "template.db");
    execFileSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db-migrate.ts", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${template}` },
      stdio: "pipe",
    });
  }
  const file = path.join(dir, "budget.db");
  copyFileSync(template, file);
  return { file, url: `file:${file}` };
}

/** Every row of every table, in a stable order, as text: equal dumps mean equal databases. */
export function dump(file: string, options: { ignoreImportTime?: boolean } = {}): string {
  const db = new Database(file, { readonly: true });
  db.defaultSafeIntegers(true);
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name")
      .all() as Array<{ name: string }>;
    const out: string[] = [];
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all() as Array<Record<string, unknown>>;
      for (const row of rows) {
        if (options.ignoreImportTime && name === "ImportRun") delete row.importedAt;
        out.push(`${name} ${JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}`);
      }
    }
    return out.join("\n");
  } finally {
    db.close();
  }
}

export function count(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
