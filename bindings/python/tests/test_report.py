"""Report's typed values, spans as str indices, to_dict/to_json against the contract, HTML."""

import datetime
import json
import subprocess

import pytest

import judgement
from judgement import Date


@pytest.fixture(scope="module")
def reports(samples):
    return {p.name: judgement.parse_file(p) for p in samples}


def test_typed_values(reports):
    r = reports["2019-ilacs.txt"]
    assert isinstance(r.document, judgement.Document)
    assert r.document.inspection_dates.start == Date(2019, 5, 13)
    assert isinstance(r.document.inspection_dates.start, datetime.date)
    assert r.document.inspectors[0] == judgement.Inspector("Jonathan Pryce", "Her Majesty\u2019s Inspector")
    overall = r.judgement("overall_effectiveness")
    assert (overall.area, overall.grade, overall.code, overall.scale, overall.band) == (
        "Overall effectiveness", "Requires improvement to be good", 3, "ofsted-requires-improvement",
        "requires_improvement")
    assert r.judgement("Overall effectiveness") is overall
    assert r.judgement("no_such_area") is None
    for name, report in reports.items():
        for j in report.judgements:
            assert j.band in judgement.BANDS
            assert isinstance(j.evidence, tuple) and all(isinstance(s, judgement.Span) for s in j.evidence)
            assert j.code is None or isinstance(j.code, int)
        for f in report.findings:
            assert f.kind in ("improvement", "finding", "strength", "concern", "risk")
            assert f.due is None or isinstance(f.due, Date)
        for d in report.dates:
            assert d.precision in judgement.PRECISIONS
        for q in report.quantities:
            assert isinstance(q.value, float)
        for p in report.paragraphs:
            assert isinstance(p.number, int) and p.label
        for ref in report.references:
            assert all(isinstance(j, judgement.Judgement) for j in ref.judgements)
        for d in report.diagnostics:
            assert d.severity in ("error", "warning", "info")


def test_values_are_immutable_and_cached(reports):
    r = reports["2019-ilacs.txt"]
    assert r.judgements is r.judgements
    with pytest.raises(AttributeError):
        r.judgements[0].grade = "Outstanding"


def _all_spans(r):
    for j in r.judgements:
        yield from j.evidence
    for group in (r.findings, r.paragraphs, r.references, r.dates, r.quantities, r.diagnostics):
        for item in group:
            yield item.span


def test_spans_are_str_indices_into_text(reports):
    for r in reports.values():
        raw = r.text.encode()
        for s in _all_spans(r):
            assert r.text[s.begin:s.end] == raw[s.byte_begin:s.byte_end].decode()
            assert r.excerpt(s) == r.text[s.slice]
        for item in r.dates + r.quantities:  # their text is as written, line breaks joined
            assert " ".join(r.excerpt(item.span).split()) == " ".join(item.text.split())


def test_spans_past_multibyte_characters_still_point_at_the_text():
    prefix = "Café – «naïve» ☃ 𝒳\n"
    text = prefix + "Overall effectiveness    Inadequate\nInspection dates: 4 to 15 March 2024\n"
    r = judgement.parse(text)
    [j] = r.judgements
    s = j.evidence[0]
    assert s.byte_begin > s.begin  # the prefix is wider in bytes than in characters
    assert "Inadequate" in r.text[s.begin:s.end]
    d = next(d for d in r.dates if d.text == "4 to 15 March 2024")
    assert r.text[d.span.begin:d.span.end] == "4 to 15 March 2024"
    assert r.text == text


def test_spans_count_each_bad_byte_as_one_character():
    data = b"\xff\xc3(\xe2\x82 x\nOverall effectiveness    Good\n"
    r = judgement.parse(data)
    assert r.text.startswith("\ufffd\ufffd(\ufffd\ufffd x\n")
    s = r.judgements[0].evidence[0]
    assert r.text[s.begin:s.end].startswith("Overall effectiveness")


