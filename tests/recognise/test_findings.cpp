// Findings on synthetic documents written in the style of each framework: an ILACS "What needs to
// improve?" list, a 2013 looked after children inspection with its timeframe sub-headings, SIF
// numbered recommendations with sub-bullets and the safeguarding board's own list, a focused visit
// letter, a council paper's risk table; and the timeframe phrases and list headings on their own.
// Every document here is invented for the tests.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/parse.hpp"
#include "judgement/profile.hpp"
#include "judgement/report.hpp"
#include "recognise/findings_headings.hpp"
#include "recognise/findings_timeframe.hpp"
#include "recognise/recognisers.hpp"
#include "recognise/text_search.hpp"
#include "../support/pipeline.hpp"

using judgement::Finding;
using judgement::FindingKind;
using judgement::Report;
using judgement::Timeframe;

namespace {

// Bullet glyphs as PDF conversion leaves them.
#define WINGDINGS_BULLET "\xEF\x82\xA7"  // U+F0A7
#define SQUARE_BULLET "\xE2\x97\xBC"     // U+25FC
#define ARROW_BULLET "\xEF\x81\xAE"      // U+F06E

Report findings_of(const std::string& text) {
  return judgement::testing::run_recogniser(text, judgement::detail::recognise_findings);
}

std::vector<const Finding*> of_kind(const Report& r, FindingKind kind) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.kind == kind) out.push_back(&f);
  }
  return out;
}

std::vector<std::string> texts(const std::vector<const Finding*>& findings) {
  std::vector<std::string> out;
  for (const Finding* f : findings) out.emplace_back(f->text);
  return out;
}

std::string timeframe_of(const Finding& f) { return f.timeframe ? f.timeframe->id() : "null"; }
std::string due_of(const Finding& f) { return f.due ? f.due->iso() : "null"; }

// The original bytes a span covers.
std::string_view at_span(const Report& r, const judgement::Span& span) {
  const std::string_view source = r.store->source();
  REQUIRE(span.begin <= span.end);
  REQUIRE(span.end <= source.size());
  return source.substr(span.begin, span.end - span.begin);
}

// The 1-based line of the first occurrence of `needle` in the original text.
std::uint32_t line_of(const Report& r, std::string_view needle) {
  const std::string_view source = r.store->source();
  const std::size_t at = source.find(needle);
  REQUIRE(at != std::string_view::npos);
  std::uint32_t line = 1;
  for (std::size_t i = 0; i < at; ++i) line += source[i] == '\n' ? 1 : 0;
  return line;
}

// --- ILACS ---------------------------------------------------------------------------------------

const std::string ilacs_cover =
    "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
    "\n"
    "Inspection dates: 4 to 15 March 2024\n"
    "\n"
    "Lead inspector: Jane Example, His Majesty\xE2\x80\x99s Inspector\n"
    "\n"
    "Children in Eastmoor mostly receive timely help. Leaders know their services well and have acted on\n"
    "the weaknesses found at the last inspection, although some plans for children still lack focus and\n"
    "the oversight of managers is not yet consistent across all of the teams that work with families.\n"
    "\n";

const std::string ilacs_body =
    "\n"
    "The experiences and progress of children who need help and protection: good\n"
    "\n"
    "1. Children and families benefit from a wide range of early help services. Most receive the right\n"
    "help at the right time, and their needs are reviewed when circumstances change for them.\n"
    "\n"
    "2. Leaders should review the use of written agreements with parents when risks to children grow.\n"
    "(Recommendation)\n";

std::string ilacs_with_heading(const std::string& heading) {
  return ilacs_cover + heading +
         "\n"
         SQUARE_BULLET " The quality of plans for children in need, so that they say what must change.\n"
         "\n"
         WINGDINGS_BULLET " The response to children who go missing from home or care.\n"
         "\n"
         "The consistency of management oversight of children\xE2\x80\x99s plans.\n"
         "\n"
         SQUARE_BULLET " The sufficiency of homes for children in care close to Eastmoor. (outcome 4,\n"
         "national framework)\n" +
         ilacs_body;
}

}  // namespace

TEST_CASE("ILACS: each bullet under 'What needs to improve?' is one improvement", "[findings]") {
  const Report r = findings_of(ilacs_with_heading("What needs to improve?"));
  REQUIRE(r.document.type == judgement::DocumentType::ilacs);
  const auto items = of_kind(r, FindingKind::improvement);
  CHECK(r.findings.size() == items.size());
  CHECK(texts(items) == std::vector<std::string>{
                            "The quality of plans for children in need, so that they say what must change.",
                            "The response to children who go missing from home or care.",
                            "The consistency of management oversight of children\xE2\x80\x99s plans.",
                            "The sufficiency of homes for children in care close to Eastmoor. (outcome 4, "
                            "national framework)",
                        });
  for (const Finding* f : items) {
    INFO(f->text);
    CHECK(f->section == "What needs to improve?");
    CHECK_FALSE(f->timeframe);
    CHECK_FALSE(f->due);
    CHECK_FALSE(f->paragraph);
    CHECK_FALSE(f->rating);
  }
  SECTION("an item that lost its bullet in conversion still counts") {
    REQUIRE(items.size() == 4);
    CHECK(items[2]->span.line == line_of(r, "The consistency of management"));
  }
  SECTION("each span is the item's text in the original, line for line") {
    REQUIRE(items.size() == 4);
    for (std::size_t i = 0; i < 3; ++i) CHECK(at_span(r, items[i]->span) == items[i]->text);
    CHECK(at_span(r, items[3]->span) ==
          "The sufficiency of homes for children in care close to Eastmoor. (outcome 4,\nnational framework)");
    CHECK(items[0]->span.line == line_of(r, "The quality of plans"));
  }
}

