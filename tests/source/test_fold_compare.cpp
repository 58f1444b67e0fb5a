// Comparisons made on text as its folded copy would make them (source/fold_compare.hpp): every
// answer is the one the same comparison of fold(text) gives, on text built to reach the corners
// of the fold (capitals, typographic apostrophes of both kinds, an apostrophe cut at the text's
// end, other three-byte characters that share its lead bytes, bytes above ASCII).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "profile/lexicon.hpp"
#include "source/fold.hpp"
#include "source/fold_compare.hpp"

using namespace judgement::detail;

namespace {

const std::vector<std::string> texts = {
    "",
    "The Overall Judgement",
    "CHILDREN\xE2\x80\x99S SERVICES ARE GOOD",
    "children\xE2\x80\x98s services",
    "the council\xE2\x80\x99",
    "cut \xE2\x80",
    "an en dash \xE2\x80\x93 and a bullet \xE2\x80\xA2 in Previous text",
    "Caf\xC3\xA9 LAST INSPECTION were: previous",
    "x\x01\x01'y ' plain apostrophe's",
};

const std::vector<std::string> needles = {
    "",         "the",  "overall judgement", "children's", "children's services", "'s", "previous",
    "last inspection", "were:", "services are good", "caf\xC3\xA9", "\x01", "'", "council'", "good", "y",
};

}  // namespace

TEST_CASE("folded comparisons give what the folded text gives", "[source][fold]") {
  for (const std::string& t : texts) {
    const std::string f = fold(t);
    for (std::size_t i = 0; i < t.size(); ++i) {
      INFO("text '" << t << "' at " << i);
      CHECK(folded_at(t, i) == f[i]);
    }
    for (const std::string& n : needles) {
      INFO("text '" << t << "', needle '" << n << "'");
      for (std::size_t from = 0; from <= t.size(); ++from) CHECK(folded_find(t, n, from) == f.find(n, from));
      CHECK(folded_ends_with(t, n) == f.ends_with(n));
      CHECK(folded_equals(t, n) == (f == n));
      CHECK(folded_find_phrase(t, n) == find_phrase(f, n));
      for (std::size_t at = 0; at <= t.size(); ++at) CHECK(folded_phrase_at(t, at, n) == phrase_at(f, at, n));
    }
    for (const std::string& u : texts) CHECK(folded_same(t, u) == (f == fold(u)));
  }
}
