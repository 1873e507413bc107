# shellcheck shell=bash
# Sourced by the other scripts (and usable by hand: `source scripts/env.sh`).
# Puts the tools the build needs first on PATH:
#   tools/node_modules/.bin      wasm-opt from npm `binaryen` (Debian's and the crates.io wasm-opt
#                                cannot parse rustc 1.95's output; toolchain.md P3); tools/ also
#                                holds Workbox, run by trunk's post_build hook
#   ~/.cargo/bin                 trunk, wasm-bindgen (cargo install), cargo/rustup
# and stops trunk from asking crates.io for a newer version (P7).
# CARGO_NET_OFFLINE is deliberately left alone: a fresh machine must be able to fetch crates.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
export PATH="$REPO_ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

# Versions the scripts install and check.
TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly (P5).
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$REPO_ROOT/Cargo.lock" 2>/dev/null || true)"
export TRUNK_VERSION WASM_BINDGEN_VERSION

say() { printf '\n==> %s\n' "$*" >&2; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }
