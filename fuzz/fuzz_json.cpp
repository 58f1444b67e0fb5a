// Fuzz target: the JSON reader. Any input is a report or an error with a position; a report
// read from JSON writes back to JSON that reads back equal.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "judgement/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  const auto report = judgement::report_from_json(json);
  if (!report) {
    if (report.error().offset > json.size()) std::abort();
    return 0;
  }
  const auto again = judgement::report_from_json(judgement::to_json(*report));
  if (!again || !(*again == *report)) std::abort();
  return 0;
}
