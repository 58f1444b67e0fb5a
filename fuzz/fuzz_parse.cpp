// Fuzz target: the whole text parse. Any input must give a report or an error, never a crash,
// a hang or a sanitizer report; a report must survive its JSON round trip unchanged, and lose
// nothing: every non-blank line is reachable from it (tests/fixtures/nothing_lost.hpp).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "judgement/json.hpp"
#include "judgement/parse.hpp"
#include "layout/layout.hpp"
#include "nothing_lost.hpp"
#include "source/source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (judgement::is_pdf(text)) return 0;  // fuzz_pdf's work
  for (judgement::Utf8Policy policy : {judgement::Utf8Policy::replace, judgement::Utf8Policy::strict}) {
    judgement::ParseOptions options;
    options.utf8 = policy;
    options.resolve_yearless_dates = true;
    const auto report = judgement::parse(text, options);
    if (!report) {
      if (policy == judgement::Utf8Policy::replace) std::abort();  // only strict UTF-8 may refuse text
      continue;
    }
    const std::string json = judgement::to_json(*report);
    const auto back = judgement::report_from_json(json);
    if (!back || !(*back == *report)) std::abort();
    if (policy == judgement::Utf8Policy::replace) {
      const auto source = judgement::detail::Source::load(report->store->source());  // the text spans point into
      if (!source) std::abort();
      const auto layout = judgement::detail::build_layout(*source);
      if (!fixtures::lost_lines(*source, layout, *report).empty()) std::abort();
    }
  }
  return 0;
}
