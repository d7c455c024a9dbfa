#!/usr/bin/env bash
# Benchmark (issue 7), not a test: builds the release (or takes a built dist),
# then prints first-load sizes (raw, gzip, brotli), cold-load times on a slow
# phone for the app and for a static page with the same list, Lighthouse's four
# scores, and the app with a 5,000-commitment synthetic snapshot.
#
#   scripts/bench.sh                 # build dist/ with scripts/build.sh, then measure it
#   scripts/bench.sh path/to/dist    # measure an existing build
#   RUNS=9 SKIP=load,lighthouse,scale scripts/bench.sh dist   # parts to skip
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if [ $# -ge 1 ]; then dist=$1; else scripts/build.sh; dist=dist; fi
synth=${SCALE_SNAPSHOT:-${CARGO_TARGET_DIR:-target}/synth/plan-5000.json}
if [[ ",${SKIP:-}," != *",scale,"* && ! -f $synth ]]; then
  echo "== generating $synth (plan-synth, 5,000 commitments)"
  cargo run --quiet --release --offline -p plan-synth -- 5000 "$synth"
fi
SCALE_SNAPSHOT=$synth exec node scripts/bench/run.mjs "$dist" --runs "${RUNS:-7}" --skip "${SKIP:-}"
