// The readers' words the layout marks in every block, beside the finders' opening words
// (grammar/word_marks.hpp): one table, compiled once for a lexicon and a set of scales, marked
// in the one pass over each block's words. A reader jumps from mark to mark instead of scanning
// a block's bytes for its words itself:
// - kGradeKey: a grade's key word (scale/words.hpp GradeWords) of any scale given, or "grade";
//   the judgements reader starts at the first that is its scale's.
// - kMentionWord: a word a mention of an inspection may hold (Lexicon::mention_triggers) or a
//   grade said of one may start with (the first word of a label or alias, a verb that starts a
//   grade); the references scanner reads only around them.
#ifndef JUDGEMENT_SRC_LAYOUT_READER_WORDS_HPP
#define JUDGEMENT_SRC_LAYOUT_READER_WORDS_HPP

#include <algorithm>
#include <memory>
#include <vector>

#include "grammar/word_marks.hpp"
#include "judgement/scale.hpp"

namespace judgement::detail {

class Lexicon;

class ReaderWords {
 public:
  /// The words of `lexicon` and of every scale of `scales` and of the built-in registry (the
  /// references reader reads an earlier inspection's grade on a built-in scale too).
  ReaderWords(const ScaleRegistry& scales, const Lexicon& lexicon);
  ReaderWords(const ReaderWords&) = delete;
  ReaderWords& operator=(const ReaderWords&) = delete;

  [[nodiscard]] const grammar::WordTable& table() const noexcept { return table_; }
  /// Are the key words of `scale` marked kGradeKey: was it given, and could each be marked? A
  /// reader of a scale that is not looks for its words itself.
  [[nodiscard]] bool marks_keys_of(const GradeScale& scale) const noexcept {
    return std::find(marked_.begin(), marked_.end(), &scale) != marked_.end();
  }
  /// Are the words a mention or a grade of `scales` may start with marked kMentionWord, for
  /// `lexicon`?
  [[nodiscard]] bool marks_mentions_of(const Lexicon& lexicon, const std::vector<const GradeScale*>& scales) const;

 private:
  grammar::WordTable table_;
  const Lexicon* lexicon_;
  std::vector<const GradeScale*> marked_;  // the scales whose first words are all marked
  bool mentions_marked_ = true;            // the lexicon's triggers and verbs all marked
};

/// The readers' words of the built-in lexicon and scales, compiled once for the process; of any
/// other, compiled now into `storage`.
const ReaderWords& reader_words_of(const ScaleRegistry& scales, const Lexicon& lexicon,
                                   std::unique_ptr<ReaderWords>& storage);

}  // namespace judgement::detail

#endif
