// Stage 2, layout: a block's tokens (layout/tokens.hpp), cut once when a reader asks for them:
// words with their keys, the layout's dates as one token each, punctuation and separators.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "../support/random_text.hpp"
#include "layout/layout.hpp"
#include "layout/tokens.hpp"
#include "source/fold.hpp"

using fixtures::Laid;
using judgement::detail::Block;
using judgement::detail::Token;
using judgement::detail::TokenCache;
using judgement::detail::TokenKind;
using judgement::detail::Tokens;

namespace {

char kind_letter(TokenKind k) {
  switch (k) {
    case TokenKind::word:
      return 'w';
    case TokenKind::date:
      return 'd';
    case TokenKind::punct:
      return 'p';
    case TokenKind::separator:
      return 's';
  }
  return '?';
}

// "w:key" for each token, a date as "d:" and its text.
std::vector<std::string> described(std::string_view text, const Tokens& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens.list) {
    std::string d(1, kind_letter(t.kind));
    d += ':';
    d += t.kind == TokenKind::date ? text.substr(t.begin, t.end - t.begin) : tokens.key(t);
    out.push_back(d);
  }
  return out;
}

// The folded text of [begin, end) without the bytes that pad a typographic apostrophe.
std::string folded_key(std::string_view text) {
  std::string key;
  for (const char c : judgement::detail::fold(text)) {
    if (c != '\x01') key += c;
  }
  return key;
}

// Twelve numbered paragraphs of one line each: twelve blocks, more than the token cache holds.
std::string twelve_paragraphs() {
  std::string input;
  for (int k = 1; k <= 12; ++k) input += std::to_string(k) + ". Paragraph " + std::to_string(k) + " of the text.\n\n";
  return input;
}

}  // namespace

TEST_CASE("a block's tokens: words with their keys, its dates whole, punctuation and separators", "[layout][tokens]") {
  const Laid d(
      "The Council\xE2\x80\x99s services for Children were judged Inadequate1 in 12 May 2019 \xE2\x80\x94 see "
      "the well-being of S\xC3\xA9rgio\xE2\x80\x99s \xE2\x80\x9C""carers\xE2\x80\x9D (*all*) \xEF\x82\xB7 next; "
      "o\xE2\x80\x99""clock\xE2\x80\x99 it's 3.5% \xC2\xA0""ok\n");
  REQUIRE(d.layout.blocks().size() == 1);
  const Block& b = d.layout.blocks()[0];
  const std::string_view text = d.layout.text(b);
  const Tokens tokens = d.layout.tokens(b);
  const std::vector<std::string> expected = {
      "w:the",    "w:council's", "w:services", "w:for",    "w:children", "w:were",  "w:judged", "w:inadequate1",
      "w:in",     "d:12 May 2019", "p:-",      "w:see",    "w:the",      "w:well-being", "w:of", "w:s\xC3\xA9rgio's",
      "w:carers", "p:(",         "w:all",      "p:)",        "s:",       "w:next",     "p:;",     "w:o'clock", "w:it's",
      "w:3",      "p:.",         "w:5",        "p:%",      "w:ok"};
  CHECK(described(text, tokens) == expected);
  // A word that starts with a capital or a digit may start a sentence; so may a date.
  CHECK(tokens.list[0].upper);
  CHECK_FALSE(tokens.list[2].upper);
  CHECK(tokens.list[9].upper);
  // A date token is the layout's date: its index in Layout::dates.
  REQUIRE(d.layout.dates(b).size() == 1);
  CHECK(tokens.list[9].key == 0);
  CHECK(tokens.list[9].begin == d.layout.dates(b)[0].begin);
}

TEST_CASE("a table row's cells are told apart by a separator token", "[layout][tokens]") {
  const Laid d(
      "Overall effectiveness                         Inadequate\n"
      "Help and protection of children               Requires improvement to be good\n");
  bool separated = false;
  for (const Block& b : d.layout.blocks()) {
    if (b.kind != judgement::detail::BlockKind::table_row) continue;
    const Tokens tokens = d.layout.tokens(b);
    for (const Token& t : tokens.list) separated = separated || (t.kind == TokenKind::separator && tokens.key(t) == "\t");
  }
  CHECK(separated);
}

