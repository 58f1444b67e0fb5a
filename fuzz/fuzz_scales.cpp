// Fuzz target: the scale language. Every input is either scales that pass the checks or an
// error with a position inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "judgement/scale.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto scales = judgement::define_scales(text);
  if (!scales) {
    if (scales.error().offset > text.size() || scales.error().line == 0) std::abort();
    return 0;
  }
  judgement::ScaleRegistry registry;
  for (const auto& scale : *scales) {
    if (scale.grades().empty()) std::abort();
    (void)registry.add(scale);
    for (const auto& grade : scale.grades()) {
      const auto m = scale.match(grade.label);
      if (!m || m->grade->label != grade.label) std::abort();
    }
  }
  return 0;
}
