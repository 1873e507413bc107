#!/usr/bin/env bash
# README command 1: set up, build, and serve the widget on http://127.0.0.1:${PORT:-8080}/
# (a plain static server on loopback; Ctrl-C stops it). SKIP_SETUP=1 skips scripts/setup.sh.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
PORT="${PORT:-8080}"

if [ "${SKIP_SETUP:-0}" != 1 ]; then bash scripts/setup.sh; fi
bash scripts/build.sh

say "serving dist/ at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
echo "http://127.0.0.1:$PORT/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
