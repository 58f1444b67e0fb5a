#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

std::string_view to_string(Band band) noexcept {
  switch (band) {
    case Band::outstanding: return "outstanding";
    case Band::good: return "good";
    case Band::requires_improvement: return "requires_improvement";
    case Band::inadequate: return "inadequate";
  }
  return "inadequate";
}

std::optional<Band> band_from_string(std::string_view name) noexcept {
  for (Band b : {Band::outstanding, Band::good, Band::requires_improvement, Band::inadequate}) {
    if (to_string(b) == name) return b;
  }
  return std::nullopt;
}

JUDGEMENT_END_NAMESPACE
