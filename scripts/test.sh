#!/usr/bin/env bash
# All tests: type check; unit and integration tests (real SQLite through Prisma);
# then the built app (next build + next start) with route, API and browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

npx tsc --noEmit

mapfile -t unit < <(find tests -maxdepth 1 -name '*.test.ts' | sort)
node --conditions=react-server --import tsx --test --test-concurrency=1 "${unit[@]}"

mapfile -t e2e < <(find tests/e2e -name '*.test.ts' | sort)
if [ "${#e2e[@]}" -gt 0 ]; then
  rm -rf .e2e && mkdir -p .e2e
  export E2E_DATABASE_URL="file:$PWD/.e2e/budget.db"
  DATABASE_URL="$E2E_DATABASE_URL" npm run --silent db:prepare > .e2e/prepare.log
  DATABASE_URL="$E2E_DATABASE_URL" npx next build > .e2e/build.log 2>&1 || { cat .e2e/build.log; exit 1; }
  node --import tsx --test --test-concurrency=1 "${e2e[@]}"
fi
