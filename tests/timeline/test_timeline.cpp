// The timeline: providers matched by name, inspections in date order, cited inspections added,
// and each judgement's change since the last inspection of its series that judged its area.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "judgement/json.hpp"
#include "judgement/parse.hpp"
#include "judgement/timeline.hpp"
#include "support/profiles.hpp"

using namespace judgement;

namespace {

struct J {
  const char* area;
  const char* area_id;
  const char* grade;
  int code;
  const char* scale;
  Band band;
};

constexpr const char* ri = "ofsted-requires-improvement";
constexpr const char* adequate = "ofsted-adequate";

Judgement judgement_of(const J& j) {
  Judgement out;
  out.area = j.area;
  if (j.area_id) out.area_id = j.area_id;
  out.grade = j.grade;
  out.code = j.code;
  out.scale = j.scale;
  out.band = j.band;
  out.as_written = j.grade;
  return out;
}

Report report(const char* name, const char* provider, DocumentType type, std::optional<DateRange> dates,
              std::vector<J> judgements = {}) {
  Report r;
  r.source.name = name;
  r.document.type = type;
  r.document.provider = provider;
  if (dates) r.document.inspection_dates = InspectionDates{*dates, {}};
  for (const J& j : judgements) r.judgements.push_back(judgement_of(j));
  return r;
}

DateRange days(int y, unsigned m, unsigned d1, unsigned d2) { return {make_date(y, m, d1), make_date(y, m, d2)}; }

const J overall_ri{"Overall effectiveness", "overall_effectiveness", "Requires improvement to be good", 3, ri,
                   Band::requires_improvement};
const J overall_good{"Overall effectiveness", "overall_effectiveness", "Good", 2, ri, Band::good};
const J overall_inadequate{"Overall effectiveness", "overall_effectiveness", "Inadequate", 4, ri, Band::inadequate};
const J help_ri{"Children who need help and protection", "help_and_protection", "Requires improvement to be good", 3,
                ri, Band::requires_improvement};

}  // namespace

TEST_CASE("provider_key makes one key of the ways a council is named", "[timeline]") {
  CHECK(provider_key("Medway") == "medway");
  CHECK(provider_key("Medway Council") == "medway");
  CHECK(provider_key("MEDWAY COUNCIL") == "medway");
  CHECK(provider_key("London Borough of Hackney") == "hackney");
  CHECK(provider_key("Hackney Council") == "hackney");
  CHECK(provider_key("Royal Borough of Kensington and Chelsea") == "kensington and chelsea");
  CHECK(provider_key("Brighton & Hove City Council") == "brighton and hove");
  CHECK(provider_key("Metropolitan Borough of Barnsley Council") == "barnsley");
  CHECK(provider_key("Sefton Borough Council") == "sefton");
  CHECK(provider_key("Stoke-on-Trent City Council") == "stoke on trent");
  CHECK(provider_key("Stoke on Trent") == "stoke on trent");
  CHECK(provider_key("The City of York Council") == "york");
  CHECK(provider_key("Derbyshire County Council") == "derbyshire");
  CHECK(provider_key("St Helens") == "st helens");
  CHECK(provider_key("St. Helens Council") == "st helens");
  CHECK(provider_key("Children's Services") == "childrens services");  // never emptied
  CHECK(provider_key("") == "");
  CHECK(provider_key("Council") == "council");
  CHECK(provider_key("Wakefield District") == "wakefield");
  CHECK(provider_key("Medway Local Area Partnership") == "medway");
  CHECK(provider_key("Bristol, City of") == "bristol");
  CHECK(provider_key("Afonwy County Borough Council") == "afonwy");
}

