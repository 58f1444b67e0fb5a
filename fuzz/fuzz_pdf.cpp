// Fuzz target: PDF loading. Mutated PDFs must give text or an ErrorCode::pdf (or, past the budget, limit) error, and the
// text must parse. poppler itself is not instrumented; the target checks that judgement's use
// of it (and of what it returns) holds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "judgement/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!judgement::is_pdf(bytes)) bytes.insert(0, "%PDF-1.4\n");
  // A budget in glyphs and bytes, so that most runs are the same on any machine, and in time,
  // well inside libFuzzer's -timeout: forms drawn without glyphs (an XObject fan-out) are
  // bounded by time alone.
  judgement::ParseOptions options;
  options.pdf_max_milliseconds = 2000;
  options.pdf_max_glyphs = 10'000;
  options.pdf_max_read_bytes = 64u << 20;
  const auto report = judgement::parse(bytes, options);
  if (!report) {
    if (report.error().code != judgement::ErrorCode::pdf && report.error().code != judgement::ErrorCode::limit) std::abort();
    return 0;
  }
  if (report->source.format != judgement::SourceFormat::pdf) std::abort();
  return 0;
}
