#!/usr/bin/env bash
# Benchmark (issues 7 and 12), not a test: prints numbers, asserts nothing.
# Builds the release (or takes a built dist), then prints:
#   sizes      first-load sizes (raw, gzip, brotli), the budget, and the
#              Content-Encoding servers really send when brotli is offered
#   load       slow 4G + CPU ÷4, cold, 412 px: first paint, app ready and
#              search usable for the app and for an anchor page (the same list
#              as plain HTML with a ~1 KB filter script), median and spread,
#              ratio; the app's longest start-up task, blocking time, bytes
#   commitment a shared link to /engagements/1/ (and /en/) on the same slow
#              phone: readable (every action's text and results shown) against
#              the same page as plain HTML (scripts removed), median and
#              ratio; screenshots at 1, 2 and 3 s in target/bench/
#   visit      a first visit with the service worker: bytes until the worker
#              is ready and the network is quiet, precache included
#   pages      the HTML of each kind of page, raw and gzip, both languages
#   embed      what ?statut=partial&embed=1 shows at 0.8 s and 1.6 s (375 px),
#              in words, with screenshots in target/bench/
#   lighthouse Lighthouse 12 mobile, 3 runs, medians, on / and /engagements/1/
#   crates     the wasm's size by crate (a build with names + twiggy; minutes)
#   scale      the app with a 5,000-commitment synthetic snapshot
#
#   scripts/bench.sh                 # build dist/ with scripts/build.sh, then measure it
#   scripts/bench.sh path/to/dist    # measure an existing build
#   RUNS=9 SKIP=crates,lighthouse,scale scripts/bench.sh dist   # more runs, parts skipped
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
TWIGGY_VERSION=0.8.0
skip=",${SKIP:-},"
if [ $# -ge 1 ]; then dist=$1; else scripts/build.sh; dist=dist; fi
synth=${SCALE_SNAPSHOT:-${CARGO_TARGET_DIR:-target}/synth/plan-5000.json}
if [[ $skip != *",scale,"* && ! -f $synth ]]; then
  echo "== generating $synth (plan-synth, 5,000 commitments)"
  cargo run --quiet --release --offline -p plan-synth -- 5000 "$synth"
fi
# (twiggy --version prints "twiggy-opt 0.8.0")
if [[ $skip != *",crates,"* && "$(twiggy --version 2>/dev/null || true)" != *" $TWIGGY_VERSION" ]]; then
  echo "== installing twiggy $TWIGGY_VERSION (crates.io) for the per-crate table"
  cargo install --locked --quiet twiggy --version "$TWIGGY_VERSION"
fi
SCALE_SNAPSHOT=$synth exec node scripts/bench/run.mjs "$dist" --runs "${RUNS:-5}" --skip "${SKIP:-}"
