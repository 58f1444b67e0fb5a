// Stage 2, layout: the blocks users read a report through. Every fixture here is a few invented
// lines in the style of a real conversion (pdftotext -layout, plain pdftotext, Markdown).
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "layout/layout.hpp"
#include "source/source.hpp"

using fixtures::Laid;
using judgement::detail::Block;
using judgement::detail::BlockKind;

namespace Catch {
template <>
struct StringMaker<BlockKind> {
  static std::string convert(BlockKind k) { return std::string(judgement::detail::to_string(k)); }
};
}  // namespace Catch

namespace {

std::string kind_name(BlockKind k) { return std::string(judgement::detail::to_string(k)); }

// The kinds of the blocks, in order, skipping furniture.
std::vector<std::string> content_kinds(const Laid& d) {
  std::vector<std::string> kinds;
  for (const Block& b : d.layout.blocks()) {
    if (b.kind != BlockKind::furniture) kinds.push_back(kind_name(b.kind));
  }
  return kinds;
}

std::vector<std::string> texts_of(const Laid& d, BlockKind kind) {
  std::vector<std::string> texts;
  for (const Block& b : d.layout.blocks()) {
    if (b.kind == kind) texts.push_back(d.text(b));
  }
  return texts;
}

// Requires a block starting with `prefix` and returns it.
const Block& block(const Laid& d, std::string_view prefix) {
  const Block* b = d.starting(prefix);
  INFO("no block starts with: " << prefix);
  REQUIRE(b != nullptr);
  return *b;
}

std::string section_text(const Laid& d, const Block& b) { return std::string(d.layout.section_of(b)); }

// A heading block's parent heading, or nullptr.
const Block* parent(const Laid& d, const Block& b) {
  return b.section < 0 ? nullptr : &d.layout.blocks()[static_cast<std::size_t>(b.section)];
}

// Three pages of -layout body text with a running header at the top of each page and the page
// number at the foot; the first page's last paragraph runs on to the second page.
const std::string paged_report =
    "Eastmoor children\xE2\x80\x99s services inspection report\n"
    "\n"
    "Leaders have a clear understanding of the quality of social work and act on what\n"
    "their audits tell them. They have invested in the workforce, and caseloads are now\n"
    "manageable in most teams, although the pace of\n"
    "\n"
    "                                                                                  1\n"
    "\f"
    "Eastmoor children\xE2\x80\x99s services inspection report\n"
    "\n"
    "change has been too slow in the teams that support disabled children.\n"
    "\n"
    "Social workers say that they enjoy working in Eastmoor and that managers are easy to\n"
    "reach. Newly qualified staff are given protected time to learn.\n"
    "\n"
    "                                                                                  2\n"
    "\f"
    "Eastmoor children\xE2\x80\x99s services inspection report\n"
    "\n"
    "Elected members know the service well and challenge leaders when performance dips.\n"
    "\n"
    "                                                                                  3\n";

// -layout ILACS pages whose foot repeats the title and the inspection dates beside the page
// number, as reports from 2022 on print them.
const std::string dated_footer_report =
    "The experiences and progress of children in care: good\n"
    "22.   Most children come into care at the right time. Their plans are made early\n"
    "      and reviewed with care, although for a few children the decision to\n"
    "\n"
    "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
    "8 to 19 June 2026                                                                   2\n"
    "\f"
    "      seek a permanent home is made later than it should be.\n"
    "\n"
    "23.   Children live with carers who understand them and help them to do well.\n"
    "\n"
    "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
    "8 to 19 June 2026                                                                   3\n"
    "\f"
    "24.   Care leavers are helped to find homes and work by personal advisers who keep\n"
    "      in touch with them.\n"
    "\n"
    "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
    "8 to 19 June 2026                                                                   4\n";

// The same as plain pdftotext gives it: title, dates and page number on lines of their own.
const std::string plain_footer_report =
    "The experiences and progress of children in care: good\n"
    "22. Most children come into care at the right time. Their plans are made early\n"
    "and reviewed with care, although for a few children the decision to\n"
    "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
    "8 to 19 June 2026\n"
    "\n"
    "2\n"
    "\n"
    "\f"
    "seek a permanent home is made later than it should be.\n"
    "23. Children live with carers who understand them and help them to do well.\n"
    "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
    "8 to 19 June 2026\n"
    "\n"
    "3\n"
    "\n"
    "\f"
    "24. Care leavers are helped to find homes and work by personal advisers who keep\n"
    "in touch with them.\n"
    "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
    "8 to 19 June 2026\n"
    "\n"
    "4\n";

const std::string footnote_report =
    "The local safeguarding children board1 has an independent chair, who challenges\n"
    "partners well. The board publishes an annual report on the work of each agency.\n"
    "\n"
    "1 The board was replaced by local safeguarding partners in 2019.\n"
    "\n"
    "                                                                                  1\n"
    "\f"
    "Partners share information well, and the board\xE2\x80\x99s audits have led to changes.\n"
    "\n"
    "                                                                                  2\n";

}  // namespace

