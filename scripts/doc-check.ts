// Thin CLI: reads any Shanghai 区级 部门预算, 单位预算 or 项目绩效目标表 (text layout or PDF), of any department,
// and prints what it understood and the audit's findings, without touching the database.
//   npm run -s doc:check -- FILE… [--json]
// Exit 0 when every document was understood (findings or not), 1 when one could not be read, 2 on bad usage.
import { readFileSync } from "node:fs";
import path from "node:path";
import { documentSummary } from "../lib/check/human";
import { checkDocument, type CheckedDocument } from "../lib/check/report";
import { SourceError } from "../lib/parse";

const USAGE = "usage: npm run -s doc:check -- FILE… [--json]\n  reads 部门预算, 单位预算 and 项目绩效目标表 (.txt, .md or .pdf) and prints tables, totals, 三公经费, 机关运行经费 and findings";

interface CheckError {
  file: string;
  page: number | null;
  line: number | null;
  message: string;
}

const args = process.argv.slice(2);
const json = args.includes("--json");
const files = args.filter((a) => a !== "--json");
const unknown = files.filter((a) => a.startsWith("-"));
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
} else if (files.length === 0 || unknown.length > 0) {
  console.error(unknown.length > 0 ? `doc:check: unknown option ${unknown.join(" ")}\n${USAGE}` : USAGE);
  process.exitCode = 2;
} else {
  const documents: CheckedDocument[] = [];
  const errors: CheckError[] = [];
  for (const file of files) {
    const fileName = path.basename(file);
    const started = performance.now();
    try {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new SourceError(fileName, null, `the file cannot be read (${file})`);
      }
      const report = await checkDocument(fileName, bytes);
      documents.push(report);
      if (!json) console.log(`${documentSummary(report, (performance.now() - started) / 1000)}\n`);
    } catch (error) {
      const failure: CheckError =
        error instanceof SourceError
          ? { file: fileName, page: error.page, line: error.line, message: error.message }
          : { file: fileName, page: null, line: null, message: `${fileName}: ${error instanceof Error ? error.message : String(error)}` };
      errors.push(failure);
      console.error(`doc:check: cannot read ${failure.message}`);
    }
  }
  if (json) console.log(JSON.stringify({ documents, errors }, null, 2));
  else console.log(`${documents.length} of ${files.length} documents read${errors.length > 0 ? `; ${errors.length} could not be read (see above)` : ""}`);
  process.exitCode = errors.length > 0 ? 1 : 0;
}
