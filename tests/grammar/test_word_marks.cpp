// The finders given the layout's word marks find exactly what they find scanning every byte:
// the marks are a shortcut, never a filter that loses an expression. Checked on made-up
// sentences with the awkward neighbours of each opening (glued digits, "£", non-ASCII letters,
// '_', hyphens, upper case, long words) and on text assembled from those pieces at random.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../support/random_text.hpp"
#include "grammar/date_finder.hpp"
#include "grammar/date_grammar.hpp"
#include "grammar/quantity_finder.hpp"
#include "grammar/quantity_grammar.hpp"
#include "grammar/word_marks.hpp"

using namespace judgement::grammar;

namespace {

std::vector<WordMark> marks_of(std::string_view text) {
  std::vector<WordMark> marks;
  mark_words(text, marks);
  return marks;
}

struct Found {
  std::vector<std::string> dates;
  std::vector<std::string> quantities;
  friend bool operator==(const Found&, const Found&) = default;
};

std::string describe(std::string_view text, std::size_t begin, std::size_t end) {
  return std::to_string(begin) + ":" + std::string(text.substr(begin, end - begin));
}

Found scanned(std::string_view text) {
  Found found;
  const std::vector<DateHit> dates = find_dates(text);
  for (const DateHit& d : dates) found.dates.push_back(describe(text, d.begin, d.end));
  for (const QuantityHit& q : find_quantities(text, dates)) {
    found.quantities.push_back(describe(text, q.begin, q.end) + "=" + std::to_string(q.value) + std::string(q.unit()));
  }
  return found;
}

Found marked(std::string_view text) {
  Found found;
  const std::vector<WordMark> marks = marks_of(text);
  const std::vector<DateHit> dates = find_dates(text, marks);
  for (const DateHit& d : dates) found.dates.push_back(describe(text, d.begin, d.end));
  for (const QuantityHit& q : find_quantities(text, dates, marks)) {
    found.quantities.push_back(describe(text, q.begin, q.end) + "=" + std::to_string(q.value) + std::string(q.unit()));
  }
  return found;
}

}  // namespace

TEST_CASE("word marks: a mark is a word start that can open a date or a quantity", "[grammar][marks]") {
  const std::string text = "In July 2019, five of 12 children (£300) were seen; xJuly, June2019 and _May are not.";
  std::vector<std::string> words;
  for (const WordMark& m : marks_of(text)) {
    std::size_t end = m.begin;
    while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != ')') ++end;
    words.push_back(text.substr(m.begin, end - m.begin));
  }
  // "In" opens "in excess of"; "of" opens nothing; "xJuly", "June2019" and "_May" are no keyword.
  CHECK(words == std::vector<std::string>{"In", "July", "2019", "five", "12", "£300", "300"});
}

TEST_CASE("word marks: the finders find the same with marks as without", "[grammar][marks]") {
  const std::vector<std::string> texts = {
      "The visit took place between 15 and 19 July 2013; the previous one on 3 March 2010.",
      "Inspection dates: Monday 5 to Friday 16 November 2018 and 21/03/2014, 2015/16, 2012-15.",
      "In excess of 300 children, as many as 45%, at least twenty-five carers, up to £1.5 million.",
      "JULY 2019 BETWEEN 3 AND 5 NOVEMBER 2020 FIVE CHILDREN FROM 39% TO 25%.",
      "A12 June, 12Junes, Juneé 2019, é2019, £2015, 2015%, 2,015, p.5, No.5, one-to-one, _July 2019.",
      "Supercalifragilisticexpialidociousness 2019 approximately 40 children aged 16 to 25 years.",
      "Between\xC2\xA0" "3 and 5 November 2020 over 200 young people, fewer than half, 3\xE2\x80\x93" "5 May 2021.",
      "Spring 2019 autumn term 2020 summer 2018/19 in 2017-18 about 12 weeks, within 20 working days.",
  };
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(marked(text) == scanned(text));
  }
}

TEST_CASE("word marks: the finders find the same with marks as without on assembled text", "[grammar][marks]") {
  const std::vector<std::string_view> pieces = {
      "July", "2019", " ", " ", ", ", "5", "between", "and", "to", "£", "5%", "children", "five", "twenty",
      "-", "_", "é", "x", "as many as", "more than", "in excess of", "12", "/", ".", "03", "Monday",
      "spring", "weeks", "2015", "at least", "\n", "\xE2\x80\x93", "over", "from", "345", "approximately",
      "Sept", "thirty-one", "'", "(", ")", "1,200", "hours", "people", "June2019", "and "};
  judgement::testing::XorShift next(0x2545F4914F6CDD1DULL);
  for (int round = 0; round < 300; ++round) {
    const std::string text = judgement::testing::assembled(next, pieces, 5, 60);
    INFO(text);
    REQUIRE(marked(text) == scanned(text));
  }
}

