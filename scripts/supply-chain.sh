#!/usr/bin/env bash
# Supply-chain and no-telemetry checks (security-privacy.md b.1 T-SUP-1, b.2 T-PRIV-6):
#   1. cargo-deny (pinned; installed from crates.io only if missing or another version)
#   2. the RustSec advisory snapshot from shared/rustsec, unpacked under target/rustsec/ only when
#      the tarball changed; its date is printed (warning past 90 days, failure past 365 days)
#   3. `cargo deny --offline check` against deny.toml (advisories, bans, licenses, sources)
#   4. T-PRIV-6: the widget's wasm dependency tree enables no web-sys network feature, except
#      through the one known path (yew 0.23 -> gloo 0.11 -> gloo-net), which is pinned here
# Offline-safe and idempotent: nothing is fetched from GitHub; only crates.io (cargo install,
# and `cargo fetch` if a crate is missing).
#
#   bash scripts/supply-chain.sh
#   RUSTSEC_SNAPSHOT=/path/to/dir bash scripts/supply-chain.sh   # another snapshot directory
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

CARGO_DENY_VERSION=0.20.2
WARN_DAYS=90
FAIL_DAYS=365
# The directory name cargo-deny derives from deny.toml's db-urls (lower-cased URL, xxhash64).
DB_DIR_NAME=advisory-db-3157b0e258782691

# --- 1. cargo-deny ------------------------------------------------------------------------------
installed="$(cargo deny --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$installed" != "$CARGO_DENY_VERSION" ]]; then
  say "Installing cargo-deny $CARGO_DENY_VERSION (found: ${installed:-none}; about 4 minutes on 2 cores)"
  start=$(date +%s)
  cargo install --locked cargo-deny --version "$CARGO_DENY_VERSION"
  say "cargo-deny installed in $(( $(date +%s) - start ))s"
fi

# --- 2. RustSec snapshot --------------------------------------------------------------------------
snapshot=""
for dir in "${RUSTSEC_SNAPSHOT:-}" "$REPO_ROOT/../shared/rustsec" /work/shared/rustsec; do
  if [[ -n "$dir" && -f "$dir/advisory-db.tar.gz" && -f "$dir/DATE" ]]; then
    snapshot="$(cd "$dir" && pwd)"
    break
  fi
done
[[ -n "$snapshot" ]] || die "no RustSec snapshot: set RUSTSEC_SNAPSHOT to a directory holding advisory-db.tar.gz and DATE (see shared/rustsec/README.md)"

snapshot_date="$(tr -d '[:space:]' < "$snapshot/DATE")"
snapshot_epoch="$(date -u -d "$snapshot_date" +%s 2>/dev/null)" \
  || die "$snapshot/DATE does not hold a date: '$snapshot_date'"
age_days=$(( ( $(date -u +%s) - snapshot_epoch ) / 86400 ))
say "RustSec advisory snapshot: $snapshot_date ($age_days days old), from $snapshot"
if (( age_days > FAIL_DAYS )); then
  die "the RustSec snapshot is $age_days days old (limit $FAIL_DAYS): refresh shared/rustsec from outside the project"
elif (( age_days > WARN_DAYS )); then
  printf 'WARNING: the RustSec snapshot is %s days old (over %s): ask for shared/rustsec to be refreshed\n' \
    "$age_days" "$WARN_DAYS" >&2
fi

export RUSTSEC_DB_PATH="$REPO_ROOT/target/rustsec"
db="$RUSTSEC_DB_PATH/$DB_DIR_NAME"
stamp="$RUSTSEC_DB_PATH/snapshot.sha256"
sum="$(sha256sum "$snapshot/advisory-db.tar.gz" | awk '{print $1}')"
if [[ -d "$db/.git" && -f "$stamp" && "$(cat "$stamp")" == "$sum" ]]; then
  echo "advisory database already unpacked at $db" >&2
else
  say "Unpacking the advisory database to $db"
  rm -rf "$db" "$stamp"
  mkdir -p "$db"
  tar -xzf "$snapshot/advisory-db.tar.gz" -C "$db"
  git -C "$db" rev-parse --verify -q HEAD >/dev/null \
    || die "the snapshot is not a git checkout (cargo-deny needs one): $snapshot/advisory-db.tar.gz"
  printf '%s\n' "$sum" > "$stamp"
