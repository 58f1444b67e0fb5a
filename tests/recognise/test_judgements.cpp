// Judgements in every layout the conversions give, read against the scale in force.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "judgement/parse.hpp"
#include "judgement/profile.hpp"
#include "support/profiles.hpp"

using namespace judgement;

namespace {

Report parsed(const std::string& text) {
  auto r = parse(text);
  REQUIRE(r.ok());
  return std::move(r).value();
}

// The diagnostics about judgements: everything but the `unclassified` notes on unclaimed text.
std::vector<Diagnostic> warnings(const Report& r) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code != "unclassified") out.push_back(d);
  }
  return out;
}

const Judgement* find(const Report& r, std::string_view area_id) {
  for (const Judgement& j : r.judgements) {
    if (j.area_id && *j.area_id == area_id) return &j;
  }
  return nullptr;
}

void check(const Report& r, std::string_view area_id, std::string_view grade, int code,
           std::string_view scale = "ofsted-requires-improvement") {
  INFO("area " << area_id);
  const Judgement* j = find(r, area_id);
  REQUIRE(j != nullptr);
  CHECK(j->grade == grade);
  CHECK(j->code == code);
  CHECK(j->scale == scale);
  CHECK_FALSE(j->evidence.empty());
}

const std::string ilacs_cover = "Inspection of Northshire local authority children\xE2\x80\x99s services\n"
                                "Inspection dates: 4 to 15 March 2019\n"
                                "Lead inspector: Ann Example, Her Majesty\xE2\x80\x99s Inspector\n\n";

void check_ilacs_grades(const Report& r) {
  CHECK(r.document.type == DocumentType::ilacs);
  check(r, "impact_of_leaders", "Good", 2);
  check(r, "help_and_protection", "Requires improvement to be good", 3);
  check(r, "children_in_care_and_care_leavers", "Inadequate", 4);
  check(r, "overall_effectiveness", "Requires improvement to be good", 3);
  CHECK(r.judgements.size() == 4);
}

}  // namespace

TEST_CASE("ILACS table as pdftotext -layout gives it, grades wrapped and centred", "[judgements]") {
  const Report r = parsed(ilacs_cover +
                          " Judgement                                                         Grade\n\n"
                          " The impact of leaders on social work practice with children and\n"
                          "                                                                   Good\n"
                          " families\n\n"
                          " The experiences and progress of children who need help and       Requires improvement\n"
                          " protection                                                        to be good\n\n"
                          " The experiences and progress of children in care and care\n"
                          "                                                                   Inadequate\n"
                          " leavers\n\n"
                          " Overall effectiveness                                             Requires improvement\n"
                          "                                                                   to be good\n\n"
                          "    Services for children in Northshire have improved since the last inspection. Leaders\n"
                          "    know their services well and have a clear plan.\n");
  check_ilacs_grades(r);
  const Judgement* leaders = find(r, "impact_of_leaders");
  REQUIRE(leaders);
  CHECK(leaders->area == "The impact of leaders on social work practice with children and families");
  CHECK(leaders->band == Band::good);
}

TEST_CASE("ILACS table as plain pdftotext gives it: label and grade on lines of their own", "[judgements]") {
  const Report r = parsed(ilacs_cover +
                          "Judgement\nGrade\n"
                          "The impact of leaders on social work practice with\nchildren and families\nGood\n"
                          "The experiences and progress of children who need\nhelp and protection\n"
                          "Requires improvement to\nbe good\n"
                          "The experiences and progress of children in care and\ncare leavers\nInadequate\n"
                          "Overall effectiveness\nRequires improvement to\nbe good\n"
                          "Services for children in Northshire have improved since the last inspection.\n");
  check_ilacs_grades(r);
}

TEST_CASE("ILACS table with blank lines between label and grade", "[judgements]") {
  const Report r = parsed(ilacs_cover +
                          "Judgement\n\nGrade\n\n"
                          "The impact of leaders on social work practice with children\nand families\n\nGood\n\n"
                          "The experiences and progress of children who need help and\nprotection\n\n"
                          "Requires improvement\nto be good\n\n"
                          "The experiences and progress of children in care and care\nleavers\n\nInadequate\n\n"
                          "Overall effectiveness\n\nRequires improvement\nto be good\n\n"
                          "Services for children in Northshire have improved since the last inspection.\n");
  check_ilacs_grades(r);
}

