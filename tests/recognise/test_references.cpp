// The references recogniser on invented fixtures: earlier inspections and visits named in a
// report, a letter, a committee paper or a news item, with their dates and the judgements the
// text states of them; one reference per inspection; the document's own inspection left out of
// a report and put in for a paper or a news item.
#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../support/pipeline.hpp"
#include "judgement/date.hpp"
#include "judgement/report.hpp"
#include "layout/text_cache.hpp"
#include "support/profiles.hpp"

using judgement::Date;
using judgement::DocumentType;
using judgement::make_date;
using judgement::ParseOptions;
using judgement::Precision;
using judgement::Reference;
using judgement::Report;

namespace {

Report references_of(std::string text, const ParseOptions& options = {}) {
  return judgement::testing::run_recogniser(std::move(text), judgement::detail::recognise_references,
                                            options);
}

// An ILACS report held 3 to 14 March 2025, with `body` after its cover.
std::string ilacs_report(std::string_view body) {
  return "Inspection of Brackenshire local authority children\xE2\x80\x99s services\n"
         "Inspection dates: 3 to 14 March 2025\n"
         "Lead inspector: Ann Example, His Majesty\xE2\x80\x99s Inspector\n\n" +
         std::string(body) + "\n";
}

// A 2013 inspection of looked after children services held 15 to 19 July 2013.
std::string lac_report(std::string_view body) {
  return "Inspection of looked after children services\n\nLeafshire County Council\n\n"
         "Inspection dates: 15-19 July 2013\nReporting inspector Sam Example HMI\n\n" +
         std::string(body) + "\n";
}

// A focused visit letter: the visit on 5 February 2019.
std::string focused_visit_letter(std::string_view body) {
  return "28 February 2019\n\nJo Example\nDirector of Children\xE2\x80\x99s Services\nLeafshire Council\n\n"
         "Dear Jo\n\nFocused visit to Leafshire local authority children\xE2\x80\x99s services\n\n"
         "This letter summarises the findings of a focused visit to Leafshire local authority "
         "children\xE2\x80\x99s "
         "services on 5 February 2019. The inspectors were Kim Example, Her Majesty\xE2\x80\x99s Inspector, "
         "and "
         "Lee Example, Her Majesty\xE2\x80\x99s Inspector.\n\n" +
         std::string(body) + "\n";
}

std::string committee_paper(std::string_view body) {
  return "CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE\n\n1 OCTOBER 2020\n\n"
         "REPORT ON OFSTED MONITORING VISIT\n\n"
         "Report from: Pat Example, Director of People\n\nSummary\n\n" +
         std::string(body) + "\n\n8. Recommendations\n\n8.1. The Committee is asked to note the report.\n";
}

std::string news_item(std::string_view body) {
  return "Published: Thursday, 8th July 2021\n\n" + std::string(body) +
         "\n\nLeader of Leafshire Council, Cllr Pat Example, said: \"This is an encouraging report.\"\n";
}

std::string iso(const std::optional<Date>& d) { return d ? d->iso() : std::string("null"); }

// The references of a type, in order.
std::vector<const Reference*> of_type(const Report& r, DocumentType type) {
  std::vector<const Reference*> out;
  for (const Reference& ref : r.references) {
    if (ref.type == type) out.push_back(&ref);
  }
  return out;
}

const Reference& only(const Report& r, DocumentType type) {
  const auto refs = of_type(r, type);
  INFO("references of type " << judgement::to_string(type));
  REQUIRE(refs.size() == 1);
  return *refs.front();
}

std::string_view spanned(const Report& r, const judgement::Span& s) {
  return r.store->source().substr(s.begin, s.end - s.begin);
}

}  // namespace

TEST_CASE("a framework named with the year, month or days of the inspection", "[references]") {
  const Report r = references_of(ilacs_report(
      "Most areas have deteriorated since the single inspection of services in 2015. Leaders have sustained "
      "improvements at the front door following the priority actions identified in the joint targeted area "
      "inspection in June 2018. Despite the improvements found during a focused visit in February 2019, "
      "leaders did not know the extent of the failures until this inspection."));
  REQUIRE(r.references.size() == 3);

  const Reference& sif = only(r, DocumentType::sif);
  CHECK(iso(sif.start) == "2015");
  CHECK(sif.start->precision == Precision::year);
  CHECK(iso(sif.end) == "2015");
  CHECK(sif.judgements.empty());

  const Reference& jtai = only(r, DocumentType::jtai);
  CHECK(iso(jtai.start) == "2018-06");
  CHECK(jtai.start->precision == Precision::month);
  CHECK(iso(jtai.end) == "2018-06");
  CHECK(spanned(r, jtai.span).find("joint targeted area inspection in June 2018") != std::string_view::npos);

  const Reference& visit = only(r, DocumentType::focused_visit);
  CHECK(iso(visit.start) == "2019-02");
  CHECK_FALSE(visit.published);
}

