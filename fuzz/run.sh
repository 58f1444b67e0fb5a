#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build/fuzzers) and runs each for SECONDS (default 60),
# as many at a time as there are cores.
#   fuzz/run.sh [SECONDS] [TARGET...]      targets: parse dates scales json pdf capi (default: all)
# Each target starts from its seeds (the fixtures, the sample reports, fuzz/seeds/) and every
# input that ever broke it (fuzz/regressions/<target>/); what it learns is kept in
# build/fuzzers/corpus/<target>, so later runs go on from there. A crash, leak, timeout or failed
# check stops the run with a non-zero status and leaves the input in build/fuzzers/findings/; copy
# it into fuzz/regressions/<target>/ (ctest replays that folder in every build). The seconds
# each target ran are added to build/fuzzers/time.log.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(parse dates scales json pdf capi)

CC=clang CXX=clang++ cmake -S . -B build/fuzzers -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJUDGEMENT_FUZZ=ON \
  -DJUDGEMENT_TESTS=OFF -DJUDGEMENT_TOOLS=OFF -DJUDGEMENT_BENCH=OFF -DJUDGEMENT_PYTHON=OFF >/dev/null
cmake --build build/fuzzers --target $(printf 'fuzz_%s ' "${targets[@]}")

seeds_for() {  # target -> the committed seed folders
  case "$1" in
    pdf) echo tests/fixtures/pdf ;;
    capi) echo tests/fixtures examples/reports fuzz/seeds/parse tests/fixtures/pdf ;;
    parse) echo tests/fixtures examples/reports fuzz/seeds/parse ;;
    scales) echo fuzz/seeds/scales ;;
    json) echo fuzz/seeds/json ;;
    *) echo tests/fixtures examples/reports ;;
  esac
}

run_one() {  # target: run it, log its time, say how it went
  local t=$1 corpus=build/fuzzers/corpus/$1 findings=build/fuzzers/findings/$1
  mkdir -p "$corpus" "$findings"
  # The scratch corpus comes first: libFuzzer writes new inputs into the first folder only.
  if build/fuzzers/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" $(seeds_for "$t") fuzz/regressions/"$t" \
       2> build/fuzzers/"$t".log; then
    echo "$(date -u +%FT%TZ) $t ${seconds}s ok" >> build/fuzzers/time.log
    echo "fuzz: $t ran ${seconds}s: $(grep -E '^stat::number_of_executed_units' build/fuzzers/"$t".log | grep -oE '[0-9]+$') runs, no finding" >&2
  else
    echo "$(date -u +%FT%TZ) $t ${seconds}s FAILED" >> build/fuzzers/time.log
    echo "fuzz: $t failed; see build/fuzzers/$t.log and $findings/" >&2
    tail -40 build/fuzzers/"$t".log >&2
    return 1
  fi
}

# One target a core at a time.
jobs=$(nproc)
status=0
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
    wait -n || status=1
  done
  run_one "$t" &
done
while [ "$(jobs -rp | wc -l)" -gt 0 ]; do
  wait -n || status=1
done
exit $status
