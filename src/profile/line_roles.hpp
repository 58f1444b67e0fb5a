// What the layout asks of a line that only the knowledge of reports can answer, compiled from
// that knowledge (the grade scales and the lexicon: once a process for the built-in pair, once a
// layout for any other, line_roles_of): does a line stand
// alone, is it content wherever it sits, does it set apart the line after it, does it go on in
// the next. The layout decides from the answers what a line belongs to without knowing the words
// behind them: which lines state a grade, greet the reader of a letter or stop mid-phrase is known
// here, from data, and nowhere in src/layout.
#ifndef JUDGEMENT_SRC_PROFILE_LINE_ROLES_HPP
#define JUDGEMENT_SRC_PROFILE_LINE_ROLES_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/scale.hpp"
#include "scale/words.hpp"
#include "source/fold.hpp"

namespace judgement::detail {

class Lexicon;

class LineRoles {
 public:
  /// The roles read from every scale of `scales` and from the `layout` phrases of `lexicon`;
  /// `scales` must outlive the roles.
  LineRoles(const ScaleRegistry& scales, const Lexicon& lexicon);
  // keys_ may point into own_keys_: the roles are neither copied nor moved.
  LineRoles(const LineRoles&) = delete;
  LineRoles& operator=(const LineRoles&) = delete;

  /// Does a line with this content (its text without indentation, marker and trailing space)
  /// stand alone: it carries on no paragraph, none carries on from it, and as a heading of one
  /// line it opens no section but sits in the one above it? Such a line states a grade by its
  /// number, as a scale of the registry reads it ("Grade 4 (Inadequate)", "Good (Grade 2)").
  [[nodiscard]] bool stands_alone(std::string_view content) const noexcept {
    // Most lines are ruled out by their size and their first byte, without a call.
    if (content.empty() || content.size() > kAloneSize || !keys_->may_open(content.front())) return false;
    return states_grade_by_number(content);
  }
  /// Is a line with this content what a report is read for, and so never page furniture however
  /// often it recurs at the pages' edges? Such a line states a grade of a scale of the registry
  /// in one of its cells (set apart by wide gaps) or in the last words of its last cell.
  [[nodiscard]] bool never_furniture(std::string_view content) const;
  /// Does a block that opens with this text (opening_size() bytes of it, or all of a shorter one)
  /// set its first line apart when that line is short, and set apart the first line of the block
  /// after it too? Such a block opens with a letter's greeting, any phrase of the lexicon's
  /// `layout salutation` in any case ("Dear Ms Example,"), and the block after it is the letter's
  /// subject line.
  [[nodiscard]] bool sets_apart(std::string_view opening) const;
  /// The most of a block's opening sets_apart() reads.
  [[nodiscard]] std::size_t opening_size() const noexcept { return opening_size_; }
  /// Does a table's label line that ends with this text go on in the label of the next line?
  /// It does when its last word (after its last space) is one of the lexicon's `layout
  /// label_run_on`, in any case ("... Kensington and").
  [[nodiscard]] bool carries_on(std::string_view line_end) const noexcept {
    while (!line_end.empty() && line_end.back() == ' ') line_end.remove_suffix(1);
    const std::size_t space = line_end.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? line_end : line_end.substr(space + 1);
    // Most lines are ruled out by the size and the first byte of their last word, without a call.
    return run_on_.may_be(word) && run_on_.holds(word);
  }
  /// The size of the start of `text` that is the longest of the lexicon's `layout page_word`
  /// ("Page" in "Page 3 of 40"), in any case; 0 when none is. A page number line is asked of
  /// with it and page_total_word_size() where its words stand.
  [[nodiscard]] std::size_t page_word_size(std::string_view text) const noexcept {
    // Most page numbers start with a digit, ruled out by it without a call.
    return page_words_.may_start(text) ? page_words_.prefix(text) : 0;
  }
  /// The same of the lexicon's `layout page_total_word` ("of" in "3 of 40").
  [[nodiscard]] std::size_t page_total_word_size(std::string_view text) const noexcept {
    return page_total_words_.may_start(text) ? page_total_words_.prefix(text) : 0;
  }
  /// Does a line that opens with this text, after a line ending in a hyphen, leave that hyphen
  /// suspended ("16-" / "to 17-year-olds"), so that the two join with a space? It does when it
  /// opens with one of the lexicon's `layout suspended_hyphen`, in any case, as a word of its own
  /// (followed by a space, or the whole text).
  [[nodiscard]] bool suspends_hyphen(std::string_view next_start) const noexcept {
    const std::size_t space = next_start.find(' ');
    const std::string_view word = space == std::string_view::npos ? next_start : next_start.substr(0, space);
    return suspenders_.may_be(word) && suspenders_.holds(word);
  }

 private:
  // The longest line stands_alone() may be true of.
  static constexpr std::size_t kAloneSize = 48;

  [[nodiscard]] bool states_grade_by_number(std::string_view content) const;

  // The rows of a lexicon list, which a word is compared with whole, or the start of a text
  // with, in any case.
  class WordSet {
   public:
    explicit WordSet(const std::vector<std::string>& words);
    // Whether `word` may be one: no longer than the longest, and starting as one does.
    [[nodiscard]] bool may_be(std::string_view word) const noexcept {
      return !word.empty() && word.size() <= longest_ && may_start(word);
    }
    // Whether `text` may start with one: it starts as one does.
    [[nodiscard]] bool may_start(std::string_view text) const noexcept {
      if (text.empty()) return false;
      const auto first = static_cast<unsigned char>(fold_letter(text.front()));
      return ((firsts_[first >> 6] >> (first & 63)) & 1u) != 0;
    }
    [[nodiscard]] bool holds(std::string_view word) const noexcept;
    // The size of the start of `text` that is the longest of them; 0 when none is.
    [[nodiscard]] std::size_t prefix(std::string_view text) const noexcept;

   private:
    std::vector<std::string> words_;
    std::size_t longest_ = 0;
    std::uint64_t firsts_[4] = {};  // by a row's first byte, and the text's folded
  };

  const ScaleRegistry* scales_;
  std::optional<GradeWords> own_keys_;  // where keys_ is compiled for a registry not built in
  const GradeWords* keys_;              // the key words of every scale of scales_
  std::vector<std::string> greetings_;  // each with the space after it: "dear "
  std::size_t opening_size_ = 0;
  WordSet run_on_;            // `layout label_run_on`
  WordSet suspenders_;        // `layout suspended_hyphen`
  WordSet page_words_;        // `layout page_word`
  WordSet page_total_words_;  // `layout page_total_word`
};

/// The roles of the built-in scales and lexicon, compiled once for the process; of any other
/// pair, compiled now into `storage`.
const LineRoles& line_roles_of(const ScaleRegistry& scales, const Lexicon& lexicon, std::optional<LineRoles>& storage);

}  // namespace judgement::detail

#endif
