#!/usr/bin/env bash
# The README's "run the product" command: bootstrap, build, then start the embedded platform and the CLI.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pnpm -r --filter './packages/*' run build >&2
exec node scripts/start.mjs "$@"