TEST_CASE("A user's heading phrase, added as a findings lexicon row, opens a list of improvements",
          "[findings][lexicon]") {
  const std::string report = ilacs_with_heading("Matters to put right");
  CHECK(findings_of(report).findings.empty());
  judgement::ProfileRegistry mine = judgement::ProfileRegistry::builtin();
  REQUIRE(mine.define("lexicon findings \"Our region's reports\"\n"
                      "  phrases improvement_heading \"Matters to put right\"\n"
                      "end\n")
              .ok());
  judgement::ParseOptions options;
  options.profiles = &mine;
  const Report r = judgement::testing::run_recogniser(report, judgement::detail::recognise_findings, options);
  const auto items = of_kind(r, FindingKind::improvement);
  CHECK(r.findings.size() == items.size());
  REQUIRE(items.size() == 4);
  CHECK(items[0]->text == "The quality of plans for children in need, so that they say what must change.");
  for (const Finding* f : items) CHECK(f->section == "Matters to put right");
  // Through the public parse too, and the built-in registry is left as it was.
  CHECK(of_kind(judgement::parse(report, options).value(), FindingKind::improvement).size() == 4);
  CHECK(of_kind(judgement::parse(report).value(), FindingKind::improvement).empty());
}

TEST_CASE("ILACS: a body paragraph tagged '(Recommendation)' is not an improvement", "[findings]") {
  const Report r = findings_of(ilacs_cover + ilacs_body);
  CHECK(r.findings.empty());
}

TEST_CASE("ILACS: the heading's wordings and a glued footnote number", "[findings]") {
  for (const std::string heading :
       {"What needs to improve?1", "What needs to improve", "What needs to improve:", "WHAT NEEDS TO IMPROVE?"}) {
    INFO(heading);
    const Report r = findings_of(ilacs_with_heading(heading));
    const auto items = of_kind(r, FindingKind::improvement);
    CHECK(items.size() == 4);
    std::string want = heading;
    if (want.back() == '1' || want.back() == ':') want.pop_back();
    for (const Finding* f : items) CHECK(f->section == want);
  }
}

TEST_CASE("ILACS: a heading run into the end of the paragraph above still opens the list", "[findings]") {
  // No blank line before the heading, and the paragraph above carried over a page break.
  const std::string text = ilacs_cover +
                           "Leaders have increased capacity to remedy areas of workforce pressure, as well as increasing the\n"
                           "sufficiency of homes.\n"
                           "What needs to improve?\n"
                           SQUARE_BULLET " The clarity of recording of actions to keep children safe.\n"
                           SQUARE_BULLET " The timeliness of progress of contacts from the front door.\n"
                           "The experiences and progress of children who need help and protection: good\n"
                           "\n"
                           "1. Children and families benefit from a wide range of early help services, which most\n"
                           "receive at the right time.\n";
  const Report r = findings_of(text);
  CHECK(texts(of_kind(r, FindingKind::improvement)) ==
        std::vector<std::string>{"The clarity of recording of actions to keep children safe.",
                                 "The timeliness of progress of contacts from the front door."});
  for (const Finding& f : r.findings) CHECK(f.section == "What needs to improve?");
}

TEST_CASE("ILACS: a heading's words on a line of an item that reads on are not a heading", "[findings]") {
  // "Recommendations" alone on a line, but the line above runs on into it ("... review the") and
  // the line below goes on in lower case; "Findings" after a full stop, but read on in lower case.
  const std::string text = ilacs_cover +
                           "What needs to improve?\n"
                           SQUARE_BULLET " The clarity of recording of actions to keep children safe. Leaders should review the\n"
                           "Recommendations\n"
                           "made by the independent review and report on their progress to the board.\n"
                           SQUARE_BULLET " The timeliness of progress of contacts from the front door. Leaders act on audit.\n"
                           "Findings\n"
                           "are shared with every team each month.\n";
  const Report r = findings_of(text);
  CHECK(texts(of_kind(r, FindingKind::improvement)) ==
        std::vector<std::string>{"The clarity of recording of actions to keep children safe. Leaders should review the "
                                 "Recommendations made by the independent review and report on their progress to the board.",
                                 "The timeliness of progress of contacts from the front door. Leaders act on audit. Findings "
                                 "are shared with every team each month."});
}

// --- 2013 looked after children inspection ----------------------------------------------------------

namespace {

const std::string lac_2013 =
    "Eastmoor Council\n"
    "\n"
    "Inspection of looked after children services\n"
    "\n"
    "Inspection dates:       8 \xE2\x80\x93 12 July 2013\n"
    "Reporting inspector     Alex Sample HMI\n"
    "\n"
    "Age group:              All\n"
    "Published:              31 August 2013\n"
    "\n"
    "Areas for improvement\n"
    "\n"
    "15. In order to improve the quality of provision and services for looked after children and young\n"
    "people in Eastmoor, the local authority should take the following action.\n"
    "\n"
    "Immediately:\n"
    "\n"
    WINGDINGS_BULLET " ensure that every child who enters care has a clear and recorded plan\n"
    "\n"
    WINGDINGS_BULLET " ensure that managers record the reasons for their decisions on every file\n"
    "\n"
    "Within three months:\n"
    "\n"
    "Complete initial health assessments within statutory timescales and share health histories\n"
    "\n"
    WINGDINGS_BULLET " improve the quality and use of personal education plans\n"
    "\n"
    WINGDINGS_BULLET " ensure that independent reviewing officers challenge drift (within 6 weeks)\n"
    "\n"
    "Within six months:\n"
    "\n"
    WINGDINGS_BULLET " embed the new electronic recording system across all teams\n"
    "\n"
    WINGDINGS_BULLET " improve the training offered to foster carers and to personal advisers\n"
    "\n"
    "Outcomes for looked after children and young people\n"
    "Grade 3 (Adequate)\n"
    "\n"
    "16. Outcomes for looked after children and young people are adequate. Too many children have\n"
    "suffered drift and delay, but other services are helping to improve their outcomes.\n";

}  // namespace

