#!/usr/bin/env bash
# README command 2 (and CI): set up, run the Rust tests, build the audit tool and the widget, and
# run the browser (e2e) tests against the built dist/. Exits non-zero if anything fails; the last
# line sums up. SKIP_SETUP=1 skips scripts/setup.sh.
set -uo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
started=$SECONDS
status=0
summary=()
e2e_log="$(mktemp)"
trap 'rm -f "$e2e_log"' EXIT

step() { # step NAME COMMAND...: runs it, records ok/FAILED
  local name=$1; shift
  say "$name: $*"
  if "$@"; then summary+=("$name ok"); return 0; fi
  summary+=("$name FAILED"); status=1; return 1
}
finish() {
  local IFS=';'
  local verdict=OK; [ "$status" -eq 0 ] || verdict=FAILED
  printf '\n'
  echo "test.sh ${verdict} in $((SECONDS - started)) s -- ${summary[*]}" | sed 's/;/; /g'
  exit "$status"
}

if [ "${SKIP_SETUP:-0}" != 1 ]; then
  step setup bash scripts/setup.sh || finish
fi
step "cargo fmt" cargo fmt --all --check
# clippy.toml bans HTML-string sinks, eval and every network API; the wasm build is linted too.
step "cargo clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
step "cargo clippy (wasm)" cargo clippy -p backpain-widget --target wasm32-unknown-unknown --locked -- -D warnings
# The build-time tools: the prerender binary (server-side rendering of the first screen) and the
# language-files writer.
step "cargo clippy (build tools)" cargo clippy -p backpain-widget --bin prerender --bin language-files --features build-tools --locked -- -D warnings
# cargo deny --offline (RustSec snapshot, licences, sources, banned crates) and the web-sys
# feature check; installs cargo-deny once (about 4 minutes).
step "supply chain" bash scripts/supply-chain.sh
step "cargo test" cargo test --workspace --locked
step "assess build" cargo build --release --locked -p backpain-engine --bin assess --bin fhir
built=1
step "widget build" bash scripts/build.sh || built=0
if [ "$built" -eq 1 ]; then
  say "e2e: npm --prefix tests/e2e test"
  npm --prefix tests/e2e test 2>&1 | tee "$e2e_log"
  e2e_status=${PIPESTATUS[0]}
  pass="$(grep -E '^# pass [0-9]+$' "$e2e_log" | tail -n1 | awk '{print $3}')"
  fail="$(grep -E '^# fail [0-9]+$' "$e2e_log" | tail -n1 | awk '{print $3}')"
  if [ "$e2e_status" -eq 0 ] && [ "${pass:-0}" -gt 0 ]; then
    summary+=("e2e ok (pass ${pass}, fail ${fail:-0})")
  else
    summary+=("e2e FAILED (pass ${pass:-?}, fail ${fail:-?}, exit $e2e_status)"); status=1
  fi
else
  summary+=("e2e not run (no build)")
fi
finish
