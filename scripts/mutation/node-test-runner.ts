// A StrykerJS test runner for node:test files that keeps one process per worker and runs, for each mutant,
// only the tests that reach it (coverageAnalysis "perTest"). The TAP runner it replaces started Node and
// tsx and loaded every unit test file for every mutant: ~25 mutants a minute on two cores.
//
// Each run imports the needed test files afresh (a new query string), so a file's top-level and describe
// code, which often parses every source document, runs again with the mutant active, as it would in a new
// process. Coverage reached there, or in a suite's before/after hooks, counts for every test of that file or
// suite. The re-imported test modules stay in memory, so stryker.config.json restarts workers now and then.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { INSTRUMENTER_CONSTANTS, type MutantCoverage } from "@stryker-mutator/api/core";
import { declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";
import {
  determineHitLimitReached,
  DryRunStatus,
  MutantRunStatus,
  TestStatus,
  toMutantRunResult,
  type DryRunOptions,
  type DryRunResult,
  type MutantRunOptions,
  type MutantRunResult,
  type TestResult,
  type TestRunner,
  type TestRunnerCapabilities,
} from "@stryker-mutator/api/test-runner";
import { UNIT_TEST_FILES } from "../../tests/mutation/unit-files";
import { collectFile, installCollector, runSuite, testsOf, type Suite, type TestOutcome } from "./test-collector";

// The instrumented code reads and writes these fields of one shared object; it must never be replaced.
interface StrykerGlobal {
  activeMutant?: string;
  currentTestId?: string;
  mutantCoverage?: MutantCoverage;
  hitCount?: number;
  hitLimit?: number;
}
const holder = globalThis as unknown as Record<string, StrykerGlobal | undefined>;
const strykerGlobal: StrykerGlobal = (holder[INSTRUMENTER_CONSTANTS.NAMESPACE] ??= {});

// A test id starts with its file's id, which is the file's path: "tests/x.test.ts > suite > test".
const fileOfTest = (testId: string) => testId.slice(0, testId.indexOf(" > "));

function toTestResult(outcome: TestOutcome): TestResult {
  const base = { id: outcome.test.id, name: outcome.test.id, timeSpentMs: Math.round(outcome.timeSpentMs), fileName: fileOfTest(outcome.test.id) };
  return outcome.failure === undefined
    ? { ...base, status: TestStatus.Success }
    : { ...base, status: TestStatus.Failed, failureMessage: outcome.failure };
}

class NodeTestRunner implements TestRunner {
  private importNo = 0;
  // An error thrown outside any awaited promise (a socket callback, a timer) would end the worker; under
  // node --test it fails the run, so here it kills the mutant.
  private strayError: unknown;

  capabilities(): TestRunnerCapabilities {
    // Test files are ES modules: they cannot be unloaded, only imported again under a new URL.
    return { reloadEnvironment: false };
  }

  async init(): Promise<void> {
    installCollector();
    const keep = (error: unknown) => {
      this.strayError ??= error;
    };
    process.on("uncaughtException", keep);
    process.on("unhandledRejection", keep);
  }

  async dryRun(options: DryRunOptions): Promise<DryRunResult> {
    strykerGlobal.activeMutant = undefined;
    strykerGlobal.hitCount = undefined;
    const coverage: MutantCoverage = { static: {}, perTest: {} };
    strykerGlobal.mutantCoverage = coverage;
    // lib/'s own module-level code runs once per process, whichever test comes first: its coverage is static
    // (StrykerJS tests those mutants in a fresh process). Loading lib/ before any test file keeps it apart.
    for (const module of libModules()) await import(pathToFileURL(module).href);
    const outcomes: TestOutcome[] = [];
    const scopesOfTest = new Map<string, string[]>();
    for (const file of UNIT_TEST_FILES) {
      try {
        strykerGlobal.currentTestId = file;
        const root = await this.load(file);
        for (const test of testsOf(root)) scopesOfTest.set(test.id, scopesAbove(test.suite));
        await runSuite(root, () => true, false, (scopeId) => (strykerGlobal.currentTestId = scopeId), outcomes);
      } catch (error) {
        return { status: DryRunStatus.Error, errorMessage: `${file}: ${error instanceof Error ? error.stack : String(error)}` };
      } finally {
        strykerGlobal.currentTestId = undefined;
      }
    }
    if (this.strayError !== undefined) return { status: DryRunStatus.Error, errorMessage: `uncaught during the initial run: ${String(this.strayError)}` };
    return { status: DryRunStatus.Complete, tests: outcomes.map(toTestResult), mutantCoverage: options.coverageAnalysis === "off" ? undefined : spreadScopes(coverage, scopesOfTest) };
  }

  async mutantRun(options: MutantRunOptions): Promise<MutantRunResult> {
    this.strayError = undefined;
    strykerGlobal.activeMutant = options.activeMutant.id;
    strykerGlobal.mutantCoverage = undefined;
    strykerGlobal.hitCount = options.hitLimit === undefined ? undefined : 0;
    strykerGlobal.hitLimit = options.hitLimit;
    const wanted = options.testFilter ? new Set(options.testFilter) : undefined;
    const wantedFiles = wanted ? new Set([...wanted].map(fileOfTest)) : undefined;
    const files = wantedFiles ? UNIT_TEST_FILES.filter((file) => wantedFiles.has(file)) : UNIT_TEST_FILES;
    const outcomes: TestOutcome[] = [];
    try {
      for (const file of files) {
        let root: Suite;
        try {
          root = await this.load(file);
        } catch (error) {
          if (determineHitLimitReached(strykerGlobal.hitCount, strykerGlobal.hitLimit)) break;
          // The mutant broke the file's own top level: its tests fail, as they would under node --test.
          const killedBy = options.testFilter?.filter((id) => fileOfTest(id) === file) ?? [file];
          return { status: MutantRunStatus.Killed, failureMessage: `${file}: ${String(error)}`, killedBy, nrOfTests: outcomes.length + killedBy.length };
        }
        await runSuite(root, (test) => !wanted || wanted.has(test.id), !options.disableBail, () => undefined, outcomes);
        if (!options.disableBail && outcomes.some((outcome) => outcome.failure !== undefined)) break;
      }
    } finally {
      strykerGlobal.activeMutant = undefined;
    }
    const timedOut = determineHitLimitReached(strykerGlobal.hitCount, strykerGlobal.hitLimit);
    if (timedOut) return toMutantRunResult(timedOut);
    const stray = this.strayError;
    this.strayError = undefined;
    if (stray !== undefined) return { status: MutantRunStatus.Killed, failureMessage: `uncaught: ${String(stray)}`, killedBy: outcomes.map((outcome) => outcome.test.id), nrOfTests: outcomes.length };
    return toMutantRunResult({ status: DryRunStatus.Complete, tests: outcomes.map(toTestResult) });
  }

  private load(file: string) {
    this.importNo += 1;
    return collectFile(pathToFileURL(path.resolve(file)).href, file, this.importNo);
  }
}

function libModules(): string[] {
  return readdirSync("lib", { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.resolve(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
    .sort();
}

const scopesAbove = (suite: Suite | undefined): string[] => (suite ? [suite.scopeId, ...scopesAbove(suite.parent)] : []);

// Coverage recorded while a file was imported or a suite's hooks ran belongs to every test under it.
function spreadScopes(coverage: MutantCoverage, scopesOfTest: Map<string, string[]>): MutantCoverage {
  const perTest: MutantCoverage["perTest"] = {};
  for (const [testId, scopes] of scopesOfTest) {
    const merged: Record<string, number> = {};
    for (const scope of [...scopes, testId]) {
      for (const [mutantId, hits] of Object.entries(coverage.perTest[scope] ?? {})) merged[mutantId] = (merged[mutantId] ?? 0) + hits;
    }
    perTest[testId] = merged;
  }
  return { static: coverage.static, perTest };
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, "node-test", NodeTestRunner)];
