// Comparisons made on text as its folded copy would make them (source/fold.hpp): every
// answer is the one the same comparison of fold(text) gives, on text built to reach the corners
// of the fold (capitals, typographic apostrophes of both kinds, an apostrophe cut at the text's
// end, other three-byte characters that share its lead bytes, bytes above ASCII).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "profile/lexicon.hpp"
#include "source/fold.hpp"

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
      CHECK(folded_byte(t, i) == f[i]);
    }
    for (const std::string& n : needles) {
      INFO("text '" << t << "', needle '" << n << "'");
      // A phrase's "'" also meets a typographic apostrophe whole (test_fold.cpp), where the
      // folded copy has "\x01\x01'": those needles are not compared with it here.
      if (n.find_first_of("'\x01") != std::string::npos) continue;
      for (std::size_t from = 0; from <= t.size(); ++from) CHECK(find_folded(t, n, from) == f.find(n, from));
      CHECK(find_phrase_folded(t, n) == find_phrase(f, n));
      for (std::size_t at = 0; at <= t.size(); ++at) CHECK(phrase_at_folded(t, at, n) == phrase_at(f, at, n));
    }
    for (const std::string& u : texts) CHECK(same_folded(t, u) == (f == fold(u)));
  }
}