TEST_CASE("a provider's inspections in date order, whatever the order given", "[timeline]") {
  std::vector<Report> reports;
  reports.push_back(report("c.txt", "MEDWAY COUNCIL", DocumentType::ilacs, days(2023, 3, 6, 17), {overall_good}));
  reports.push_back(report("a.txt", "Medway", DocumentType::ilacs, days(2019, 7, 15, 26), {overall_inadequate}));
  reports.push_back(report("b.txt", "Medway Council", DocumentType::focused_visit, days(2021, 5, 4, 5)));
  reports.push_back(report("x.txt", "Riverford", DocumentType::ilacs, days(2020, 1, 6, 17), {overall_ri}));
  const Timeline t = Timeline::build(reports);
  REQUIRE(t.providers().size() == 2);
  const ProviderTimeline* medway = t.find("Medway Council");
  REQUIRE(medway != nullptr);
  CHECK(medway->key == "medway");
  REQUIRE(medway->inspections.size() == 3);
  CHECK(medway->inspections[0].sources == std::vector<std::string>{"a.txt"});
  CHECK(medway->inspections[1].type == DocumentType::focused_visit);
  CHECK(medway->inspections[2].sources == std::vector<std::string>{"c.txt"});
  CHECK(medway->inspections[2].reports == std::vector<std::size_t>{0});
  // "Medway", "Medway Council" and "MEDWAY COUNCIL" once each: the earliest inspection's wins.
  CHECK(medway->provider == "Medway");
  const auto& later = medway->inspections[2].judgements.at(0);
  CHECK(later.change == Change::improved);
  CHECK(later.previous_grade == "Inadequate");
  CHECK_FALSE(later.by_band);
  CHECK(medway->inspections[0].judgements.at(0).change == Change::first);
  CHECK(t.omitted().empty());
}

TEST_CASE("changes: improved, declined, unchanged, not comparable; by band across scales", "[timeline]") {
  const J overall_adequate{"Overall effectiveness", "overall_effectiveness", "Adequate", 3, adequate,
                           Band::requires_improvement};
  const J overall_good_adequate{"Overall effectiveness", "overall_effectiveness", "Good", 2, adequate, Band::good};
  std::vector<Report> reports;
  reports.push_back(report("2014.txt", "Larkfield", DocumentType::sif, days(2014, 6, 2, 25), {overall_ri}));
  reports.push_back(report("2018.txt", "Larkfield", DocumentType::ilacs, days(2018, 9, 3, 14), {overall_ri, help_ri}));
  reports.push_back(report("2022.txt", "Larkfield", DocumentType::ilacs, days(2022, 9, 5, 16),
                           {overall_inadequate, help_ri}));
  // Another series: not compared with the children's services inspections.
  reports.push_back(report("2011.txt", "Larkfield", DocumentType::safeguarding_inspection, days(2011, 3, 1, 11),
                           {overall_adequate}));
  reports.push_back(report("2012.txt", "Larkfield", DocumentType::safeguarding_inspection, days(2012, 3, 1, 11),
                           {overall_good_adequate}));
  const Timeline t = Timeline::build(reports);
  REQUIRE(t.providers().size() == 1);
  const auto& in = t.providers()[0].inspections;
  REQUIRE(in.size() == 5);
  CHECK(in[0].sources.at(0) == "2011.txt");
  CHECK(in[0].judgements[0].change == Change::first);
  CHECK(in[1].judgements[0].change == Change::improved);  // Adequate to Good, same scale
  CHECK(in[2].sources.at(0) == "2014.txt");
  CHECK(in[2].judgements[0].change == Change::first);  // a new series
  CHECK(in[3].judgements[0].change == Change::unchanged);
  CHECK(in[3].judgements[1].change == Change::not_comparable);  // the SIF did not judge it
  CHECK(in[4].judgements[0].change == Change::declined);
  CHECK(in[4].judgements[1].change == Change::unchanged);

  // SIF "Adequate"-era scales meet ILACS through the band.
  std::vector<Report> across;
  across.push_back(report("a.txt", "Larkfield", DocumentType::sif, days(2014, 6, 2, 25), {overall_adequate}));
  across.push_back(report("b.txt", "Larkfield", DocumentType::ilacs, days(2019, 6, 2, 25), {overall_ri}));
  const Timeline u = Timeline::build(across);
  const auto& j = u.providers()[0].inspections[1].judgements[0];
  CHECK(j.change == Change::unchanged);
  CHECK(j.by_band);
  CHECK(j.previous_scale == adequate);
  CHECK(j.previous_band == Band::requires_improvement);
}

