// A block's tokens: its text cut into words, dates, punctuation and cell separators, by the one
// rule of what a word is that every reader reads by. The layout cuts a block's tokens once, when
// a reader first asks for them (Layout::tokens), and holds them as it holds block texts: most of
// a report is never read word by word (a reader jumps from mark to mark, Layout::marks, and asks
// for the tokens of the few blocks that hold its words), so a token list is made only for those.
//
// - A word is a run of ASCII letters and digits, with the characters of two-byte UTF-8 from
//   U+00C0 to U+017F (Latin letters with accents: "Sérgio"), an apostrophe plain or typographic
//   between letters ("children's") and a hyphen before a letter or digit ("well-being") inside
//   it. It never runs into a date.
// - A date is a date expression the layout found (Layout::dates), one token however many words.
// - A cell separator is a tab (between a table row's label and the rest), a bullet glyph (private-use bullets of PDF
//   fonts, "•", shapes, box lines) or a minus sign: something that ends a sentence's run of words
//   the way a new line of a list does.
// - Punctuation is every other character but spaces, quotes (plain and typographic), emphasis
//   marks ('*', '_') and no-break spaces, which are no tokens.
//
// Each token is a place in the block's text, with its key: for a word, the word folded (ASCII
// capitals lower-cased, a typographic apostrophe "'": as the lexicon writes its phrases); for
// punctuation, the character ("-" for a dash, "?" for any other that is not ASCII).
#ifndef JUDGEMENT_SRC_LAYOUT_TOKENS_HPP
#define JUDGEMENT_SRC_LAYOUT_TOKENS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/date_finder.hpp"
#include "source/fold.hpp"
#include "source/source.hpp"

namespace judgement::detail {

enum class TokenKind : std::uint8_t { word, date, punct, separator };

/// 20 bytes, a view of a block's text.
struct Token {
  Offset begin = 0;  ///< into the block's text (Layout::text)
  Offset end = 0;
  /// A date: its index in Layout::dates(block). Any other token: where its key starts in
  /// Tokens::keys.
  Offset key = 0;
  Offset key_size = 0;
  TokenKind kind = TokenKind::word;
  /// A word that starts with an ASCII capital or a digit, or a date: what may start a sentence.
  bool upper = false;
};

/// The tokens of one block, and their keys.
struct Tokens {
  std::span<const Token> list;
  /// The keys one after another; eight bytes past its end are readable (a reader that compares
  /// keys eight bytes at a time may read past a key's end).
  std::string_view keys;

  /// The token's key: empty for a date.
  [[nodiscard]] std::string_view key(const Token& t) const {
    return t.kind == TokenKind::date ? std::string_view() : keys.substr(t.key, t.key_size);
  }
};

namespace tokens {

constexpr bool ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
constexpr bool ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// ASCII letters and digits by byte: 1 for a digit or a lower-case letter, 2 for a capital.
inline constexpr std::array<std::uint8_t, 256> word_byte = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (ascii_alnum(static_cast<unsigned char>(c))) t[static_cast<std::size_t>(c)] = c >= 'A' && c <= 'Z' ? 2 : 1;
  }
  return t;
}();

/// Whether a word starts at text[i]: an ASCII letter or digit, or the lead byte of a character of
/// two bytes from U+00C0 to U+017F (Latin letters with accents, and "×" and "÷" among them).
inline bool word_starts_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  return word_byte[c] != 0 || (c >= 0xC3 && c <= 0xC5 && i + 1 < text.size());
}

/// The end of the word that starts at text[i] (word_starts_at), not past a date that starts at
/// `stop` (npos for none). `typographic` is set when the word holds a typographic apostrophe
/// (its key is then shorter than it).
inline std::size_t word_end(std::string_view text, std::size_t i, std::size_t stop, bool& typographic) {
  const std::size_t n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t j = i;
  typographic = false;
  // `stop` is at or after i, at a character's start: no step below passes over it.
  const std::size_t limit = stop < n ? stop : n;
  for (;;) {
    while (j < limit && word_byte[p[j]] != 0) ++j;
    if (j >= limit) break;
    const unsigned char c = p[j];
    if (c >= 0xC3 && c <= 0xC5 && j + 1 < n) {
      j += 2;
    } else if (c == '\'' && j + 1 < n && ascii_alpha(p[j + 1])) {
      j += 1;
    } else if (apostrophe_at(text, j) && j + 3 < n && ascii_alpha(p[j + 3])) {
      typographic = true;
      j += 3;
    } else if (c == '-' && j + 1 < n && ascii_alnum(p[j + 1])) {
      j += 1;
    } else {
      break;
    }
  }
  return j < n ? j : n;
}

/// Writes the key of the word text[i, j) at `out` (at most j - i bytes), and returns its size:
/// its ASCII capitals lower-cased, each typographic apostrophe "'".
std::size_t word_key(std::string_view text, std::size_t i, std::size_t j, char* out);

