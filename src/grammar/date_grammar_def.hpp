// The grammar of date expressions. Included only by date_grammar.cpp. Attributes build the
// AST; there are no semantic actions. Tokens (days, years, names, blanks) are small hand-written
// parsers rather than X3 compositions so that each decides exactly where a word or a number
// ends, which is most of what separates a date from the text around it ("12Junes", "2015%",
// "1,200"), and so that none reads more than a few bytes.
#ifndef JUDGEMENT_SRC_GRAMMAR_DATE_GRAMMAR_DEF_HPP
#define JUDGEMENT_SRC_GRAMMAR_DATE_GRAMMAR_DEF_HPP

#include <algorithm>
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "grammar/date_ast.hpp"
#include "grammar/date_ast_adapted.hpp"
#include "grammar/date_grammar.hpp"
#include "grammar/open_index.hpp"

namespace judgement::grammar::date_parser {

namespace x3 = boost::spirit::x3;
using date_text::blank_at;
using date_text::is_ascii_letter;
using date_text::is_digit;
using date_text::word_at;

// ---------------------------------------------------------------------------------------------
// Keyword tables

/// The letters of a word of at most 12 ASCII letters, case folded, packed five bits to a
/// letter: a word compares as one integer, which matters because the finder looks up the
/// first word of every candidate in running text.
using WordKey = std::uint64_t;

/// The key of `word` (ASCII letters only, at most 12), 0 for anything else.
constexpr WordKey word_key(std::string_view word) noexcept {
  if (word.empty() || word.size() > 12) return 0;
  WordKey key = 0;
  for (char const c : word) {
    if (!is_ascii_letter(c)) return 0;
    key = key << 5 | static_cast<WordKey>((c | 0x20) - 'a' + 1);
  }
  return key;
}

/// Words of one kind, any case. A look-up is a probe of a hash index (the finders look up the
/// first word of every candidate in running text); the entries stay sorted by key.
template <class T>
class WordTable {
 public:
  using value_type = T;

  /// False when no word of the table starts as `text` does (its first three letters, or all
  /// of a shorter word): a test of a few instructions before a word is read and looked up.
  [[nodiscard]] bool may_start(std::string_view text) const noexcept {
    if (text.empty() || !is_ascii_letter(text[0])) return true;
    std::size_t const k = start_index(text);
    return (starts_[k / 64] >> (k % 64) & 1U) != 0;
  }

  [[nodiscard]] std::optional<T> find(WordKey key) const noexcept {
    if (index_.empty()) return std::nullopt;
    std::size_t const mask = index_.size() - 1;
    for (std::size_t s = slot_of(key) & mask;; s = (s + 1) & mask) {
      std::uint16_t const e = index_[s];
      if (e == 0) return std::nullopt;
      if (entries_[e - 1U].first == key) return entries_[e - 1U].second;
    }
  }

 protected:
  void add(std::string_view word, T value) {
    if (!word.empty() && is_ascii_letter(word[0])) mark_start(word);
    WordKey const key = word_key(word);
    auto const it = std::lower_bound(entries_.begin(), entries_.end(), key,
                                     [](auto const& entry, WordKey k) { return entry.first < k; });
    entries_.emplace(it, key, value);
    reindex();
  }

 private:
  static std::size_t slot_of(WordKey key) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 40);
  }

  // Open addressing, at most a quarter full: entry index + 1 per slot, 0 for none. Rebuilt as
  // each word is added, which happens only while a table is made.
  void reindex() { index_ = open_index(entries_, [](WordKey const& key) { return slot_of(key); }); }

  static unsigned letter_index(char c) noexcept { return static_cast<unsigned>((c | 0x20) - 'a' + 1); }
  // The first three letters of the word `text` starts with (0 past its end), as one number.
  static std::size_t start_index(std::string_view text) noexcept {
    std::size_t k = letter_index(text[0]);
    unsigned second = 0, third = 0;
    if (text.size() > 1 && is_ascii_letter(text[1])) {
      second = letter_index(text[1]);
      if (text.size() > 2 && is_ascii_letter(text[2])) third = letter_index(text[2]);
    }
    return (k * 27 + second) * 27 + third;
  }
  void mark_start(std::string_view word) noexcept {
    std::size_t const k = start_index(word);
    starts_[k / 64] |= std::uint64_t{1} << (k % 64);
  }

  std::vector<std::pair<WordKey, T>> entries_;
  std::vector<std::uint16_t> index_;
  std::uint64_t starts_[27 * 27 * 27 / 64 + 1] = {};  // a bit per start_index of a word
};

