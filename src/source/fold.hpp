// The folded form of text that recognisers match phrases in: ASCII letters lower-cased and a
// typographic apostrophe (U+2019, or U+2018 used as one) written "'" padded to its three bytes
// ("\x01\x01'"), so that an offset into the folded text is the same offset into the text.
// Folded once, in the text layer: the layout folds a block's text when a recogniser asks for
// it (Layout::folded), and recognisers do not fold text themselves.
#ifndef JUDGEMENT_SRC_SOURCE_FOLD_HPP
#define JUDGEMENT_SRC_SOURCE_FOLD_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace judgement::detail {

/// `text` folded.
std::string fold(std::string_view text);

/// The same in place, on text[begin, end) of a string (`begin` on a character boundary): eight
/// bytes at a time past those without a capital or the lead byte of an apostrophe.
void fold_in_place(std::string& text, std::size_t begin, std::size_t end);

/// `text` folded into `out` (text.size() bytes).
void fold_copy(std::string_view text, char* out);

}  // namespace judgement::detail

#endif