// --- headings ------------------------------------------------------------------------------------

TEST_CASE("Markdown '#' lines are headings at their level, without the hashes", "[layout]") {
  const Laid d(
      "# Inspection of looked after children services\n"
      "\n"
      "## About this inspection\n"
      "\n"
      "#### Within three months:\n"
      "\n"
      "The inspection looked at services for children in care and for care leavers.\n");
  CHECK(content_kinds(d) == std::vector<std::string>{"heading", "heading", "heading", "paragraph"});
  CHECK(block(d, "Inspection of looked after").heading_level == 1);
  CHECK(block(d, "About this inspection").heading_level == 2);
  CHECK(block(d, "Within three months:").heading_level == 4);
  CHECK(d.starting("#") == nullptr);
}

TEST_CASE("a whole **bold** line is a heading, without its asterisks", "[layout]") {
  const Laid d(
      "**Eastmoor Council** \n"
      "\n"
      "## **Capacity to improve**\n"
      "\n"
      "The council has shown that it can improve services when it sets its mind to it.\n");
  const Block& council = block(d, "Eastmoor Council");
  CHECK(council.kind == BlockKind::heading);
  CHECK(d.text(council) == "Eastmoor Council");
  const Block& capacity = block(d, "Capacity to improve");
  CHECK(capacity.kind == BlockKind::heading);
  CHECK(d.text(capacity) == "Capacity to improve");
  CHECK(capacity.heading_level == 2);
  CHECK(block(d, "The council has shown").kind == BlockKind::paragraph);
}

TEST_CASE("a numbered title is a heading that keeps its number", "[layout]") {
  const Laid d(
      "2. Background\n"
      "\n"
      "2.1. The last full inspection of children\xE2\x80\x99s services took place in July 2019 and found\n"
      "them to be good overall.\n"
      "3. Summary of the focused visit\n"
      "3.1. Inspectors found that children in need of help and protection receive a timely service.\n");
  const Block& background = block(d, "Background");
  CHECK(background.kind == BlockKind::heading);
  CHECK(background.number == 2);
  CHECK(d.text(background) == "Background");
  const Block& summary = block(d, "Summary of the focused visit");
  CHECK(summary.kind == BlockKind::heading);
  CHECK(summary.number == 3);
  const Block& first = block(d, "The last full inspection");
  CHECK(first.kind == BlockKind::paragraph);
  CHECK(first.number == 1);
  CHECK(d.layout.number_label(first) == "2.1");
  CHECK(d.text(first) ==
        "The last full inspection of children\xE2\x80\x99s services took place in July 2019 and found them to be "
        "good overall.");
}

TEST_CASE("an all-capital title is a top-level heading", "[layout]") {
  const Laid d(
      "CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE\n"
      "\n"
      "REPORT ON OFSTED FOCUSED VISIT\n"
      "\n"
      "This report sets out what the inspectors found when they visited the council\xE2\x80\x99s services\n"
      "for children in need of help and protection earlier this year.\n");
  const Block& committee = block(d, "CHILDREN AND YOUNG PEOPLE");
  CHECK(committee.kind == BlockKind::heading);
  CHECK(committee.heading_level == 1);
  const Block& title = block(d, "REPORT ON OFSTED");
  CHECK(title.kind == BlockKind::heading);
  CHECK(title.heading_level == 1);
  CHECK(block(d, "This report sets out").kind == BlockKind::paragraph);
}

TEST_CASE("a short title line standing apart from the text is a heading", "[layout]") {
  const Laid d(
      "Leaders know their services well and have put right most of the weaknesses that the\n"
      "last inspection found.\n"
      "\n"
      "Headline findings\n"
      "\n"
      "Since the last inspection, leaders have strengthened the support for children in care.\n"
      "Most children live in stable homes.\n"
      "What needs to improve\n"
      "\xE2\x80\xA2 The response to children who live with neglect.\n"
      "\xE2\x80\xA2 The timeliness of plans for children in care.\n");
  CHECK(block(d, "Headline findings").kind == BlockKind::heading);
  const Block& improve = block(d, "What needs to improve");
  CHECK(improve.kind == BlockKind::heading);
  CHECK(d.text(improve) == "What needs to improve");
  CHECK(section_text(d, block(d, "The response to children")) == "What needs to improve");
}

TEST_CASE("a title after the full-width last line of a paragraph is still a heading", "[layout]") {
  // Plain pdftotext: no blank line between a paragraph and the title after it, and the
  // paragraph's last line happens to be as long as the others.
  const Laid d(
      "Since the last inspection, leaders have strengthened the support for children in care\n"
      "and care leavers, and most children now live in stable homes with carers who know them.\n"
      "What needs to improve?\n"
      "\xE2\x80\xA2 The response to children who live with neglect.\n"
      "\xE2\x80\xA2 The timeliness of plans for children in care.\n");
  const Block& para = block(d, "Since the last inspection");
  CHECK(d.text(para).find("What needs to improve") == std::string::npos);
  const Block* improve = d.starting("What needs to improve?");
  REQUIRE(improve != nullptr);
  CHECK(improve->kind == BlockKind::heading);
  CHECK(section_text(d, block(d, "The response to children")) == "What needs to improve?");
}