TEST_CASE("2013: 'Areas for improvement' items take the timeframe of their sub-heading", "[findings]") {
  const Report r = findings_of(lac_2013);
  REQUIRE(r.document.type == judgement::DocumentType::lac_inspection);
  REQUIRE(r.document.published);
  REQUIRE(r.document.published->iso() == "2013-08-31");
  const auto items = of_kind(r, FindingKind::improvement);
  REQUIRE(items.size() == 7);
  CHECK(r.findings.size() == 7);

  struct Want {
    std::string_view starts;
    std::string timeframe;
    std::string due;
  };
  const Want want[] = {
      {"ensure that every child", "immediately", "2013-08-31"},
      {"ensure that managers record", "immediately", "2013-08-31"},
      {"Complete initial health", "within_3_months", "2013-11-30"},  // 31 August + 3 months: 30 November
      {"improve the quality and use", "within_3_months", "2013-11-30"},
      {"ensure that independent reviewing", "within_6_weeks", "2013-10-12"},  // its own "(within 6 weeks)"
      {"embed the new electronic", "within_6_months", "2014-02-28"},  // 31 August + 6 months: 28 February
      {"improve the training offered", "within_6_months", "2014-02-28"},
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Finding& f = *items[i];
    INFO(f.text);
    CHECK(std::string_view(f.text).starts_with(want[i].starts));
    CHECK(timeframe_of(f) == want[i].timeframe);
    CHECK(due_of(f) == want[i].due);
    CHECK(f.section == "Areas for improvement");
    CHECK_FALSE(f.paragraph);  // the numbered lead-in is not an item
    CHECK(at_span(r, f.span) == f.text);
  }
}

TEST_CASE("2013: a bullet glyph alone on its line with its text after a blank line", "[findings]") {
  const std::string text =
      "Eastmoor Council\n"
      "\n"
      "Inspection of looked after children services\n"
      "\n"
      "Inspection dates:\n"
      "24 \xE2\x80\x93 28 June 2013\n"
      "Published:\n"
      "2 August 2013\n"
      "\n"
      "Areas for improvement\n"
      "28. In order to improve the quality of provision and services for looked after\n"
      "children and young people in Eastmoor, the local authority should take the\n"
      "following action.\n"
      "Immediately:\n"
      WINGDINGS_BULLET "\n"
      "\n"
      "Ensure that a clear plan is in place to improve the effectiveness of the\n"
      "independent reviewing service\n"
      "\n"
      WINGDINGS_BULLET "\n"
      "\n"
      "Ensure that plans are in place to address the delay in review minutes\n"
      "\n"
      "Within six months:\n"
      WINGDINGS_BULLET "\n"
      "\n"
      "Review the functionality of the electronic recording system\n"
      "\n"
      "29. Outcomes for looked after children and young people are adequate. Whilst\n"
      "too many children and young people have suffered drift and delay, other services\n"
      "are contributing to improved outcomes.\n";
  const Report r = findings_of(text);
  const auto items = of_kind(r, FindingKind::improvement);
  CHECK(texts(items) == std::vector<std::string>{
                            "Ensure that a clear plan is in place to improve the effectiveness of the independent "
                            "reviewing service",
                            "Ensure that plans are in place to address the delay in review minutes",
                            "Review the functionality of the electronic recording system",
                        });
  REQUIRE(items.size() == 3);
  CHECK(timeframe_of(*items[0]) == "immediately");
  CHECK(timeframe_of(*items[1]) == "immediately");
  CHECK(timeframe_of(*items[2]) == "within_6_months");
  CHECK(due_of(*items[2]) == "2014-02-02");
}

// --- SIF -----------------------------------------------------------------------------------------

namespace {

const std::string sif_cover =
    "Eastmoor\n"
    "\n"
    "Inspection of services for children in need of help and protection, children looked after and\n"
    "care leavers\n"
    "and\n"
    "Review of the effectiveness of the local safeguarding children board\n"
    "\n"
    "Inspection date: 11 April 2016 \xE2\x80\x93 5 May 2016\n"
    "Report published: 27 June 2016\n"
    "\n";

const std::string sif_2016 =
    sif_cover +
    "Recommendations\n"
    "\n"
    "1. Ensure that all assessments of children are timely and address all areas of risk\n"
    "(paragraph 21).\n"
    "\n"
    "2. Improve the quality of pathway planning by:\n"
    "\n"
    ARROW_BULLET " ensuring that plans are updated when young people move to the leaving care service\n"
    "\n"
    ARROW_BULLET " involving care leavers in their own planning.\n"
    "\n"
    "3. Ensure that private fostering arrangements are assessed within timescales (paragraph 48).\n"
    "\n"
    "Summary for children and young people\n"
    "\n"
    ARROW_BULLET " Social workers know the children they work with well and visit them often.\n"
    "\n"
    "The Local Safeguarding Children Board (LSCB)\n"
    "\n"
    "Recommendations\n"
    "\n"
    "120. Ensure that the board\xE2\x80\x99s business plan is specific and measurable.\n"
    "\n"
    "121. Evaluate the impact of multi-agency training on the practice of staff in all agencies.\n"
    "\n"
    "Inspection findings \xE2\x80\x93 the Local Safeguarding Children Board\n"
    "\n"
    "122. The LSCB meets its statutory responsibilities. It is chaired by an independent chair who\n"
    "is well respected by partners, and its membership is at the right level of seniority.\n"
    "\n"
    "123. The board has a clear business plan for this year, which partners helped to write.\n";

}  // namespace

// Some conversions glue a paragraph number to its text; the layout reads the number, and the
// findings reader takes it from the block.
TEST_CASE("SIF: recommendations whose numbers are glued to their text keep their numbers", "[findings]") {
  const Report r = findings_of(sif_cover +
                               "Recommendations\n"
                               "\n"
                               "1.Ensure that all assessments of children are timely.\n"
                               "\n"
                               "2.Improve the quality of pathway planning for care leavers.\n"
                               "\n"
                               "3.Ensure that the board\xE2\x80\x99s business plan is specific and measurable.\n");
  const auto items = of_kind(r, FindingKind::improvement);
  REQUIRE(items.size() == 3);
  CHECK(items[0]->text == "Ensure that all assessments of children are timely.");
  CHECK(items[1]->text == "Improve the quality of pathway planning for care leavers.");
  std::vector<int> paragraphs;
  for (const Finding* f : items) paragraphs.push_back(f->paragraph.value_or(0));
  CHECK(paragraphs == std::vector<int>{1, 2, 3});
}

