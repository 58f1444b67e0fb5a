#include "layout/furniture.hpp"

#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace judgement::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "12", "Page 12", "Page 12 of 40", "12 of 40", "- 12 -".
bool page_number_like(std::string_view s) {
  auto skip = [&](std::string_view word) {
    if (s.size() >= word.size() && std::equal(word.begin(), word.end(), s.begin(), [](char a, char b) {
          return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b);
        })) {
      s.remove_prefix(word.size());
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      return true;
    }
    return false;
  };
  auto digits = [&] {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    if (n == 0 || n > 3) return false;
    s.remove_prefix(n);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return true;
  };
  skip("-");
  skip("page");
  if (!digits()) return false;
  if (skip("of") && !digits()) return false;
  skip("-");
  return s.empty();
}

// A running header or footer is recognised by its text with the numbers taken out, so that
// "Report title   3" and "Report title   4" are one line.
std::string furniture_key(std::string_view s) {
  // Written into a buffer of the input's size (the key is never longer), not a byte at a time.
  std::string key(s.size(), '\0');
  std::size_t n = 0;
  bool space = false;
  for (char c : s) {
    if (is_digit(c)) continue;
    if (c == ' ' || c == '\t') {
      space = n > 0;
      continue;
    }
    if (space) key[n++] = ' ';
    space = false;
    key[n++] = c;
  }
  key.resize(n);
  return key;
}

// A footnote line at the foot of a page: "1 See ..." whose number the page's text carries as a
// mark glued to a word ("board1", "inadequate.2").
bool footnote_like(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  return n >= 1 && n <= 2 && n + 1 < s.size() && s[n] == ' ' && s[n + 1] != ' ' && !is_digit(s[n + 1]);
}

}  // namespace

std::vector<std::uint8_t> find_furniture(const Source& source, const std::vector<LineShape>& shapes) {
  const auto& lines = source.lines();
  std::vector<std::uint8_t> furniture(lines.size(), 0);
  if (!source.paged()) return furniture;

  // The first two and last three non-blank lines of each page are where furniture sits.
  constexpr std::size_t head = 2, foot = 3;
  std::vector<std::size_t> edges;
  std::vector<std::uint8_t> outermost(lines.size(), 0);  // a page's first line, or one of its last two
  std::uint32_t pages = 0;
  for (std::size_t i = 0; i < lines.size();) {
    const std::uint32_t page = lines[i].page;
    std::size_t end = i;
    while (end < lines.size() && lines[end].page == page) ++end;
    ++pages;
    std::vector<std::size_t> content;
    for (std::size_t k = i; k < end; ++k) {
      if (!shapes[k].blank) content.push_back(k);
    }
    for (std::size_t k = 0; k < content.size(); ++k) {
      if (k < head || k + foot >= content.size()) edges.push_back(content[k]);
      if (k == 0 || k + 2 >= content.size()) outermost[content[k]] = 1;
    }
    i = end;
  }

  absl::flat_hash_map<std::string, int> seen;
  for (std::size_t k : edges) {
    const std::string key = furniture_key(shapes[k].content);
    if (key.size() >= 5) ++seen[key];
  }
  // A line at a page's edge met on a third of the pages, and on two at least, is furniture; short
  // texts need three, since two pages may well end alike by chance.
  const int repeated = std::max<int>(2, static_cast<int>(pages) / 3);
  for (std::size_t k : edges) {
    const LineShape& s = shapes[k];
    std::string_view whole = source.text(lines[k]);
    while (!whole.empty() && (whole.front() == ' ' || whole.front() == '\f' || whole.front() == '\t')) whole.remove_prefix(1);
    while (!whole.empty() && whole.back() == ' ') whole.remove_suffix(1);
    if (page_number_like(whole)) {
      furniture[k] = 1;
      continue;
    }
    const std::string key = furniture_key(s.content);
    if (key.size() >= 5) {
      const auto it = seen.find(key);
      // Twice is enough only for a long line at the very top or foot of its pages; a short one
      // ("8 to 19 June 2026" under a footer's title) must stand there on three pages at least,
      // since a grade under a section heading may recur as often.
      const bool long_key = key.size() >= 15;
      if (!long_key && !outermost[k]) continue;
      const int needed = long_key && outermost[k] ? repeated : std::max(repeated, 3);
      if (it != seen.end() && it->second >= needed) furniture[k] = 1;
    }
  }

  // Footnotes: at the foot of a page, below the text, numbered like a mark the page carries
  // glued to a word ("board1", "inadequate.2"). The number may stand on a line of its own
  // above the note's text; the note runs to the foot of the page.
  for (std::size_t i = 0; i < lines.size();) {
    const std::uint32_t page = lines[i].page;
    std::size_t end = i;
    while (end < lines.size() && lines[end].page == page) ++end;
    std::vector<std::size_t> foot;  // the last non-blank, non-furniture lines, bottom up
    for (std::size_t k = end; k > i && foot.size() < 12;) {
      --k;
      if (!shapes[k].blank && !furniture[k]) foot.push_back(k);
    }
    // The highest footnote start in the foot whose mark the page's text carries.
    for (std::size_t f = foot.size(); f-- > 0;) {
      const std::size_t k = foot[f];
      std::string_view whole = source.text(lines[k]);
      while (!whole.empty() && (whole.front() == ' ' || whole.front() == '\f')) whole.remove_prefix(1);
      while (!whole.empty() && whole.back() == ' ') whole.remove_suffix(1);
      std::size_t n = 0;
      while (n < whole.size() && is_digit(whole[n])) ++n;
      const bool alone = n >= 1 && n <= 2 && n == whole.size() && f > 0;
      if (!alone && !footnote_like(whole)) continue;
      const std::string_view mark = whole.substr(0, n);
      bool marked = false;
      for (std::size_t b = i; b < k && !marked; ++b) {
        const std::string_view body = source.text(lines[b]);
        for (std::size_t at = body.find(mark); at != std::string_view::npos; at = body.find(mark, at + 1)) {
          const char before = at > 0 ? body[at - 1] : ' ';
          const std::size_t after = at + mark.size();
          const bool glued = (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || before == '.' ||
                             before == ')';
          if (glued && (after == body.size() || !is_digit(body[after]))) {
            marked = true;
            break;
          }
        }
      }
      if (!marked) continue;
      for (std::size_t g = 0; g <= f; ++g) furniture[foot[g]] = 1;
      break;
    }
    i = end;
  }
  return furniture;
}

}  // namespace judgement::detail