TEST_CASE("a title line that is a question ('What needs to improve?') is a heading", "[layout]") {
  // ILACS reports from 2023 on head their improvement list with a question.
  const Laid d(
      "Senior leaders have not yet made the same progress for children who live with\n"
      "long-term neglect. For these children, plans drift and help arrives too late.\n"
      "\fWhat needs to improve?\n"
      "\xE2\x97\xBC The response to children who live with long-term neglect.\n"
      "\xE2\x97\xBC The consistency of support for homeless 16- and 17-year-olds.\n");
  const Block& improve = block(d, "What needs to improve?");
  CHECK(improve.kind == BlockKind::heading);
  CHECK(section_text(d, block(d, "The response to children")) == "What needs to improve?");
}

// --- paragraphs ------------------------------------------------------------------------------------

TEST_CASE("lines of prose are one paragraph, joined with single spaces", "[layout]") {
  const Laid d(
      "Children and families in Eastmoor receive help that has become steadily more\n"
      "reliable since the previous inspection. Leaders know their services well and\n"
      "have used that knowledge to put right most of the weaknesses found then.\n"
      "\n"
      "Senior leaders have not yet made the same progress for children who live with\n"
      "neglect.\n");
  REQUIRE(content_kinds(d) == std::vector<std::string>{"paragraph", "paragraph"});
  CHECK(texts_of(d, BlockKind::paragraph) ==
        std::vector<std::string>{
            "Children and families in Eastmoor receive help that has become steadily more reliable since the "
            "previous inspection. Leaders know their services well and have used that knowledge to put right "
            "most of the weaknesses found then.",
            "Senior leaders have not yet made the same progress for children who live with neglect."});
  CHECK(d.layout.blocks()[0].line_count == 3);
  CHECK(d.layout.blocks()[0].number == 0);
}

// --- numbered paragraphs -------------------------------------------------------------------------

TEST_CASE("numbered paragraphs: '12.' at the start of a line", "[layout]") {
  const Laid d(
      "12. Social workers visit children regularly and see them on their own. They know\n"
      "the children well.\n"
      "\n"
      "13. Plans are reviewed on time, and children\xE2\x80\x99s views are recorded in their own words.\n");
  const Block& twelve = block(d, "Social workers visit");
  CHECK(twelve.kind == BlockKind::paragraph);
  CHECK(twelve.number == 12);
  CHECK(d.layout.number_label(twelve) == "12");
  CHECK_FALSE(twelve.number_inferred);
  CHECK(d.text(twelve) == "Social workers visit children regularly and see them on their own. They know the children well.");
  const Block& thirteen = block(d, "Plans are reviewed");
  CHECK(thirteen.number == 13);
}

TEST_CASE("numbered paragraphs: a -layout number set apart from its hanging text", "[layout]") {
  const Laid d(
      "1.     Families who need early help are offered it quickly, and most family\n"
      "       support workers build warm and trusting relationships with them.\n"
      "\n"
      "2.     The front door responds promptly to contacts. Thresholds are understood\n"
      "       by partners, and decisions are recorded with clear reasons.\n");
  REQUIRE(content_kinds(d) == std::vector<std::string>{"paragraph", "paragraph"});
  CHECK(d.layout.blocks()[0].number == 1);
  CHECK(d.layout.blocks()[1].number == 2);
  CHECK(d.text(d.layout.blocks()[0]) ==
        "Families who need early help are offered it quickly, and most family support workers build warm and "
        "trusting relationships with them.");
}

TEST_CASE("numbered paragraphs: a Markdown list item '- 12.'", "[layout]") {
  const Laid d(
      "- 12. Social workers visit children regularly and see them on their own.\n"
      "- 13. Plans are reviewed on time, and children\xE2\x80\x99s views are recorded.\n");
  REQUIRE(content_kinds(d) == std::vector<std::string>{"paragraph", "paragraph"});
  const Block& twelve = block(d, "Social workers visit");
  CHECK(twelve.number == 12);
  CHECK(d.layout.number_label(twelve) == "12");
  CHECK(block(d, "Plans are reviewed").number == 13);
}

TEST_CASE("numbered paragraphs: a dotted number '3.14.' is paragraph 14 labelled 3.14", "[layout]") {
  const Laid d(
      "3.13. Some plans for children in need lack timescales, and a few are out of date.\n"
      "3.14. Inspectors asked leaders to make sure that every plan for a child in need sets out\n"
      "what will happen and by when.\n");
  const Block& b = block(d, "Inspectors asked leaders");
  CHECK(b.kind == BlockKind::paragraph);
  CHECK(b.number == 14);
  CHECK(d.layout.number_label(b) == "3.14");
  CHECK(d.text(b) == "Inspectors asked leaders to make sure that every plan for a child in need sets out what will happen and by when.");
  CHECK(d.layout.number_label(block(d, "Some plans for children")) == "3.13");
}

