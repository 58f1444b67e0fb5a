// The built-in scales of the output contract (docs/output.md, "Grade scales"), with their
// exact labels and codes, and each scale's own mapping onto the common band. Where a scale has
// more grades than bands, the mapping is a judgement call documented in docs/scales.md.
#include <string>
#include <vector>

#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE
namespace {

using B = Band;

Grade grade(std::string label, std::optional<int> code, Band band, std::vector<std::string> aliases = {}) {
  Grade g;
  g.label = std::move(label);
  g.aliases = std::move(aliases);
  g.code = code;
  g.band = band;
  return g;
}

std::vector<GradeScale> builtin_scales() {
  std::vector<GradeScale> s;
  s.emplace_back("ofsted-requires-improvement", "Ofsted: outstanding, good, requires improvement, inadequate (2013 on)",
                 std::vector<Grade>{
                     grade("Outstanding", 1, B::outstanding),
                     grade("Good", 2, B::good),
                     grade("Requires improvement to be good", 3, B::requires_improvement,
                           {"Requires improvement", "Require improvement", "Require improvement to be good",
                            "Requiring improvement", "Requiring improvement to be good"}),
                     grade("Inadequate", 4, B::inadequate),
                 });
  s.emplace_back("ofsted-adequate", "Ofsted: outstanding, good, adequate, inadequate (2009 to 2013)",
                 std::vector<Grade>{
                     grade("Outstanding", 1, B::outstanding),
                     grade("Good", 2, B::good),
                     grade("Adequate", 3, B::requires_improvement),
                     grade("Inadequate", 4, B::inadequate),
                 });
  s.emplace_back("ofsted-satisfactory", "Ofsted: outstanding, good, satisfactory, inadequate (to 2012)",
                 std::vector<Grade>{
                     grade("Outstanding", 1, B::outstanding),
                     grade("Good", 2, B::good),
                     grade("Satisfactory", 3, B::requires_improvement),
                     grade("Inadequate", 4, B::inadequate),
                 });
  s.emplace_back("ofsted-report-card", "Ofsted report card (2025 on)",
                 std::vector<Grade>{
                     grade("Exceptional", std::nullopt, B::outstanding),
                     grade("Strong standard", std::nullopt, B::good, {"Strong"}),
                     grade("Expected standard", std::nullopt, B::good, {"Expected"}),
                     grade("Needs attention", std::nullopt, B::requires_improvement),
                     grade("Urgent improvement", std::nullopt, B::inadequate),
                 });
  s.emplace_back("cqc", "Care Quality Commission",
                 std::vector<Grade>{
                     grade("Outstanding", std::nullopt, B::outstanding),
                     grade("Good", std::nullopt, B::good),
                     grade("Requires improvement", std::nullopt, B::requires_improvement),
                     grade("Inadequate", std::nullopt, B::inadequate),
                 });
  s.emplace_back("hmicfrs", "HM Inspectorate of Constabulary and Fire & Rescue Services",
                 std::vector<Grade>{
                     grade("Outstanding", std::nullopt, B::outstanding),
                     grade("Good", std::nullopt, B::good),
                     grade("Adequate", std::nullopt, B::requires_improvement),
                     grade("Requires improvement", std::nullopt, B::requires_improvement),
                     grade("Inadequate", std::nullopt, B::inadequate),
                 });
  s.emplace_back("estyn", "Estyn (Wales)",
                 std::vector<Grade>{
                     grade("Excellent", std::nullopt, B::outstanding),
                     grade("Good", std::nullopt, B::good),
                     grade("Adequate", std::nullopt, B::requires_improvement, {"Adequate and needs improvement"}),
                     grade("Unsatisfactory", std::nullopt, B::inadequate,
                           {"Unsatisfactory and needs urgent improvement"}),
                 });
  s.emplace_back("care-inspectorate", "Care Inspectorate (Scotland)",
                 std::vector<Grade>{
                     grade("Excellent", 6, B::outstanding),
                     grade("Very good", 5, B::good),
                     grade("Good", 4, B::good),
                     grade("Adequate", 3, B::requires_improvement),
                     grade("Weak", 2, B::inadequate),
                     grade("Unsatisfactory", 1, B::inadequate),
                 });
  s.emplace_back("ofsted-area-send", "Ofsted and CQC area SEND inspection outcome (2023 on)",
                 std::vector<Grade>{
                     grade("Typically positive experiences and outcomes", 1, B::good,
                           {"Positive experiences and outcomes"}),
                     grade("Inconsistent experiences and outcomes", 2, B::requires_improvement),
                     grade("Widespread and/or systemic failings", 3, B::inadequate,
                           {"Widespread and systemic failings", "Widespread or systemic failings",
                            "Significant concerns"}),
                 });
  return s;
}

}  // namespace

const ScaleRegistry& ScaleRegistry::builtin() {
  // Built once, on first use, and never changed: safe to share between threads.
  static const ScaleRegistry registry = [] {
    ScaleRegistry r;
    for (GradeScale& scale : builtin_scales()) (void)r.add(std::move(scale));
    return r;
  }();
  return registry;
}

JUDGEMENT_END_NAMESPACE
