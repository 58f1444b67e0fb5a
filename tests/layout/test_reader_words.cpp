// The readers' words in the layout's marks (layout/reader_words.hpp): the judgements reader
// starts at the first mark of its scale's key words, and the references scanner reads only
// around the marks of its trigger and grade words, so the marks must be at every place where
// those readers' own scans would stop. Checked against the scans themselves on invented text
// with the awkward neighbours of a word (glued footnote digits, '_', apostrophes, hyphens,
// accented letters, no-break spaces, capitals).
#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "../support/random_text.hpp"
#include "grammar/date_finder.hpp"
#include "grammar/word_marks.hpp"
#include "judgement/profile.hpp"
#include "judgement/scale.hpp"
#include "layout/reader_words.hpp"
#include "profile/lexicon.hpp"
#include "scale/words.hpp"

using judgement::GradeScale;
using judgement::ProfileRegistry;
using judgement::ScaleRegistry;
using judgement::detail::GradeWords;
using judgement::detail::Phrases;
using judgement::detail::ReaderWords;
using judgement::grammar::kGradeKey;
using judgement::grammar::kMentionWord;
using judgement::grammar::WordMark;

namespace {

std::vector<WordMark> marks_of(std::string_view text, const ReaderWords& words) {
  std::vector<WordMark> marks;
  judgement::grammar::mark_words(text, words.table(), marks);
  return marks;
}

// The first of the scale's key words in `text` as the judgements reader finds it by the marks.
std::size_t first_marked_key(std::string_view text, const ReaderWords& words, const GradeWords& keys) {
  for (const WordMark& m : marks_of(text, words)) {
    if ((m.classes & kGradeKey) != 0 && keys.key_at(text, m.begin)) return m.begin;
  }
  return std::string_view::npos;
}

// Whether a kMentionWord mark stands at `at`.
bool mention_marked_at(std::string_view text, std::size_t at, const ReaderWords& words) {
  for (const WordMark& m : marks_of(text, words)) {
    if (m.begin == at && (m.classes & kMentionWord) != 0) return true;
  }
  return false;
}

// Where each date found lies.
std::vector<std::pair<std::size_t, std::size_t>> spans_of(const std::vector<judgement::grammar::DateHit>& hits) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const auto& h : hits) spans.emplace_back(h.begin, h.end);
  return spans;
}

const ReaderWords& builtin_words() {
  static std::unique_ptr<ReaderWords> storage;
  return judgement::detail::reader_words_of(ScaleRegistry::builtin(), ProfileRegistry::builtin().lexicon(), storage);
}

}  // namespace

TEST_CASE("reader words: the first key word by the marks is the one the scan finds", "[layout][marks]") {
  const ReaderWords& words = builtin_words();
  const std::vector<std::string_view> pieces = {
      "Good", "good", "GOOD", "Inadequate", "Outstanding", "Requires improvement", "requires", "Grade", "grade",
      " ", " ", ", ", ".", "1", "12", "345", "_", "'s", "\xE2\x80\x99s", "-", "\xC3\xA9", "\xC2\xA0", "\n", "\t",
      "x", "goodness", "Adequate", "Excellent", "Very good", "weak", "Satisfactory", "unsatisfactory",
      "children", "(", ")", "Not yet good", "effective", "Supercalifragilisticexpialidocious", "July", "2019",
      "between", "May2019", "3"};
  judgement::testing::XorShift next(0x9E3779B97F4A7C15ULL);
  for (const GradeScale& scale : ScaleRegistry::builtin().scales()) {
    REQUIRE(words.marks_keys_of(scale));
    const GradeWords keys(scale);
    for (int round = 0; round < 200; ++round) {
      const std::string text = judgement::testing::assembled(next, pieces, 1, 24);
      INFO(scale.id() << ": " << text);
      REQUIRE(first_marked_key(text, words, keys) == keys.find(text));
      // The readers' marks leave the finders' as they were: the same dates with either table.
      const std::vector<WordMark> marks = marks_of(text, words);
      REQUIRE(spans_of(judgement::grammar::find_dates(text, marks)) == spans_of(judgement::grammar::find_dates(text)));
    }
  }
  // The neighbours one at a time: a footnote glued on, '_' on either side, an accent.
  const GradeWords ofsted(*ScaleRegistry::builtin().find("ofsted-requires-improvement"));
  for (const std::string_view text : {"Inadequate1 overall", "rated _Good_ by", "x_Outstanding", "Good12.",
                                      "\xC3\xA9Good", "Good\xC3\xA9 and inadequate", "2019_Good", "Good2Bad good"}) {
    INFO(text);
    CHECK(first_marked_key(text, words, ofsted) == ofsted.find(text));
  }
}