// A dotted number with no final dot numbers a paragraph that opens with a capital ("4.2 The
// council ..."); a decimal that a wrapped sentence goes on from in lower case ("8.8 per week",
// "46.2 per 10,000 children") is the sentence's, not a paragraph of its own.
TEST_CASE("numbered paragraphs: '4.2 The' is numbered, a wrapped '8.8 per week' is not", "[layout]") {
  const Laid d(
      "4.2 The council has set up a new early help service for families.\n"
      "\n"
      "1.   Children are benefiting from early help. The number of assessments rose from\n"
      "     8.8 per week in early 2017 to 22 per week in February 2018.\n");
  const Block& sub = block(d, "The council has set up");
  CHECK(sub.number == 2);
  CHECK(d.layout.number_label(sub) == "4.2");
  const Block& one = block(d, "Children are benefiting");
  CHECK(one.number == 1);
  CHECK(d.text(one) ==
        "Children are benefiting from early help. The number of assessments rose from 8.8 per week in early 2017 to 22 "
        "per week in February 2018.");
  for (const Block& b : d.layout.blocks()) CHECK(d.layout.number_label(b) != "8.8");
}

TEST_CASE("numbered paragraphs: a number glued to its text '10.Ensure' is read, a decimal or a date is not", "[layout]") {
  const Laid d(
      "9. Leaders should make sure that plans for children are reviewed on time.\n"
      "\n"
      "10.Ensure that children\xE2\x80\x99s records say why decisions were made.\n"
      "\n"
      "- 11.Improve the help given to care leavers.\n"
      "\n"
      "12.03.2020 Visit to the front door.\n"
      "\n"
      "1204.Four digits are no glued paragraph number.\n"
      "\n"
      "13.ensure in lower case is text.\n");
  const Block& ten = block(d, "Ensure that children");
  CHECK(ten.kind == BlockKind::paragraph);
  CHECK(ten.number == 10);
  CHECK(d.layout.number_label(ten) == "10");
  CHECK_FALSE(ten.number_inferred);
  CHECK(d.text(ten) == "Ensure that children\xE2\x80\x99s records say why decisions were made.");
  const Block& eleven = block(d, "Improve the help");
  CHECK(eleven.number == 11);
  CHECK(d.layout.number_label(eleven) == "11");
  CHECK(block(d, "12.03.2020 Visit").number == 0);
  CHECK(block(d, "1204.Four digits").number == 0);
  CHECK(block(d, "13.ensure in lower").number == 0);
}

TEST_CASE("numbered paragraphs: a number alone on its line, a blank line, then the text", "[layout]") {
  const Laid d(
      "4. Most assessments are thorough and are updated as children\xE2\x80\x99s needs change.\n"
      "5.\n"
      "\n"
      "Children who need longer-term support move to the right team without delay, and\n"
      "their social workers are allocated promptly.\n"
      "\n"
      "6.\n"
      "\n"
      "Plans for children are mostly clear, with actions that families understand.\n");
  const Block& five = block(d, "Children who need longer-term");
  CHECK(five.kind == BlockKind::paragraph);
  CHECK(five.number == 5);
  CHECK(d.layout.number_label(five) == "5");
  CHECK_FALSE(five.number_inferred);
  CHECK(d.text(five) ==
        "Children who need longer-term support move to the right team without delay, and their social workers "
        "are allocated promptly.");
  // The number's own line belongs to the paragraph it numbers, not to a block of its own.
  const std::size_t number_line = d.line_containing("5.");
  REQUIRE(number_line != std::string::npos);
  CHECK(d.owner_of_line(number_line) == &five);
  CHECK(block(d, "Plans for children are").number == 6);
  CHECK(d.starting("5.") == nullptr);
  CHECK(d.starting("6.") == nullptr);
}

// --- bullets -----------------------------------------------------------------------------------

TEST_CASE("bullets: \xE2\x80\xA2, \xE2\x97\xBC, U+F0A7, '-' and en dash markers", "[layout]") {
  const Laid d(
      "\xE2\x80\xA2 The response to children who live with neglect.\n"
      "\xE2\x97\xBC The consistency of support for homeless young people.\n"
      "\xEF\x82\xA7 Oversight of plans for children who live far from home.\n"
      "- The quality of return home interviews.\n"
      "\xE2\x80\x93 The timeliness of health assessments.\n");
  CHECK(texts_of(d, BlockKind::bullet) ==
        std::vector<std::string>{"The response to children who live with neglect.",
                                 "The consistency of support for homeless young people.",
                                 "Oversight of plans for children who live far from home.",
                                 "The quality of return home interviews.",
                                 "The timeliness of health assessments."});
  CHECK(content_kinds(d) == std::vector<std::string>(5, "bullet"));
}

