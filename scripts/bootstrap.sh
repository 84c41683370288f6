#!/usr/bin/env bash
# Makes this checkout runnable on a fresh machine and is cheap when nothing needs doing.
# - Node: uses the system node when it is >= 22.12, else installs node@24 from the npm registry into .tools/.
# - pnpm: the version pinned in package.json's packageManager, installed into .tools/.
# - Dependencies: `pnpm install --frozen-lockfile`, only when a manifest or the lockfile changed.
# - Debian packages the judge needs (bubblewrap), with apt-get, when missing and we may install.
# Source it (`. scripts/bootstrap.sh`) to get PATH set up, or run it.
set -euo pipefail
AVANTIKA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$AVANTIKA_ROOT"
TOOLS="$AVANTIKA_ROOT/.tools"

node_is_new_enough() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' >/dev/null 2>&1
}

PNPM_VERSION="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' package.json)"
want_node=""
if [ -x "$TOOLS/node_modules/.bin/node" ] && node_is_new_enough "$TOOLS/node_modules/.bin/node"; then
  :
elif command -v node >/dev/null 2>&1 && node_is_new_enough node; then
  :
else
  want_node="node@24"
fi
if [ -n "$want_node" ] || [ ! -x "$TOOLS/node_modules/.bin/pnpm" ] || \
   [ "$("$TOOLS/node_modules/.bin/pnpm" --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing ${want_node:+$want_node and }pnpm@$PNPM_VERSION into .tools/ (npm registry)" >&2
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
  pkgs=("pnpm@$PNPM_VERSION")
  if [ -n "$want_node" ] || [ -e "$TOOLS/node_modules/node" ]; then pkgs+=("node@24"); fi
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "${pkgs[@]}" >&2
fi
export PATH="$TOOLS/node_modules/.bin:$AVANTIKA_ROOT/node_modules/.bin:$PATH"
node_is_new_enough node || { echo "bootstrap: node $(node --version) is older than 22.12" >&2; exit 1; }

# Debian packages the judge's sandbox needs; optional when we cannot install (the judge says so at run time).
if ! command -v bwrap >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: installing bubblewrap with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap) >&2 || \
    echo "bootstrap: could not install bubblewrap; the judge will run unsandboxed in local mode" >&2
fi

stamp="node_modules/.avantika-install-stamp"
want_stamp="$(node -e '
  const fs = require("fs"), h = require("crypto").createHash("sha256").update(process.version);
  for (const f of ["pnpm-lock.yaml", "package.json", "pnpm-workspace.yaml", ...fs.readdirSync("packages").map((p) => `packages/${p}/package.json`), "examples/package.json", "bench/package.json"])
    if (fs.existsSync(f)) h.update(f).update(fs.readFileSync(f));
  console.log(h.digest("hex"));')"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want_stamp" ]; then
  echo "bootstrap: pnpm install" >&2
  if [ -f pnpm-lock.yaml ]; then
    pnpm install --frozen-lockfile --prefer-offline --reporter=append-only >&2
  else
    pnpm install --reporter=append-only >&2
  fi
  echo "$want_stamp" > "$stamp"
fi
