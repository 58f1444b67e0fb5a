// The source normaliser and the characters that hide inside words: every default-ignorable code
// point goes, and a word that mixes Latin letters with Cyrillic or Greek look-alikes is read as
// Latin, with a `confusable` note at its span.
#include <catch2/catch.hpp>

#include <deque>
#include <string>

#include "judgement/parse.hpp"
#include "source/characters.hpp"
#include "source/source.hpp"
#include "source/utf8.hpp"

using judgement::detail::Source;

namespace {

Source load(std::string original) {
  // A Source reads its lines from the original: the original must outlive it.
  static std::deque<std::string> originals;
  originals.push_back(std::move(original));
  auto r = Source::load(originals.back());
  REQUIRE(r.ok());
  return std::move(r).value();
}

// UTF-8 of one code point.
std::string utf8(char32_t cp) {
  std::string s;
  judgement::utf8::append_code_point(s, cp);
  return s;
}

}  // namespace

TEST_CASE("every Default_Ignorable_Code_Point is removed, and spans still map back", "[source]") {
  // Each range of the property, at both ends, and a few inside (U+2062 invisible times, U+034F
  // combining grapheme joiner, U+180E Mongolian vowel separator, U+FE0F variation selector 16).
  const char32_t ignorable[] = {0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180E, 0x180F,
                                0x200B, 0x200F, 0x202A, 0x202E, 0x2060, 0x2062, 0x2064, 0x206F, 0x3164, 0xFE00,
                                0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0, 0xFFF8, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0001,
                                0xE0020, 0xE007F, 0xE0100, 0xE01EF};
  for (const char32_t cp : ignorable) {
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    CHECK(judgement::detail::default_ignorable(cp));
    const std::string original = "Inad" + utf8(cp) + "equate";
    const Source s = load(original);
    CHECK(s.normalised_text() == "Inadequate");
    const auto span = s.span(0, s.normalised_text().size());
    CHECK(span.begin == 0);
    CHECK(span.end == original.size());
  }
  // Neighbours of the ranges are kept.
  for (const char32_t cp : {U'\u00AC', U'\u034E', U'\u180A', U'\u2010', U'\uFE10', U'\U0001D172', U'\U000E1000'}) {
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    CHECK_FALSE(judgement::detail::default_ignorable(cp));
  }
}

TEST_CASE("a default-ignorable code point inside a grade does not hide it", "[source][judgements]") {
  for (const char32_t cp : {U'\u2062', U'\u034F', U'\u180E', U'\uFE0F'}) {
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    const std::string text = "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n\n"
                             "Overall effectiveness          Inad" +
                             utf8(cp) + "equate\n";
    const auto r = judgement::parse(text);
    REQUIRE(r.ok());
    REQUIRE(r->judgements.size() == 1);
    CHECK(r->judgements[0].grade == "Inadequate");
  }
}

TEST_CASE("a word mixing Latin with Cyrillic or Greek look-alikes is read as Latin, with a warning", "[source]") {
  // "Good" with two Cyrillic o (U+043E); "Inadequate" with a Greek alpha (U+03B1).
  const std::string good = "G\xD0\xBE\xD0\xBE" "d";
  const std::string original = "Overall effectiveness   " + good + "\nInadequ\xCE\xB1te.\n";
  const Source s = load(original);
  CHECK(s.normalised_text() == "Overall effectiveness   Good\nInadequate.\n");
  REQUIRE(s.notes().size() == 2);
  CHECK(std::string(s.notes()[0].code) == "confusable");
  CHECK(s.notes()[0].message.find("\"Good\"") != std::string::npos);
  const auto span = s.span(s.notes()[0].begin, s.notes()[0].end);
  CHECK(original.substr(span.begin, span.end - span.begin) == good);
  CHECK(std::string(s.notes()[1].code) == "confusable");

  // Whole words in Cyrillic or Greek stay as they are, and so does a mixed word with a letter
  // that looks like no Latin one.
  for (const std::string& keep : {std::string("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"),  // Москва
                                 std::string("\xCE\xBF\xCE\xB9\xCE\xBA\xCE\xBF\xCF\x82"),              // οικος
                                 std::string("Go\xD0\xB6") + "d"}) {                                   // "Goжd"
    const Source k = load("The word " + keep + " stays.");
    CHECK(k.normalised_text() == "The word " + keep + " stays.");
    CHECK(k.notes().empty());
  }

  // Through the whole parse: the grade is found, and the warning says where.
  const auto r = judgement::parse("Inspection of Eastmoor local authority children\xE2\x80\x99s services\n\n"
                                  "Overall effectiveness          " + good + "\n");
  REQUIRE(r.ok());
  REQUIRE(r->judgements.size() == 1);
  CHECK(r->judgements[0].grade == "Good");
  bool warned = false;
  for (const judgement::Diagnostic& d : r->diagnostics) {
    warned = warned || (d.code == "confusable" && d.severity == judgement::Severity::warning && d.span.line == 3);
  }
  CHECK(warned);
}
