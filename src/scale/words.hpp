// Grade phrases compared word by word: case, spacing, line breaks and punctuation between
// words do not count ("Requires improvement\nto be good" == "requires improvement to be good").
#ifndef JUDGEMENT_SRC_SCALE_WORDS_HPP
#define JUDGEMENT_SRC_SCALE_WORDS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/scale.hpp"

namespace judgement::detail {

/// The words of `text`, lower-cased. A word is a run of ASCII letters and digits or of
/// non-ASCII characters other than the Unicode spaces; everything else separates words.
std::vector<std::string> words_of(std::string_view text);

/// The words of `text` joined by single spaces: the form labels are compared in.
std::string normalise_phrase(std::string_view text);

/// Length of a Unicode space (no-break, en/em and thin spaces, narrow no-break) starting at
/// text[i], or 0. PDF converters emit these between grade words, so they separate words.
inline std::size_t unicode_space_at(std::string_view s, std::size_t i) noexcept {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;  // U+00A0
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) >= 0x80 && b(i + 2) <= 0x8B)
    return 3;  // U+2000..U+200B
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) == 0xAF) return 3;  // U+202F
  return 0;
}

/// A word of a text as words_of() cuts it, in place: text[begin, end).
struct WordSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] bool empty() const noexcept { return begin == end; }
  [[nodiscard]] std::string_view in(std::string_view text) const noexcept { return text.substr(begin, end - begin); }
};

/// What a byte is to the word scan: part of a word, a separator, or the lead byte of a character
/// that may be a Unicode space (unicode_space_at tells; otherwise it is part of a word).
enum class ByteKind : std::uint8_t { word, separator, space_lead };

inline constexpr std::array<ByteKind, 256> byte_kinds = [] {
  std::array<ByteKind, 256> t{};
  for (std::size_t c = 0; c < 0x80; ++c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    t[c] = alnum ? ByteKind::word : ByteKind::separator;
  }
  t[0xC2] = ByteKind::space_lead;
  t[0xE2] = ByteKind::space_lead;
  return t;
}();

/// The first word of `text` that starts at or after `from`; empty, at text.size(), when none.
inline WordSpan next_word(std::string_view text, std::size_t from) noexcept {
  const auto* const s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = from;
  for (;; ++i) {  // separators
    while (i < n && byte_kinds[s[i]] == ByteKind::separator) ++i;
    if (i == n || byte_kinds[s[i]] == ByteKind::word) break;
    const std::size_t space = unicode_space_at(text, i);
    if (space == 0) break;
    i += space - 1;
  }
  const std::size_t begin = i;
  for (; i < n; ++i) {  // the word's bytes
    while (i < n && byte_kinds[s[i]] == ByteKind::word) ++i;
    if (i == n || byte_kinds[s[i]] == ByteKind::separator || unicode_space_at(text, i) != 0) break;
  }
  return WordSpan{begin, i};
}

/// Whether `word`, its ASCII letters lower-cased, is `lower`.
bool same_word(std::string_view word, std::string_view lower) noexcept;

/// The words a grade of one scale is read from, compiled once for the scale. Every text that
/// GradeScale::match reads as a grade holds a key word: the first word of one of the scale's
/// labels or aliases, or "grade" ("Grade 4"); and it starts with a key word or with a number of
/// up to three digits ("4 (Inadequate)"). Text without them need not be matched at all. A
/// footnote mark glued to a word ("Inadequate1") does not hide it. A scale built in code may
/// have a label without words (define_scales() refuses one), which text without words spells:
/// for such a scale every text may hold a grade.
class GradeWords {
 public:
  explicit GradeWords(const GradeScale& scale);
  /// The key words of every scale of `scales`: a text without them holds no grade of any.
  explicit GradeWords(const std::vector<GradeScale>& scales);

  /// Can a key word start with byte `c` (a letter in either case)?
  [[nodiscard]] bool may_open(char c) const noexcept { return first_[static_cast<unsigned char>(c)]; }
  /// Is `word` (a word as next_word() cuts it) a key word, in any case?
  [[nodiscard]] bool key(std::string_view word) const noexcept;
  /// Can a grade start with `word`: a key word or a number of up to three digits? An empty
  /// `word` (text without words) only for a scale with a label without words.
  [[nodiscard]] bool may_start(std::string_view word) const noexcept;
  /// Where the first key word of `text` that starts at or after `from` starts, or npos: one
  /// pass over the bytes, and only a word whose first letters start a key is compared. For a
  /// scale with a label without words, `from` itself (when inside the text).
  [[nodiscard]] std::size_t find(std::string_view text, std::size_t from = 0) const noexcept;
  /// Does a word start at text[at], and is it a key? find() is the first place where one does.
  [[nodiscard]] bool key_at(std::string_view text, std::size_t at) const noexcept;
  /// Does the scale have a label or alias without words?
  [[nodiscard]] bool wordless() const noexcept { return wordless_; }

 private:
  [[nodiscard]] bool may_be_key(std::size_t start) const noexcept {
    return start == static_cast<std::size_t>(-1) ? other_starts_ : (starts_[start / 64] >> (start % 64) & 1U) != 0;
  }

  // Adds the first word of `phrase` as a key; the labels and aliases of `scale`; fills
  // letter_lanes_ once every key is in.
  void add(std::string_view phrase);
  void add_scale(const GradeScale& scale);
  void fill_lanes();

  // find() from text[from] (from > 0) sixteen bytes at a time, comparing with K first letters.
  template <std::size_t K>
  [[nodiscard]] std::size_t find_sse2(std::string_view text, std::size_t from) const noexcept;

  static constexpr std::size_t kStarts = 27 * 27 * 27;
  // The key words, lower-cased, and a bit for the start of each (its first three letters, up to
  // a byte that is no letter): a word whose start has no bit is no key.
  std::vector<std::string> keys_;
  std::array<std::uint64_t, kStarts / 64 + 1> starts_{};
  bool other_starts_ = false;  // a key that does not start with an ASCII letter
  bool wordless_ = false;      // a label or alias without words
  std::array<bool, 256> first_{};  // the bytes a key starts with (a letter in either case)
  // The lower-case first letters of the keys, for a scan of many bytes at a time; letter_count_
  // past the array's size when there are more.
  static constexpr std::size_t kLetters = 8;
  std::array<unsigned char, kLetters> letters_{};
  std::size_t letter_count_ = 0;
  // Each of letters_ sixteen times over (the first again where there are fewer than kLetters),
  // loaded whole by the scan.
  alignas(16) std::array<std::array<unsigned char, 16>, kLetters> letter_lanes_{};
};

/// The key words of `scale`: compiled once for the process when `scale` is one of the built-in
/// registry's scales (every document reads them), otherwise compiled now into `storage`.
const GradeWords& grade_words_of(const GradeScale& scale, std::optional<GradeWords>& storage);
/// The key words of every scale of `scales`, likewise compiled once for the built-in registry.
const GradeWords& grade_words_of(const ScaleRegistry& scales, std::optional<GradeWords>& storage);

}  // namespace judgement::detail

#endif