fi
echo "advisory database commit: $(git -C "$db" log -1 --format='%h %cs')" >&2

# --- 3. cargo deny --------------------------------------------------------------------------------
# cargo-deny reads `cargo metadata`; make sure every crate in Cargo.lock is in the local cache
# (crates.io only; a no-op when they are).
cargo fetch --locked --quiet
say "cargo deny --offline check (advisories, bans, licenses, sources)"
cargo deny --offline --locked --workspace --all-features check --show-stats

# --- 4. T-PRIV-6: no network features of web-sys in the widget ----------------------------------
say "T-PRIV-6: web-sys network features in the widget's wasm dependency tree"
banned_features=(Request RequestInit XmlHttpRequest WebSocket EventSource RtcPeerConnection)
tree_args=(-p backpain-widget --target wasm32-unknown-unknown --locked --offline --prefix depth --no-dedupe)
# Inverted tree of web-sys with features, two levels: "1web-sys feature "X"" followed by
# "2<what enables it>".
features_tree="$(cargo tree "${tree_args[@]}" -e features -i web-sys --depth 2)"
problems=()
via_gloo_net=()
for feature in "${banned_features[@]}"; do
  enablers="$(awk -v want="1web-sys feature \"$feature\"" '
    /^1/ { on = ($0 == want) ; next }
    /^2/ && on { sub(/^2/, ""); print }' <<<"$features_tree" | sort -u)"
  [[ -z "$enablers" ]] && continue
  while IFS= read -r who; do
    if [[ "$who" == gloo-net\ feature* ]]; then
      via_gloo_net+=("$feature")
    else
      problems+=("web-sys feature \"$feature\" is enabled by: $who")
    fi
  done <<<"$enablers"
done
if (( ${#via_gloo_net[@]} > 0 )); then
  # The only tolerated path: gloo-net pulled in by gloo 0.11 alone, and gloo 0.11 by yew/tokise
  # alone (yew 0.23 depends on gloo 0.11 with default features). Our own gloo 0.12 must not.
  gloo_net_parents="$(cargo tree "${tree_args[@]}" -e normal -i gloo-net --depth 1 | sed -n 's/^1//p' | sort -u)"
  while IFS= read -r parent; do
    [[ "$parent" =~ ^gloo\ v0\.11\. ]] || problems+=("gloo-net is a dependency of: $parent (only gloo 0.11, through yew, is tolerated)")
  done <<<"$gloo_net_parents"
  gloo_parents="$(cargo tree "${tree_args[@]}" -e normal -i 'gloo@0.11' --depth 1 | sed -n 's/^1//p' | sort -u)"
  while IFS= read -r parent; do
    [[ "$parent" =~ ^(yew|tokise)\ v ]] || problems+=("gloo 0.11 (which enables gloo-net) is a dependency of: $parent (only yew/tokise are tolerated)")
  done <<<"$gloo_parents"
fi
if (( ${#problems[@]} > 0 )); then
  printf '  %s\n' "${problems[@]}" >&2
  die "T-PRIV-6: the widget's dependency tree turns on browser network APIs (web-sys features ${banned_features[*]}). Remove the dependency or feature that does it; the widget must make no network requests."
fi
if (( ${#via_gloo_net[@]} > 0 )); then
  mapfile -t tolerated < <(printf '%s\n' "${via_gloo_net[@]}" | sort -u)
  echo "note: web-sys features ${tolerated[*]} are enabled only by gloo-net (yew 0.23 -> gloo 0.11 default features); no widget code can reach them: clippy.toml bans the types and methods, and tests/e2e/build-output.test.js checks the wasm imports" >&2
fi

summary_note=""
(( age_days > WARN_DAYS )) && summary_note=" (snapshot over $WARN_DAYS days old: refresh requested)"
printf 'supply-chain: passed (cargo-deny %s: advisories@%s, bans, licenses, sources; T-PRIV-6 web-sys features)%s\n' \
  "$CARGO_DENY_VERSION" "$snapshot_date" "$summary_note"