TEST_CASE("a bullet wrapped over an indented line is one block", "[layout]") {
  const Laid d(
      "\xE2\x97\xBC Management oversight and supervision that guides social workers and\n"
      "  alternatively qualified staff in their work with children. (enabler 2,\n"
      "  national framework)\n"
      "\xE2\x97\xBC The impact of the corporate parenting board.\n");
  CHECK(texts_of(d, BlockKind::bullet) ==
        std::vector<std::string>{
            "Management oversight and supervision that guides social workers and alternatively qualified staff "
            "in their work with children. (enabler 2, national framework)",
            "The impact of the corporate parenting board."});
}

// --- tables ------------------------------------------------------------------------------------

TEST_CASE("table rows: cells split at a tab", "[layout]") {
  const Laid d(
      "3. Every judgement is made on the four point scale below.\n"
      "\n"
      "Outstanding (Grade 1)\tA service that goes well beyond the minimum requirements\n"
      "Good (Grade 2)\tA service that goes beyond the minimum requirements\n"
      "Adequate (Grade 3)\tA service that only meets the minimum requirements\n"
      "Inadequate (Grade 4)\tA service that does not meet the minimum requirements\n");
  CHECK(texts_of(d, BlockKind::table_row) ==
        std::vector<std::string>{"Outstanding (Grade 1)\tA service that goes well beyond the minimum requirements",
                                 "Good (Grade 2)\tA service that goes beyond the minimum requirements",
                                 "Adequate (Grade 3)\tA service that only meets the minimum requirements",
                                 "Inadequate (Grade 4)\tA service that does not meet the minimum requirements"});
}

TEST_CASE("table rows: -layout columns set apart by runs of spaces, wrapped labels joined", "[layout]") {
  const Laid d(
      " Judgement                                  Grade\n"
      "\n"
      " The impact of leaders on social work       Good\n"
      " practice with children and families\n"
      "\n"
      " The experiences and progress of            Requires improvement to be good\n"
      " children who need help and protection\n"
      "\n"
      " Overall effectiveness                      Requires improvement to be good\n");
  CHECK(texts_of(d, BlockKind::table_row) ==
        std::vector<std::string>{
            "Judgement\tGrade",
            "The impact of leaders on social work practice with children and families\tGood",
            "The experiences and progress of children who need help and protection\tRequires improvement to be good",
            "Overall effectiveness\tRequires improvement to be good"});
}

TEST_CASE("table rows: a wrapped label with its grade centred on the middle line is one row", "[layout]") {
  const Laid d(
      " Judgement                                                         Grade\n"
      "\n"
      " The impact of leaders on social work practice with children and\n"
      "                                                                   Outstanding\n"
      " families\n"
      "\n"
      " The experiences and progress of children who need help and\n"
      "                                                                   Good\n"
      " protection\n"
      "\n"
      "\n"
      " Overall effectiveness                                             Outstanding\n");
  CHECK(texts_of(d, BlockKind::table_row) ==
        std::vector<std::string>{
            "Judgement\tGrade",
            "The impact of leaders on social work practice with children and families\tOutstanding",
            "The experiences and progress of children who need help and protection\tGood",
            "Overall effectiveness\tOutstanding"});
  const Block& row = block(d, "The impact of leaders");
  CHECK(row.line_count == 3);
}

TEST_CASE("table rows: a grade wrapped over two lines is one cell", "[layout]") {
  const Laid d(
      " Judgement                                                     Grade\n"
      "\n"
      " The experiences and progress of children in care and care     Requires improvement\n"
      " leavers                                                       to be good\n"
      "\n"
      "\n"
      " Overall effectiveness                                         Good\n");
  CHECK(texts_of(d, BlockKind::table_row) ==
        std::vector<std::string>{
            "Judgement\tGrade",
            "The experiences and progress of children in care and care leavers\tRequires improvement to be good",
            "Overall effectiveness\tGood"});
}

// --- furniture -----------------------------------------------------------------------------------

TEST_CASE("furniture: page numbers at the foot of each page", "[layout]") {
  const Laid d(paged_report);
  for (const char* number : {"1", "2", "3"}) {
    const Block* b = nullptr;
    for (const Block& candidate : d.layout.blocks()) {
      if (d.text(candidate) == number) b = &candidate;
    }
    INFO("page number " << number);
    REQUIRE(b != nullptr);
    CHECK(b->kind == BlockKind::furniture);
  }
  const Laid pages(
      "Most children in care live close to home and go to local schools.\n"
      "Page 1 of 3\n"
      "\fCare leavers are in touch with personal advisers who know them well.\n"
      "Page 2 of 3\n"
      "\fLeaders know their services well.\n"
      "Page 3 of 3\n");
  CHECK(texts_of(pages, BlockKind::furniture) == std::vector<std::string>{"Page 1 of 3", "Page 2 of 3", "Page 3 of 3"});
}

