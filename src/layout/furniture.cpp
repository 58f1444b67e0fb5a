#include "layout/furniture.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "grammar/date_finder.hpp"
#include "grammar/word_marks.hpp"
#include "profile/line_roles.hpp"

namespace judgement::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "12", "Page 12", "Page 12 of 40", "12 of 40", "- 12 -": the words before the page's number
// and before the count of pages are the line roles' (LineRoles::page_word_size and
// page_total_word_size, lexicon rows).
bool page_number_like(std::string_view s, const LineRoles& roles) {
  // Takes off the `size` bytes of a dash or a word at the start and the spaces after them; false
  // when there are none.
  auto skip = [&](std::size_t size) {
    if (size == 0) return false;
    s.remove_prefix(size);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return true;
  };
  auto dash = [&] { return skip(s.starts_with('-') ? 1 : 0); };
  auto digits = [&] {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    if (n == 0 || n > 3) return false;
    s.remove_prefix(n);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return true;
  };
  dash();
  skip(roles.page_word_size(s));
  if (!digits()) return false;
  if (skip(roles.page_total_word_size(s)) && !digits()) return false;
  dash();
  return s.empty();
}

// The high bit of each byte of v (eight bytes of text, the first in the low bits) that is a
// digit, a space or a tab; the lowest is exact (the higher may be off), which is all a search
// for the first needs.
std::uint64_t digits_or_space(std::uint64_t v) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const std::uint64_t low = v & ~highs;
  const std::uint64_t digit = (low + (0x80 - '0') * ones) & ~(low + (0x80 - '9' - 1) * ones) & ~v & highs;
  const std::uint64_t space = v ^ (' ' * ones), tab = v ^ ('\t' * ones);
  return digit | ((space - ones) & ~space & highs) | ((tab - ones) & ~tab & highs);
}

// A running header or footer is recognised by its text with the numbers taken out, so that
// "Report title   3" and "Report title   4" are one line. The key is written at `out`, which
// has room for s.size() bytes: the key is never longer than s, and a stretch is copied eight
// bytes at a time only while eight bytes of s are left to read, so no write passes the key's
// room. Its length is returned.
std::size_t furniture_key(std::string_view s, char* out) {
  std::size_t n = 0;
  bool space = false;
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    const char c = *p;
    if (is_digit(c)) {
      ++p;
      continue;
    }
    if (c == ' ' || c == '\t') {
      space = n > 0;
      ++p;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    // c and what follows it up to the next digit, space or tab, copied eight bytes at a time.
    bool stopped = false;
    while (!stopped && end - p >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      std::memcpy(out + n, p, 8);
      std::uint64_t stop = digits_or_space(v);
      if constexpr (std::endian::native == std::endian::big) stop = __builtin_bswap64(stop);
      const std::size_t k = stop == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(stop)) / 8;
      n += k;
      p += k;
      stopped = stop != 0;
    }
    while (!stopped && p < end && !is_digit(*p) && *p != ' ' && *p != '\t') out[n++] = *p++;
  }
  return n;
}

// A footnote line at the foot of a page: "1 See ..." whose number the page's text carries as a
// mark glued to a word ("board1", "inadequate.2").
bool footnote_like(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  return n >= 1 && n <= 2 && n + 1 < s.size() && s[n] == ' ' && s[n + 1] != ' ' && !is_digit(s[n + 1]);
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A footnote mark as reports print it: glued to the end of a word in lower case ("board1"), or
// after the punctuation that closes one ("inadequate.2", "(LSCB)3"). Not a number's part:
// "2.1", "KS2", "U18", "152".
bool marks_footnote(std::string_view body, std::size_t at, std::size_t size) {
  const std::size_t after = at + size;
  if (after < body.size() && (is_digit(body[after]) || is_letter(body[after]))) return false;
  if (at == 0) return false;
  const char before = body[at - 1];
  if (before >= 'a' && before <= 'z') return at < 2 || !is_digit(body[at - 2]);
  if (before == '.' || before == ',' || before == ';' || before == ':' || before == ')') {
    return at >= 2 && (is_letter(body[at - 2]) || (before != ')' && body[at - 2] == ')'));
  }
  return false;
}

// The bytes of `text` from `i` (fewer than eight) in the low bits of a number, the rest 0, as a
// copy of them into a zeroed number would give: read with loads that may overlap what was read
// before, where a copy would cost a call.
std::uint64_t tail_of(std::string_view text, std::size_t i) {
  const std::size_t n = text.size() - i;
  if (n == 0) return 0;
  const char* const p = text.data();
  std::uint64_t v = 0;
  if (text.size() >= 8) {
    std::memcpy(&v, p + text.size() - 8, 8);
    if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
    return v >> (8 * (8 - n));
  }
  std::uint64_t const byte0 = static_cast<unsigned char>(p[i]);
  if (n >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p + i, 4);
    std::memcpy(&last, p + i + n - 4, 4);
    if constexpr (std::endian::native == std::endian::big) {
      first = __builtin_bswap32(first);
      last = __builtin_bswap32(last);
    }
    v = first | std::uint64_t{last} << (8 * (n - 4));  // the bytes both hold are the same
  } else {
    v = byte0 | std::uint64_t{static_cast<unsigned char>(p[i + n / 2])} << (8 * (n / 2)) |
        std::uint64_t{static_cast<unsigned char>(p[i + n - 1])} << (8 * (n - 1));
  }
  return v;
}

