// Lists the arithmetic findings stored by the last import: `npm run db:audit [-- --json]`.
import { listFindings } from "../lib/data";

const json = process.argv.includes("--json");
try {
  const findings = await listFindings();
  if (json) {
    console.log(JSON.stringify(findings, null, 2));
  } else {
    for (const f of findings) {
      const where = f.locations.map((l) => `${l.file}:${l.line}`).join(", ");
      console.log(`${f.severity.toUpperCase().padEnd(7)} ${f.id}  [${f.check}] ${f.title}\n        ${f.message}\n        at ${where}`);
    }
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    console.log(`${findings.length} findings: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} info`);
  }
} catch (error) {
  console.error(`audit failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