TEST_CASE("one inspection read twice is one entry; cited inspections are added", "[timeline]") {
  std::vector<Report> reports;
  reports.push_back(report("r.pdf", "Larkfield Council", DocumentType::ilacs, days(2019, 7, 15, 26), {overall_good}));
  reports.push_back(report("r.txt", "Larkfield", DocumentType::ilacs, days(2019, 7, 15, 26), {overall_good}));
  Report paper = report("paper.txt", "Larkfield Borough Council", DocumentType::committee_report, std::nullopt);
  paper.document.date = make_date(2020, 10, 1);
  Reference earlier;
  earlier.type = DocumentType::sif;
  earlier.start = Date{std::chrono::year{2015} / 1 / 1, Precision::year};
  earlier.end = earlier.start;
  earlier.judgements.push_back(judgement_of(overall_inadequate));
  Reference same;
  same.type = DocumentType::ilacs;
  same.start = make_date(2019, 7, 15);
  same.end = make_date(2019, 7, 26);
  same.published = make_date(2019, 8, 27);
  Reference vague;  // no date, and nothing of its type to be
  vague.type = DocumentType::jtai;
  paper.references = {earlier, same, vague};
  reports.push_back(paper);
  Report nameless = report("nameless.txt", "", DocumentType::ilacs, days(2019, 1, 1, 2));
  reports.push_back(nameless);

  const Timeline t = Timeline::build(reports);
  REQUIRE(t.providers().size() == 1);
  const auto& in = t.providers()[0].inspections;
  REQUIRE(in.size() == 3);
  CHECK(in[0].cited);
  CHECK(in[0].type == DocumentType::sif);
  CHECK(in[0].cited_by == std::vector<std::size_t>{2});
  CHECK(in[0].judgements.at(0).grade == "Inadequate");
  CHECK(in[1].sources == std::vector<std::string>{"r.pdf", "r.txt"});
  CHECK(in[1].cited_by == std::vector<std::size_t>{2});
  CHECK(in[1].published == make_date(2019, 8, 27));
  CHECK(in[1].judgements.at(0).change == Change::improved);  // from the cited SIF, by band
  CHECK(in[2].type == DocumentType::committee_report);
  REQUIRE(t.omitted().size() == 2);
  CHECK(t.omitted()[0].source == "nameless.txt");
  CHECK(t.omitted()[0].reason == "no provider");
  CHECK(t.omitted()[1].source == "paper.txt");
  CHECK(t.omitted()[1].reason.find("jtai") != std::string::npos);
}

TEST_CASE("a report without dates takes them from the one citation that can be it", "[timeline]") {
  std::vector<Report> reports;
  reports.push_back(report("body.txt", "Larkfield", DocumentType::ilacs, std::nullopt, {overall_inadequate}));
  Report paper = report("paper.txt", "Larkfield", DocumentType::committee_report, std::nullopt);
  paper.document.date = make_date(2020, 10, 1);
  Reference cited;
  cited.type = DocumentType::ilacs;
  cited.start = make_date(2019, 7, 15);
  cited.end = make_date(2019, 7, 26);
  paper.references = {cited};
  reports.push_back(paper);
  const Timeline t = Timeline::build(reports);
  const auto& in = t.providers().at(0).inspections;
  REQUIRE(in.size() == 2);
  CHECK(in[0].sources == std::vector<std::string>{"body.txt"});
  CHECK(in[0].dated_by_citation);
  REQUIRE(in[0].dates);
  CHECK(in[0].dates->start == make_date(2019, 7, 15));
  CHECK_FALSE(in[0].cited);
  CHECK(in[0].cited_by == std::vector<std::size_t>{1});
}

TEST_CASE("timeline JSON", "[timeline][json]") {
  std::vector<Report> reports;
  reports.push_back(report("a.txt", "Medway", DocumentType::ilacs, days(2019, 7, 15, 26), {overall_inadequate}));
  reports.push_back(report("b.txt", "Medway", DocumentType::ilacs, days(2023, 3, 6, 17), {overall_good}));
  const std::string json = to_json(Timeline::build(reports));
  CHECK(json.rfind("{\"schema\":\"judgement.timeline/1\",\"providers\":[{\"key\":\"medway\",\"provider\":\"Medway\"", 0) == 0);
  CHECK(json.find("\"start\":\"2019-07-15\",\"end\":\"2019-07-26\"") != std::string::npos);
  CHECK(json.find("\"change\":\"improved\",\"previous\":{\"grade\":\"Inadequate\",\"scale\":\"ofsted-requires-improvement\","
                  "\"band\":\"inadequate\"},\"by_band\":false") != std::string::npos);
  CHECK(json.find("\"omitted\":[]") != std::string::npos);
}