TEST_CASE("a provider named twice, far apart in a long report, is one inspection", "[references]") {
  // The establishment a provider's inspection names is a stretch of its paragraph's text; the
  // two mentions are merged only when every block has been read, by then long after the layout
  // has made (and given up) the texts of more paragraphs than it holds (text_cache.hpp).
  std::string body =
      "15. Following an inadequate inspection outcome at an Ofsted inspection of The Old Vicarage in\n"
      "December 2012, the home is now run by a private provider.\n\n";
  const std::string filler =
      "Work with families is planned with care and reviewed by managers who know the children\n"
      "well, and the plans are shared with the families and with the partners who support them\n\n";
  while (body.size() < 3 * judgement::detail::TextCache::default_budget) body += filler;
  body += "40. Since an Ofsted inspection of The Old Vicarage in December 2012 found it inadequate, the\n"
          "home has changed hands.\n";
  const Report r = references_of(lac_report(body));
  const auto providers = of_type(r, DocumentType::provider_inspection);
  REQUIRE(providers.size() == 1);
  CHECK(iso(providers[0]->start) == "2012-12");
}

TEST_CASE("a date before the framework's name", "[references]") {
  const Report r =
      references_of(ilacs_report("The front door has improved since the 2018 joint targeted area inspection. "
                                 "The council's response to the "
                                 "January 2013 child protection inspection was swift."));
  CHECK(iso(only(r, DocumentType::jtai).start) == "2018");
  CHECK(iso(only(r, DocumentType::safeguarding_inspection).start) == "2013-01");
}

TEST_CASE("each wording of an earlier inspection maps to its framework", "[references]") {
  SECTION("the last ILACS inspection, with a judgement of one area") {
    const Report r = references_of(ilacs_report(
        "Since the last ILACS inspection in April 2024, when services for care leavers were judged to "
        "require "
        "improvement to be good, the quality of services for care leavers has been strengthened."));
    const Reference& ref = only(r, DocumentType::ilacs);
    CHECK(iso(ref.start) == "2024-04");
    REQUIRE(ref.judgements.size() == 1);
    CHECK(ref.judgements[0].area_id == std::optional<std::string_view>("care_leavers"));
    CHECK(ref.judgements[0].grade == "Requires improvement to be good");
    CHECK(ref.judgements[0].code == 3);
    CHECK(ref.judgements[0].scale == "ofsted-requires-improvement");
  }
  SECTION("Ofsted's inspection of child protection arrangements") {
    const Report r = references_of(lac_report(
        "9. Since Ofsted's inspection of child protection arrangements in January 2013, which highlighted "
        "significant weaknesses, work has focused on ensuring all children are safe."));
    const Reference& ref = only(r, DocumentType::safeguarding_inspection);
    CHECK(iso(ref.start) == "2013-01");
  }
  SECTION("the monitoring visit") {
    const Report r = references_of(ilacs_report(
        "Since the monitoring visit in May 2021, leaders have reduced caseloads in the assessment teams."));
    CHECK(iso(only(r, DocumentType::monitoring_visit).start) == "2021-05");
  }
  SECTION("the SIF, judged inadequate") {
    const Report r = references_of(ilacs_report("The SIF in 2016 judged services inadequate."));
    const Reference& ref = only(r, DocumentType::sif);
    CHECK(iso(ref.start) == "2016");
    REQUIRE(ref.judgements.size() == 1);
    CHECK(ref.judgements[0].area == "Overall effectiveness");
    CHECK(ref.judgements[0].area_id == std::optional<std::string_view>("overall_effectiveness"));
    CHECK(ref.judgements[0].grade == "Inadequate");
    CHECK(ref.judgements[0].code == 4);
    CHECK(ref.judgements[0].scale == "ofsted-requires-improvement");
  }
  SECTION("the annex of a SIF report: the framework by its subject, the grade in the next sentence") {
    const Report r =
        references_of(ilacs_report("\xEF\x82\xA7 The previous inspection of Leafshire\xE2\x80\x99s "
                                   "safeguarding arrangements was in June 2012. "
                                   "The local authority was judged to be inadequate.\n"
                                   "\xEF\x82\xA7 The previous inspection of Leafshire\xE2\x80\x99s services "
                                   "for looked after children was in "
                                   "June 2012. The local authority was judged to be adequate.\n"
                                   "\xEF\x82\xA7 The previous inspection of Leafshire\xE2\x80\x99s adoption "
                                   "service was in October 2010.\n"
                                   "\xEF\x82\xA7 The previous inspection of Leafshire\xE2\x80\x99s fostering "
                                   "service was in October 2010."));
    const Reference& safeguarding = only(r, DocumentType::safeguarding_inspection);
    CHECK(iso(safeguarding.start) == "2012-06");
    REQUIRE(safeguarding.judgements.size() == 1);
    CHECK(safeguarding.judgements[0].grade == "Inadequate");
    CHECK(safeguarding.judgements[0].scale == "ofsted-adequate");
    const Reference& lac = only(r, DocumentType::lac_inspection);
    REQUIRE(lac.judgements.size() == 1);
    CHECK(lac.judgements[0].grade == "Adequate");
    CHECK(lac.judgements[0].code == 3);
    // An adoption and a fostering inspection in one month are two inspections.
    CHECK(of_type(r, DocumentType::provider_inspection).size() == 2);
  }
  SECTION("a provider's inspection") {
    const Report r = references_of(lac_report(
        "15. Following an inadequate inspection outcome at an Ofsted inspection of The Old Vicarage in "
        "December "
        "2012, the home is now run by a private provider. The council's fostering service was inspected in "
        "March 2012 and judged good."));
    const auto providers = of_type(r, DocumentType::provider_inspection);
    REQUIRE(providers.size() == 2);
    CHECK(iso(providers[0]->start) == "2012-12");
    REQUIRE(providers[0]->judgements.size() == 1);
    CHECK(providers[0]->judgements[0].grade == "Inadequate");
    CHECK(iso(providers[1]->start) == "2012-03");
    REQUIRE(providers[1]->judgements.size() == 1);
    CHECK(providers[1]->judgements[0].grade == "Good");
    CHECK(r.references.size() == 2);
  }
  SECTION("a list of the previous judgements after the sentence naming the inspection") {
    const Report r = references_of(ilacs_report(
        "\xEF\x82\xA7 The last inspection report for the local authority\xE2\x80\x99s children\xE2\x80\x99s "
        "services "
        "was published in July 2015. The judgements for the local authority were:\n"
        "\xEF\x82\xA7 Overall effectiveness: Inadequate\n"
        "\xEF\x82\xA7 Children who need help and protection: Inadequate\n"
        "\xEF\x82\xA7 Children looked after and achieving permanence: Requires improvement to be good\n"
        "\xEF\x82\xA7 Leadership, management and governance: Inadequate\n\n"
        "Local leadership\n\nThe director has been in post since May 2016."));
    // Stated judgements make it a full inspection, and one published in 2015 was a SIF.
    const Reference& ref = only(r, DocumentType::sif);
    CHECK_FALSE(ref.start);
    CHECK(iso(ref.published) == "2015-07");
    REQUIRE(ref.judgements.size() == 4);
    CHECK(ref.judgements[0].area_id == std::optional<std::string_view>("overall_effectiveness"));
    CHECK(ref.judgements[2].area_id == std::optional<std::string_view>("looked_after_and_permanence"));
    CHECK(ref.judgements[2].code == 3);
    CHECK(ref.judgements[3].area_id == std::optional<std::string_view>("leadership_management_governance"));
  }
}