TEST_CASE("ILACS table as pdftotext -raw gives it: label and grade run together", "[judgements]") {
  const Report r = parsed(ilacs_cover +
                          "Judgement Grade\n"
                          "The impact of leaders on social work practice with children and families Good\n"
                          "The experiences and progress of children who need help and protection Requires improvement to be good\n"
                          "The experiences and progress of children in care and care leavers Inadequate\n"
                          "Overall effectiveness Requires improvement to be good\n\n"
                          "Services for children in Northshire have improved since the last inspection.\n");
  check_ilacs_grades(r);
}

// Blocks without a word a grade starts with are passed over unread; these are the forms of
// those words that must not be passed over.
TEST_CASE("a grade is read in capitals, with a footnote mark, by its number or in emphasis", "[judgements]") {
  const Report r = parsed(ilacs_cover +
                          "Judgement\tGrade\n"
                          "The impact of leaders on social work practice with children and families\tGood1\n"
                          "The experiences and progress of children who need help and protection\t"
                          "REQUIRES\xC2\xA0IMPROVEMENT TO BE GOOD\n"
                          "The experiences and progress of children in care and care leavers\tGrade 4\n\n"
                          "Overall effectiveness: **Requires improvement to be good**\n");
  check_ilacs_grades(r);
  const Judgement* leaders = find(r, "impact_of_leaders");
  REQUIRE(leaders);
  CHECK(leaders->as_written == "Good");
  const Judgement* in_care = find(r, "children_in_care_and_care_leavers");
  REQUIRE(in_care);
  CHECK(in_care->as_written == "Grade 4");
}

TEST_CASE("ILACS table as plain pdftotext gives it, with a dash or a star alone on a line before a grade",
          "[judgements]") {
  const Report r = parsed(ilacs_cover +
                          "Judgement\nGrade\n"
                          "The impact of leaders on social work practice with\nchildren and families\n-\nGood\n"
                          "Overall effectiveness\n*\nRequires improvement to\nbe good\n");
  check(r, "impact_of_leaders", "Good", 2);
  check(r, "overall_effectiveness", "Requires improvement to be good", 3);
  const Judgement* leaders = find(r, "impact_of_leaders");
  REQUIRE(leaders);
  CHECK(leaders->area == "The impact of leaders on social work practice with children and families");
}

// A table read line by line reads each line as the layout measured it: the words of the line,
// without the bullet or the Markdown heading mark it opens with, which name no area.
TEST_CASE("a label and its grade on a bullet's, a heading's or a bold line: the label without its marks", "[judgements]") {
  for (const std::string mark : {"\xE2\x80\xA2 ", "- ", "## ", "**"}) {
    INFO(mark);
    // A bold line's content ends before its closing "**", as it starts after its opening one.
    const std::string close = mark == "**" ? "**" : "";
    const std::string text = ilacs_cover + mark + "Overall effectiveness Inadequate" + close + "\n\n" +
                             "Services for children in Northshire have not improved since the last inspection.\n";
    const Report r = parsed(text);
    check(r, "overall_effectiveness", "Inadequate", 4);
    const Judgement* overall = find(r, "overall_effectiveness");
    REQUIRE(overall);
    CHECK(overall->area == "Overall effectiveness");
    REQUIRE(overall->evidence.size() == 1);
    const Span& s = overall->evidence.front();
    CHECK(text.substr(s.begin, s.end - s.begin) == "Overall effectiveness Inadequate");
  }
}

