// A grade stated in a sentence: the one reader of it, which the judgements recogniser (a
// report's own grades) and the references scanner (the grades said of an earlier inspection)
// both call. What a statement is, and whose, stays theirs; how its grade words and verbs are
// read is this.
//
// A grade is stated by its words: a label or alias of a scale, the first word possibly a verb
// that starts a grade ("requires" improvement to be good), whose forms are the lexicon's
// `judgements grade_verb` and `references grade_verb_form` rows, read as one list. The caller
// says which statement it reads (GradeForm):
// - sentence_final: "<area> <verb> <grade>." The grade ends the sentence and follows a verb of
//   the lexicon's `sentence_verb` list, a verb that starts a grade or a colon; it is read as
//   written on one scale (its number too: "is 4 (Inadequate)"). A report states its own grades
//   so ("The judgement for overall effectiveness is inadequate").
// Both forms read the layout's tokens of a block (layout/tokens.hpp), each word by its key: the
// judged form a sentence's words through its caller's `Words`, the sentence-final form the
// block's tokens themselves (a verb's words, a colon, the key words and a number before one);
// only where the grade's words end, between tokens, are the bytes looked at (a space, "**").
// - judged: "was judged to be inadequate", "required improvement to be good", "an inadequate
//   judgement". The grade stands anywhere in a sentence, is a label or alias of any of the
//   scales, its verb in any of its forms, and is stated as a judgement by a `grade_trigger`
//   shortly before it in its clause or an `outcome_noun` after it, and is followed by no word
//   but an `after_grade` one. Grades said of an earlier inspection are stated so.
#ifndef JUDGEMENT_SRC_RECOGNISE_GRADE_STATEMENT_HPP
#define JUDGEMENT_SRC_RECOGNISE_GRADE_STATEMENT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/scale.hpp"
#include "layout/tokens.hpp"
#include "profile/lexicon.hpp"
#include "scale/words.hpp"

namespace judgement::detail {

/// Which statement of a grade a caller reads (the file comment says what each is).
enum class GradeForm : std::uint8_t { sentence_final, judged };

struct GradeStatementOptions {
  /// The lexicon's `judgements` and `references` lists; required. Must outlive the reader.
  const Lexicon* lexicon = nullptr;
  /// sentence_final: the one scale the grade is read on. judged: every scale whose labels and
  /// aliases a grade may be, an earlier scale's phrase first. Each must outlive the reader.
  std::vector<const GradeScale*> scales;
  GradeForm form = GradeForm::sentence_final;
};

/// A grade as a table cell or a sentence ends with it: without Markdown emphasis, a footnote mark
/// glued to its last word ("inadequate.2", "Inadequate1") or closing punctuation.
std::string_view grade_cell(std::string_view text);

/// The reader of one form (GradeStatementOptions::form), compiled once from the scales and the
/// lexicon: a sentence_final reader answers the sentence_final calls, a judged one the judged
/// calls (a judged reader has no key_words(), a sentence_final one no first_words()).
class GradeStatements {
 public:
  explicit GradeStatements(const GradeStatementOptions& options);
  // key_words_ may refer to own_words_: a reader is neither copied nor moved.
  GradeStatements(const GradeStatements&) = delete;
  GradeStatements& operator=(const GradeStatements&) = delete;

  [[nodiscard]] GradeForm form() const { return form_; }

  // --- sentence_final ----------------------------------------------------------------------------

  /// The scale's key words (scale/words.hpp): a text without one states no grade of it.
  [[nodiscard]] const GradeWords& key_words() const { return *key_words_; }
  /// Can a grade be read from text that starts as `text` does? Only from its first word on.
  [[nodiscard]] bool may_start(std::string_view text) const {
    return key_words_->may_start(next_word(text, 0).in(text));
  }
  /// `text` (a cell, a line, the end of a sentence) read whole as a grade of the scale.
  [[nodiscard]] std::optional<GradeMatch> match(std::string_view text) const;