// A hash of a line's text, sixteen bytes at a time in two lanes, which the processor works on
// side by side: every line of a paged text is hashed once. Each lane's multiplies carry its
// bytes' low bits up; the lanes are mixed with their high bits brought down at the end.
std::uint64_t line_hash(std::string_view text) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL, k2 = 0xC2B2AE3D27D4EB4FULL;
  std::uint64_t h = (text.size() + 1) * k, g = k2;
  std::size_t i = 0;
  for (; i + 16 <= text.size(); i += 16) {
    std::uint64_t v, w;
    std::memcpy(&v, text.data() + i, 8);
    std::memcpy(&w, text.data() + i + 8, 8);
    h = (h ^ v) * k;
    g = (g ^ w) * k2;
  }
  if (i + 8 <= text.size()) {
    std::uint64_t v;
    std::memcpy(&v, text.data() + i, 8);
    g = (g ^ v) * k;
    i += 8;
  }
  h = (h ^ (g >> 29) ^ tail_of(text, i)) * k;
  h = (h ^ (h >> 32) ^ g) * k2;
  return h ^ (h >> 29);
}

// The text of a page from its first non-blank line to its last, as that run of lines: hashed
// once, and compared line by line where the hashes agree.
struct PageText {
  std::size_t first;
  std::size_t last;
  std::size_t hash;
  struct Hash {
    std::size_t operator()(const PageText& p) const { return p.hash; }
  };
  struct Same {
    const Source* source;
    bool operator()(const PageText& a, const PageText& b) const {
      if (a.hash != b.hash || a.last - a.first != b.last - b.first) return false;
      const auto& lines = source->lines();
      for (std::size_t k = 0; k <= a.last - a.first; ++k) {
        if (source->text(lines[a.first + k]) != source->text(lines[b.first + k])) return false;
      }
      return true;
    }
  };
};

// A page edge's key with its hash (line_hash), made once: the count and the test below look it
// up without hashing it again.
struct EdgeKey {
  std::string_view text;
  std::uint64_t hash;
  struct Hash {
    std::size_t operator()(const EdgeKey& k) const { return k.hash; }
  };
  struct Same {
    bool operator()(const EdgeKey& a, const EdgeKey& b) const { return a.hash == b.hash && a.text == b.text; }
  };
};

}  // namespace

