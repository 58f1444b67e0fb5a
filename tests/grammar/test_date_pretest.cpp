// may_read_date, the test of a few instructions the date finder makes before it reads at a
// number or an opening word: where it says no, read_date reads nothing at all there (no
// reading, valid or not, so the scan neither finds nor skips anything), which is what keeps the
// finder's output the same. Checked against read_date on text assembled from every kind of
// start and what can follow it, on random sequences of date tokens, and at every word of the
// fixtures; and it must say no where most numbers of a report stand, or it saves nothing.
#include <catch2/catch.hpp>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "fixtures/fixtures.hpp"
#include "grammar/date_ast.hpp"
#include "grammar/date_finder.hpp"
#include "grammar/date_grammar.hpp"

using judgement::grammar::date_opening_words;
using judgement::grammar::find_dates;
using judgement::grammar::may_read_date;
using judgement::grammar::read_date;
using judgement::grammar::date_text::is_ascii_letter;
using judgement::grammar::date_text::is_digit;
using judgement::grammar::date_text::word_before;

namespace {

bool reads_nothing(std::string_view text) {
  const judgement::grammar::date_ast::Readings r = read_date(text);
  return !r.day_list && !r.between && !r.month_first && !r.numeric && !r.year_pair && !r.coarse;
}

// Checks the promise at every position of `text` where the finder could start an attempt (a
// digit or a letter not glued to a word before it); returns how many it refused.
std::size_t check_every_start(std::string_view text) {
  std::size_t refused = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!(is_digit(text[i]) || is_ascii_letter(text[i])) || word_before(text, i)) continue;
    const std::string_view rest = text.substr(i);
    if (may_read_date(rest)) continue;
    ++refused;
    INFO(std::string(rest.substr(0, 60)));
    REQUIRE(reads_nothing(rest));
  }
  return refused;
}

std::string upper(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

// What can stand after a number in a date, and what stands after one in prose.
std::vector<std::string> followers() {
  std::vector<std::string> out = {
      "to",       "To",     "TO",      "until",    "till",       "through", "and",   "And",      "of",
      "Of",       "term",   "between", "&",        ",",          ", and",   "-",     "\u2010",   "\u2013",
      "\u2014",   "\u2212", "\u2500",  "%",        ".",          ". A",     "/",     ":",        ")",
      "(",        "+",      "pupils",  "per cent", "children",   "year",    "years", "months",   "weeks",
      "days",     "mayor",  "Junes",   "June2019", "June\u00e9", "Jun.",    "Sept.", "march",    "th",
      "st",       "nd",     "rd",      "5",        "12",         "2019",    "12015", "/03/2014", ".03.14",
      "-03-2014", "/3/14",  "/10,000", "/7",       ".5%",        ",000",    ".1.2",  "-1-",      "//",
      "..",       "1",      "9 June",  "a",        "toe",        "ands",    "offer", "",
  };
  for (std::string_view word : date_opening_words()) {
    out.emplace_back(word);
    out.push_back(upper(word));
  }
  return out;
}

}  // namespace

TEST_CASE("may_read_date: where it says no, read_date reads nothing (assembled text)", "[dates][grammar]") {
  const std::vector<std::string> numbers = {
      "0",   "1",   "5",   "9",   "07",  "12",  "25",    "31",  "45",   "99",   "8th",   "1st",    "22nd",
      "3RD", "8Th", "1 9", "2 5", "3 1", "4 5", "1 9th", "123", "2019", "0300", "12345", "65,000", "24.5"};
  const std::vector<std::string> blanks = {"",
                                           " ",
                                           "  ",
                                           "\t",
                                           "\n",
                                           "\u00a0",
                                           "\u2009",
                                           "\u202f",
                                           std::string(128, ' '),
                                           std::string(129, ' '),
                                           std::string(200, ' ')};
  const std::vector<std::string> tails = {"",         " 2019",         " June 2019",
                                          " 12 June", " 14 June 2019", " and 14 June 2019"};
  std::size_t refused = 0;
  for (const std::string& number : numbers) {
    for (const std::string& blank : blanks) {
      for (const std::string& follower : followers()) {
        for (const std::string& tail : tails) {
          const std::string text = number + blank + follower + tail;
          if (may_read_date(text)) continue;
          ++refused;
          INFO(text);
          REQUIRE(reads_nothing(text));
        }
      }
    }
  }
  CHECK(refused > 10000);
}

