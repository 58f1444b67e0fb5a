// Grade scales: a registry handle (the built-in scales plus the caller's), its scales and grades
// as borrowed items, matching grades in text, and the crosswalk between scales.
#include <functional>
#include <memory>
#include <string>

#include "internal.hpp"
#include "judgement/json.hpp"
#include "judgement/scale.hpp"

namespace {

using jdg_capi::at;
using jdg_capi::borrow;
using jdg_capi::guard;
using jdg_capi::item;
using jdg_capi::need;
using jdg_capi::view;

const judgement::ScaleRegistry& registry_of(const jdg_scale_registry* registry) {
  return jdg_capi::handle(registry, "registry").registry;
}

// True when `grade` is one of the grades `scale` holds (by address, as borrowed handles are).
bool holds(const judgement::GradeScale& scale, const judgement::Grade& grade) {
  const std::vector<judgement::Grade>& grades = scale.grades();
  if (grades.empty()) return false;
  const std::less<const judgement::Grade*> before;
  return !before(&grade, grades.data()) && before(&grade, grades.data() + grades.size());
}

}  // namespace

#define JDG_SCALE_GETTER(function, Out, CType, CppType, expr)  \
  JDG_API jdg_status function(Out* out, const CType* handle) { \
    return guard(__func__, [&] {                               \
      const CppType& x = item<CppType>(handle, #CType);        \
      need(out, "out") = (expr);                               \
    });                                                        \
  }

extern "C" {

JDG_API jdg_status jdg_scale_registry_new(jdg_scale_registry** out) {
  return guard(__func__, [&] {
    need(out, "out");
    *out = new jdg_scale_registry{jdg_scale_registry::kind, judgement::ScaleRegistry::builtin()};
  });
}

JDG_API void jdg_scale_registry_free(jdg_scale_registry* registry) { jdg_capi::release(registry); }

JDG_API jdg_status jdg_scale_registry_define(size_t* out_added, jdg_scale_registry* registry, const char* text,
                                             size_t size) {
  return guard(__func__, [&] {
    judgement::ScaleRegistry& r = jdg_capi::handle(registry, "registry").registry;
    if (text == nullptr && size != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "text is NULL");
    auto added = r.define(text == nullptr ? std::string_view() : std::string_view(text, size));
    if (!added) jdg_capi::raise(added.error());
    if (out_added != nullptr) *out_added = added->size();
  });
}

JDG_API jdg_status jdg_scale_registry_count(size_t* out, const jdg_scale_registry* registry) {
  return guard(__func__, [&] {
    const std::size_t count = registry_of(registry).scales().size();
    need(out, "out") = count;
  });
}

JDG_API jdg_status jdg_scale_registry_scale(const jdg_scale** out, const jdg_scale_registry* registry, size_t index) {
  return guard(__func__, [&] {
    const jdg_scale*& result = need(out, "out");
    result = borrow<jdg_scale>(at(registry_of(registry).scales(), index));
  });
}

JDG_API jdg_status jdg_scale_registry_find(const jdg_scale** out, const jdg_scale_registry* registry, const char* id) {
  return guard(__func__, [&] {
    const judgement::ScaleRegistry& r = registry_of(registry);
    const char& first = need(id, "id");
    need(out, "out");
    const judgement::GradeScale* scale = r.find(&first);
    if (scale == nullptr) jdg_capi::raise(JDG_ERROR_NOT_FOUND, "no scale with id '" + std::string(&first) + "'");
    *out = borrow<jdg_scale>(*scale);
  });
}

JDG_API jdg_status jdg_scale_registry_to_json(char** out, size_t* out_size, const jdg_scale_registry* registry,
                                              int pretty) {
  return guard(__func__, [&] {
    const judgement::ScaleRegistry& r = registry_of(registry);
    need(out, "out");
    judgement::JsonOptions options;
    options.pretty = pretty != 0;
    const std::string json = judgement::scales_to_json(r, options);
    *out = jdg_capi::malloc_copy(json);
    if (out_size != nullptr) *out_size = json.size();
  });
}

JDG_SCALE_GETTER(jdg_scale_id, jdg_string, jdg_scale, judgement::GradeScale, view(x.id()))
JDG_SCALE_GETTER(jdg_scale_name, jdg_string, jdg_scale, judgement::GradeScale, view(x.name()))
JDG_SCALE_GETTER(jdg_scale_lower_code_is_better, int, jdg_scale, judgement::GradeScale,
                 x.lower_code_is_better() ? 1 : 0)
JDG_SCALE_GETTER(jdg_scale_grade_count, size_t, jdg_scale, judgement::GradeScale, x.size())

JDG_API jdg_status jdg_scale_grade(const jdg_grade** out, const jdg_scale* scale, size_t index) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::GradeScale>(scale, "scale");
    auto*& result = need(out, "out");
    result = borrow<jdg_grade>(at(x.grades(), index));
  });
}