// Which lines of a linearised table hold a grade's key word comes from the layout's marks of the
// scale's words; a scale with a word the layout cannot mark (one that opens with no ASCII letter)
// has each line's words looked at instead. Both read the table alike.
TEST_CASE("a linearised table on a scale whose words are marked and on one whose words are not", "[judgements][scale]") {
  const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(judgement::testing::acme_framework);
  const std::string text =
      "Acme review of children\xE2\x80\x99s services in Brackenshire\n"
      "Acme Inspectorate\nInspection dates: 3 to 14 March 2025\n\n"
      "Judgement\nGrade\n"
      "The impact of leaders on social work practice with\nchildren and families\nSound\n"
      "The experiences and progress of children in care and\ncare leavers\nNeeds\nstrengthening\n"
      "Overall effectiveness\nUnacceptable\n"
      "Services for children in Brackenshire have not improved since the last review.\n";
  for (const std::string first_alias : {"Worthy", "\xC5\xB4ych"}) {  // "Ŵych": no ASCII letter first
    INFO(first_alias);
    judgement::ScaleRegistry scales = judgement::ScaleRegistry::builtin();
    REQUIRE(scales
                .define("scale acme-four \"Acme Inspectorate's four grades\"\n"
                        "  \"Commendable\" = 1 alias \"" + first_alias + "\" \"Sound\" = 2\n"
                        "  \"Needs strengthening\" = 3 \"Unacceptable\" = 4\n"
                        "end\n")
                .ok());
    judgement::ParseOptions options = judgement::testing::options_with(profiles);
    options.scales = &scales;
    const Report r = parse(text, options).value();
    REQUIRE(r.judgements.size() == 3);
    check(r, "impact_of_leaders", "Sound", 2, "acme-four");
    check(r, "children_in_care_and_care_leavers", "Needs strengthening", 3, "acme-four");
    check(r, "overall_effectiveness", "Unacceptable", 4, "acme-four");
  }
}

TEST_CASE("a grade stated again in a section heading is evidence; a different one is a conflict", "[judgements]") {
  const std::string table = ilacs_cover +
                            "Judgement\tGrade\n"
                            "The impact of leaders on social work practice with children and families\tGood\n"
                            "The experiences and progress of children who need help and protection\tInadequate\n"
                            "Overall effectiveness\tInadequate\n\n";
  const Report agree = parsed(table +
                              "The experiences and progress of children who need help and protection: inadequate\n\n"
                              "1. Children wait too long for help. Their needs are not assessed quickly enough.\n");
  const Judgement* hp = find(agree, "help_and_protection");
  REQUIRE(hp);
  CHECK(hp->evidence.size() == 2);
  CHECK(warnings(agree).empty());

  const Report conflict = parsed(table +
                                 "The experiences and progress of children who need help and protection: good\n\n"
                                 "1. Children wait too long for help. Their needs are not assessed quickly enough.\n");
  const Judgement* c = find(conflict, "help_and_protection");
  REQUIRE(c);
  CHECK(c->grade == "Inadequate");  // the table's statement outranks a heading's
  CHECK(c->evidence.size() == 2);
  REQUIRE(warnings(conflict).size() == 1);
  CHECK(warnings(conflict)[0].code == "judgement-conflict");
  CHECK(warnings(conflict)[0].span.line == 10);
}

TEST_CASE("SIF: the overall judgement sentence, numbered areas, the board review, footnote marks", "[judgements]") {
  const Report r = parsed(
      "Westshire County Council\n"
      "Inspection of services for children in need of help and\n"
      "protection, children looked after and care leavers\n"
      "and\n"
      "Review of the effectiveness of the local safeguarding children\n"
      "board1\n"
      "Inspection date: 2 June 2015 \xE2\x80\x93 25 June 2015\n"
      "Report published: 8 August 2015\n"
      "The overall judgement is that children\xE2\x80\x99s services are\n"
      "inadequate.2\n"
      "There are widespread or serious failures that leave children at risk of harm.\n\n"
      "1. Children who need help and protection                               Inadequate\n"
      "                                                                       Requires\n"
      "2. Children looked after and achieving permanence\n"
      "                                                                       improvement\n"
      "          2.1 Adoption performance                                     Good\n"
      "          2.2 Experiences and progress of care leavers                 Requires improvement\n"
      "3. Leadership, management and governance                               Inadequate\n\n"
      "The Local Safeguarding Children Board (LSCB) is good.\n");
  CHECK(r.document.type == DocumentType::sif);
  check(r, "overall_effectiveness", "Inadequate", 4);
  check(r, "help_and_protection", "Inadequate", 4);
  check(r, "looked_after_and_permanence", "Requires improvement to be good", 3);
  check(r, "adoption_performance", "Good", 2);
  check(r, "care_leavers", "Requires improvement to be good", 3);
  check(r, "leadership_management_governance", "Inadequate", 4);
  check(r, "lscb", "Good", 2);
  CHECK(r.judgements.size() == 7);
  const Judgement* adoption = find(r, "adoption_performance");
  REQUIRE(adoption);
  CHECK(adoption->area == "Adoption performance");  // without its number
  CHECK(find(r, "overall_effectiveness")->as_written == "inadequate");
}

