#include "layout/tokens.hpp"

#include <algorithm>
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
      bool typographic = false;
      const std::size_t j = word_end(text, i, date_begin, typographic);
      t.kind = TokenKind::word;
      t.end = static_cast<Offset>(j);
      t.upper = word_byte[c] == 2 || (c >= '0' && c <= '9');
      t.key = static_cast<Offset>(used);
      if (typographic) {
        t.key_size = static_cast<Offset>(word_key(text, i, j, keys.data() + used));
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
  }
  std::fill(keys.begin() + static_cast<std::ptrdiff_t>(used), keys.begin() + static_cast<std::ptrdiff_t>(used + 8), '\0');
  return i < n ? i : std::string_view::npos;
}

}  // namespace judgement::detail::tokens