TEST_CASE("an empty timeline", "[timeline]") {
  const Timeline t = Timeline::build({});
  CHECK(t.providers().empty());
  CHECK(t.omitted().empty());
  CHECK(to_json(t) == "{\"schema\":\"judgement.timeline/1\",\"providers\":[],\"omitted\":[]}");
  CHECK(t.find("Medway") == nullptr);
}

namespace {

judgement::Report parsed(std::string text, const char* name) {
  ParseOptions options;
  options.name = name;
  auto r = parse(std::move(text), options);
  REQUIRE(r.ok());
  return std::move(*r);
}

}  // namespace

TEST_CASE("one council under every name it is written by is one provider, keyed on the register", "[timeline][register]") {
  std::vector<Report> reports;
  reports.push_back(parsed("Sandwell Metropolitan Borough Council\nInspection of children\u2019s social care services\n"
                           "Inspection dates: 13 May 2019 to 24 May 2019\n\n"
                           " Judgement                                                     Grade\n\n"
                           " Overall effectiveness                                         Inadequate\n",
                           "ilacs.txt"));
  // An area SEND cover, the partnership's name wrapped over two lines.
  reports.push_back(parsed("Area SEND inspection of Sandwell Local Area\nPartnership\nInspection dates: 15 to 19 January 2024\n"
                           "Inspection outcome\nThe local area partnership\u2019s arrangements lead to inconsistent experiences and\n"
                           "outcomes for children and young people with special educational needs and/or\ndisabilities (SEND).\n",
                           "send.txt"));
  reports.push_back(parsed("Ofsted\nPiccadilly Gate    T 0300 123 1231\nManchester         enquiries@ofsted.gov.uk\n\n"
                           "10 August 2021\n\nDear Ann\n\nFocused visit to Sandwell children\u2019s services\n\n"
                           "This letter summarises the findings of a focused visit to Sandwell children\u2019s services\n"
                           "on 13 and 14 July 2021.\n",
                           "letter.txt"));
  reports.push_back(parsed("Sandwell Council\nInspection of services for children in need of help and protection, children "
                           "looked after and care leavers\nInspection date: 5 May 2015 to 28 May 2015\n\n"
                           "Overall effectiveness                          Requires improvement\n",
                           "sif.txt"));
  // The title wrapped inside the council's name, as a cover sets it.
  reports.push_back(parsed("Inspection of Sandwell Metropolitan Borough\nCouncil local authority children\u2019s services\n\n"
                           "Inspection dates: 9 to 20 January 2023\n\n"
                           "Overall effectiveness                                         Requires improvement to be good\n",
                           "wrapped.txt"));
  // A letter whose letterhead runs into its title ("Focused" / "B70 9LD visit to ..."), its
  // visit days without a year.
  reports.push_back(parsed("Ofsted\nPiccadilly Gate                            T 0300 123 1231\nStore Street\n"
                           "Manchester\nM1 2WD\n\n\n8 December 2017\n\nJo Bell\nDirector of Children\u2019s Services\n"
                           "Sandwell Council House\nFreeth Street\nOldbury\nFocused\nB69 3DE visit to Sandwell children\u2019s services\n\n"
                           "Dear Ms Bell\n\nThis letter summarises the findings of the focused visit to Sandwell children\u2019s\n"
                           "services on 7 and 8 November. The visit was carried out by Ann Lee and Raj Patel,\n"
                           "two of Her Majesty\u2019s Inspectors.\n",
                           "letterhead.txt"));
  // The trust that delivers the council's services, in a letter of its own.
  reports.push_back(parsed("Dear Jo\n\nMonitoring visit to Sandwell Children\u2019s Trust\n\n"
                           "This letter summarises the findings of a monitoring visit on 3 and 4 March 2020.\n",
                           "trust.txt"));
  for (const Report& r : reports) {
    INFO(r.source.name << ": " << r.document.provider.value_or("(none)"));
    REQUIRE(r.document.provider_id);
    CHECK(r.document.provider_id->ons_code == "E08000028");
    CHECK(r.document.provider_name == "Sandwell");
  }
  // A report of a provider off the register.
  reports.push_back(report("other.txt", "Eastmoor Council", DocumentType::ilacs, days(2019, 1, 7, 18)));

  const Timeline t = Timeline::build(reports);
  REQUIRE(t.providers().size() == 2);
  const ProviderTimeline* sandwell = t.find("Sandwell Children\u2019s Trust");
  REQUIRE(sandwell);
  CHECK(sandwell == t.find("SANDWELL"));
  CHECK(sandwell == t.find("Sandwell Metropolitan Borough Council"));
  REQUIRE(sandwell->authority);
  CHECK(sandwell->authority->ons_code == "E08000028");
  CHECK(sandwell->authority->dfe_la_code == "333");
  CHECK(sandwell->authority->ofsted_urn == "80549");
  CHECK(sandwell->key == "sandwell");
  CHECK(sandwell->inspections.size() == 7);
  const ProviderTimeline* eastmoor = t.find("Eastmoor");
  REQUIRE(eastmoor);
  CHECK(eastmoor->authority == nullptr);
  CHECK(eastmoor->key == "eastmoor");

  const std::string json = to_json(t);
  CHECK(json.find(R"("provider_id":{"ons_code":"E08000028","dfe_la_code":"333","ofsted_urn":"80549"},"provider_name":"Sandwell")") !=
        std::string::npos);
  CHECK(json.find(R"("provider_id":null,"provider_name":null)") != std::string::npos);
}