std::vector<Furniture> find_furniture(const Source& source, const std::vector<LineShape>& shapes,
                                      const LineRoles& roles) {
  const auto& lines = source.lines();
  std::vector<Furniture> furniture(lines.size(), Furniture::none);
  if (!source.paged()) return furniture;

  // Whether a line is content, never furniture (LineRoles::never_furniture): asked once a line,
  // and only of the lines in question.
  std::vector<std::int8_t> kept(lines.size(), -1);
  auto content_at = [&](std::size_t k) {
    if (kept[k] < 0) kept[k] = roles.never_furniture(shapes[k].content(source.text(lines[k]))) ? 1 : 0;
    return kept[k] == 1;
  };

  // The first two and last three non-blank lines of each page are where furniture sits. A page
  // identical to one before it is no evidence that its lines recur: two copies of a page are
  // content, not two pages of running headers.
  constexpr std::size_t head = 2, foot = 3;
  std::vector<std::size_t> edges;
  std::vector<std::uint8_t> counted;                     // a line of a page that is not a copy
  std::vector<std::uint8_t> outermost(lines.size(), 0);  // a page's first line, or one of its last two
  absl::flat_hash_set<PageText, PageText::Hash, PageText::Same> page_texts(16, PageText::Hash{}, PageText::Same{&source});
  std::uint32_t pages = 0;
  std::size_t title = lines.size();  // the document's first non-blank line: its title
  std::vector<std::size_t> content;  // the page's non-blank lines
  for (std::size_t i = 0; i < lines.size();) {
    const std::uint32_t page = lines[i].page;
    std::size_t end = i;
    while (end < lines.size() && lines[end].page == page) ++end;
    content.clear();
    for (std::size_t k = i; k < end; ++k) {
      if (!shapes[k].blank) content.push_back(k);
    }
    if (content.empty()) {
      i = end;
      continue;
    }
    if (title == lines.size()) title = content.front();
    PageText text{content.front(), content.back(), 0};
    for (std::size_t k = text.first; k <= text.last; ++k) {
      text.hash = (text.hash ^ line_hash(source.text(lines[k]))) * 0xC2B2AE3D27D4EB4FULL;
    }
    const bool copy = !page_texts.insert(text).second;
    if (!copy) ++pages;
    for (std::size_t k = 0; k < content.size(); ++k) {
      if (k < head || k + foot >= content.size()) {
        edges.push_back(content[k]);
        counted.push_back(copy ? 0 : 1);
      }
      if (k == 0 || k + 2 >= content.size()) outermost[content[k]] = 1;
    }
    i = end;
  }

  // Each edge line's key is made once, for the count and for the test below, into one buffer
  // with room for them all.
  std::size_t room = 0;
  for (const std::size_t k : edges) room += shapes[k].content_length;
  std::string key_text(room + 8, '\0');
  std::vector<EdgeKey> keys(edges.size());
  absl::flat_hash_map<EdgeKey, int, EdgeKey::Hash, EdgeKey::Same> seen;
  for (std::size_t e = 0, at = 0; e < edges.size(); ++e) {
    const std::size_t n = furniture_key(shapes[edges[e]].content(source.text(lines[edges[e]])), key_text.data() + at);
    const std::string_view text = std::string_view(key_text).substr(at, n);
    keys[e] = EdgeKey{text, line_hash(text)};
    at += n;
    if (counted[e] && text.size() >= 5) ++seen[keys[e]];
  }
  // A line at a page's edge met on a third of the pages, and on two at least, is furniture; short
  // texts need three, since two pages may well end alike by chance.
  const int repeated = std::max<int>(2, static_cast<int>(pages) / 3);
  std::vector<std::uint8_t> dated(lines.size(), 0);
  std::vector<grammar::WordMark> marks;
  for (std::size_t e = 0; e < edges.size(); ++e) {
    const std::size_t k = edges[e];
    const LineShape& s = shapes[k];
    std::string_view whole = source.text(lines[k]);
    while (!whole.empty() && (whole.front() == ' ' || whole.front() == '\f' || whole.front() == '\t')) whole.remove_prefix(1);
    while (!whole.empty() && whole.back() == ' ') whole.remove_suffix(1);
    if (page_number_like(whole, roles)) {
      furniture[k] = Furniture::page_number;
      continue;
    }
    if (k == title) continue;  // the title on its own page; where it recurs, it is a running header
    const std::string_view key = keys[e].text;
    if (key.size() >= 5) {
      const auto it = seen.find(keys[e]);
      // Twice is enough only for a long line at the very top or foot of its pages; a short one
      // ("8 to 19 June 2026" under a footer's title) must stand there on three pages at least,
      // since a short line of content under a section heading may recur as often.
      const bool long_key = key.size() >= 15;
      if (!long_key && !outermost[k]) continue;
      const int needed = long_key && outermost[k] ? repeated : std::max(repeated, 3);
      if (it == seen.end() || it->second < needed || content_at(k)) continue;
      furniture[k] = Furniture::repeated;
      const std::string_view content = s.content(source.text(lines[k]));
      marks.clear();
      grammar::mark_words(content, marks);
      dated[k] = grammar::find_dates(content, marks).empty() ? 0 : 1;
    }
  }
  // A date recurs at the page edges only as part of a running header or footer: beside the
  // report's title or the page number ("Inspection of Eastmoor ..." / "8 to 19 June 2026   2").
  // A date recurring alone ("Inspection dates: 8 to 19 June 2026" at the top of each page) is
  // content.
  auto neighbour = [&](std::size_t k, int step) -> std::size_t {
    for (std::size_t j = k; step < 0 ? j > 0 : j + 1 < lines.size();) {
      j = step < 0 ? j - 1 : j + 1;
      if (lines[j].page != lines[k].page) break;
      if (!shapes[j].blank) return j;
    }
    return lines.size();
  };
  for (std::size_t k : edges) {
    if (!dated[k]) continue;
    bool in_footer = false;
    for (const int step : {-1, 1}) {
      const std::size_t j = neighbour(k, step);
      in_footer = in_footer || (j < lines.size() && ((furniture[j] == Furniture::repeated && !dated[j]) ||
                                                           furniture[j] == Furniture::page_number));
    }
    if (!in_footer) furniture[k] = Furniture::none;
  }

  // Footnotes: at the foot of a page, below the text, numbered like a mark the page carries
  // glued to a word ("board1", "inadequate.2"). The number may stand on a line of its own
  // above the note's text; the note runs to the foot of the page, and has no line that is never
  // furniture.
  for (std::size_t i = 0; i < lines.size();) {
    const std::uint32_t page = lines[i].page;
    std::size_t end = i;
    while (end < lines.size() && lines[end].page == page) ++end;
    std::vector<std::size_t> foot;  // the last non-blank, non-furniture lines, bottom up
    for (std::size_t k = end; k > i && foot.size() < 12;) {
      --k;
      if (!shapes[k].blank && furniture[k] == Furniture::none) foot.push_back(k);
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
        for (std::size_t at = body.find(mark); at != std::string_view::npos && !marked; at = body.find(mark, at + 1)) {
          marked = marks_footnote(body, at, mark.size());
        }
      }
      if (!marked) continue;
      bool kept_line = false;
      for (std::size_t g = 0; g <= f && !kept_line; ++g) kept_line = content_at(foot[g]);
      if (kept_line) continue;
      for (std::size_t g = 0; g <= f; ++g) furniture[foot[g]] = Furniture::footnote;
      break;
    }
    i = end;
  }
  return furniture;
}

}  // namespace judgement::detail
