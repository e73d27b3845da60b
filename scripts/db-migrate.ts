/**
 * Offline replacement for `prisma migrate deploy` and `prisma migrate dev --create-only`.
 *
 *   db-migrate.ts deploy         apply every folder of prisma/migrations to DATABASE_URL
 *   db-migrate.ts create <name>  write prisma/migrations/<UTC timestamp>_<name>/migration.sql
 *
 * Prisma 7's CLI downloads a native schema engine, which this machine and CI cannot reach.
 * The same engine ships as WebAssembly in @prisma/schema-engine-wasm; driven through the
 * better-sqlite3 driver adapter it writes `_prisma_migrations` the way the CLI does, so the
 * folder stays in Prisma's standard layout and an ordinary `prisma migrate deploy` elsewhere
 * sees these migrations as applied. That package's API is internal to Prisma: keep its
 * version pinned exactly in package.json. Needs `node --experimental-wasm-modules` on Node 20.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import {
  SchemaEngine,
  type DiffTarget,
  type MigrationDirectory,
  type MigrationList,
  type SchemaContainer,
  type SchemaFilter,
} from "@prisma/schema-engine-wasm";
import { databaseFile, databaseUrl } from "../lib/db";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Same locations as prisma.config.ts; the database file as lib/db.ts resolves it.
const SCHEMA_FILE = "prisma/schema.prisma";
const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";
// prisma.config.ts declares no external tables or enums.
const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

declare global {
  // The wasm panic hook reports the Rust panic message here before the module traps.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic: string | undefined;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
  },
};

/** A failure whose message is already fit for the user. */
class UsageError extends Error {}

/** The SQLite file named by DATABASE_URL, resolved as the app resolves it (lib/db.ts). */
function databaseFileOrExit(): string {
  try {
    return databaseFile(databaseUrl());
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The migrations folder as the engine wants it, read the way Prisma's CLI reads it. */
function listMigrations(): MigrationList {
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
  const directories: MigrationDirectory[] = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        // Prisma sorts with localeCompare; the timestamp prefixes make that chronological.
        .sort((a, b) => a.localeCompare(b))
        .map((name) => {
          const file = path.join(MIGRATIONS_DIR, name, MIGRATION_FILE);
          let content: MigrationDirectory["migrationFile"]["content"];
          try {
            content = { tag: "ok", value: fs.readFileSync(file, "utf8") };
          } catch (error) {
            // The engine reports an unreadable migration itself, naming the folder.
            content = { tag: "error", value: error instanceof Error ? error.message : String(error) };
          }
          return { path: name, migrationFile: { path: MIGRATION_FILE, content } };
        })
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories,
  };
}

/** A wasm schema engine working on the SQLite file `file` (created on first use). */
async function openEngine(file: string, schema?: SchemaContainer): Promise<SchemaEngine> {
  const adapter = new PrismaBetterSqlite3(
    { url: `file:${file}` },
    // The native engine stores _prisma_migrations timestamps as integer milliseconds;
    // the adapter's default would write ISO text. Both read back, but match the CLI.
    { timestampFormat: "unixepoch-ms" },
  );
  const log = (line: string): void => {
    if (process.env.DB_MIGRATE_DEBUG) process.stderr.write(`${line}\n`);
  };
  return SchemaEngine.new(
    // `datamodels` must be undefined or non-empty.
    { datamodels: schema ? [[schema.path, schema.content]] : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}

async function deploy(): Promise<void> {
  const file = databaseFileOrExit();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const migrations = listMigrations();
  const engine = await openEngine(file);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrations, filters: FILTERS });
    for (const name of appliedMigrationNames) console.log(`applied ${name}`);
    const total = migrations.migrationDirectories.length;
    const relative = path.relative(process.cwd(), file);
    const where = relative.startsWith("..") ? file : relative;
    console.log(
      appliedMigrationNames.length === 0
        ? `${where}: up to date, ${total} migration(s), none to apply`
        : `${where}: applied ${appliedMigrationNames.length} of ${total} migration(s)`,
    );
  } finally {
    engine.free();
  }
}

/** Folder-name part from a user-given name, as Prisma's CLI slugifies it (roughly). */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

async function create(rawName: string | undefined): Promise<void> {
  const name = slug(rawName ?? "");
  if (name === "") throw new UsageError("usage: npm run db:migration:create -- <name>  (letters, digits, _)");
  const schema: SchemaContainer = {
    path: SCHEMA_FILE,
    content: fs.readFileSync(path.join(ROOT, SCHEMA_FILE), "utf8"),
  };
  const migrations = listMigrations();

  // `createMigration` and a `migrations` diff target both need a shadow database, which
  // the wasm engine cannot create for SQLite. Replay the history into a scratch file
  // instead and diff from that live database (`schemaDatasource` reads it through the
  // adapter; its `_prisma_migrations` table is ignored).
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "db-migrate-"));
  let script: string | null = null;
  try {
    const engine = await openEngine(path.join(scratch, "replay.db"), schema);
    try {
      let from: DiffTarget = { tag: "empty" };
      if (migrations.migrationDirectories.length > 0) {
        await engine.applyMigrations({ migrationsList: migrations, filters: FILTERS });
        from = { tag: "schemaDatasource", files: [schema], configDir: ROOT };
      }
      // exitCode: true makes the engine report 2 when there is a difference, 0 when none.
      const result = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: true,
        filters: FILTERS,
      });
      if (result.exitCode === 2) script = result.stdout ?? "";
    } finally {
      engine.free();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  if (script === null) {
    console.log("no changes");
    return;
  }
  // UTC yyyymmddHHMMSS, as the engine names migration folders.
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name}`;
  const dir = path.join(MIGRATIONS_DIR, folder);
  if (fs.existsSync(dir)) throw new UsageError(`${path.relative(ROOT, dir)} already exists`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, MIGRATION_FILE), script, "utf8");
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
  if (!fs.existsSync(lockPath)) {
    // Prisma's own lockfile text.
    fs.writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
      "utf8",
    );
  }
  console.log(`created ${path.relative(ROOT, path.join(dir, MIGRATION_FILE))}`);
}

/** One plain line for any failure: engine errors carry a Rust span trace after the message. */
function describe(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof WebAssembly.RuntimeError && lastPanic !== undefined) {
    return `schema engine panicked: ${lastPanic}`.replace(/\s+/g, " ").trim();
  }
  const message = error instanceof Error ? error.message : String(error);
  let text = message.split(/\n\s+0: /)[0] ?? message;
  // A failing migration is named only in the trace (the wasm engine gives no P3018 text).
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  if (migration !== undefined && !text.includes(migration)) text += ` (migration ${migration})`;
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string" && !text.includes(error.code)
      ? `${error.code} `
      : "";
  return `${code}${text}`.replace(/\s+/g, " ").trim();
}

function fail(error: unknown): never {
  console.error(`db-migrate: ${describe(error)}`);
  process.exit(1);
}

// Malformed engine input is thrown from inside the wasm task queue, not as a rejection.
process.on("uncaughtException", fail);

const [command, name] = process.argv.slice(2);
try {
  if (command === "deploy") await deploy();
  else if (command === "create") await create(name);
  else throw new UsageError("usage: db-migrate.ts deploy | create <name>");
} catch (error) {
  fail(error);
}
