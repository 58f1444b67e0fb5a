#include "recognise/framework.hpp"

#include <chrono>
#include <string>

#include "recognise/text_search.hpp"

namespace judgement::detail {
namespace {

const GradeScale& scale_or(const ScaleRegistry& registry, std::string_view id) {
  if (const GradeScale* s = registry.find(id)) return *s;
  if (const GradeScale* s = ScaleRegistry::builtin().find(id)) return *s;
  return ScaleRegistry::builtin().scales().front();
}

bool before(const std::optional<Date>& date, int y, unsigned m) {
  return date && date->ymd.year() != std::chrono::year{0} &&
         date->ymd < std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{1};
}

}  // namespace

const GradeScale& framework_scale(const ScaleRegistry& registry, DocumentType type, const std::optional<Date>& date) {
  switch (type) {
    case DocumentType::lac_inspection:
    case DocumentType::safeguarding_inspection:
      return scale_or(registry, "ofsted-adequate");
    case DocumentType::area_send:
      // Area SEND inspections before 2023 gave no graded outcome; from 2023, the outcome scale.
      return scale_or(registry, "ofsted-area-send");
    case DocumentType::school_inspection:
      if (before(date, 2012, 9)) return scale_or(registry, "ofsted-satisfactory");
      if (!before(date, 2025, 11) && date) return scale_or(registry, "ofsted-report-card");
      return scale_or(registry, "ofsted-requires-improvement");
    default:
      // Children's services frameworks from November 2013 (SIF, ILACS, JTAI, visits); before
      // it, the 2009-13 inspections graded adequate.
      if (before(date, 2013, 11)) return scale_or(registry, "ofsted-adequate");
      return scale_or(registry, "ofsted-requires-improvement");
  }
}

namespace {

struct AreaRule {
  std::string_view phrase;  // folded
  std::string_view id;
};

// Most specific first: "children in care and care leavers" before "children in care".
constexpr AreaRule area_rules[] = {
    {"overall effectiveness", "overall_effectiveness"},
    {"overall judgement", "overall_effectiveness"},
    {"impact of leaders", "impact_of_leaders"},
    {"help and protection", "help_and_protection"},
    {"children in care and care leavers", "children_in_care_and_care_leavers"},
    {"looked after and achieving permanence", "looked_after_and_permanence"},
    {"adoption performance", "adoption_performance"},
    {"progress of care leavers", "care_leavers"},
    {"children in care", "children_in_care"},
    {"care leavers", "care_leavers"},
    {"leadership, management and governance", "leadership_management_governance"},
    {"leadership management and governance", "leadership_management_governance"},
    {"safeguarding children board", "lscb"},
    {"lscb", "lscb"},
    {"safeguarding children partnership", "lscb"},
    {"capacity to improve", "capacity_to_improve"},
    {"capacity for improvement", "capacity_to_improve"},
    {"outcomes for looked after children", "outcomes_for_lac"},
    {"outcomes for children and young people", "outcomes_for_lac"},
    {"quality of provision", "quality_of_provision"},
    {"leadership and management", "leadership_and_management"},
    {"area send", "area_send_outcome"},
    {"local area partnership", "area_send_outcome"},
};

}  // namespace

std::optional<AreaMatch> find_area(std::string_view text) {
  const std::string f = fold(text);
  for (const AreaRule& rule : area_rules) {
    if (const std::size_t at = find_word(f, rule.phrase); at != std::string::npos) {
      return AreaMatch{rule.id, at, rule.phrase.size()};
    }
  }
  return std::nullopt;
}

}  // namespace judgement::detail
