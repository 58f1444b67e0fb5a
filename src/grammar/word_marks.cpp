// One pass over a text that marks the words the finders can start at (word_marks.hpp). The
// opening words of every finder are one table, keyed by the word's letters packed five bits to
// a letter, so a word costs one read of its letters and one probe.
#include "grammar/word_marks.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <utility>

#include "grammar/date_grammar.hpp"
#include "grammar/quantity_grammar.hpp"

namespace judgement::grammar {

namespace {

// What a byte is to the scan: an ASCII letter, digit or '_' continues a word.
enum : unsigned char { kOther = 0, kLetter = 1, kDigit = 2, kUnderscore = 4 };

constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = kLetter;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = kDigit;
  table['_'] = kUnderscore;
  return table;
}();

// The longest opening word a finder reads (quantity_parser::kLongestKey): a longer run of
// letters opens nothing.
constexpr std::size_t kLongestWord = 24;

// A word's letters, case folded, five bits each: twelve in `high`, the rest in `low`. Letters
// are never 0, so words of different lengths differ.
struct Key {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  void push(std::size_t n, unsigned char c) noexcept {
    auto const letter = static_cast<std::uint64_t>((c | 0x20U) - 'a' + 1);
    if (n < 12) {
      high = high << 5 | letter;
    } else {
      low = low << 5 | letter;
    }
  }
  friend bool operator==(Key const&, Key const&) = default;
};

// Open addressing, at most a quarter full; built once.
class OpeningTable {
 public:
  OpeningTable() {
    for (std::string_view const word : date_opening_words()) add(word, kDateOpening);
    for (std::string_view const word : quantity_opening_words()) add(word, kQuantityOpening);
    std::size_t size = 16;
    while (size < 4 * entries_.size()) size *= 2;
    index_.assign(size, 0);
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      std::size_t s = slot_of(entries_[e].first) & (size - 1);
      while (index_[s] != 0) s = (s + 1) & (size - 1);
      index_[s] = static_cast<std::uint16_t>(e + 1);
    }
  }

  /// False when no word of the table has this length and these first two letters: a test of
  /// a few instructions before a word's key is made.
  [[nodiscard]] bool may_open(unsigned char const* word, std::size_t length) const noexcept {
    if (length > longest_) return false;
    std::size_t const k = start_of(word, length);
    return (starts_[k / 64] >> (k % 64) & 1U) != 0;
  }

  /// The classes of the word of `length` ASCII letters at `word`; 0 when it opens nothing.
  [[nodiscard]] std::uint16_t find(unsigned char const* word, std::size_t length) const noexcept {
    Key key;
    for (std::size_t n = 0; n < length; ++n) key.push(n, word[n]);
    return find(key);
  }

  [[nodiscard]] std::uint16_t find(Key const& key) const noexcept {
    std::size_t const mask = index_.size() - 1;
    for (std::size_t s = slot_of(key) & mask;; s = (s + 1) & mask) {
      std::uint16_t const e = index_[s];
      if (e == 0) return 0;
      if (entries_[e - 1U].first == key) return entries_[e - 1U].second;
    }
  }

 private:
  static std::size_t slot_of(Key const& key) noexcept {
    return static_cast<std::size_t>(((key.high ^ (key.low * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >> 40);
  }

  static unsigned letter(unsigned char c) noexcept { return (c | 0x20U) - 'a' + 1; }
  // The first two letters of a word (0 for a word of one letter), as one number.
  static std::size_t start_of(unsigned char const* word, std::size_t length) noexcept {
    return letter(word[0]) * 27 + (length > 1 ? letter(word[1]) : 0);
  }

  void add(std::string_view word, std::uint16_t classes) {
    if (word.empty() || word.size() > kLongestWord) return;
    auto const* const letters = reinterpret_cast<unsigned char const*>(word.data());
    Key key;
    for (std::size_t n = 0; n < word.size(); ++n) {
      if (kByteClass[letters[n]] != kLetter) return;
      key.push(n, letters[n]);
    }
    longest_ = std::max(longest_, word.size());
    std::size_t const k = start_of(letters, word.size());
    starts_[k / 64] |= std::uint64_t{1} << (k % 64);
    auto const it = std::find_if(entries_.begin(), entries_.end(), [&](auto const& e) { return e.first == key; });
    if (it != entries_.end()) {
      it->second = static_cast<std::uint16_t>(it->second | classes);
    } else {
      entries_.emplace_back(key, classes);
    }
  }

  std::vector<std::pair<Key, std::uint16_t>> entries_;
  std::vector<std::uint16_t> index_;
  std::size_t longest_ = 0;
  std::uint64_t starts_[27 * 27 / 64 + 1] = {};  // a bit per start_of of a word
};

OpeningTable const& openings() {
  static OpeningTable const table;
  return table;
}

}  // namespace

void mark_words(std::string_view text, std::vector<WordMark>& out) {
  OpeningTable const& table = openings();
  auto const* const begin = reinterpret_cast<unsigned char const*>(text.data());
  auto const* const end = begin + std::min<std::size_t>(text.size(), std::numeric_limits<std::uint32_t>::max());
  auto const mark = [&out, begin](unsigned char const* at, std::uint16_t classes) {
    out.push_back(WordMark{static_cast<std::uint32_t>(at - begin), classes, 0});
  };
  unsigned char const* p = begin;
  while (p < end) {
    unsigned char const kind = kByteClass[*p];
    if (kind == kOther) {
      if (*p == 0xC2 && p + 1 < end && p[1] == 0xA3) mark(p, kPoundMark);  // £
      ++p;
      continue;
    }
    unsigned char const* const start = p;
    if (kind == kDigit) {
      mark(start, kNumberMark);
      while (p < end && kByteClass[*p] != kOther) ++p;
      continue;
    }
    while (p < end && kByteClass[*p] == kLetter) ++p;
    if (p < end && kByteClass[*p] != kOther) {
      // The word runs on into a digit or '_' ("June2019"): no finder reads it as a keyword,
      // and nothing starts inside it.
      while (p < end && kByteClass[*p] != kOther) ++p;
      continue;
    }
    auto const length = static_cast<std::size_t>(p - start);
    if (length == 0 || !table.may_open(start, length)) continue;
    if (date_text::word_at(text, static_cast<std::size_t>(p - begin))) continue;
    if (std::uint16_t const classes = table.find(start, length)) mark(start, classes);
  }
}

}  // namespace judgement::grammar
