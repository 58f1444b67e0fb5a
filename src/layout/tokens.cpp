#include "layout/tokens.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "source/fold.hpp"
#include "source/utf8.hpp"

namespace judgement::detail::tokens {

std::size_t word_key(std::string_view text, std::size_t i, std::size_t j, char* out) {
  std::size_t m = 0;
  for (std::size_t x = i; x < j;) {
    if (apostrophe_at(text, x)) {
      out[m++] = '\'';
      x += 3;
    } else {
      out[m++] = fold_letter(text[x]);
      ++x;
    }
  }
  return m;
}

namespace {

// A character of more than one byte that is no token, one that separates like a tab, or punctuation.
enum class Wide : std::uint8_t { none, separator, dash, other };

Wide wide_kind(std::string_view ch, unsigned char c) {
  if (ch == "\xE2\x80\x98" || ch == "\xE2\x80\x99" || ch == "\xE2\x80\x9C" || ch == "\xE2\x80\x9D" ||
      ch == "\xC2\xA0") {
    return Wide::none;  // quotes, no-break space
  }
  if (ch == "\xE2\x80\x93" || ch == "\xE2\x80\x94") return Wide::dash;
  if ((ch.size() == 3 && c == 0xEF && static_cast<unsigned char>(ch[1]) >= 0x80 &&
       static_cast<unsigned char>(ch[1]) <= 0x83) ||  // private-use bullets (U+F000..U+F0FF)
      (ch.size() == 3 && c == 0xE2 && (ch[1] == '\x96' || ch[1] == '\x97' || ch[1] == '\x94')) ||  // shapes, box lines
      ch == "\xE2\x80\xA2" || ch == "\xE2\x88\x92") {  // bullet, minus
    return Wide::separator;
  }
  return Wide::other;
}

// How many of the eight bytes at p (whose value is v, as memcpy reads it) are ASCII letters or
// digits before the first that is not.
std::size_t ascii_alnum_run8(std::uint64_t v) {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t high = ones * 0x80;
  const std::uint64_t x7 = v & ~high;
  // A byte in [lo, hi]: above lo - 1 and below hi + 1 (no carry crosses a byte: each is < 0x80).
  const std::uint64_t digit = (x7 + ones * (0x80 - '0')) & ~(x7 + ones * (0x80 - '9' - 1));
  const std::uint64_t l = x7 | (ones * 0x20);  // a capital as its lower-case letter
  const std::uint64_t letter = (l + ones * (0x80 - 'a')) & ~(l + ones * (0x80 - 'z' - 1));
  const std::uint64_t other = ~((digit | letter) & ~v) & high;  // not ASCII, or neither
  if (other == 0) return 8;
  // The byte first in memory: the lowest on a little-endian machine, the highest on a big-endian one.
  const int bits = std::endian::native == std::endian::big ? std::countl_zero(other) : std::countr_zero(other);
  return static_cast<std::size_t>(bits) / 8;
}

// The bytes a word may go on over after its run of ASCII letters and digits (word_end reads
// them): a byte of a character of more than one byte, an apostrophe, a hyphen.
constexpr std::array<bool, 256> goes_on = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = c >= 0x80 || c == '\'' || c == '-';
  return t;
}();

}  // namespace

std::size_t cut(std::string_view text, std::span<const grammar::DateHit> dates, std::vector<Token>& out,
                std::string& keys) {
  out.clear();
  std::size_t used = 0;
  cut(text, dates, 0, std::string_view::npos, out, keys, used);
  return used;
}