  /// A grade that ends a sentence, after a verb or a colon. Its places are offsets into the
  /// sentence's text, taken from its tokens' begins and ends.
  struct FinalGrade {
    std::size_t area_end = 0;  ///< where the words before the verb (the subject) end
    std::string_view grade;    ///< the grade's words, from the verb on ("requires ...") or after it
    GradeMatch match;
    bool judged = false;  ///< after a `judged_verb` ("is judged to be"): a judgement stated outright
    bool colon = false;   ///< after a colon ("Area: grade")
  };
  /// Reads the grades that may end `sentence` (the start of a block's text, Layout::text), whose
  /// tokens are `tokens` (the block's tokens that start in it, Layout::tokens: a verb is read by
  /// its words' keys, so in capitals and with a typographic apostrophe as the lexicon writes it)
  /// and whose first key word stands at `first_key` (GradeWords::find: a key word's token
  /// starts there or after it). Each is given to `take(const FinalGrade&)`, the one that starts
  /// earliest first (of two starting together, the verb listed first), until `take` returns
  /// true; returns whether one was taken.
  template <class Take>
  bool final_grades(std::string_view sentence, const Tokens& tokens, std::size_t first_key, Take&& take) const {
    cuts_of(sentence, tokens, first_key, cuts_);
    Prefix prefix;
    std::size_t prefix_at = std::string_view::npos;  // where `prefix` was read: cuts may share a grade
    for (const Cut& cut : cuts_) {
      if (cut.grade_begin != prefix_at) {
        prefix = grade_prefix(sentence, tokens, cut.grade_begin, cut.grade_token);
        prefix_at = cut.grade_begin;
      }
      if (prefix.text.empty() || !prefix.grade) continue;
      const FinalGrade f{cut.area_end, prefix.text, *prefix.grade, cut.judged, cut.verb == verbs_.size()};
      if (take(f)) return true;
    }
    return false;
  }

  /// The first grade of the scale (best first) that one of its labels or aliases names in the
  /// words of a block's text, one after another, anywhere: the grade a sentence carries
  /// ("... arrangements lead to inconsistent experiences and outcomes ..."), or nullptr. Read
  /// from the block's tokens (Layout::tokens; `text` is its Layout::text): the word tokens'
  /// keys, over the ASCII punctuation between them ("and/or").
  [[nodiscard]] const Grade* carried(std::string_view text, const Tokens& tokens) const;

  // --- judged ----------------------------------------------------------------------------------------

  static constexpr std::uint32_t kNoKey = 0xFFFFFFFFu;
  /// The words a grade may start with: the first words of the scales' labels and aliases, and
  /// the forms of a verb that starts one. A caller that looks its words up once may keep each
  /// one's key_of().
  [[nodiscard]] const std::vector<std::string>& first_words() const { return first_words_; }
  /// The key of the grades `word` (lower case) may start, or kNoKey.
  [[nodiscard]] std::uint32_t key_of(std::string_view word) const;

  /// A grade whose words stand in a sentence's words.
  struct StatedGrade {
    std::size_t end = 0;     ///< the index of the word after it
    std::string_view grade;  ///< a label or alias as its scale writes it (GradeScale::match reads it)
    /// A label of several words whose verb the text inflects: "required improvement to be good".
    bool inflected = false;
  };
  /// The grade at word k of `words`, before word `end`: the longest label or alias whose words
  /// start there (the first word may be another form of its verb). `key` is key_of(words.word(k)).
  /// `Words` gives word(i): the i-th token's text folded (a typographic apostrophe "'", as the
  /// lexicon writes it), empty when it is no word.
  template <class Words>
  std::optional<StatedGrade> grade_at(const Words& words, std::size_t k, std::size_t end, std::uint32_t key) const {
    if (key >= keys_.size()) return std::nullopt;
    for (std::uint32_t p = keys_[key].begin; p < keys_[key].end; ++p) {
      const Phrase& g = phrases_[p];
      const std::size_t n = g.size;
      if (k + n > end) continue;
      bool ok = true;
      for (std::size_t i = 1; i < n && ok; ++i) ok = words.word(k + i) == phrase_words_[g.words_begin + i];
      if (ok) return StatedGrade{k + n, g.text, g.label && n > 1 && words.word(k) != phrase_words_[g.words_begin]};
    }
    return std::nullopt;
  }

