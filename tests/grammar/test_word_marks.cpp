// The finders given the layout's word marks find exactly what they find scanning every byte:
// the marks are a shortcut, never a filter that loses an expression. Checked on made-up
// sentences with the awkward neighbours of each opening (glued digits, "£", non-ASCII letters,
// '_', hyphens, upper case, long words) and on text assembled from those pieces at random.
#include <catch2/catch.hpp>
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
