#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 60) on its kept inputs in Fuzz/corpus/<target>/.
# New interesting inputs go to .build-fuzz/corpus/<target>/ (not the repository); a crash leaves
# its input in .fuzz-artifacts/ and stops the run with a non-zero status: add that input to
# Fuzz/corpus/<target>/ as a regression input (the test suite replays it) and fix the bug.
#
#   bash Fuzz/build.sh && bash Fuzz/run.sh 300
#   FUZZ_TARGETS="draft incremental" bash Fuzz/run.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets="${FUZZ_TARGETS:-framing draft knowledge incremental}"
mkdir -p .fuzz-artifacts
for target in $targets; do
  binary=".build-fuzz/fuzz-$target"
  [ -x "$binary" ] || { echo "fuzz: $binary missing: run bash Fuzz/build.sh first" >&2; exit 2; }
  scratch=".build-fuzz/corpus/$target"
  mkdir -p "$scratch"
  echo "fuzz: $target for ${seconds}s"
  log=".build-fuzz/$target.log"
  status=0
  "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix=".fuzz-artifacts/$target-" -print_final_stats=1 \
    "$scratch" "Fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Test unit written|fuzz invariant" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 30 "$log" >&2
    echo "fuzz: $target failed (status $status); the input is in .fuzz-artifacts/" >&2
    exit 1
  fi
done
echo "fuzz: no crashes"
