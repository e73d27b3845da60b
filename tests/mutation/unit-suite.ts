// The unit tests StrykerJS runs against each mutant (npm run test:mutation, docs/testing.md), in one process:
// one Node + tsx start per mutant instead of one per test file, which is most of the cost on a small machine.
// Ordered so that the quick, pointed tests run first: the runner stops at the first failure.
// Left out: crash (20 import processes killed), pdf-chromium (a browser), doc-check and pdf-import (CLI
// child processes, ~15 s each); they test processes and files around lib/, and npm test runs them.
import "../money.test";
import "../decimal-format.test";
import "../csv.test";
import "../metrics.test";
import "../metrics-fragments.test";
import "../audit-checks.test";
import "../causes.test";
import "../patterns.test";
import "../parse-strict.test";
import "../parse.test";
import "../finding-text.test";
import "../finding-text-cases.test";
import "../caveats.test";
import "../headline.test";
import "../dashboard-model.test";
import "../view-basis-groups.test";
import "../narrative-changes.test";
import "../chart-svg.test";
import "../chart-model.test";
import "../serve.test";
import "../audit.test";
import "../golden.test";
import "../synthetic.test";
import "../import.test";
import "../pdf.test";
import "../pdf-bad.test";