/// Cuts `text` (a block's text) into `out` (cleared first) and their keys into `keys` from its
/// start, with `dates` (Layout::dates of the block) as date tokens; returns the keys' size.
/// `keys` is grown as needed, never shrunk, and eight bytes past the keys are readable.
std::size_t cut(std::string_view text, std::span<const grammar::DateHit> dates, std::vector<Token>& out,
                std::string& keys);

/// Cuts `text` as cut() does, from `from` on, until the next token would start at or after
/// `limit`: appends to `out` every token that starts before `limit` (a word or a date that
/// straddles it whole) and their keys to `keys` after its first `used` bytes, and adds their size
/// to `used`. Returns where it stopped, to go on from (at or after `limit`), or npos when it
/// reached the text's end. `from` is 0 to start, else where an earlier cut of the same text and
/// dates into the same `out` and `keys` stopped: the tokens are then those one cut of the whole
/// text gives. `keys` is grown as needed (to the whole text's size: a word may run to its end),
/// never shrunk, and eight bytes past the keys are readable.
std::size_t cut(std::string_view text, std::span<const grammar::DateHit> dates, std::size_t from, std::size_t limit,
                std::vector<Token>& out, std::string& keys, std::size_t& used);

}  // namespace tokens

/// The end (the index past its last token) of `phrase` (a lexicon row: words in lower case, one
/// space between) read at token i of a block's tokens (Layout::tokens, whose text is `text`): its
/// words are the keys of word tokens one after another, each a space from the next, as the row
/// writes them; npos when they are not there.
std::size_t words_at(std::string_view text, const Tokens& tokens, std::size_t i, std::string_view phrase);

/// The token lists the layout has cut, for the last `held` blocks asked for: a list given stays
/// good until the tokens of `held` other blocks have been asked for (asked for again, it is
/// the newest again), or until more of the same block's tokens than it holds are asked for
/// (the list is then cut on, and may move). A block's list may be cut only up to a limit (the
/// tokens of a block's opening, for a reader of its first sentence): it is cut on when more is
/// asked for, and asked for less, the list held is given, which may hold more. The lists of a
/// very large block are freed when the next block takes their place, not kept at that size for
/// the rest of the parse. Built with JUDGEMENT_TEXT_CACHE_STRICT (the sanitizer builds), every
/// list given up is freed, a list cut on included, so that a reader that keeps one too long
/// reads freed memory, which AddressSanitizer reports.
class TokenCache {
 public:
  static constexpr std::size_t held = 4;
  static constexpr std::size_t whole = std::string_view::npos;

  /// Block `block`'s tokens, at least those that start before `limit` (`whole`: all of them),
  /// cut by `cut(std::vector<Token>& out, std::string& keys, std::size_t& used, std::size_t
  /// from, std::size_t limit)` (tokens::cut, returning where it stopped or npos) unless held.
  template <class Cut>
  Tokens get(std::uint32_t block, std::size_t limit, Cut&& cut) {
    ++clock_;
    Entry* oldest = &entries_[0];
    Entry* e = nullptr;
    for (Entry& x : entries_) {
      if (x.block == block) {
        e = &x;
        break;
      }
      if (x.used < oldest->used) oldest = &x;
    }
    if (e != nullptr && e->cut_to >= limit) {
      e->used = clock_;
      return e->view();
    }
    if (e == nullptr) {
      e = oldest;
#ifdef JUDGEMENT_TEXT_CACHE_STRICT
      *e = Entry{};
#else
      if (e->tokens.capacity() > kept_tokens || e->keys.size() > kept_keys) *e = Entry{};
#endif
      e->block = block;
      e->tokens.clear();
      e->key_size = 0;
      e->cut_to = 0;
    } else {
#ifdef JUDGEMENT_TEXT_CACHE_STRICT
      // Cut again from the start into new buffers: the list given before is freed.
      *e = Entry{};
      e->block = block;
#endif
    }
    e->used = clock_;
    e->cut_to = cut(e->tokens, e->keys, e->key_size, e->cut_to, limit);
    return e->view();
  }

 private:
  // The most an entry keeps from one block to the next (about 1.3 MB and 1 MB).
  static constexpr std::size_t kept_tokens = std::size_t{1} << 16;
  static constexpr std::size_t kept_keys = std::size_t{1} << 20;

  struct Entry {
    std::uint32_t block = UINT32_MAX;
    std::uint64_t used = 0;  // when last asked for
    std::vector<Token> tokens;
    std::string keys;
    std::size_t key_size = 0;
    // Where the cut stopped: every token that starts before it is held (`whole`: all of them).
    std::size_t cut_to = 0;
    [[nodiscard]] Tokens view() const { return {tokens, std::string_view(keys.data(), key_size)}; }
  };
  std::array<Entry, held> entries_;
  std::uint64_t clock_ = 0;
};

}  // namespace judgement::detail

#endif
