// Stage 2, layout: the texts the layout makes of a block when a recogniser asks for them (its
// lines joined, and that text folded), a few blocks at a time.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "layout/layout.hpp"
#include "source/fold.hpp"

using fixtures::Laid;
using judgement::detail::Block;
using judgement::detail::TextCache;

TEST_CASE("a block's folded text is its text lower-cased, apostrophes plain, at the same offsets", "[layout]") {
  const Laid d(
      "THE LOCAL AUTHORITY\xE2\x80\x99S SERVICES\n"
      "\n"
      "1. Children\xE2\x80\x99s Services in Northby Require\n"
      "   Improvement to be Good.\n");
  const auto& blocks = d.layout.blocks();
  REQUIRE(blocks.size() == 2);
  const std::string_view text = d.layout.text(blocks[1]);
  const std::string_view folded = d.layout.folded(blocks[1]);
  CHECK(text == "Children\xE2\x80\x99s Services in Northby Require Improvement to be Good.");
  REQUIRE(folded.size() == text.size());
  CHECK(folded == "children\x01\x01's services in northby require improvement to be good.");
  CHECK(folded.find("require improvement") == text.find("Require Improvement"));
  CHECK(d.layout.folded(blocks[0]) == "the local authority\x01\x01's services");
}

TEST_CASE("the texts of the last few blocks asked for stay good together", "[layout]") {
  std::string input;
  for (int k = 1; k <= 12; ++k) input += std::to_string(k) + ". Paragraph " + std::to_string(k) + " Of The Text.\n\n";
  const Laid d(input);
  const auto& blocks = d.layout.blocks();
  REQUIRE(blocks.size() == 12);
  // A reader that holds the folded texts of TextCache::held blocks at once reads each as made.
  std::vector<std::string_view> held;
  for (std::size_t k = 0; k < TextCache::held; ++k) held.push_back(d.layout.folded(blocks[k]));
  for (std::size_t k = 0; k < TextCache::held; ++k) {
    CHECK(held[k] == "paragraph " + std::to_string(k + 1) + " of the text.");
  }
  // Asked again, in any order, each is the same as first made.
  for (std::size_t k = TextCache::held; k-- > 0;) CHECK(d.layout.folded(blocks[k]) == held[k]);
  // Every block, asked for once more after the rest, is still right.
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    CHECK(d.layout.folded(blocks[k]) == judgement::detail::fold(d.layout.text(blocks[k])));
  }
}

TEST_CASE("a paragraph's text is made from its lines again after others have taken its place", "[layout]") {
  // Paragraphs of several lines (their text made, not a view of one line), more of them than a
  // small budget holds, with a word hyphenated at a line end (the hyphen kept), a table row with its tab, and a row whose only
  // cell is right of the labels (a tab first).
  std::string input;
  for (int k = 1; k <= 40; ++k) {
    input += std::to_string(k) + ". The council's plan number " + std::to_string(k) + " was agreed by the\n";
    input += "   board in the spring, after a long consul-\n   tation with families.\n\n";
  }
  input += "Overall effectiveness                       Requires improvement\n";
  input += "                                            to be good\n";
  const Laid d(input);
  const auto& blocks = d.layout.blocks();
  std::vector<std::string> first;
  for (const Block& b : blocks) first.emplace_back(d.layout.text(b));
  CHECK(first.front() == "The council's plan number 1 was agreed by the board in the spring, after a long consul-tation with families.");
  CHECK(first.back() == "Overall effectiveness\tRequires improvement to be good");
  // Every text, asked for again in another order and through caches of every size, is the same.
  for (std::size_t k = blocks.size(); k-- > 0;) CHECK(d.layout.text(blocks[k]) == first[k]);
  for (const std::size_t budget : {std::size_t{64}, std::size_t{256}, std::size_t{16384}}) {
    TextCache cache(budget);
    std::size_t made = 0;
    for (int round = 0; round < 2; ++round) {
      for (std::size_t k = 0; k < first.size(); ++k) {
        const std::string_view t = cache.get(static_cast<std::uint32_t>(k), first[k].size(), [&](char* out) {
          ++made;
          first[k].copy(out, first[k].size());
        });
        CHECK(t == first[k]);
      }
    }
    // The texts of the last `held` blocks asked for are still good, whatever was made since.
    std::vector<std::string_view> views;
    for (std::size_t k = 0; k < TextCache::held; ++k) {
      views.push_back(cache.get(static_cast<std::uint32_t>(k), first[k].size(), [&](char* out) { first[k].copy(out, first[k].size()); }));
    }
    for (std::size_t k = 0; k < TextCache::held; ++k) CHECK(views[k] == first[k]);
    if (budget == 16384) CHECK(made == first.size());  // all held: each made once
    if (budget == 64) CHECK(made == 2 * first.size());  // none held: each made again
  }
}

