#include "recognise/findings_timeframe.hpp"

#include <algorithm>
#include <utility>

namespace judgement::detail {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return is_letter(c) || is_digit(c); }

// `word` (lower case) at `at` in either case, ending at a word boundary: the offset after it, or npos.
std::size_t word_at(std::string_view s, std::size_t at, std::string_view word) {
  if (at > s.size() || s.size() - at < word.size()) return std::string_view::npos;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = s[at + k];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != word[k]) return std::string_view::npos;
  }
  const std::size_t end = at + word.size();
  if (end < s.size() && is_word_char(s[end])) return std::string_view::npos;
  return end;
}

std::size_t skip_spaces(std::string_view s, std::size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '\t')) ++at;
  return at;
}

// One or more spaces, then `word`.
std::size_t spaced_word_at(std::string_view s, std::size_t at, std::string_view word) {
  const std::size_t from = skip_spaces(s, at);
  if (from == at) return std::string_view::npos;
  return word_at(s, from, word);
}

constexpr std::pair<std::string_view, int> number_words[] = {
    {"twenty-four", 24}, {"twenty four", 24}, {"thirty-six", 36}, {"thirty six", 36}, {"eighteen", 18},
    {"seventeen", 17},   {"sixteen", 16},     {"fifteen", 15},    {"fourteen", 14},   {"thirteen", 13},
    {"twelve", 12},      {"eleven", 11},      {"twenty", 20},     {"thirty", 30},     {"ten", 10},
    {"nine", 9},         {"eight", 8},        {"seven", 7},       {"six", 6},         {"five", 5},
    {"four", 4},         {"three", 3},        {"two", 2},         {"one", 1},         {"an", 1},
    {"a", 1},
};

// A count at `at`: digits (at most three) or a number word. Returns {count, end}; count 0 when none.
std::pair<int, std::size_t> count_at(std::string_view s, std::size_t at) {
  if (at < s.size() && is_digit(s[at])) {
    std::size_t end = at;
    int value = 0;
    while (end < s.size() && is_digit(s[end]) && end - at < 3) value = value * 10 + (s[end++] - '0');
    if (end < s.size() && is_word_char(s[end])) return {0, at};
    return {value, end};
  }
  for (const auto& [word, value] : number_words) {
    const std::size_t end = word_at(s, at, word);
    if (end != std::string_view::npos) return {value, end};
  }
  return {0, at};
}

// "weeks", "months", "years" (and singulars) at `at`.
std::optional<std::pair<Timeframe, std::size_t>> unit_at(std::string_view s, std::size_t at, int count) {
  struct UnitWord {
    std::string_view word;
    Timeframe::Unit unit;
    int factor;
  };
  static constexpr UnitWord units[] = {
      {"weeks", Timeframe::Unit::weeks, 1},   {"week", Timeframe::Unit::weeks, 1},
      {"months", Timeframe::Unit::months, 1}, {"month", Timeframe::Unit::months, 1},
      {"years", Timeframe::Unit::months, 12}, {"year", Timeframe::Unit::months, 12},
  };
  for (const UnitWord& u : units) {
    const std::size_t end = word_at(s, at, u.word);
    if (end == std::string_view::npos) continue;
    Timeframe tf;
    tf.unit = u.unit;
    tf.count = count * u.factor;
    return std::make_pair(tf, end);
  }
  return std::nullopt;
}

// The words a timeframe opens with, in the order timeframe_at tries them: the immediate ones,
// "with" (immediate effect), then the prepositions before a count. One list, so that the
// findings reader's test of a heading's first word (timeframe_openings) and the reader agree.
constexpr std::string_view openings[] = {"immediately", "immediate", "with", "within", "in", "over"};
constexpr std::span<const std::string_view> immediate_words = std::span(openings).subspan(0, 2);
constexpr std::string_view with_word = openings[2];
constexpr std::span<const std::string_view> prepositions = std::span(openings).subspan(3);

}  // namespace

std::span<const std::string_view> timeframe_openings() { return openings; }

std::optional<TimeframeHit> timeframe_at(std::string_view s, std::size_t at) {
  if (at > s.size() || (at > 0 && is_word_char(s[at - 1]))) return std::nullopt;
  for (std::string_view word : immediate_words) {
    if (const std::size_t end = word_at(s, at, word); end != std::string_view::npos) {
      return TimeframeHit{Timeframe{}, at, end};
    }
  }
  if (std::size_t end = word_at(s, at, with_word); end != std::string_view::npos) {
    end = spaced_word_at(s, end, "immediate");
    if (end != std::string_view::npos) end = spaced_word_at(s, end, "effect");
    if (end != std::string_view::npos) return TimeframeHit{Timeframe{}, at, end};
  }
  std::size_t p = std::string_view::npos;
  for (std::string_view prep : prepositions) {
    p = word_at(s, at, prep);
    if (p != std::string_view::npos) break;
  }
  if (p == std::string_view::npos) return std::nullopt;
  // "the next" / "the first": optional.
  if (const std::size_t the = spaced_word_at(s, p, "the"); the != std::string_view::npos) {
    std::size_t next = spaced_word_at(s, the, "next");
    if (next == std::string_view::npos) next = spaced_word_at(s, the, "first");
    if (next != std::string_view::npos) p = next;
  }
  const std::size_t number_at = skip_spaces(s, p);
  if (number_at == p) return std::nullopt;
  const auto [count, after_count] = count_at(s, number_at);
  if (count <= 0) return std::nullopt;
  const std::size_t unit_from = skip_spaces(s, after_count);
  if (unit_from == after_count) return std::nullopt;
  const auto unit = unit_at(s, unit_from, count);
  if (!unit) return std::nullopt;
  return TimeframeHit{unit->first, at, unit->second};
}

std::optional<Timeframe> timeframe_heading(std::string_view s) {
  const std::size_t from = skip_spaces(s, 0);
  const auto hit = timeframe_at(s, from);
  if (!hit) return std::nullopt;
  std::string_view rest = s.substr(hit->end);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == ':' || rest.back() == '.' || rest.back() == '-'))
    rest.remove_suffix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  // "... of the date of this report", "... from publication": a short tail that names the start.
  if (!rest.empty() && !((rest.starts_with("of ") || rest.starts_with("from ")) && rest.size() <= 40)) return std::nullopt;
  return hit->timeframe;
}

std::optional<Timeframe> timeframe_in_item(std::string_view s) {
  // A lead: "Immediately: ensure ...", "Within three months - review ...".
  const std::size_t from = skip_spaces(s, 0);
  if (const auto hit = timeframe_at(s, from)) {
    const std::size_t after = skip_spaces(s, hit->end);
    if (after < s.size() && (s[after] == ':' || s[after] == '-' || s.substr(after).starts_with("\xE2\x80\x93")))
      return hit->timeframe;
  }
  // A bracket: "(within 3 months)", "[immediately]".
  // The brackets in order, each kind found by memchr.
  std::size_t paren = s.find('(');
  std::size_t square = s.find('[');
  while (paren != std::string_view::npos || square != std::string_view::npos) {
    const std::size_t i = std::min(paren, square);
    if (i == paren) paren = s.find('(', i + 1);
    else square = s.find('[', i + 1);
    const auto hit = timeframe_at(s, skip_spaces(s, i + 1));
    if (!hit) continue;
    const std::size_t close = skip_spaces(s, hit->end);
    if (close < s.size() && (s[close] == ')' || s[close] == ']')) return hit->timeframe;
  }
  return std::nullopt;
}

}  // namespace judgement::detail
