import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { audit } from "../lib/audit";
import { resolveMetrics } from "../lib/metrics/resolve";
import { parseDocument } from "../lib/parse";
import { generateCorpus, sortFindings, type CorpusManifest, type ExpectedFinding } from "../lib/synthetic/corpus";
import { ROOT } from "./helpers";

const COUNT = 40;
const SEED = "test-seed";

// Generate through the CLI into a temp folder, then read the folder as the import would.
const dir = mkdtempSync(path.join(tmpdir(), "budget-synthetic-"));
execFileSync(process.execPath, ["--import", "tsx", "scripts/generate-corpus.ts", "--out", dir, "--count", String(COUNT), "--seed", SEED], {
  cwd: ROOT,
  stdio: "pipe",
});
const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as CorpusManifest;
const files = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
const docs = files.map((name) => parseDocument(name, readFileSync(path.join(dir, name))));
const { findings } = audit(docs);
const key = (f: ExpectedFinding) => `${f.check} @ ${f.fileName}:${f.line}`;

describe("synthetic corpus", () => {
  it("writes the requested number of documents with unique names and bytes", () => {
    assert.equal(files.length, COUNT);
    assert.equal(manifest.documents.length, COUNT);
    assert.equal(new Set(docs.map((d) => d.sha256)).size, COUNT);
    assert.deepEqual(manifest.documents.map((d) => d.fileName).sort(), files);
  });

  it("covers both budget layouts and both project-sheet layouts", () => {
    const kinds = new Set(docs.map((d) => `${d.meta.kind}/${d.meta.layout}`));
    assert.deepEqual([...kinds].sort(), ["单位预算/markdown", "绩效目标表/lines", "绩效目标表/tsv", "部门预算/tsv"]);
    const continued = docs.filter((d) => d.tables.some((t) => t.continuationLines.length > 0));
    assert.ok(continued.length > 0, "a table split across pages with a repeated header");
  });

  it("plants defects, and the audit finds exactly them: every one, nothing else", () => {
    assert.ok(manifest.defects.length >= 5);
    // One per check and subject line: a misprinted row is reported once per amount column it breaks.
    const subjects = findings.map((f) => {
      const subject = f.locations.find((l) => l.role === "subject");
      return { check: f.check, fileName: subject?.fileName ?? "", line: subject?.line ?? 0 };
    });
    const got = sortFindings([...new Map(subjects.map((s) => [key(s), s])).values()]);
    assert.deepEqual(got.map(key), manifest.expectedFindings.map(key));
  });

  it("gives a disclosed value for each metric of each district-year with a 部门预算", () => {
    const metrics = resolveMetrics(docs, findings).records;
    const withBudget = new Set(docs.filter((d) => d.meta.kind === "部门预算").map((d) => `${d.meta.districtSlug}|${d.meta.year}`));
    assert.ok(withBudget.size >= 6);
    for (const districtYear of withBudget) {
      const [district, year] = districtYear.split("|");
      for (const metric of ["medical-assistance", "mutual-aid", "three-public", "operating-expenses"]) {
        const value = metrics.find((m) => m.districtSlug === district && m.year === Number(year) && m.metric === metric);
        assert.equal(value?.status, "disclosed", `${districtYear} ${metric}`);
        assert.ok(value?.amountFen !== null && (value?.amountFen ?? 0n) > 0n, `${districtYear} ${metric} amount`);
      }
    }
  });

  it("is deterministic, and a smaller count is a prefix of a larger one", () => {
    const small = generateCorpus({ count: 10, seed: SEED });
    const again = generateCorpus({ count: 10, seed: SEED });
    assert.deepEqual(small.documents.map((d) => d.sha256), again.documents.map((d) => d.sha256));
    assert.deepEqual(small.documents.map((d) => d.sha256), docs.slice(0, 10).map((d) => d.sha256));
    const other = generateCorpus({ count: 10, seed: `${SEED}-other` });
    assert.notDeepEqual(other.documents.map((d) => d.sha256), small.documents.map((d) => d.sha256));
  });
});