TEST_CASE("SIF: numbered recommendations, one each, with their sub-bullets, and the LSCB's own", "[findings]") {
  const Report r = findings_of(sif_2016);
  REQUIRE(r.document.type == judgement::DocumentType::sif);
  const auto items = of_kind(r, FindingKind::improvement);
  REQUIRE(items.size() == 5);
  CHECK(r.findings.size() == 5);
  std::vector<int> paragraphs;
  for (const Finding* f : items) {
    paragraphs.push_back(f->paragraph.value_or(0));
    CHECK(f->section == "Recommendations");
    CHECK_FALSE(f->timeframe);
    CHECK_FALSE(f->due);
  }
  CHECK(paragraphs == std::vector<int>{1, 2, 3, 120, 121});
  CHECK(items[0]->text == "Ensure that all assessments of children are timely and address all areas of risk (paragraph 21).");
  SECTION("the sub-bullets belong to their numbered item") {
    const Finding& f = *items[1];
    CHECK(f.text ==
          "Improve the quality of pathway planning by:\n"
          "\xE2\x80\xA2 ensuring that plans are updated when young people move to the leaving care service\n"
          "\xE2\x80\xA2 involving care leavers in their own planning.");
    const std::string_view covered = at_span(r, f.span);
    CHECK(covered.starts_with("Improve the quality of pathway planning by:"));
    CHECK(covered.ends_with("involving care leavers in their own planning."));
    CHECK(f.span.line == line_of(r, "2. Improve the quality"));
  }
}

TEST_CASE("SIF 2014: priority and immediate action, topic headings, an empty priority list", "[findings]") {
  const std::string text =
      sif_cover +
      "What does the local authority need to improve?\n"
      "Priority and immediate action\n"
      "Workforce\n"
      "11. Review the number of cases held by all staff to ensure that caseloads are manageable.\n"
      "Quality of practice\n"
      "12. Ensure robust management oversight of the single assessment process.\n"
      "13. Ensure that the allocated social worker attends case conferences and reviews.\n"
      "Areas for improvement\n"
      "Children who are looked after\n"
      "14. Ensure that case records are up to date and accurately reflect decisions made.\n"
      "Management and leadership\n"
      "15. Improve the collation and reporting of performance information.\n"
      "\n"
      "The local authority\xE2\x80\x99s strengths\n"
      "16. The local authority has a strategic understanding of the need to develop early help.\n"
      "17. The local authority has been successful in keeping most children in care close to home.\n"
      "\n"
      "What does the LSCB need to improve?\n"
      "Priority and immediate action\n"
      "There are no priority actions.\n"
      "Areas for improvement\n"
      "131. Evaluate the quality of multi-agency partnership work with children at risk of harm.\n"
      "132. Develop an understanding of local need from data.\n"
      "Inspection judgement about the LSCB\n"
      "133. The LSCB started from a very low base but has made sustained progress since then.\n";
  const Report r = findings_of(text);
  const auto items = of_kind(r, FindingKind::improvement);
  std::vector<int> paragraphs;
  for (const Finding* f : items) paragraphs.push_back(f->paragraph.value_or(0));
  CHECK(paragraphs == std::vector<int>{11, 12, 13, 14, 15, 131, 132});
  REQUIRE(items.size() == 7);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(items[i]->section == "Priority and immediate action");
    CHECK(timeframe_of(*items[i]) == "immediately");
    CHECK(due_of(*items[i]) == "2016-06-27");  // the publication date
  }
  for (std::size_t i = 3; i < 7; ++i) {
    CHECK(items[i]->section == "Areas for improvement");
    CHECK_FALSE(items[i]->timeframe);
  }
}

// --- focused visit letter ------------------------------------------------------------------------

namespace {

std::string letter(const std::string& body) {
  return "Ofsted\n"
         "Piccadilly Gate\n"
         "Store Street\n"
         "Manchester\n"
         "M1 2WD\n"
         "\n"
         "28 February 2019\n"
         "\n"
         "Ms Ann Director\n"
         "Director of Children\xE2\x80\x99s Services\n"
         "Eastmoor Council\n"
         "\n"
         "Dear Ms Director\n"
         "\n"
         "Focused visit to Eastmoor children\xE2\x80\x99s services\n"
         "\n"
         "This letter summarises the findings of the focused visit to Eastmoor children\xE2\x80\x99s services on 4 and\n"
         "5 February 2019. The visit was carried out by Her Majesty\xE2\x80\x99s Inspectors Jane Example and John\n"
         "Sample.\n"
         "\n"
         "Overview\n"
         "\n"
         "Senior leaders know the service well. They acknowledge its strengths, but are realistic about where\n"
         "further improvement is needed, for example in the quality of assessments and plans for children.\n"
         "\n" +
         body +
         "\n"
         "Ofsted will take the findings from this focused visit into account when planning your next\n"
         "inspection or visit.\n"
         "\n"
         "Yours sincerely\n"
         "\n"
         "Jane Example\n"
         "Her Majesty\xE2\x80\x99s Inspector\n";
}

}  // namespace

