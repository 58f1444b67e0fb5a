// Stage 2, layout: the texts the layout makes of a block when a recogniser asks for them (its
// lines joined, and that text folded), a few blocks at a time.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "layout/layout.hpp"
#include "source/fold.hpp"

using fixtures::Laid;
using judgement::detail::Block;
using judgement::detail::TextSlots;

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
  // A reader that holds the folded texts of TextSlots::slots blocks at once reads each as made.
  std::vector<std::string_view> held;
  for (std::size_t k = 0; k < TextSlots::slots; ++k) held.push_back(d.layout.folded(blocks[k]));
  for (std::size_t k = 0; k < TextSlots::slots; ++k) {
    CHECK(held[k] == "paragraph " + std::to_string(k + 1) + " of the text.");
  }
  // Asked again, in any order, each is the same as first made.
  for (std::size_t k = TextSlots::slots; k-- > 0;) CHECK(d.layout.folded(blocks[k]) == held[k]);
  // Every block, asked for once more after the rest, is still right.
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    CHECK(d.layout.folded(blocks[k]) == judgement::detail::fold(d.layout.text(blocks[k])));
  }
}
