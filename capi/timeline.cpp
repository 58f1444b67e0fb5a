// Timelines: many reports grouped by provider, each judgement with its change. The handle owns
// the judgement::Timeline; providers, inspections and judgements are borrowed items into it,
// tagged records the handle makes once (internal.hpp).
#include <string>
#include <vector>

#include "internal.hpp"
#include "judgement/json.hpp"
#include "judgement/timeline.hpp"

// The C enumeration mirrors the C++ one value for value, so a value converts with a cast.
#define JDG_SAME_CHANGE(c, cpp) \
  static_assert(static_cast<int>(c) == static_cast<int>(judgement::Change::cpp), #c)
JDG_SAME_CHANGE(JDG_CHANGE_FIRST, first);
JDG_SAME_CHANGE(JDG_CHANGE_IMPROVED, improved);
JDG_SAME_CHANGE(JDG_CHANGE_DECLINED, declined);
JDG_SAME_CHANGE(JDG_CHANGE_UNCHANGED, unchanged);
JDG_SAME_CHANGE(JDG_CHANGE_NOT_COMPARABLE, not_comparable);
#undef JDG_SAME_CHANGE

struct jdg_timeline {
  static constexpr std::uint64_t kind = jdg_capi::timeline_tag;
  std::uint64_t tag = kind;
  judgement::Timeline timeline;
  // One record per provider, and every provider's inspections and every inspection's judgements
  // in turn, each list a run that its parent's record points to.
  std::vector<jdg_provider_timeline> providers;
  std::vector<jdg_timeline_inspection> inspections;
  std::vector<jdg_timeline_judgement> judgements;

  explicit jdg_timeline(judgement::Timeline value) : timeline(std::move(value)) {
    std::size_t inspection_count = 0, judgement_count = 0;
    for (const judgement::ProviderTimeline& p : timeline.providers()) {
      inspection_count += p.inspections.size();
      for (const judgement::TimelineInspection& i : p.inspections) judgement_count += i.judgements.size();
    }
    providers.reserve(timeline.providers().size());  // records point into these: no reallocation
    inspections.reserve(inspection_count);
    judgements.reserve(judgement_count);
    jdg_capi::add_records(providers, timeline.providers());
    for (jdg_provider_timeline& p : providers) {
      p.items = inspections.data() + inspections.size();
      jdg_capi::add_records(inspections, p.value->inspections);
    }
    for (jdg_timeline_inspection& i : inspections) {
      i.items = judgements.data() + judgements.size();
      jdg_capi::add_records(judgements, i.value->judgements);
    }
  }
  jdg_timeline(const jdg_timeline&) = delete;
  jdg_timeline& operator=(const jdg_timeline&) = delete;

  void forget() noexcept {
    jdg_capi::clear_tags(providers);
    jdg_capi::clear_tags(inspections);
    jdg_capi::clear_tags(judgements);
  }
};

namespace {

using jdg_capi::at;
using jdg_capi::borrow;
using jdg_capi::guard;
using jdg_capi::item;
using jdg_capi::item_record;
using jdg_capi::need;
using jdg_capi::view;

using Provider = judgement::ProviderTimeline;
using Inspection = judgement::TimelineInspection;
using TJudgement = judgement::TimelineJudgement;

const jdg_timeline& handle_of(const jdg_timeline* timeline) { return jdg_capi::handle(timeline, "timeline"); }
const judgement::Timeline& timeline_of(const jdg_timeline* timeline) { return handle_of(timeline).timeline; }

}  // namespace

#define JDG_TIMELINE_GETTER(function, Out, CType, CppType, expr) \
  JDG_API jdg_status function(Out* out, const CType* handle) {  \
    return guard(__func__, [&] {                                \
      const CppType& x = item<CppType>(handle);                 \
      need(out, "out") = (expr);                                \
    });                                                         \
  }

extern "C" {

JDG_API const char* jdg_change_string(jdg_change change) {
  return jdg_capi::guard_value<const char*>(nullptr, [&]() -> const char* {
    static const std::string names[] = {
        std::string(judgement::to_string(judgement::Change::first)),
        std::string(judgement::to_string(judgement::Change::improved)),
        std::string(judgement::to_string(judgement::Change::declined)),
        std::string(judgement::to_string(judgement::Change::unchanged)),
        std::string(judgement::to_string(judgement::Change::not_comparable)),
    };
    if (change < JDG_CHANGE_FIRST || change > JDG_CHANGE_NOT_COMPARABLE) return nullptr;
    return names[change].c_str();
  });
}

namespace {

jdg_status build_timeline(const char* function, jdg_timeline** out, const jdg_report* const* reports, size_t count,
                          const jdg_options* options) {
  return guard(function, [&] {
    need(out, "out");
    if (reports == nullptr && count != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "reports is NULL");
    std::vector<judgement::Report> copies;
    copies.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (reports[i] == nullptr) {
        jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "reports[" + std::to_string(i) + "] is NULL");
      }
      const std::string name = "reports[" + std::to_string(i) + "]";
      copies.push_back(jdg_capi::handle(reports[i], name.c_str()).report);  // shares the report's text; copies only the values
    }
    // Only the registries of the options matter here; parse_options checks the whole struct.
    const judgement::ParseOptions read = jdg_capi::parse_options(options);
    *out = new jdg_timeline(judgement::Timeline::build(copies, {.profiles = read.profiles, .scales = read.scales}));
  });
}

}  // namespace