JDG_API jdg_status jdg_scale_match(const jdg_grade** out, int* out_by_code, const jdg_scale* scale, const char* text,
                                   size_t size) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::GradeScale>(scale, "scale");
    need(out, "out");
    if (text == nullptr && size != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "text is NULL");
    const std::string_view written = text == nullptr ? std::string_view() : std::string_view(text, size);
    const auto match = x.match(written);
    if (!match) jdg_capi::raise(JDG_ERROR_NOT_FOUND, "no grade of scale '" + x.id() + "' is written '" + std::string(written) + "'");
    *out = borrow<jdg_grade>(*match->grade);
    if (out_by_code != nullptr) *out_by_code = match->by_code ? 1 : 0;
  });
}

JDG_SCALE_GETTER(jdg_grade_label, jdg_string, jdg_grade, judgement::Grade, view(x.label))
JDG_SCALE_GETTER(jdg_grade_alias_count, size_t, jdg_grade, judgement::Grade, x.aliases.size())
JDG_SCALE_GETTER(jdg_grade_rank, size_t, jdg_grade, judgement::Grade, x.rank)
JDG_SCALE_GETTER(jdg_grade_band, jdg_band, jdg_grade, judgement::Grade, static_cast<jdg_band>(x.band))
JDG_SCALE_GETTER(jdg_grade_position, double, jdg_grade, judgement::Grade, x.position)

JDG_API jdg_status jdg_grade_alias(jdg_string* out, const jdg_grade* grade, size_t index) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Grade>(grade, "grade");
    jdg_string& result = need(out, "out");
    result = view(std::string_view(at(x.aliases, index)));
  });
}

JDG_API jdg_status jdg_grade_code(int* out_code, int* out_present, const jdg_grade* grade) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Grade>(grade, "grade");
    need(out_code, "out_code");
    need(out_present, "out_present");
    *out_code = x.code.value_or(0);
    *out_present = x.code ? 1 : 0;
  });
}

JDG_API jdg_status jdg_crosswalk(const jdg_grade** out, int* out_exact, const jdg_scale* from, const jdg_grade* grade,
                                 const jdg_scale* to) {
  return guard(__func__, [&] {
    const auto& source = item<judgement::GradeScale>(from, "from");
    const auto& g = item<judgement::Grade>(grade, "grade");
    const auto& target = item<judgement::GradeScale>(to, "to");
    need(out, "out");
    if (!holds(source, g)) {
      jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "the grade is not one of scale '" + source.id() + "'");
    }
    const auto walked = judgement::crosswalk(source, g, target);
    if (!walked || walked->grade == nullptr) {
      jdg_capi::raise(JDG_ERROR_NOT_FOUND, "scale '" + target.id() + "' has no grades");
    }
    *out = borrow<jdg_grade>(*walked->grade);
    if (out_exact != nullptr) *out_exact = walked->exact ? 1 : 0;
  });
}

}  // extern "C"