// The spellings, shared by the table of each kind and the table of opening words.
inline constexpr std::pair<std::string_view, unsigned> kMonthWords[] = {
    {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
    {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1},     {"feb", 2},      {"mar", 3},       {"apr", 4},      {"jun", 6},       {"jul", 7},
    {"aug", 8},     {"sep", 9},      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12}};
inline constexpr std::string_view kWeekdayWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues",   "wed",     "thu",       "thur",     "thurs",  "fri",      "sat",    "sun"};
inline constexpr std::pair<std::string_view, date_ast::Season> kSeasonWords[] = {
    {"spring", date_ast::Season::spring},
    {"summer", date_ast::Season::summer},
    {"autumn", date_ast::Season::autumn},
    {"winter", date_ast::Season::winter}};

class MonthNames final : public WordTable<unsigned> {
 public:
  MonthNames() {
    for (auto const& [word, month] : kMonthWords) add(word, month);
  }
};

/// Weekdays carry no value: the date they precede says which day it is.
class WeekdayNames final : public WordTable<bool> {
 public:
  WeekdayNames() {
    for (std::string_view const word : kWeekdayWords) add(word, true);
  }
};

class SeasonNames final : public WordTable<date_ast::Season> {
 public:
  SeasonNames() {
    for (auto const& [word, season] : kSeasonWords) add(word, season);
  }
};

enum class Connective { to, and_, between, of, term };

class Connectives final : public WordTable<Connective> {
 public:
  Connectives() {
    add("to", Connective::to);
    add("until", Connective::to);
    add("till", Connective::to);
    add("through", Connective::to);
    add("and", Connective::and_);
    add("between", Connective::between);
    add("of", Connective::of);
    add("term", Connective::term);
  }
};

/// The words a date expression can start with, and which forms each can start.
enum class Opening { month, weekday, season, between };

class Openings final : public WordTable<Opening> {
 public:
  Openings() {
    for (auto const& [word, month] : kMonthWords) add(word, Opening::month);
    for (std::string_view const word : kWeekdayWords) add(word, Opening::weekday);
    for (auto const& [word, season] : kSeasonWords) add(word, Opening::season);
    add("between", Opening::between);
  }
};

inline MonthNames const month_names;
inline WeekdayNames const weekday_names;
inline SeasonNames const season_names;
inline Connectives const connectives;
inline Openings const openings;

/// Longer than any word in the tables; a longer run of letters is no keyword.
inline constexpr std::size_t kLongestWord = 9;

/// The whole ASCII word at the start of a text: its key, or 0 when the text does not start
/// with a word of at most kLongestWord letters, or the word runs on into digits or non-ASCII
/// letters ("June2019", "Juneé").
struct Word {
  WordKey key = 0;
  std::size_t length = 0;
};

inline Word read_word(std::string_view text) noexcept {
  Word word;
  std::size_t n = 0;
  while (n < text.size() && is_ascii_letter(text[n])) {
    if (n == kLongestWord) return {};
    word.key = word.key << 5 | static_cast<WordKey>((text[n] | 0x20) - 'a' + 1);
    ++n;
  }
  if (n == 0 || word_at(text, n)) return {};
  word.length = n;
  return word;
}

// ---------------------------------------------------------------------------------------------
// Tokens. Each skips blanks first, as X3 primitives do, but leaves the iterator where it was
// when it fails, so that an optional token that is absent does not make the blanks before it
// part of the expression.

template <class Iterator>
std::string_view rest_of(Iterator first, Iterator const& last) noexcept {
  static_assert(std::is_same_v<Iterator, char const*>, "the date grammar reads contiguous text");
  return {first, static_cast<std::size_t>(last - first)};
}

/// The blank between tokens: one run of at most date_text::kMaxGap bytes. It fails on an empty
/// run (X3 calls a skipper until it fails) and on a longer one, leaving it in place for the
/// next token to fail on.
struct gap_parser : x3::parser<gap_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    std::size_t const n = date_text::gap_at(rest_of(first, last), 0);
    if (n == 0 || n == std::string_view::npos) return false;
    first += n;
    return true;
  }
};

