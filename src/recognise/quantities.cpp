// Figures the text states: percentages, counts with their noun, money, durations and changes.
// What counts as a quantity and how units are named is in src/grammar/quantity_finder.hpp.
#include "grammar/quantity_finder.hpp"
#include "recognise/recognisers.hpp"

namespace judgement::detail {

void recognise_quantities(ReportBuilder& out) {
  const Layout& layout = out.layout();
  for (const Block& b : layout.blocks()) {
    // Page numbers and running headers repeat on every page and state nothing.
    if (b.kind == BlockKind::furniture) continue;
    for (const grammar::QuantityHit& hit : grammar::find_quantities(layout.text(b), layout.dates(b), layout.marks(b))) {
      Quantity q;
      q.text = out.keep_block_text(b, hit.begin, hit.end, q.span);
      q.value = hit.value;
      q.from = hit.from;
      // A fixed id is static; a noun is kept, as a view of the input where it is written
      // there in lower case on one line.
      q.unit = hit.unit_id.empty() ? out.keep(hit.noun, layout.span(b, hit.noun_begin, hit.noun_end)) : hit.unit_id;
      out.report().quantities.push_back(q);
    }
  }
}

}  // namespace judgement::detail
