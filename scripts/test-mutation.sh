#!/usr/bin/env bash
# Mutation testing (StrykerJS, see docs/testing.md): mutates lib/ (not lib/synthetic, not generated code),
# runs the unit tests against each mutant, and writes reports/mutation/ (HTML, JSON, incremental file).
# Extra arguments go to `stryker run`, e.g. `npm run test:mutation -- --mutate lib/money.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The sandbox is a copy of the project in .stryker-tmp/, so the shared PDFs are no longer at ../shared/pdf.
export PDF_DIR="${PDF_DIR:-$(cd .. && pwd)/shared/pdf}"
mkdir -p reports/mutation
node --import tsx scripts/mutation-incremental.ts
node --import tsx node_modules/@stryker-mutator/core/bin/stryker.js run "$@"
node --import tsx scripts/mutation-incremental.ts --stamp
node --import tsx scripts/mutation-summary.ts
