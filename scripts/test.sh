#!/usr/bin/env bash
# The README's test command: lint, type-check, build, then every vitest project; ends with "N passed, N failed".
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
set +e
failed_steps=0
step() {
  local name="$1"; shift
  local t0=$SECONDS
  echo "== $name" >&2
  if "$@"; then echo "== $name ok ($((SECONDS - t0)) s)" >&2; else echo "== $name FAILED ($((SECONDS - t0)) s)" >&2; failed_steps=$((failed_steps + 1)); fi
}
step lint biome check .
step typecheck tsc -p tsconfig.json
step build pnpm -r --filter './packages/*' run build
step openapi node scripts/check-openapi.mjs
rm -f .vitest-results.json
step vitest vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results.json "$@"
node scripts/summarize-tests.mjs .vitest-results.json "$failed_steps"
