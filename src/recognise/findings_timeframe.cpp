#include "recognise/findings_timeframe.hpp"

#include <algorithm>
#include <utility>

#include "recognise/findings_headings.hpp"
#include "source/fold.hpp"

namespace judgement::detail {
namespace {

// The phrases are read through a cursor: Plain over text as given or folded, or a heading's
// HeadingKey::Cursor. Either reads one character at a time (peek(), '\0' at the end; next()),
// and gives its offset in the text it reads.
class Plain {
 public:
  Plain(std::string_view text, std::size_t at) : text_(text), at_(at) {}
  [[nodiscard]] bool at_end() const { return at_ >= text_.size(); }
  [[nodiscard]] char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
  void next() {
    if (at_ < text_.size()) ++at_;
  }
  [[nodiscard]] std::size_t offset() const { return at_; }

 private:
  std::string_view text_;
  std::size_t at_;
};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return is_letter(c) || is_digit(c); }

// `word` (lower case) next, in either case, ending at a word boundary: the cursor moved past it,
// or left where it was.
template <class C>
bool word_at(C& c, std::string_view word) {
  C d = c;
  for (const char w : word) {
    if (fold_letter(d.peek()) != w) return false;
    d.next();
  }
  if (is_word_char(d.peek())) return false;
  c = d;
  return true;
}

template <class C>
void skip_spaces(C& c) {
  while (c.peek() == ' ' || c.peek() == '\t') c.next();
}

std::size_t skip_spaces(std::string_view s, std::size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '\t')) ++at;
  return at;
}

// One or more spaces, then `word`: the cursor moved past it, or left where it was.
template <class C>
bool spaced_word_at(C& c, std::string_view word) {
  C d = c;
  skip_spaces(d);
  if (d.offset() == c.offset() || !word_at(d, word)) return false;
  c = d;
  return true;
}

constexpr std::pair<std::string_view, int> number_words[] = {
    {"twenty-four", 24}, {"twenty four", 24}, {"thirty-six", 36}, {"thirty six", 36}, {"eighteen", 18},
    {"seventeen", 17},   {"sixteen", 16},     {"fifteen", 15},    {"fourteen", 14},   {"thirteen", 13},
    {"twelve", 12},      {"eleven", 11},      {"twenty", 20},     {"thirty", 30},     {"ten", 10},
    {"nine", 9},         {"eight", 8},        {"seven", 7},       {"six", 6},         {"five", 5},
    {"four", 4},         {"three", 3},        {"two", 2},         {"one", 1},         {"an", 1},
    {"a", 1},
};

// A count next: digits (at most three) or a number word, the cursor moved past it; 0 when none.
template <class C>
int count_at(C& c) {
  if (is_digit(c.peek())) {
    C d = c;
    int value = 0;
    for (int k = 0; k < 3 && is_digit(d.peek()); ++k, d.next()) value = value * 10 + (d.peek() - '0');
    if (is_word_char(d.peek())) return 0;
    c = d;
    return value;
  }
  for (const auto& [word, value] : number_words) {
    if (word_at(c, word)) return value;
  }
  return 0;
}

// "weeks", "months", "years" (and singulars) next, the cursor moved past it.
template <class C>
std::optional<Timeframe> unit_at(C& c, int count) {
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
    if (!word_at(c, u.word)) continue;
    Timeframe tf;
    tf.unit = u.unit;
    tf.count = count * u.factor;
    return tf;
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

// The timeframe phrase next (timeframe_at), and the cursor past it.
template <class C>
std::optional<std::pair<Timeframe, C>> timeframe_from(C c) {
  for (std::string_view word : immediate_words) {
    if (word_at(c, word)) return std::make_pair(Timeframe{}, c);
  }
  if (C d = c; word_at(d, with_word) && spaced_word_at(d, "immediate") && spaced_word_at(d, "effect")) {
    return std::make_pair(Timeframe{}, d);
  }
  C p = c;
  if (std::none_of(prepositions.begin(), prepositions.end(), [&](std::string_view prep) { return word_at(p, prep); }))
    return std::nullopt;
  // "the next" / "the first": optional.
  if (C the = p; spaced_word_at(the, "the")) {
    if (C next = the; spaced_word_at(next, "next") || spaced_word_at(next, "first")) p = next;
  }
  C number = p;
  skip_spaces(number);
  if (number.offset() == p.offset()) return std::nullopt;
  const int count = count_at(number);
  if (count <= 0) return std::nullopt;
  C unit = number;
  skip_spaces(unit);
  if (unit.offset() == number.offset()) return std::nullopt;
  const auto tf = unit_at(unit, count);
  if (!tf) return std::nullopt;
  return std::make_pair(*tf, unit);
}

template <class C>
std::optional<Timeframe> heading_from(C c) {
  skip_spaces(c);
  const auto hit = timeframe_from(c);
  if (!hit) return std::nullopt;
  // The rest, without leading spaces and trailing " :.-": nothing, or a short tail that names
  // the start: "... of the date of this report", "... from publication".
  C rest = hit->second;
  while (rest.peek() == ' ') rest.next();
  std::size_t size = 0;  // the characters up to the last that is not " :.-"
  std::size_t n = 0;
  for (C d = rest; !d.at_end(); d.next()) {
    ++n;
    const char ch = d.peek();
    if (ch != ' ' && ch != ':' && ch != '.' && ch != '-') size = n;
  }
  if (size == 0) return hit->first;
  const auto starts = [&](std::string_view lead) {
    C d = rest;
    for (const char l : lead) {
      if (d.at_end() || d.peek() != l) return false;
      d.next();
    }
    return size >= lead.size();
  };
  if (!((starts("of ") || starts("from ")) && size <= 40)) return std::nullopt;
  return hit->first;
}

}  // namespace

std::span<const std::string_view> timeframe_openings() { return openings; }

std::optional<TimeframeHit> timeframe_at(std::string_view s, std::size_t at) {
  if (at > s.size() || (at > 0 && is_word_char(s[at - 1]))) return std::nullopt;
  const auto hit = timeframe_from(Plain(s, at));
  if (!hit) return std::nullopt;
  return TimeframeHit{hit->first, at, hit->second.offset()};
}

std::optional<Timeframe> timeframe_heading(std::string_view s) { return heading_from(Plain(s, 0)); }

std::optional<Timeframe> timeframe_heading(const HeadingKey& heading) { return heading_from(heading.begin()); }

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
