// One pass over a text that marks the words the finders can start at (word_marks.hpp). The
// text is read 64 bytes at a time as masks of its classes of byte, and only the places where a
// word, a number or "£" starts are visited. The opening words of every finder are one table; a
// word costs a look at its first three letters and, only where some opening word starts so, one
// probe with its letters read eight at a time.
#include "grammar/word_marks.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <utility>

#include "source/simd.hpp"

#include "grammar/date_grammar.hpp"
#include "grammar/open_index.hpp"
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

// Eight bytes at a time (little-endian order: byte k of the text is bits 8k..8k+7).
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

std::uint64_t load8(unsigned char const* p, unsigned char const* end) noexcept {
  std::uint64_t v = 0;
  if (end - p >= 8) {
    std::memcpy(&v, p, 8);
  } else {
    std::memcpy(&v, p, static_cast<std::size_t>(end - p));
  }
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

// The high bit of each byte of v that is an ASCII letter.
constexpr std::uint64_t letters_of(std::uint64_t v) noexcept {
  std::uint64_t const folded = (v & ~kHighs) | (0x20 * kOnes);
  std::uint64_t const from_a = folded + (0x80 - 'a') * kOnes;        // high bit: >= 'a'
  std::uint64_t const past_z = folded + (0x80 - 'z' - 1) * kOnes;    // high bit: > 'z'
  return from_a & ~past_z & ~v & kHighs;                              // and ASCII
}

// The letters of a word, case folded, eight bytes to an integer (zero past its end): a word of
// up to sixteen letters compares as two integers. Letters are never 0, so words of different
// lengths differ.
using Key = WordTable::Key;
constexpr std::size_t kLongestKey = 16;

std::uint64_t folded_prefix(std::uint64_t v, std::size_t length) noexcept {
  if (length == 0) return 0;
  std::uint64_t const kept = length >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * length)) - 1;
  return (v | 0x20 * kOnes) & kept;
}

// The key of the `length` letters at p (length <= kLongestKey; the bytes up to p + 16 that are
// inside the text may be read).
Key key_of(unsigned char const* p, std::size_t length, unsigned char const* end) noexcept {
  Key key;
  key.first = folded_prefix(load8(p, end), std::min<std::size_t>(length, 8));
  if (length > 8) key.second = folded_prefix(load8(p + 8, end), length - 8);
  return key;
}

// The first three letters of a word (0 past its end), five bits each, hashed to fifteen bits;
// `v` holds the word's first eight bytes. Words with the same first letters, in either case,
// have the same number; others rarely do, and a word the number lets through is looked up.
constexpr std::uint64_t kFirstLetters[4] = {0, 0x1F, 0x1F1F, 0x1F1F1F};
std::size_t start_of(std::uint64_t v, std::size_t length) noexcept {
  std::uint64_t const letters = v & kFirstLetters[length < 3 ? length : 3];
  return static_cast<std::size_t>(static_cast<std::uint32_t>(letters * 0x9E3779B1U) >> 17);
}
constexpr std::size_t kStarts = std::size_t{1} << 15;
constexpr std::size_t kMostEntries = 0xFFFF;  // open_index's entry numbers are 16 bits, 0 for none

