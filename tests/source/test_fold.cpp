// The text layer's fold and the comparisons that read text as written as if it were folded:
// letters in either case, a "'" against a plain or a typographic apostrophe, word starts, and
// bytes of other scripts compared as they stand. Each answer is also checked against the same
// search in fold(text), so that a reader that moves from a folded copy to these finds the same.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "profile/lexicon.hpp"
#include "profile/phrase.hpp"
#include "recognise/text_search.hpp"
#include "source/fold.hpp"

using namespace judgement::detail;

namespace {

constexpr std::size_t npos = std::string_view::npos;
const std::string apostrophe = "\xE2\x80\x99";  // U+2019
const std::string opening = "\xE2\x80\x98";     // U+2018, used as an apostrophe

// Texts that reach the corners: capitals, both apostrophes (whole, cut short, and a look-alike
// U+201A), other scripts' letters, digits and punctuation at word edges.
std::vector<std::string> corner_texts() {
  return {
      "",
      "HMI",
      "Her Majesty" + apostrophe + "s Inspector, HER MAJESTY" + opening + "S INSPECTORS",
      "The Local Authority's Services; the local authority" + apostrophe + "s services",
      "caf\xC3\xA9 NA\xC3\xAFVE \xC3\x89T\xC3\x89 x\xC3\xA9x",
      "cut " + apostrophe.substr(0, 2) + " and \xE2\x80\x9A look-alike and " + apostrophe,
      "X1 x-ray aX X. the following: THE FOLLOWING? thefollowing",
      apostrophe + "s " + apostrophe + "S 's",
      "x\x01's \x01\x01\x01's A\x01B",  // \x01 of the text's own, which a "'" passes over as in fold()
  };
}

}  // namespace

TEST_CASE("folded_byte reads fold(text) from the text as written", "[source][fold]") {
  for (const std::string& text : corner_texts()) {
    INFO(text);
    const std::string folded = fold(text);
    REQUIRE(folded.size() == text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      INFO(i);
      CHECK(folded_byte(text, i) == folded[i]);
    }
  }
}

TEST_CASE("a whole text, its start and its end compare with a phrase in any case", "[source][fold]") {
  CHECK(equal_folded("Yours Sincerely", "yours sincerely"));
  CHECK(equal_folded("OFSTED", "ofsted"));
  CHECK_FALSE(equal_folded("Ofsted.", "ofsted"));
  CHECK_FALSE(equal_folded("Ofste", "ofsted"));
  CHECK_FALSE(equal_folded("", "x"));
  CHECK(equal_folded("", ""));
  // An apostrophe, plain or typographic (either quote mark), matches the phrase's "'".
  CHECK(equal_folded("Children's", "children's"));
  CHECK(equal_folded("Children" + apostrophe + "s", "children's"));
  CHECK(equal_folded("CHILDREN" + opening + "S", "children's"));
  CHECK_FALSE(equal_folded("Children" + apostrophe.substr(0, 2) + "s", "children's"));
  CHECK_FALSE(equal_folded("Children\xE2\x80\x9As", "children's"));  // U+201A is no apostrophe
  // Other scripts' bytes compare as they stand: an ASCII capital is folded, an accented one is not.
  CHECK(equal_folded("Caf\xC3\xA9", "caf\xC3\xA9"));
  CHECK_FALSE(equal_folded("CAF\xC3\x89", "caf\xC3\xA9"));

  CHECK(starts_with_folded("Mr Jo Bloggs", "mr "));
  CHECK(starts_with_folded("DEAR Ms Example,", "dear"));
  CHECK_FALSE(starts_with_folded("Mr", "mr "));
  CHECK_FALSE(starts_with_folded(" Mr Jo", "mr "));
  // The length taken is the text's: a typographic apostrophe is three bytes.
  CHECK(folded_prefix("Her Majesty" + apostrophe + "s Inspector Jo", "her majesty's inspector ") == 26);
  CHECK(folded_prefix("Her Majesty's Inspector Jo", "her majesty's inspector ") == 24);
  CHECK(folded_prefix("Her Majesty Jo", "her majesty's") == npos);

  CHECK(ends_with_folded("30 September AND", " and"));
  CHECK(ends_with_folded("1 to 3 \xE2\x80\x93", "\xE2\x80\x93"));
  CHECK(ends_with_folded("the local authority" + apostrophe + "s", "authority's"));
  CHECK(ends_with_folded("THE LOCAL AUTHORITY'S", "authority's"));
  CHECK_FALSE(ends_with_folded("and", " and"));
  CHECK_FALSE(ends_with_folded("a brand", " and"));
}

