#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "grammar/date_finder.hpp"
#include "layout/layout.hpp"
#include "recognise/recognisers.hpp"

namespace judgement::detail {

namespace {

// One "yearless-date" diagnostic for the dates left without a year: how many, the first, and
// how to have them resolved (or why they could not be).
void report_unresolved(ReportBuilder& out, std::size_t count, std::string_view first, const Span& span) {
  std::string message = count == 1 ? "a date without a year" : std::to_string(count) + " dates without a year";
  message += " (the first: \"";
  message += first;
  message += "\") ";
  message += count == 1 ? "was" : "were";
  if (out.options().resolve_yearless_dates) {
    message += " left unresolved: the document bears no date to take the year from";
  } else {
    message += " left unresolved; resolve_yearless_dates (--resolve-yearless-dates in the CLI) gives ";
    message += count == 1 ? "it" : "them";
    message += " the year of the document's own date";
  }
  out.diagnose(Severity::info, "yearless-date", message, span);
}

}  // namespace

void recognise_dates(ReportBuilder& out) {
  const Layout& layout = out.layout();
  const std::optional<Date>& reference = out.report().document.date;
  std::size_t unresolved = 0;
  std::string first;
  Span first_span;
  for (const Block& b : layout.blocks()) {
    if (b.kind == BlockKind::furniture) continue;
    for (grammar::DateHit hit : layout.dates(b)) {
      // A date without its year is kept only when the caller asked for it to be resolved
      // against the document's own date, and there is one: it is never guessed.
      if (!hit.year_stated) {
        if (!out.options().resolve_yearless_dates || !reference) {
          if (unresolved++ == 0) {
            first = std::string(layout.text(b).substr(hit.begin, hit.end - hit.begin));
            std::replace(first.begin(), first.end(), '\n', ' ');
            first_span = layout.span(b, hit.begin, hit.end);
          }
          continue;
        }
        hit = grammar::resolve_year(std::move(hit), *reference);
      }
      DateMention m;
      m.text = out.keep_block_text(b, hit.begin, hit.end, m.span);
      m.range = hit.range;
      m.periods = std::move(hit.periods);
      out.report().dates.push_back(std::move(m));
    }
  }
  if (unresolved > 0) report_unresolved(out, unresolved, first, first_span);
}

}  // namespace judgement::detail
