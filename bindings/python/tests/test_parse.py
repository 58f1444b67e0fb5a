"""parse, parse_file and their options; errors with positions."""

import pathlib

import pytest

import judgement


def test_parse_reads_text_and_bytes_alike(ilacs_path):
    text = ilacs_path.read_text()
    from_str = judgement.parse(text)
    assert from_str.document.type == "ilacs"
    assert from_str.document.provider == "Riverford City Council"
    for data in (text.encode(), bytearray(text.encode()), memoryview(text.encode())):
        assert judgement.parse(data) == from_str
    assert judgement.Report(text) == from_str  # the constructor is parse


def test_parse_refuses_other_types():
    with pytest.raises(TypeError):
        judgement.parse(42)


def test_parse_file_names_the_report_after_the_file(ilacs_path):
    for path in (ilacs_path, str(ilacs_path)):
        r = judgement.parse_file(path)
        assert r.source.name == "2019-ilacs.txt"
        assert r.source.bytes == ilacs_path.stat().st_size
        assert r.source.format == "text"
    assert judgement.parse_file(ilacs_path, name="x").source.name == "x"
    assert judgement.parse_file(ilacs_path) == judgement.parse(ilacs_path.read_bytes(), name="2019-ilacs.txt")


def test_missing_file_is_a_parse_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse_file(missing)
    assert e.value.code == "io"
    assert str(missing) in e.value.message
    assert isinstance(e.value, judgement.Error)


def test_strict_utf8_error_has_offset_line_and_column():
    data = "Inspection dates: 4 to 15 March 2024\nLead inspector: Ann\u00e9 \xff\n".encode("latin-1", "ignore")
    data = "Inspection dates: 4 to 15 March 2024\n".encode() + "Lead inspector: Ann\u00e9 ".encode() + b"\xff\n"
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse(data, utf8="strict")
    err = e.value
    assert err.code == "encoding"
    assert err.offset == data.index(b"\xff")
    assert err.line == 2
    assert err.column == len("Lead inspector: Ann\u00e9 ".encode()) + 1  # bytes in bytes input
    assert "^" in err.excerpt
    assert str(err).startswith(f"2:{err.column}: ")


def test_replace_policy_keeps_going_with_a_diagnostic():
    data = b"Overall effectiveness    Good\n\xff\xfe stray bytes\n"
    r = judgement.parse(data)
    assert [d.code for d in r.diagnostics].count("invalid-utf8") == 2
    assert "\ufffd\ufffd stray bytes" in r.text
    assert r.judgements[0].grade == "Good"


def test_options_are_checked():
    with pytest.raises(ValueError, match="pdf_layout"):
        judgement.parse("x\n", pdf_layout="sideways")
    with pytest.raises(ValueError, match="utf8"):
        judgement.parse("x\n", utf8="lenient")
    with pytest.raises(ValueError, match="timeframe_base"):
        judgement.parse("x\n", timeframe_base="tomorrow")
    with pytest.raises(TypeError, match="unknown option"):
        judgement.parse_file("x", colour="blue")
    with pytest.raises(TypeError, match="ScaleRegistry"):
        judgement.parse("x\n", scales="ofsted")


LETTER = """Ofsted
Piccadilly Gate
Manchester

1 November 2021

Dear Director

Focused visit to Eastwich children's services

This letter summarises the findings of the focused visit to Eastwich children's services
on 13 and 14 October.

What needs to improve in this area of social work practice

Within 3 months:
- The timeliness of assessments for children in need.
"""


def test_resolve_yearless_dates_gives_the_documents_year():
    plain = judgement.parse(LETTER)
    resolved = judgement.parse(LETTER, resolve_yearless_dates=True)
    assert plain.options["resolve_yearless_dates"] is False
    assert resolved.options["resolve_yearless_dates"] is True
    years = {d.start.year for d in resolved.dates if d.text.startswith("13 and 14")}
    assert years == {2021}
    assert not any(d.text.startswith("13 and 14") and d.start is not None and d.start.year == 2021
                   for d in plain.dates)


def test_timeframe_base_changes_due_dates(samples):
    path = next(p for p in samples if "2013" in p.name)
    automatic = judgement.parse_file(path)
    last_day = judgement.parse_file(path, timeframe_base="last_inspection_day")
    dues = [(a.due, b.due) for a, b in zip(automatic.findings, last_day.findings) if a.timeframe]
    assert dues, "the 2013 sample has findings with timeframes"
    end = last_day.document.inspection_dates.end
    assert all(b >= end and a != b for a, b in dues)
    assert {b for a, b in dues if a == automatic.document.published} == {end}  # "immediately"


def test_pdf_bytes_and_files(ilacs_pdf, tmp_path):
    r = judgement.parse(ilacs_pdf)
    assert r.source.format == "pdf"
    assert r.source.bytes == len(ilacs_pdf)
    assert r.document.type == "ilacs"
    assert r.judgement("overall_effectiveness").grade == "Requires improvement to be good"
    assert "Overall effectiveness" in r.text  # the extracted text, which spans index
    assert max(p.span.page for p in r.paragraphs) > 1
    for j in r.judgements:
        assert j.area.split()[0] in r.excerpt(j.evidence[0])
    path = tmp_path / "report.bin"  # the kind comes from the content, not the name
    path.write_bytes(ilacs_pdf)
    assert judgement.parse_file(path) == judgement.parse(ilacs_pdf, name="report.bin")
    reading = judgement.parse(ilacs_pdf, pdf_layout="reading_order")
    assert reading.source.format == "pdf"
    assert reading.options["pdf_layout"] == "reading_order"


def test_corrupt_pdf_is_a_parse_error(ilacs_pdf):
    with pytest.raises(judgement.ParseError) as e:
        judgement.parse(ilacs_pdf[: len(ilacs_pdf) // 3])
    assert e.value.code == "pdf"