TEST_CASE("reader words: every trigger and grade word is marked where the references scanner looks", "[layout][marks]") {
  const ReaderWords& words = builtin_words();
  const auto& lexicon = ProfileRegistry::builtin().lexicon();
  std::vector<std::string> wanted(lexicon.mention_triggers());
  for (const Phrases list : {Phrases::grade_verb_form, Phrases::grade_verb}) {
    for (const std::string& w : lexicon.phrases(list)) wanted.push_back(w);
  }
  for (const GradeScale& scale : ScaleRegistry::builtin().scales()) {
    for (const auto& g : scale.grades()) wanted.push_back(judgement::detail::words_of(g.label).front());
  }
  REQUIRE(wanted.size() > 10);
  for (std::string word : wanted) {
    // Any case, and after the bytes the scanner starts a word after.
    for (const std::string_view before : {"", " ", "(", "_", "'", "-", "\xC2\xA0", "\xE2\x80\x98"}) {
      for (const std::string_view after : {"", " ", "'s", "\xE2\x80\x99s", "1", "_x", "-led", "."}) {
        const std::string text = "the " + std::string(before) + word + std::string(after) + " was";
        INFO(text);
        CHECK(mention_marked_at(text, 4 + before.size(), words));
      }
    }
    word[0] = static_cast<char>(word[0] >= 'a' && word[0] <= 'z' ? word[0] - 'a' + 'A' : word[0]);
    CHECK(mention_marked_at("The " + word + " was", 4, words));
  }
  std::vector<const GradeScale*> all;
  for (const GradeScale& scale : ScaleRegistry::builtin().scales()) all.push_back(&scale);
  CHECK(words.marks_mentions_of(lexicon, all));
}

TEST_CASE("reader words: a word that opens with no ASCII letter is not marked, and its readers know it",
          "[layout][marks]") {
  ScaleRegistry scales = ScaleRegistry::builtin();
  REQUIRE(scales.define("scale welsh-test \"Welsh test\" \"\xC5\xB4yr da\" \"Gwan\" end\n").ok());
  std::unique_ptr<ReaderWords> storage;
  const ReaderWords& words =
      judgement::detail::reader_words_of(scales, ProfileRegistry::builtin().lexicon(), storage);
  REQUIRE(storage != nullptr);  // compiled for these scales, not the built-in table
  const GradeScale& welsh = *scales.find("welsh-test");
  // Its first key cannot be marked: the judgements reader scans for it (GradeWords::find), and
  // the references scanner reads every block whole.
  CHECK_FALSE(words.marks_keys_of(welsh));
  CHECK_FALSE(words.marks_mentions_of(ProfileRegistry::builtin().lexicon(), {&welsh}));
  // The built-in scales beside it still are.
  CHECK(words.marks_keys_of(*scales.find("ofsted-requires-improvement")));
  CHECK(words.marks_mentions_of(ProfileRegistry::builtin().lexicon(), {scales.find("ofsted-requires-improvement")}));
  // The built-in registry's own scales are marked too (an earlier inspection's grade is read on
  // them); a scale of any other registry is not known to be.
  CHECK(words.marks_keys_of(*ScaleRegistry::builtin().find("ofsted-requires-improvement")));
  const ScaleRegistry copy = scales;
  CHECK_FALSE(words.marks_keys_of(*copy.find("ofsted-requires-improvement")));
}
