#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --test, to test) Plan ouvert.
# Idempotent: each step checks first and says what it does. Only the package
# registries (crates.io, npm, Debian) are used; nothing is downloaded elsewhere.
#
# Usage: scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
source scripts/versions.env

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# Rust toolchain and wasm target (rust-toolchain.toml pins both; rustup installs on demand).
if ! command -v rustup >/dev/null; then
  echo "setup: rustup is required (https://rustup.rs); it is on the project's machines." >&2
  exit 1
fi
# A pinned nightly with rust-src: the wasm build rebuilds std (-Zbuild-std).
if ! rustup target list --installed --toolchain "$RUST_TOOLCHAIN" 2>/dev/null | grep -q wasm32-unknown-unknown \
  || ! rustup component list --installed --toolchain "$RUST_TOOLCHAIN" 2>/dev/null | grep -q '^rust-src'; then
  say "adding Rust $RUST_TOOLCHAIN with rust-src and the wasm32-unknown-unknown target"
  rustup toolchain install "$RUST_TOOLCHAIN" --profile minimal -c rustfmt -c clippy -c rust-src -t wasm32-unknown-unknown
fi

# trunk, pinned: 0.22 needs a newer rustc.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
else
  say "trunk $TRUNK_VERSION already installed"
fi

# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock exactly,
# or trunk tries to download one (which fails offline).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (matches Cargo.lock)"
  # Not --locked: its lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
else
  say "wasm-bindgen-cli $WBG_VERSION already installed"
fi

# npm tools: wasm-opt (binaryen; Debian's breaks the wasm), Playwright, axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
else
  say "npm tools already installed"
fi

# Crates for the offline build.
say "fetching crates (cargo fetch), and std's own for -Zbuild-std"
cargo fetch --quiet
cargo fetch --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

if [ "$want_test" = 1 ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium from Debian"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  else
    say "Chromium already installed ($(chromium --version 2>/dev/null))"
  fi
fi
say "ready"
