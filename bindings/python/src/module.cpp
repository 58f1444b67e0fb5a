// _judgement: the private native module under the `judgement` package.
#include "judgement/version.hpp"
#include "native.hpp"

PYBIND11_MODULE(_judgement, m) {
  m.doc() = "Private native half of the judgement package; use `import judgement`.";
  m.attr("version") = judgement::runtime_version();
  judgement_python::bind_report(m);
  judgement_python::bind_parse(m);
  judgement_python::bind_scales(m);
  judgement_python::bind_profiles(m);
  judgement_python::bind_timeline(m);
  judgement_python::bind_register(m);
}
