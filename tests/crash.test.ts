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

// SIGKILL the import CLI at seeded random points; the database must afterwards be the
// old one or the new one, never a mix, and pass SQLite's integrity check.
const TRIALS = 20;
const DOCUMENTS = 150;
const draw = new Draw("crash-test");

const scratch = mkdtempSync(path.join(tmpdir(), "budget-crash-"));
const corpus = path.join(scratch, "corpus");

interface Run {
  /** Milliseconds from spawn to exit (or kill). */
  elapsedMs: number;
  /** Milliseconds from spawn until the rollback journal appeared (the write transaction began), if seen. */
  journalAtMs: number | null;
  killed: boolean;
  /** The journal existed when the process was killed: it died inside the write transaction. */
  killedInTransaction: boolean;
}

/** Runs the import CLI on `dbFile`; kills it `killAfterMs` after spawn, or that long after the journal appears. */
function runCli(dbFile: string, kill: { afterMs: number; afterJournal: boolean } | null): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${dbFile}`, SOURCES_DIR: corpus };
  delete env.REVALIDATE_URL;
  const journal = `${dbFile}-journal`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-import.ts"], { cwd: ROOT, env, stdio: "ignore" });
    let journalAtMs: number | null = null;
    let killed = false;
    let killedInTransaction = false;
    let killAt = kill && !kill.afterJournal ? started + kill.afterMs : Number.POSITIVE_INFINITY;
    const poll = setInterval(() => {
      const now = performance.now();
      if (journalAtMs === null && existsSync(journal)) {
        journalAtMs = now - started;
        if (kill?.afterJournal) killAt = now + kill.afterMs;
      }
      if (!killed && now >= killAt) {
        killedInTransaction = existsSync(journal);
        killed = child.kill("SIGKILL");
      }
    }, 1);
    child.on("error", reject);
    child.on("exit", () => {
      clearInterval(poll);
      resolve({ elapsedMs: performance.now() - started, journalAtMs, killed, killedInTransaction });
    });
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

describe("a crash during import", { timeout: 120_000 }, () => {
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
    assert.ok(full.journalAtMs !== null, "the import's write transaction was seen");
  });

  it(`leaves the old or the new database after SIGKILL at ${TRIALS} random points`, async () => {
    const outcomes: string[] = [];
    let inTransaction = 0;
    const total = full.elapsedMs;
    const journalAt = full.journalAtMs ?? total;
    const window = Math.max(1, total - journalAt);
    for (let trial = 0; trial < TRIALS; trial++) {
      // Even trials: anywhere from spawn to a little past the end (stratified, seeded).
      // Odd trials: inside the write window, timed from the journal's appearance.
      const u = draw.int(`trial-${trial}`, 0, 999) / 1000;
      const kill =
        trial % 2 === 0
          ? { afterMs: (((trial / 2 + u) / (TRIALS / 2)) * 1.15) * total, afterJournal: false }
          : { afterMs: u * window * 0.9, afterJournal: true };
      const file = path.join(scratch, `trial-${trial}.db`);
      copyFileSync(oldFile, file);
      const run = await runCli(file, kill);
      if (run.killedInTransaction) inTransaction++;
      assert.equal(integrity(file), "ok", `trial ${trial}: integrity`);
      const after = dump(file, { ignoreImportTime: true });
      const outcome = after === oldDump ? "old" : after === newDump ? "new" : "MIXED";
      outcomes.push(`${trial}:${kill.afterJournal ? "tx+" : ""}${Math.round(kill.afterMs)}ms→${run.killed ? "killed" : "finished"}${run.killedInTransaction ? " in transaction" : ""}→${outcome}`);
      assert.notEqual(outcome, "MIXED", `trial ${trial}: the database is neither the old nor the new one`);
      rmSync(file, { force: true });
    }
    console.log(`# full import ${Math.round(total)} ms (write transaction from ${Math.round(journalAt)} ms); ${outcomes.join(", ")}`);
    assert.ok(inTransaction >= 1, "at least one kill landed inside the write transaction");
    assert.ok(outcomes.some((o) => o.endsWith("old")), "some trial was killed before the commit");
  });
});