TEST_CASE("a needle is found anywhere, or at a word start, as in the folded text", "[source][fold]") {
  CHECK(find_folded("Lead Inspector", "inspector") == 5);
  CHECK(find_folded("Senior HMI", "hmi") == 7);
  CHECK(find_folded("Chief INSPECTORATE", "inspector") == 6);  // anywhere: inside a word too
  CHECK(find_folded("lead", "inspector") == npos);
  CHECK(find_folded("Children in care, Children in need", " in ", 10) == 26);
  CHECK(find_folded("local authority" + apostrophe + "s services", "authority's") == 6);
  CHECK(contains_folded("Assistant DIRECTOR of Children's Services", "director"));
  CHECK_FALSE(contains_folded("Dir ector", "director"));

  // A word start: the byte before is no letter or digit, in either case.
  CHECK(find_word_folded("Take THE FOLLOWING action", "the following") == 5);
  CHECK(find_word_folded("TakeThe following", "the following") == npos);
  CHECK(find_word_folded("1the following", "the following") == npos);
  CHECK(find_word_folded("(The following)", "the following") == 1);
  CHECK(find_word_folded("\xC3\xA9the following", "the following") == 2);  // after another script's letter: a start
  CHECK(find_word_folded("xthe following, the following", "the following", 2) == 16);

  // Each answer is the one the same search gives in fold(text).
  const std::vector<std::string> needles = {"s", "'s", "the following", "hmi", "inspector", " and", "x", "\xC3\xA9",
                                            "authority's", "majesty's inspectors"};
  for (const std::string& text : corner_texts()) {
    const std::string folded = fold(text);
    for (const std::string& needle : needles) {
      for (std::size_t from = 0; from <= text.size(); ++from) {
        INFO('"' << text << "\" / \"" << needle << "\" from " << from);
        // Phrases as whole words: find_phrase and phrase_at in the folded text.
        std::size_t want_end = 1, got_end = 2;
        CHECK(find_phrase_folded(text, needle, from, &got_end) == find_phrase(folded, needle, from, &want_end));
        if (find_phrase(folded, needle, from) != npos) CHECK(got_end == want_end);
        CHECK(phrase_at_folded(text, from, needle) == phrase_at(folded, from, needle));
        // A needle without an apostrophe is found where find() and find_word() find it.
        if (needle.find('\'') == std::string::npos) {
          CHECK(find_folded(text, needle, from) == std::string_view(folded).find(needle, from));
          CHECK(find_word_folded(text, needle, from) == find_word(folded, needle, from));
        }
      }
    }
  }
}

TEST_CASE("a text is compared with a phrase key without a key made of it", "[source][fold]") {
  const std::vector<std::string> texts = {"",      "  ",         "Ofsted",       "  OFSTED  ", "Care  Quality\tCommission",
                                          "--",    "- -",        "Majesty" + apostrophe + "s Inspector",
                                          "\xC3\xA9", "Ofsted\r", "x y",          "xy"};
  const std::vector<std::string> keys = {"", "ofsted", "care quality commission", "majesty's inspector", "\xC3\xA9", "x y",
                                         "- -", "--"};
  for (const std::string& text : texts) {
    for (const std::string& key : keys) {
      INFO('"' << text << "\" / \"" << key << '"');
      CHECK(is_phrase_key(text, key) == (phrase_key(text) == key));
    }
  }
}

namespace {

// Texts built to reach the corners of the fold: capitals, typographic apostrophes of both kinds,
// an apostrophe cut at the text's end, other three-byte characters that share its lead bytes,
// bytes above ASCII.
const std::vector<std::string> fold_corners = {
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

const std::vector<std::string> fold_needles = {
    "",         "the",  "overall judgement", "children's", "children's services", "'s", "previous",
    "last inspection", "were:", "services are good", "caf\xC3\xA9", "\x01", "'", "council'", "good", "y",
};

}  // namespace

TEST_CASE("folded comparisons give what the folded text gives", "[source][fold]") {
  for (const std::string& t : fold_corners) {
    const std::string f = fold(t);
    for (std::size_t i = 0; i < t.size(); ++i) {
      INFO("text '" << t << "' at " << i);
      CHECK(folded_byte(t, i) == f[i]);
    }
    for (const std::string& n : fold_needles) {
      INFO("text '" << t << "', needle '" << n << "'");
      // A phrase's "'" also meets a typographic apostrophe whole (test_fold.cpp), where the
      // folded copy has "\x01\x01'": those needles are not compared with it here.
      if (n.find_first_of("'\x01") != std::string::npos) continue;
      for (std::size_t from = 0; from <= t.size(); ++from) CHECK(find_folded(t, n, from) == f.find(n, from));
      CHECK(find_phrase_folded(t, n) == find_phrase(f, n));
      for (std::size_t at = 0; at <= t.size(); ++at) CHECK(phrase_at_folded(t, at, n) == phrase_at(f, at, n));
    }
    for (const std::string& u : fold_corners) CHECK(same_folded(t, u) == (f == fold(u)));
  }
}
