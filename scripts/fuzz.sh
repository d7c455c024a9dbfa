#!/usr/bin/env bash
# Runs each fuzz target for a fixed time: scripts/fuzz.sh [seconds per target, default 60].
#
# Needs the nightly toolchain and cargo-fuzz 0.13 (`cargo install cargo-fuzz
# --version 0.13.1 --locked`); libFuzzer is built with the system C++ compiler.
# Seeds come from the committed snapshot and report, copied into fuzz/corpus/
# (not committed). A crash leaves its input in fuzz/artifacts/<target>/ and
# makes this script fail; turn it into a regression test in the crate's tests.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/fuzz"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/fuzz/target}"

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "error: the nightly toolchain is missing (rustup toolchain install nightly)" >&2
  exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "error: cargo-fuzz is missing (cargo install cargo-fuzz --version 0.13.1 --locked)" >&2
  exit 2
fi

# Seeds: the real snapshot, a one-commitment cut of it, and a few broken ones;
# the real report and its first pages for the extractor.
mkdir -p corpus/load_snapshot corpus/extract
cp "$root/public/data/plan.json" corpus/load_snapshot/seed-real.json
python3 - "$root/public/data/plan.json" corpus/load_snapshot <<'PY'
import json, sys, pathlib
snap = json.load(open(sys.argv[1], encoding="utf-8"))
out = pathlib.Path(sys.argv[2])
small = dict(snap)
small["commitments"] = snap["commitments"][:1]
out.joinpath("seed-one.json").write_text(json.dumps(small, ensure_ascii=False), encoding="utf-8")
out.joinpath("seed-version.json").write_text('{"schema_version": 2}', encoding="utf-8")
out.joinpath("seed-array.json").write_text("[1]", encoding="utf-8")
PY
report="$root/data/source/rapport-autoevaluation-mi-parcours-2016.txt"
cp "$report" corpus/extract/seed-report.txt
head -c 20000 "$report" > corpus/extract/seed-head.txt

status=0
for target in load_snapshot extract; do
  echo "== fuzzing $target for ${seconds}s"
  extra=()
  if [ "$target" = load_snapshot ]; then extra+=(-dict=json.dict); fi
  # -max_len covers the largest seed (the report is about 190 KB).
  if ! cargo +nightly fuzz run "$target" "corpus/$target" -- \
      -max_total_time="$seconds" -max_len=262144 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 "${extra[@]}"; then
    echo "!! $target found a crash: see fuzz/artifacts/$target/" >&2
    status=1
  fi
done
exit $status
