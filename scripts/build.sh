#!/usr/bin/env bash
# Builds the release dist/ (offline: any download attempt is an error).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline "$@"