TEST_CASE("Focused visit: priority actions and what needs to improve are improvements; findings and strengths are not",
          "[findings]") {
  const Report r = findings_of(letter(
      "Areas of strength\n"
      "\n"
      SQUARE_BULLET " Managers give clear direction on children\xE2\x80\x99s cases.\n"
      SQUARE_BULLET " Social workers know their children well.\n"
      "\n"
      "Areas for priority action\n"
      "\n"
      "The local authority needs to take swift and decisive action to address the following areas of\n"
      "weakness:\n"
      "\n"
      SQUARE_BULLET " The identification and screening of risk and need.\n"
      SQUARE_BULLET " The quality of assessments and decision-making.\n"
      "\n"
      "What needs to improve in this area of social work practice\n"
      "\n"
      SQUARE_BULLET " The participation of health partners in strategy meetings.\n"
      SQUARE_BULLET " The timeliness of contacts and referrals sent by the police.\n"
      SQUARE_BULLET " The quality of assessments.\n"
      "\n"
      "Findings\n"
      "\n"
      SQUARE_BULLET " Decisions about contacts and referrals are made in good time.\n"
      SQUARE_BULLET " Inspectors identified delays in the sharing of police notifications.\n"
      SQUARE_BULLET " The designated officer service is now fully staffed.\n"));
  REQUIRE(r.document.type == judgement::DocumentType::focused_visit);
  const auto improvements = of_kind(r, FindingKind::improvement);
  CHECK(texts(improvements) == std::vector<std::string>{
                                   "The identification and screening of risk and need.",
                                   "The quality of assessments and decision-making.",
                                   "The participation of health partners in strategy meetings.",
                                   "The timeliness of contacts and referrals sent by the police.",
                                   "The quality of assessments.",
                               });
  REQUIRE(improvements.size() == 5);
  CHECK(improvements[0]->section == "Areas for priority action");
  CHECK(improvements[4]->section == "What needs to improve in this area of social work practice");
  for (const Finding* f : improvements) {
    CHECK_FALSE(f->timeframe);
    CHECK_FALSE(f->due);
  }
  const auto findings = of_kind(r, FindingKind::finding);
  CHECK(findings.size() == 3);
  for (const Finding* f : findings) CHECK(f->section == "Findings");
  const auto strengths = of_kind(r, FindingKind::strength);
  CHECK(texts(strengths) == std::vector<std::string>{"Managers give clear direction on children\xE2\x80\x99s cases.",
                                                     "Social workers know their children well."});
  CHECK(r.findings.size() == 10);
}

TEST_CASE("Focused visit: 'Findings' run into the last improvement bullet still ends the list", "[findings]") {
  const Report r = findings_of(letter(
      "What needs to improve in this area of social work practice?\n"
      SQUARE_BULLET " The effectiveness of management oversight, professional challenge and\n"
      "supervision.\n"
      SQUARE_BULLET " The accuracy and effectiveness of performance reporting and quality assurance.\n"
      "Findings\n"
      SQUARE_BULLET " Not all children receive the right support when they are first referred for help.\n"
      SQUARE_BULLET " The early help offer has continued throughout the pandemic.\n"));
  const auto improvements = of_kind(r, FindingKind::improvement);
  CHECK(texts(improvements) ==
        std::vector<std::string>{
            "The effectiveness of management oversight, professional challenge and supervision.",
            "The accuracy and effectiveness of performance reporting and quality assurance.",
        });
  REQUIRE(improvements.size() == 2);
  CHECK(at_span(r, improvements[1]->span) == improvements[1]->text);
  CHECK(of_kind(r, FindingKind::finding).size() == 2);
}

TEST_CASE("Focused visit: 'Main findings' and its first paragraph run into the last bullet", "[findings]") {
  const Report r = findings_of(letter(
      "What needs to improve in this area of social work practice?\n"
      SQUARE_BULLET " The quality and consistency of pathway plans. (Outcome 4, national framework)\n"
      SQUARE_BULLET " The quality and consistency of support offered to young people not in education,\n"
      "employment or training. (Outcome 4, national framework)\n"
      "Main findings\n"
      "Most young people benefit from trusted and stable relationships with their personal\n"
      "advisers, who are ambitious for them and proud of what they achieve.\n"
      "Most young people benefit from effective transitions between teams.\n"));
  const auto improvements = of_kind(r, FindingKind::improvement);
  CHECK(texts(improvements) ==
        std::vector<std::string>{
            "The quality and consistency of pathway plans. (Outcome 4, national framework)",
            "The quality and consistency of support offered to young people not in education, employment or "
            "training. (Outcome 4, national framework)",
        });
  // The main findings are paragraphs, neither bulleted nor numbered: not findings.
  CHECK(r.findings.size() == 2);
}

TEST_CASE("Focused visit: 'Areas for development' in a letter are improvements", "[findings]") {
  const Report r = findings_of(letter(
      "Areas for development:\n"
      "\n"
      ARROW_BULLET " The timeliness of return home interviews for children who go missing.\n"
      "\n"
      ARROW_BULLET " The quality of supervision records.\n"));
  const auto improvements = of_kind(r, FindingKind::improvement);
  CHECK(improvements.size() == 2);
  for (const Finding* f : improvements) CHECK(f->section == "Areas for development");
}

// --- timeframes written in the items or as headings -----------------------------------------------

TEST_CASE("Timeframes: headings and items in words or digits, and due dates across month ends", "[findings]") {
  const std::string text =
      "Eastmoor Council\n"
      "\n"
      "Inspection of looked after children services\n"
      "\n"
      "Inspection dates:       26 \xE2\x80\x93 30 August 2013\n"
      "\n"
      "Areas for improvement\n"
      "\n"
      "Within 6 weeks:\n"
      "\n"
      WINGDINGS_BULLET " review the plans of every child placed at home with parents\n"
      "\n"
      "Within 3 months of the date of this report:\n"
      "\n"
      WINGDINGS_BULLET " improve the quality of supervision\n"
      "\n"
      WINGDINGS_BULLET " Immediately: ensure that every missing child is offered a return interview\n"
      "\n"
      "Within twelve months:\n"
      "\n"
      WINGDINGS_BULLET " reduce the number of children placed far from home\n"
      "\n"
      "Outcomes for looked after children and young people\n";
  const Report r = findings_of(text);
  // No publication or document date: due counts from the last day of the inspection.
  REQUIRE(r.document.inspection_dates);
  REQUIRE(r.document.inspection_dates->range.end.iso() == "2013-08-30");
  const auto items = of_kind(r, FindingKind::improvement);
  REQUIRE(items.size() == 4);
  CHECK(timeframe_of(*items[0]) == "within_6_weeks");
  CHECK(due_of(*items[0]) == "2013-10-11");
  CHECK(timeframe_of(*items[1]) == "within_3_months");
  CHECK(due_of(*items[1]) == "2013-11-30");
  CHECK(timeframe_of(*items[2]) == "immediately");  // its own lead wins over the sub-heading
  CHECK(due_of(*items[2]) == "2013-08-30");
  CHECK(timeframe_of(*items[3]) == "within_12_months");
  CHECK(due_of(*items[3]) == "2014-08-30");
}