TEST_CASE("tokens cover every word of a block in order, each key its folded text", "[layout][tokens]") {
  judgement::testing::XorShift next(0x70CE115ull);
  const std::vector<std::string_view> pieces = {
      "Children", "\xE2\x80\x99s", "'s", " ", "  ", "\n", "judged", "INADEQUATE", "1", "2019", " May ", "12 ",
      ".", ",", "-", "well", "\xE2\x80\x94", "\xC3\xA9", "\xC2\xA0", "\xEF\x82\xB7", "*", "_", "\"", "(", ":",
      "\xE2\x80\x98", "Good", "in 3 June 2021", "between 1 and 5 March 2018"};
  for (int round = 0; round < 300; ++round) {
    const std::string input = judgement::testing::assembled(next, pieces, 1, 40) + "\n";
    const Laid d(input);
    for (const Block& b : d.layout.blocks()) {
      const std::string_view text = d.layout.text(b);
      const Tokens tokens = d.layout.tokens(b);
      std::size_t at = 0, date = 0;
      for (const Token& t : tokens.list) {
        INFO(input);
        REQUIRE(t.begin >= at);
        REQUIRE(t.end > t.begin);
        REQUIRE(t.end <= text.size());
        // Nothing passed over between tokens is a letter or a digit.
        for (std::size_t x = at; x < t.begin; ++x) CHECK_FALSE(judgement::detail::tokens::ascii_alnum(static_cast<unsigned char>(text[x])));
        at = t.end;
        const std::string_view own = text.substr(t.begin, t.end - t.begin);
        if (t.kind == TokenKind::word) CHECK(tokens.key(t) == folded_key(own));
        if (t.kind == TokenKind::date) {
          REQUIRE(t.key == date);
          CHECK(t.begin == d.layout.dates(b)[date].begin);
          CHECK(t.end == d.layout.dates(b)[date].end);
          ++date;
        }
      }
      for (std::size_t x = at; x < text.size(); ++x) CHECK_FALSE(judgement::detail::tokens::ascii_alnum(static_cast<unsigned char>(text[x])));
      CHECK(date == d.layout.dates(b).size());
    }
  }
}

TEST_CASE("the tokens of the last few blocks asked for stay good together", "[layout][tokens]") {
  const Laid d(twelve_paragraphs());
  const auto& blocks = d.layout.blocks();
  REQUIRE(blocks.size() == 12);
  std::vector<Tokens> held;
  for (std::size_t k = 0; k < TokenCache::held; ++k) held.push_back(d.layout.tokens(blocks[k]));
  for (std::size_t k = 0; k < TokenCache::held; ++k) {
    CHECK(described(d.layout.text(blocks[k]), held[k]) ==
          std::vector<std::string>{"w:paragraph", "w:" + std::to_string(k + 1), "w:of", "w:the", "w:text", "p:."});
    // Asked again, a held block's tokens are the same list, not cut again.
    CHECK(d.layout.tokens(blocks[k]).list.data() == held[k].list.data());
  }
  // A block asked for again is the newest again: it stays good while held - 1 others are asked
  // for after it, the oldest of the others making way.
  const Tokens again = d.layout.tokens(blocks[0]);
  CHECK(again.list.data() == held[0].list.data());
  const Tokens newer = d.layout.tokens(blocks[TokenCache::held]);
  CHECK(d.layout.tokens(blocks[0]).list.data() == held[0].list.data());
  CHECK(described(d.layout.text(blocks[TokenCache::held]), newer).size() == 6);
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    CHECK(described(d.layout.text(blocks[k]), d.layout.tokens(blocks[k])).size() == 6);
  }
}

TEST_CASE("a block's opening's tokens are the whole list's first ones, a word or date across the limit whole",
          "[layout][tokens]") {
  judgement::testing::XorShift next(0x0BE11CEull);
  const std::vector<std::string_view> pieces = {
      "Children", "\xE2\x80\x99s", "'s", " ", "  ", "judged", "INADEQUATE", "1", "2019", " May ", "12 ", ".", ",",
      "-", "well", "\xE2\x80\x94", "\xC3\xA9", "\xC2\xA0", "\xEF\x82\xB7", "*", "\"", "(", ":", "Good",
      "in 3 June 2021", "between 1 and 5 March 2018"};
  for (int round = 0; round < 300; ++round) {
    const std::string input = judgement::testing::assembled(next, pieces, 1, 40) + "\n";
    // Each block's whole list, cut on its own (from a layout of its own, with nothing held).
    std::vector<std::vector<std::string>> whole;
    std::vector<std::vector<std::size_t>> begins;
    {
      const Laid d(input);
      for (const Block& b : d.layout.blocks()) {
        const Tokens tokens = d.layout.tokens(b);
        whole.push_back(described(d.layout.text(b), tokens));
        begins.emplace_back();
        for (const Token& t : tokens.list) begins.back().push_back(t.begin);
      }
    }
    const Laid d(input);
    const auto& blocks = d.layout.blocks();
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const Block& b = blocks[k];
      const std::string_view text = d.layout.text(b);
      INFO(input);
      // Asked for more and more of its text: each list is the whole list's first tokens, every
      // token that starts before the limit among them, and the last one whole.
      for (std::size_t limit = 0; limit <= text.size() + 1; limit += 1 + next() % 7) {
        const Tokens tokens = d.layout.tokens(b, limit);
        const std::vector<std::string> got = described(text, tokens);
        REQUIRE(got.size() <= whole[k].size());
        CHECK(std::equal(got.begin(), got.end(), whole[k].begin()));
        const auto before = std::count_if(begins[k].begin(), begins[k].end(), [&](std::size_t x) { return x < limit; });
        CHECK(got.size() >= static_cast<std::size_t>(before));
        if (!tokens.list.empty()) CHECK(tokens.list.back().end <= text.size());
        // Asked for less than it holds, the list held is given, not cut again.
        CHECK(d.layout.tokens(b, limit / 2).list.data() == tokens.list.data());
      }
      CHECK(described(text, d.layout.tokens(b)) == whole[k]);
    }
  }
}

