#!/usr/bin/env bash
# Installs everything the build and the tests need, each only when it is missing (or at the wrong
# version), so it is safe and quick to run again. Needs: the rustup toolchain, Node.js >= 20 with
# npm, and network access to the package registries (apt, crates.io, npm) for what is missing.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
started=$SECONDS

command -v cargo >/dev/null || die "cargo is not on PATH (looked in ~/.cargo/bin too)"
command -v rustup >/dev/null || die "rustup is not on PATH"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed (Node.js >= 20)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js >= 20 is needed for the e2e tests (found $(node --version))"
[ -n "$WASM_BINDGEN_VERSION" ] || die "cannot read the wasm-bindgen version from Cargo.lock"

# 1. Debian packages: Chromium + ChromeDriver (browser tests), brotli (compressed-size checks),
# nginx (the embedding tests serve dist/ with deploy/nginx.conf, the config hospitals copy),
# poppler-utils (pdftotext: the printed summary test reads the PDF Chromium makes).
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v brotli >/dev/null || need+=(brotli)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo -n); else die "need root (or sudo) to install ${need[*]}"; fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
for tool in chromium chromedriver brotli pdftotext; do command -v "$tool" >/dev/null || die "$tool is still missing after apt-get"; done
if [ -x /usr/bin/wasm-opt ]; then
  echo "note: /usr/bin/wasm-opt (Debian binaryen) is installed; it cannot parse the wasm rustc 1.95 emits, so PATH puts npm's wasm-opt first" >&2
fi

# 2. The wasm32 standard library.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown || die "rustup could not install the wasm32-unknown-unknown target"
fi

# 3. trunk, pinned: newer trunk needs a newer rustc (P1). LTO off saves ~2 min of a ~9 min build.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (takes 7-10 minutes)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked --force trunk --version "$TRUNK_VERSION"
fi
[ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] || die "trunk $TRUNK_VERSION is not on PATH after cargo install (found: $(trunk --version 2>&1 || true))"

# 4. wasm-bindgen-cli = the wasm-bindgen crate in Cargo.lock; no --locked (P2).
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes 2-3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
[ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] || die "wasm-bindgen $WASM_BINDGEN_VERSION is not on PATH after cargo install (found: $(wasm-bindgen --version 2>&1 || true))"

# 5. npm packages, each from its lock file: tools/ (build: binaryen's wasm-opt for trunk, Workbox
# for the service worker) and tests/e2e/ (playwright-core, axe-core). `npm ci` wipes node_modules,
# so it runs only when the lock file changed since the last install.
# tools/ uses `npm install` (still from its lock file, which it leaves unchanged): Workbox
# bundles with rollup, whose lock entries list native packages for every platform, and `npm ci`
# refuses to start when the registry here has only the Linux ones.
npm_install() {
  local dir="$1" check="$2" command="$3" stamp lock_sum
  stamp="$dir/node_modules/.installed-from-lock"
  lock_sum="$(sha256sum "$dir/package-lock.json" "$dir/package.json" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ] || [ ! -e "$dir/node_modules/$check" ]; then
    say "npm $command in ${dir#"$REPO_ROOT"/}"
    npm --prefix "$dir" "$command" --no-audit --no-fund --loglevel=error
    echo "$lock_sum" >"$stamp"
  fi
}
npm_install "$REPO_ROOT/tools" .bin/wasm-opt install
npm_install "$REPO_ROOT/tests/e2e" playwright-core ci
[ "$(command -v wasm-opt)" = "$REPO_ROOT/tools/node_modules/.bin/wasm-opt" ] || die "wasm-opt on PATH is $(command -v wasm-opt || echo 'missing'), expected npm binaryen's"

# 6. Crates for the workspace, so the builds after this need no registry.
say "cargo fetch --locked"
cargo fetch --locked

say "setup done in $((SECONDS - started)) s: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), node $(node --version), $(chromium --version 2>/dev/null | head -n1)"