TEST_CASE("word marks: every opening word of both finders is marked, in any case", "[grammar][marks]") {
  // The marks' table is built from the grammars' own lists: a word it could not hold would be
  // one the finders that jump by marks never start at.
  const auto marked_as = [](std::string word, std::uint16_t wanted) {
    const std::string text = word + " 5";
    const std::vector<WordMark> marks = marks_of(text);
    return !marks.empty() && marks.front().begin == 0 && (marks.front().classes & wanted) != 0;
  };
  for (std::string_view word : date_opening_words()) {
    INFO(word);
    CHECK(marked_as(std::string(word), kDateOpening));
    std::string upper(word);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    CHECK(marked_as(upper, kDateOpening));
  }
  for (std::string_view word : quantity_opening_words()) {
    INFO(word);
    CHECK(marked_as(std::string(word), kQuantityOpening));
  }
}

namespace {

// The marks by the rule word_marks.hpp states, read byte by byte: what the pass, which reads
// the text 64 bytes at a time by masks, must give. The table is asked as the pass asks it.
std::vector<WordMark> marks_by_the_rule(std::string_view text, const WordTable& table) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const auto letter = [&](std::size_t i) { return i < n && ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z'); };
  const auto digit = [&](std::size_t i) { return i < n && p[i] >= '0' && p[i] <= '9'; };
  const auto in_word = [&](std::size_t i) { return letter(i) || digit(i) || (i < n && p[i] == '_'); };
  const auto classes_of = [&](std::size_t start, std::size_t stop) -> std::uint16_t {
    const std::size_t length = stop - start;
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < 8 && start + k < n; ++k) v |= std::uint64_t{p[start + k]} << (8 * k);
    if (length == 0 || !table.may_hold(v, length)) return 0;
    return table.find(v, p + start, length, p + n);
  };
  std::vector<WordMark> marks;
  const auto mark = [&](std::size_t at, std::uint16_t classes) {
    if (classes != 0) marks.push_back(WordMark{static_cast<std::uint32_t>(at), classes, 0});
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] == 0xC2 && i + 1 < n && p[i + 1] == 0xA3) mark(i, kPoundMark);
    const bool run_start = in_word(i) && (i == 0 || !in_word(i - 1));
    if (run_start && digit(i)) mark(i, kNumberMark);
    if (!letter(i)) continue;
    std::size_t stop = i;
    while (letter(stop)) ++stop;
    if (run_start) {
      if (in_word(stop)) {
        if (table.has_reader_words()) mark(i, classes_of(i, stop) & kReaderWords);
      } else {
        std::uint16_t classes = classes_of(i, stop);
        if ((classes & ~kReaderWords) != 0 && date_text::word_at(text, stop)) classes &= kReaderWords;
        mark(i, classes);
      }
    } else if (i > 0 && p[i - 1] == '_' && table.has_reader_words()) {
      mark(i, classes_of(i, stop) & kReaderWords);
    }
  }
  return marks;
}

bool same_marks(const std::vector<WordMark>& a, const std::vector<WordMark>& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const WordMark& x, const WordMark& y) {
           return x.begin == y.begin && x.classes == y.classes;
         });
}

}  // namespace

TEST_CASE("word marks: the pass by windows marks what the rule read byte by byte marks", "[grammar][marks]") {
  WordTable readers;
  for (std::string_view word : {"good", "inadequate", "requires", "outstanding", "inspection", "grade", "judgement"}) {
    REQUIRE(readers.add_reader_word(word, kGradeKey));
  }
  readers.compile();
  // Words of every length across the windows' edges, glued to digits, '_', "£" and Latin letters.
  const std::vector<std::string_view> pieces = {
      "July", "2019", " ", "  ", ", ", "5", "between", "£", "£5", "\xC2\xA0", "_", "é", "Juneé", "x", "Good",
      "Inadequate1", "_Good_", "requires", "OUTSTANDING", "inspection's", "a", "supercalifragilisticexpialidocious",
      "June2019", "2019June", "\n", "\t", "-", "five", "twenty", "Grade", "abcdefghijklmnop", "abcdefghijklmnopq",
      "judgement_Good", "3_July", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "."};
  judgement::testing::XorShift next(0x9E3779B97F4A7C15ULL);
  for (int round = 0; round < 400; ++round) {
    const std::string text = judgement::testing::assembled(next, pieces, 1, 80);
    INFO(text);
    for (const WordTable* table : {&WordTable::openings(), static_cast<const WordTable*>(&readers)}) {
      std::vector<WordMark> marks;
      mark_words(text, *table, marks);
      REQUIRE(same_marks(marks, marks_by_the_rule(text, *table)));
    }
  }
}
