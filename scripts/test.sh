#!/usr/bin/env bash
# README command 2: install what is missing, then run the whole test suite:
# formatting and lints, native tests of the pure crates, the release build,
# and the real-browser tests (headless Chromium against dist/ on a static server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy (native crates, then the app for wasm)"
cargo clippy --quiet -p plan-core -p plan-extract -p site-gen --all-targets -- -D warnings
# The app as site-gen renders it at build time: natively, with leptos's ssr.
cargo clippy --quiet -p plan-ouvert --no-default-features --features ssr -- -D warnings
# The wasm is checked as it is built: std rebuilt with panic=immediate-abort.
CARGO_UNSTABLE_BUILD_STD=std,panic_abort cargo clippy --quiet -p plan-ouvert --target wasm32-unknown-unknown -- -D warnings
step "native tests"
cargo test -p plan-core -p plan-extract -p site-gen
step "preview script against plan-core (node --test)"
node --test tests/early/
step "release build"
scripts/build.sh
step "browser tests (headless Chromium)"
# findable.spec.mjs also runs site-gen again on copies of dist/ (with and
# without --site-url) and serves them with tests/e2e/static-404.mjs.
npx playwright test
step "the first paint before the wasm, in Firefox ESR and WebKit (WebDriver)"
scripts/engines.sh dist