TEST_CASE("Timeframe phrases", "[findings]") {
  using judgement::detail::timeframe_heading;
  using judgement::detail::timeframe_in_item;
  auto id = [](const std::optional<Timeframe>& tf) { return tf ? tf->id() : std::string("null"); };
  CHECK(id(timeframe_heading("immediately")) == "immediately");
  CHECK(id(timeframe_heading("immediately:")) == "immediately");
  CHECK(id(timeframe_heading("within three months:")) == "within_3_months");
  CHECK(id(timeframe_heading("within 3 months")) == "within_3_months");
  CHECK(id(timeframe_heading("within six months")) == "within_6_months");
  CHECK(id(timeframe_heading("within the next 6 weeks")) == "within_6_weeks");
  CHECK(id(timeframe_heading("in the next twelve months")) == "within_12_months");
  CHECK(id(timeframe_heading("within a month")) == "within_1_months");
  CHECK(id(timeframe_heading("within one year")) == "within_12_months");
  CHECK(id(timeframe_heading("within three months of publication")) == "within_3_months");
  CHECK(id(timeframe_heading("within three months, the council will review its plans")) == "null");
  CHECK(id(timeframe_heading("within threes")) == "null");
  CHECK(id(timeframe_heading("immediate action was taken")) == "null");
  CHECK(id(timeframe_heading("outcomes for looked after children")) == "null");

  CHECK(id(timeframe_in_item("review all plans (within 3 months)")) == "within_3_months");
  CHECK(id(timeframe_in_item("review all plans [within six weeks].")) == "within_6_weeks");
  CHECK(id(timeframe_in_item("(immediately) review all plans")) == "immediately");
  CHECK(id(timeframe_in_item("immediately: review all plans")) == "immediately");
  CHECK(id(timeframe_in_item("within 3 months - review all plans")) == "within_3_months");
  // An item as written, not folded: letters in either case.
  CHECK(id(timeframe_in_item("Review all plans (Within Three Months)")) == "within_3_months");
  CHECK(id(timeframe_in_item("IMMEDIATELY: review all plans")) == "immediately");
  // A timeframe that is part of the sentence is not the item's own.
  CHECK(id(timeframe_in_item("assessments are completed within 10 weeks")) == "null");
  CHECK(id(timeframe_in_item("ensure that visits happen (within the statutory timescales)")) == "null");
}

TEST_CASE("List headings", "[findings]") {
  const judgement::detail::FindingsPhrases phrases(judgement::ProfileRegistry::builtin().lexicon());
  auto classify_heading = [&](std::string_view text, const judgement::detail::HeadingContext& c) {
    return phrases.classify_heading(text, c);
  };
  using judgement::detail::HeadingContext;
  using judgement::detail::ListRole;
  const HeadingContext report{false, false};
  const HeadingContext letter_context{true, false};
  const HeadingContext paper{false, true};
  auto role = [&](std::string_view text, const HeadingContext& c) {
    const auto m = classify_heading(text, c);
    return m ? m->role : ListRole::none;
  };
  CHECK(role("What needs to improve?", report) == ListRole::improvement);
  CHECK(role("What needs to improve?1", report) == ListRole::improvement);
  CHECK(role("What needs to improve in this area of social work practice?", letter_context) == ListRole::improvement);
  CHECK(role("What does the local authority need to improve?", report) == ListRole::improvement);
  CHECK(role("What does the LSCB need to improve?", report) == ListRole::improvement);
  CHECK(role("Priority and immediate action", report) == ListRole::improvement);
  CHECK(role("Areas for priority action:", letter_context) == ListRole::improvement);
  CHECK(role("Areas for Improvement", letter_context) == ListRole::improvement);
  CHECK(role("Recommendations", report) == ListRole::improvement);
  CHECK(role("8. Recommendations", paper) == ListRole::none);  // put to the committee
  CHECK(role("Within three months:", report) == ListRole::timeframe);
  CHECK(role("Findings", letter_context) == ListRole::finding);
  CHECK(role("Main findings", letter_context) == ListRole::finding);
  CHECK(role("Findings", report) == ListRole::none);
  CHECK(role("Areas of strength", letter_context) == ListRole::strength);
  CHECK(role("Areas of concern", letter_context) == ListRole::concern);
  CHECK(role("Areas for development", letter_context) == ListRole::improvement);
  CHECK(role("Areas for improvement are clearly set out in the improvement plan", report) == ListRole::none);
  CHECK(role("The experiences and progress of children who need help and protection: good", report) ==
        ListRole::none);
  const auto priority = classify_heading("Priority and immediate action", report);
  REQUIRE(priority);
  CHECK(priority->timeframe == Timeframe{});
  const auto footnoted = classify_heading("What needs to improve?1", report);
  REQUIRE(footnoted);
  CHECK(footnoted->label_length == std::string_view("What needs to improve?").size());

  auto heading_of_another_part = [&](std::string_view text) { return phrases.heading_of_another_part(text); };
  auto nil_statement = [&](std::string_view text) { return phrases.nil_statement(text); };
  CHECK(nil_statement("There are no priority actions."));
  CHECK(nil_statement("The inspection did not find any areas for priority and immediate action."));
  CHECK_FALSE(nil_statement("Ensure that there are no delays in assessments."));
  CHECK(heading_of_another_part("The local authority\xE2\x80\x99s strengths"));
  CHECK(heading_of_another_part("Inspection judgement about the LSCB"));
  CHECK(heading_of_another_part("Summary for children and young people"));
  CHECK_FALSE(heading_of_another_part("Quality of practice"));
  CHECK_FALSE(heading_of_another_part("Strengthen the engagement of young people"));
}