std::size_t slot_of(Key const& key) noexcept {
  return static_cast<std::size_t>(((key.first ^ (key.second * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >> 40);
}

// The end of the run of ASCII letters that starts at p.
[[gnu::always_inline]] inline unsigned char const* letters_end(unsigned char const* p, unsigned char const* end) noexcept {
  while (p < end) {
    std::uint64_t const others = ~letters_of(load8(p, end)) & kHighs;
    if (others != 0) return std::min(end, p + std::countr_zero(others) / 8);
    p += 8;
  }
  return end;
}

}  // namespace

WordTable::WordTable() : starts_(kStarts / 64, 0) {
  for (std::string_view const word : date_opening_words()) add(word, kDateOpening);
  for (std::string_view const word : quantity_opening_words()) add(word, kQuantityOpening);
  compile();
}

WordTable const& WordTable::openings() {
  static WordTable const table;
  return table;
}

bool WordTable::add_reader_word(std::string_view word, std::uint16_t classes) {
  auto const* const p = reinterpret_cast<unsigned char const*>(word.data());
  std::size_t n = 0;
  while (n < word.size() && kByteClass[p[n]] == kLetter) ++n;
  // The index holds entry numbers in 16 bits: a table that would outgrow it marks no more.
  if (n == 0 || n > kLongestKey || entries_.size() >= kMostEntries) return false;
  add(word.substr(0, n), static_cast<std::uint16_t>(classes & kReaderWords));
  has_reader_words_ = true;
  return true;
}

void WordTable::compile() {
  index_ = open_index(entries_, [](Key const& key) { return slot_of(key); });
}

void WordTable::add(std::string_view word, std::uint16_t classes) {
  if (word.empty() || word.size() > kLongestKey) return;
  auto const* const letters = reinterpret_cast<unsigned char const*>(word.data());
  if (!std::all_of(letters, letters + word.size(), [](unsigned char c) { return kByteClass[c] == kLetter; })) return;
  Key const key = key_of(letters, word.size(), letters + word.size());
  longest_ = std::max(longest_, word.size());
  std::size_t const k = start_of(load8(letters, letters + word.size()), word.size());
  starts_[k / 64] |= std::uint64_t{1} << (k % 64);
  auto const it = std::find_if(entries_.begin(), entries_.end(), [&](auto const& e) { return e.first == key; });
  if (it != entries_.end()) {
    it->second = static_cast<std::uint16_t>(it->second | classes);
  } else {
    entries_.emplace_back(key, classes);
  }
}

bool WordTable::may_hold(std::uint64_t v, std::size_t length) const noexcept {
  if (length > longest_) return false;
  std::size_t const k = start_of(v, length);
  return (starts_[k / 64] >> (k % 64) & 1U) != 0;
}

std::uint16_t WordTable::find(std::uint64_t v, unsigned char const* word, std::size_t length,
                              unsigned char const* end) const noexcept {
  Key key;
  key.first = folded_prefix(v, std::min<std::size_t>(length, 8));
  if (length > 8) key.second = folded_prefix(load8(word + 8, end), length - 8);
  std::size_t const mask = index_.size() - 1;
  for (std::size_t s = slot_of(key) & mask;; s = (s + 1) & mask) {
    std::uint16_t const e = index_[s];
    if (e == 0) return 0;
    if (entries_[e - 1U].first == key) return entries_[e - 1U].second;
  }
}

namespace {

// The bytes of a window of the text the pass reads 64 at a time: a bit a byte (bit k for the
// window's byte k), for each class of byte the pass looks for. Most bytes of a text are neither
// where a word starts nor in a word the table holds; the masks let the pass go straight to the
// places where something starts instead of testing every byte.
struct Window {
  std::uint64_t word = 0;        // an ASCII letter, digit or '_'
  std::uint64_t letter = 0;      // an ASCII letter
  std::uint64_t underscore = 0;  // '_'
  std::uint64_t pound = 0;       // 0xC2, the first byte of "£" (and of other characters)
};

constexpr std::size_t kWindow = 64;

// The masks of the 64 bytes at p (all readable).
Window window_at(unsigned char const* p) noexcept {
  Window w;
#if JUDGEMENT_SSE2
  // Sixteen bytes at a time: a byte is a letter when, with its case bit set, it lies in 'a'..'z',
  // and a digit when it lies in '0'..'9'; each range is moved to the bottom of the signed bytes,
  // so that one signed comparison tests it.
  __m128i const case_bit = _mm_set1_epi8(0x20);
  __m128i const to_a = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  __m128i const past_z = _mm_set1_epi8(static_cast<char>(-128 + 26));
  __m128i const to_0 = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  __m128i const past_9 = _mm_set1_epi8(static_cast<char>(-128 + 10));
  __m128i const under = _mm_set1_epi8('_');
  __m128i const c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  for (unsigned k = 0; k < kWindow; k += 16) {
    __m128i const bytes = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + k));
    __m128i const letters = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(bytes, case_bit), to_a), past_z);
    __m128i const digits = _mm_cmplt_epi8(_mm_add_epi8(bytes, to_0), past_9);
    __m128i const unders = _mm_cmpeq_epi8(bytes, under);
    auto const bits = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))); };
    w.letter |= bits(letters) << k;
    w.underscore |= bits(unders) << k;
    w.word |= bits(_mm_or_si128(_mm_or_si128(letters, digits), unders)) << k;
    w.pound |= bits(_mm_cmpeq_epi8(bytes, c2)) << k;
  }
#else
  for (unsigned k = 0; k < kWindow; ++k) {
    unsigned char const kind = kByteClass[p[k]];
    std::uint64_t const bit = std::uint64_t{1} << k;
    if (kind != kOther) w.word |= bit;
    if (kind == kLetter) w.letter |= bit;
    if (kind == kUnderscore) w.underscore |= bit;
    if (p[k] == 0xC2) w.pound |= bit;
  }
#endif
  return w;
}

}  // namespace

void mark_words(std::string_view text, std::vector<WordMark>& out) { mark_words(text, WordTable::openings(), out); }