TEST_CASE("a previous inspection without its framework's name", "[references]") {
  SECTION("stays unknown when the text does not say it was a full inspection") {
    const Report r =
        references_of(ilacs_report("Children's services in Brackenshire have improved significantly since "
                                   "the previous inspection in 2014."));
    const Reference& ref = only(r, DocumentType::unknown);
    CHECK(iso(ref.start) == "2014");
    CHECK(ref.judgements.empty());
  }
  SECTION("takes the framework of its date when the text says it was full") {
    const Report r = references_of(ilacs_report(
        "For most children, their experience of services has not improved since the last full inspection in "
        "2017."));
    CHECK(iso(only(r, DocumentType::sif).start) == "2017");
  }
  SECTION("takes the framework of its date when the text states a judgement of it") {
    const Report r = references_of(ilacs_report(
        "Services have improved since the last inspection in 2019, when they were judged to be good in all "
        "areas."));
    const Reference& ref = only(r, DocumentType::ilacs);
    REQUIRE(ref.judgements.size() == 1);
    CHECK(ref.judgements[0].area == "Overall effectiveness");
    CHECK(ref.judgements[0].grade == "Good");
    CHECK(ref.judgements[0].code == 2);
  }
  SECTION("before November 2013 two frameworks ran: unknown, on the adequate scale") {
    const Report r = references_of(
        ilacs_report("Services for children in Brackenshire were judged to be adequate in 2010."));
    const Reference& ref = only(r, DocumentType::unknown);
    REQUIRE(ref.judgements.size() == 1);
    CHECK(ref.judgements[0].grade == "Adequate");
    CHECK(ref.judgements[0].code == 3);
    CHECK(ref.judgements[0].scale == "ofsted-adequate");
  }
}

