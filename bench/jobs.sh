#!/usr/bin/env bash
# Many files on every core: `judgement parse --jobs 1` against `--jobs N` (N = the cores), and
# Python's parse_many(jobs=1) against jobs=N, over the same files: the corpus text copied
# COPIES times (default 20) into a temporary folder (docs/performance.md).
#
#   bench/jobs.sh                 release build, 7 interleaved pairs of runs
#   COPIES=40 RUNS=11 bench/jobs.sh
#
# Wall time on a shared VM moves by 20% from one minute to the next, so the runs go in pairs
# (jobs 1, then jobs N, back to back) and the table gives the median of the pairs' speed-ups,
# with the lowest and highest, and how busy the N cores were during the jobs N runs (CPU time
# over wall time; N means no core waited).
set -euo pipefail
cd "$(dirname "$0")/.."

copies=${COPIES:-20}
runs=${RUNS:-7}
corpus=${JUDGEMENT_CORPUS:-../shared/corpus}
cores=$(nproc)

cmake --preset release >/dev/null
cmake --build --preset release --target judgement_cli _judgement >/dev/null

dir=$(mktemp -d)
trap 'rm -rf "$dir" "$dir.time"' EXIT
texts=("$corpus"/*.txt "$corpus"/real/*.txt)
for k in $(seq "$copies"); do
  mkdir -p "$dir/$k"
  cp "${texts[@]}" "$dir/$k/"
done
files=$(find "$dir" -name '*.txt' | wc -l)
bytes=$(cat "$dir"/*/*.txt | wc -c)
echo "jobs: $files files, $(( bytes / 1000000 )) MB, $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# The CLI, the whole process: "wall cpu" seconds of each run, one pair a line.
cli=build/release/tools/judgement
cli_runs=""
for _ in $(seq "$runs"); do
  for j in 1 "$cores"; do
    /usr/bin/time -f '%e %U %S' -o "$dir.time" "$cli" parse --quiet --jobs "$j" --format jsonl -o /dev/null "$dir"
    read -r wall user sys < "$dir.time"
    cli_runs+="$wall $(/usr/bin/python3 -c "print($user + $sys)") "
  done
  cli_runs+=$'\n'
done

# Python: parse_many alone, timed inside the interpreter (start-up and import left out).
py_runs=$(PYTHONPATH=build/release/bindings/python /usr/bin/python3 - "$dir" "$runs" "$cores" <<'PY'
import glob, sys, time
import judgement
files = sorted(glob.glob(sys.argv[1] + "/*/*.txt"))
for _ in range(int(sys.argv[2])):
    line = []
    for jobs in (1, int(sys.argv[3])):
        wall, cpu = time.perf_counter(), time.process_time()
        judgement.parse_many(files, jobs=jobs)
        line += [time.perf_counter() - wall, time.process_time() - cpu]
    print(*line)
PY
)

/usr/bin/python3 - "$cores" "$bytes" "$cli_runs" "$py_runs" <<'PY'
import statistics, sys
cores, mb = int(sys.argv[1]), int(sys.argv[2]) / 1e6
print(f"| run | jobs 1 (median) | jobs {cores} (median) | speed-up: median of pairs (lowest to highest) | cores busy at jobs {cores} |")
print("|---|---:|---:|---:|---:|")
for name, text in (("`judgement parse --format jsonl` (CLI, whole process)", sys.argv[3]),
                   ("`judgement.parse_many` (Python, the call)", sys.argv[4])):
    pairs = [list(map(float, line.split())) for line in text.strip().splitlines()]
    one = statistics.median(p[0] for p in pairs)
    many = statistics.median(p[2] for p in pairs)
    ups = sorted(p[0] / p[2] for p in pairs)
    busy = statistics.median(p[3] / p[2] for p in pairs)
    print(f"| {name} | {one:.2f} s ({mb / one:.1f} MB/s) | {many:.2f} s ({mb / many:.1f} MB/s) | "
          f"**{statistics.median(ups):.2f}x** ({ups[0]:.2f} to {ups[-1]:.2f}) | {busy:.2f} |")
PY
