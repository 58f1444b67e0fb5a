"""parse_many: input order, equal to one by one, errors, and the GIL released while parsing."""

import threading
import time

import pytest

import judgement


def test_jobs_2_equals_one_by_one_in_input_order(samples):
    items = list(samples) + [samples[0].read_text(), samples[1].read_bytes(), str(samples[2])]
    items = items[::-1] + items  # repeats, in an order unlike the listing's
    many = judgement.parse_many(items, jobs=2)
    assert len(many) == len(items)
    for item, r in zip(items, many):
        one = judgement.parse_file(item) if not isinstance(item, (str, bytes)) or (
            isinstance(item, str) and "\n" not in item) else judgement.parse(item)
        assert r == one
        assert r.to_dict() == one.to_dict()
    assert [r.source.name for r in judgement.parse_many(samples, jobs=2)] == [p.name for p in samples]
    assert judgement.parse_many(samples) == judgement.parse_many(samples, jobs=1)
    assert judgement.parse_many([]) == []


def test_options_apply_to_every_item(samples):
    many = judgement.parse_many(samples, jobs=2, timeframe_base="last_inspection_day")
    assert many == [judgement.parse_file(p, timeframe_base="last_inspection_day") for p in samples]
    assert all(r.options["timeframe_base"] == "last_inspection_day" for r in many)
    with pytest.raises(TypeError):
        judgement.parse_many(samples, name="x")
    with pytest.raises(ValueError):
        judgement.parse_many(samples, jobs=0)
    with pytest.raises(TypeError):
        judgement.parse_many([3])


def test_errors_raise_the_first_or_take_their_place(samples, tmp_path):
    missing = tmp_path / "missing.txt"
    items = [samples[0], missing, b"ok\n\xff\n", samples[1]]
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse_many(items, jobs=2, utf8="strict")
    assert e.value.code == "io" and str(missing) in e.value.message
    out = judgement.parse_many(items, jobs=2, errors="return", utf8="strict")
    assert isinstance(out[0], judgement.Report) and isinstance(out[3], judgement.Report)
    assert isinstance(out[1], judgement.ParseError) and out[1].code == "io"
    assert isinstance(out[2], judgement.ParseError) and (out[2].code, out[2].line, out[2].offset) == ("encoding", 2, 3)
    with pytest.raises(ValueError):
        judgement.parse_many(items, errors="ignore")


@pytest.fixture(scope="module")
def big_text(samples):
    # Long enough that a parse takes a good fraction of a second even in a Release build.
    text = "\n".join(p.read_text() for p in samples)
    return text * 8


def _overlap(a, b):
    return min(a[1], b[1]) - max(a[0], b[0])


def test_two_threads_parse_at_the_same_time(big_text):
    # Each report records when its parse ran (steady clock, inside the native code). Were the
    # GIL held while parsing, the two intervals could not overlap.
    barrier = threading.Barrier(2)
    results = [None, None]

    def work(k):
        barrier.wait()
        results[k] = judgement.parse(big_text)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    a, b = (r._native.parse_interval for r in results)
    shorter = min(a[1] - a[0], b[1] - b[0])
    assert _overlap(a, b) > shorter / 2, (a, b)
    assert results[0] == results[1]


def test_python_runs_while_a_parse_runs(big_text):
    ticks = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(time.monotonic_ns())
            time.sleep(0.001)

    t = threading.Thread(target=count)
    t.start()
    try:
        r = judgement.parse(big_text)
    finally:
        stop.set()
        t.join()
    start, end = r._native.parse_interval
    middle = (start + (end - start) // 4, end - (end - start) // 4)
    assert sum(middle[0] <= x <= middle[1] for x in ticks) >= 5, "the GIL was held while parsing"


def test_parse_many_parses_in_parallel(big_text):
    a, b = judgement.parse_many([big_text, big_text], jobs=2)
    assert _overlap(a._native.parse_interval, b._native.parse_interval) > 0
    a, b = judgement.parse_many([big_text, big_text], jobs=1)
    assert _overlap(a._native.parse_interval, b._native.parse_interval) < 0