TEST_CASE("grades are read on the scale of the inspection referred to", "[references]") {
  SECTION("an adequate judgement of 2011 is ofsted-adequate 3") {
    const Report r = references_of(lac_report(
        "14. The inspection of safeguarding and looked after children arrangements in August 2011 judged "
        "overall "
        "effectiveness for looked after children as adequate. Some progress has been made since."));
    const Reference& ref = only(r, DocumentType::safeguarding_inspection);
    CHECK(iso(ref.start) == "2011-08");
    REQUIRE(ref.judgements.size() == 1);
    const auto& j = ref.judgements[0];
    CHECK(j.area_id == std::optional<std::string_view>("overall_effectiveness"));
    CHECK(j.grade == "Adequate");
    CHECK(j.code == 3);
    CHECK(j.scale == "ofsted-adequate");
    CHECK(j.as_written == "adequate");
    REQUIRE(j.evidence.size() == 1);
    CHECK(spanned(r, j.evidence[0]) == "adequate");
  }
  SECTION("a grade word the scale does not have is not a judgement") {
    const Report r =
        references_of(ilacs_report("The last inspection in 2019 judged services to be adequate."));
    for (const Reference& ref : r.references) CHECK(ref.judgements.empty());
  }
  SECTION("a grade of an unnamed part is left out") {
    const Report r =
        references_of(ilacs_report("Leaders have improved the services that were judged to be inadequate at "
                                   "the previous inspection in 2015 "
                                   "while sustaining those services judged to be good."));
    REQUIRE(r.references.size() == 1);
    CHECK(r.references[0].judgements.empty());
  }
  SECTION("an earlier judgement of the earlier inspection is not its own") {
    const Report r =
        references_of(ilacs_report("At the last full inspection in 2017, services were found to have "
                                   "substantially improved from a previous "
                                   "judgement of inadequate and were judged to require improvement."));
    const Reference& ref = only(r, DocumentType::sif);
    REQUIRE(ref.judgements.size() == 1);
    CHECK(ref.judgements[0].grade == "Requires improvement to be good");
  }
}

TEST_CASE("one reference per inspection: mentions of it merge, keeping the richest data", "[references]") {
  SECTION("a focused visit named three times") {
    const Report r = references_of(ilacs_report(
        "Since the focused visit in October 2020, the quality of practice has deteriorated.\n\n"
        "3. These concerns were raised by inspectors at the last focused visit in October 2020.\n\n"
        "4. Frontline practice has deteriorated since the last Ofsted focused visit in 2020."));
    REQUIRE(r.references.size() == 1);
    CHECK(iso(r.references[0].start) == "2020-10");
  }
  SECTION("a plain mention joins the one inspection its date fits") {
    const Report r = references_of(ilacs_report(
        "Not all shortfalls identified during the last inspection in 2019, or the focused visit in June "
        "2022, have "
        "been addressed.\n\n"
        "47. At the last inspection, in May 2019, the local authority was judged to be \xE2\x80\x98requires "
        "improvement to be good\xE2\x80\x99."));
    REQUIRE(r.references.size() == 2);
    const Reference& ilacs = only(r, DocumentType::ilacs);
    CHECK(iso(ilacs.start) == "2019-05");
    REQUIRE(ilacs.judgements.size() == 1);
    CHECK(ilacs.judgements[0].code == 3);
    CHECK(iso(only(r, DocumentType::focused_visit).start) == "2022-06");
  }
  SECTION("the month and the days of one ILACS, and its publication, in a committee paper") {
    const Report r = references_of(committee_paper(
        "This was the first monitoring visit since the July 2019 Ofsted Inspection of Local Authority "
        "Children's "
        "Services (ILACS), which graded the service as Inadequate overall.\n\n"
        "2. Background\n\n"
        "2.1. The Ofsted 'Inspection of Local Authority Children's Services' (ILACS) took place from 15 to "
        "26 July "
        "2019 and the report was published on the 27 August 2019. The service was judged to be Inadequate "
        "overall."));
    const Reference& ref = only(r, DocumentType::ilacs);
    CHECK(ref.start == make_date(2019, 7, 15));
    CHECK(ref.end == make_date(2019, 7, 26));
    CHECK(ref.published == make_date(2019, 8, 27));
    REQUIRE(ref.judgements.size() == 1);
    CHECK(ref.judgements[0].area == "Overall effectiveness");
    CHECK(ref.judgements[0].grade == "Inadequate");
    CHECK(ref.judgements[0].code == 4);
    CHECK(ref.judgements[0].scale == "ofsted-requires-improvement");
    CHECK(ref.judgements[0].evidence.size() == 2);
  }
}

TEST_CASE("a report's own inspection is not a reference", "[references]") {
  SECTION("this inspection, in an ILACS report") {
    const Report r = references_of(ilacs_report(
        "Leaders did not know about the extent of the failures until this inspection. At the time of the "
        "inspection, caseloads were high. Consequently, at this inspection the overall effectiveness of "
        "children's services is judged to be good."));
    CHECK(r.references.empty());
  }
  SECTION("the visit a letter reports, named with its dates") {
    const Report r =
        references_of(focused_visit_letter("Overview\n\nThe leadership team has secured marked improvements "
                                           "since the joint targeted area inspection "
                                           "in June 2018. Ofsted will take the findings from this focused "
                                           "visit into account when planning your next "
                                           "inspection or visit."));
    REQUIRE(r.references.size() == 1);
    CHECK(r.references[0].type == DocumentType::jtai);
  }
  SECTION("a mention dated within the report's own inspection dates") {
    const Report r =
        references_of(ilacs_report("During the inspection in March 2025, inspectors met social workers. The "
                                   "previous inspection in 2021 had "
                                   "found practice to be good."));
    REQUIRE(r.references.size() == 1);
    CHECK(iso(r.references[0].start) == "2021");
  }
  SECTION("but a visit of another kind in the same year is another inspection") {
    const Report r =
        references_of(ilacs_report("Leaders have acted on the findings of the focused visit in 2025 and of "
                                   "the previous inspection in 2021."));
    CHECK(iso(only(r, DocumentType::focused_visit).start) == "2025");
    CHECK(iso(only(r, DocumentType::unknown).start) == "2021");
  }
}

