// Case-insensitive searching in block text, for recognisers that look for fixed phrases.
#ifndef JUDGEMENT_SRC_RECOGNISE_TEXT_SEARCH_HPP
#define JUDGEMENT_SRC_RECOGNISE_TEXT_SEARCH_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace judgement::detail {

/// `text` with ASCII letters lower-cased and the typographic apostrophe (U+2019) written as
/// "'" padded to the same length ("\x01\x01'"), so offsets into the result are offsets into `text`.
std::string fold(std::string_view text);

/// The same in place, on text[begin, end) of a string (`begin` on a character boundary): eight
/// bytes at a time past those without a capital or the lead byte of an apostrophe.
void fold_in_place(std::string& text, std::size_t begin, std::size_t end);

/// Offset of `needle` (lower case, plain apostrophes) in folded `hay` at a word start, or npos.
std::size_t find_word(std::string_view hay, std::string_view needle, std::size_t from = 0);

/// `text` without surrounding spaces and the punctuation in `chars`.
std::string_view trim(std::string_view text, std::string_view chars = " \t,.;:");

}  // namespace judgement::detail

#endif
