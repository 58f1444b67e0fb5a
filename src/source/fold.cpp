#include "source/fold.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace judgement::detail {

namespace {

// Folds the `size` bytes at `data` in place.
void fold_bytes(char* data, std::size_t size) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const std::string_view text(data, size);
  // One byte, or a typographic apostrophe's three, the slow way.
  auto one = [&](std::size_t& i) {
    char& c = data[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (apostrophe_at(text, i)) {
      data[i] = '\x01';
      data[i + 1] = '\x01';
      data[i + 2] = '\'';
      i += 2;
    }
    ++i;
  };
  std::size_t i = 0;
  while (i + 8 <= size) {
    std::uint64_t v;
    std::memcpy(&v, data + i, 8);
    const std::uint64_t e2 = v ^ (ones * 0xE2);
    const std::uint64_t apostrophe = (e2 - ones) & ~e2 & highs;  // its lowest bit: the first 0xE2 byte
    if (apostrophe != 0) {
      const std::size_t stop = i + static_cast<std::size_t>(std::countr_zero(apostrophe) >> 3) + 1;
      while (i < stop) one(i);
      continue;
    }
    const std::uint64_t low = v & ~highs;  // each byte's low seven bits
    // A byte in 'A'..'Z': ASCII, above '@' and below '['; lower-cased by its 0x20 bit.
    const std::uint64_t capital = ((ones * (127 + '[') - low) & ~v & (low + ones * (127 - '@'))) & highs;
    if (capital != 0) {
      v |= capital >> 2;
      std::memcpy(data + i, &v, 8);
    }
    i += 8;
  }
  while (i < size) one(i);
}

}  // namespace

void fold_copy(std::string_view text, char* out) {
  std::memcpy(out, text.data(), text.size());
  fold_bytes(out, text.size());
}

std::string fold(std::string_view text) {
  std::string out(text);
  fold_bytes(out.data(), out.size());
  return out;
}

}  // namespace judgement::detail

namespace judgement::detail {

bool equal_apostrophe_folded(std::string_view text, std::string_view lower) {
  return lower.find('\'') != std::string_view::npos && match_folded(text, 0, lower) == text.size();
}

bool starts_with_apostrophe_folded(std::string_view text, std::string_view lower) {
  return match_folded(text, 0, lower) != std::string_view::npos;
}

bool ends_with_folded(std::string_view text, std::string_view lower) {
  std::size_t i = text.size();
  for (std::size_t k = lower.size(); k-- > 0;) {
    const char p = lower[k];
    if (i == 0) return false;
    if (p == '\'' && i >= 3 && apostrophe_at(text, i - 3)) {
      i -= 3;
      continue;
    }
    if (fold_letter(text[i - 1]) != p) return false;
    --i;
  }
  return true;
}

namespace {

// The places, from left to right, where `needle` may match: where the folded byte is its
// first, or, for a "'", where a typographic apostrophe's bytes fold to \x01 or "'". Eight
// places at a time where its first two bytes are plain ASCII: both are looked for at once, and
// a letter in either case (a place found so may still not match: the caller matches it).
class Starts {
 public:
  Starts(std::string_view text, std::string_view needle, std::size_t from)
      : text_(text), first_(needle.front()), at_(from) {
    letter_ = is_letter(first_);
    slow_ = first_ == '\'';
    const char second = needle.size() > 1 ? needle[1] : '\0';
    pair_ = !slow_ && second != '\0' && second != '\'' && static_cast<unsigned char>(second) < 0x80 &&
            static_cast<unsigned char>(first_) < 0x80;
    if (pair_) {
      want1_ = ones * static_cast<unsigned char>(first_);
      fold1_ = letter_ ? ones * 0x20 : 0;
      want2_ = ones * static_cast<unsigned char>(second);
      fold2_ = is_letter(second) ? ones * 0x20 : 0;
    }
  }
  // The next place, npos when none: each call moves past the one it gives.
  std::size_t next() {
    if (pair_) {
      while (at_ + 9 <= text_.size()) {
        std::uint64_t v1, v2;
        std::memcpy(&v1, text_.data() + at_, 8);
        std::memcpy(&v2, text_.data() + at_ + 1, 8);
        const std::uint64_t x1 = (v1 | fold1_) ^ want1_, x2 = (v2 | fold2_) ^ want2_;
        // A zero byte of x1 where the first byte is, of x2 where the second is (the lowest one
        // exact, others perhaps not: each place given is matched by the caller).
        const std::uint64_t both = ((x1 - ones) & ~x1) & ((x2 - ones) & ~x2) & highs;
        if (both == 0) {
          at_ += 8;
          continue;
        }
        const std::size_t at = at_ + static_cast<std::size_t>(std::countr_zero(both) >> 3);
        at_ = at + 1;
        return at;
      }
    }
    for (; at_ < text_.size(); ++at_) {
      const char c = text_[at_];
      const bool hit = letter_ ? (c | 0x20) == first_
                               : c == first_ || (slow_ && (c == '\x01' || (static_cast<unsigned char>(c) >= 0x80 &&
                                                 (folded_byte(text_, at_) == '\x01' || folded_byte(text_, at_) == '\''))));
      if (hit) return at_++;
    }
    return std::string_view::npos;
  }

 private:
  static constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  static bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
  std::string_view text_;
  char first_;
  std::size_t at_;
  bool letter_ = false, slow_ = false, pair_ = false;
  std::uint64_t want1_ = 0, fold1_ = 0, want2_ = 0, fold2_ = 0;
};

}  // namespace

std::size_t find_folded(std::string_view text, std::string_view lower, std::size_t from) {
  if (lower.empty()) return from <= text.size() ? from : std::string_view::npos;
  Starts starts(text, lower, from);
  for (std::size_t at = starts.next(); at != std::string_view::npos; at = starts.next()) {
    if (match_folded(text, at, lower) != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

std::size_t find_word_folded(std::string_view text, std::string_view lower, std::size_t from) {
  for (std::size_t at = find_folded(text, lower, from); at != std::string_view::npos;
       at = find_folded(text, lower, at + 1)) {
    if (at == 0 || !written_word_byte(text[at - 1])) return at;
  }
  return std::string_view::npos;
}

std::size_t phrase_at_folded(std::string_view text, std::size_t at, std::string_view phrase) {
  if (phrase.empty() || at >= text.size() || (at > 0 && written_word_byte(text[at - 1])))
    return std::string_view::npos;
  const std::size_t end = match_folded(text, at, phrase);
  if (end == std::string_view::npos || (end < text.size() && written_word_byte(text[end])))
    return std::string_view::npos;
  return end;
}

std::size_t find_phrase_folded(std::string_view text, std::string_view phrase, std::size_t from, std::size_t* end) {
  if (phrase.empty()) return std::string_view::npos;
  Starts starts(text, phrase, from);
  for (std::size_t at = starts.next(); at != std::string_view::npos; at = starts.next()) {
    const std::size_t e = phrase_at_folded(text, at, phrase);
    if (e == std::string_view::npos) continue;
    if (end) *end = e;
    return at;
  }
  return std::string_view::npos;
}

}  // namespace judgement::detail