TEST_CASE("A heading is read in the text as written: bounds for its number and footnote, no copy", "[findings]") {
  using judgement::detail::HeadingKey;
  // The leading paragraph number, a glued footnote number and trailing blanks, bold marks and
  // ":?." are left outside the view; inside it, the cursor reads the rest.
  CHECK(HeadingKey("**8.  What needs to\nimprove**?1").text() == "What needs to\nimprove");
  CHECK(HeadingKey("**8.  What needs to\nimprove**?1").equals("what needs to improve"));
  // A footnote number inside the bold marks is not glued to the end: it stays.
  CHECK(HeadingKey("**What needs to improve?1**").equals("what needs to improve?1"));
  CHECK(HeadingKey("4.2 Areas for improvement:").equals("areas for improvement"));
  CHECK(HeadingKey("2) Recommendations.").equals("recommendations"));
  CHECK(HeadingKey("\x01Recom\x01**mendations\x01").equals("recommendations"));
  CHECK(HeadingKey("The Council\xE2\x80\x99s plan").equals("the council's plan"));
  CHECK(HeadingKey("The Council\xE2\x80\x99s  **plan**").equals("the council's plan"));
  CHECK(HeadingKey("The Council\xE2\x80\x99s  **plan**").size() == std::string_view("the council's plan").size());
  // A number that opens a word, or is all there is, is not a paragraph number.
  CHECK(HeadingKey("8.What needs to improve").equals("8.what needs to improve"));
  CHECK(HeadingKey("2024").equals("2024"));
  CHECK(HeadingKey("8. :").empty());
  // A run of blanks reads as one space, whatever bold marks sit in it; bold marks alone as nothing.
  CHECK_FALSE(HeadingKey("What needs  to improve").equals("what needs  to improve"));
  CHECK(HeadingKey("What needs ** \t to improve").equals("what needs to improve"));
  CHECK(HeadingKey("What needs**to improve").equals("what needsto improve"));
  CHECK_FALSE(HeadingKey("What needs to improve").equals("what needs to improv"));
  CHECK_FALSE(HeadingKey("What needs to improv").equals("what needs to improve"));

  const HeadingKey question("What does the **LSCB**  need to\timprove?1");
  CHECK(question.starts_then_space("what does"));
  CHECK_FALSE(question.starts_then_space("what does the lscb need to improve"));  // nothing follows
  CHECK(question.ends_after_space("need to improve"));
  CHECK_FALSE(question.ends_after_space("to improv"));
  CHECK_FALSE(question.ends_after_space("what does the lscb need to improve"));  // no space before
  const HeadingKey folded("What does the council\xE2\x80\x99s board need to improve");
  CHECK(folded.ends_after_space("council's board need to improve"));
  CHECK(folded.starts_then_space("what does the council's"));

  const std::vector<std::string> found{"did not find any", "none were identified"};
  CHECK(HeadingKey("Inspectors did not find any areas for priority action.").contains_any(found));
  CHECK(HeadingKey("Inspectors **did not**  find any areas for priority action.").contains_any(found));
  CHECK_FALSE(HeadingKey("Inspectors did not find  many areas for action.").contains_any(found));
  CHECK(HeadingKey("Immediate action").contains_at_word("immediate"));
  CHECK(HeadingKey("Priority and **immediate** action").contains_at_word("immediate"));
  CHECK_FALSE(HeadingKey("Nonimmediate action").contains_at_word("immediate"));
  CHECK_FALSE(HeadingKey("Non**immediate action").contains_at_word("immediate"));
}

TEST_CASE("List headings as written: bold marks, runs of blanks, a paragraph number, an apostrophe, a footnote",
          "[findings]") {
  const judgement::detail::FindingsPhrases phrases(judgement::ProfileRegistry::builtin().lexicon());
  using judgement::detail::HeadingContext;
  using judgement::detail::ListRole;
  const HeadingContext report{false, false};
  const HeadingContext letter{true, false};
  auto role = [&](std::string_view text, const HeadingContext& c) {
    const auto m = phrases.classify_heading(text, c);
    return m ? m->role : ListRole::none;
  };
  CHECK(role("**What needs to improve?**", report) == ListRole::improvement);
  CHECK(role("**What needs to improve**?1", report) == ListRole::improvement);
  CHECK(role("\x01What needs to improve?\x01", report) == ListRole::improvement);
  CHECK(role("What  needs\tto\n improve?", report) == ListRole::improvement);
  CHECK(role("8.  **Recommendations**:", report) == ListRole::improvement);
  CHECK(role("4.2 Areas for improvement", letter) == ListRole::improvement);
  CHECK(role("2) Areas for development", letter) == ListRole::improvement);
  CHECK(role("**Main** findings", letter) == ListRole::finding);
  CHECK(role("What does the **LSCB** need to improve?1", report) == ListRole::improvement);
  CHECK(role("What does the council\xE2\x80\x99s board need to improve?", report) == ListRole::improvement);
  CHECK(role("**Within three months:**", report) == ListRole::timeframe);
  CHECK(role("Within  three\tmonths of the date of this report:", report) == ListRole::timeframe);
  // Words run together by a dropped bold mark are one word: no heading.
  CHECK(role("What needs**to improve?", report) == ListRole::none);
  CHECK(role("Areas for improve**ment are set out", report) == ListRole::none);
  const auto immediate = phrases.classify_heading("**Priority and  immediate action**", report);
  REQUIRE(immediate);
  CHECK(immediate->timeframe == Timeframe{});
  const auto footnoted = phrases.classify_heading("What needs to improve?12  ", report);
  REQUIRE(footnoted);
  CHECK(footnoted->label_length == std::string_view("What needs to improve?").size());

  CHECK(phrases.nil_statement("**None.**"));
  CHECK(phrases.nil_statement("There  are no **priority** actions."));
  CHECK(phrases.nil_statement("Inspectors  did not **find** any areas for priority action."));
  CHECK_FALSE(phrases.nil_statement("Ensure that there are no delays."));

  // A user's phrase with an apostrophe matches a typographic one, with or without bold marks.
  judgement::ProfileRegistry mine = judgement::ProfileRegistry::builtin();
  REQUIRE(mine.define("lexicon findings \"Our region's reports\"\n"
                      "  phrases improvement_heading \"The council's priority actions\"\n"
                      "  phrases other_part \"part 2\"\n"
                      "end\n")
              .ok());
  const judgement::detail::FindingsPhrases own(mine.lexicon());
  auto own_role = [&](std::string_view text) {
    const auto m = own.classify_heading(text, report);
    return m ? m->role : ListRole::none;
  };
  CHECK(own_role("The Council\xE2\x80\x99s priority actions:") == ListRole::improvement);
  CHECK(own_role("The Council\xE2\x80\x99s **priority**  actions") == ListRole::improvement);
  CHECK(own_role("The Council's priority actions?1") == ListRole::improvement);
  CHECK(own_role("The Councils priority actions") == ListRole::none);
  // A word that is not plain ("part 2") is read through the heading's key.
  CHECK(own.heading_of_another_part("**Part  2**: the council\xE2\x80\x99s plans"));
  CHECK(own.heading_of_another_part("Part 2s"));
  CHECK_FALSE(own.heading_of_another_part("Part 23"));
  CHECK_FALSE(own.heading_of_another_part("Counterpart 2"));
}