def test_write_json_writes_what_to_json_gives_in_stretches(samples):
    big = judgement.parse("\n\n".join([samples[0].read_text(encoding="utf-8")] * 40))
    for pretty in (False, True):
        parts = []

        class Sink:
            def write(self, text):
                parts.append(text)

        big.write_json(Sink(), pretty=pretty)
        assert "".join(parts) == big.to_json(pretty=pretty)
        assert len(parts) > 1 and max(len(p.encode("utf-8")) for p in parts) < 80 * 1024


def test_write_json_passes_on_what_the_file_raises(reports):
    class Full:
        def write(self, text):
            raise OSError("no space left on device")

    with pytest.raises(OSError, match="no space left"):
        next(iter(reports.values())).write_json(Full())


def test_to_dict_is_the_contracts_json(reports):
    for r in reports.values():
        d = r.to_dict()
        assert d == json.loads(r.to_json()) == json.loads(r.to_json(pretty=True))
        assert d["schema"] == "judgement.report/1"
        assert set(d) >= {"source", "document", "judgements", "findings", "paragraphs", "references", "dates",
                          "quantities", "diagnostics"}
        assert [j["grade"] for j in d["judgements"]] == [j.grade for j in r.judgements]
        assert [j["evidence"][0]["begin"] for j in d["judgements"]] == [j.evidence[0].byte_begin for j in r.judgements]
        if r.document.inspection_dates:
            assert d["document"]["inspection_dates"]["start"] == str(r.document.inspection_dates.start)
    assert "\n  " in r.to_json(pretty=True)


def test_to_dict_equals_the_cli(samples, cli):
    for path in samples:
        out = subprocess.run([cli, "parse", "--format", "json", str(path)], check=True, capture_output=True).stdout
        assert judgement.parse_file(path).to_dict() == json.loads(out), path.name


def test_equality(reports, ilacs_path):
    r = reports["2019-ilacs.txt"]
    assert r == judgement.parse_file(ilacs_path)
    assert r != reports["2024-ilacs.txt"]
    assert r != "2019-ilacs.txt"
    with pytest.raises(TypeError):
        hash(r)


def test_repr_and_html(reports):
    r = reports["2019-ilacs.txt"]
    assert repr(r).startswith("<judgement.Report ilacs 'Riverford City Council' 2019-05-13..2019-05-24")
    html = r._repr_html_()
    assert "<table>" in html and "Riverford City Council" in html
    from judgement._html import BAND_COLOURS
    assert f"background:{BAND_COLOURS['requires_improvement'][0]}" in html
    assert f"background:{BAND_COLOURS['good'][0]}" in html
    assert "judgement-band-good" in html
    assert f"{len(r.findings)} findings" in html
    nasty = judgement.parse("<script>alert(1)</script> Council\nOverall effectiveness    Good\n")
    assert "<script>" not in nasty._repr_html_()


def test_partial_dates_keep_their_precision():
    d = Date(2018, 6, 1, "month")
    assert (str(d), d.iso(), d.precision) == ("2018-06", "2018-06", "month")
    assert str(Date(2015, 1, 1, "year")) == "2015"
    assert d != Date(2018, 6, 1) and d == datetime.date(2018, 6, 1)
    assert Date(2018, 6, 1) == Date(2018, 6, 1, "day")
    with pytest.raises(ValueError):
        Date(2018, 6, 1, "fortnight")
    r = judgement.parse("Services have improved since June 2018.\n")
    [m] = [m for m in r.dates if m.text == "June 2018"]
    assert m.start == Date(2018, 6, 1, "month") and m.precision == "month"


def test_absent_texts_are_none():
    # What the text does not say is None (JSON null), never "".
    r = judgement.parse("Notes of a meeting\n\nInspectors: Jane Fairweather\n\nthe weather was fine.\n")
    assert r.document.inspectorate is None
    assert r.document.provider is None
    assert [(i.name, i.role) for i in r.document.inspectors] == [("Jane Fairweather", None)]
    d = r.to_dict()["document"]
    assert (d["inspectorate"], d["provider"], d["inspectors"][0]["role"]) == (None, None, None)
    # A numbered paragraph under no heading has no section.
    p = judgement.parse("1. The first paragraph, under no heading at all.\n\n2. The second one.\n").paragraphs
    assert [(x.number, x.section) for x in p] == [(1, None), (2, None)]

