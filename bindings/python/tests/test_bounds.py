"""Bounds and interfaces: pickles that come back equal whatever the registry became, buffers
that are not one plain run of bytes, and inputs past max_bytes."""

import pickle

import pytest

import judgement

TRAFFIC_LIGHT = 'scale ofsted-requires-improvement "Traffic light"\n  "Green" "Amber" "Red"\nend\n'


def _round_trip(x):
    return pickle.loads(pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL))


def test_a_pickle_comes_back_equal_after_the_registry_changes():
    registry = judgement.ScaleRegistry(builtin=False)
    text = "Overall effectiveness   Amber\n"
    r = judgement.parse(text, scales=registry)
    assert not r.judgements
    registry.define(TRAFFIC_LIGHT)  # parsing again now would read "Amber" as a grade
    assert any(j.grade == "Amber" for j in judgement.parse(text, scales=registry).judgements)
    back = _round_trip(r)
    assert back == r
    assert back.to_dict() == r.to_dict()
    assert back.text == r.text
    assert back.options.keys() == r.options.keys()
    assert _round_trip(back) == r


def test_a_pdf_report_pickles_with_its_text_and_bytes(ilacs_pdf):
    r = judgement.parse(ilacs_pdf, pdf_layout="raw")
    back = _round_trip(r)
    assert back == r and back.text == r.text and back.source.format == "pdf"
    span = r.judgements[0].evidence[0]
    assert back.excerpt(back.judgements[0].evidence[0]) == r.excerpt(span) != ""
    assert _round_trip(back) == r


def test_strided_and_reversed_buffers_are_read_as_the_bytes_they_show():
    text = b"Overall effectiveness   Good\n"
    doubled = bytes(b for c in text for b in (c, ord("#")))
    strided = memoryview(doubled)[::2]
    assert judgement.parse(strided) == judgement.parse(text)
    assert judgement.parse(strided).text == text.decode()
    backwards = memoryview(text[::-1])[::-1]
    assert judgement.parse(backwards).text == text.decode()
    assert judgement.parse(memoryview(text)[::-1]).text == text[::-1].decode()
    big = bytearray(b"x" * (1 << 20))
    assert len(judgement.parse(memoryview(big)[::-1]).text) == 1 << 20


def test_max_bytes_bounds_inputs_in_memory_and_from_files(samples):
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse("Overall effectiveness   Good\n", max_bytes=8)
    assert e.value.code == "limit" and "max_bytes" in e.value.message
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse_file("/dev/zero", max_bytes=1 << 16)
    assert e.value.code == "limit" and e.value.message.startswith("/dev/zero: ")
    out = judgement.parse_many(["/dev/zero", samples[0]], max_bytes=1 << 16, errors="return")
    assert isinstance(out[0], judgement.ParseError) and isinstance(out[1], judgement.Report)
    assert judgement.parse("Good\n", max_bytes=0).text == "Good\n"


def _fixture(name):
    import pathlib
    return (pathlib.Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "pdf" / name).read_bytes()


def test_a_pdf_past_its_budget_is_a_limit_error():
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse(_fixture("hostile/fanout.pdf"), pdf_max_milliseconds=0, pdf_max_glyphs=2000)
    assert e.value.code == "limit" and "pdf_max_glyphs" in e.value.message


def test_ctrl_c_stops_a_pdf_being_read():
    import os
    import signal
    import threading
    import time
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    start = time.monotonic()
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            judgement.parse(_fixture("hostile/fanout.pdf"), pdf_max_milliseconds=0, pdf_max_read_bytes=0, pdf_max_glyphs=0)
    finally:
        timer.cancel()
    assert time.monotonic() - start < 10


def test_a_file_of_4_gib_or_more_is_refused_unread_even_with_max_bytes_0(tmp_path):
    # A sparse file: 4 GiB long, no disk or memory behind it. The library reads 4 GiB - 1
    # bytes at most (its offsets are 32 bits), whatever max_bytes says.
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate((1 << 32))
    for max_bytes in (0, 8 << 30):
        with pytest.raises(judgement.ParseError) as e:
            judgement.parse_file(str(huge), max_bytes=max_bytes)
        assert e.value.code == "limit"
        assert "judgement reads" in e.value.message and e.value.message.startswith(str(huge) + ": ")
