"""to_frame: the tables, their values and their dtypes."""

import pandas as pd
import pytest

import judgement


@pytest.fixture(scope="module")
def reports(samples):
    return judgement.parse_many(samples)


def test_judgements_table(reports):
    df = judgement.to_frame(reports, table="judgements")
    assert len(df) == sum(len(r.judgements) for r in reports)
    assert str(df["code"].dtype) == "Int64"
    assert str(df["inspection_start"].dtype) == "datetime64[ns]"
    assert df["report"].dtype == "int64"
    band = df["band"].dtype
    assert isinstance(band, pd.CategoricalDtype) and band.ordered
    assert list(band.categories) == ["inadequate", "requires_improvement", "good", "outstanding"]
    assert (df["band"] >= "requires_improvement").sum() == sum(
        j.band != "inadequate" for r in reports for j in r.judgements)
    row = df[(df["source"] == "2019-ilacs.txt") & (df["area_id"] == "overall_effectiveness")].iloc[0]
    assert (row["grade"], row["code"], row["band"], row["inspection_start"]) == (
        "Requires improvement to be good", 3, "requires_improvement", pd.Timestamp("2019-05-13"))
    assert isinstance(df["document_type"].dtype, pd.CategoricalDtype)
    assert df["code"].isna().sum() == sum(j.code is None for r in reports for j in r.judgements)


def test_findings_table(reports):
    df = judgement.to_frame(reports, table="findings")
    assert len(df) == sum(len(r.findings) for r in reports)
    assert str(df["due"].dtype) == "datetime64[ns]" and str(df["paragraph"].dtype) == "Int64"
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    dues = [f.due for r in reports for f in r.findings]
    assert df["due"].notna().sum() == sum(d is not None for d in dues) > 0
    assert [d.date() for d in df["due"].dropna()] == [d for d in dues if d is not None]


def test_dates_table(reports):
    df = judgement.to_frame(reports, table="dates")
    assert len(df) == sum(len(r.dates) for r in reports)
    assert str(df["start"].dtype) == "datetime64[ns]" and str(df["end"].dtype) == "datetime64[ns]"
    assert list(df["precision"].cat.categories) == list(judgement.PRECISIONS)
    year = df[df["precision"] == "year"].iloc[0]
    assert year["start"].month == 1 and year["start"].day == 1  # a year is its first day, with its precision
    assert (df["start"] <= df["end"]).all()


def test_quantities_table(reports):
    df = judgement.to_frame(reports, table="quantities")
    assert len(df) == sum(len(r.quantities) for r in reports) > 0
    assert df["value"].dtype == "float64" and df["from"].dtype == "float64"
    assert list(df["value"]) == [q.value for r in reports for q in r.quantities]


def test_other_tables_and_arguments(reports):
    df = judgement.to_frame(reports, table="reports")
    assert list(df["source"]) == [r.source.name for r in reports]
    assert str(df["date"].dtype) == "datetime64[ns]" and str(df["judgements"].dtype) == "Int64"
    assert len(judgement.to_frame(reports, "paragraphs")) == sum(len(r.paragraphs) for r in reports)
    diagnostics = judgement.to_frame(reports, "diagnostics")
    assert len(diagnostics) == sum(len(r.diagnostics) for r in reports)
    assert "unclassified" in set(diagnostics["code"])  # ids, not numbers
    one = judgement.to_frame(reports[0])
    assert len(one) == len(reports[0].judgements)
    with pytest.raises(ValueError):
        judgement.to_frame(reports, table="people")
    with pytest.raises(TypeError):
        judgement.to_frame(["not a report"])


def test_empty_tables_keep_their_dtypes():
    df = judgement.to_frame([], table="judgements")
    assert len(df) == 0
    assert str(df["code"].dtype) == "Int64" and str(df["inspection_start"].dtype) == "datetime64[ns]"
    assert df["band"].dtype.ordered
