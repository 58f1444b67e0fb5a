// The folded form of text that recognisers match phrases in: ASCII letters lower-cased and a
// typographic apostrophe (U+2019, or U+2018 used as one) written "'" padded to its three bytes
// ("\x01\x01'"), so that an offset into the folded text is the same offset into the text.
// Folded once, in the text layer: the layout folds a block's text when a recogniser asks for
// it (Layout::folded), and recognisers do not fold text themselves. Text that is not a block's
// (a line, a cover field, a name) is compared as written, case-insensitively, by the
// primitives below: no folded copy is made of it.
//
// The primitives take a needle in the form phrases are kept in (profile/phrase.hpp's
// phrase_key: lower case, an apostrophe as "'"), and match it as fold() would: an ASCII letter
// in either case, a "'" against a plain or a typographic apostrophe, any other byte (UTF-8 of
// other scripts included) as it stands. Offsets are into the text as written.
#ifndef JUDGEMENT_SRC_SOURCE_FOLD_HPP
#define JUDGEMENT_SRC_SOURCE_FOLD_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace judgement::detail {

/// `text` folded: what the comparisons below read text as (the tests' measure of them).
std::string fold(std::string_view text);

/// `text` folded into `out` (text.size() bytes), eight bytes at a time past those without a
/// capital or the lead byte of an apostrophe: the layout's folded block text (Layout::folded).
void fold_copy(std::string_view text, char* out);

