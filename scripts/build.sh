#!/usr/bin/env bash
# Builds the release dist/ (offline: any download attempt is an error).
#   scripts/build.sh [--site-url https://example.org/path/] [trunk options…]
# --site-url (or PLAN_OUVERT_SITE_URL) is the site's public address: with it,
# every page names its canonical URL and link card, and the build writes
# sitemap.xml, robots.txt and the cards (crates/site-gen/src/findable.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --site-url) [ $# -ge 2 ] || { echo "--site-url needs a URL" >&2; exit 2; }
                export PLAN_OUVERT_SITE_URL="$2"; shift 2 ;;
    --site-url=*) export PLAN_OUVERT_SITE_URL="${1#--site-url=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
# std is rebuilt for the wasm with the flags of .cargo/config.toml
# (panic=immediate-abort); trunk's native post-build hook unsets this
# (and inherits PLAN_OUVERT_SITE_URL).
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
trunk build --release --offline ${args[@]+"${args[@]}"}
