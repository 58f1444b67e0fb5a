#include "recognise/framework.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace judgement::detail {
namespace {

// The first rule that applies on `date` and names a scale the registry has.
const GradeScale* scale_of(const std::vector<ScaleRule>& rules, const ScaleRegistry& scales,
                           const std::optional<Date>& date) {
  const bool dated = date && date->ymd.year() != std::chrono::year{0};
  for (const ScaleRule& rule : rules) {
    const bool always = !rule.when.from && !rule.when.to;
    if (!always && !(dated && rule.when.holds(*date, *date))) continue;
    if (const GradeScale* s = scales.find(rule.scale)) return s;
    if (const GradeScale* s = ScaleRegistry::builtin().find(rule.scale)) return s;
  }
  return nullptr;
}

}  // namespace

const GradeScale& framework_scale(const ScaleRegistry& scales, const Lexicon& lexicon, DocumentType type,
                                  std::string_view inspectorate, const std::optional<Date>& date) {
  const FrameworkProfile* profile = type == DocumentType::unknown ? nullptr : lexicon.profile(type.id());
  if (profile) {
    if (const GradeScale* s = scale_of(profile->scales, scales, date)) return *s;
  }
  if (const Inspectorate* i = lexicon.inspectorate_named(inspectorate)) {
    if (const GradeScale* s = scale_of(i->scales, scales, date)) return *s;
  }
  if (const FrameworkProfile* p = lexicon.profile(DocumentType::unknown.id())) {
    if (const GradeScale* s = scale_of(p->scales, scales, date)) return *s;
  }
  return ScaleRegistry::builtin().scales().front();
}

std::optional<AreaMatch> find_area(const Lexicon& lexicon, std::string_view text) {
  const auto hit = lexicon.area(text);
  if (!hit) return std::nullopt;
  return AreaMatch{hit->id, hit->at, hit->end - hit->at};
}

}  // namespace judgement::detail