TEST_CASE("a committee paper or news item puts the inspection it reports under references", "[references]") {
  SECTION("the recent monitoring visit of a committee paper") {
    const Report r =
        references_of(committee_paper("This report provides an overview of the recent Ofsted Monitoring "
                                      "Visit of Children's Services, which "
                                      "took place on the 20 and 21 August 2020.\n\n"
                                      "This visit was undertaken remotely by two Ofsted inspectors."));
    const Reference& ref = only(r, DocumentType::monitoring_visit);
    CHECK(ref.start == make_date(2020, 8, 20));
    CHECK(ref.end == make_date(2020, 8, 21));
    CHECK(r.references.size() == 1);
  }
  SECTION("the recent focused visit of a news item, and the judgement of the ILACS it names") {
    const Report r = references_of(news_item(
        "We have welcomed the publication of a letter from Ofsted following a recent focused visit to our "
        "children's services.\n\n"
        "Since the inadequate judgement in the ILACS inspection published in August 2019, we have worked at "
        "pace to improve our services."));
    REQUIRE(r.references.size() == 2);
    const Reference& visit = only(r, DocumentType::focused_visit);
    CHECK_FALSE(visit.start);
    const Reference& ilacs = only(r, DocumentType::ilacs);
    CHECK_FALSE(ilacs.start);
    CHECK(iso(ilacs.published) == "2019-08");
    CHECK(ilacs.published->precision == Precision::month);
    REQUIRE(ilacs.judgements.size() == 1);
    CHECK(ilacs.judgements[0].grade == "Inadequate");
    CHECK(ilacs.judgements[0].code == 4);
  }
  SECTION("a visit stated without its year is dated only when asked") {
    const std::string text = news_item(
        "The monitoring visit, which took place on 11 and 12 May, highlighted a number of areas of "
        "progress.");
    CHECK(references_of(text).references.empty());
    ParseOptions options;
    options.resolve_yearless_dates = true;
    const Report r = references_of(text, options);
    CHECK(iso(only(r, DocumentType::monitoring_visit).start) == "2021-05-11");
  }
}

TEST_CASE("what is not a reference to an earlier inspection", "[references]") {
  const Report r = references_of(committee_paper(
      "Monitoring visits by Ofsted had been scheduled for March and June 2020 but were postponed.\n\n"
      "1.2. In January 2018, Ofsted launched the Inspection of Local Authority Children's Services (ILACS), "
      "the "
      "framework for inspecting local authority services for children.\n\n"
      "1.3. Since the last inspection, leaders have reduced caseloads.\n\n"
      "1.4. The next inspection is planned for 2023. Ofsted will carry out a focused visit in June 2025.\n\n"
      "1.5. The CQC inspection in 2019 found the health trust good. Joint targeted area inspections in 2018 "
      "looked at neglect.\n\n"
      "1.6. The inspection of local authority functions was carried out under section 136 of the Education "
      "and "
      "Inspections Act 2006.\n\n"
      "1.7. Social workers visit children regularly, and most home visits in May 2020 were timely. Three "
      "children's "
      "homes were judged to be good at their most recent inspection.\n\n"
      "7.1. This and future Ofsted inspections of Children's Services lay the foundations for meeting the "
      "statutory requirements."));
  INFO(r.references.size() << " references");
  CHECK(r.references.empty());
}

TEST_CASE("the heads that name an earlier inspection are lexicon rows: a user's profile adds one",
          "[references][profile]") {
  const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
      "lexicon references \"Our regional wording\"\n"
      "  phrases safeguarding_inspection_head \"safeguarding review\"\n"
      "end\n");
  judgement::ParseOptions options = judgement::testing::options_with(profiles);
  const std::string text = ilacs_report(
      "The previous safeguarding review, in June 2012, judged services to be adequate. Leaders have built on it.");
  CHECK(references_of(text).references.empty());
  const Report r = references_of(text, options);
  REQUIRE(r.references.size() == 1);
  const Reference& ref = only(r, DocumentType::safeguarding_inspection);
  CHECK(iso(ref.start) == "2012-06");
  CHECK(spanned(r, ref.span).find("safeguarding review, in June 2012") != std::string_view::npos);
  REQUIRE(ref.judgements.size() == 1);
  CHECK(ref.judgements[0].grade == "Adequate");
  CHECK(ref.judgements[0].scale == "ofsted-adequate");
}

