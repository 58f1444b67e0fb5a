#include "scale/words.hpp"

#include <cstddef>

namespace judgement::detail {
namespace {

bool ascii_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of a Unicode space (no-break, en/em and thin spaces, narrow no-break) starting at i,
// or 0. PDF converters emit these between grade words, so they must separate words.
std::size_t unicode_space_at(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;  // U+00A0
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) >= 0x80 && b(i + 2) <= 0x8B)
    return 3;  // U+2000..U+200B
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) == 0xAF) return 3;  // U+202F
  return 0;
}

}  // namespace

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (ascii_word_byte(c)) {
        current += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      } else {
        flush();
      }
      ++i;
      continue;
    }
    if (const std::size_t n = unicode_space_at(text, i)) {
      flush();
      i += n;
      continue;
    }
    current += static_cast<char>(c);
    ++i;
  }
  flush();
  return words;
}

std::string normalise_phrase(std::string_view text) {
  std::string out;
  for (const std::string& w : words_of(text)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

}  // namespace judgement::detail
