"""Timeline: reports grouped by provider, in date order, with each judgement's change."""

import json
import pickle
import subprocess

import pandas as pd
import pytest

import judgement

HEAD = "Inspection of Eastwich local authority children’s services\nInspection dates: {dates}\n\n"


def _ilacs(dates, grades, name=None):
    lines = "\n".join(f"{area}    {grade}" for area, grade in grades)
    return judgement.parse(HEAD.format(dates=dates) + lines + "\n", name=name)


@pytest.fixture(scope="module")
def eastwich():
    return [
        _ilacs("4 to 15 March 2023", [("Overall effectiveness", "Good")], "2023.txt"),
        _ilacs("4 to 15 March 2019", [("Overall effectiveness", "Inadequate")], "2019.txt"),
        _ilacs("1 to 5 June 2021", [("Overall effectiveness", "Good")], "2021.txt"),
    ]


def test_inspections_in_date_order_with_changes(eastwich):
    t = judgement.Timeline(eastwich)
    assert len(t) == 1 and t.omitted == ()
    [p] = t.providers
    assert p.key == judgement.provider_key("Eastwich")
    assert [str(i.start) for i in p.inspections] == ["2019-03-04", "2021-06-01", "2023-03-04"]
    assert [i.reports for i in p.inspections] == [(1,), (2,), (0,)]
    assert [i.sources for i in p.inspections] == [("2019.txt",), ("2021.txt",), ("2023.txt",)]
    changes = [i.judgements[0].change for i in p.inspections]
    assert changes == ["first", "improved", "unchanged"]
    second = p.inspections[1].judgements[0]
    assert (second.previous_grade, second.previous_band, second.by_band) == ("Inadequate", "inadequate", False)
    assert t.reports == tuple(eastwich)


def test_lookup_by_any_spelling_of_the_provider(eastwich):
    t = judgement.Timeline(eastwich)
    assert t.find("EASTWICH COUNCIL") is t.providers[0]
    assert t["Eastwich"] is t.providers[0]
    assert t.find("Westwich") is None
    with pytest.raises(KeyError):
        t["Westwich"]
    assert judgement.provider_key("Medway Council") == judgement.provider_key("MEDWAY") == "medway"


def test_papers_cited_inspections_and_reports_without_provider(eastwich, samples):
    reports = judgement.parse_many(samples)
    nobody = judgement.parse("nothing to see\n", name="nobody.txt")
    t = judgement.Timeline(list(eastwich) + reports + [nobody])
    assert [(o.report, o.source, o.reason) for o in t.omitted] == [(len(eastwich) + len(reports), "nobody.txt",
                                                                    "no provider")]
    keys = [p.key for p in t.providers]
    assert keys == sorted(keys) and "eastwich" in keys
    paper = next(i for i, r in enumerate(reports) if r.document.type == "committee_report") + len(eastwich)
    hallowfield = t.find(reports[paper - len(eastwich)].document.provider)
    entries = {i.type: i for i in hallowfield.inspections}
    assert entries["committee_report"].reports == (paper,) and not entries["committee_report"].cited
    cited = entries["ilacs"]
    assert cited.cited and cited.reports == () and cited.cited_by == (paper,)
    assert cited.judgements and cited.judgements[0].change == "first"


def test_json_equals_the_cli(samples, cli):
    out = subprocess.run([cli, "timeline", "--format", "json", *map(str, samples)], check=True,
                         capture_output=True).stdout
    assert judgement.Timeline(judgement.parse_many(samples)).to_dict() == json.loads(out)


def test_json_frame_html_and_pickle(eastwich):
    t = judgement.Timeline(eastwich)
    d = t.to_dict()
    assert d["schema"] == "judgement.timeline/1" and d == json.loads(t.to_json(pretty=True))
    assert [i["judgements"][0]["change"] for i in d["providers"][0]["inspections"]] == ["first", "improved", "unchanged"]

    df = t.to_frame()
    assert len(df) == 3 and str(df["code"].dtype) == "Int64"
    assert str(df["inspection_start"].dtype) == "datetime64[ns]"
    assert df["band"].dtype.ordered and isinstance(df["change"].dtype, pd.CategoricalDtype)
    assert list(df["change"]) == ["first", "improved", "unchanged"]

    html = t._repr_html_()
    assert "Inadequate" in html and "judgement-band-good" in html and "▲" in html

    back = pickle.loads(pickle.dumps(t))
    assert back == t and back.to_dict() == d
    assert "1 providers" in repr(t)
