// The unit tests StrykerJS runs against each mutant (npm run test:mutation, docs/testing.md), in one process
// (scripts/mutation/node-test-runner.ts): each mutant runs only the tests that reach it.
// Ordered so that the quick, pointed tests run first: a mutant's run stops at its first failing test.
// Left out: crash (20 import processes killed), pdf-chromium (a browser), doc-check and pdf-import (CLI
// child processes, ~15 s each); they test processes and files around lib/, and npm test runs them.
export const UNIT_TEST_FILES = [
  "tests/money.test.ts",
  "tests/decimal-format.test.ts",
  "tests/csv.test.ts",
  "tests/metrics.test.ts",
  "tests/metrics-fragments.test.ts",
  "tests/audit-checks.test.ts",
  "tests/causes.test.ts",
  "tests/patterns.test.ts",
  "tests/parse-primitives.test.ts",
  "tests/parse-strict.test.ts",
  "tests/parse-table-nine.test.ts",
  "tests/parse.test.ts",
  "tests/finding-text.test.ts",
  "tests/finding-text-cases.test.ts",
  "tests/caveats.test.ts",
  "tests/headline.test.ts",
  "tests/dashboard-model.test.ts",
  "tests/view-basis-groups.test.ts",
  "tests/narrative-changes.test.ts",
  "tests/narrative-forms.test.ts",
  "tests/narrative-percents.test.ts",
  "tests/chart-svg.test.ts",
  "tests/chart-image.test.ts",
  "tests/chart-model.test.ts",
  "tests/serve.test.ts",
  "tests/audit.test.ts",
  "tests/golden.test.ts",
  "tests/synthetic.test.ts",
  "tests/import.test.ts",
  "tests/pdf.test.ts",
  "tests/pdf-bad.test.ts",
  "tests/embed-response.test.ts",
];
