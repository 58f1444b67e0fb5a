#include "source/fold.hpp"

#include <cstdint>
#include <cstring>

namespace judgement::detail {

namespace {

// Folds data[begin, end) of a text of `size` bytes (an apostrophe's bytes may run past `end`).
void fold_bytes(char* data, std::size_t size, std::size_t begin, std::size_t end) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  auto plain = [&](std::size_t i) {
    std::uint64_t v;
    std::memcpy(&v, data + i, 8);
    const std::uint64_t low = v & ~highs;  // each byte's low seven bits
    // A byte in 'A'..'Z': ASCII, above '@' and below '['.
    const std::uint64_t capital = ((ones * (127 + '[') - low) & ~v & (low + ones * (127 - '@'))) & highs;
    const std::uint64_t e2 = v ^ (ones * 0xE2);
    const std::uint64_t apostrophe = (e2 - ones) & ~e2 & highs;
    return (capital | apostrophe) == 0;
  };
  for (std::size_t i = begin; i < end; ++i) {
    while (i + 8 <= end && plain(i)) i += 8;
    if (i >= end) break;
    char& c = data[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xE2' && i + 2 < size && data[i + 1] == '\x80' && (data[i + 2] == '\x99' || data[i + 2] == '\x98')) {
      data[i] = '\x01';
      data[i + 1] = '\x01';
      data[i + 2] = '\'';
      i += 2;
    }
  }
}

}  // namespace

void fold_in_place(std::string& text, std::size_t begin, std::size_t end) { fold_bytes(text.data(), text.size(), begin, end); }

void fold_copy(std::string_view text, char* out) {
  std::memcpy(out, text.data(), text.size());
  fold_bytes(out, text.size(), 0, text.size());
}

std::string fold(std::string_view text) {
  std::string out(text);
  fold_in_place(out, 0, out.size());
  return out;
}

}  // namespace judgement::detail