std::size_t cut(std::string_view text, std::span<const grammar::DateHit> dates, std::size_t from, std::size_t limit,
                std::vector<Token>& out, std::string& keys, std::size_t& used) {
  const std::size_t n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  // A key is never longer than its text, and one byte is written for each punctuation mark; a
  // word that straddles `limit` may run to the text's end.
  if (keys.size() < n + 8) keys.resize(n + 8);
  auto key = [&](Token& t, std::string_view k) {
    t.key = static_cast<Offset>(used);
    t.key_size = static_cast<Offset>(k.size());
    k.copy(keys.data() + used, k.size());
    used += k.size();
  };
  // The first date that does not begin before i: found again when going on from `from`, which
  // no date straddles (one cut from the start there took each date that begins before it whole).
  std::size_t h = 0;
  std::size_t date_begin = dates.empty() ? std::string_view::npos : dates[0].begin;
  std::size_t i = from;
  const std::size_t stop = std::min(limit, n);
  while (i < stop) {
    Token t;  // the token at i, if any: every kind is added at the end of the loop
    t.begin = static_cast<Offset>(i);
    const unsigned char c = p[i];
    if (i >= date_begin) {
      while (h < dates.size() && dates[h].begin < i) ++h;
      date_begin = h < dates.size() ? dates[h].begin : std::string_view::npos;
    }
    if (date_begin == i) {
      t.kind = TokenKind::date;
      t.end = static_cast<Offset>(dates[h].end);
      t.key = static_cast<Offset>(h);
      t.upper = true;
      i = dates[h].end;
    } else if (c == ' ' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      while (i < n && i < date_begin && p[i] == ' ') ++i;
      continue;
    } else if (word_starts_at(text, i)) {
      t.kind = TokenKind::word;
      t.upper = word_byte[c] == 2 || (c >= '0' && c <= '9');
      t.key = static_cast<Offset>(used);
      // Most words are a run of ASCII letters and digits ended by a space or ASCII punctuation:
      // read eight bytes at a time where eight can be read, each eight folded into the key as it
      // is read (`keys` has room for eight past the key: its key is never longer than the text
      // cut). A word that goes on over another byte (an accented letter, an apostrophe, a
      // hyphen) is read again by word_end.
      char* key_out = keys.data() + used;
      std::size_t j = i;
      for (;;) {
        if (j + 8 > n) {
          for (; j < n && word_byte[p[j]] != 0; ++j) key_out[j - i] = fold_letter(text[j]);
          break;
        }
        std::uint64_t v = 0;
        std::memcpy(&v, p + j, 8);
        const std::uint64_t folded = fold_letters8(v);
        std::memcpy(key_out + (j - i), &folded, 8);
        const std::size_t run = ascii_alnum_run8(v);
        j += run;
        if (run < 8) break;
      }
      bool typographic = false, written = true;
      if (j >= date_begin) {  // a date starts inside the run: the word ends there
        j = date_begin;
      } else if (j < n && goes_on[p[j]]) {
        j = word_end(text, i, date_begin, typographic);
        written = false;
      }
      t.end = static_cast<Offset>(j);
      if (typographic) {
        t.key_size = static_cast<Offset>(word_key(text, i, j, keys.data() + used));
      } else if (written) {
        t.key_size = static_cast<Offset>(j - i);
      } else {  // its bytes, capitals lower-cased: eight at a time where eight can be read
        char* out = keys.data() + used;
        std::size_t x = i;
        for (; x < j && x + 8 <= n; x += 8, out += 8) {  // `keys` has room for eight past the key
          std::uint64_t v = 0;
          std::memcpy(&v, p + x, 8);
          v = fold_letters8(v);
          std::memcpy(out, &v, 8);
        }
        for (; x < j; ++x) *out++ = fold_letter(text[x]);
        t.key_size = static_cast<Offset>(j - i);
      }
      used += t.key_size;
      i = j;
    } else if (c < 0x80) {
      ++i;
      if (c == '\'' || c == '"' || c == '*' || c == '_') continue;  // quotes and emphasis
      t.end = static_cast<Offset>(i);
      t.kind = c == '\t' ? TokenKind::separator : TokenKind::punct;
      key(t, text.substr(i - 1, 1));
    } else {
      const std::size_t len = std::min(utf8::lead_length(c), n - i);
      const Wide kind = wide_kind(text.substr(i, len), c);
      i += len;
      if (kind == Wide::none) continue;
      t.end = static_cast<Offset>(i);
      t.kind = kind == Wide::separator ? TokenKind::separator : TokenKind::punct;
      key(t, kind == Wide::dash ? "-" : kind == Wide::other ? "?" : "");
    }
    out.push_back(t);
    // The spaces after it, which the next turn would pass over one by one.
    while (i < n && i < date_begin && p[i] == ' ') ++i;
  }
  std::fill(keys.begin() + static_cast<std::ptrdiff_t>(used), keys.begin() + static_cast<std::ptrdiff_t>(used + 8), '\0');
  return i < n ? i : std::string_view::npos;
}

}  // namespace judgement::detail::tokens

namespace judgement::detail {

std::size_t words_at(std::string_view text, const Tokens& tokens, std::size_t i, std::string_view phrase) {
  const std::span<const Token> list = tokens.list;
  for (std::size_t from = 0;; ++i) {
    const std::size_t space = phrase.find(' ', from);
    const std::string_view word = phrase.substr(from, space - from);
    if (i >= list.size() || list[i].kind != TokenKind::word || tokens.key(list[i]) != word) return std::string_view::npos;
    if (space == std::string_view::npos) return i + 1;
    // The next word a space after it, as the row writes it.
    if (i + 1 >= list.size() || list[i + 1].begin != list[i].end + 1 || text[list[i].end] != ' ') {
      return std::string_view::npos;
    }
    from = space + 1;
  }
}

}  // namespace judgement::detail
