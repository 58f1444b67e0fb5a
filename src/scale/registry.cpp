#include <string>
#include <vector>

#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

const GradeScale* ScaleRegistry::find(std::string_view id) const noexcept {
  for (const GradeScale& s : scales_) {
    if (s.id() == id) return &s;
  }
  return nullptr;
}

Result<const GradeScale*> ScaleRegistry::add(GradeScale scale) {
  if (scale.id().empty()) return Error{ErrorCode::invalid_argument, "a scale needs an id"};
  if (scale.grades().empty()) {
    return Error{ErrorCode::invalid_argument, "scale '" + scale.id() + "' has no grades"};
  }
  if (find(scale.id())) {
    return Error{ErrorCode::invalid_argument, "a scale with id '" + scale.id() + "' is already registered"};
  }
  scales_.push_back(std::move(scale));
  return &scales_.back();
}

Result<std::vector<std::string>> ScaleRegistry::define(std::string_view text) {
  Result<std::vector<GradeScale>> defined = define_scales(text);
  if (!defined) return defined.error();
  // Check every id before adding any, so a refused definition leaves the registry as it was.
  for (const GradeScale& s : *defined) {
    if (find(s.id())) {
      return Error{ErrorCode::scale_definition, "a scale with id '" + s.id() + "' is already registered"};
    }
  }
  std::vector<std::string> ids;
  for (GradeScale& s : *defined) {
    ids.push_back(s.id());
    scales_.push_back(std::move(s));
  }
  return ids;
}

JUDGEMENT_END_NAMESPACE
