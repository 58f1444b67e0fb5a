// Searching in folded text (a block's, Layout::folded, or a heading's key), for recognisers that
// look for fixed phrases; text as written is searched by source/fold.hpp's primitives.
#ifndef JUDGEMENT_SRC_RECOGNISE_TEXT_SEARCH_HPP
#define JUDGEMENT_SRC_RECOGNISE_TEXT_SEARCH_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "source/fold.hpp"

namespace judgement::detail {

/// Offset of `needle` (lower case, plain apostrophes) in folded `hay` at a word start, or npos.
std::size_t find_word(std::string_view hay, std::string_view needle, std::size_t from = 0);

/// `text` without surrounding spaces and the punctuation in `chars`.
std::string_view trim(std::string_view text, std::string_view chars = " \t,.;:");

}  // namespace judgement::detail

#endif
