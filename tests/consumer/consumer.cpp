// Built against the target judgement::judgement only (no Boost or Abseil on the include path),
// in the build tree (api.consumer) and from an installed package through find_package
// (packaging.cmake), this proves the public headers stand alone and the static C++ library
// provides what they declare, with its dependencies carried by the target.
#include <cstdio>
#include <cstring>

#include "judgement/judgement.hpp"

int main() {
  using namespace judgement;
  int failures = 0;
  auto expect = [&](bool ok, const char* what) {
    if (!ok) {
      std::fprintf(stderr, "consumer: %s\n", what);
      ++failures;
    }
  };
  expect(std::strcmp(runtime_version(), JUDGEMENT_VERSION_STRING) == 0, "runtime version matches the header");
  const GradeScale* ri = ScaleRegistry::builtin().find("ofsted-requires-improvement");
  expect(ri != nullptr, "built-in scale found");
  if (ri) {
    const auto m = ri->match("Requires improvement\nto be good");
    expect(m && m->grade->code == 3, "grade matched through the library");
  }
  ScaleRegistry mine = ScaleRegistry::builtin();
  const auto added = mine.define("scale yes-no \"Yes or no\"\n  \"Yes\" = 1\n  \"No\" = 2\nend\n");
  expect(added.ok(), "a user scale defined through the library");
  Report report;
  report.document.type = DocumentType::ilacs;
  report.document.date = make_date(2019, 8, 27);
  const auto back = report_from_json(to_json(report));
  expect(back.ok() && *back == report, "JSON round trip through the library");
  return failures == 0 ? 0 : 1;
}
