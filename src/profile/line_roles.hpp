// What the layout asks of a line that only the knowledge of reports can answer, compiled from
// that knowledge (the grade scales and the lexicon) once for a pair of them: does a line stand
// alone, is it content wherever it sits, does it set apart the line after it. The layout decides
// from the answers what a line belongs to without knowing the words behind them: which lines state
// a grade or greet the reader of a letter is known here, from data, and nowhere in src/layout.
#ifndef JUDGEMENT_SRC_PROFILE_LINE_ROLES_HPP
#define JUDGEMENT_SRC_PROFILE_LINE_ROLES_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/scale.hpp"
#include "scale/words.hpp"

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

 private:
  // The longest line stands_alone() may be true of.
  static constexpr std::size_t kAloneSize = 48;

  [[nodiscard]] bool states_grade_by_number(std::string_view content) const;

  const ScaleRegistry* scales_;
  std::optional<GradeWords> own_keys_;  // where keys_ is compiled for a registry not built in
  const GradeWords* keys_;              // the key words of every scale of scales_
  std::vector<std::string> greetings_;  // each with the space after it: "dear "
  std::size_t opening_size_ = 0;
};

/// The roles of the built-in scales and lexicon, compiled once for the process; of any other
/// pair, compiled now into `storage`.
const LineRoles& line_roles_of(const ScaleRegistry& scales, const Lexicon& lexicon, std::optional<LineRoles>& storage);

}  // namespace judgement::detail

#endif
