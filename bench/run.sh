#!/usr/bin/env bash
# Builds the release preset and runs the benchmarks on the shared corpus, then prints MB/s of
# input text per stage at 1x and 10x and the ratios (docs/performance.md).
#
#   bench/run.sh                  3 repetitions of every benchmark, medians in the table
#   BENCH_REPETITIONS=5 bench/run.sh
#   bench/run.sh --benchmark_filter='parse|linecount'   extra arguments go to judgement_bench
#
# The raw results stay in build/release/bench/results.json (BENCH_OUT to put them elsewhere);
# JUDGEMENT_CORPUS names another corpus folder (*.txt and real/*.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

repetitions=${BENCH_REPETITIONS:-3}
out=${BENCH_OUT:-build/release/bench/results.json}

cmake --preset release >/dev/null
# Only the benchmark and what it links: the rest of the tree need not build for it to run.
cmake --build --preset release --target judgement_bench

mkdir -p "$(dirname "$out")"
echo "bench: running (${repetitions} repetitions; a few minutes) ..." >&2
build/release/bench/judgement_bench --benchmark_format=json \
  --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
  "$@" >"$out"
/usr/bin/python3 bench/table.py "$out"
