// may_read_quantity, the few-instruction test the quantity finder makes before it reads at a
// number or an opening word: where it says no, the grammar reads no quantity there (nothing,
// or a number alone, which no qualifier makes a count). Checked against read_quantity on text
// assembled from every opening and what can follow it, and at every word of the fixtures; and
// it must say no where most numbers and opening words of a report stand, or it saves nothing.
#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "fixtures/fixtures.hpp"
#include "grammar/date_grammar.hpp"
#include "grammar/quantity_ast.hpp"
#include "grammar/quantity_grammar.hpp"

using judgement::grammar::may_read_quantity;
using judgement::grammar::quantity_opening_words;
using judgement::grammar::read_quantity;

namespace {

// Whether read_quantity reads at most a bare number at the start of `text`: no change, no
// range, and no figure but a number in digits with no qualifier and no unit.
bool reads_no_quantity(std::string_view text) {
  const judgement::grammar::quantity_ast::Readings readings = read_quantity(text);
  if (readings.change || readings.range) return false;
  if (!readings.figure) return true;
  const auto& figure = readings.figure->ast;
  return !figure.qualifier && !figure.bound.unit && !figure.bound.amount.pounds && !figure.bound.amount.word;
}

std::string capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string upper(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

}  // namespace

TEST_CASE("may_read_quantity: where it says no, read_quantity reads no quantity (assembled text)",
          "[quantities][grammar]") {
  std::vector<std::string> openings = {"5", "12", "2019", "65,000", "24.5", "1,23", "0", "007", "1.2.3",
                                       "123456789012345678901234", "\u00a35"};
  for (std::string_view word : quantity_opening_words()) {
    openings.emplace_back(word);
    openings.push_back(capitalised(word));
    openings.push_back(upper(word));
  }
  const std::vector<std::string> separators = {"", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "-",
                                               "\u2013", std::string(200, ' ')};
  std::vector<std::string> followers = {
      "children", "child", "care leavers", "looked after children", "weeks", "week", "years old",
      "year-olds", "days", "working days", "Working days", "Calendar days", "School days", "Clear days",
      "Consecutive days", "per cent", "Per cent", "PER CENT", "percent", "Percent", "percentage points",
      "Percentage points", "per 10,000", "Per 10,000", "%", "of Her Majesty's Inspectors", "Of Her Majesty's Inspectors",
      "Her Majesty's Inspectors", "His Majesty\u2019s Inspectors", "HMI", "Hmis", "Ofsted inspectors",
      "OFSTED inspectors", "to 30", "To 30", "TO 30 children", "- 30 children", "million", "Million children",
      "Hundred", "Thousand", "BILLION", "m", "bn", "k", "The", "the", "March 2019", "May", "Medway",
      "many as 5", "Many as 5", "few as 5", "than 5", "Than 20 children", "excess of 5", "least 5",
      "most 5", "over 5", "Under 5", "five", "Five", "twenty-five children", "FIVE", ".", ",", ")", "(",
      "/20", ":30", "+", ".5", ",000", "\u00a35", "\u00a3", "5", "and 7 children", "And 7", "é", "x",
      "Year 6", "per", "of", "and", "to", "are", "is", "live in", "the", "in", "at", "who", "years",
      "hours", "times", "old", "cent", "hundred", "thousand", "half", "thirds", "her", "his", "hmi",
      "hmis", "ofsted inspectors", "over", "under", "after", "looked after children", "staff",
      "children's homes", "parents' views", "and-or", "minutes", "month", "fortnight", "decade"};
  for (std::string_view word : quantity_opening_words()) followers.emplace_back(word);
  std::size_t refused = 0;
  for (const std::string& opening : openings) {
    for (const std::string& separator : separators) {
      for (const std::string& follower : followers) {
        const std::string text = opening + separator + follower + " children";
        if (may_read_quantity(text)) continue;
        ++refused;
        INFO(text);
        REQUIRE(reads_no_quantity(text));
      }
    }
  }
  CHECK(refused > 1000);
}

TEST_CASE("may_read_quantity: where it says no, read_quantity reads no quantity (every word of the fixtures)",
          "[quantities][grammar]") {
  using judgement::grammar::date_text::is_ascii_letter;
  using judgement::grammar::date_text::is_digit;
  using judgement::grammar::date_text::word_before;
  for (const std::string& name : fixtures::document_names()) {
    INFO(name);
    const std::string text = fixtures::read(name);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!(is_digit(text[i]) || is_ascii_letter(text[i])) || word_before(text, i)) continue;
      const std::string_view rest = std::string_view(text).substr(i);
      if (may_read_quantity(rest)) continue;
      INFO(rest.substr(0, 40));
      REQUIRE(reads_no_quantity(rest));
    }
  }
}

TEST_CASE("may_read_quantity: most numbers and opening words of a report are passed over", "[quantities][grammar]") {
  // What a report's paragraph numbers, dates, years and common words look like: no reading.
  for (std::string_view text : {"12. Children are safe.", "3.14 Children", "2019/20", "15 March 2019",
                                "in the area", "from the start", "at the same time", "as well as", "about their",
                                "within the service", "more effective", "between them", "5 (", "2019, the",
                                "12\tchildren", "up until now", "over the year", "at 31 March", "in 2013",
                                "as one carer said", "in one area", "in most cases", "well to", "5 and 6",
                                "2 are", "3 live in", "about this", "from this"}) {
    INFO(text);
    CHECK_FALSE(may_read_quantity(text));
  }
  // Where a quantity may start, the grammar is asked.
  for (std::string_view text : {"5 children", "12 To 14", "5 Million", "75%", "26-week", "20 \u2013 30",
                                "over 5", "in excess of 300", "as many as", "up to 25", "from \u00a33m",
                                "between five and six", "\u00a35", "five", "One", "5 Working days",
                                "2 HMI", "5 Per cent", "5 Of Her", "over\u00a35", "12 of Her Majesty's",
                                "5 to 6", "5 days", "5 per cent", "5 hundred", "5 hours", "about thirty"}) {
    INFO(text);
    CHECK(may_read_quantity(text));
  }
}
