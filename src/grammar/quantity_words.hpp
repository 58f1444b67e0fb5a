// The words of the quantity grammar without X3: a word's key (its letters case folded, packed
// into two integers), tables of words of one kind, and reading a whole word or a blank at a
// position. The grammar (quantity_grammar_def.hpp) reads its keywords with these, and so does
// the quantity finder, which looks up the words before a figure; so both fold a word the same
// way and neither includes the other's parser.
#ifndef JUDGEMENT_SRC_GRAMMAR_QUANTITY_WORDS_HPP
#define JUDGEMENT_SRC_GRAMMAR_QUANTITY_WORDS_HPP

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/date_grammar.hpp"
#include "grammar/open_index.hpp"
#include "grammar/quantity_grammar.hpp"

namespace judgement::grammar::quantity_parser {

using date_text::is_ascii_letter;
using date_text::word_at;
using quantity_text::blank_at;

/// The letters of a word of at most kLongestKey ASCII letters, case folded, packed five bits to
/// a letter (twelve to a half), so that a word compares as two integers.
struct WordKey {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  friend auto operator<=>(WordKey const&, WordKey const&) = default;
  [[nodiscard]] constexpr bool empty() const noexcept { return high == 0; }
  constexpr void push(char c) noexcept {
    auto const letter = static_cast<std::uint64_t>((c | 0x20) - 'a' + 1);
    if (high >> 55 == 0) {
      high = high << 5 | letter;
    } else {
      low = low << 5 | letter;
    }
  }
};
inline constexpr std::size_t kLongestKey = 24;

/// The key of `word` (ASCII letters only, at most kLongestKey), empty for anything else.
constexpr WordKey word_key(std::string_view word) noexcept {
  if (word.empty() || word.size() > kLongestKey) return {};
  WordKey key;
  for (char const c : word) {
    if (!is_ascii_letter(c)) return {};
    key.push(c);
  }
  return key;
}

/// A whole ASCII word at the start of a text, as a key: length 0 when the text does not start
/// with a word of at most kLongestKey letters, or the word runs on into a digit or a non-ASCII
/// letter ("five5", "oneé").
struct Word {
  WordKey key;
  std::size_t length = 0;
};

inline Word read_word(std::string_view text) noexcept {
  Word word;
  std::size_t n = 0;
  while (n < text.size() && is_ascii_letter(text[n])) {
    if (n == kLongestKey) return {};
    word.key.push(text[n]);
    ++n;
  }
  if (n == 0 || word_at(text, n)) return {};
  word.length = n;
  return word;
}

/// Words of one kind, any case. A look-up is a probe of a hash index (the finders look up the
/// first word of every candidate in running text); the entries stay sorted by key.
template <class T>
class WordTable {
 public:
  using value_type = T;

  /// False when no word of the table starts as `text` does (its first three letters, or all
  /// of a shorter word): a test of a few instructions before a word is read and looked up.
  [[nodiscard]] bool may_start(std::string_view text) const noexcept {
    if (text.empty() || !is_ascii_letter(text[0])) return true;
    std::size_t const k = start_index(text);
    return (starts_[k / 64] >> (k % 64) & 1U) != 0;
  }

  /// The value and length of the whole word `text` starts with, when the table holds it. Its
  /// first three letters are looked at first, so most words are never read.
  [[nodiscard]] std::optional<std::pair<T, std::size_t>> find_at(std::string_view text) const noexcept {
    if (text.empty() || !is_ascii_letter(text[0]) || !may_start(text)) return std::nullopt;
    Word const word = read_word(text);
    std::optional<T> const value = find(word.key);
    if (!value) return std::nullopt;
    return std::pair<T, std::size_t>{*value, word.length};
  }

  [[nodiscard]] std::optional<T> find(WordKey key) const noexcept {
    if (key.empty()) return std::nullopt;
    if (index_.empty()) return std::nullopt;
    std::size_t const mask = index_.size() - 1;
    for (std::size_t s = slot_of(key) & mask;; s = (s + 1) & mask) {
      std::uint16_t const e = index_[s];
      if (e == 0) return std::nullopt;
      if (entries_[e - 1U].first == key) return entries_[e - 1U].second;
    }
  }
  [[nodiscard]] bool contains(WordKey key) const noexcept { return find(key).has_value(); }