TEST_CASE("each line of a block is where the layout says in the block's text", "[layout]") {
  // Every fixture: a line's range in its block's text holds the line's content (a word
  // hyphenated at its end rejoined: the hyphen may be gone), and the ranges follow one another.
  std::vector<judgement::detail::Layout::LineRange> ranges;
  std::size_t lines_seen = 0;
  for (const std::string& name : fixtures::document_names()) {
    const Laid d(fixtures::read(name));
    for (const Block& b : d.layout.blocks()) {
      if (b.kind == judgement::detail::BlockKind::table_row) continue;  // cells by columns, not lines
      const std::string_view text = d.layout.text(b);
      d.layout.line_ranges(b, ranges);
      REQUIRE(ranges.size() == b.line_count);
      std::size_t after = 0;
      for (std::uint32_t k = 0; k < b.line_count; ++k) {
        const std::string_view content = d.layout.content(b, k);
        INFO(name << ": " << content);
        if (!ranges[k].found()) {
          CHECK(content.empty());
          continue;
        }
        ++lines_seen;
        CHECK(ranges[k].begin >= after);
        const std::string_view line = text.substr(ranges[k].begin, ranges[k].end - ranges[k].begin);
        CHECK((line == content || (content.ends_with('-') && line == content.substr(0, content.size() - 1))));
        after = ranges[k].end;
      }
    }
  }
  CHECK(lines_seen > 300);
}

TEST_CASE("a table row's lines are found in both of its cells", "[layout]") {
  const Laid d(
      "Inspection team\n"
      "\n"
      "Ofsted                                        Care Quality Commission\n"
      "Ann Example, Ofsted HMI, Lead                 Bo Sample, CQC Lead\n"
      "inspector                                     inspector\n");
  const Block* row = nullptr;
  for (const Block& b : d.layout.blocks()) {
    if (b.kind == judgement::detail::BlockKind::table_row && b.line_count == 2) row = &b;
  }
  REQUIRE(row != nullptr);
  const std::string_view text = d.layout.text(*row);
  REQUIRE(text == "Ann Example, Ofsted HMI, Lead inspector\tBo Sample, CQC Lead inspector");
  std::vector<judgement::detail::Layout::LineRange> ranges;
  d.layout.line_ranges(*row, ranges);
  REQUIRE(ranges.size() == 2);
  // The first line from its label to its cell, the second's label and cell inside that.
  CHECK(ranges[0].begin == 0);
  CHECK(ranges[0].end == text.find(" inspector", text.find('\t')));
  CHECK(ranges[1].begin == text.find("inspector"));
  CHECK(ranges[1].end == text.size());
}

// A reader of a table in columns (the document reader's team under two inspectorates' names)
// reads each column line by line from the sides of the rows: whichever row the layout sets a
// line in, its label side is its part of the first column and its cell side of the second.
TEST_CASE("each side of a table row gives each line's part of that column alone", "[layout]") {
  const Laid d(
      "Ofsted                                  Care Quality Commission\n"
      "Ann Roe                                 Bea Lake\n"
      "Regional Director                       Deputy Chief Inspector, Primary Medical\n"
      "                                        Services, Children Health and Justice\n"
      "Cal Penn                                Dee Marsh\n"
      "\n"
      "A paragraph under the table.\n");
  using judgement::detail::Layout;
  std::vector<std::string> columns[2];
  std::vector<Layout::LineRange> sides[2];
  const Block* paragraph = nullptr;
  for (const Block& b : d.layout.blocks()) {
    if (b.kind != judgement::detail::BlockKind::table_row) {
      paragraph = &b;
      continue;
    }
    d.layout.line_ranges(b, Layout::Side::label, sides[0]);
    d.layout.line_ranges(b, Layout::Side::cell, sides[1]);
    const std::string_view text = d.layout.text(b);
    for (std::uint32_t k = 0; k < b.line_count; ++k) {
      for (std::size_t side = 0; side < 2; ++side) {
        REQUIRE(sides[side].size() == b.line_count);
        const Layout::LineRange& r = sides[side][k];
        if (r.found()) columns[side].emplace_back(text.substr(r.begin, r.end - r.begin));
      }
    }
  }
  CHECK(columns[0] == std::vector<std::string>{"Ofsted", "Ann Roe", "Regional Director", "Cal Penn"});
  CHECK(columns[1] == std::vector<std::string>{"Care Quality Commission", "Bea Lake",
                                               "Deputy Chief Inspector, Primary Medical",
                                               "Services, Children Health and Justice", "Dee Marsh"});
  // A block that is no table row is all label.
  REQUIRE(paragraph != nullptr);
  d.layout.line_ranges(*paragraph, Layout::Side::label, sides[0]);
  d.layout.line_ranges(*paragraph, Layout::Side::cell, sides[1]);
  REQUIRE(sides[0].size() == 1);
  CHECK(sides[0][0].begin == 0);
  CHECK(sides[0][0].end == d.layout.text(*paragraph).size());
  CHECK_FALSE(sides[1][0].found());
}
