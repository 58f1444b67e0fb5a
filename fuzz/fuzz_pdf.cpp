// Fuzz target: PDF loading. Mutated PDFs must give text or an ErrorCode::pdf error, and the
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
  const auto text = judgement::pdf_text(bytes);
  if (!text) {
    if (text.error().code != judgement::ErrorCode::pdf) std::abort();
    return 0;
  }
  const auto report = judgement::parse(bytes);
  if (!report || report->source.format != judgement::SourceFormat::pdf) std::abort();
  return 0;
}
