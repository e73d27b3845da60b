// A stand-in for node:test's describe/it/hooks that records the tests of a file instead of running them, so
// the mutation runner (node-test-runner.ts) can run any subset of them, many times, in one process. It covers
// what tests/ uses: describe and it (with an options object), before, after, beforeEach, afterEach, all with
// synchronous describe bodies. Anything else is refused loudly rather than run differently from node:test.
import { createRequire, syncBuiltinESMExports } from "node:module";

type HookFn = () => unknown;

export interface TestCase {
  readonly id: string;
  readonly name: string;
  readonly fn: HookFn;
  readonly suite: Suite;
}

export interface Suite {
  readonly scopeId: string;
  readonly parent: Suite | undefined;
  readonly children: Array<Suite | TestCase>;
  readonly before: HookFn[];
  readonly after: HookFn[];
  readonly beforeEach: HookFn[];
  readonly afterEach: HookFn[];
}

export interface TestOutcome {
  readonly test: TestCase;
  readonly failure: string | undefined;
  readonly timeSpentMs: number;
}

const isSuite = (node: Suite | TestCase): node is Suite => "children" in node;

function newSuite(scopeId: string, parent: Suite | undefined): Suite {
  return { scopeId, parent, children: [], before: [], after: [], beforeEach: [], afterEach: [] };
}

let current: Suite | undefined;
const usedIds = new Set<string>();

function target(what: string): Suite {
  if (!current) throw new Error(`${what}() called outside a test file import (scripts/mutation/test-collector.ts)`);
  return current;
}

// node:test accepts (name, fn) and (name, options, fn); only options that do not change what runs are allowed.
function splitArgs(what: string, args: unknown[]): { name: string; fn: HookFn } {
  const [name, second, third] = args;
  const fn = typeof second === "function" ? second : third;
  if (typeof name !== "string" || typeof fn !== "function") throw new Error(`${what}() needs a name and a function`);
  if (typeof second === "object" && second !== null) {
    const unsupported = Object.keys(second).filter((key) => key !== "timeout");
    if (unsupported.length > 0) throw new Error(`${what}("${name}"): option ${unsupported.join(", ")} is not supported by the mutation runner`);
  }
  return { name, fn: fn as HookFn };
}

function describe(...args: unknown[]): void {
  const parent = target("describe");
  const { name, fn } = splitArgs("describe", args);
  const suite = newSuite(`${parent.scopeId} > ${name}`, parent);
  parent.children.push(suite);
  current = suite;
  try {
    const result = fn();
    if (result instanceof Promise) throw new Error(`describe("${name}"): an async describe body is not supported by the mutation runner`);
  } finally {
    current = parent;
  }
}

function it(...args: unknown[]): void {
  const suite = target("it");
  const { name, fn } = splitArgs("it", args);
  const base = `${suite.scopeId} > ${name}`;
  let id = base;
  for (let n = 2; usedIds.has(id); n += 1) id = `${base} #${n}`;
  usedIds.add(id);
  suite.children.push({ id, name, fn, suite });
}

const hook = (kind: "before" | "after" | "beforeEach" | "afterEach") => (fn: HookFn) => {
  target(kind)[kind].push(fn);
};

/** Makes `import { describe, it } from "node:test"` in every module imported afterwards record into this collector. */
export function installCollector(): void {
  const nodeTest = createRequire(import.meta.url)("node:test") as Record<string, unknown>;
  Object.assign(nodeTest, {
    describe,
    it,
    test: it,
    before: hook("before"),
    after: hook("after"),
    beforeEach: hook("beforeEach"),
    afterEach: hook("afterEach"),
  });
  syncBuiltinESMExports();
}

/** Imports a test file afresh (its top level runs again) and returns the tests it declares. */
export async function collectFile(fileUrl: string, fileId: string, importNo: number): Promise<Suite> {
  const root = newSuite(fileId, undefined);
  usedIds.clear();
  current = root;
  try {
    await import(`${fileUrl}?import=${importNo}`);
  } finally {
    current = undefined;
  }
  return root;
}

export function testsOf(suite: Suite): TestCase[] {
  return suite.children.flatMap((child) => (isSuite(child) ? testsOf(child) : [child]));
}

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

async function runHooks(hooks: HookFn[]): Promise<void> {
  for (const fn of hooks) await fn();
}

function chain(suite: Suite | undefined, pick: (s: Suite) => HookFn[]): HookFn[] {
  return suite ? [...chain(suite.parent, pick), ...pick(suite)] : [];
}

/**
 * Runs the selected tests of a file in declaration order, with the hooks node:test would run around them.
 * `onScope` is told which coverage scope is running: a suite's scopeId during its before/after hooks, a
 * test's id during the test and its beforeEach/afterEach hooks. Stops after the first failure when `bail`.
 */
export async function runSuite(
  suite: Suite,
  selected: (test: TestCase) => boolean,
  bail: boolean,
  onScope: (scopeId: string) => void,
  outcomes: TestOutcome[] = [],
): Promise<TestOutcome[]> {
  const chosen = testsOf(suite).filter(selected);
  if (chosen.length === 0) return outcomes;
  const stopped = () => bail && outcomes.some((outcome) => outcome.failure !== undefined);
  onScope(suite.scopeId);
  try {
    try {
      await runHooks(suite.before);
    } catch (error) {
      for (const test of chosen) outcomes.push({ test, failure: `before hook: ${message(error)}`, timeSpentMs: 0 });
      return outcomes;
    }
    for (const child of suite.children) {
      if (stopped()) break;
      if (isSuite(child)) {
        await runSuite(child, selected, bail, onScope, outcomes);
        continue;
      }
      if (!selected(child)) continue;
      onScope(child.id);
      const started = performance.now();
      let failure: string | undefined;
      try {
        await runHooks(chain(suite, (s) => s.beforeEach));
        await child.fn();
      } catch (error) {
        failure = message(error);
      }
      try {
        await runHooks(chain(suite, (s) => s.afterEach).reverse());
      } catch (error) {
        failure ??= `afterEach hook: ${message(error)}`;
      }
      outcomes.push({ test: child, failure, timeSpentMs: performance.now() - started });
    }
  } finally {
    onScope(suite.scopeId);
    await runHooks(suite.after).catch((error: unknown) => {
      outcomes.push({ test: chosen[0]!, failure: `after hook: ${message(error)}`, timeSpentMs: 0 });
    });
  }
  return outcomes;
}
