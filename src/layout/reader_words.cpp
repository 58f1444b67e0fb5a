#include "layout/reader_words.hpp"

#include <algorithm>
#include <string>

#include "profile/lexicon.hpp"
#include "judgement/profile.hpp"
#include "scale/words.hpp"

namespace judgement::detail {

ReaderWords::ReaderWords(const ScaleRegistry& scales, const Lexicon& lexicon)
    : table_(grammar::WordTable::openings()), lexicon_(&lexicon) {
  using grammar::kGradeKey;
  using grammar::kMentionWord;
  table_.add_reader_word("grade", kGradeKey);
  // A phrase's first word is a key (GradeWords) and the first word of a grade said of an
  // inspection (GradeStatements, judged form). A scale is marked when every phrase's is: one
  // with a phrase without words (which keys every text) or a word the table cannot hold is not.
  auto add_scale = [&](const GradeScale& scale) {
    bool all = true;
    for (const Grade& g : scale.grades()) {
      auto add = [&](const std::string& phrase) {
        const std::vector<std::string> words = words_of(phrase);
        const bool added = !words.empty() && table_.add_reader_word(words.front(), kGradeKey | kMentionWord);
        all = all && added;
      };
      add(g.label);
      for (const std::string& alias : g.aliases) add(alias);
    }
    if (all) marked_.push_back(&scale);
  };
  for (const GradeScale& scale : scales.scales()) add_scale(scale);
  if (&scales != &ScaleRegistry::builtin()) {
    for (const GradeScale& scale : ScaleRegistry::builtin().scales()) add_scale(scale);
  }
  for (const std::string& t : lexicon.mention_triggers()) {
    mentions_marked_ = table_.add_reader_word(t, kMentionWord) && mentions_marked_;
  }
  for (const Phrases list : {Phrases::grade_verb_form, Phrases::grade_verb}) {
    for (const std::string& w : lexicon.phrases(list)) {
      if (!w.empty()) mentions_marked_ = table_.add_reader_word(w, kMentionWord) && mentions_marked_;
    }
  }
  table_.compile();
}

bool ReaderWords::marks_mentions_of(const Lexicon& lexicon, const std::vector<const GradeScale*>& scales) const {
  if (&lexicon != lexicon_ || !mentions_marked_) return false;
  return std::all_of(scales.begin(), scales.end(), [&](const GradeScale* s) {
    return std::find(marked_.begin(), marked_.end(), s) != marked_.end();
  });
}

const ReaderWords& reader_words_of(const ScaleRegistry& scales, const Lexicon& lexicon,
                                   std::unique_ptr<ReaderWords>& storage) {
  if (&scales == &ScaleRegistry::builtin() && &lexicon == &ProfileRegistry::builtin().lexicon()) {
    static const ReaderWords builtin(ScaleRegistry::builtin(), ProfileRegistry::builtin().lexicon());
    return builtin;
  }
  storage = std::make_unique<ReaderWords>(scales, lexicon);
  return *storage;
}

}  // namespace judgement::detail
