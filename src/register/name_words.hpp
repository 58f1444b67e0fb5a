// The one normaliser of provider names: a name's words, and the forms it takes when the words a
// council's name is written with ("London Borough of", "City Council", "Local Area
// Partnership") are taken off. The register resolves names through it (register.cpp) and the
// timeline's provider_key() is its last form.
#ifndef JUDGEMENT_SRC_REGISTER_NAME_WORDS_HPP
#define JUDGEMENT_SRC_REGISTER_NAME_WORDS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace judgement::detail {

/// A name's words: ASCII letters lower-cased, split at anything that is not a letter or a
/// digit; "&" is the word "and"; an apostrophe (' or U+2019) does not split and is dropped
/// ("Children's" is "childrens"). Bytes of other scripts are kept as they are.
std::vector<std::string> name_words(std::string_view name);

/// A run of a name's words, [begin, end).
struct WordRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Which affixes name_forms() takes off.
enum class Affixes { prefixes_and_suffixes, suffixes_only };

/// The forms of a name, each a run of `words`: first the whole name, then one more form each
/// time a suffix ("Council", "Metropolitan Borough Council", ", County of", "Local Area
/// Partnership", "Children's Services", ...) and then a prefix ("the", "London Borough of",
/// "City of", ...) is taken off. A name is never emptied: "City Council" alone stays whole.
/// The affixes are rows of a table (name_words.cpp). Linear in the number of words.
std::vector<WordRange> name_forms(const std::vector<std::string>& words, Affixes affixes = Affixes::prefixes_and_suffixes);

/// The words of `range` joined by single spaces.
std::string join_words(const std::vector<std::string>& words, WordRange range);

/// The bytes join_words() would give, without building it.
std::size_t joined_size(const std::vector<std::size_t>& word_ends, WordRange range);

}  // namespace judgement::detail

#endif
