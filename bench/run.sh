#!/usr/bin/env bash
# The benchmark of issue "Fast and small on a cheap phone": the widget against the same
# questionnaire rendered by SurveyJS, plus the engine's own speed. See bench/README.md.
#
#   bash bench/run.sh
#
# 1. installs bench/'s npm packages (exact versions, package-lock.json) if they are missing;
# 2. builds the release dist/ with scripts/build.sh (skip with BENCH_SKIP_BUILD=1);
# 3. generates the SurveyJS site from dist/questionnaire.fhir.json (bench/surveyjs/generate.mjs);
# 4. runs the engine's criterion benchmark (skip with BENCH_SKIP_ENGINE=1: the last results found
#    in target/criterion are reported instead);
# 5. runs bench/bench.js: first-load bytes, cold-load and interaction timings, memory, the
#    cheap-phone profile (4x CPU, slow 4G), Lighthouse.
# The report goes to stdout as Markdown and to bench/results/latest.md and latest.json; progress
# and tool output go to stderr.
#
#   BENCH_PROFILE=cheap-phone bash bench/run.sh
# runs only the cheap-phone profile and Lighthouse (no engine benchmark) and writes
# bench/results/cheap-phone.md and .json instead of latest.*.
#
# Environment: BENCH_PROFILE (all | cheap-phone, default all), BENCH_RUNS (cold loads per app,
# default 10), BENCH_CHEAP_RUNS (runs of the cheap-phone profile, default 5 or BENCH_RUNS when
# set), BENCH_CPU_THROTTLE (Chromium CPU slowdown for the timings, default 1 = none),
# BENCH_ENCODING (gzip | br | identity, default gzip as deploy/nginx.conf), BENCH_SKIP_LIGHTHOUSE=1,
# BENCH_SKIP_BUILD=1, BENCH_SKIP_ENGINE=1, BENCH_DIST (measure that built directory instead of
# building dist/), CHROMIUM_PATH (default /usr/bin/chromium).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
BENCH_DIR="$REPO_ROOT/bench"
RESULTS="$BENCH_DIR/results"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROME_PATH="$CHROMIUM"

child=""
cleanup() {
  local status=$?
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ]; then
    printf '\nbench/run.sh: FAILED (exit %s); see the messages above.\n' "$status" >&2
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Runs a command in the background and waits for it, so that a signal to this script stops it.
run() {
  "$@" &
  child=$!
  local status=0
  wait "$child" || status=$?
  child=""
  return "$status"
}

command -v node >/dev/null || die "node is missing: run scripts/setup.sh"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "node $(node --version) is too old: the benchmark needs node 20 or newer"
[ -x "$CHROMIUM" ] || die "$CHROMIUM is missing: run scripts/setup.sh (apt-get install chromium)"
mkdir -p "$RESULTS"
profile="${BENCH_PROFILE:-all}"
case "$profile" in
  all | cheap-phone) ;;
  *) die "BENCH_PROFILE=$profile: expected all or cheap-phone" ;;
esac
DIST="$REPO_ROOT/dist"
if [ -n "${BENCH_DIST:-}" ]; then
  DIST="$(cd "$BENCH_DIST" && pwd)" || die "BENCH_DIST=$BENCH_DIST is not a directory"
  export BENCH_DIST="$DIST"
fi

# 1. npm packages: install only when one is missing or not at the pinned version.
if ! node -e '
  const fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  const pins = require(path.join(dir, "package.json")).dependencies;
  for (const [name, version] of Object.entries(pins)) {
    const file = path.join(dir, "node_modules", name, "package.json");
    if (!fs.existsSync(file) || JSON.parse(fs.readFileSync(file, "utf8")).version !== version) process.exit(1);
  }' "$BENCH_DIR"; then
  say "npm ci in bench/ (lighthouse, survey-core, survey-js-ui, playwright-core)"
  (cd "$BENCH_DIR" && run npm ci --no-audit --no-fund >&2) || die "npm ci in bench/ failed (the npm registry must be reachable)"
fi

# 2. The release build.
if [ -n "${BENCH_DIST:-}" ]; then
  say "BENCH_DIST: measuring $DIST, already built"
  [ -f "$DIST/index.html" ] || die "$DIST/index.html is missing: BENCH_DIST must be a built dist/"
elif [ "${BENCH_SKIP_BUILD:-0}" = "1" ]; then
  say "BENCH_SKIP_BUILD=1: measuring the dist/ already built"
  [ -f "$DIST/index.html" ] || die "dist/index.html is missing: run without BENCH_SKIP_BUILD or bash scripts/build.sh"
else
  run bash "$REPO_ROOT/scripts/build.sh" >&2 || die "the release build failed (bash scripts/build.sh)"
fi
[ -f "$DIST/questionnaire.fhir.json" ] || die "$DIST/questionnaire.fhir.json is missing: the build must write the FHIR Questionnaire"

# 3. The SurveyJS side, generated from the same content.
run node "$BENCH_DIR/surveyjs/generate.mjs" --fhir "$DIST/questionnaire.fhir.json" || die "generating the SurveyJS site failed"

# 4. The engine.
target_dir="$(cargo metadata --format-version 1 --no-deps --manifest-path "$REPO_ROOT/Cargo.toml" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')" ||
  die "cargo metadata failed"
criterion_args=(--criterion-dir "$target_dir/criterion")
if [ "$profile" = "cheap-phone" ]; then
  say "BENCH_PROFILE=cheap-phone: no engine benchmark"
elif [ "${BENCH_SKIP_ENGINE:-0}" = "1" ]; then
  say "BENCH_SKIP_ENGINE=1: reporting the last criterion results in $target_dir/criterion"
else
  say "cargo bench -p backpain-engine --bench engine (log: bench/results/criterion.log)"
  since="$(node -p 'Date.now()')"
  if ! (cd "$REPO_ROOT" && run cargo bench -p backpain-engine --bench engine >"$RESULTS/criterion.log" 2>&1); then
    tail -n 40 "$RESULTS/criterion.log" >&2
    die "cargo bench failed (full log: bench/results/criterion.log)"
  fi
  criterion_args+=(--criterion-since "$since")
fi

# 5. Browser, Lighthouse and the report.
if [ "$profile" = "cheap-phone" ]; then
  say "browser benchmark, cheap-phone profile only: ${BENCH_CHEAP_RUNS:-${BENCH_RUNS:-5}} runs per app, then Lighthouse"
else
  say "browser benchmark: ${BENCH_RUNS:-10} cold loads per app, the cheap-phone profile, then Lighthouse"
fi
run node "$BENCH_DIR/bench.js" "${criterion_args[@]}" || die "the browser benchmark failed or reported failed parts (see above)"
