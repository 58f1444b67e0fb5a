"""Framework profiles from Python: the built-in list, defining your own (errors with their
position), and parsing with them (parse, parse_file, parse_many, pickles)."""

import pickle

import pytest

import judgement

HARBOUR = """profile harbour_review "Harbour review of children's services"
  inspectorate ofsted
  title "harbour review of"
  scale hmicfrs
  area harbour_outcomes "harbour outcomes"
end
"""

TEXT = ("Harbour review of Eastmere children's services\n\n"
        "Overall effectiveness        Adequate\n"
        "Harbour outcomes             Requires improvement\n")


def test_builtin_profiles_hold_every_type_of_the_contract():
    ids = judgement.ProfileRegistry().ids()
    for id in ("ilacs", "focused_visit", "monitoring_visit", "jtai", "sif", "lscb_review", "lac_inspection",
               "safeguarding_inspection", "area_send", "committee_report", "news"):
        assert id in ids
    ilacs = judgement.ProfileRegistry()["ilacs"]
    assert ilacs.inspectorate == "ofsted" and ilacs.kind == "report"
    assert judgement.ProfileRegistry()["focused_visit"].kind == "letter"
    assert [p.id for p in judgement.profiles()] == ids


def test_a_defined_profile_types_the_document_and_gives_its_scale_and_areas():
    reg = judgement.ProfileRegistry()
    assert reg.define(HARBOUR) == ["harbour_review"]
    assert "harbour_review" in reg and len(reg) == len(judgement.ProfileRegistry()) + 1
    r = judgement.parse(TEXT, profiles=reg)
    assert r.document.type == "harbour_review"
    assert r.document.inspectorate == "Ofsted"
    assert [(j.area_id, j.grade, j.scale) for j in r.judgements] == [
        ("overall_effectiveness", "Adequate", "hmicfrs"), ("harbour_outcomes", "Requires improvement", "hmicfrs")]
    # Without it the same text is of no known type.
    assert judgement.parse(TEXT).document.type == "unknown"


def test_definition_errors_have_str_positions_and_add_nothing():
    reg = judgement.ProfileRegistry()
    before = len(reg)
    with pytest.raises(judgement.ProfileError) as e:
        reg.define("# café\nprofile x \"X\"\n  kind pamphlet\nend\n")
    assert e.value.code == "profile_definition" and e.value.line == 3 and e.value.column > 0
    assert len(reg) == before
    reg.define(HARBOUR)
    with pytest.raises(judgement.ProfileError):
        reg.define(HARBOUR)  # the id is taken


def test_profiles_reach_parse_file_and_parse_many(tmp_path):
    reg = judgement.ProfileRegistry(HARBOUR)
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert judgement.parse_file(path, profiles=reg).document.type == "harbour_review"
    reports = judgement.parse_many([path, TEXT], profiles=reg, jobs=2)
    assert [r.document.type for r in reports] == ["harbour_review", "harbour_review"]
    with pytest.raises(TypeError):
        judgement.parse(TEXT, profiles="harbour")


def test_a_report_and_a_registry_pickle():
    reg = judgement.ProfileRegistry(HARBOUR)
    again = pickle.loads(pickle.dumps(reg))
    assert again == reg and again.ids() == reg.ids()
    r = judgement.parse(TEXT, profiles=reg)
    copy = pickle.loads(pickle.dumps(r))
    assert copy == r and copy.document.type == "harbour_review"


SERIES = """profile harbour_review "Harbour review"
  inspectorate ofsted
  title "harbour review of"
  scale harbour-stars
  series harbour
  area harbour_outcomes "harbour outcomes"
end
profile harbour_revisit "Harbour revisit"
  inspectorate ofsted
  title "harbour revisit to"
  scale harbour-stars
  series harbour
  area harbour_outcomes "harbour outcomes"
end
"""
STARS = 'scale harbour-stars "Harbour stars"\n  "Three stars" "Two stars" "One star"\nend\n'


def test_a_timeline_reads_reports_by_the_registries_they_were_parsed_with():
    profiles = judgement.ProfileRegistry(SERIES)
    scales = judgement.ScaleRegistry(STARS)
    texts = ["Harbour review of Eastmere Council\n\nInspection dates: 3 to 7 June 2022\n\nHarbour outcomes     One star\n",
             "Harbour revisit to Eastmere Council\n\nInspection dates: 3 to 7 June 2024\n\nHarbour outcomes     Two stars\n"]
    reports = [judgement.parse(t, profiles=profiles, scales=scales) for t in texts]
    changes = [i.judgements[0].change for i in judgement.Timeline(reports).providers[0].inspections]
    assert changes == ["first", "improved"]
    # Told to read them by the built-in ones, the two kinds are separate series.
    plain = judgement.Timeline(reports, profiles=judgement.ProfileRegistry())
    assert [i.judgements[0].change for i in plain.providers[0].inspections] == ["first", "first"]
    again = pickle.loads(pickle.dumps(judgement.Timeline(reports)))
    assert [i.judgements[0].change for i in again.providers[0].inspections] == ["first", "improved"]
    with pytest.raises(TypeError):
        judgement.Timeline(reports, scales=profiles)
