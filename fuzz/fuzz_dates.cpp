// Fuzz target: the date grammar and the date finder. Every hit must lie inside the text, be
// ordered, and read back through parse_date to the same range.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "grammar/date_finder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t previous_end = 0;
  for (const auto& hit : judgement::grammar::find_dates(text)) {
    if (hit.begin >= hit.end || hit.end > text.size() || hit.begin < previous_end) std::abort();
    previous_end = hit.end;
    const auto again = judgement::grammar::parse_date(text.substr(hit.begin, hit.end - hit.begin));
    if (!again || !(again->range == hit.range)) std::abort();
  }
  (void)judgement::grammar::parse_date(text);
  return 0;
}
