// What a framework implies, read from its profile (judgement/profile.hpp): the grade scale its
// judgements are made on, and the canonical key of a judged area however the report words it.
// Shared by the recognisers of judgements and of references to earlier inspections.
#ifndef JUDGEMENT_SRC_RECOGNISE_FRAMEWORK_HPP
#define JUDGEMENT_SRC_RECOGNISE_FRAMEWORK_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "judgement/report.hpp"
#include "judgement/scale.hpp"
#include "profile/lexicon.hpp"

namespace judgement::detail {

/// The scale a framework's judgements are made on (the report's own definition, where it has
/// one, takes precedence; that is the caller's to check). `date` is the inspection's or the
/// document's date, where known: a rule with a window applies only to a date inside it. Rules
/// are taken from the type's profile, then from the inspectorate named `inspectorate`, then
/// from the `unknown` profile; a rule naming a scale `scales` lacks is passed over.
const GradeScale& framework_scale(const ScaleRegistry& scales, const Lexicon& lexicon, DocumentType type,
                                  std::string_view inspectorate, const std::optional<Date>& date);

/// An area's canonical key and where the words that name it stand in the text.
struct AreaMatch {
  std::string_view id;
  std::size_t at = 0;      ///< offset of the naming words in the text
  std::size_t length = 0;  ///< their length
};

/// The contract's area_id for an area as a report words it ("The experiences and progress of
/// children who need help and protection" -> "help_and_protection"), or nullopt: the leftmost
/// area phrase of any profile, the longest there.
std::optional<AreaMatch> find_area(const Lexicon& lexicon, std::string_view text);
inline std::optional<std::string_view> area_id_for(const Lexicon& lexicon, std::string_view area) {
  const auto m = find_area(lexicon, area);
  return m ? std::optional<std::string_view>(m->id) : std::nullopt;
}

}  // namespace judgement::detail

#endif
