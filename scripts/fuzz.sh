#!/usr/bin/env bash
# Long fuzz run (security-privacy.md T-FUZZ) of the parsers that take outside input:
#   - the host configuration parser (engine/tests/host_config.rs, HOST_CONFIG_FUZZ_CASES)
#   - the findings JSON reader of `assess` (engine/tests/fuzz_findings.rs, FINDINGS_FUZZ_CASES)
#   - the reader of the text the widget keeps for a reload (engine/tests/saved.rs,
#     SAVED_FUZZ_CASES)
# with 100 000 cases per property (FUZZ_CASES=… to change), optimised. `cargo test` runs the same
# properties with 2 000 cases each. Fails on any failure; proptest prints the minimal input.
#
#   bash scripts/fuzz.sh                 # 100 000 cases per property
#   FUZZ_CASES=1000000 bash scripts/fuzz.sh
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

cases="${FUZZ_CASES:-100000}"
[[ "$cases" =~ ^[1-9][0-9]*$ ]] || die "FUZZ_CASES must be a positive whole number, not '$cases'"

say "Building the fuzz tests (release)"
cargo test --release --locked -p backpain-engine --test host_config --test fuzz_findings --test saved --no-run

say "Fuzzing: $cases cases per property (host_config: 2 properties; fuzz_findings: 4; saved: 1)"
start=$(date +%s)
status=0
HOST_CONFIG_FUZZ_CASES="$cases" FINDINGS_FUZZ_CASES="$cases" SAVED_FUZZ_CASES="$cases" \
  cargo test --release --locked -p backpain-engine --test host_config --test fuzz_findings --test saved \
  || status=$?
seconds=$(( $(date +%s) - start ))

if (( status != 0 )); then
  die "fuzz run FAILED after ${seconds}s (see the minimal failing input above)"
fi
printf 'fuzz: passed, %s cases x 6 properties (host_config 2, fuzz_findings 4) in %ss\n' \
  "$cases" "$seconds"