JDG_API jdg_status jdg_timeline_build(jdg_timeline** out, const jdg_report* const* reports, size_t count) {
  return build_timeline(__func__, out, reports, count, nullptr);
}

JDG_API jdg_status jdg_timeline_build_with(jdg_timeline** out, const jdg_report* const* reports, size_t count,
                                           const jdg_options* options) {
  return build_timeline(__func__, out, reports, count, options);
}

JDG_API void jdg_timeline_free(jdg_timeline* timeline) { jdg_capi::release(timeline); }

JDG_API jdg_status jdg_timeline_to_json(char** out, size_t* out_size, const jdg_timeline* timeline, int pretty) {
  return guard(__func__, [&] {
    const judgement::Timeline& t = timeline_of(timeline);
    need(out, "out");
    judgement::JsonOptions options;
    options.pretty = pretty != 0;
    const std::string json = judgement::to_json(t, options);
    *out = jdg_capi::malloc_copy(json);
    if (out_size != nullptr) *out_size = json.size();
  });
}

JDG_API jdg_status jdg_timeline_provider_count(size_t* out, const jdg_timeline* timeline) {
  return guard(__func__, [&] {
    const std::size_t count = timeline_of(timeline).providers().size();
    need(out, "out") = count;
  });
}

JDG_API jdg_status jdg_timeline_provider(const jdg_provider_timeline** out, const jdg_timeline* timeline,
                                         size_t index) {
  return guard(__func__, [&] {
    const jdg_timeline& h = handle_of(timeline);
    const jdg_provider_timeline*& result = need(out, "out");
    result = borrow(h.providers, h.timeline.providers().size(), index);
  });
}

JDG_API jdg_status jdg_timeline_find(const jdg_provider_timeline** out, const jdg_timeline* timeline,
                                     const char* provider) {
  return guard(__func__, [&] {
    const jdg_timeline& h = handle_of(timeline);
    const char& name = need(provider, "provider");
    need(out, "out");
    const Provider* found = h.timeline.find(&name);
    if (found == nullptr) jdg_capi::raise(JDG_ERROR_NOT_FOUND, "no provider '" + std::string(&name) + "' in the timeline");
    *out = &h.providers[static_cast<std::size_t>(found - h.timeline.providers().data())];
  });
}

JDG_API jdg_status jdg_timeline_omitted_count(size_t* out, const jdg_timeline* timeline) {
  return guard(__func__, [&] {
    const std::size_t count = timeline_of(timeline).omitted().size();
    need(out, "out") = count;
  });
}

