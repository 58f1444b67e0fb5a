// judgement: grade scales. Grade words are data: every grade is read against a GradeScale,
// never guessed from the word alone ("Adequate" is 3 of 4 in ofsted-adequate and 3 of 6 in
// care-inspectorate; "Grade 1" is best for Ofsted and worst for the Care Inspectorate).
#ifndef JUDGEMENT_SCALE_HPP
#define JUDGEMENT_SCALE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "judgement/config.hpp"
#include "judgement/error.hpp"

JUDGEMENT_BEGIN_NAMESPACE

/// The common band every scale maps onto, best first. Scales with more or fewer grades than
/// four map several grades onto one band, so a band is coarser than the grade it came from.
enum class Band { outstanding, good, requires_improvement, inadequate };

/// "outstanding", "good", "requires_improvement", "inadequate".
JUDGEMENT_API std::string_view to_string(Band band) noexcept;
/// The band named as to_string() writes it; nullopt for anything else.
JUDGEMENT_API std::optional<Band> band_from_string(std::string_view name) noexcept;

/// One grade of a scale.
struct Grade {
  std::string label;                 ///< canonical label, e.g. "Requires improvement to be good"
  std::vector<std::string> aliases;  ///< other ways it is written, e.g. "Requires improvement"
  std::optional<int> code;           ///< the scale's own number for it, where it has one
  std::size_t rank = 0;              ///< 0 for the best grade of its scale
  Band band = Band::inadequate;      ///< where it sits on the common band
  double position = 0.0;             ///< 1.0 for the best grade, 0.0 for the worst, evenly between

  friend bool operator==(const Grade&, const Grade&) = default;
};

/// A grade found in text, read against one scale.
struct GradeMatch {
  const Grade* grade = nullptr;  ///< points into the scale that matched; never null in a match
  bool by_code = false;          ///< the text named the grade by its number ("Grade 4")
};

/// A set of grades, best first.
class JUDGEMENT_API GradeScale {
 public:
  GradeScale() = default;
  /// Grades are given best first, each with its label, aliases, code and band; rank, position
  /// and lower_code_is_better() are filled in from their order.
  GradeScale(std::string id, std::string name, std::vector<Grade> grades);

  [[nodiscard]] const std::string& id() const noexcept { return id_; }
  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::vector<Grade>& grades() const noexcept { return grades_; }
  [[nodiscard]] std::size_t size() const noexcept { return grades_.size(); }
  /// True when the best grade has the lowest code (Ofsted: 1 is Outstanding); false when it
  /// has the highest (Care Inspectorate: 6 is Excellent) or when the scale has no codes.
  [[nodiscard]] bool lower_code_is_better() const noexcept { return lower_code_is_better_; }

  /// The grade with this code, or nullptr.
  [[nodiscard]] const Grade* by_code(int code) const noexcept;
  /// The grade whose label or alias is exactly `label` after normalisation, or nullptr.
  [[nodiscard]] const Grade* by_label(std::string_view label) const noexcept;

  /// Reads a grade as written. Insensitive to case, spacing, line breaks and punctuation
  /// around words ("Requires improvement\nto be good", "REQUIRES IMPROVEMENT"); accepts
  /// aliases, "Grade 4", "Inadequate Grade 4", "Grade 4 (Inadequate)" and "4 (Inadequate)".
  /// Where a word and a number are both given they must name the same grade. The whole text
  /// must be the grade; finding a grade inside a sentence is the recognisers' work.
  [[nodiscard]] std::optional<GradeMatch> match(std::string_view text) const noexcept;

  friend bool operator==(const GradeScale&, const GradeScale&) = default;

 private:
  std::string id_;
  std::string name_;
  std::vector<Grade> grades_;
  bool lower_code_is_better_ = false;
  // Every label and alias in compared form, with the index of its grade; derived from grades_.
  std::vector<std::pair<std::string, std::size_t>> phrases_;
};

/// A grade carried over to another scale through the common band.
struct Crosswalk {
  const Grade* grade = nullptr;  ///< the grade of the target scale
  /// True when no information was lost: the source grade's band holds exactly one grade in
  /// each scale. Otherwise the result is the target grade of the same band nearest in
  /// position, or, where the target scale has no grade in that band, the nearest grade.
  bool exact = false;
};

/// Maps `grade` of scale `from` onto scale `to`. The mapping is lossy and one-way: it goes
/// through the four-value common band, so "Adequate" (ofsted-adequate) and "Requires
/// improvement to be good" (ofsted-requires-improvement) meet in one band although the
/// frameworks meant different things by them. Use it to draw trajectories, never to claim two
/// judgements were the same. Returns nullopt when `to` is empty or `grade` is not in `from`.
JUDGEMENT_API std::optional<Crosswalk> crosswalk(const GradeScale& from, const Grade& grade,
                                                 const GradeScale& to) noexcept;

/// Reads scale definitions written in the scale language (docs/scales.md). Every scale is
/// checked (unique labels and aliases, codes all given or none, strictly monotonic, known
/// bands); the first problem is returned with its line, column and a caret excerpt.
JUDGEMENT_API Result<std::vector<GradeScale>> define_scales(std::string_view text);

/// A set of scales, looked up by id. A registry is a value: copy it to extend it.
class JUDGEMENT_API ScaleRegistry {
 public:
  /// An empty registry.
  ScaleRegistry() = default;
  /// Every built-in scale of the output contract, in the contract's order.
  [[nodiscard]] static const ScaleRegistry& builtin();

  [[nodiscard]] const std::vector<GradeScale>& scales() const noexcept { return scales_; }
  /// The scale with this id, or nullptr. Pointers into a registry stay valid until it is next
  /// changed (add, define, assignment).
  [[nodiscard]] const GradeScale* find(std::string_view id) const noexcept;

  /// Adds a scale. A scale whose id is already present is refused with an invalid_argument
  /// error, so a built-in scale cannot be changed by accident.
  Result<const GradeScale*> add(GradeScale scale);
  /// Reads definitions with define_scales() and adds every scale; nothing is added when any
  /// definition or id is refused. Returns the ids added, in order.
  Result<std::vector<std::string>> define(std::string_view text);

 private:
  std::vector<GradeScale> scales_;
};

JUDGEMENT_END_NAMESPACE

#endif
