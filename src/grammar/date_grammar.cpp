// The only translation unit that sees the date grammar: it instantiates the parser for
// `char const*` and runs each form that can start with the first token of the text.
#include "grammar/date_grammar.hpp"

#include <optional>

#include "grammar/date_grammar_def.hpp"

namespace judgement::grammar {

namespace {

namespace x3 = boost::spirit::x3;

// A reading ends on a token, but an optional separator that X3 tried and dropped may have
// pre-skipped the blanks after it; they are not part of the expression.
std::size_t trim_trailing_blanks(std::string_view text, std::size_t end) {
  for (;;) {
    if (end >= 1 && date_text::blank_at(text, end - 1) == 1) {
      --end;
    } else if (end >= 2 && date_text::blank_at(text, end - 2) == 2) {
      end -= 2;
    } else if (end >= 3 && date_text::blank_at(text, end - 3) == 3) {
      end -= 3;
    } else {
      return end;
    }
  }
}

template <class Ast, class Rule>
std::optional<date_ast::Reading<Ast>> read(std::string_view text, Rule const& rule) {
  char const* const begin = text.data();
  char const* first = begin;
  date_ast::Reading<Ast> reading;
  if (!x3::phrase_parse(first, begin + text.size(), rule, date_parser::skipper, reading.ast,
                        x3::skip_flag::dont_post_skip)) {
    return std::nullopt;
  }
  reading.length = trim_trailing_blanks(text, static_cast<std::size_t>(first - begin));
  if (reading.length == 0) return std::nullopt;
  return reading;
}

template <class Parser>
bool starts_with(std::string_view text, Parser const& parser) {
  char const* first = text.data();
  return x3::phrase_parse(first, text.data() + text.size(), parser, date_parser::skipper, x3::unused,
                          x3::skip_flag::dont_post_skip);
}

std::size_t leading_digits(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && digits < 5 && date_text::is_digit(text[digits])) ++digits;
  return digits;
}

std::optional<date_parser::Opening> opening_of(std::string_view text) {
  if (!date_parser::openings.may_start(text)) return std::nullopt;
  date_parser::Word const word = date_parser::read_word(text);
  if (word.length == 0) return std::nullopt;
  return date_parser::openings.find(word.key);
}

}  // namespace

bool may_start_date(std::string_view text) noexcept {
  if (text.empty()) return false;
  if (date_text::is_digit(text.front())) {
    std::size_t const digits = leading_digits(text);
    return digits <= 2 || digits == 4;
  }
  return opening_of(text).has_value();
}

std::vector<std::string_view> date_opening_words() {
  std::vector<std::string_view> words;
  for (auto const& [word, month] : date_parser::kMonthWords) words.push_back(word);
  for (std::string_view const word : date_parser::kWeekdayWords) words.push_back(word);
  for (auto const& [word, season] : date_parser::kSeasonWords) words.push_back(word);
  words.push_back("between");
  return words;
}

date_ast::Readings read_date(std::string_view text) {
  using namespace date_parser;
  date_ast::Readings readings;
  if (text.empty()) return readings;

  // The first token says which forms can apply; trying only those keeps a scan that calls
  // this at every word cheap on text that is mostly not dates.
  if (date_text::is_digit(text.front())) {
    std::size_t const digits = leading_digits(text);
    if (digits <= 2) {
      if (starts_with(text, day_list_start)) readings.day_list = read<date_ast::DayList>(text, day_list);
      char const separator = digits < text.size() ? text[digits] : '\0';
      if (separator == '/' || separator == '.' || separator == '-') {
        readings.numeric = read<date_ast::NumericRange>(text, numeric_range);
      }
    } else if (digits == 4) {
      readings.year_pair = read<date_ast::YearPair>(text, year_pair);
      readings.coarse = read<date_ast::CoarseRange>(text, coarse_range);
    }
    return readings;
  }

  std::optional<Opening> const opening = opening_of(text);
  if (!opening) return readings;
  switch (*opening) {
    case Opening::weekday:
      readings.day_list = read<date_ast::DayList>(text, day_list);
      readings.numeric = read<date_ast::NumericRange>(text, numeric_range);
      readings.month_first = read<date_ast::MonthFirst>(text, month_first);
      break;
    case Opening::month:
      readings.month_first = read<date_ast::MonthFirst>(text, month_first);
      readings.coarse = read<date_ast::CoarseRange>(text, coarse_range);
      break;
    case Opening::season:
      readings.coarse = read<date_ast::CoarseRange>(text, coarse_range);
      break;
    case Opening::between:
      readings.between = read<date_ast::Between>(text, between);
      readings.coarse = read<date_ast::CoarseRange>(text, coarse_between);
      break;
  }
  return readings;
}

}  // namespace judgement::grammar
