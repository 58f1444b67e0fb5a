// The date grammar: the start of a text in, every reading of it as a date expression out. The
// grammar is written with Spirit X3, but nothing of X3 shows here, so its users (the date
// finder) never include it and the grammar can be replaced without touching them.
//
// Also here, because the grammar and the finder must agree on them: what counts as a blank, a
// dash and a word character. All are spelt out byte by byte rather than taken from <cctype>,
// whose classes follow the global locale the host program may have changed.
#ifndef JUDGEMENT_SRC_GRAMMAR_DATE_GRAMMAR_HPP
#define JUDGEMENT_SRC_GRAMMAR_DATE_GRAMMAR_HPP

#include <cstddef>
#include <string_view>
#include <vector>

#include "grammar/date_ast.hpp"

namespace judgement::grammar {

namespace date_text {

/// The most bytes of blank between two tokens of one expression. Blank runs are where PDF
/// conversion spreads a date over lines, but a run longer than this is layout (a column gap,
/// a blank page) rather than a space inside a date; the bound also keeps every reading short.
inline constexpr std::size_t kMaxGap = 128;

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_word(char c) noexcept { return is_digit(c) || is_ascii_letter(c) || c == '_'; }

/// Bytes of the blank character at `text[i]`, 0 if there is none: ASCII white space and the
/// Unicode spaces PDF text uses between a day and its month (no-break, thin, narrow no-break).
constexpr std::size_t blank_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 == ' ' || (b0 >= '\t' && b0 <= '\r')) return 1;
  if (i + 1 >= text.size()) return 0;
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  if (b0 == 0xC2 && b1 == 0xA0) return 2;  // U+00A0
  if (i + 2 >= text.size()) return 0;
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  if (b0 == 0xE2 && b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) return 3;  // U+2000..U+200A, U+202F
  if (b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F) return 3;                  // U+205F
  if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) return 3;                  // U+3000
  return 0;
}

/// Bytes of the blank run at `text[i]` as the grammar's skipper takes it between two tokens (0
/// when there is none), or npos when it is longer than kMaxGap: a gap no expression crosses.
constexpr std::size_t gap_at(std::string_view text, std::size_t i) noexcept {
  std::size_t n = 0;
  while (std::size_t const b = blank_at(text, i + n)) {
    n += b;
    if (n > kMaxGap) return std::string_view::npos;
  }
  return n;
}

/// Bytes of the dash at `text[i]`, 0 if there is none: '-', U+2010..U+2015 (hyphen,
/// non-breaking hyphen, figure dash, en dash, em dash, bar), U+2212 (minus) and U+2500 (a box
/// drawing line, which is what some Ofsted PDFs give pdftotext for the dash of a date range).
constexpr std::size_t dash_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  if (text[i] == '-') return 1;
  if (i + 2 >= text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  if (b0 == 0xE2 && b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) return 3;
  if (b0 == 0xE2 && b1 == 0x88 && b2 == 0x92) return 3;
  if (b0 == 0xE2 && b1 == 0x94 && b2 == 0x80) return 3;
  return 0;
}

/// Whether the two bytes spell a Latin letter in UTF-8: U+00C0..U+024F but for × and ÷.
constexpr bool is_latin_letter(unsigned char b0, unsigned char b1) noexcept {
  if (b0 < 0xC3 || b0 > 0xC9 || b1 < 0x80 || b1 > 0xBF) return false;
  return !(b0 == 0xC3 && (b1 == 0x97 || b1 == 0xB7));
}

/// Whether a word goes on at `text[i]`: an ASCII letter, digit or '_', or a Latin letter
/// written in UTF-8, so that "12Junes" and "Juneé" are one word and not a date followed by
/// something.
constexpr bool word_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return false;
  if (is_ascii_word(text[i])) return true;
  return i + 1 < text.size() &&
         is_latin_letter(static_cast<unsigned char>(text[i]), static_cast<unsigned char>(text[i + 1]));
}

/// Whether a word ends just before `text[i]` (the mirror of word_at).
constexpr bool word_before(std::string_view text, std::size_t i) noexcept {
  if (i == 0 || i > text.size()) return false;
  if (is_ascii_word(text[i - 1])) return true;
  return i >= 2 &&
         is_latin_letter(static_cast<unsigned char>(text[i - 2]), static_cast<unsigned char>(text[i - 1]));
}

}  // namespace date_text

/// Whether `text` starts with a token that can begin a date expression: a number of one, two
/// or four digits, or a month, weekday or season name, or "between". Far cheaper than
/// read_date, so that a scan can pass over most words without reading them.
bool may_start_date(std::string_view text) noexcept;

/// may_start_date, and then a test of a few dozen instructions on the bytes after a number of
/// one or two digits that proves read_date reads nothing there: false where the number is
/// followed by nothing a day list goes on with (day_list_start: a month, a dash, "to", ",",
/// "and", "&", "of"; the words judged by the grammar's own tables) and is no numeric date
/// ("25 pupils", "25%", "18. A", "24.5%", a number alone). Where it is false every form
/// read_date tries fails, so a scan passes over the position exactly as if read_date had
/// given no reading. Never throws.
bool may_read_date(std::string_view text) noexcept;

/// The words may_start_date accepts, in lower case (views of static text): what a scan that
/// marks words once (grammar/word_marks.hpp) looks up for the date finder.
std::vector<std::string_view> date_opening_words();

/// Reads the date expressions that begin exactly at text[0], one reading per form of the
/// grammar that parses there (see date_ast::Readings). Syntax only: "31 February 2019" and
/// "2012-15" read fine and are refused by whoever gives them meaning. A reading never counts
/// blanks after its last token.
///
/// Every form is bounded: at most 36 periods, tokens of at most a few bytes, and at most
/// date_text::kMaxGap bytes of blank between them, so a call reads a bounded prefix of `text`
/// however long it is. That is what keeps a scan that calls this at every word linear.
/// Never throws except std::bad_alloc.
date_ast::Readings read_date(std::string_view text);

}  // namespace judgement::grammar

#endif
