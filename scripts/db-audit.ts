// Lists the arithmetic findings stored by the last import: `npm run db:audit [-- --json]`.
import { listDocuments, listFindings } from "../lib/data";
import { documentLabeller } from "../lib/view/document-label";
import { findingText } from "../lib/view/finding-text";

const json = process.argv.includes("--json");
try {
  const [findings, documents] = await Promise.all([listFindings(), listDocuments()]);
  const label = documentLabeller(documents);
  if (json) {
    console.log(JSON.stringify(findings.map((f) => ({ ...f, text: findingText(f, label) })), null, 2));
  } else {
    for (const f of findings) {
      const text = findingText(f, label);
      const where = [...new Set(f.locations.map((l) => `${l.file}:${l.line}`))].join(", ");
      const cause = f.causeId ? `  (follows from ${f.causeId})` : "";
      console.log(`${f.severity.toUpperCase().padEnd(7)} ${f.id}  [${f.check}] ${text.title}${cause}\n        ${text.message}\n        at ${where}`);
    }
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    const roots = findings.filter((f) => f.causeId === null).length;
    console.log(`${findings.length} findings: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} info; ${roots} root causes`);
  }
} catch (error) {
  console.error(`audit failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
