#!/usr/bin/env bash
# Runs a command with the project's toolchain (Node >= 22.12, pinned pnpm) on PATH, bootstrapping first.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec "$@"