  /// How a grade at word k is stated, in the judged form.
  struct Judged {
    std::optional<std::size_t> trigger;  ///< the `grade_trigger` word before it in its clause
    bool outcome = false;                ///< an `outcome_noun` after it ("an inadequate judgement")
  };
  /// Whether the grade `g` at word k of a sentence [begin, end) may be a judgement it states, and
  /// what states it: nullopt where it is one of two ("good or better"), an adjective ("good
  /// practice": a word not `after_grade` follows it) or in the present ("is good": a report's own
  /// grade). It is a judgement when it has a trigger or an outcome noun, or when the caller's
  /// own reading makes it one (an inflected label, an item of a list). `Words` gives word(i) as
  /// for grade_at() (empty outside the sentence too) and stop(i): whether token i ends a clause.
  template <class Words>
  std::optional<Judged> judged(const Words& words, std::size_t k, const StatedGrade& g, std::size_t begin) const {
    const std::string_view prev = k > begin ? words.word(k - 1) : std::string_view();
    const std::string_view next = words.word(g.end);
    if (in(not_grade_before_, prev) || in(not_grade_after_, next)) return std::nullopt;  // "good or better"
    if (!next.empty() && !in(after_grade_, next)) return std::nullopt;                  // "good practice"
    if (in(present_before_grade_, prev)) return std::nullopt;                           // the present
    Judged j;
    j.outcome = in(outcome_noun_, next) || (in(outcome_link_, next) && in(outcome_noun_, words.word(g.end + 1)));
    for (std::size_t b = k; b > begin && k - b < 14;) {
      --b;
      if (words.stop(b)) break;
      if (in(trigger_, words.word(b))) {
        j.trigger = b;
        break;
      }
    }
    if (j.trigger) {
      const std::string_view before = *j.trigger > begin ? words.word(*j.trigger - 1) : std::string_view();
      const std::string_view t = words.word(*j.trigger);
      if (in(present_before_trigger_, before) || (in(judgement_noun_, t) && in(earlier_judgement_, before)))
        j.trigger.reset();
    }
    return j;
  }

 private:
  // A few words, with the lengths and first bytes they have, so that most words are told apart
  // from all of them at once.
  struct WordList {
    std::vector<std::string_view> words;  // the lexicon's rows
    std::uint64_t lengths = 0;               // bit k: a word of k bytes
    std::array<std::uint64_t, 4> firsts{};  // bit c: a word starts with byte c
    void add(std::string_view w);
  };
  static bool in(const WordList& list, std::string_view w);

  // sentence_final: the verbs, a colon and the grade after them.
  struct Cut {
    std::size_t area_end, grade_begin;
    std::size_t grade_token;  // the first token that starts at or after grade_begin
    bool judged;              // "is judged to be": a judgement stated outright
    std::size_t verb;         // its row in verbs_ (verbs_.size() for a colon)
  };
  struct Prefix {
    std::string_view text;
    std::optional<GradeMatch> grade;
  };
  struct Verb {
    std::string_view phrase;  // the lexicon's row
    bool starts_grade;  // a form of a verb that starts a grade: "requires" is the grade's first word
    bool judged;        // judged_verb: the sentence states a judgement outright
    std::string_view first, last;  // its first and last words
    std::size_t words = 0;         // how many
  };
  void cuts_of(std::string_view sentence, const Tokens& tokens, std::size_t first_key, std::vector<Cut>& cuts) const;
  [[nodiscard]] Prefix grade_prefix(std::string_view sentence, const Tokens& tokens, std::size_t begin,
                                    std::size_t token) const;

  // judged: the scales' labels and aliases as words, by key.
  struct Phrase {
    std::uint32_t words_begin = 0, size = 0;  // its words, in phrase_words_
    std::string_view text;                    // as the scale writes it
    bool label = false;                       // a grade's label, not an alias
  };
  struct KeyRange {
    std::uint32_t begin = 0, end = 0;  // its phrases, in phrases_, the longest first
  };

  GradeForm form_;
  WordList verb_forms_;  // the forms of a verb that starts a grade

  const GradeScale* scale_ = nullptr;
  std::optional<GradeWords> own_words_;
  const GradeWords* key_words_ = nullptr;
  std::vector<Verb> verbs_;
  // carried(): the scale's labels and aliases as words, each grade's label first, best grade first;
  // made at its first call (most parses never make it), kept as cuts_ is.
  struct Named {
    const Grade* grade;
    std::vector<std::string> words;
  };
  mutable std::vector<Named> named_;
  // final_grades()'s, kept from call to call: a sentence_final reader is one parse's (the
  // judgements reader's), never shared between threads as a judged one may be.
  mutable std::vector<Cut> cuts_;

  std::vector<std::string> phrase_words_;
  std::vector<Phrase> phrases_;
  std::vector<KeyRange> keys_;
  std::vector<std::string> first_words_;
  std::vector<std::uint32_t> first_keys_;  // key_of() each of first_words_
  WordList trigger_, after_grade_, outcome_noun_, earlier_judgement_;
  WordList not_grade_before_, not_grade_after_, present_before_grade_, present_before_trigger_, outcome_link_,
      judgement_noun_;
};

}  // namespace judgement::detail

#endif
