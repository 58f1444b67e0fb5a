// UTF-16 to UTF-8, one pass; the byte-order mark says which byte comes first.
#include "source/utf16.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#include "source/source.hpp"
#include "source/utf8.hpp"

namespace judgement::detail {

namespace {

// The error for a text whose UTF-8 passes `max_bytes`.
Error too_long(std::size_t max_bytes) {
  constexpr std::string_view what = "the text, converted from UTF-16 to UTF-8 (3 bytes for each 2 at most),";
  if (max_bytes == max_input_bytes) return too_large_to_read(what, 0);
  return Error{ErrorCode::limit, std::string(what) + " is more than the " + std::to_string(max_bytes) + " bytes allowed"};
}

}  // namespace

std::string_view utf16_encoding(std::string_view bytes) noexcept {
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') {
    // FF FE 00 00 is the UTF-32LE mark; that is not UTF-16.
    if (bytes.size() >= 4 && bytes[2] == '\0' && bytes[3] == '\0') return {};
    return "UTF-16LE";
  }
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') return "UTF-16BE";
  return {};
}

Result<std::string> utf16_to_utf8(std::string_view bytes, Utf8Policy policy, std::size_t& replaced,
                                  std::size_t max_bytes) {
  const bool little = utf16_encoding(bytes) == "UTF-16LE";
  replaced = 0;
  std::string out;
  out.reserve(std::min(bytes.size() / 2 * 3 / 2, max_bytes) + 16);
  auto unit_at = [&](std::size_t i) -> std::uint16_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<std::uint16_t>(little ? (a | (b << 8)) : ((a << 8) | b));
  };
  auto bad = [&](std::size_t at, const char* what) -> std::optional<Error> {
    if (policy == Utf8Policy::strict) {
      return Error{ErrorCode::encoding, std::string("invalid UTF-16: ") + what + " at byte " + std::to_string(at), at};
    }
    out += "\xEF\xBF\xBD";
    ++replaced;
    return std::nullopt;
  };
  std::size_t i = 2;  // after the byte-order mark
  while (i + 1 < bytes.size()) {
    // A code point adds at most 4 bytes: past the bound, the text is refused before it grows on.
    if (out.size() > max_bytes) {
      return too_long(max_bytes);
    }
    const std::uint16_t u = unit_at(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 < bytes.size()) {
        const std::uint16_t low = unit_at(i + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          utf8::append_code_point(out, 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (low - 0xDC00));
          i += 4;
          continue;
        }
      }
      if (auto e = bad(i, "a high surrogate without its low half")) return *e;
      i += 2;
      continue;
    }
    if (u >= 0xDC00 && u <= 0xDFFF) {
      if (auto e = bad(i, "a low surrogate without its high half")) return *e;
      i += 2;
      continue;
    }
    utf8::append_code_point(out, u);
    i += 2;
  }
  if (i < bytes.size()) {
    if (auto e = bad(i, "an odd last byte")) return *e;
  }
  if (out.size() > max_bytes) return too_long(max_bytes);
  return out;
}

}  // namespace judgement::detail
