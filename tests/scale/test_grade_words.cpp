// A scale's key words (scale/words.hpp GradeWords): the readers skip text without one, so every
// text a scale matches must hold one, and the fast search must find exactly what a word-by-word
// search finds.
#include <catch2/catch.hpp>

#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/scale.hpp"
#include "scale/words.hpp"

using namespace judgement;
using detail::GradeWords;

namespace {

Grade grade(std::string label, std::vector<std::string> aliases = {}) {
  Grade g;
  g.label = std::move(label);
  g.aliases = std::move(aliases);
  return g;
}

// The first key word that starts at or after `from`, found one word at a time.
std::size_t find_word_by_word(const GradeWords& words, std::string_view text, std::size_t from = 0) {
  for (detail::WordSpan w = detail::next_word(text, 0); !w.empty(); w = detail::next_word(text, w.end)) {
    if (w.begin >= from && words.key(w.in(text))) return w.begin;
  }
  return std::string_view::npos;
}

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// A no-break space (U+00A0) between words, as PDF converters write them.
std::string nbsp_between(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == ' ') {
      out += "\xC2\xA0";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every text a scale reads as a grade holds a key word and starts as a grade may", "[scale][words]") {
  for (const GradeScale& scale : ScaleRegistry::builtin().scales()) {
    const GradeWords words(scale);
    for (const Grade& g : scale.grades()) {
      std::vector<std::string> names = g.aliases;
      names.push_back(g.label);
      std::vector<std::string> texts;
      for (const std::string& name : names) {
        for (const std::string& n : {name, upper(name), nbsp_between(name), "**" + name + "**", name + "."}) {
          texts.push_back(n);
          if (g.code) {
            const std::string code = std::to_string(*g.code);
            texts.push_back(n + " Grade " + code);
            texts.push_back("Grade " + code + " (" + n + ")");
            texts.push_back(code + " (" + n + ")");
            texts.push_back("(" + n + ") " + code);
          }
        }
      }
      if (g.code) texts.push_back("Grade\xC2\xA0" + std::to_string(*g.code));
      for (const std::string& text : texts) {
        INFO(scale.id() << ": " << text);
        REQUIRE(scale.match(text));
        CHECK(words.find(text) != std::string_view::npos);
        CHECK(words.may_start(detail::next_word(text, 0).in(text)));
      }
    }
  }
}

TEST_CASE("a key word is read in any case and through a footnote mark glued to it", "[scale][words]") {
  const GradeWords words(*ScaleRegistry::builtin().find("ofsted-requires-improvement"));
  for (const char* key : {"good", "Good", "GOOD", "Good1", "inadequate12", "Outstanding", "REQUIRES", "grade"}) {
    INFO(key);
    CHECK(words.key(key));
    CHECK(words.may_start(key));
  }
  for (const char* other : {"goo", "goods", "good123", "adequate", "improvement", "gr", "1good", ""}) {
    INFO(other);
    CHECK_FALSE(words.key(other));
  }
  // A grade may start with its code ("4 (Inadequate)"), never with a longer number.
  CHECK(words.may_start("4"));
  CHECK(words.may_start("123"));
  CHECK_FALSE(words.may_start("1234"));
  CHECK_FALSE(words.key("4"));
}

TEST_CASE("the key words' search finds what a word-by-word search finds", "[scale][words]") {
  // The built-in scales use the scan of sixteen bytes at a time (with four and with eight first
  // letters); a key that starts with a non-ASCII letter, or more than eight first letters, the
  // scan of one byte at a time.
  std::vector<GradeScale> scales = ScaleRegistry::builtin().scales();
  scales.emplace_back("accented", "A key that starts with a non-ASCII letter",
                      std::vector<Grade>{grade("\xC3\x89levé"), grade("Good"), grade("Weak")});
  scales.emplace_back("many-letters", "Ten first letters",
                      std::vector<Grade>{grade("Alpha"), grade("Bravo"), grade("Charlie"), grade("Delta"),
                                         grade("Echo"), grade("Foxtrot"), grade("Hotel"), grade("India"),
                                         grade("Juliet"), grade("Kilo")});
  // Words and separators that make word starts of every kind: keys in any case, with footnote
  // marks, inside longer words, after digits, non-ASCII letters and Unicode spaces.
  const std::vector<std::string> pieces = {
      "good",  "Good",  "GOOD", "good1", "goods", "xgood", "1good", "grade", "Grade", "4",
      "outstanding", "inadequate2", "requires", "adequate", "excellent", "weak", "very",
      "typically", "\xC3\x89levé", "\xC3\xA9levé", "echo", "kilo", "juliet", "of", "in", "is",
      "the", "children", "services", " ", " ", " ", "  ", ".", ",", "(", ")", "*", "-", "/", "\t",
      "\xC2\xA0", "\xE2\x80\x83", "\xE2\x80\xAF", "\xE2\x80\x99", "\xC3\xA9", "\xC2\xA3"};
  std::mt19937 random(14);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<std::size_t> length(0, 60);
  for (const GradeScale& scale : scales) {
    const GradeWords words(scale);
    for (int round = 0; round < 2000; ++round) {
      std::string text;
      for (std::size_t n = length(random); n > 0; --n) text += pieces[piece(random)];
      INFO(scale.id() << ": '" << text << "'");
      REQUIRE(words.find(text) == find_word_by_word(words, text));
      const std::size_t from = text.empty() ? 0 : static_cast<std::size_t>(random() % text.size());
      INFO("from " << from);
      REQUIRE(words.find(text, from) == find_word_by_word(words, text, from));
    }
  }
}

TEST_CASE("a scale built in code with a label of no words reads text of no words as it", "[scale][words]") {
  // define_scales() refuses such a label; the GradeScale constructor takes it, and its match
  // has always read text without words ("", "-") as that grade. No text can then be passed over.
  const GradeScale odd("odd", "A dash for no grade", std::vector<Grade>{grade("Good"), grade("-")});
  for (const char* text : {"", "-", " ( ) "}) {
    INFO("'" << text << "'");
    const auto m = odd.match(text);
    REQUIRE(m);
    CHECK(m->grade->label == "-");
  }
  REQUIRE(odd.match("Good"));
  CHECK_FALSE(odd.match("Good practice"));
  const GradeWords words(odd);
  CHECK(words.wordless());
  CHECK(words.may_start(""));
  CHECK(words.find("nothing to read here") == 0);
  CHECK(words.find("nothing to read here", 3) == 3);
  const GradeWords ofsted(*ScaleRegistry::builtin().find("ofsted-requires-improvement"));
  CHECK_FALSE(ofsted.wordless());
  CHECK_FALSE(ofsted.may_start(""));
  CHECK(ofsted.find("nothing to read here") == std::string_view::npos);
}

TEST_CASE("the key words of a registry are every scale's, compiled once for the built-in registry", "[scale][words]") {
  const ScaleRegistry& builtin = ScaleRegistry::builtin();
  std::optional<GradeWords> storage;
  const GradeWords& all = detail::grade_words_of(builtin, storage);
  CHECK_FALSE(storage.has_value());
  CHECK(&detail::grade_words_of(builtin, storage) == &all);
  for (const GradeScale& scale : builtin.scales()) {
    const GradeWords& own = detail::grade_words_of(scale, storage);
    CHECK_FALSE(storage.has_value());
    CHECK(&detail::grade_words_of(scale, storage) == &own);
    for (const Grade& g : scale.grades()) {
      INFO(scale.id() << ": " << g.label);
      CHECK(all.find("The rating was " + g.label + ".") != std::string_view::npos);
      CHECK(own.find(g.label) == 0);
    }
  }
  CHECK(all.find("Leaders know their services well.") == std::string_view::npos);

  // A registry of the user's own (a copy counts: its scales are not the built-in ones).
  ScaleRegistry mine = builtin;
  REQUIRE(mine.add(GradeScale("house-style", "A house style", std::vector<Grade>{grade("Commendable"), grade("Wanting")})).ok());
  const GradeWords& extended = detail::grade_words_of(mine, storage);
  CHECK(storage.has_value());
  CHECK(&extended == &*storage);
  CHECK(extended.find("Practice was commendable.") == 13);
  CHECK(extended.find("Practice was good.") == 13);
  CHECK(all.find("Practice was commendable.") == std::string_view::npos);
  std::optional<GradeWords> own_storage;
  const GradeWords& house = detail::grade_words_of(*mine.find("house-style"), own_storage);
  CHECK(own_storage.has_value());
  CHECK(house.key("Wanting"));
  CHECK_FALSE(house.key("Good"));
}
