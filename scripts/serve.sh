#!/usr/bin/env bash
# README command 1: install what is missing, build, and serve the app with the
# bundled snapshot at http://127.0.0.1:8080 from a plain static server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
PORT="${PORT:-8080}"
echo "Plan ouvert: http://127.0.0.1:$PORT/  (Ctrl+C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