/// c lower-cased if it is an ASCII capital.
constexpr char fold_letter(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Eight bytes, each lower-cased if it is an ASCII capital (fold_letter eight at a time).
constexpr std::uint64_t fold_letters8(std::uint64_t v) {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t high = ones * 0x80;
  const std::uint64_t x7 = v & ~high;
  // A byte in 'A'..'Z': above '@' and below '[', and ASCII (no carry crosses a byte: each is < 0x80).
  const std::uint64_t capital = (x7 + ones * (0x80 - 'A')) & ~(x7 + ones * (0x80 - 'Z' - 1)) & ~v & high;
  return v | (capital >> 2);
}

/// Whether text[i] starts a typographic apostrophe (U+2019, or U+2018).
constexpr bool apostrophe_at(std::string_view text, std::size_t i) {
  return text[i] == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
         (text[i + 2] == '\x99' || text[i + 2] == '\x98');
}

/// fold(text)[i], read from the text as written.
constexpr char folded_byte(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (static_cast<unsigned char>(c) < 0x80) return fold_letter(c);
  if (c == '\xE2') return apostrophe_at(text, i) ? '\x01' : c;
  if (c == '\x80') return i > 0 && apostrophe_at(text, i - 1) ? '\x01' : c;
  if (c == '\x99' || c == '\x98') return i > 1 && apostrophe_at(text, i - 2) ? '\'' : c;
  return c;
}

namespace fold_tables {
// [a-z0-9], and [A-Za-z0-9]: the bytes of a word in folded text, and in text as written.
inline constexpr auto word_bytes = [] {
  std::array<std::array<bool, 256>, 2> t{};
  for (int c = 0; c < 256; ++c) {
    const bool lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    t[0][static_cast<std::size_t>(c)] = lower;
    t[1][static_cast<std::size_t>(c)] = lower || (c >= 'A' && c <= 'Z');
  }
  return t;
}();
}  // namespace fold_tables

/// Whether folded text has a word go on at c: [a-z0-9] (a phrase matches whole words).
constexpr bool folded_word_byte(char c) { return fold_tables::word_bytes[0][static_cast<unsigned char>(c)]; }
/// Whether text as written has a word go on at c: [A-Za-z0-9], what folds to [a-z0-9].
constexpr bool written_word_byte(char c) { return fold_tables::word_bytes[1][static_cast<unsigned char>(c)]; }

/// Text as written, read byte by byte as fold() would give it (folded_byte): for a reader that
/// walks a short text that is not a block's (a cover line, a name) as it would walk folded text.
struct FoldedView {
  std::string_view text;
  explicit constexpr FoldedView(std::string_view t) : text(t) {}
  constexpr char operator[](std::size_t i) const { return folded_byte(text, i); }
  [[nodiscard]] constexpr std::size_t size() const { return text.size(); }
  /// Whether a word goes on at [i]: folded_word_byte((*this)[i]), read without folding.
  [[nodiscard]] constexpr bool word_at(std::size_t i) const { return written_word_byte(text[i]); }
};
/// The same for folded text.
constexpr bool word_at(std::string_view folded, std::size_t i) { return folded_word_byte(folded[i]); }
constexpr bool word_at(const FoldedView& text, std::size_t i) { return text.word_at(i); }


/// The end of `lower` matched at text[at] (no test of word boundaries), or npos.
inline std::size_t match_folded(std::string_view text, std::size_t at, std::string_view lower) {
  // As in fold(text): a "'" of `lower` passes over the \x01 bytes a typographic apostrophe's
  // first two bytes fold to. An ASCII byte is compared as it is, folded.
  std::size_t i = at, k = 0;
  const std::size_t n = text.size(), m = lower.size();
  while (k < m && i < n) {
    const char t = text[i];
    if (static_cast<unsigned char>(t) < 0x80) {
      if (fold_letter(t) != lower[k]) {
        // The text's own \x01, which a "'" passes over as in fold(text).
        if (t != '\x01' || lower[k] != '\'') return std::string_view::npos;
        ++i;
        continue;
      }
      ++i;
      ++k;
      continue;
    }
    const char c = folded_byte(text, i);
    if (c == '\x01' && lower[k] == '\'') {
      ++i;
      continue;
    }
    if (c != lower[k]) return std::string_view::npos;
    ++i;
    ++k;
  }
  return k < m ? std::string_view::npos : i;
}

/// equal_folded() where a typographic apostrophe may meet the phrase's "'".
bool equal_apostrophe_folded(std::string_view text, std::string_view lower);
/// Whether `text` is `lower`, whole.
inline bool equal_folded(std::string_view text, std::string_view lower) {
  // A typographic apostrophe makes the text longer than the phrase, never shorter.
  if (text.size() != lower.size()) return text.size() > lower.size() && equal_apostrophe_folded(text, lower);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (fold_letter(text[i]) != lower[i]) return false;
  }
  return true;
}
/// The length of the start of `text` that matches `lower` (more than lower.size() where an
/// apostrophe is typographic), or npos: for taking a matched lead off a text.
inline std::size_t folded_prefix(std::string_view text, std::string_view lower) { return match_folded(text, 0, lower); }
/// starts_with_folded() where a typographic apostrophe may meet the phrase's "'".
bool starts_with_apostrophe_folded(std::string_view text, std::string_view lower);
/// Whether `text` starts with `lower`.
inline bool starts_with_folded(std::string_view text, std::string_view lower) {
  // A typographic apostrophe makes the text longer than the phrase, never shorter.
  if (text.size() < lower.size()) return false;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    // Where a "'" meets another byte, it may be a typographic apostrophe's: matched in full.
    if (fold_letter(text[i]) != lower[i]) return lower[i] == '\'' && starts_with_apostrophe_folded(text, lower);
  }
  return true;
}
/// Whether `text` ends with `lower`.
bool ends_with_folded(std::string_view text, std::string_view lower);
/// Whether fold(a) == fold(b): two texts the same but for the case of their letters.
inline bool same_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (folded_byte(a, k) != folded_byte(b, k)) return false;
  }
  return true;
}

/// The first place at or after `from` where `lower` occurs in `text`, anywhere, or npos.
std::size_t find_folded(std::string_view text, std::string_view lower, std::size_t from = 0);
/// Whether `lower` occurs in `text`.
inline bool contains_folded(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && find_folded(text, lower) != std::string_view::npos;
}
/// The first place at or after `from` where `lower` occurs in `text` at a word start (the byte
/// before is no letter or digit), or npos: what find_word() finds in fold(text).
std::size_t find_word_folded(std::string_view text, std::string_view lower, std::size_t from = 0);

/// The end of `phrase` matched as whole words at text[at] (at a word start, and ending one), or
/// npos: what phrase_at() (profile/lexicon.hpp) finds in fold(text).
std::size_t phrase_at_folded(std::string_view text, std::size_t at, std::string_view phrase);
/// The first place at or after `from` where `phrase` occurs as whole words, `end` receiving its
/// end; npos when none: what find_phrase() finds in fold(text).
std::size_t find_phrase_folded(std::string_view text, std::string_view phrase, std::size_t from = 0,
                               std::size_t* end = nullptr);

}  // namespace judgement::detail

#endif