JDG_API jdg_status jdg_timeline_omitted(size_t* out_report, jdg_string* out_source, jdg_string* out_reason,
                                        const jdg_timeline* timeline, size_t index) {
  return guard(__func__, [&] {
    const judgement::Timeline& t = timeline_of(timeline);
    need(out_report, "out_report");
    need(out_source, "out_source");
    need(out_reason, "out_reason");
    const judgement::TimelineOmission& omission = at(t.omitted(), index);
    *out_report = omission.report;
    *out_source = view(omission.source);
    *out_reason = view(omission.reason);
  });
}

JDG_TIMELINE_GETTER(jdg_provider_timeline_key, jdg_string, jdg_provider_timeline, Provider, view(x.key))
JDG_TIMELINE_GETTER(jdg_provider_timeline_name, jdg_string, jdg_provider_timeline, Provider, view(x.provider))
JDG_TIMELINE_GETTER(jdg_provider_timeline_provider_name, jdg_string, jdg_provider_timeline, Provider,
                    view(x.authority ? std::optional<std::string_view>(x.authority->name) : std::nullopt))

JDG_API jdg_status jdg_provider_timeline_provider_id(jdg_string* out_ons_code, jdg_string* out_dfe_la_code,
                                                     jdg_string* out_ofsted_urn, const jdg_provider_timeline* provider) {
  return guard(__func__, [&] {
    const auto& x = item<Provider>(provider, "provider");
    jdg_string& ons = need(out_ons_code, "out_ons_code");
    jdg_string& dfe = need(out_dfe_la_code, "out_dfe_la_code");
    jdg_string& urn = need(out_ofsted_urn, "out_ofsted_urn");
    const judgement::Authority* a = x.authority;
    ons = view(a ? a->ons_code : std::nullopt);
    dfe = view(a ? a->dfe_la_code : std::nullopt);
    urn = view(a ? a->ofsted_urn : std::nullopt);
  });
}
JDG_TIMELINE_GETTER(jdg_provider_timeline_inspection_count, size_t, jdg_provider_timeline, Provider,
                    x.inspections.size())

JDG_API jdg_status jdg_provider_timeline_inspection(const jdg_timeline_inspection** out,
                                                    const jdg_provider_timeline* provider, size_t index) {
  return guard(__func__, [&] {
    const jdg_provider_timeline& x = item_record(provider);
    auto*& result = need(out, "out");
    result = borrow(x.items, x.value->inspections.size(), index);
  });
}

JDG_TIMELINE_GETTER(jdg_timeline_inspection_type, jdg_document_type, jdg_timeline_inspection, Inspection,
                    jdg_capi::document_type(x.type))
JDG_TIMELINE_GETTER(jdg_timeline_inspection_provider, jdg_string, jdg_timeline_inspection, Inspection,
                    view(x.provider))
JDG_TIMELINE_GETTER(jdg_timeline_inspection_report_count, size_t, jdg_timeline_inspection, Inspection,
                    x.reports.size())
JDG_TIMELINE_GETTER(jdg_timeline_inspection_cited_by_count, size_t, jdg_timeline_inspection, Inspection,
                    x.cited_by.size())

JDG_API jdg_status jdg_timeline_inspection_cited(int* out_cited, int* out_dated_by_citation,
                                                 const jdg_timeline_inspection* inspection) {
  return guard(__func__, [&] {
    const auto& x = item<Inspection>(inspection);
    need(out_cited, "out_cited");
    need(out_dated_by_citation, "out_dated_by_citation");
    *out_cited = x.cited ? 1 : 0;
    *out_dated_by_citation = x.dated_by_citation ? 1 : 0;
  });
}

JDG_API jdg_status jdg_timeline_inspection_cited_by(size_t* out_report, const jdg_timeline_inspection* inspection,
                                                    size_t index) {
  return guard(__func__, [&] {
    const auto& x = item<Inspection>(inspection);
    std::size_t& result = need(out_report, "out_report");
    result = at(x.cited_by, index);
  });
}
JDG_TIMELINE_GETTER(jdg_timeline_inspection_judgement_count, size_t, jdg_timeline_inspection, Inspection,
                    x.judgements.size())

