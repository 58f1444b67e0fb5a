// The warning for a document the parse made little of: of unknown type, or with nothing read
// from it. The exit status is unchanged unless --strict.
#include <cstdio>
#include <string>

#include "cli.hpp"

namespace judgement::cli {

bool warn_if_unread(const std::string& path, const Report& r) {
  const Document& d = r.document;
  const bool nothing = r.judgements.empty() && r.findings.empty() && r.paragraphs.empty() &&
                       r.references.empty() && !d.provider && !d.inspection_dates && !d.date;
  const char* why = nothing ? "nothing was read from it (no judgement, finding, paragraph, provider or date)"
                    : d.type == DocumentType::unknown ? "its type is unknown (not a report this tool knows)"
                                                      : nullptr;
  if (why == nullptr) return false;
  std::fprintf(stderr, "judgement: warning: %s: %s\n", path.c_str(), why);
  return true;
}

}  // namespace judgement::cli
