#!/usr/bin/env bash
# Mutation testing of the engine's clinical logic (issue 3 part 2; T-MUT in
# shared/design/security-privacy.md). Not part of scripts/test.sh: a full run takes about
# an hour on 2 cores (see docs/safety-evidence.md for the last run's figures).
#
#   bash scripts/mutants.sh                    # full run on the clinical logic files
#   bash scripts/mutants.sh --list             # list the mutants without testing them
#   bash scripts/mutants.sh -f engine/src/condition.rs   # only this file (replaces the list)
#   bash scripts/mutants.sh --in-diff changes.diff       # only mutants on changed lines
#
# Extra arguments go to cargo-mutants. If any of them is -f/--file, it replaces the default
# file list. Environment: MUTANTS_JOBS (default 2, the machine has 2 cores), MUTANTS_TIMEOUT
# (seconds per test run, default 120: the baseline takes 12-20 s), MUTANTS_MIN_SCORE (default 95, percent of viable
# mutants that must be caught), MUTANTS_OUT (default target/mutants; results go to
# $MUTANTS_OUT/mutants.out/{caught,missed,timeout,unviable}.txt and outcomes.json),
# MUTANTS_ENUMERATION (default "rules": engine/tests/enumeration.rs runs its parts (a), (b) and
# (d) but not the group enumeration (c), which would add about 20 s to each of the ~200 mutants
# that reach it; "full" runs everything, as `cargo test` does).
#
# Installs cargo-mutants only when it is missing or at another version, like scripts/setup.sh,
# so it is quick to run again and needs no network once the tool is there. The crates the engine
# needs come from the local cargo cache (scripts/setup.sh runs `cargo fetch --locked`).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
started=$SECONDS

MUTANTS_VERSION=27.1.0
jobs="${MUTANTS_JOBS:-2}"
timeout="${MUTANTS_TIMEOUT:-120}"
min_score="${MUTANTS_MIN_SCORE:-95}"
out="${MUTANTS_OUT:-target/mutants}"
export BACKPAIN_ENUMERATION="${MUTANTS_ENUMERATION:-rules}"

command -v cargo >/dev/null || die "cargo is not on PATH (looked in ~/.cargo/bin too)"

# 1. cargo-mutants, pinned.
installed="$(cargo mutants --version 2>/dev/null || true)"
if [ "$installed" != "cargo-mutants $MUTANTS_VERSION" ]; then
  say "cargo install --locked cargo-mutants $MUTANTS_VERSION (takes 3-6 minutes; found: ${installed:-none})"
  cargo install --locked --force cargo-mutants --version "$MUTANTS_VERSION"
fi
installed="$(cargo mutants --version 2>/dev/null || true)"
[ "$installed" = "cargo-mutants $MUTANTS_VERSION" ] || die "cargo-mutants $MUTANTS_VERSION is not on PATH after cargo install (found: ${installed:-none})"

# 2. What to mutate: the engine's decisions (issue 3: rules, conditions, flow): conditions and
# assessment (the rules), the flow, the questionnaire's skip logic, reading answers, urgency
# levels. Left out of the default run to keep it near an hour on 2 cores: content.rs (loading and
# validating content/, 116 mutants, checked by engine/tests/content.rs and mutants_content.rs;
# run it with `-f engine/src/content.rs`), regions.rs (which services a language gets), rules.rs
# and explanations.rs (plain data types), bin/, release and report code.
files=(
  engine/src/condition.rs
  engine/src/assessment.rs
  engine/src/flow.rs
  engine/src/questionnaire.rs
  engine/src/findings.rs
  engine/src/urgency.rs
  engine/src/answers.rs
)
file_args=()
for f in "${files[@]}"; do file_args+=(--file "$f"); done
for arg in "$@"; do
  case "$arg" in -f | --file | --file=*) file_args=() ;; esac
done

listing=0
for arg in "$@"; do
  case "$arg" in --list | --list-files) listing=1 ;; esac
done

cmd=(cargo mutants --package backpain-engine "${file_args[@]}"
  --test-tool cargo --jobs "$jobs" --timeout "$timeout" --output "$out" "$@")
if [ "$listing" -eq 1 ]; then
  "${cmd[@]}"
  exit 0
fi

# 3. Run. cargo-mutants exits 2 when a mutant was missed and 3 on a timeout; the score decides.
say "BACKPAIN_ENUMERATION=$BACKPAIN_ENUMERATION ${cmd[*]}"
set +e
"${cmd[@]}"
code=$?
set -e
case "$code" in 0 | 2 | 3) ;; *) die "cargo mutants failed with exit code $code (a broken baseline build or test?)" ;; esac

# 4. Summary: score = caught / viable, where viable = caught + missed + timeout.
results="$out/mutants.out"
count() { if [ -f "$results/$1.txt" ]; then grep -c . "$results/$1.txt" || true; else echo 0; fi; }
caught="$(count caught)"
missed="$(count missed)"
timeouts="$(count timeout)"
unviable="$(count unviable)"
viable=$((caught + missed + timeouts))
[ "$viable" -gt 0 ] || die "no viable mutants were tested"
score="$(awk -v c="$caught" -v v="$viable" 'BEGIN { printf "%.1f", 100 * c / v }')"
elapsed=$((SECONDS - started))
printf '\nmutants.sh: %s caught, %s missed, %s timeout, %s unviable; score %s%% of %s viable (minimum %s%%); %d min %d s\n' \
  "$caught" "$missed" "$timeouts" "$unviable" "$score" "$viable" "$min_score" $((elapsed / 60)) $((elapsed % 60))
if [ "$missed" -gt 0 ]; then
  echo "missed mutants (each must have a test or an entry in docs/safety-evidence.md):"
  sed 's/^/  /' "$results/missed.txt"
fi
if [ "$timeouts" -gt 0 ]; then
  echo "timeouts:"
  sed 's/^/  /' "$results/timeout.txt"
fi
awk -v s="$score" -v m="$min_score" 'BEGIN { exit !(s + 0 >= m + 0) }' || die "mutation score ${score}% is below ${min_score}%"