TEST_CASE("2013 looked after children inspection: the report's own scale, grades under headings", "[judgements]") {
  const Report r = parsed(
      "# Inspection of looked after children services\n\n**Eastshire Council**\n\n"
      "Inspection dates: 15-19 July 2013\n\n"
      "## The inspection judgements and what they mean\n\n"
      "3. All inspection judgements are made using the following four point scale.\n\n"
      "Outstanding (Grade 1)\tA service that significantly exceeds minimum requirements\n"
      "Good (Grade 2)\tA service that exceeds minimum requirements\n"
      "Adequate (Grade 3)\tA service that only meets minimum requirements\n"
      "Inadequate (Grade 4)\tA service that does not meet minimum requirements\n\n"
      "## Overall effectiveness\n\n## **Grade 4 (Inadequate)**\n\n"
      "- 4. The judgement for overall effectiveness is **inadequate**.\n\n"
      "## Capacity to improve\n\n## **Grade 3 (Adequate)**\n\n"
      "- 5. The local authority has an adequate capacity to improve its services for children.\n");
  CHECK(r.document.type == DocumentType::lac_inspection);
  check(r, "overall_effectiveness", "Inadequate", 4, "ofsted-adequate");
  check(r, "capacity_to_improve", "Adequate", 3, "ofsted-adequate");
  CHECK(r.judgements.size() == 2);
  CHECK(find(r, "overall_effectiveness")->evidence.size() == 2);  // the heading and the sentence
  CHECK(find(r, "capacity_to_improve")->band == Band::requires_improvement);
}

TEST_CASE("loose mentions and earlier inspections' grades are not judgements", "[judgements]") {
  const Report r = parsed(ilacs_cover +
                          "Judgement\tGrade\n"
                          "Overall effectiveness\tGood\n\n"
                          "Health outcomes for children in care are good.\n\n"
                          "Previous inspections\n\n"
                          "The last inspection judged the local authority as follows. The judgements were:\n"
                          "\xE2\x80\xA2 Overall effectiveness: inadequate\n"
                          "\xE2\x80\xA2 Children who need help and protection: inadequate\n");
  REQUIRE(r.judgements.size() == 1);
  check(r, "overall_effectiveness", "Good", 2);
  CHECK(warnings(r).empty());
}

TEST_CASE("a visit letter, a council paper and a news item have no judgements of their own", "[judgements]") {
  const Report letter = parsed(
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services on 5 "
      "February 2019. Overall effectiveness is inadequate.\n");
  CHECK(letter.document.type == DocumentType::focused_visit);
  CHECK(letter.judgements.empty());
}

TEST_CASE("a section's own statement of its grade, in the words SIF sections use", "[judgements]") {
  const Report r = parsed(
      "Westshire County Council\n"
      "Inspection of services for children in need of help and protection, children looked after and care leavers\n"
      "Inspection date: 2 June 2015 \xE2\x80\x93 25 June 2015\n\n"
      "Children\xE2\x80\x99s services in Westshire are good\n\n"
      "Adoption performance\n\n"
      "The graded judgment for adoption performance is that it requires improvement to be good.\n\n"
      "Leadership, management and governance\n\n"
      "The judgement for leadership, management and governance is outstanding.\n");
  check(r, "overall_effectiveness", "Good", 2);
  check(r, "adoption_performance", "Requires improvement to be good", 3);
  check(r, "leadership_management_governance", "Outstanding", 1);
}

TEST_CASE("an area SEND report's outcome sentence is its judgement", "[judgements]") {
  const Report r = parsed(
      "Area SEND inspection of Northshire Local Area Partnership\n\n"
      "Inspection dates: 4 to 8 March 2024\n\n"
      "Lead inspector: Ann Example, His Majesty\xE2\x80\x99s Inspector\n\n"
      "Inspection outcome\n\n"
      "The local area partnership\xE2\x80\x99s arrangements lead to inconsistent experiences and outcomes for "
      "children and young people with special educational needs and/or disabilities (SEND). The local area "
      "partnership must work jointly to make improvements.\n");
  CHECK(r.document.type == DocumentType::area_send);
  check(r, "area_send_outcome", "Inconsistent experiences and outcomes", 2, "ofsted-area-send");
  CHECK(r.judgements.size() == 1);
  CHECK(find(r, "area_send_outcome")->band == Band::requires_improvement);
}