TEST_CASE("a former authority keeps its own history beside its successors'", "[timeline][register]") {
  const Timeline t = Timeline::build({
      report("a.txt", "Cumbria County Council", DocumentType::ilacs, days(2022, 1, 10, 21)),
      report("b.txt", "Westmorland and Furness Council", DocumentType::focused_visit, days(2024, 5, 1, 2)),
      report("c.txt", "Cumberland Council", DocumentType::focused_visit, days(2024, 6, 1, 2)),
      report("d.txt", "Cumbria", DocumentType::focused_visit, days(2019, 6, 1, 2)),
  });
  REQUIRE(t.providers().size() == 3);
  const ProviderTimeline* cumbria = t.find("Cumbria County Council");
  REQUIRE(cumbria);
  REQUIRE(cumbria->authority);
  CHECK(cumbria->authority->former);
  CHECK(cumbria->authority->dfe_la_code == "909");
  CHECK(cumbria->inspections.size() == 2);
}

TEST_CASE("a timeline reads its reports by the profiles and scales they were parsed with", "[timeline][profile]") {
  // Two kinds of review of one series, on a scale of the caller's: only with the caller's
  // profiles do they follow on from each other, and only with the caller's scales is the
  // change a rank that went up.
  ScaleRegistry scales = ScaleRegistry::builtin();
  REQUIRE(scales.define("scale harbour-stars \"Harbour stars\"\n  \"Three stars\" \"Two stars\" \"One star\"\nend\n").ok());
  const ProfileRegistry profiles = testing::builtin_profiles_with(R"(
profile harbour_review "Harbour review"
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
)");
  ParseOptions options = testing::options_with(profiles);
  options.scales = &scales;
  const auto first = parse(
      "Harbour review of Eastmere Council\n\nInspection dates: 3 to 7 June 2022\n\nHarbour outcomes     One star\n",
      options);
  const auto second = parse(
      "Harbour revisit to Eastmere Council\n\nInspection dates: 3 to 7 June 2024\n\nHarbour outcomes     Two stars\n",
      options);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  REQUIRE(first->document.type.id() == "harbour_review");
  REQUIRE(second->document.type.id() == "harbour_revisit");
  const std::vector<Report> reports{*first, *second};

  const Timeline by_them = Timeline::build(reports, {.profiles = &profiles, .scales = &scales});
  REQUIRE(by_them.providers().size() == 1);
  const auto& inspections = by_them.providers()[0].inspections;
  REQUIRE(inspections.size() == 2);
  REQUIRE(inspections[1].judgements.size() == 1);
  CHECK(inspections[1].judgements[0].change == Change::improved);

  // By the built-in profiles the two kinds are separate series: each judgement is a first.
  const Timeline built_in = Timeline::build(reports);
  REQUIRE(built_in.providers().size() == 1);
  REQUIRE(built_in.providers()[0].inspections.size() == 2);
  CHECK(built_in.providers()[0].inspections[1].judgements[0].change == Change::first);
}
