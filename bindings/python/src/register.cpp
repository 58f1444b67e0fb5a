// The register of children's services authorities: a name as written resolved to an authority.
#include "judgement/register.hpp"
#include "native.hpp"

namespace judgement_python {

namespace {

py::object optional_text(const std::optional<std::string_view>& s) { return s ? py::object(to_str(*s)) : py::none(); }

// (name, ons_code, dfe_la_code, ofsted_urn, region, type, former, ended, successors' DfE LA codes)
py::tuple authority_tuple(const judgement::Authority& a) {
  py::tuple successors(a.successors.size());
  for (std::size_t i = 0; i < a.successors.size(); ++i) successors[i] = optional_text(a.successors[i]->dfe_la_code);
  return py::make_tuple(to_str(a.name), optional_text(a.ons_code), optional_text(a.dfe_la_code),
                        optional_text(a.ofsted_urn), to_str(a.region), to_str(a.type), a.former, optional_text(a.ended),
                        successors);
}

}  // namespace

void bind_register(py::module_& m) {
  // (authority tuple, kind, the register's row that matched), or None.
  m.def(
      "match_authority",
      [](std::string_view name) -> py::object {
        const auto match = judgement::match_authority(name);
        if (!match) return py::none();
        return py::make_tuple(authority_tuple(*match->authority), to_str(judgement::to_string(match->kind)),
                              to_str(match->registered));
      },
      py::arg("name"));
  m.def(
      "authority_by_id",
      [](std::string_view id) -> py::object {
        const judgement::Authority* a = judgement::authority_by_id(id);
        return a ? py::object(authority_tuple(*a)) : py::none();
      },
      py::arg("id"));
  m.def("authorities", [] {
    py::list out;
    for (const judgement::Authority& a : judgement::authorities()) out.append(authority_tuple(a));
    return out;
  });
}

}  // namespace judgement_python