TEST_CASE("a report that defines its scale is read against it, not against its framework's", "[judgements]") {
  // An ILACS report (framework scale: ofsted-requires-improvement) that prints the 2009-13
  // four-point scale is read on that scale: "Adequate" is a grade there, code 3.
  const Report r = parsed(ilacs_cover +
                          "All judgements are made using the following four point scale.\n\n"
                          "Outstanding (Grade 1)\tA service that significantly exceeds minimum requirements\n"
                          "Good (Grade 2)\tA service that exceeds minimum requirements\n"
                          "Adequate (Grade 3)\tA service that only meets minimum requirements\n"
                          "Inadequate (Grade 4)\tA service that does not meet minimum requirements\n\n"
                          "Judgement\tGrade\n"
                          "Overall effectiveness\tAdequate\n\n");
  CHECK(r.document.type == DocumentType::ilacs);
  check(r, "overall_effectiveness", "Adequate", 3, "ofsted-adequate");
  CHECK(r.judgements.size() == 1);
}

TEST_CASE("Report::judgement finds a judgement by its area id, or gives nullptr", "[judgements]") {
  const Report r = parsed("Overall effectiveness    Inadequate\n\nThe impact of leaders on social work practice with "
                          "children and families    Good\n");
  const Judgement* overall = r.judgement("overall_effectiveness");
  REQUIRE(overall != nullptr);
  CHECK(overall->grade == "Inadequate");
  CHECK(overall == &r.judgements.front());
  const Judgement* leaders = r.judgement("impact_of_leaders");
  REQUIRE(leaders != nullptr);
  CHECK(leaders->band == Band::good);
  CHECK(r.judgement("care_leavers") == nullptr);
  CHECK(r.judgement("Overall effectiveness") == nullptr);  // the id, not the wording
  CHECK(r.judgement("") == nullptr);
}

// --- a grade stated in a sentence (issue 15): one reader, its forms in the lexicon ------------

namespace {
const std::string sif_cover = "Northshire County Council\n"
                              "Inspection of services for children in need of help and protection, children looked after "
                              "and care leavers\n"
                              "Inspection date: 2 June 2015 to 25 June 2015\n\nSummary\n\n";
}

TEST_CASE("\"The Local Safeguarding Children Board is good\" and its variants are the board's judgement",
          "[judgements][sentences]") {
  for (const char* sentence : {"The Local Safeguarding Children Board is good.", "The effectiveness of the LSCB is good.",
                               "The LSCB is judged to be good.",
                               "The effectiveness of the Local Safeguarding Children Board is good."}) {
    INFO(sentence);
    const Report r = parsed(sif_cover + sentence + "\n\nPartners work well together.\n");
    REQUIRE(r.judgements.size() == 1);
    check(r, "lscb", "Good", 2);
  }
}

TEST_CASE("\"Overall effectiveness is judged to be ...\" states a judgement; \"... is good\" alone does not",
          "[judgements][sentences]") {
  const Report judged = parsed(sif_cover + "Overall effectiveness is judged to be inadequate.\n");
  check(judged, "overall_effectiveness", "Inadequate", 4);
  // A loose sentence only adds evidence to an area a table or heading grades.
  CHECK(parsed(sif_cover + "Overall effectiveness is good.\n").judgements.empty());
}

TEST_CASE("prose that only mentions a grade word states no judgement", "[judgements][sentences]") {
  const Report r = parsed(sif_cover +
                          "Leaders want children in care to become good readers and to do well at school.\n\n"
                          "Social workers are helped to become good at direct work, and most plans are good.\n");
  CHECK(r.judgements.empty());
  // In the fixture, "to become good readers" sits beside the graded areas and adds nothing.
  const Report fixture = parse(std::string(
      "North\nSomerset Council\nInspection of services for children in need of help and\nprotection, children "
      "looked after and care leavers\nInspection date: 2 June 2015 to 25 June 2015\n\n"
      "Leaders want children in care to become good readers.\n")).value();
  CHECK(fixture.judgements.empty());
}

