// UTF-8 checks shared by the JSON writer (which repairs) and reader (which refuses).
// Private to src/report/.
#ifndef JUDGEMENT_SRC_REPORT_UTF8_HPP
#define JUDGEMENT_SRC_REPORT_UTF8_HPP

#include <cstddef>
#include <string>

namespace judgement::report_utf8 {

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

}  // namespace judgement::report_utf8

#endif
