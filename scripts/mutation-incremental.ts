// Keeps StrykerJS's incremental mode honest about test changes. Stryker sees the file each test is declared
// in, not the helpers, fixtures and golden tables those files import, so it cannot tell that one of those
// changed and would reuse a survivor's old result. Before a run (no argument): if any file under tests/
// changed since the last run, drop the survivors and uncovered mutants from the incremental file so they
// are tested again (killed mutants of unchanged code stay killed; `-- --force` re-tests everything).
// After a run (`--stamp`): record the hash tests/ had when the run started (a test edited during the run still
// counts as changed next time).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const REPORTS = path.join(ROOT, "reports", "mutation");
const INCREMENTAL = path.join(REPORTS, "stryker-incremental.json");
const STAMP = path.join(REPORTS, "tests.sha256");
const STARTED = path.join(REPORTS, "tests.sha256.started");

function testsHash(): string {
  const hash = createHash("sha256");
  const files = readdirSync(path.join(ROOT, "tests"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`${path.relative(ROOT, file)}\n`).update(readFileSync(file));
  return hash.digest("hex");
}

interface IncrementalReport {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}

const current = testsHash();
if (process.argv.includes("--stamp")) {
  if (existsSync(STARTED)) renameSync(STARTED, STAMP);
} else {
  writeFileSync(STARTED, `${current}\n`);
}
if (!process.argv.includes("--stamp") && existsSync(INCREMENTAL) && (!existsSync(STAMP) || readFileSync(STAMP, "utf8").trim() !== current)) {
  const report = JSON.parse(readFileSync(INCREMENTAL, "utf8")) as IncrementalReport;
  let dropped = 0;
  for (const file of Object.values(report.files)) {
    const kept = file.mutants.filter((m) => m.status !== "Survived" && m.status !== "NoCoverage");
    dropped += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  writeFileSync(INCREMENTAL, JSON.stringify(report));
  console.log(`tests/ changed since the last mutation run: ${dropped} surviving or uncovered mutants will be tested again`);
}
