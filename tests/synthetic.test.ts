import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { audit, CHECK_IDS, type Finding } from "../lib/audit";
import { METRICS } from "../lib/domain/metrics";
import { resolveMetrics } from "../lib/metrics/resolve";
import { parseDocument } from "../lib/parse";
import { DEFECT_DESCRIPTIONS, generateCorpus, type CorpusManifest, type ExpectedFinding } from "../lib/synthetic/corpus";
import { ROOT } from "./helpers";

// Twelve district-years: the generator plants every kind of defect once in its first 72 documents.
const COUNT = 72;
const SEED = "test-seed";
/**
 * More seeds and counts, checked in memory. Each count ends a district-year before the partner document of a
 * cross-document defect: 10 and 310 cut off the one-field-per-line sheet a bureau's tab-separated sheet
 * differs from (documents 8 + 150k and 10 + 150k), 67 the stand-alone sheets the 部门预算's 医疗救助 differs
 * from (66, 68), 160 the first of those again after a period of defects (158, 160).
 */
const MORE_CORPORA: ReadonlyArray<{ seed: string; counts: readonly number[] }> = [
  { seed: "bench", counts: [10, 67, 310] },
  { seed: "second-seed", counts: [160] },
];

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
const metrics = resolveMetrics(docs, findings);
const key = (f: ExpectedFinding) => `${f.check} @ ${f.fileName}:${f.line}`;

/** Where a finding is: its check and its subject (the first, where a finding has several). */
function at(f: Finding): ExpectedFinding {
  const subject = f.locations.find((l) => l.role === "subject");
  return { check: f.check, fileName: subject?.fileName ?? "", line: subject?.line ?? 0 };
}

/**
 * Findings by check and subject line (a misprinted row is reported once per amount column it breaks, and one
 * figure may be read by two metrics): "check @ file:line severity ← root", the root being the check and
 * subject of the finding each is grouped under, or its own where it is a root.
 */
function described(list: ReadonlyArray<ExpectedFinding & { severity: string; root: ExpectedFinding }>): string[] {
  return [...new Set(list.map((f) => `${key(f)} ${f.severity} ← ${key(f.root)}`))].sort();
}

/** The audit's and the metric resolution's findings, described as `described` does. */
function describedFindings(all: readonly Finding[]): string[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  return described(all.map((f) => ({ ...at(f), severity: f.severity, root: at(f.causeId ? (byId.get(f.causeId) ?? f) : f) })));
}

/** The manifest's expected findings, described as `described` does. */
function describedExpectations(expectations: CorpusManifest): string[] {
  return described(expectations.expectedFindings.map((f) => ({ ...f, root: f.cause ?? f })));
}

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

  it("plants every kind of defect, and a finding of every check but code-reading", () => {
    assert.deepEqual(new Set(manifest.defects.map((d) => d.defect)), new Set(Object.keys(DEFECT_DESCRIPTIONS)));
    const planted = new Set(manifest.expectedFindings.map((f) => f.check));
    assert.deepEqual(CHECK_IDS.filter((c) => !planted.has(c)), ["code-reading"]);
  });

  it("the audit and the metric resolution find exactly the manifest's findings, with their severity and root cause", () => {
    assert.deepEqual(describedFindings([...findings, ...metrics.findings]), describedExpectations(manifest));
  });

  it("finds exactly the manifest's findings for other seeds and for counts that end a district-year early", () => {
    for (const { seed, counts } of MORE_CORPORA) {
      // Parsed once at the largest count: a smaller count is a prefix (tested below).
      const largest = generateCorpus({ count: Math.max(...counts), seed });
      const parsed = largest.documents.map((d) => parseDocument(d.fileName, d.bytes));
      for (const count of counts) {
        const expectations = count === largest.manifest.count ? largest.manifest : generateCorpus({ count, seed }).manifest;
        const prefix = parsed.slice(0, count);
        const { findings: audited } = audit(prefix);
        const all = [...audited, ...resolveMetrics(prefix, audited).findings];
        assert.deepEqual(describedFindings(all), describedExpectations(expectations), `seed "${seed}", ${count} documents`);
      }
    }
  });

  it("reads each metric of each district-year from the source the generator names, at the amount it printed", () => {
    const disclosed = metrics.records.filter((r) => r.status === "disclosed");
    const districtYears = new Set(docs.map((d) => `${d.meta.districtSlug}|${d.meta.year}`));
    // Complete district-years print all four metrics; the last, cut short by COUNT, may print fewer.
    assert.ok(manifest.metrics.length >= (districtYears.size - 1) * METRICS.length);
    assert.deepEqual(
      disclosed.map((r) => `${r.districtSlug} ${r.year} ${r.metric}: ${r.amountFen} fen at ${r.fileName}:${r.sourceLine}`).sort(),
      manifest.metrics.map((m) => `${m.districtSlug} ${m.year} ${m.metric}: ${m.amountFen} fen at ${m.fileName}:${m.line}`).sort(),
    );
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
