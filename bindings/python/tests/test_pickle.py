"""Reports, scales, errors and timelines pickle, so process pools and Dask work."""

import concurrent.futures
import pickle

import pytest

import judgement


def _round_trip(x):
    return pickle.loads(pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL))


def test_reports_pickle_with_their_options(samples, ilacs_pdf):
    registry = judgement.ScaleRegistry('scale ofsted-requires-improvement "Traffic light"\n'
                                       '  "Green" "Amber" "Red"\nend\n', builtin=False)
    cases = [judgement.parse_file(p) for p in samples] + [
        judgement.parse(samples[0].read_text(), name="given", resolve_yearless_dates=True),
        judgement.parse(b"Overall effectiveness   Good\n\xff\n"),
        judgement.parse(ilacs_pdf, pdf_layout="raw"),
        judgement.parse("Overall effectiveness   Amber\n", scales=registry),
    ]
    for r in cases:
        back = _round_trip(r)
        assert back == r
        assert back.to_dict() == r.to_dict()
        assert back.text == r.text
        assert back.options.keys() == r.options.keys()
    assert _round_trip(cases[-2]).source.format == "pdf"
    assert _round_trip(cases[-1]).judgements[0].grade == "Amber"


def test_a_pickle_holds_the_text_and_the_json_and_nothing_more(samples):
    # Read back, not parsed again (test_bounds.py: equal after the registry changes).
    r = judgement.parse_file(samples[0])
    assert len(pickle.dumps(r)) < samples[0].stat().st_size + len(r.to_json().encode()) + 1000


def test_errors_pickle_with_their_position():
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse(b"a\nb\xff", utf8="strict")
    back = _round_trip(e.value)
    assert type(back) is judgement.ParseError
    assert (back.code, back.offset, back.line, back.column, back.excerpt) == (
        e.value.code, e.value.offset, e.value.line, e.value.column, e.value.excerpt)
    assert str(back) == str(e.value)


def test_scales_and_values_pickle():
    registry = judgement.ScaleRegistry('scale tl "Traffic light"\n  "Green" "Amber" "Red"\nend\n')
    back = _round_trip(registry)
    assert back.ids() == registry.ids()
    assert back["tl"] == registry["tl"]
    assert _round_trip(judgement.scale("care-inspectorate")) == judgement.scale("care-inspectorate")
    d = judgement.Date(2018, 6, 1, "month")
    assert _round_trip(d) == d and _round_trip(d).precision == "month"
    j = judgement.parse("Overall effectiveness   Good\n").judgements[0]
    assert _round_trip(j) == j


def _parse_in_worker(path):
    return judgement.parse_file(path)


def test_reports_come_back_from_a_process_pool(samples):
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        remote = list(pool.map(_parse_in_worker, samples))
    assert remote == [judgement.parse_file(p) for p in samples]
