// Thin CLI: writes a synthetic corpus (first N documents of the fixed order) and its manifest.
//   node --import tsx scripts/generate-corpus.ts --out DIR [--count N] [--seed S]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus, MAX_DOCUMENTS } from "../lib/synthetic/corpus";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    count: { type: "string", default: "100" },
    seed: { type: "string", default: "1" },
  },
});

if (!values.out) {
  console.error(`usage: generate-corpus --out DIR [--count N (1–${MAX_DOCUMENTS})] [--seed S]`);
  process.exit(2);
}
const count = Number(values.count);
const started = performance.now();
const { documents, manifest } = generateCorpus({ count, seed: values.seed ?? "1" });
const dir = path.resolve(values.out);
mkdirSync(dir, { recursive: true });
// A stale document from an earlier, larger corpus would be imported with this one.
for (const name of readdirSync(dir)) {
  if (/\.(txt|md)$/i.test(name) || name === "manifest.json") rmSync(path.join(dir, name));
}
for (const doc of documents) writeFileSync(path.join(dir, doc.fileName), doc.bytes);
writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
const bytes = documents.reduce((n, d) => n + d.bytes.length, 0);
console.log(
  `wrote ${documents.length} documents (${(bytes / 1024 / 1024).toFixed(1)} MB), ${manifest.defects.length} planted defects, ${manifest.expectedFindings.length} expected findings to ${dir} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
);
