// Prints the mutation score per folder of lib/ from reports/mutation/mutation.json (written by StrykerJS,
// npm run test:mutation), the target each folder is held to (docs/testing.md) and the money code's survivors.
import { readFileSync } from "node:fs";
import path from "node:path";

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: "Killed" | "Survived" | "NoCoverage" | "Timeout" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

/** Folders held to a score (docs/testing.md); the money code (reading, converting, comparing amounts) to no survivor. */
const TARGETS: Record<string, number> = {
  "lib/parse": 85,
  "lib/audit": 85,
  "lib/metrics": 85,
  "lib/money.ts": 85,
  "lib/csv": 85,
  "lib/view": 85,
  "lib/dashboard": 85,
};
const MONEY_CODE = ["lib/money.ts", "lib/dashboard/decimal-format.ts"];

const reportFile = path.resolve(import.meta.dirname, "..", "reports", "mutation", "mutation.json");
const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report;

/** lib/<folder> for files in a folder of lib/, the file itself for lib/*.ts. */
const groupOf = (file: string): string => {
  const parts = file.split("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : file;
};

interface Tally {
  detected: number;
  undetected: number;
  survivors: Array<{ file: string; mutant: Mutant }>;
}
const groups = new Map<string, Tally>();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  const tally = groups.get(groupOf(relative)) ?? { detected: 0, undetected: 0, survivors: [] };
  for (const mutant of mutants) {
    if (mutant.status === "Killed" || mutant.status === "Timeout") tally.detected++;
    if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
      tally.undetected++;
      tally.survivors.push({ file: relative, mutant });
    }
  }
  groups.set(groupOf(relative), tally);
}

const score = (t: Tally) => (t.detected + t.undetected === 0 ? 100 : (100 * t.detected) / (t.detected + t.undetected));
console.log("\nMutation score per folder (killed + timed out) / (killed + timed out + survived + no coverage):");
for (const [group, tally] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const target = TARGETS[group];
  const verdict = target === undefined ? "" : score(tally) >= target ? `  target ${target} %: met` : `  target ${target} %: short by ${(target - score(tally)).toFixed(2)} points`;
  console.log(`  ${group.padEnd(22)} ${score(tally).toFixed(2).padStart(6)} %  (${tally.detected} detected, ${tally.undetected} undetected)${verdict}`);
}
const moneySurvivors = [...groups.values()].flatMap((t) => t.survivors).filter((s) => MONEY_CODE.includes(s.file));
console.log(`\nSurvivors in the money code (${MONEY_CODE.join(", ")}; target none): ${moneySurvivors.length}`);
for (const { file, mutant } of moneySurvivors) {
  console.log(`  ${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} ${mutant.status} → ${JSON.stringify(mutant.replacement ?? "").slice(0, 80)}`);
}
