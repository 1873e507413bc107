#!/usr/bin/env bash
# Builds the widget into dist/ with `trunk build --release` (extra arguments go to trunk).
# Needs the tools of scripts/setup.sh; says so and stops if one is missing.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

[ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] || die "trunk $TRUNK_VERSION is missing: run scripts/setup.sh"
[ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] || die "wasm-bindgen $WASM_BINDGEN_VERSION (= Cargo.lock) is missing: run scripts/setup.sh"
[ "$(command -v wasm-opt)" = "$REPO_ROOT/tools/node_modules/.bin/wasm-opt" ] || die "npm binaryen's wasm-opt is missing: run scripts/setup.sh"
[ -d "$REPO_ROOT/tools/node_modules/workbox-build" ] || die "Workbox (tools/node_modules) is missing: run scripts/setup.sh"

say "trunk build --release $*"
started=$SECONDS
if ! trunk build --release "$@"; then
  die "trunk build --release failed (see above)"
fi
[ -f dist/index.html ] || die "trunk finished but dist/index.html is missing"
ls dist/*.wasm >/dev/null 2>&1 || die "trunk finished but dist/ has no .wasm file"
[ -f dist/sw.js ] || die "trunk finished but dist/sw.js (the offline service worker) is missing"
say "built dist/ in $((SECONDS - started)) s:"
ls -l dist/ >&2
