// Grade scales: a registry handle (the built-in scales plus the caller's), its scales and grades
// as borrowed items, matching grades in text, and the crosswalk between scales.
#include <algorithm>
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
using jdg_capi::item_record;
using jdg_capi::need;
using jdg_capi::view;

const jdg_scale_registry& handle_of(const jdg_scale_registry* registry) {
  return jdg_capi::handle(registry, "registry");
}
const judgement::ScaleRegistry& registry_of(const jdg_scale_registry* registry) {
  return handle_of(registry).registry;
}
// The scales a registry lends: those with a record (all of them, but after a failed allocation).
std::size_t lent(const jdg_scale_registry& registry) {
  return std::min(registry.scales.size(), registry.registry.scales().size());
}

// The record of `grade`, one of the grades of the scale whose record is `scale`.
const jdg_grade* grade_of(const jdg_scale& scale, const judgement::Grade& grade) {
  return scale.items + (&grade - scale.value->grades().data());
}

// True when `grade` is one of the grades `scale` holds (by record, as borrowed items are).
bool holds(const jdg_scale& scale, const jdg_grade& grade) {
  const std::size_t count = scale.value->grades().size();
  if (count == 0) return false;
  const std::less<const jdg_grade*> before;
  return !before(&grade, scale.items) && before(&grade, scale.items + count);
}

}  // namespace

jdg_scale_registry::jdg_scale_registry(judgement::ScaleRegistry value) : registry(std::move(value)) { index(); }

// Where an allocation fails part way (after a define), the scales without a record yet are not
// lent (count, index and find see only the recorded ones) until the next define records them.
void jdg_scale_registry::index() {
  const std::vector<judgement::GradeScale>& all = registry.scales();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::vector<judgement::Grade>& values = all[i].grades();
    if (i == grades.size()) {
      std::vector<jdg_grade> records;
      records.reserve(values.size());
      jdg_capi::add_records(records, values);
      grades.push_back(std::move(records));  // a move keeps the records where they are
    }
    if (i == scales.size()) scales.emplace_back();
    for (std::size_t k = 0; k < values.size(); ++k) grades[i][k].value = &values[k];
    scales[i].items = grades[i].data();
    scales[i].value = &all[i];
  }
}

void jdg_scale_registry::forget() noexcept {
  jdg_capi::clear_tags(scales);
  for (std::vector<jdg_grade>& records : grades) jdg_capi::clear_tags(records);
}

#define JDG_SCALE_GETTER(function, Out, CType, CppType, expr)  \
  JDG_API jdg_status function(Out* out, const CType* handle) { \
    return guard(__func__, [&] {                               \
      const CppType& x = item<CppType>(handle);                \
      need(out, "out") = (expr);                               \
    });                                                        \
  }

extern "C" {

JDG_API jdg_status jdg_scale_registry_new(jdg_scale_registry** out) {
  return guard(__func__, [&] {
    need(out, "out");
    *out = new jdg_scale_registry(judgement::ScaleRegistry::builtin());
  });
}

JDG_API void jdg_scale_registry_free(jdg_scale_registry* registry) { jdg_capi::release(registry); }

JDG_API jdg_status jdg_scale_registry_define(size_t* out_added, jdg_scale_registry* registry, const char* text,
                                             size_t size) {
  return guard(__func__, [&] {
    jdg_scale_registry& h = jdg_capi::handle(registry, "registry");
    if (text == nullptr && size != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "text is NULL");
    auto added = h.registry.define(text == nullptr ? std::string_view() : std::string_view(text, size));
    if (!added) jdg_capi::raise(added.error());
    h.index();
    if (out_added != nullptr) *out_added = added->size();
  });
}

JDG_API jdg_status jdg_scale_registry_count(size_t* out, const jdg_scale_registry* registry) {
  return guard(__func__, [&] {
    const std::size_t count = lent(handle_of(registry));
    need(out, "out") = count;
  });
}

JDG_API jdg_status jdg_scale_registry_scale(const jdg_scale** out, const jdg_scale_registry* registry, size_t index) {
  return guard(__func__, [&] {
    const jdg_scale_registry& h = handle_of(registry);
    const jdg_scale*& result = need(out, "out");
    result = borrow(h.scales, lent(h), index);
  });
}

JDG_API jdg_status jdg_scale_registry_find(const jdg_scale** out, const jdg_scale_registry* registry, const char* id) {
  return guard(__func__, [&] {
    const jdg_scale_registry& h = handle_of(registry);
    const char& first = need(id, "id");
    need(out, "out");
    const judgement::GradeScale* scale = h.registry.find(&first);
    const auto index = static_cast<std::size_t>(scale == nullptr ? 0 : scale - h.registry.scales().data());
    if (scale == nullptr || index >= lent(h)) {
      jdg_capi::raise(JDG_ERROR_NOT_FOUND, "no scale with id '" + std::string(&first) + "'");
    }
    *out = &h.scales[index];
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
    const jdg_scale& x = item_record(scale);
    auto*& result = need(out, "out");
    result = borrow(x.items, x.value->grades().size(), index);
  });
}

JDG_API jdg_status jdg_scale_match(const jdg_grade** out, int* out_by_code, const jdg_scale* scale, const char* text,
                                   size_t size) {
  return guard(__func__, [&] {
    const jdg_scale& record = item_record(scale);
    const judgement::GradeScale& x = *record.value;
    need(out, "out");
    if (text == nullptr && size != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "text is NULL");
    const std::string_view written = text == nullptr ? std::string_view() : std::string_view(text, size);
    const auto match = x.match(written);
    if (!match) jdg_capi::raise(JDG_ERROR_NOT_FOUND, "no grade of scale '" + x.id() + "' is written '" + std::string(written) + "'");
    *out = grade_of(record, *match->grade);
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
    const auto& x = item<judgement::Grade>(grade);
    jdg_string& result = need(out, "out");
    result = view(std::string_view(at(x.aliases, index)));
  });
}

JDG_API jdg_status jdg_grade_code(int* out_code, int* out_present, const jdg_grade* grade) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Grade>(grade);
    need(out_code, "out_code");
    need(out_present, "out_present");
    *out_code = x.code.value_or(0);
    *out_present = x.code ? 1 : 0;
  });
}

JDG_API jdg_status jdg_crosswalk(const jdg_grade** out, int* out_exact, const jdg_scale* from, const jdg_grade* grade,
                                 const jdg_scale* to) {
  return guard(__func__, [&] {
    const jdg_scale& source = item_record(from, "from");
    const jdg_grade& g = item_record(grade);
    const jdg_scale& target = item_record(to, "to");
    need(out, "out");
    if (!holds(source, g)) {
      jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "the grade is not one of scale '" + source.value->id() + "'");
    }
    const auto walked = judgement::crosswalk(*source.value, *g.value, *target.value);
    if (!walked || walked->grade == nullptr) {
      jdg_capi::raise(JDG_ERROR_NOT_FOUND, "scale '" + target.value->id() + "' has no grades");
    }
    *out = grade_of(target, *walked->grade);
    if (out_exact != nullptr) *out_exact = walked->exact ? 1 : 0;
  });
}

}  // extern "C"
