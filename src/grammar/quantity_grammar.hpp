// The quantity grammar: the start of a text in, every reading of it as a quantity expression
// out. Written with Spirit X3, but nothing of X3 shows here, so the quantity finder never
// includes it and the grammar can be replaced without touching the finder.
//
// Blanks, dashes and word characters are the date grammar's (date_text in date_grammar.hpp),
// with one difference: a tab is never a blank inside a quantity, because the layout puts one
// between the cells of a table row, and "45<tab>children" is two cells, not a count.
#ifndef JUDGEMENT_SRC_GRAMMAR_QUANTITY_GRAMMAR_HPP
#define JUDGEMENT_SRC_GRAMMAR_QUANTITY_GRAMMAR_HPP

#include <cstddef>
#include <string_view>
#include <vector>

#include "grammar/date_grammar.hpp"
#include "grammar/quantity_ast.hpp"

namespace judgement::grammar {

namespace quantity_text {

/// The most bytes of blank between two tokens of one expression (as for dates).
inline constexpr std::size_t kMaxGap = date_text::kMaxGap;

/// Bytes of the blank at `text[i]` that may stand inside a quantity expression: any of the
/// date grammar's blanks but a tab.
constexpr std::size_t blank_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  auto const b = static_cast<unsigned char>(text[i]);
  if (b == ' ') return 1;
  // No blank starts with a printable ASCII byte, a continuation byte or C0/C1 (the lead bytes of
  // the Unicode spaces are C2, E2 and E3): most bytes are told in two compares.
  if ((b > ' ' && b < 0xC2) || b == '\t') return 0;
  return date_text::blank_at(text, i);
}

/// Whether `text[i]` starts "£" (U+00A3).
constexpr bool pound_at(std::string_view text, std::size_t i) noexcept {
  return i + 1 < text.size() && text[i] == '\xC2' && text[i + 1] == '\xA3';
}

}  // namespace quantity_text

/// Whether `text` starts with a token that can begin a quantity expression: a digit, "£", a
/// number word ("five"), the first word of a qualifier ("over", "as many as"), "from" or
/// "between". Far cheaper than read_quantity, so that a scan can pass over most words.
bool may_start_quantity(std::string_view text) noexcept;

/// A test of a few instructions on the bytes after the first token of `text` (where
/// may_start_quantity holds) that proves read_quantity reads no quantity there. False when
/// `text` starts with a number in digits that nothing the grammar reads on with can follow (no
/// unit, multiplier or second bound: its reading, if any, is that number alone, "12" in "12.
/// Children", "2019" in "2019/20", "5" in "5 and 6"), or with the first word of a qualifier,
/// "from" or "between" that nothing can follow (no later word of a qualifier phrase, no
/// amount: it reads nothing, as in "in the", "at 31 March", "from the"). True otherwise, and
/// always for "£" and a number word. The next word is judged by the grammar's own word lists.
bool may_read_quantity(std::string_view text) noexcept;

/// The words may_start_quantity accepts, in lower case (views of static text): what a scan
/// that marks words once (grammar/word_marks.hpp) looks up for the quantity finder.
std::vector<std::string_view> quantity_opening_words();

/// Whether `word` (the whole of it, any case) is a number word of the grammar: "one" to
/// "nineteen", the tens, and "twenty-five" and the like.
bool is_number_word(std::string_view word) noexcept;

/// Reads the quantity expressions that begin exactly at text[0], one reading per form that
/// parses there (see quantity_ast::Readings). Syntax only: "2019 children", "45" and "16 years
/// old" read fine and are refused by whoever gives them meaning. A reading never counts blanks
/// after its last token.
///
/// Every form is bounded: numbers of at most 15 digits, words of a few bytes, at most four
/// words of a noun phrase and quantity_text::kMaxGap bytes of blank between tokens, so a call
/// reads a bounded prefix of `text` however long it is. That is what keeps a scan that calls
/// this at every candidate linear. Never throws except std::bad_alloc.
quantity_ast::Readings read_quantity(std::string_view text);

}  // namespace judgement::grammar

#endif
