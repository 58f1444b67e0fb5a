"""The register: a report's provider resolved to an authority with its ids, in the document,
its dict, frames and the timeline."""

import pickle

import judgement

HEAD = "{name}\nInspection of children’s social care services\nInspection dates: {dates}\n\n"


def _ilacs(name, dates, grade="Good", source=None):
    return judgement.parse(HEAD.format(name=name, dates=dates) + f"Overall effectiveness    {grade}\n", name=source)


def test_document_gains_the_register_ids_and_name():
    r = _ilacs("Hull City Council", "4 to 15 March 2019")
    d = r.document
    assert d.provider == "Hull City Council"
    assert d.provider_id == judgement.ProviderId("E06000010", "810", "80477")
    assert d.provider_name == "Kingston Upon Hull, City of"
    doc = r.to_dict()["document"]
    assert doc["provider_id"] == {"ons_code": "E06000010", "dfe_la_code": "810", "ofsted_urn": "80477"}
    assert doc["provider_name"] == "Kingston Upon Hull, City of"
    assert pickle.loads(pickle.dumps(r)).document == d


def test_a_provider_off_the_register_has_none():
    d = _ilacs("Afonwy County Borough Council", "4 to 15 March 2019").document
    assert d.provider == "Afonwy County Borough Council"
    assert d.provider_id is None and d.provider_name is None
    assert judgement.parse("nothing here\n").document.provider_id is None


def test_find_authority_variants_trusts_and_former_ones():
    hull = judgement.find_authority("Kingston upon Hull City Council")
    assert (hull.ons_code, hull.dfe_la_code, hull.ofsted_urn) == ("E06000010", "810", "80477")
    assert judgement.find_authority("the London Borough of Hackney").name == "Hackney"
    assert judgement.find_authority("Medway Local Area Partnership").dfe_la_code == "887"
    assert judgement.find_authority("Birmingham Children's Trust").name == "Birmingham"
    cumbria = judgement.find_authority("Cumbria County Council")
    assert cumbria.former and cumbria.ons_code is None and cumbria.ended == "2023-04-01"
    assert cumbria.successors == ("942", "943")
    assert judgement.find_authority("Unit, West Sussex County Council") is None
    assert judgement.find_authority("Glasgow City Council") is None
    assert judgement.authority_by_id("E06000035").name == "Medway"
    assert judgement.authority_by_id("887") == judgement.authority_by_id("80522")
    assert len(judgement.authorities()) == 156


def test_frames_carry_the_ids():
    reports = [_ilacs("Hull City Council", "4 to 15 March 2019"), _ilacs("Afonwy Council", "4 to 15 March 2019")]
    frame = judgement.to_frame(reports, "reports")
    assert list(frame["ons_code"]) == ["E06000010", None]
    assert list(frame["dfe_la_code"]) == ["810", None]
    assert list(frame["ofsted_urn"]) == ["80477", None]
    assert list(frame["provider_name"]) == ["Kingston Upon Hull, City of", None]


def test_timeline_keys_a_council_on_the_register_whatever_its_name():
    reports = [
        _ilacs("Kingston upon Hull City Council", "4 to 15 March 2019", "Inadequate", "a.txt"),
        _ilacs("Hull", "1 to 12 May 2023", "Good", "b.txt"),
        _ilacs("Kingston upon Hull", "1 to 12 May 2016", "Good", "c.txt"),
    ]
    t = judgement.Timeline(reports)
    assert len(t) == 1
    [p] = t.providers
    assert p.provider_id == judgement.ProviderId("E06000010", "810", "80477")
    assert p.provider_name == "Kingston Upon Hull, City of"
    assert [i.sources for i in p.inspections] == [("c.txt",), ("a.txt",), ("b.txt",)]
    assert t.find("Hull City Council") is p
    assert t["KINGSTON UPON HULL"] is p
    assert t.to_dict()["providers"][0]["provider_id"]["ons_code"] == "E06000010"
    assert set(t.to_frame()["ons_code"]) == {"E06000010"}