TEST_CASE("a head matches whole words, the longest at a word, in any case", "[references][profile]") {
  judgement::ProfileRegistry profiles = judgement::ProfileRegistry::builtin();
  REQUIRE(profiles
              .define("lexicon references \"x\"\n"
                      "  phrases ilacs_head \"ilacs full inspection\"\n"
                      "  phrases safeguarding_inspection_head \"safeguarding review\"\n"
                      "end\n")
              .ok());
  ParseOptions options;
  options.profiles = &profiles;
  // The longer head of the two at "ILACS" (the built-in "ilacs" alone leaves the date unread);
  // "reviews" and "reviewer" are other words than "review".
  const Report r = references_of(
      ilacs_report("The ILACS FULL INSPECTION in May 2022 found progress. Safeguarding reviews in 2020 were "
                   "thorough. The Safeguarding reviewer in 2021 was independent."),
      options);
  REQUIRE(r.references.size() == 1);
  const Reference& ref = only(r, DocumentType::ilacs);
  CHECK(iso(ref.start) == "2022-05");
  CHECK(spanned(r, ref.span).find("ILACS FULL INSPECTION in May 2022") != std::string_view::npos);
}

TEST_CASE("a head is found in any case, between quotes or dashes, beside a date or at a block's end",
          "[references]") {
  const Report r = references_of(ilacs_report(
      "Leaders acted on the LAST JOINT TARGETED AREA INSPECTION, in June 2018.\n\n"
      "In 2021, \xE2\x80\x98the previous Focused Visit\xE2\x80\x99 found progress.\n\n"
      "Work began\xE2\x80\x94" "after the SIF inspection in 2016\xE2\x80\x94" "and continued since the "
      "monitoring visit in March 2023"));
  CHECK(iso(only(r, DocumentType::jtai).start) == "2018-06");
  CHECK(iso(only(r, DocumentType::focused_visit).start) == "2021");
  CHECK(iso(only(r, DocumentType::sif).start) == "2016");
  CHECK(iso(only(r, DocumentType::monitoring_visit).start) == "2023-03");
}

TEST_CASE("a user's head may start with a letter beyond ASCII", "[references][profile]") {
  judgement::ProfileRegistry profiles = judgement::ProfileRegistry::builtin();
  REQUIRE(profiles
              .define("lexicon references \"x\"\n"
                      "  phrases jtai_head \"\xC3\xA9valuation conjointe\"\n"
                      "end\n")
              .ok());
  ParseOptions options;
  options.profiles = &profiles;
  const std::string text =
      ilacs_report("Leaders acted on the previous \xC3\xA9valuation conjointe in June 2018. Practice improved.");
  CHECK(references_of(text).references.empty());
  CHECK(iso(only(references_of(text, options), DocumentType::jtai).start) == "2018-06");
}

// A block is cut into tokens only around the words that may name an inspection or state a grade,
// from a sentence start before them to a sentence end after: what is read must be what the whole
// block says.
TEST_CASE("a long paragraph is read as a whole around the inspections it names", "[references]") {
  const std::string filler =
      "Leaders know their services well. Partnerships are strong and effective. Staff turnover has "
      "fallen this year. ";
  SECTION("a grade stated in the sentence after the one naming the inspection, mid-paragraph") {
    const Report r = references_of(
        ilacs_report(filler + filler +
                     "Services have improved since the last inspection in 2019. The local authority was "
                     "judged to be inadequate. " +
                     filler + "Practice has improved since the focused visit in May 2021. " + filler));
    const Reference& earlier = only(r, DocumentType::ilacs);
    CHECK(iso(earlier.start) == "2019");
    REQUIRE(earlier.judgements.size() == 1);
    CHECK(earlier.judgements[0].grade == "Inadequate");
    CHECK(iso(only(r, DocumentType::focused_visit).start) == "2021-05");
    CHECK(r.references.size() == 2);
  }
  SECTION("a sentence goes on past an abbreviation before the mention") {
    const Report r = references_of(ilacs_report(
        filler +
        "Leaders wrote to Mr. Example in 2024. Mr. Example said the last inspection in 2019 found "
        "strengths. " +
        filler));
    const Reference& ref = only(r, DocumentType::unknown);
    CHECK(iso(ref.start) == "2019");
    CHECK(spanned(r, ref.span) == "Mr. Example said the last inspection in 2019 found strengths.");
  }
  SECTION("a list of judgements opened by the sentence after the mention, its items cut by tabs") {
    const Report r = references_of(ilacs_report(
        filler +
        "The last inspection report was published in July 2015 by Ofsted. The judgements for the local "
        "authority "
        "were:\tOverall effectiveness: inadequate.\tLeadership, management and governance: good.\t" +
        filler));
    const Reference& ref = only(r, DocumentType::sif);
    CHECK(iso(ref.published) == "2015-07");
    REQUIRE(ref.judgements.size() == 2);
    CHECK(ref.judgements[0].grade == "Inadequate");
    CHECK(ref.judgements[1].area_id == std::optional<std::string_view>("leadership_management_governance"));
    CHECK(ref.judgements[1].grade == "Good");
  }
  SECTION("a grade two sentences after the mention is not said of it") {
    const Report r =
        references_of(ilacs_report(filler + "Services have improved since the last inspection in 2019. " +
                                   filler + "The local authority was judged to be inadequate. " + filler));
    const Reference& ref = only(r, DocumentType::unknown);
    CHECK(iso(ref.start) == "2019");
    CHECK(ref.judgements.empty());
  }
}

