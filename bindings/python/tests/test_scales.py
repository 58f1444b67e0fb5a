"""Scales: the built-in list, look-up, matching, crosswalks, and scales defined from text."""

import json
import subprocess

import pytest

import judgement

CONTRACT_IDS = ["ofsted-requires-improvement", "ofsted-adequate", "ofsted-satisfactory", "ofsted-report-card", "cqc",
                "hmicfrs", "estyn", "care-inspectorate", "ofsted-area-send"]

TRAFFIC = """# a comment
scale traffic-light "Traffic light rating"
  "Green" "Amber" "Red"
end
"""


def test_builtin_scales_in_the_contracts_order():
    assert [s.id for s in judgement.scales()] == CONTRACT_IDS
    care = judgement.scale("care-inspectorate")
    assert [(g.label, g.code, g.band) for g in care.grades][:2] == [("Excellent", 6, "outstanding"),
                                                                    ("Very good", 5, "good")]
    assert not care.lower_code_is_better
    assert judgement.scale("ofsted-adequate").lower_code_is_better
    assert [g.rank for g in care] == list(range(6)) and care.grades[0].position == 1.0 and care.grades[-1].position == 0.0
    with pytest.raises(KeyError):
        judgement.scale("no-such-scale")


def test_match_by_code_and_by_label():
    ofsted = judgement.scale("ofsted-requires-improvement")
    m = ofsted.match("Requires improvement\nto be good")
    assert m.grade.label == "Requires improvement to be good" and not m.by_code
    assert ofsted.match("Grade 4").grade.label == "Inadequate"
    assert ofsted.match("Excellent") is None
    assert ofsted.by_code(2).label == "Good" and ofsted.by_code(9) is None
    assert ofsted.by_label("requires improvement").code == 3
    care = judgement.scale("care-inspectorate")
    assert care.match("Grade 1").grade.label == "Unsatisfactory"  # 1 is the worst here


def test_crosswalk_goes_through_the_band():
    adequate = judgement.scale("ofsted-adequate")
    ri = judgement.scale("ofsted-requires-improvement")
    c = adequate.crosswalk(adequate.by_label("Adequate"), ri)
    assert c.grade.label == "Requires improvement to be good" and c.exact
    care = judgement.scale("care-inspectorate")
    c = care.crosswalk(care.by_label("Very good"), ri)
    assert c.grade.band == "good" and not c.exact
    with pytest.raises(ValueError):
        ri.crosswalk(care.grades[0], adequate)


def test_define_scales_from_text():
    [tl] = judgement.define_scales(TRAFFIC)
    assert (tl.id, tl.name, [g.label for g in tl]) == ("traffic-light", "Traffic light rating", ["Green", "Amber", "Red"])
    assert [g.band for g in tl] == ["outstanding", "requires_improvement", "inadequate"]
    assert tl.match("amber").grade.label == "Amber"


def test_definition_errors_have_str_positions():
    text = '# «échelle»\nscale x "X"\n  "A" = 1 band nowhere\n  "B" = 2\nend\n'
    with pytest.raises(judgement.ScaleError) as e:
        judgement.define_scales(text)
    err = e.value
    assert err.code == "scale_definition" and err.line == 3
    assert text.splitlines()[2][err.column - 1:].startswith("nowhere")
    assert text[err.offset:].startswith("nowhere")  # a str index, although the text has 2-byte characters
    assert isinstance(err, judgement.Error) and not isinstance(err, judgement.ParseError)


def test_registry_grows_and_refuses_an_id_it_holds():
    reg = judgement.ScaleRegistry()
    assert reg.ids() == CONTRACT_IDS and len(reg) == 9 and "cqc" in reg
    assert reg.define(TRAFFIC) == ["traffic-light"]
    assert reg.ids()[-1] == "traffic-light" and reg["traffic-light"].grades[1].label == "Amber"
    with pytest.raises(judgement.ScaleError):
        reg.define(TRAFFIC)
    with pytest.raises(judgement.ScaleError):
        reg.add(judgement.scale("cqc"))
    assert reg.ids()[-1] == "traffic-light" and len(reg) == 10  # nothing added by a refusal
    empty = judgement.ScaleRegistry(builtin=False)
    assert len(empty) == 0 and empty.find("cqc") is None
    empty.add(judgement.scale("cqc"))
    assert empty.ids() == ["cqc"]
    assert judgement.ScaleRegistry(TRAFFIC)["traffic-light"] == reg["traffic-light"]


def test_parse_reads_grades_against_the_registry_given():
    # The framework's scale is looked up by id in the registry given: here one that replaces it.
    text = "Overall effectiveness    Amber\n"
    assert judgement.parse(text).judgements == ()
    reg = judgement.ScaleRegistry(TRAFFIC.replace("traffic-light", "ofsted-requires-improvement"), builtin=False)
    [j] = judgement.parse(text, scales=reg).judgements
    assert (j.grade, j.code, j.scale, j.band) == ("Amber", None, "ofsted-requires-improvement", "requires_improvement")
    assert judgement.parse(text, scales=judgement.ScaleRegistry(TRAFFIC)).judgements == ()


def test_registry_json_equals_the_cli(cli):
    out = subprocess.run([cli, "scales", "--format", "json"], check=True, capture_output=True).stdout
    assert json.loads(judgement.ScaleRegistry().to_json()) == json.loads(out)
