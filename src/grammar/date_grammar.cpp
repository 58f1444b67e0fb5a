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

// Where the next token after text[at] starts, as the skipper leaves it (date_text::gap_at).
// npos past a longer run, before which every token fails (a token does not skip a blank the
// skipper left).
std::size_t next_token(std::string_view text, std::size_t at) {
  std::size_t const n = date_text::gap_at(text, at);
  return n == std::string_view::npos ? n : at + n;
}

// Whether day_list_start can parse at the start of `text`, a number of one or two digits: a
// day there (day_ itself decides where it ends: "8th", "1 9", not "65,000") and after it a
// month, a dash or "to" (range_sep), ",", "and" or "&" (list_sep), or "of". The words are the
// grammar's tables, each read whole as its parsers read it (read_word).
bool may_follow_day(std::string_view text) {
  using namespace date_parser;
  char const* first = text.data();
  unsigned day = 0;
  if (!x3::parse(first, text.data() + text.size(), day_, day)) return false;
  std::size_t const at = next_token(text, static_cast<std::size_t>(first - text.data()));
  if (at >= text.size()) return false;
  char const c = text[at];
  if (c == ',' || c == '&' || date_text::dash_at(text, at) != 0) return true;
  std::string_view const rest = text.substr(at);
  if (!month_names.may_start(rest) && !connectives.may_start(rest)) return false;
  Word const word = read_word(rest);
  if (word.length == 0) return false;
  if (month_names.find(word.key)) return true;
  std::optional<Connective> const connective = connectives.find(word.key);
  return connective == Connective::to || connective == Connective::and_ || connective == Connective::of;
}

// Whether numeric_date can parse at the start of `text` (a number of `digits` digits, one or
// two): the same separator after it and after a second number of one or two digits, then a
// digit of the year.
bool may_be_numeric(std::string_view text, std::size_t digits) {
  if (digits >= text.size()) return false;
  char const separator = text[digits];
  if (separator != '/' && separator != '.' && separator != '-') return false;
  std::size_t at = digits + 1;
  std::size_t const second = at;
  while (at < text.size() && at - second <= 2 && date_text::is_digit(text[at])) ++at;
  if (at == second || at - second > 2) return false;
  return at + 1 < text.size() && text[at] == separator && date_text::is_digit(text[at + 1]);
}

}  // namespace

bool may_read_date(std::string_view text) noexcept {
  if (text.empty() || !date_text::is_digit(text.front())) return may_start_date(text);
  std::size_t const digits = leading_digits(text);
  if (digits <= 2) return may_follow_day(text) || may_be_numeric(text, digits);
  return digits == 4;
}

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
