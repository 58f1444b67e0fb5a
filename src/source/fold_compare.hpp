// Comparisons of text with lower-case phrases as the folded text (source/fold.hpp) would compare
// them, made on the text itself: no folded copy. Each gives what the same comparison of fold(text)
// gives (the offsets are the same: fold() keeps every byte where it is), for recognisers that
// compare a piece of text that is no slice of a block's text (Layout::folded), or too little of
// one to be worth folding.
#ifndef JUDGEMENT_SRC_SOURCE_FOLD_COMPARE_HPP
#define JUDGEMENT_SRC_SOURCE_FOLD_COMPARE_HPP

#include <cstddef>
#include <string_view>

namespace judgement::detail {

/// The byte fold(text) has at text[i]: an ASCII capital lower-cased, the three bytes of a
/// typographic apostrophe (U+2019, U+2018) "\x01\x01'", any other byte as it is.
inline char folded_at(std::string_view text, std::size_t i) noexcept {
  const char c = text[i];
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if ((c & 0x80) == 0) return c;
  auto quote_end = [&](std::size_t k) { return k < text.size() && (text[k] == '\x99' || text[k] == '\x98'); };
  if (c == '\xE2') return i + 1 < text.size() && text[i + 1] == '\x80' && quote_end(i + 2) ? '\x01' : c;
  if (c == '\x80') return i >= 1 && text[i - 1] == '\xE2' && quote_end(i + 1) ? '\x01' : c;
  if (c == '\x99' || c == '\x98') return i >= 2 && text[i - 2] == '\xE2' && text[i - 1] == '\x80' ? '\'' : c;
  return c;
}

/// fold(text).find(lower, from): `lower` anywhere in the text, not only at a word's start.
inline std::size_t folded_find(std::string_view text, std::string_view lower, std::size_t from = 0) noexcept {
  if (lower.empty()) return from <= text.size() ? from : std::string_view::npos;
  // The first byte as the text may have it: a letter in either case, else only as it is (or, for
  // the padding byte, the first byte of an apostrophe), told by folded_at().
  const char first = lower[0];
  const char capital = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
  const bool plain = capital != first || ((first & 0x80) == 0 && first != '\x01' && first != '\'');
  for (std::size_t at = from; at + lower.size() <= text.size(); ++at) {
    if (plain ? text[at] != first && text[at] != capital : folded_at(text, at) != first) continue;
    std::size_t k = 1;
    while (k < lower.size() && folded_at(text, at + k) == lower[k]) ++k;
    if (k == lower.size()) return at;
  }
  return std::string_view::npos;
}

/// fold(text).ends_with(lower).
inline bool folded_ends_with(std::string_view text, std::string_view lower) noexcept {
  if (text.size() < lower.size()) return false;
  const std::size_t from = text.size() - lower.size();
  for (std::size_t k = 0; k < lower.size(); ++k) {
    if (folded_at(text, from + k) != lower[k]) return false;
  }
  return true;
}

/// fold(text) == lower.
inline bool folded_equals(std::string_view text, std::string_view lower) noexcept {
  return text.size() == lower.size() && folded_ends_with(text, lower);
}

/// fold(a) == fold(b).
inline bool folded_same(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (folded_at(a, k) != folded_at(b, k)) return false;
  }
  return true;
}

/// phrase_at(fold(text), at, phrase) (profile/lexicon.hpp): the end of `phrase` (phrase_key
/// form) matched as whole words at text[at], or npos. A typographic apostrophe in the text
/// matches the phrase's "'".
inline std::size_t folded_phrase_at(std::string_view text, std::size_t at, std::string_view phrase) noexcept {
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (phrase.empty() || at >= text.size() || (at > 0 && alnum(folded_at(text, at - 1)))) return std::string_view::npos;
  std::size_t i = at, k = 0;
  while (k < phrase.size() && i < text.size()) {
    const char c = folded_at(text, i);
    if (c == '\x01' && phrase[k] == '\'') {
      ++i;
      continue;
    }
    if (c != phrase[k]) return std::string_view::npos;
    ++i;
    ++k;
  }
  if (k < phrase.size() || (i < text.size() && alnum(folded_at(text, i)))) return std::string_view::npos;
  return i;
}

/// find_phrase(fold(text), phrase) (profile/lexicon.hpp): where `phrase` first occurs as whole
/// words, or npos.
inline std::size_t folded_find_phrase(std::string_view text, std::string_view phrase) noexcept {
  if (phrase.empty()) return std::string_view::npos;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (folded_at(text, at) != phrase[0] && !(phrase[0] == '\'' && folded_at(text, at) == '\x01')) continue;
    if (folded_phrase_at(text, at, phrase) != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

}  // namespace judgement::detail

#endif