TEST_CASE("furniture: a running header repeated on each page", "[layout]") {
  const Laid d(paged_report);
  std::size_t headers = 0;
  for (const Block& b : d.layout.blocks()) {
    if (d.text(b) == "Eastmoor children\xE2\x80\x99s services inspection report") {
      ++headers;
      // The first is the document's title, which is never furniture; where it recurs, it is.
      CHECK((b.kind == BlockKind::furniture) == (headers > 1));
    }
  }
  CHECK(headers == 3);
  // Body text is never furniture.
  for (const Block& b : d.layout.blocks()) {
    if (d.text(b).size() > 60) CHECK(b.kind != BlockKind::furniture);
  }
}

TEST_CASE("furniture: a footnote at a page foot whose mark is glued to a word", "[layout]") {
  const Laid d(footnote_report);
  const Block& note = block(d, "1 The board was replaced");
  CHECK(note.kind == BlockKind::furniture);
  const Block& body = block(d, "The local safeguarding children board1");
  CHECK(body.kind == BlockKind::paragraph);
  CHECK(d.text(body).find("annual report") != std::string::npos);
}

TEST_CASE("furniture: a numbered line at a page foot with no mark in the text is not a footnote", "[layout]") {
  const Laid d(
      "The local safeguarding children board has an independent chair, who challenges\n"
      "partners well. The board publishes an annual report on the work of each agency.\n"
      "\n"
      "3 children were placed out of the area during the year, each after a review.\n"
      "\n"
      "                                                                                  1\n"
      "\f"
      "Partners share information well, and the board\xE2\x80\x99s audits have led to changes.\n"
      "\n"
      "                                                                                  2\n");
  const Block* line = d.containing("3 children were placed");
  REQUIRE(line != nullptr);
  CHECK(line->kind != BlockKind::furniture);
}

TEST_CASE("furniture: a -layout footer of title, inspection dates and page number", "[layout]") {
  const Laid d(dated_footer_report);
  for (const Block& b : d.layout.blocks()) {
    const std::string t = d.text(b);
    if (t.find("8 to 19 June 2026") != std::string::npos || t.starts_with("Inspection of Eastmoor")) {
      INFO(t);
      CHECK(b.kind == BlockKind::furniture);
    }
  }
  // And the paragraph the footer cut is one block.
  const Block& p22 = block(d, "Most children come into care");
  CHECK(p22.number == 22);
  CHECK(d.text(p22).ends_with("the decision to seek a permanent home is made later than it should be."));
  CHECK(d.count_containing("seek a permanent home") == 1);
}

TEST_CASE("furniture: a plain-text footer of title, inspection dates and page number", "[layout]") {
  const Laid d(plain_footer_report);
  for (const Block& b : d.layout.blocks()) {
    const std::string t = d.text(b);
    INFO(t);
    if (t.find("June 2026") != std::string::npos) CHECK(b.kind == BlockKind::furniture);
  }
  const Block& p22 = block(d, "Most children come into care");
  CHECK(d.text(p22) ==
        "Most children come into care at the right time. Their plans are made early and reviewed with care, "
        "although for a few children the decision to seek a permanent home is made later than it should be.");
  CHECK(block(d, "Children live with carers").number == 23);
}

// --- rejoining what conversion broke -----------------------------------------------------------

TEST_CASE("a paragraph cut by a page break, a page number and a running header is one block", "[layout]") {
  const Laid d(paged_report);
  const Block& b = block(d, "Leaders have a clear understanding");
  CHECK(b.kind == BlockKind::paragraph);
  CHECK(d.text(b) ==
        "Leaders have a clear understanding of the quality of social work and act on what their audits tell "
        "them. They have invested in the workforce, and caseloads are now manageable in most teams, although "
        "the pace of change has been too slow in the teams that support disabled children.");
  CHECK(b.page == 1);
  CHECK(b.line_count == 4);
  CHECK(d.layout.line(b, 3).page == 2);
  CHECK(d.count_containing("change has been too slow") == 1);
}

TEST_CASE("a numbered -layout paragraph cut by a page break keeps its continuation", "[layout]") {
  const Laid d(
      "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
      "14.   When children go missing, return home interviews are offered quickly and\n"
      "      most children take them up. The information is shared with the\n"
      "\n"
      "                                                                          1\n"
      "\fInspection of Eastmoor local authority children\xE2\x80\x99s services\n"
      "      police, which means that patterns of risk are seen early.\n"
      "\n"
      "15.   Children at risk of exploitation are identified and helped quickly.\n"
      "\n"
      "                                                                          2\n"
      "\fInspection of Eastmoor local authority children\xE2\x80\x99s services\n"
      "16.   Disabled children are supported well by a team that knows them.\n"
      "\n"
      "                                                                          3\n");
  const Block& b = block(d, "When children go missing");
  CHECK(b.number == 14);
  CHECK(d.text(b).ends_with("shared with the police, which means that patterns of risk are seen early."));
  CHECK(d.count_containing("patterns of risk") == 1);
  CHECK(block(d, "Children at risk of exploitation").number == 15);
}