 protected:
  void add(std::string_view word, T value) {
    WordKey const key = word_key(word);
    if (!key.empty()) mark_start(word);
    add_key(key, value);
  }
  void add(WordKey key, T value) {
    // The first letters, read back from the key: they stand in `high`, five bits each, the
    // first letter highest.
    char first[3] = {};
    if (!key.empty()) {
      int n = (std::bit_width(key.high) + 4) / 5;
      for (int i = 0; i < 3 && i < n; ++i) {
        first[i] = static_cast<char>('a' - 1 + static_cast<int>(key.high >> (5 * (n - 1 - i)) & 31));
      }
      mark_start(std::string_view(first, n < 3 ? static_cast<std::size_t>(n) : 3));
    }
    add_key(key, value);
  }

 private:
  void add_key(WordKey key, T value) {
    if (key.empty()) return;
    auto const it = std::lower_bound(entries_.begin(), entries_.end(), key,
                                     [](auto const& entry, WordKey k) { return entry.first < k; });
    if (it != entries_.end() && it->first == key) return;
    entries_.emplace(it, key, value);
    reindex();
  }

 private:
  static std::size_t slot_of(WordKey key) noexcept {
    return static_cast<std::size_t>((key.high * 0x9E3779B97F4A7C15ULL ^ key.low * 0xC2B2AE3D27D4EB4FULL) >> 40);
  }

  // Open addressing, at most a quarter full: entry index + 1 per slot, 0 for none. Rebuilt as
  // each word is added, which happens only while a table is made.
  void reindex() { index_ = open_index(entries_, [](WordKey const& key) { return slot_of(key); }); }

  static unsigned letter_index(char c) noexcept { return static_cast<unsigned>((c | 0x20) - 'a' + 1); }
  // The first three letters of the word `text` starts with (0 past its end), as one number.
  static std::size_t start_index(std::string_view text) noexcept {
    std::size_t k = letter_index(text[0]);
    unsigned second = 0, third = 0;
    if (text.size() > 1 && is_ascii_letter(text[1])) {
      second = letter_index(text[1]);
      if (text.size() > 2 && is_ascii_letter(text[2])) third = letter_index(text[2]);
    }
    return (k * 27 + second) * 27 + third;
  }
  void mark_start(std::string_view word) noexcept {
    std::size_t const k = start_index(word);
    starts_[k / 64] |= std::uint64_t{1} << (k % 64);
  }

  std::vector<std::pair<WordKey, T>> entries_;
  std::vector<std::uint16_t> index_;
  std::uint64_t starts_[27 * 27 * 27 / 64 + 1] = {};  // a bit per start_index of a word
};

/// Bytes of the blank run at text[i], at most quantity_text::kMaxGap; 0 when there is none or
/// it is longer (layout, not a space between two words of one expression).
inline std::size_t gap_at(std::string_view text, std::size_t i) noexcept {
  std::size_t n = 0;
  while (std::size_t const b = blank_at(text, i + n)) {
    n += b;
    if (n > quantity_text::kMaxGap) return 0;
  }
  return n;
}

/// The key of a keyword, worked out when compiling.
consteval WordKey key_of(std::string_view word) { return word_key(word); }

/// The letter at `k` (from 0) of the word whose key is `key`, as WordKey::push codes it (1 for
/// 'a' to 26 for 'z'); 0 past the word's end or its twelfth letter.
constexpr unsigned letter_of(WordKey key, unsigned k) noexcept {
  auto const letters = static_cast<unsigned>(std::bit_width(key.high) + 4) / 5;
  if (k >= letters) return 0;
  return static_cast<unsigned>(key.high >> (5 * (letters - 1 - k)) & 31);
}

/// The code WordKey::push gives an ASCII letter.
constexpr unsigned letter_code(char c) noexcept { return static_cast<unsigned>((c | 0x20) - 'a' + 1); }

/// The word whose key is `expected` at text[i], whole, any case: its length, or 0. A word that
/// starts with another letter is not read.
inline std::size_t keyword_at(std::string_view text, std::size_t i, WordKey expected) noexcept {
  if (i >= text.size() || !is_ascii_letter(text[i])) return 0;
  if (letter_code(text[i]) != letter_of(expected, 0)) return 0;
  Word const word = read_word(text.substr(i));
  return word.length != 0 && word.key == expected ? word.length : 0;
}

}  // namespace judgement::grammar::quantity_parser

#endif