void mark_words(std::string_view text, WordTable const& table, std::vector<WordMark>& out) {
  auto const* const begin = reinterpret_cast<unsigned char const*>(text.data());
  auto const* const end = begin + std::min<std::size_t>(text.size(), std::numeric_limits<std::uint32_t>::max());
  auto const mark = [&out, begin](unsigned char const* at, std::uint16_t classes) {
    out.push_back(WordMark{static_cast<std::uint32_t>(at - begin), classes, 0});
  };
  bool const readers = table.has_reader_words();
  // The reader's word whose letters run from `start` to `stop` (the first byte that is none):
  // marked with the reader's classes it has, whatever follows it.
  auto const reader_word = [&](unsigned char const* start, unsigned char const* stop) {
    auto const length = static_cast<std::size_t>(stop - start);
    std::uint64_t const v = load8(start, end);
    if (length == 0 || !table.may_hold(v, length)) return;
    if (std::uint16_t const classes = table.find(v, start, length, end) & kReaderWords) mark(start, classes);
  };
  // The text is read in windows of 64 bytes; the last ones, and any that a word's first eight
  // bytes would be read past the text from, are read from a copy padded with NULs (no NUL is a
  // letter, a digit, '_' or 0xC2), so that the masks and a word's first bytes are read whole.
  alignas(16) unsigned char tail[kWindow + 16];
  // Of the byte before the window: is it a letter, digit or '_', is it '_'?
  std::uint64_t word_before = 0, underscore_before = 0;
  // Stepped by an offset, so that no pointer is made past the text's end after its last window.
  auto const size = static_cast<std::size_t>(end - begin);
  for (std::size_t at = 0; at < size; at += kWindow) {
    unsigned char const* const w = begin + at;
    unsigned char const* bytes = w;  // where the window's bytes (and eight more) are read
    if (static_cast<std::size_t>(end - w) < kWindow + 8) {
      auto const left = std::min(static_cast<std::size_t>(end - w), sizeof tail);
      std::memcpy(tail, w, left);
      std::memset(tail + left, 0, sizeof tail - left);
      bytes = tail;
    }
    Window const m = window_at(bytes);
    // Where a run of letters, digits and '_' starts: the finders' word starts (but at a '_').
    std::uint64_t const starts = m.word & ~(m.word << 1 | word_before);
    // What is looked at: a run that starts with a letter or a digit; the letters after a '_', a
    // reader's word start; a 0xC2 that may open "£".
    std::uint64_t events = (starts & ~m.underscore) | m.pound;
    if (readers) events |= m.letter & (m.underscore << 1 | underscore_before);
    word_before = m.word >> 63;
    underscore_before = m.underscore >> 63;
    for (; events != 0; events &= events - 1) {
      auto const k = static_cast<unsigned>(std::countr_zero(events));
      std::uint64_t const bit = std::uint64_t{1} << k;
      unsigned char const* const start = w + k;
      if ((m.pound & bit) != 0) {
        if (start + 1 < end && start[1] == 0xA3) mark(start, kPoundMark);  // £
        continue;
      }
      if ((m.letter & bit) == 0) {
        mark(start, kNumberMark);  // a run that starts with a digit; nothing in it opens a finder's expression
        continue;
      }
      // A word of letters: its length from the mask while it ends inside the window, and its
      // first eight bytes read once, for its first three letters and its key.
      auto const in_window = static_cast<unsigned>(std::countr_zero(~(m.letter >> k)));
      unsigned char const* const stop = k + in_window < kWindow ? start + in_window : letters_end(w + kWindow, end);
      if ((starts & bit) == 0) {
        reader_word(start, stop);  // after a '_'
        continue;
      }
      auto const length = static_cast<std::size_t>(stop - start);
      bool const runs_on = k + in_window < kWindow ? (m.word >> (k + in_window) & 1U) != 0
                                                   : stop < end && kByteClass[*stop] != kOther;
      if (runs_on) {
        // The word runs on into a digit or '_' ("June2019"): no finder reads it as a keyword, and
        // nothing starts inside it for them; a reader's word may still end there ("Inadequate1").
        if (readers) reader_word(start, stop);
        continue;
      }
      std::uint64_t v;
      std::memcpy(&v, bytes + k, 8);
      if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
      if (!table.may_hold(v, length)) continue;
      std::uint16_t classes = table.find(v, start, length, end);
      if (classes == 0) continue;
      // A finder's word that runs on into a Latin letter ("Juneé") opens nothing for the finders.
      if ((classes & ~kReaderWords) != 0 && date_text::word_at(text, static_cast<std::size_t>(stop - begin)))
        classes &= kReaderWords;
      if (classes != 0) mark(start, classes);
    }
  }
}

}  // namespace judgement::grammar