TEST_CASE("a word hyphenated across lines is rejoined; a suspended hyphen keeps its space", "[layout]") {
  const Laid d(
      "Managers record the reasons for their decision-\n"
      "making clearly, and the response to homeless 16-\n"
      "to 17-year-olds has improved. Support for long-\n"
      "term care leavers is strong.\n");
  REQUIRE(content_kinds(d) == std::vector<std::string>{"paragraph"});
  const std::string t = d.text(d.layout.blocks()[0]);
  CHECK(t ==
        "Managers record the reasons for their decision-making clearly, and the response to homeless 16- to "
        "17-year-olds has improved. Support for long-term care leavers is strong.");
}

TEST_CASE("a hyphenated word broken across a -layout paragraph's lines is rejoined", "[layout]") {
  const Laid d(
      "4.     For children who live with neglect, assessments describe what has\n"
      "       happened but do not always weigh what it means for them, and the\n"
      "       decision-\n"
      "       making that follows is too slow.\n");
  const Block& b = block(d, "For children who live");
  CHECK(d.text(b).find("the decision-making that follows is too slow.") != std::string::npos);
}

// --- lost paragraph numbers ------------------------------------------------------------------

TEST_CASE("a paragraph number lost between its neighbours is inferred", "[layout]") {
  const Laid d(
      "4. Children at risk of exploitation are identified quickly by the police and the council.\n"
      "\n"
      "Plans for children who go missing are reviewed after each episode and shared with partners.\n"
      "\n"
      "6. Return home interviews are offered to every child, and most children take them up.\n");
  const Block& four = block(d, "Children at risk");
  const Block& lost = block(d, "Plans for children who go missing");
  const Block& six = block(d, "Return home interviews");
  CHECK(four.number == 4);
  CHECK_FALSE(four.number_inferred);
  CHECK(lost.kind == BlockKind::paragraph);
  CHECK(lost.number == 5);
  CHECK(lost.number_inferred);
  CHECK(six.number == 6);
  CHECK_FALSE(six.number_inferred);
}

TEST_CASE("a lost number in a Markdown list between '- 4.' and '- 6.' is inferred", "[layout]") {
  const Laid d(
      "- 4. Eastmoor Council is responsible for around 52,000 children and young people.\n"
      "- Care leavers numbered 140 in July 2013, and most were in touch with the service.\n"
      "- 6. Children looked after live with the council\xE2\x80\x99s own foster carers or with agencies.\n");
  const Block& lost = block(d, "Care leavers numbered");
  CHECK(lost.kind == BlockKind::paragraph);
  CHECK(lost.number == 5);
  CHECK(lost.number_inferred);
}

TEST_CASE("a lost first paragraph before paragraph 2 is paragraph 1", "[layout]") {
  const Laid d(
      "About this inspection\n"
      "\n"
      "The purpose of this inspection is to judge how well local services help children in care.\n"
      "\n"
      "2. Inspectors looked at case files and spoke to children, carers and staff.\n"
      "\n"
      "3. The inspection took place over two weeks.\n");
  const Block& one = block(d, "The purpose of this inspection");
  CHECK(one.number == 1);
  CHECK(one.number_inferred);
  CHECK(block(d, "Inspectors looked at").number == 2);
  CHECK(block(d, "About this inspection").number == 0);
}

TEST_CASE("no number is inferred where the gap between neighbours is not exactly one", "[layout]") {
  const Laid d(
      "4. Children at risk of exploitation are identified quickly by the police and the council.\n"
      "\n"
      "Plans for children who go missing are reviewed after each episode and shared with partners.\n"
      "\n"
      "7. Return home interviews are offered to every child, and most children take them up.\n");
  const Block& middle = block(d, "Plans for children who go missing");
  CHECK(middle.number == 0);
  CHECK_FALSE(middle.number_inferred);
}

// --- every line in one block -----------------------------------------------------------------

TEST_CASE("every non-blank line belongs to exactly one block", "[layout]") {
  std::vector<std::string> texts = {paged_report, dated_footer_report, plain_footer_report, footnote_report};
  for (const std::string& name : fixtures::document_names()) texts.push_back(fixtures::read(name));
  // And some awkward inputs: CRLF, no final newline, only blank lines, a number alone at the end.
  texts.push_back("Title\r\n\r\n1. A paragraph that ends the text without a line break.");
  texts.push_back("\n\n   \n\f\n");
  texts.push_back("Some text before a lone paragraph number.\n\n7.\n");
  texts.push_back("");
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const Laid d(texts[i]);
    INFO("text " << i << (i >= 4 && i - 4 < fixtures::document_names().size() ? " " + fixtures::document_names()[i - 4] : ""));
    CHECK(fixtures::misplaced_lines(d) == std::vector<std::string>{});
    // Blocks point at real lines, in reading order within each block.
    for (const Block& b : d.layout.blocks()) {
      REQUIRE(b.line_count > 0);
      for (std::uint32_t k = 0; k + 1 < b.line_count; ++k) CHECK(d.line_index(b, k) < d.line_index(b, k + 1));
    }
  }
}

// --- the width of a full line ---------------------------------------------------------------

