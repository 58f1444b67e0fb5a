// What a framework implies: the grade scale its judgements are made on, and the canonical key of
// a judged area however the report words it. Shared by the recognisers of judgements and of
// references to earlier inspections.
#ifndef JUDGEMENT_SRC_RECOGNISE_FRAMEWORK_HPP
#define JUDGEMENT_SRC_RECOGNISE_FRAMEWORK_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "judgement/report.hpp"
#include "judgement/scale.hpp"

namespace judgement::detail {

/// The scale a framework's judgements are made on (the report's own definition, where it has
/// one, takes precedence; that is the caller's to check). `date` is the inspection's or the
/// document's date, where known: school inspections changed scale over time. Falls back to the
/// scale of the Ofsted frameworks of the date, and to ofsted-requires-improvement.
const GradeScale& framework_scale(const ScaleRegistry& registry, DocumentType type, const std::optional<Date>& date);

/// An area's canonical key and where the words that name it stand in the text.
struct AreaMatch {
  std::string_view id;
  std::size_t at = 0;      ///< offset of the naming words in the text
  std::size_t length = 0;  ///< their length
};

/// The contract's area_id for an area as a report words it ("The experiences and progress of
/// children who need help and protection" -> "help_and_protection"), or nullopt.
std::optional<AreaMatch> find_area(std::string_view text);
inline std::optional<std::string_view> area_id_for(std::string_view area) {
  const auto m = find_area(area);
  return m ? std::optional<std::string_view>(m->id) : std::nullopt;
}

}  // namespace judgement::detail

#endif
