"""Parallel parsing from Python, for the ThreadSanitizer run (./dev sanitize).

    LD_PRELOAD=$(g++ -print-file-name=libtsan.so) TSAN_OPTIONS=halt_on_error=1 \
      PYTHONPATH=build/tsan/bindings/python /usr/bin/python3 bindings/python/tests/tsan_threads.py FILE...

With the module built in the ``tsan`` preset, any data race in the library or the bindings
stops the run with ThreadSanitizer's report. Without TSan it is an ordinary check: the reports
must not depend on how the work was shared out.

- ``parse_many(files, jobs=2)`` (native threads, the GIL released) equals ``jobs=1``;
- two Python threads calling ``parse_file`` and ``parse`` (of the same bytes, named as the file)
  at the same time give the same reports.

Not a pytest module (its name does not start with ``test_``): the files come from the command line.
"""
import os
import sys
import threading

import judgement


def main(files):
    if not files:
        sys.exit("tsan_threads.py: give the files to parse")
    one = [r.to_json() for r in judgement.parse_many(files, jobs=1)]
    two = [r.to_json() for r in judgement.parse_many(files, jobs=2)]
    if one != two:
        sys.exit("tsan_threads.py: parse_many(jobs=2) differs from jobs=1")

    texts = []
    for f in files:
        with open(f, "rb") as stream:
            texts.append(stream.read())
    out = [None, None]

    def by_path():
        out[0] = [judgement.parse_file(f).to_json() for f in files]

    def by_bytes():
        out[1] = [judgement.parse(t, name=os.path.basename(f)).to_json() for f, t in zip(files, texts)]

    threads = [threading.Thread(target=by_path), threading.Thread(target=by_bytes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if out[0] != one or out[1] != one:
        sys.exit("tsan_threads.py: parse_file and parse on two threads differ from parse_many")
    print(f"tsan_threads.py: {len(files)} files, parse_many jobs=2 equals jobs=1, two threads agree")


if __name__ == "__main__":
    main(sys.argv[1:])
