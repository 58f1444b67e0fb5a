// Grade scales and registries. Both are immutable once handed to Python: "adding" to a
// registry makes a new one, so a parse that reads a registry without the GIL is never raced.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pybind11/stl.h>

#include "judgement/json.hpp"
#include "judgement/scale.hpp"
#include "native.hpp"

namespace judgement_python {
namespace {

using judgement::GradeScale;
using judgement::ScaleRegistry;

/// The index of `grade` in `scale`, where it points into it.
std::optional<std::size_t> index_of(const GradeScale& scale, const judgement::Grade* grade) {
  if (!grade) return std::nullopt;
  const auto& grades = scale.grades();
  if (grade < grades.data() || grade >= grades.data() + grades.size()) return std::nullopt;
  return static_cast<std::size_t>(grade - grades.data());
}

py::object maybe_index(const GradeScale& scale, const judgement::Grade* grade) {
  const auto i = index_of(scale, grade);
  return i ? py::object(py::int_(*i)) : py::none();
}

NativeScale scale_in(const std::shared_ptr<const ScaleRegistry>& registry, const GradeScale& scale) {
  // Shares the registry's ownership: the registry never changes, so the pointer stays valid.
  return NativeScale{std::shared_ptr<const GradeScale>(registry, &scale)};
}

}  // namespace

void bind_scales(py::module_& m) {
  py::class_<NativeScale>(m, "Scale")
      .def(py::init([](std::string id, std::string name, const py::list& grades) {
             // grades: (label, aliases, code, band) best first; rank and position follow from order.
             std::vector<judgement::Grade> out;
             for (const py::handle g : grades) {
               const auto t = g.cast<py::tuple>();
               judgement::Grade grade;
               grade.label = t[0].cast<std::string>();
               grade.aliases = t[1].cast<std::vector<std::string>>();
               grade.code = t[2].is_none() ? std::nullopt : std::optional<int>(t[2].cast<int>());
               const auto band = judgement::band_from_string(t[3].cast<std::string>());
               if (!band) throw py::value_error("unknown band '" + t[3].cast<std::string>() + "'");
               grade.band = *band;
               out.push_back(std::move(grade));
             }
             return NativeScale{std::make_shared<const GradeScale>(std::move(id), std::move(name), std::move(out))};
           }),
           py::arg("id"), py::arg("name"), py::arg("grades"))
      .def_property_readonly("id", [](const NativeScale& s) { return s.scale->id(); })
      .def_property_readonly("name", [](const NativeScale& s) { return s.scale->name(); })
      .def_property_readonly("lower_code_is_better", [](const NativeScale& s) { return s.scale->lower_code_is_better(); })
      .def("grades",
           [](const NativeScale& s) {
             py::list out;
             for (const judgement::Grade& g : s.scale->grades()) {
               py::tuple aliases(g.aliases.size());
               for (std::size_t i = 0; i < g.aliases.size(); ++i) aliases[i] = py::str(g.aliases[i]);
               out.append(py::make_tuple(g.label, aliases, g.code ? py::object(py::int_(*g.code)) : py::none(), g.rank,
                                         to_str(judgement::to_string(g.band)), g.position));
             }
             return out;
           })
      .def("match",
           [](const NativeScale& s, std::string_view text) -> py::object {
             const auto found = s.scale->match(text);
             if (!found) return py::none();
             return py::make_tuple(maybe_index(*s.scale, found->grade), found->by_code);
           })
      .def("by_code", [](const NativeScale& s, int code) { return maybe_index(*s.scale, s.scale->by_code(code)); })
      .def("by_label",
           [](const NativeScale& s, std::string_view label) { return maybe_index(*s.scale, s.scale->by_label(label)); })
      .def("crosswalk",
           [](const NativeScale& from, std::size_t grade, const NativeScale& to) -> py::object {
             if (grade >= from.scale->size()) throw py::index_error("no such grade");
             const auto c = judgement::crosswalk(*from.scale, from.scale->grades()[grade], *to.scale);
             if (!c) return py::none();
             return py::make_tuple(maybe_index(*to.scale, c->grade), c->exact);
           })
      .def("equals", [](const NativeScale& a, const NativeScale& b) { return *a.scale == *b.scale; });

  m.def(
      "define_scales",
      [](std::string_view text) -> py::object {
        auto defined = judgement::define_scales(text);
        if (!defined) return error_tuple(defined.error());
        py::list out;
        for (GradeScale& s : *defined) out.append(NativeScale{std::make_shared<const GradeScale>(std::move(s))});
        return out;
      },
      py::arg("text"));

  py::class_<NativeRegistry>(m, "ScaleRegistry")
      .def_static("builtin",
                  [] {
                    static const auto builtin = std::make_shared<const ScaleRegistry>(ScaleRegistry::builtin());
                    return NativeRegistry{builtin};
                  })
      .def_static("empty", [] { return NativeRegistry{std::make_shared<const ScaleRegistry>()}; })
      .def("scales",
           [](const NativeRegistry& r) {
             py::list out;
             for (const GradeScale& s : r.registry->scales()) out.append(scale_in(r.registry, s));
             return out;
           })
      .def("find",
           [](const NativeRegistry& r, std::string_view id) -> py::object {
             const GradeScale* s = r.registry->find(id);
             if (!s) return py::none();
             return py::cast(scale_in(r.registry, *s));
           })
      .def("with_definitions",
           [](const NativeRegistry& r, std::string_view text) -> py::object {
             auto copy = std::make_shared<ScaleRegistry>(*r.registry);
             auto ids = copy->define(text);
             if (!ids) return error_tuple(ids.error());
             return py::make_tuple(NativeRegistry{std::move(copy)}, *ids);
           })
      .def("with_scale",
           [](const NativeRegistry& r, const NativeScale& s) -> py::object {
             auto copy = std::make_shared<ScaleRegistry>(*r.registry);
             auto added = copy->add(*s.scale);
             if (!added) return error_tuple(added.error());
             return py::cast(NativeRegistry{std::move(copy)});
           })
      .def("to_json",
           [](const NativeRegistry& r, bool pretty) {
             return judgement::scales_to_json(*r.registry, judgement::JsonOptions{pretty});
           },
           py::arg("pretty") = false);
}

}  // namespace judgement_python
