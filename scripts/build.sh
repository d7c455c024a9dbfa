#!/usr/bin/env bash
# Builds the release dist/ (offline: any download attempt is an error).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# std is rebuilt for the wasm with the flags of .cargo/config.toml
# (panic=immediate-abort); trunk's native post-build hook unsets this.
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
trunk build --release --offline "$@"
