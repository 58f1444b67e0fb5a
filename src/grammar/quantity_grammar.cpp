// The only translation unit that sees the quantity grammar: it instantiates the parser for
// `char const*` and runs each form that can start with the first token of the text.
#include "grammar/quantity_grammar.hpp"

#include <optional>

#include "grammar/quantity_grammar_def.hpp"

namespace judgement::grammar {

namespace {

namespace x3 = boost::spirit::x3;

// A reading ends on a token, but an optional separator that X3 tried and dropped may have
// pre-skipped the blanks after it; they are not part of the expression.
std::size_t trim_trailing_blanks(std::string_view text, std::size_t end) {
  for (;;) {
    if (end >= 1 && quantity_text::blank_at(text, end - 1) == 1) {
      --end;
    } else if (end >= 2 && quantity_text::blank_at(text, end - 2) == 2) {
      end -= 2;
    } else if (end >= 3 && quantity_text::blank_at(text, end - 3) == 3) {
      end -= 3;
    } else {
      return end;
    }
  }
}

template <class Ast, class Rule>
std::optional<quantity_ast::Reading<Ast>> read(std::string_view text, Rule const& rule) {
  char const* const begin = text.data();
  char const* first = begin;
  quantity_ast::Reading<Ast> reading;
  if (!x3::phrase_parse(first, begin + text.size(), rule, quantity_parser::skipper, reading.ast,
                        x3::skip_flag::dont_post_skip)) {
    return std::nullopt;
  }
  reading.length = trim_trailing_blanks(text, static_cast<std::size_t>(first - begin));
  if (reading.length == 0) return std::nullopt;
  return reading;
}

// A figure that starts with a qualifier phrase ("over 40 children", "as many as 55"): what the
// figure rule reads, with the phrase matched once, by match_qualifier (the figure rule's own
// qualifier token would match it again), and then the bound it qualifies.
void read_qualified_figure(std::string_view text, quantity_ast::Readings& readings) {
  using namespace quantity_parser;
  auto const [length, kind] = match_qualifier(text);
  if (length == 0) return;
  auto const qualified = read<quantity_ast::Bound>(text.substr(length), bound);
  if (!qualified) return;
  readings.figure = quantity_ast::Reading<quantity_ast::Figure>{{kind, qualified->ast}, length + qualified->length};
}

// A figure, and a range where one can follow it. Without a qualifier (the text starts with a
// number or "£"), a figure is one bound, the bound a range starts with: a range is read only
// where the figure parses and "to" or a dash follows it, so that the bound is not read twice
// for the many numbers that start no range.
void read_figure_or_range(std::string_view text, quantity_ast::Readings& readings) {
  using namespace quantity_parser;
  readings.figure = read<quantity_ast::Figure>(text, figure);
  if (!readings.figure) return;
  std::size_t const end = readings.figure->length;
  std::size_t const at = end + gap_at(text, end);
  if (keyword_at(text, at, key_of("to")) != 0 || date_text::dash_at(text, at) != 0) {
    readings.range = read<quantity_ast::Range>(text, dash_range);
  }
}

// Where the digits of a number at text[0] end, with their thousands separators and decimal
// point ("65,000", "24.5"): where amount_parser ends the number if it reads it at all, before a
// multiplier.
std::size_t digits_end(std::string_view text) noexcept {
  std::size_t e = 0;
  while (e < text.size() && date_text::is_digit(text[e])) ++e;
  while (e + 1 < text.size() && (text[e] == '.' || text[e] == ',') && date_text::is_digit(text[e + 1])) {
    e += 2;
    while (e < text.size() && date_text::is_digit(text[e])) ++e;
  }
  return e;
}

// Whether the lower-case word `text` starts with ends what the grammar reads after a number
// before it: a stop word (where a noun phrase ends before its head) that is no multiplier, no
// word a unit starts with, no unit of time and not the "to" of a range ("12 of", "5 and 6",
// "2 are"). Read as the noun parser reads it.
bool ends_number(std::string_view text) noexcept {
  using namespace quantity_parser;
  if (!stop_words.may_start(text)) return false;
  NounWord const word = read_noun_word(text);
  return !word.key.empty() && stop_words.contains(word.key) && !after_number_words.contains(word.key) &&
         !duration_words.contains(word.key);
}

// Whether what stands at text[at] can go on an expression after a number: "%" or a dash
// (a unit, a range, "26-week"), or after one blank a lower-case word (a noun, a unit of time)
// that does not end it, or a word of after_number_words in any case.
bool may_follow_number(std::string_view text, std::size_t at) noexcept {
  using namespace quantity_parser;
  if (at >= text.size()) return false;
  if (text[at] == '%' || date_text::dash_at(text, at) != 0) return true;
  std::size_t const gap = gap_at(text, at);
  if (gap == 0) return false;
  at += gap;
  if (at >= text.size()) return false;
  char const c = text[at];
  if (c == '%' || date_text::dash_at(text, at) != 0) return true;
  if (c >= 'a' && c <= 'z') return !ends_number(text.substr(at));
  return c >= 'A' && c <= 'Z' && after_number_words.may_start(text.substr(at));
}

}  // namespace

bool may_read_quantity(std::string_view text) noexcept {
  using namespace quantity_parser;
  if (text.empty()) return false;
  char const first = text.front();
  if (date_text::is_digit(first)) return may_follow_number(text, digits_end(text));
  if (!date_text::is_ascii_letter(first)) return true;  // "£", read in full
  std::uint32_t const follows = opening_followers.of(text);
  if ((follows & OpeningFollowers::kAnything) != 0) return true;
  std::size_t end = 1;
  while (end < text.size() && date_text::is_ascii_letter(text[end])) ++end;
  std::size_t const at = end + gap_at(text, end);
  if (at >= text.size()) return false;
  char const c = text[at];
  if (date_text::is_digit(c) || quantity_text::pound_at(text, at)) return (follows & OpeningFollowers::kAmount) != 0;
  return date_text::is_ascii_letter(c) && (follows >> letter_code(c) & 1U) != 0 &&
         after_opening_words.find_at(text.substr(at)).has_value();
}

bool may_start_quantity(std::string_view text) noexcept {
  if (text.empty()) return false;
  if (date_text::is_digit(text.front()) || quantity_text::pound_at(text, 0)) return true;
  return quantity_parser::openings.may_start(text) &&
         quantity_parser::openings.contains(quantity_parser::read_word(text).key);
}

std::vector<std::string_view> quantity_opening_words() {
  std::vector<std::string_view> words;
  for (auto const& [word, value] : quantity_parser::kNumberWords) words.push_back(word);
  for (quantity_parser::QualifierPhrase const& phrase : quantity_parser::kQualifiers) words.push_back(phrase.first_word);
  words.push_back("from");
  words.push_back("between");
  return words;
}

bool is_number_word(std::string_view word) noexcept {
  auto const read = quantity_parser::read_number_word(word);
  return read && read->second == word.size();
}

quantity_ast::Readings read_quantity(std::string_view text) {
  using namespace quantity_parser;
  quantity_ast::Readings readings;
  if (text.empty()) return readings;

  // The first token says which forms can apply; trying only those keeps a scan that calls
  // this at every candidate cheap.
  if (date_text::is_digit(text.front()) || quantity_text::pound_at(text, 0)) {
    read_figure_or_range(text, readings);
    return readings;
  }
  std::optional<Opening> const opening = openings.find(read_word(text).key);
  if (!opening) return readings;
  switch (*opening) {
    case Opening::number:
      read_figure_or_range(text, readings);
      break;
    case Opening::qualifier:
      read_qualified_figure(text, readings);
      break;
    case Opening::from:
      readings.change = read<quantity_ast::Change>(text, change);
      break;
    case Opening::between:
      readings.range = read<quantity_ast::Range>(text, between_range);
      break;
  }
  return readings;
}

}  // namespace judgement::grammar
