// Page furniture never swallows what the report is read for, and what it sets aside is said:
// identical pages, a grade row or a title at the top of pages, a date alone, footnote marks.
// Every fixture is a few invented lines in the style of pdftotext -layout.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "judgement/parse.hpp"
#include "layout/layout.hpp"

using fixtures::Laid;
using judgement::Diagnostic;
using judgement::Report;
using judgement::Severity;
using judgement::detail::Block;
using judgement::detail::BlockKind;
using judgement::detail::Furniture;

namespace {

Report parsed(const std::string& text) {
  auto r = judgement::parse(text);
  REQUIRE(r.ok());
  return std::move(r).value();
}

std::vector<const Diagnostic*> with_code(const Report& r, std::string_view code) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) out.push_back(&d);
  }
  return out;
}

// Every block whose text is exactly `text`.
std::vector<const Block*> blocks_of(const Laid& d, std::string_view text) {
  std::vector<const Block*> out;
  for (const Block& b : d.layout.blocks()) {
    if (d.layout.text(b) == text) out.push_back(&b);
  }
  return out;
}

const std::string pad(70, ' ');
const std::string body1 =
    "Leaders have a clear understanding of the quality of social work and act on what\n"
    "their audits tell them. They have invested in the workforce, and caseloads are now\n"
    "manageable in most teams.\n";
const std::string body2 =
    "Social workers say that they enjoy working in Eastmoor and that managers are easy to\n"
    "reach. Newly qualified staff are given protected time to learn.\n";
const std::string body3 = "Elected members know the service well and challenge leaders when performance dips.\n";
const std::string title = "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n";

std::string three_pages(const std::string& top1, const std::string& top2, const std::string& top3) {
  return top1 + "\n" + body1 + "\n" + pad + "1\n\f" + top2 + "\n" + body2 + "\n" + pad + "2\n\f" + top3 + "\n" +
         body3 + "\n" + pad + "3\n";
}

}  // namespace

TEST_CASE("furniture: two identical pages are content, not two pages of running headers", "[layout][furniture]") {
  const std::string page = title +
                           "\n"
                           "Overall effectiveness          Inadequate\n"
                           "\n"
                           "1. Leaders do not know their services well enough.\n";
  const Laid d(page + "\f" + page);
  for (const Block& b : d.layout.blocks()) CHECK(b.kind != BlockKind::furniture);
  const Report r = parsed(page + "\f" + page);
  REQUIRE(r.judgements.size() == 1);
  CHECK(r.judgements[0].grade == "Inadequate");
  CHECK(r.judgements[0].evidence.size() == 2);
  CHECK(r.paragraphs.size() == 2);
}

TEST_CASE("furniture: a grade row at the top of two of three pages is never furniture", "[layout][furniture]") {
  const std::string row = "Overall effectiveness          Requires improvement to be good";
  const Laid d(three_pages(row + "\n", row + "\n", ""));
  const auto rows = blocks_of(d, "Overall effectiveness\tRequires improvement to be good");
  REQUIRE(rows.size() == 2);
  for (const Block* b : rows) CHECK(b->kind == BlockKind::table_row);
  const Report r = parsed(three_pages(row + "\n", row + "\n", ""));
  REQUIRE(r.judgements.size() == 1);
  CHECK(r.judgements[0].code == 3);
}

TEST_CASE("furniture: the title on the first page is content; where it recurs it is a running header",
          "[layout][furniture]") {
  const Laid d(three_pages(title, title, title));
  const auto titles = blocks_of(d, "Inspection of Eastmoor local authority children\xE2\x80\x99s services");
  REQUIRE(titles.size() == 3);
  CHECK(titles[0]->kind != BlockKind::furniture);
  CHECK(titles[1]->furniture == Furniture::repeated);
  CHECK(titles[2]->furniture == Furniture::repeated);
  CHECK(parsed(three_pages(title, title, title)).document.type == judgement::DocumentType::ilacs);
}

TEST_CASE("furniture: a date recurring alone at the top of pages is content; in a footer it is furniture",
          "[layout][furniture]") {
  const std::string dates = "Inspection dates: 8 to 19 June 2026\n";
  const Laid alone(three_pages(dates, dates, dates));
  const auto lines = blocks_of(alone, "Inspection dates: 8 to 19 June 2026");
  REQUIRE(lines.size() == 3);
  for (const Block* b : lines) CHECK(b->kind != BlockKind::furniture);
  // The footer of ILACS reports from 2022: the title and the dates beside the page number.
  const std::string footer = "Inspection of Eastmoor local authority children\xE2\x80\x99s services (8 to 19 June 2026)\n";
  std::string text;
  for (const char* n : {"1", "2", "3"}) text += body1 + "\n" + footer + "\n" + n + "\n\f";
  const Laid footed(text);
  for (const Block* b : blocks_of(footed, std::string_view(footer).substr(0, footer.size() - 1))) {
    CHECK(b->furniture == Furniture::repeated);
  }
}

