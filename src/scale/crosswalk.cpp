#include <cmath>
#include <optional>

#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

std::optional<Crosswalk> crosswalk(const GradeScale& from, const Grade& grade, const GradeScale& to) noexcept {
  if (to.grades().empty() || grade.rank >= from.size() || !(from.grades()[grade.rank] == grade)) {
    return std::nullopt;
  }
  auto count_band = [](const GradeScale& s, Band b) {
    std::size_t n = 0;
    for (const Grade& g : s.grades()) n += g.band == b ? 1 : 0;
    return n;
  };
  // Prefer a grade of the same band; among those, and failing that among all, the nearest in
  // position (ties go to the better grade, which comes first).
  const bool band_present = count_band(to, grade.band) > 0;
  const Grade* best = nullptr;
  double best_distance = 0;
  for (const Grade& g : to.grades()) {
    if (band_present && g.band != grade.band) continue;
    const double d = std::fabs(g.position - grade.position);
    if (!best || d < best_distance) {
      best = &g;
      best_distance = d;
    }
  }
  const bool exact = band_present && count_band(to, grade.band) == 1 && count_band(from, grade.band) == 1;
  return Crosswalk{best, exact};
}

JUDGEMENT_END_NAMESPACE