// Options that parse by the user's Acme framework on its own scale (tests/support/profiles.hpp).
struct AcmeParse {
  judgement::ScaleRegistry scales = judgement::ScaleRegistry::builtin();
  judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(judgement::testing::acme_framework);
  ParseOptions options;
  AcmeParse() {
    REQUIRE(scales.define(judgement::testing::acme_four_scale).ok());
    options = judgement::testing::options_with(profiles);
    options.scales = &scales;
  }
  AcmeParse(const AcmeParse&) = delete;
  AcmeParse& operator=(const AcmeParse&) = delete;
};

// Grade words come from the scales of the parse: a reference in a report of a user's framework
// is read on that framework's own scale, whatever its words.
TEST_CASE("a grade stated of an earlier inspection is a label or alias of the parse's scales",
          "[references][scale]") {
  const AcmeParse acme;
  const ParseOptions& options = acme.options;
  const std::string text =
      "Acme review of children\xE2\x80\x99s services in Brackenshire\n"
      "Acme Inspectorate\nInspection dates: 3 to 14 March 2025\n\n"
      "The previous inspection in 2012 judged services to be Commendable. Leaders have built on it.\n\n"
      "At the inspection in 2010, services were judged to be needs strengthening overall.\n";
  const Report r = references_of(text, options);
  REQUIRE(r.references.size() == 2);
  const Reference& earlier = r.references[0];
  CHECK(iso(earlier.start) == "2012");
  REQUIRE(earlier.judgements.size() == 1);
  CHECK(earlier.judgements[0].grade == "Commendable");
  CHECK(earlier.judgements[0].scale == "acme-four");
  CHECK(earlier.judgements[0].code == 1);
  CHECK(earlier.judgements[0].area_id == std::optional<std::string_view>("overall_effectiveness"));
  CHECK(spanned(r, earlier.judgements[0].evidence.front()) == "Commendable");
  // A grade of several words, its longest phrase.
  const Reference& first = r.references[1];
  CHECK(iso(first.start) == "2010");
  REQUIRE(first.judgements.size() == 1);
  CHECK(first.judgements[0].grade == "Needs strengthening");
  CHECK(first.judgements[0].as_written == "needs strengthening");
  // Without the scale, "Commendable" is no grade.
  ParseOptions builtin_scales = judgement::testing::options_with(acme.profiles);
  const Report plain = references_of(text, builtin_scales);
  for (const Reference& ref : plain.references) CHECK(ref.judgements.empty());
}

// A graded earlier inspection that names no framework is typed by the dates of the frameworks
// of the document's own inspectorate: a user's framework report's "previous inspection in 2016"
// is not Ofsted's SIF of 2016, but its own framework's when that held them.
TEST_CASE("an earlier inspection is typed by the frameworks of the document's inspectorate", "[references][profile]") {
  const std::string text =
      "Acme review of children\xE2\x80\x99s services in Brackenshire\n"
      "Acme Inspectorate\nInspection dates: 3 to 14 March 2025\n\n"
      "The previous inspection in 2016 judged services to be Commendable. Leaders have built on it.\n";
  {
    const AcmeParse acme;
    const Report r = references_of(text, acme.options);
    REQUIRE(r.references.size() == 1);
    CHECK(r.references[0].judgements.size() == 1);
    CHECK(r.references[0].type == judgement::DocumentType::unknown);
  }
  judgement::ScaleRegistry scales = judgement::ScaleRegistry::builtin();
  REQUIRE(scales.define(judgement::testing::acme_four_scale).ok());
  // The type of the one reference, with Acme's framework and one more held from 2014 to 2018,
  // whose `inspectorate` line is `owner` (none when empty).
  const auto typed_with_2014_framework = [&](const std::string& owner) {
    const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
        std::string(judgement::testing::acme_framework) +
        "profile review_2014 \"A review of children's services (2014 to 2018)\"\n" + owner +
        "  title \"a review of children's services, 2014 framework\"\n"
        "  scale acme-four\n"
        "  held from 2014-01-01 to 2018-12-31\n"
        "end\n");
    ParseOptions options = judgement::testing::options_with(profiles);
    options.scales = &scales;
    const Report r = references_of(text, options);
    REQUIRE(r.references.size() == 1);
    return std::string(r.references[0].type.id());
  };
  CHECK(typed_with_2014_framework("  inspectorate acme\n") == "review_2014");
  // A framework that names no inspectorate is anyone's.
  CHECK(typed_with_2014_framework("") == "review_2014");
  // An Ofsted report's is typed by Ofsted's frameworks.
  const Report ofsted = references_of(ilacs_report("The previous inspection in 2016 judged services inadequate."));
  CHECK(iso(only(ofsted, DocumentType::sif).start) == "2016");
}

