// Grade phrases compared word by word: case, spacing, line breaks and punctuation between
// words do not count ("Requires improvement\nto be good" == "requires improvement to be good").
#ifndef JUDGEMENT_SRC_SCALE_WORDS_HPP
#define JUDGEMENT_SRC_SCALE_WORDS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace judgement::detail {

/// The words of `text`, lower-cased. A word is a run of ASCII letters and digits or of
/// non-ASCII characters other than the Unicode spaces; everything else separates words.
std::vector<std::string> words_of(std::string_view text);

/// The words of `text` joined by single spaces: the form labels are compared in.
std::string normalise_phrase(std::string_view text);

}  // namespace judgement::detail

#endif
