// The one UTF-8 decoder of the project: the source stage (which replaces what is not UTF-8), the
// definition languages (which refuse it), the JSON writer (which repairs) and reader (which
// refuses), and the Python binding (which maps offsets to characters) all read UTF-8 with it.
#ifndef JUDGEMENT_SRC_SOURCE_UTF8_HPP
#define JUDGEMENT_SRC_SOURCE_UTF8_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace judgement::utf8 {

/// Length of the well-formed UTF-8 sequence at `p` (1 to 4), or 0 when it is ill-formed.
/// In the ill-formed case `*bad` is set to the length of the maximal ill-formed subpart (at
/// least 1), the unit the Unicode standard recommends replacing by one U+FFFD.
/// `n` is the number of bytes available at `p` and must be at least 1.
inline std::size_t sequence_length(const unsigned char* p, std::size_t n, std::size_t* bad) noexcept {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  // The bounds of the second byte exclude overlong forms, surrogates and code points above
  // U+10FFFF (Unicode table 3-7).
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    *bad = 1;
    return 0;
  }
  std::size_t i = 1;
  for (; i < need; ++i) {
    if (i >= n) break;
    const unsigned char b = p[i];
    const unsigned char l = i == 1 ? lo : 0x80;
    const unsigned char h = i == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  if (i == need) return need;
  *bad = i;
  return 0;
}

/// Decodes the sequence at s[i] into `cp`: its length (1 for ASCII), or 0 when it is not
/// well-formed (a stray continuation byte, a truncated sequence, an overlong form, a surrogate,
/// past U+10FFFF). `i` must be inside `s`.
inline std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data() + i);
  std::size_t bad = 0;
  const std::size_t n = sequence_length(p, s.size() - i, &bad);
  if (n == 0) return 0;
  static constexpr unsigned char lead_bits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  cp = p[0] & lead_bits[n];
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (p[k] & 0x3F);
  return n;
}

/// Bytes of the character a lead byte starts, in text known to be UTF-8 (1 for a byte that
/// cannot lead, so that a scan always moves on).
inline std::size_t lead_length(unsigned char c) noexcept {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

inline void append_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

inline constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace judgement::utf8

#endif
