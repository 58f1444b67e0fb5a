#!/usr/bin/env bash
# Peak memory of one large input: the corpus text concatenated to at least MB megabytes
# (default 100) as one document, parsed by `judgement parse --format json` (release build), and
# the peak resident set size against issue 14's target of 3x the input and the earlier one of 4x
# plus 20 MB (docs/performance.md).
#
#   bench/memory.sh            MB=200 bench/memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mb=${MB:-100}
corpus=${JUDGEMENT_CORPUS:-../shared/corpus}
cmake --preset release >/dev/null
cmake --build --preset release --target judgement_cli >/dev/null

big=$(mktemp --suffix=.txt)
trap 'rm -f "$big" "$big.time"' EXIT
while [ "$(stat -c %s "$big")" -lt $(( mb * 1000000 )) ]; do
  cat "$corpus"/*.txt "$corpus"/real/*.txt >> "$big"
done
bytes=$(stat -c %s "$big")

/usr/bin/time -f '%M %e' -o "$big.time" build/release/tools/judgement parse --quiet --format json -o /dev/null "$big"
read -r kb seconds < "$big.time"
/usr/bin/python3 -c "
bytes, kb, s = $bytes, $kb, $seconds
mb, rss = bytes / 1e6, kb * 1024 / 1e6
def target(limit, name):
    return f'{name} {limit:.0f} MB: ' + ('met' if rss <= limit else 'not met')
print(f'input {mb:.1f} MB: peak RSS {rss:.0f} MB = {rss / mb:.2f}x the input; '
      + target(3 * mb, 'target 3x') + '; ' + target(4 * mb + 20, 'earlier 4x + 20') + f'; {s:.1f} s wall')"
