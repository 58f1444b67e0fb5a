#include "report/builder.hpp"

#include "source/utf8.hpp"

namespace judgement::detail {

std::string_view ReportBuilder::keep(std::string_view text, const Span& span) {
  const std::string_view original = report_.store->source();
  if (span.end <= original.size() && span.end >= span.begin &&
      original.substr(span.begin, span.end - span.begin) == text) {
    return original.substr(span.begin, span.end - span.begin);
  }
  return report_.store->keep(text);
}

namespace {

// Whether a slice of the input can be handed out as it is: on one line (no LF, CR or form
// feed), UTF-8 throughout (bytes that are not were replaced, U+FFFD, in the layout's text), and
// free of ligatures (U+FB00..U+FB06, bytes EF AC 80..86; the layout spells them out). One pass.
bool as_written(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size();) {
    if (p[i] < 0x80) {
      if (p[i] == '\n' || p[i] == '\r' || p[i] == '\f') return false;
      ++i;
      continue;
    }
    std::size_t bad = 0;
    const std::size_t len = utf8::sequence_length(p + i, s.size() - i, &bad);
    if (len == 0 || (p[i] == 0xEF && p[i + 1] == 0xAC)) return false;
    i += len;
  }
  return true;
}

}  // namespace

std::string_view ReportBuilder::keep_block_text(const Block& b, std::size_t begin, std::size_t end, Span& span) {
  span = layout_.span(b, begin, end);
  // Text on one line is given as the input has it (a minus sign stays a minus sign), except
  // that ligatures (U+FB00..U+FB06, bytes EF AC 80..86) are spelled out so that "ﬁnal" can be
  // searched for as "final"; text that runs over lines is given as the layout joined it.
  const std::string_view original = report_.store->source();
  if (span.end <= original.size() && span.begin <= span.end) {
    const std::string_view slice = original.substr(span.begin, span.end - span.begin);
    if (as_written(slice)) return slice;
  }
  return keep(layout_.text(b).substr(begin, end - begin), span);
}

void ReportBuilder::diagnose(Severity severity, std::string_view code, std::string_view message, const Span& span) {
  Diagnostic d;
  d.severity = severity;
  d.code = keep(code);
  d.message = keep(message);
  d.span = span;
  report_.diagnostics.push_back(d);
}

}  // namespace judgement::detail