// --- council paper ---------------------------------------------------------------------------------

TEST_CASE("Council paper: each row of the risk table with a rating is a risk, its rating as written", "[findings]") {
  const std::string text =
      "CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE\n"
      "\n"
      "1 OCTOBER 2020\n"
      "\n"
      "REPORT ON OFSTED FOCUSED VISIT\n"
      "\n"
      "Report from: Dana Whitcombe, Director of Children\xE2\x80\x99s Services\n"
      "\n"
      "Summary\n"
      "\n"
      "This report sets out the findings of the recent Ofsted focused visit to Eastmoor Council\xE2\x80\x99s "
      "children\xE2\x80\x99s services.\n"
      "\n"
      "4. Risk management\n"
      "\n"
      "Risk\tDescription\tAction to avoid or mitigate risk\tRisk rating\n"
      "Actions are not delivered on time\tIf the actions in the plan are late, children may remain at risk.\t"
      "The improvement board will monitor progress.\tB2\n"
      "Resources are not in place\tThe service cannot show that it has the capacity it needs.\tPartners will "
      "commit to support the improvement journey.\tC3\n"
      "\tThe pressure on budgets may grow during the pandemic.\tKeep a record of all spending.\t\n"
      "Caseloads\tThe number of referrals may rise.\tWork with partners to support families.\tC3\n"
      "\n"
      "5. Recommendations\n"
      "\n"
      "5.1. The Committee is asked to note the report.\n";
  const Report r = findings_of(text);
  REQUIRE(r.document.type == judgement::DocumentType::committee_report);
  const auto risks = of_kind(r, FindingKind::risk);
  CHECK(texts(risks) ==
        std::vector<std::string>{"Actions are not delivered on time", "Resources are not in place", "Caseloads"});
  REQUIRE(risks.size() == 3);
  CHECK(risks[0]->rating == std::optional<std::string_view>("B2"));
  CHECK(risks[1]->rating == std::optional<std::string_view>("C3"));
  CHECK(risks[2]->rating == std::optional<std::string_view>("C3"));
  for (const Finding* f : risks) {
    CHECK(f->section == "Risk management");
    CHECK_FALSE(f->timeframe);
    CHECK_FALSE(f->due);
    // The span is the whole row, its rating included.
    const std::string_view row = at_span(r, f->span);
    CHECK(row.starts_with(f->text));
    CHECK(row.ends_with(*f->rating));
  }
  // The committee's own recommendations are not improvements the inspection asked for.
  CHECK(of_kind(r, FindingKind::improvement).empty());
  CHECK(r.findings.size() == 3);
}

// pdftotext -layout sets a register's columns apart by spaces: the layout's '\t' comes only before
// the last column, and the reader takes the other columns from the layout's cells of the row.
TEST_CASE("Council paper: a risk register set out in columns by spaces is read", "[findings]") {
  const std::string text =
      "CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE\n"
      "\n"
      "1 OCTOBER 2020\n"
      "\n"
      "REPORT ON OFSTED FOCUSED VISIT\n"
      "\n"
      "Summary\n"
      "\n"
      "This report sets out the findings of the recent Ofsted focused visit to Eastmoor Council\xE2\x80\x99s "
      "children\xE2\x80\x99s services.\n"
      "\n"
      "4. Risk management\n"
      "\n"
      "Risk                   Description                     Action to avoid or mitigate     Risk rating\n"
      "Late actions           Plans may  slip.                The board will monitor.         B2\n"
      "Too few staff          Caseloads may rise.             Recruit more workers.           C3\n"
      "Budgets                Costs may grow.                 Keep a record of spending.      Under review\n"
      "\n"
      "5. Recommendations\n"
      "\n"
      "5.1. The Committee is asked to note the report.\n";
  const Report r = findings_of(text);
  REQUIRE(r.document.type == judgement::DocumentType::committee_report);
  const auto risks = of_kind(r, FindingKind::risk);
  // The last row's rating is no rating a register writes.
  CHECK(texts(risks) == std::vector<std::string>{"Late actions", "Too few staff"});
  REQUIRE(risks.size() == 2);
  CHECK(risks[0]->rating == std::optional<std::string_view>("B2"));
  CHECK(risks[1]->rating == std::optional<std::string_view>("C3"));
  for (const Finding* f : risks) CHECK(f->section == "Risk management");
  CHECK(r.findings.size() == 2);
}

TEST_CASE("Findings through the public parse: counts and JSON-ready values", "[findings]") {
  auto parsed = judgement::parse(lac_2013);
  REQUIRE(parsed.ok());
  const Report& r = parsed.value();
  CHECK(of_kind(r, FindingKind::improvement).size() == 7);
  for (const Finding& f : r.findings) {
    CHECK_FALSE(f.text.empty());
    CHECK(f.span.line > 0);
  }
}