TEST_CASE("what makes a line a table's label, and a list an earlier inspection's, are lexicon rows",
          "[judgements][profile]") {
  const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
      "lexicon judgements \"A region's wording\"\n"
      "  phrases not_label_end \"stays\"\n"
      "  phrases earlier_inspection \"2016 review\"\n"
      "end\n");
  judgement::ParseOptions options = judgement::testing::options_with(profiles);

  // A label and its grade run together on one line, unless the label's last word leads up to it.
  const std::string run_together = ilacs_cover + "Judgement Grade\nOverall effectiveness stays Good\n";
  check(parse(run_together).value(), "overall_effectiveness", "Good", 2);
  CHECK(parse(run_together, options).value().judgements.empty());

  // The grades of a list led in by a line about an earlier inspection are references.
  const std::string earlier = ilacs_cover +
                              "Judgement\tGrade\n"
                              "Overall effectiveness\tGood\n\n"
                              "At the 2016 review the judgements stood as follows:\n"
                              "\xE2\x80\xA2 Overall effectiveness: inadequate\n";
  CHECK_FALSE(warnings(parse(earlier).value()).empty());  // the list's grade conflicts with the table's
  const Report r = parse(earlier, options).value();
  REQUIRE(r.judgements.size() == 1);
  check(r, "overall_effectiveness", "Good", 2);
  CHECK(warnings(r).empty());
}

TEST_CASE("a profile's outcome sentence and the verb form are one reader: a user's phrasing is a lexicon row",
          "[judgements][sentences][profile]") {
  const judgement::ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
      "lexicon judgements \"A review's own verb\"\n"
      "  phrases sentence_verb \"is assessed as\"\n"
      "  phrases judged_verb \"is assessed as\"\n"
      "end\n");
  judgement::ParseOptions options = judgement::testing::options_with(profiles);
  const std::string text = sif_cover + "Help and protection is assessed as good.\n";
  CHECK(parse(text).value().judgements.empty());
  const Report r = parse(text, options).value();
  check(r, "help_and_protection", "Good", 2);
}

TEST_CASE("a sentence's verb is read in capitals and with a typographic apostrophe in it", "[judgements][sentences]") {
  // The reader folds a sentence only from where it looks for a verb: the verb, the subject's
  // end and an apostrophe in between are read as the whole sentence folded would read them.
  const struct {
    const char* sentence;
    const char* grade;
    int code;
  } cases[] = {
      {"The Overall Judgement Is That Children\xE2\x80\x99s Services Are Inadequate.", "Inadequate", 4},
      {"THE OVERALL JUDGEMENT IS THAT CHILDREN\xE2\x80\x99S SERVICES ARE GOOD.", "Good", 2},
      {"The overall judgement is that children\xE2\x80\x99s services require improvement to be good.",
       "Requires improvement to be good", 3},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    const Report r = parsed(sif_cover + c.sentence + "\n\nPartners work well together.\n");
    REQUIRE(r.judgements.size() == 1);
    check(r, "overall_effectiveness", c.grade, c.code);
  }
  const Report lscb = parsed(sif_cover + "The effectiveness of the LSCB Is Judged To Be good.\n");
  check(lscb, "lscb", "Good", 2);
}

TEST_CASE("a sentence's grade is read from the block's first sentence, up to 400 bytes of its tokens",
          "[judgements][sentences][tokens]") {
  std::string filler;
  while (filler.size() < 450) filler += "partners work well together and ";
  // The first sentence ends at a full stop a space before a capital; the block goes on past it.
  const Report ended = parsed(sif_cover + "The judgement for overall effectiveness is **good**. The " + filler + "\n");
  REQUIRE(ended.judgements.size() == 1);
  check(ended, "overall_effectiveness", "Good", 2);
  // No sentence ends within 400 bytes: nothing in it is read, not even a grade in emphasis.
  CHECK(parsed(sif_cover + "The judgement for overall effectiveness is **good** and " + filler + "\n").judgements.empty());
  // A full stop before a word in lower case ends no sentence: the grade before it may still end it.
  const Report lower = parsed(sif_cover + "The judgement for overall effectiveness is inadequate. the local authority agrees.\n");
  check(lower, "overall_effectiveness", "Inadequate", 4);
  // A grade by its number, a footnote mark glued to its word.
  check(parsed(sif_cover + "The judgement for overall effectiveness is 4 (Inadequate).\n"), "overall_effectiveness", "Inadequate", 4);
  check(parsed(sif_cover + "The judgement for overall effectiveness is Inadequate1\n\nPartners work well together.\n"),
        "overall_effectiveness", "Inadequate", 4);
}