namespace {

// `n` bytes of invented prose (words and single spaces, a letter at either end).
std::string prose(std::size_t n) {
  const std::string words = "social workers visit children often and know them well ";
  std::string out;
  while (out.size() < n) out += words;
  out.resize(n);
  if (out.back() == ' ') out.back() = 'x';
  return out;
}

// Nine lines of 30 bytes of text, blank lines between, and `last` as the tenth (the widest):
// nine lines in ten are no wider than it.
std::size_t width_with(const std::string& last) {
  std::string text;
  for (int k = 0; k < 9; ++k) text += prose(30) + "\n\n";
  text += last + "\n";
  const Laid d(text);
  return d.layout.line_width();
}

}  // namespace

TEST_CASE("the line width is measured from a line's first to its last byte that is not space", "[layout]") {
  // Indentation and trailing space are not counted; a bullet, a paragraph number, wide gaps and
  // the asterisks of a **bold** line are.
  CHECK(width_with(prose(50)) == 50);
  CHECK(width_with("      " + prose(50) + "    ") == 50);
  CHECK(width_with("   \xE2\x80\xA2 " + prose(50) + "  ") == 4 + 50);
  CHECK(width_with("- 12. " + prose(50)) == 6 + 50);
  CHECK(width_with("  **" + prose(50) + "**  ") == 54);
  CHECK(width_with("**" + prose(50) + "  **") == 56);
  CHECK(width_with("  Leadership          " + prose(50)) == 20 + 50);
  // A line wider than most is counted as well.
  CHECK(width_with(prose(700)) == 700);
}

TEST_CASE("the line width is one that nine non-blank lines in ten are no wider than", "[layout]") {
  std::string text;
  for (int k = 0; k < 19; ++k) text += prose(64) + "\n";
  text += "\n\n" + prose(90) + "\n";
  CHECK(Laid(text).layout.line_width() == 64);  // one line in twenty is wider
  text += prose(90) + "\n" + prose(90) + "\n";
  CHECK(Laid(text).layout.line_width() == 90);  // three in twenty-two
  // At least 20 bytes; 80 for a text with no line of text.
  CHECK(Laid("Summary\n\nGood\n").layout.line_width() == 20);
  CHECK(Laid("\n   \n\f\n").layout.line_width() == 80);
  CHECK(Laid("").layout.line_width() == 80);
}

// --- the section tree -----------------------------------------------------------------------

TEST_CASE("a block's section is the heading above it, and headings nest by level", "[layout]") {
  const Laid d(
      "# Inspection of looked after children services\n"
      "\n"
      "## Outcomes for children\n"
      "\n"
      "### Health\n"
      "\n"
      "1. Most children have their health assessments on time, and dental checks are up to date.\n"
      "\n"
      "### Education\n"
      "\n"
      "2. The virtual school tracks the progress of every child in care, and attendance is good.\n"
      "\n"
      "## Leadership and management\n"
      "\n"
      "3. Leaders know their services well and have a clear plan for improving them further.\n");
  const Block& top = block(d, "Inspection of looked after");
  const Block& outcomes = block(d, "Outcomes for children");
  const Block& health = block(d, "Health");
  const Block& education = block(d, "Education");
  const Block& leadership = block(d, "Leadership and management");
  CHECK(parent(d, top) == nullptr);
  CHECK(parent(d, outcomes) == &top);
  CHECK(parent(d, health) == &outcomes);
  CHECK(parent(d, education) == &outcomes);
  CHECK(parent(d, leadership) == &top);
  CHECK(section_text(d, block(d, "Most children have")) == "Health");
  CHECK(section_text(d, block(d, "The virtual school")) == "Education");
  CHECK(section_text(d, block(d, "Leaders know their")) == "Leadership and management");
}

TEST_CASE("in plain text, a paragraph's section is the title line above it", "[layout]") {
  const Laid d(
      "The experiences and progress of children who need help and\n"
      "protection: requires improvement to be good\n"
      "1. Early help is easy to find and families value it. Workers stay with families\n"
      "until the help has made a difference.\n"
      "2. Decisions at the front door are timely and proportionate.\n"
      "\n"
      "The experiences and progress of children in care: good\n"
      "3. Children come into care at the right time, and their plans are made early.\n");
  CHECK(section_text(d, block(d, "Early help is easy")) ==
        "The experiences and progress of children who need help and protection: requires improvement to be good");
  CHECK(section_text(d, block(d, "Decisions at the front door")) ==
        "The experiences and progress of children who need help and protection: requires improvement to be good");
  CHECK(section_text(d, block(d, "Children come into care")) == "The experiences and progress of children in care: good");
}

TEST_CASE("furniture has no section, and does not start one", "[layout]") {
  const Laid d(paged_report);
  for (const Block& b : d.layout.blocks()) {
    if (b.kind == BlockKind::furniture) CHECK(b.section == -1);
    if (b.section >= 0) CHECK(d.layout.blocks()[static_cast<std::size_t>(b.section)].kind == BlockKind::heading);
  }
}