/// Whether a number ends at `text[i]`: not "152", "15th5", "15.5" or "1,200".
constexpr bool number_ends(std::string_view text, std::size_t i) noexcept {
  if (word_at(text, i)) return false;
  if (i < text.size() && (text[i] == '.' || text[i] == ',' || text[i] == ':')) {
    return !(i + 1 < text.size() && is_digit(text[i + 1]));
  }
  return true;
}

constexpr bool is_ordinal_suffix(char a, char b) noexcept {
  a = static_cast<char>(a | 0x20);
  b = static_cast<char>(b | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

/// A day of the month as written: one or two digits, an optional ordinal suffix ("8th"; any
/// of the four, since PDFs and typists get them wrong), or, because PDF conversion sometimes
/// splits a day's digits, "1 9" for 19 (a first digit 1 to 3 and one ASCII space). The value
/// is not checked against any month here.
struct day_parser : x3::parser<day_parser> {
  using attribute_type = unsigned;
  static bool const has_attribute = true;
  bool ordinal_only = false;  ///< for "8th of July": a bare "5 of July" is more often "item 5 of ..."

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::string_view const text = rest_of(it, last);
    auto const take = [&](std::size_t digits_end, unsigned value) {
      std::size_t end = digits_end;
      bool ordinal = false;
      if (end + 1 < text.size() && is_ordinal_suffix(text[end], text[end + 1])) {
        end += 2;
        ordinal = true;
      }
      if (ordinal_only && !ordinal) return false;
      if (!number_ends(text, end)) return false;
      first = it + end;
      x3::traits::move_to(value, attr);
      return true;
    };
    auto const digit = [&](std::size_t i) { return i < text.size() && is_digit(text[i]); };
    if (digit(0) && text[0] >= '1' && text[0] <= '3' && text.size() > 2 && text[1] == ' ' && digit(2) &&
        !digit(3)) {
      if (take(3, static_cast<unsigned>((text[0] - '0') * 10 + (text[2] - '0')))) return true;
    }
    if (!digit(0) || digit(2)) return false;
    if (digit(1)) return take(2, static_cast<unsigned>((text[0] - '0') * 10 + (text[1] - '0')));
    return take(1, static_cast<unsigned>(text[0] - '0'));
  }
};

/// A year: four digits from 1900 to 2099. Other four-digit numbers ("1200 children",
/// "3000") are quantities far more often than years.
struct year_parser : x3::parser<year_parser> {
  using attribute_type = unsigned;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::string_view const text = rest_of(it, last);
    if (text.size() < 4 || !is_digit(text[2]) || !is_digit(text[3])) return false;
    if (!((text[0] == '1' && text[1] == '9') || (text[0] == '2' && text[1] == '0'))) return false;
    if (word_at(text, 4)) return false;
    auto const value = static_cast<unsigned>((text[0] - '0') * 1000 + (text[1] - '0') * 100 +
                                             (text[2] - '0') * 10 + (text[3] - '0'));
    first = it + 4;
    x3::traits::move_to(value, attr);
    return true;
  }
};

/// From `min` to `max` digits, all of the run (a longer run is no match), not running on into
/// a letter.
struct digits_parser : x3::parser<digits_parser> {
  using attribute_type = date_ast::Digits;
  static bool const has_attribute = true;
  unsigned min = 1;
  unsigned max = 1;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::string_view const text = rest_of(it, last);
    date_ast::Digits digits;
    while (digits.length < text.size() && is_digit(text[digits.length])) {
      if (digits.length == max) return false;
      digits.value = digits.value * 10 + static_cast<unsigned>(text[digits.length] - '0');
      ++digits.length;
    }
    if (digits.length < min || word_at(text, digits.length)) return false;
    first = it + digits.length;
    x3::traits::move_to(digits, attr);
    return true;
  }
};

struct dash_parser : x3::parser<dash_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::size_t const n = date_text::dash_at(rest_of(it, last), 0);
    if (n == 0) return false;
    first = it + n;
    return true;
  }
};

