#include "grammar/date_finder.hpp"
#include "layout/layout.hpp"
#include "recognise/recognisers.hpp"

namespace judgement::detail {

void recognise_dates(ReportBuilder& out) {
  const Layout& layout = out.layout();
  const std::optional<Date>& reference = out.report().document.date;
  for (const Block& b : layout.blocks()) {
    if (b.kind == BlockKind::furniture) continue;
    for (grammar::DateHit hit : layout.dates(b)) {
      // A date without its year is kept only when the caller asked for it to be resolved
      // against the document's own date, and there is one: it is never guessed.
      if (!hit.year_stated) {
        if (!out.options().resolve_yearless_dates || !reference) continue;
        hit = grammar::resolve_year(std::move(hit), *reference);
      }
      DateMention m;
      m.text = out.keep_block_text(b, hit.begin, hit.end);
      m.range = hit.range;
      m.periods = std::move(hit.periods);
      m.span = layout.span(b, hit.begin, hit.end);
      out.report().dates.push_back(std::move(m));
    }
  }
}

}  // namespace judgement::detail