TEST_CASE("may_read_date: where it says no, read_date reads nothing (random sequences of date tokens)",
          "[dates][grammar]") {
  std::vector<std::string> tokens = followers();
  for (const char* number : {"1", "3", "5", "12", "19", "25", "30", "31", "40", "8th", "21st", "2014", "2019",
                             "2019/20", "2014-15", "12/06/2019", "1.6.19", "25%", "65,000"}) {
    tokens.emplace_back(number);
  }
  const std::vector<std::string> blanks = {
      "", " ", " ", " ", "  ", "\n", "\u00a0", ", ", std::string(130, ' ')};
  std::mt19937 random(20261208);  // fixed: the same texts on every run
  std::uniform_int_distribution<std::size_t> token(0, tokens.size() - 1);
  std::uniform_int_distribution<std::size_t> blank(0, blanks.size() - 1);
  std::uniform_int_distribution<int> length(1, 8);
  std::size_t refused = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (int k = length(random); k > 0; --k) text += tokens[token(random)] + blanks[blank(random)];
    refused += check_every_start(text);
  }
  CHECK(refused > 10000);
}

TEST_CASE("may_read_date: where it says no, read_date reads nothing (every word of the fixtures)",
          "[dates][grammar]") {
  for (const std::string& name : fixtures::document_names()) {
    INFO(name);
    check_every_start(fixtures::read(name));
  }
}

TEST_CASE("may_read_date: a number that nothing of a date follows is passed over", "[dates][grammar]") {
  // A number before a word that goes on no day list, a percentage, a paragraph or decimal number
  // that is no numeric date, a number alone or before a bracket: no reading at all.
  for (std::string_view text : {"25 pupils",    "5 children", "12 months",     "3 are",
                                "25%",          "5%",         "7%)",           "18. A",
                                "24.5%",        "3.1% Black", "2.4",           "15",
                                "3 ",           "12)",        "1) A service",  "16 (",
                                "65,000",       "60/10,000",  "2/3)",          "25\u00a0pupils",
                                "8th birthday", "1 9 pupils", "5\n\nChildren", "55 mayor"}) {
    INFO(std::string(text));
    CHECK_FALSE(may_read_date(text));
    CHECK(reads_nothing(text));
  }
  // Where a day list or a numeric date may go on, the grammar is asked: a month, a dash, "to",
  // "and", ",", "&", "of", or a separator with another number and a year.
  for (std::string_view text :
       {"12 June", "12 JUNE 2019", "8th of May", "1 9 June", "5 to 6", "5 until 6", "25 and 26 June",
        "5, 6 and 7 June", "5 & 6 June", "16-25", "5 \u2013 6 July", "21/03/2014", "21.03.14", "1-3-2014",
        "12\u00a0Sept. 2019", "25 and over", "5 of the", "45-", "16, which"}) {
    INFO(std::string(text));
    CHECK(may_read_date(text));
  }
  // Words and years are left to the first-token test (may_start_date).
  for (std::string_view text : {"June 2019", "between 5 and 6 June", "summer term 2019", "Monday 5 June",
                                "2019", "0300", "may need"}) {
    INFO(std::string(text));
    CHECK(may_read_date(text));
  }
  CHECK_FALSE(may_read_date("pupils"));
  CHECK_FALSE(may_read_date("123 June"));
}

TEST_CASE("a number passed over leaves the dates around it to be found", "[dates][grammar]") {
  const std::string text = "Of 25 pupils, 5% left; 12 June 2019, 18. A visit 3 to 5 May 2020 and 21/03/2014.";
  std::vector<std::string> found;
  for (const auto& hit : find_dates(text)) found.push_back(text.substr(hit.begin, hit.end - hit.begin));
  CHECK(found == std::vector<std::string>{"12 June 2019", "3 to 5 May 2020", "21/03/2014"});
}