TEST_CASE("the tokens of a block's opening end at a token's end, a word or date across the limit whole",
          "[layout][tokens]") {
  const Laid d("The judgement was inadequate in 12 May 2019 and it was well-being.\n");
  REQUIRE(d.layout.blocks().size() == 1);
  const Block& b = d.layout.blocks()[0];
  const std::string_view text = d.layout.text(b);
  // "judgement" starts at 4: a limit inside it gives it whole, and nothing after it.
  CHECK(described(text, d.layout.tokens(b, 6)) == std::vector<std::string>{"w:the", "w:judgement"});
  // A limit inside the date gives the date whole.
  const std::size_t date = text.find("12 May");
  CHECK(described(text, d.layout.tokens(b, date + 4)).back() == "d:12 May 2019");
  CHECK(d.layout.tokens(b, date + 4).list.back().end == date + 11);
  // A limit on the space after a word gives that word last.
  const Laid e("The judgement was inadequate.\n");
  CHECK(described(e.layout.text(e.layout.blocks()[0]), e.layout.tokens(e.layout.blocks()[0], 3)) ==
        std::vector<std::string>{"w:the"});
  // Asked for the whole block after its opening, the list goes on to its end.
  const std::vector<std::string> all = described(text, d.layout.tokens(b));
  REQUIRE(all.size() == 11);
  CHECK(all.back() == "p:.");
  CHECK(all[9] == "w:well-being");
  // Asked again for its opening, the whole list held is given.
  CHECK(d.layout.tokens(b, 6).list.size() == 11);
}

TEST_CASE("a block cut only up to a limit is held as a whole block is", "[layout][tokens]") {
  const Laid d(twelve_paragraphs());
  const auto& blocks = d.layout.blocks();
  REQUIRE(blocks.size() == 12);
  std::vector<Tokens> held;
  for (std::size_t k = 0; k < TokenCache::held; ++k) held.push_back(d.layout.tokens(blocks[k], 3));
  for (std::size_t k = 0; k < TokenCache::held; ++k) {
    CHECK(described(d.layout.text(blocks[k]), held[k]) == std::vector<std::string>{"w:paragraph"});
    // Asked for the same or less, the list held.
    CHECK(d.layout.tokens(blocks[k], 3).list.data() == held[k].list.data());
    CHECK(d.layout.tokens(blocks[k], 0).list.size() == 1);
  }
  // Asked for more, it is cut on: the same tokens first, then the rest.
  for (std::size_t k = 0; k < TokenCache::held; ++k) {
    const Tokens all = d.layout.tokens(blocks[k]);
    CHECK(described(d.layout.text(blocks[k]), all) ==
          std::vector<std::string>{"w:paragraph", "w:" + std::to_string(k + 1), "w:of", "w:the", "w:text", "p:."});
  }
  // Another block's opening takes the place of the oldest.
  const Tokens newer = d.layout.tokens(blocks[TokenCache::held], 1);
  CHECK(described(d.layout.text(blocks[TokenCache::held]), newer) == std::vector<std::string>{"w:paragraph"});
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    CHECK(described(d.layout.text(blocks[k]), d.layout.tokens(blocks[k], 5)).front() == "w:paragraph");
    CHECK(described(d.layout.text(blocks[k]), d.layout.tokens(blocks[k])).size() == 6);
  }
}