/// A whole word found in `table`, any case, yielding its value. With `dot_before_number`, a
/// full stop after the word is part of it when a number follows ("Feb. 2019"), and left alone
/// otherwise, where it most likely ends a sentence.
template <class Table>
struct word_parser : x3::parser<word_parser<Table>> {
  using attribute_type = typename Table::value_type;
  static bool const has_attribute = true;
  Table const* table = nullptr;
  bool dot_before_number = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::string_view const text = rest_of(it, last);
    Word const word = read_word(text);
    if (word.length == 0) return false;
    std::optional<attribute_type> const value = table->find(word.key);
    if (!value) return false;
    std::size_t end = word.length;
    if (dot_before_number && end < text.size() && text[end] == '.') {
      std::size_t next = end + 1;
      while (std::size_t const b = blank_at(text, next)) {
        next += b;
        if (next > end + 1 + date_text::kMaxGap) break;
      }
      if (next < text.size() && is_digit(text[next])) ++end;
    }
    first = it + end;
    x3::traits::move_to(*value, attr);
    return true;
  }
};

/// A whole word that `table` gives the value `expected`, any case.
template <class Table>
struct keyword_parser : x3::parser<keyword_parser<Table>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  Table const* table = nullptr;
  typename Table::value_type expected{};

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    Word const word = read_word(rest_of(it, last));
    if (word.length == 0 || table->find(word.key) != expected) return false;
    first = it + word.length;
    return true;
  }
};

inline gap_parser const skipper{};
inline day_parser const day_{{}, false};
inline day_parser const ordinal_day_{{}, true};
inline year_parser const year_{};
inline digits_parser const day_digits{{}, 1, 2};
inline digits_parser const year_digits{{}, 2, 4};
inline dash_parser const dash_{};
inline word_parser<MonthNames> const month_{{}, &month_names, true};
inline word_parser<WeekdayNames> const weekday_{{}, &weekday_names, false};
inline word_parser<SeasonNames> const season_{{}, &season_names, false};

inline keyword_parser<Connectives> kw(Connective which) { return {{}, &connectives, which}; }

// ---------------------------------------------------------------------------------------------
// Phrases

/// The bounds that keep every reading short, and so a scan over "1 and 1 and 1 ..." fast:
/// "5, 12, 19 and 26 March" has four periods in one group, "... 2024 and 13 to 16 January
/// 2025" two groups; six days of one month listed one by one is the most reports were seen to
/// give.
inline constexpr int kMaxLeadingPeriods = 5;
inline constexpr int kMaxGroups = 6;

inline auto const range_sep = dash_ | kw(Connective::to);
inline auto const list_sep = (x3::lit(',') >> -kw(Connective::and_)) | kw(Connective::and_) | x3::lit('&');
inline auto const weekday_prefix = x3::omit[-(weekday_ >> -x3::lit(','))];
inline auto const day_number = (ordinal_day_ >> kw(Connective::of)) | day_;
inline auto const season_term = season_ >> x3::omit[-kw(Connective::term)];
inline auto const no_number = x3::attr(std::optional<unsigned>());
inline auto const no_season = x3::attr(std::optional<date_ast::Season>());
inline auto const no_digits = x3::attr(std::optional<date_ast::Digits>());

x3::rule<class day_bare_class, date_ast::Day> const day_bare = "day";
x3::rule<class day_with_month_class, date_ast::Day> const day_with_month = "day and month";
x3::rule<class period_bare_class, date_ast::Period> const period_bare = "days";
x3::rule<class period_with_month_class, date_ast::Period> const period_with_month = "days and month";
x3::rule<class leading_periods_class, std::vector<date_ast::Period>> const leading_periods = "days and";
x3::rule<class listed_day_class, date_ast::Day> const listed_day = "listed day and month";
x3::rule<class listed_period_class, date_ast::Period> const listed_period = "listed days and month";
x3::rule<class period_group_class, date_ast::PeriodGroup> const period_group = "periods";
x3::rule<class day_list_class, date_ast::DayList> const day_list = "dates";
x3::rule<class between_class, date_ast::Between> const between = "between dates";
x3::rule<class month_first_class, date_ast::MonthFirst> const month_first = "month, day and year";
x3::rule<class numeric_date_class, date_ast::Numeric> const numeric_date = "numeric date";
x3::rule<class numeric_range_class, date_ast::NumericRange> const numeric_range = "numeric dates";
x3::rule<class year_pair_class, date_ast::YearPair> const year_pair = "academic year";
x3::rule<class coarse_with_year_class, date_ast::Coarse> const coarse_with_year = "month, season or year";
x3::rule<class coarse_bare_class, date_ast::Coarse> const coarse_bare = "month or season";
x3::rule<class coarse_range_class, date_ast::CoarseRange> const coarse_range = "months, seasons or years";
x3::rule<class coarse_between_class, date_ast::CoarseRange> const coarse_between = "between months or years";