// How a grade in a sentence is said is lexicon rows too: a user's word before a grade can make
// it no judgement, as "very" does ("very good").
TEST_CASE("the words that make a grade no judgement are lexicon rows", "[references][profile]") {
  const std::string text = ilacs_report("The SIF in 2016 judged services largely inadequate.");
  const Report plain = references_of(text);
  REQUIRE(only(plain, DocumentType::sif).judgements.size() == 1);
  const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
      "lexicon references \"Hedged grades\"\n"
      "  phrases not_grade_before \"largely\"\n"
      "end\n");
  const Report hedged = references_of(text, judgement::testing::options_with(profiles));
  CHECK(only(hedged, DocumentType::sif).judgements.empty());
  // The built-in rows: "very" before, "or" after.
  CHECK(only(references_of(ilacs_report("The SIF in 2016 judged services very good.")), DocumentType::sif)
            .judgements.empty());
  CHECK(only(references_of(ilacs_report("The SIF in 2016 judged services good or better.")), DocumentType::sif)
            .judgements.empty());
}

// One area of an earlier inspection graded twice, in two wordings a scale reads as one grade (a
// label and its alias), is one judgement, not a conflict, whatever the scale: here a user's.
TEST_CASE("a grade given twice, as a label and as its alias, is one grade of the earlier inspection",
          "[references][scale]") {
  const AcmeParse acme;
  const ParseOptions& options = acme.options;
  const Report r = references_of(
      "Acme review of children\xE2\x80\x99s services in Brackenshire\n"
      "Acme Inspectorate\nInspection dates: 3 to 14 March 2025\n\n"
      "At the inspection in 2010, services were judged to be needs strengthening overall.\n\n"
      "The inspection in 2010 judged services to be needing strengthening.\n",
      options);
  REQUIRE(r.references.size() == 1);
  REQUIRE(r.references[0].judgements.size() == 1);
  CHECK(r.references[0].judgements[0].grade == "Needs strengthening");
  CHECK(r.references[0].judgements[0].evidence.size() == 2);
  CHECK(std::none_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [](const judgement::Diagnostic& d) { return d.code == "reference-judgement-conflict"; }));
}

// The words around a mention and a grade are lexicon rows: a user's rows change what is read.
TEST_CASE("the words around a mention and a grade are lexicon rows: a user's rows add to them",
          "[references][profile]") {
  const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
      "lexicon references \"Our regional wording\"\n"
      "  phrases other_inspectorate \"ombudsman\"\n"
      "  phrases grade_trigger \"assessed\"\n"
      "end\n");
  const std::string text = ilacs_report(
      "The Ombudsman inspection in 2021 looked at complaints. The previous inspection in 2012 assessed "
      "services as inadequate.");
  const Report plain = references_of(text);
  const Report r = references_of(text, judgement::testing::options_with(profiles));
  // Another body's inspection is left out.
  CHECK(std::any_of(plain.references.begin(), plain.references.end(),
                    [](const Reference& ref) { return iso(ref.start) == "2021"; }));
  CHECK(std::none_of(r.references.begin(), r.references.end(),
                     [](const Reference& ref) { return iso(ref.start) == "2021"; }));
  // "assessed" states the grade.
  auto of_2012 = [](const Report& rep) -> const Reference* {
    for (const Reference& ref : rep.references) {
      if (iso(ref.start) == "2012") return &ref;
    }
    return nullptr;
  };
  REQUIRE(of_2012(plain) != nullptr);
  CHECK(of_2012(plain)->judgements.empty());
  REQUIRE(of_2012(r) != nullptr);
  REQUIRE(of_2012(r)->judgements.size() == 1);
  CHECK(of_2012(r)->judgements[0].grade == "Inadequate");
  CHECK(of_2012(r)->judgements[0].scale == "ofsted-adequate");
}

TEST_CASE("what a plain mention says was inspected is read by lexicon rows: a user's rows add to them",
          "[references][profile]") {
  const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
      "lexicon references \"Our regional wording\"\n"
      "  phrases safeguarding_subject \"child safety arrangements\"\n"
      "  phrases not_childrens_subject \"fire service\"\n"
      "  phrases framework_word \"toolkit\"\n"
      "end\n");
  const std::string text = ilacs_report(
      "The previous inspection of child safety arrangements in June 2011 found weaknesses. The inspection of "
      "the fire service in 2020 was positive. The 2018 JTAI toolkit was new to staff.");
  const Report plain = references_of(text);
  const Report r = references_of(text, judgement::testing::options_with(profiles));
  auto of_year = [](const Report& rep, std::string_view year) -> const Reference* {
    for (const Reference& ref : rep.references) {
      if (iso(ref.start).starts_with(year)) return &ref;
    }
    return nullptr;
  };
  REQUIRE(of_year(plain, "2011") != nullptr);
  CHECK(of_year(plain, "2011")->type == DocumentType::unknown);
  REQUIRE(of_year(r, "2011") != nullptr);
  CHECK(of_year(r, "2011")->type == DocumentType::safeguarding_inspection);
  CHECK(of_year(plain, "2020") != nullptr);
  CHECK(of_year(r, "2020") == nullptr);
  CHECK(of_year(plain, "2018") != nullptr);
  CHECK(of_year(r, "2018") == nullptr);
}
