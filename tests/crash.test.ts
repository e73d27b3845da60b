import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { runImport } from "../lib/import";
import { Draw } from "../lib/synthetic/random";
import { generateCorpus } from "../lib/synthetic/corpus";
import { dump, freshDatabase } from "./db";
import { ROOT, SOURCES_DIR } from "./helpers";

// SIGKILL the import CLI at seeded points of its progress (the lines it prints: each document parsed,
// the audit, each table written, the commit); the database must afterwards be the old one or the new
// one, never a mix, and pass SQLite's integrity check. Kill points follow progress, not the clock, so a
// slow or busy machine moves them nowhere.
const TRIALS = Number(process.env.CRASH_TRIALS ?? 20);
const DOCUMENTS = 150;
const draw = new Draw("crash-test");

const scratch = mkdtempSync(path.join(tmpdir(), "budget-crash-"));
const corpus = path.join(scratch, "corpus");

interface Run {
  /** The progress lines the import printed before it exited or was killed. */
  lines: string[];
  killed: boolean;
  /** The rollback journal existed when the process was killed: it died inside the write transaction. */
  killedInTransaction: boolean;
}

/** Runs the import CLI on `dbFile`; with `killAtLine`, SIGKILLs it as soon as it prints that progress line (0-based). */
function runCli(dbFile: string, killAtLine: number | null): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${dbFile}`, SOURCES_DIR: corpus };
  delete env.REVALIDATE_URL;
  const journal = `${dbFile}-journal`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-import.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "ignore"] });
    const lines: string[] = [];
    let pending = "";
    let killed = false;
    let killedInTransaction = false;
    child.stdout?.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (!killed && killAtLine !== null && lines.length - 1 === killAtLine) {
          killedInTransaction = existsSync(journal);
          killed = child.kill("SIGKILL");
        }
      }
    });
    child.on("error", reject);
    child.on("exit", () => resolve({ lines, killed, killedInTransaction }));
  });
}

/** Opens the file read-write (rolling back a hot journal, as the next user would) and checks it. */
function integrity(file: string): string {
  const db = new Database(file);
  try {
    return (db.pragma("integrity_check") as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

describe("a crash during import", { timeout: 600_000 }, () => {
  let oldFile = "";
  let oldDump = "";
  let newDump = "";
  let full: Run;

  before(async () => {
    const { documents } = generateCorpus({ count: DOCUMENTS, seed: "crash" });
    rmSync(corpus, { recursive: true, force: true });
    mkdirSync(corpus, { recursive: true });
    for (const doc of documents) writeFileSync(path.join(corpus, doc.fileName), doc.bytes);
    // The old database: the five real documents.
    const db = freshDatabase();
    await runImport({ files: [], sourcesDir: SOURCES_DIR, databaseUrl: db.url });
    oldFile = db.file;
    oldDump = dump(oldFile, { ignoreImportTime: true });
    // The new database: the same, after an import that ran to the end.
    const done = path.join(scratch, "done.db");
    copyFileSync(oldFile, done);
    full = await runCli(done, null);
    newDump = dump(done, { ignoreImportTime: true });
    assert.notEqual(newDump, oldDump);
    assert.ok(full.lines.some((l) => l.startsWith("writing ")), "the import reports its write transaction");
    assert.ok(full.lines.includes("committed"), "the import reports its commit");
  });

  it(`leaves the old or the new database after SIGKILL at ${TRIALS} points of its progress`, async () => {
    const outcomes: string[] = [];
    let inTransaction = 0;
    const committedAt = full.lines.indexOf("committed");
    const writes = full.lines.flatMap((line, index) => (line.startsWith("writing ") && index < committedAt ? [index] : []));
    for (let trial = 0; trial < TRIALS; trial++) {
      // Even trials: anywhere from the first progress line to the last (stratified, seeded).
      // Odd trials: at one of the tables written inside the transaction.
      const u = draw.int(`trial-${trial}`, 0, 999) / 1000;
      const killAtLine =
        trial % 2 === 0
          ? Math.min(full.lines.length - 1, Math.floor(((trial / 2 + u) / Math.ceil(TRIALS / 2)) * full.lines.length))
          : (writes[Math.floor(u * writes.length)] ?? writes[0] ?? 0);
      const file = path.join(scratch, `trial-${trial}.db`);
      copyFileSync(oldFile, file);
      const run = await runCli(file, killAtLine);
      if (run.killedInTransaction) inTransaction++;
      assert.equal(integrity(file), "ok", `trial ${trial}: integrity`);
      const after = dump(file, { ignoreImportTime: true });
      const outcome = after === oldDump ? "old" : after === newDump ? "new" : "MIXED";
      const at = full.lines[killAtLine] ?? "";
      outcomes.push(`${trial}:"${at.slice(0, 24)}"→${run.killed ? "killed" : "finished"}${run.killedInTransaction ? " in transaction" : ""}→${outcome}`);
      assert.notEqual(outcome, "MIXED", `trial ${trial}: the database is neither the old nor the new one`);
      if (killAtLine < committedAt) assert.equal(outcome, "old", `trial ${trial}: killed at "${at}", before the commit, yet the database changed`);
      rmSync(file, { force: true });
    }
    console.log(`# ${full.lines.length} progress lines (write transaction: lines ${writes[0]}–${committedAt}); ${outcomes.join(", ")}`);
    assert.ok(inTransaction >= 1, "at least one kill landed inside the write transaction");
    assert.ok(outcomes.some((o) => o.endsWith("old")), "some trial was killed before the commit");
  });
});