auto const day_bare_def = weekday_prefix >> day_ >> no_number >> no_number;
auto const day_with_month_def = weekday_prefix >> day_number >> month_ >> -year_;
auto const period_bare_def = day_bare >> -(range_sep >> day_bare);
// A span names its month at least at its end; "30 June - 2 July" names it at both.
auto const period_with_month_def =
    (day_with_month >> -(range_sep >> day_with_month)) | (day_bare >> range_sep >> day_with_month);
// Only the last period of a group is sure to name a month; the ones before borrow it.
auto const leading_periods_def = x3::repeat(0, kMaxLeadingPeriods)[period_bare >> list_sep];
// The last period of a list may say "of" after a bare day: "15 and 16 of May 2018". Taken only
// where a look-ahead (which fills no attribute) has seen the whole of it, so that the other
// reading starts from an empty group.
auto const listed_day_def = weekday_prefix >> day_ >> x3::omit[kw(Connective::of)] >> month_ >> -year_;
auto const listed_period_def = listed_day >> x3::attr(std::optional<date_ast::Day>());
inline auto const listed_leading = x3::repeat(1, kMaxLeadingPeriods)[period_bare >> list_sep];
auto const period_group_def =
    (&x3::omit[listed_leading >> day_ >> kw(Connective::of) >> month_] >> leading_periods >> listed_period) |
    (leading_periods >> period_with_month);
auto const day_list_def = period_group >> x3::repeat(0, kMaxGroups - 1)[list_sep >> period_group];
auto const between_def = kw(Connective::between) >> (day_with_month | day_bare) >>
                         kw(Connective::and_) >> day_with_month;
auto const month_first_def = weekday_prefix >> month_ >> day_ >> -(range_sep >> day_) >>
                             -x3::lit(',') >> year_;
// One separator throughout: "21/03.2014" is not a date.
auto const numeric_date_def =
    weekday_prefix >> x3::lexeme[(day_digits >> '/' >> day_digits >> '/' >> year_digits) |
                                 (day_digits >> '.' >> day_digits >> '.' >> year_digits) |
                                 (day_digits >> '-' >> day_digits >> '-' >> year_digits)];
auto const numeric_range_def = numeric_date >> -(range_sep >> numeric_date);
auto const year_pair_def = year_ >> (x3::lit('/') | dash_) >> year_digits;
auto const coarse_with_year_def =
    (month_ >> no_season >> year_ >> no_digits) |
    (no_number >> season_term >> year_ >> -((x3::lit('/') | dash_) >> year_digits)) |
    (no_number >> no_season >> year_ >> no_digits);
auto const coarse_bare_def =
    (month_ >> no_season >> no_number >> no_digits) | (no_number >> season_term >> no_number >> no_digits);
auto const coarse_range_def =
    (coarse_with_year >> -(range_sep >> coarse_with_year)) | (coarse_bare >> range_sep >> coarse_with_year);
auto const coarse_between_def = kw(Connective::between) >> (coarse_with_year | coarse_bare) >>
                                kw(Connective::and_) >> coarse_with_year;

// What read_date checks before trying a whole day list, since most numbers in running text
// start no date: a day list goes on from its first day with a month, a dash or a joining word.
// may_read_date (date_grammar.cpp) tests the same by hand, without a parse, and must change
// with it.
inline auto const day_list_start = day_ >> (x3::omit[month_] | range_sep | list_sep | kw(Connective::of));

BOOST_SPIRIT_DEFINE(day_bare, day_with_month, period_bare, period_with_month, leading_periods, listed_day,
                    listed_period, period_group,
                    day_list, between, month_first, numeric_date, numeric_range, year_pair, coarse_with_year,
                    coarse_bare, coarse_range, coarse_between)

}  // namespace judgement::grammar::date_parser

#endif
