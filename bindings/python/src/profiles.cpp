// Framework profile registries. Immutable once handed to Python, as scale registries are:
// defining makes a new registry, so a parse that reads one without the GIL is never raced.
#include <memory>
#include <string_view>
#include <utility>

#include <pybind11/stl.h>

#include "judgement/profile.hpp"
#include "native.hpp"

namespace judgement_python {

void bind_profiles(py::module_& m) {
  using judgement::ProfileRegistry;
  py::class_<NativeProfiles>(m, "ProfileRegistry")
      .def_static("builtin",
                  [] {
                    static const auto builtin = std::make_shared<const ProfileRegistry>(ProfileRegistry::builtin());
                    return NativeProfiles{builtin};
                  })
      .def("profiles",
           [](const NativeProfiles& r) {
             // (id, name, inspectorate id or None, kind, series) for each profile, in order.
             py::list out;
             for (const judgement::FrameworkProfile& p : r.registry->profiles()) {
               out.append(py::make_tuple(p.id, p.name, p.inspectorate.empty() ? py::object(py::none()) : py::str(p.inspectorate),
                                         std::string(judgement::to_string(p.kind)), p.series.empty() ? p.id : p.series));
             }
             return out;
           })
      .def("with_definitions",
           [](const NativeProfiles& r, std::string_view text) -> py::object {
             auto copy = std::make_shared<ProfileRegistry>(*r.registry);
             auto ids = copy->define(text);
             if (!ids) return error_tuple(ids.error());
             return py::make_tuple(NativeProfiles{std::move(copy)}, *ids);
           });
}

}  // namespace judgement_python
