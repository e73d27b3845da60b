#!/usr/bin/env bash
# The long reliability run: 60 s of load at 64 connections (memory measured after a 15 s warm-up), 2,000 fuzzed requests, the crash trials.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -rf .e2e && mkdir -p .e2e
export E2E_DATABASE_URL="file:$PWD/.e2e/budget.db"
DATABASE_URL="$E2E_DATABASE_URL" npm run --silent db:prepare > .e2e/prepare.log
DATABASE_URL="$E2E_DATABASE_URL" npx next build > .e2e/build.log 2>&1 || { cat .e2e/build.log; exit 1; }
SOAK=1 LOAD_SECONDS=60 LOAD_CONNECTIONS=64 FUZZ_COUNT=2000 CRASH_TRIALS=50 \
  node --conditions=react-server --import tsx --test --test-concurrency=1 tests/e2e/reliability.test.ts tests/crash.test.ts