TEST_CASE("furniture: a footnote needs a mark glued to a word, not a section number like 2.1", "[layout][furniture]") {
  const std::string text = "The judgements in section 2.1 of this report are set out below.\n\n"
                           "1 Overall effectiveness                 Inadequate\n\n" +
                           pad + "1\n\f" + body2 + "\n" + pad + "2\n";
  const Laid d(text);
  const judgement::detail::Block* row = d.starting("1 Overall effectiveness");
  REQUIRE(row != nullptr);
  CHECK(row->kind != BlockKind::furniture);
  const Report r = parsed(text);
  REQUIRE(r.judgements.size() == 1);
  CHECK(r.judgements[0].grade == "Inadequate");
  // A mark after a word's full stop is a mark; "2.1" is no mark even without the grade.
  const std::string note = "1 The board was replaced by local safeguarding partners in 2019.\n";
  CHECK(Laid("The board is independent.1 It meets often.\n\n" + note + "\n" + pad + "1\n\f" + body2)
            .starting("1 The board was replaced")
            ->kind == BlockKind::furniture);
  CHECK(Laid("Section 2.1 says how the board works.\n\n" + note + "\n" + pad + "1\n\f" + body2)
            .starting("1 The board was replaced")
            ->kind != BlockKind::furniture);
}

TEST_CASE("furniture: every run of it is named by an info diagnostic with its span", "[layout][furniture]") {
  // A four-line footnote: set aside, but said, with the lines it covers.
  const std::string note =
      "1\n"
      "  Ofsted produces this report under its power to combine reports, and it covers the\n"
      "work of the local authority and the work of the board, which are inspected together\n"
      "under the regulations, each with its own judgement and its own recommendations, as\n"
      "the framework sets them out.\n";
  const std::string text = body1 + "\nThe report combines two inspections1 of the same services in the same weeks.\n\n" +
                           note + "\n" + pad + "1\n\f" + body2 + "\n" + pad + "2\n";
  const Report r = parsed(text);
  const auto found = with_code(r, "furniture");
  REQUIRE(found.size() == 2);
  CHECK(found[0]->severity == Severity::info);
  CHECK(found[0]->message.find("footnote") != std::string::npos);
  CHECK(found[0]->message.find("page number") != std::string::npos);
  const std::string_view covered = std::string_view(text).substr(found[0]->span.begin, found[0]->span.end - found[0]->span.begin);
  CHECK(covered.starts_with("1\n  Ofsted produces"));
  CHECK(covered.ends_with("1"));
  CHECK(found[0]->span.line == 7);
  CHECK(found[1]->message.find("page number") != std::string::npos);
  CHECK(found[1]->span.page == 2);
}

TEST_CASE("furniture: a grade of a user's own scale at the top of pages is never furniture", "[layout][furniture]") {
  // "Commendable" is no grade of a built-in scale: with the built-in registry the row is a
  // running header; with a registry that adds the scale it states a grade and stays content.
  const std::string row = "Overall effectiveness          Commendable";
  const std::string text = three_pages("", row + "\n", row + "\n");
  judgement::ScaleRegistry scales = judgement::ScaleRegistry::builtin();
  REQUIRE(scales.define("scale house-style \"A house style\"\n  \"Commendable\" band good\n  \"Wanting\" band inadequate\nend\n").ok());
  const Laid builtin(text);
  const auto as_builtin = blocks_of(builtin, "Overall effectiveness\tCommendable");
  const auto as_header = blocks_of(builtin, "Overall effectiveness          Commendable");
  CHECK(as_builtin.size() + as_header.size() == 2);
  for (const Block* b : as_builtin) CHECK(b->kind == BlockKind::furniture);
  for (const Block* b : as_header) CHECK(b->kind == BlockKind::furniture);

  const judgement::detail::Source source = judgement::detail::Source::load(text).value();
  const judgement::detail::Layout own = judgement::detail::build_layout(source, scales);
  std::size_t rows = 0;
  for (const Block& b : own.blocks()) {
    if (own.text(b) != "Overall effectiveness\tCommendable") continue;
    ++rows;
    CHECK(b.kind == BlockKind::table_row);
  }
  CHECK(rows == 2);
}