JDG_API jdg_status jdg_timeline_inspection_dates(jdg_date* out_start, jdg_date* out_end, jdg_date* out_published,
                                                 const jdg_timeline_inspection* inspection) {
  return guard(__func__, [&] {
    const auto& x = item<Inspection>(inspection);
    need(out_start, "out_start");
    need(out_end, "out_end");
    need(out_published, "out_published");
    *out_start = x.dates ? jdg_capi::date(x.dates->start) : jdg_capi::date(std::nullopt);
    *out_end = x.dates ? jdg_capi::date(x.dates->end) : jdg_capi::date(std::nullopt);
    *out_published = jdg_capi::date(x.published);
  });
}

JDG_API jdg_status jdg_timeline_inspection_report(size_t* out_report, jdg_string* out_source,
                                                  const jdg_timeline_inspection* inspection, size_t index) {
  return guard(__func__, [&] {
    const auto& x = item<Inspection>(inspection);
    need(out_report, "out_report");
    need(out_source, "out_source");
    const std::size_t report = at(x.reports, index);  // sources has one name per report
    *out_source = index < x.sources.size() ? view(x.sources[index]) : jdg_string{nullptr, 0};
    *out_report = report;
  });
}

JDG_API jdg_status jdg_timeline_inspection_judgement(const jdg_timeline_judgement** out,
                                                     const jdg_timeline_inspection* inspection, size_t index) {
  return guard(__func__, [&] {
    const jdg_timeline_inspection& x = item_record(inspection);
    auto*& result = need(out, "out");
    result = borrow(x.items, x.value->judgements.size(), index);
  });
}

JDG_TIMELINE_GETTER(jdg_timeline_judgement_area, jdg_string, jdg_timeline_judgement, TJudgement, view(x.area))
JDG_TIMELINE_GETTER(jdg_timeline_judgement_area_id, jdg_string, jdg_timeline_judgement, TJudgement, view(x.area_id))
JDG_TIMELINE_GETTER(jdg_timeline_judgement_grade, jdg_string, jdg_timeline_judgement, TJudgement, view(x.grade))
JDG_TIMELINE_GETTER(jdg_timeline_judgement_scale, jdg_string, jdg_timeline_judgement, TJudgement, view(x.scale))
JDG_TIMELINE_GETTER(jdg_timeline_judgement_band, jdg_band, jdg_timeline_judgement, TJudgement,
                    static_cast<jdg_band>(x.band))

JDG_API jdg_status jdg_timeline_judgement_code(int* out_code, int* out_present, const jdg_timeline_judgement* judgement) {
  return guard(__func__, [&] {
    const auto& x = item<TJudgement>(judgement);
    need(out_code, "out_code");
    need(out_present, "out_present");
    *out_code = x.code.value_or(0);
    *out_present = x.code ? 1 : 0;
  });
}

JDG_API jdg_status jdg_timeline_judgement_change(jdg_change* out, int* out_by_band,
                                                 const jdg_timeline_judgement* judgement) {
  return guard(__func__, [&] {
    const auto& x = item<TJudgement>(judgement);
    need(out, "out") = static_cast<jdg_change>(x.change);
    if (out_by_band != nullptr) *out_by_band = x.by_band ? 1 : 0;
  });
}

JDG_API jdg_status jdg_timeline_judgement_previous(jdg_string* out_grade, jdg_string* out_scale, jdg_band* out_band,
                                                   int* out_present, const jdg_timeline_judgement* judgement) {
  return guard(__func__, [&] {
    const auto& x = item<TJudgement>(judgement);
    need(out_grade, "out_grade");
    need(out_scale, "out_scale");
    need(out_band, "out_band");
    need(out_present, "out_present");
    const bool present = x.previous_grade.has_value();
    *out_grade = view(x.previous_grade);
    *out_scale = view(x.previous_scale);
    *out_band = static_cast<jdg_band>(x.previous_band.value_or(judgement::Band::outstanding));
    *out_present = present ? 1 : 0;
  });
}

}  // extern "C"
