#!/usr/bin/env bash
# ./dev, the project's everyday commands, without running a build: the script parses, its usage
# names every command, and `./dev check` (the fast inner loop) builds the dev preset and runs the
# plain ctest, with no sanitizer build or fuzzing. cmake, ctest and the package tools are stubs
# that log how they were called, so this takes milliseconds.
# usage: check_dev.sh SOURCE_ROOT
set -euo pipefail
root=$1
fail() { echo "check_dev: $*" >&2; exit 1; }

bash -n "$root/dev" || fail "dev does not parse"

status=0
usage=$("$root/dev" 2>&1 >/dev/null) || status=$?
[ "$status" -eq 2 ] || fail "./dev without a command exits $status, not 2"
for command in samples test check golden sanitize; do
  grep -q "\./dev $command" <<<"$usage" || fail "the usage does not name ./dev $command: $usage"
  grep -q "^#   \./dev $command" "$root/dev" || [ "$command" = sanitize ] || fail "the header does not describe ./dev $command"
done
grep -q '\./dev check' "$root/README.md" || fail "README.md does not name ./dev check"
grep -q '\./dev test' "$root/README.md" || fail "README.md does not name ./dev test"

stubs=$(mktemp -d)
trap 'rm -rf "$stubs"' EXIT
log=$stubs/calls
for tool in cmake ctest apt-get sudo; do
  printf '#!/bin/sh\necho "%s $*" >> "%s"\n' "$tool" "$log" > "$stubs/$tool"
done
printf '#!/bin/sh\nprintf "install ok installed"\n' > "$stubs/dpkg-query"
printf '#!/bin/sh\necho 7\n' > "$stubs/nproc"
chmod +x "$stubs"/*
PATH="$stubs:$PATH" "$root/dev" check >/dev/null 2>&1 || fail "./dev check failed with stub tools"
expected="cmake --preset dev
cmake --build --preset dev
ctest --preset dev -j 7"
[ "$(cat "$log")" = "$expected" ] || fail "./dev check ran:
$(cat "$log")
expected:
$expected"
echo "check_dev: ./dev parses, names its commands, and ./dev check is build + plain ctest"
