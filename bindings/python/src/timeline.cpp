// A provider's inspections in order, built from parsed reports.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "judgement/timeline.hpp"
#include "native.hpp"

namespace judgement_python {
namespace {

struct NativeTimeline {
  judgement::Timeline timeline;
};

py::object date(const std::optional<judgement::Date>& d) {
  if (!d || int(d->ymd.year()) == 0) return py::none();
  return py::make_tuple(int(d->ymd.year()), unsigned(d->ymd.month()), unsigned(d->ymd.day()),
                        to_str(judgement::to_string(d->precision)));
}

template <class T>
py::object optional(const std::optional<T>& v) {
  return v ? py::cast(*v) : py::none();
}

py::tuple judgement_of(const judgement::TimelineJudgement& j) {
  return py::make_tuple(j.area, optional(j.area_id), j.grade, optional(j.code), j.scale,
                        to_str(judgement::to_string(j.band)), to_str(judgement::to_string(j.change)),
                        optional(j.previous_grade), optional(j.previous_scale),
                        j.previous_band ? py::object(to_str(judgement::to_string(*j.previous_band))) : py::none(),
                        j.by_band);
}

py::tuple inspection_of(const judgement::TimelineInspection& i) {
  py::tuple judgements(i.judgements.size());
  for (std::size_t k = 0; k < i.judgements.size(); ++k) judgements[k] = judgement_of(i.judgements[k]);
  py::tuple reports(i.reports.size());
  for (std::size_t k = 0; k < i.reports.size(); ++k) reports[k] = i.reports[k];
  py::tuple sources(i.sources.size());
  for (std::size_t k = 0; k < i.sources.size(); ++k) sources[k] = py::str(i.sources[k]);
  py::tuple cited_by(i.cited_by.size());
  for (std::size_t k = 0; k < i.cited_by.size(); ++k) cited_by[k] = i.cited_by[k];
  const auto start = i.dates ? std::optional<judgement::Date>(i.dates->start) : std::nullopt;
  const auto end = i.dates ? std::optional<judgement::Date>(i.dates->end) : std::nullopt;
  return py::make_tuple(to_str(judgement::to_string(i.type)), i.provider, date(start), date(end), date(i.published),
                        i.cited, i.dated_by_citation, reports, sources, cited_by, judgements);
}

}  // namespace

void bind_timeline(py::module_& m) {
  py::class_<NativeTimeline>(m, "Timeline")
      .def(py::init([](const py::list& reports, const NativeProfiles* profiles, const NativeRegistry* scales) {
             std::vector<judgement::Report> values;
             values.reserve(reports.size());
             for (const py::handle r : reports) values.push_back(r.cast<const NativeReport&>().report);
             NativeTimeline t;
             {
               py::gil_scoped_release release;
               t.timeline = judgement::Timeline::build(
                   values, {.profiles = profiles ? profiles->registry.get() : nullptr,
                            .scales = scales ? scales->registry.get() : nullptr});
             }
             return t;
           }),
           py::arg("reports"), py::arg("profiles") = nullptr, py::arg("scales") = nullptr)
      .def("providers",
           [](const NativeTimeline& t) {
             py::list out;
             for (const judgement::ProviderTimeline& p : t.timeline.providers()) {
               py::tuple inspections(p.inspections.size());
               for (std::size_t k = 0; k < p.inspections.size(); ++k) inspections[k] = inspection_of(p.inspections[k]);
               py::object id = py::none();
               py::object name = py::none();
               if (const judgement::Authority* a = p.authority) {
                 id = py::make_tuple(a->ons_code ? py::object(to_str(*a->ons_code)) : py::none(),
                                     a->dfe_la_code ? py::object(to_str(*a->dfe_la_code)) : py::none(),
                                     a->ofsted_urn ? py::object(to_str(*a->ofsted_urn)) : py::none());
                 name = to_str(a->name);
               }
               out.append(py::make_tuple(p.key, p.provider, inspections, id, name));
             }
             return out;
           })
      .def("omitted",
           [](const NativeTimeline& t) {
             py::list out;
             for (const judgement::TimelineOmission& o : t.timeline.omitted()) {
               out.append(py::make_tuple(o.report, o.source, o.reason));
             }
             return out;
           })
      .def("to_json",
           [](const NativeTimeline& t, bool pretty) { return judgement::to_json(t.timeline, judgement::JsonOptions{pretty}); },
           py::arg("pretty") = false)
      .def("equals", [](const NativeTimeline& a, const NativeTimeline& b) { return a.timeline == b.timeline; });

  m.def("provider_key", [](std::string_view name) { return judgement::provider_key(name); }, py::arg("name"));
}

}  // namespace judgement_python
