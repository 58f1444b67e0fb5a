#include <string>

#include "recognise/recognisers.hpp"

namespace judgement::detail {

void recognise_paragraphs(ReportBuilder& out) {
  const Layout& layout = out.layout();
  for (const Block& b : layout.blocks()) {
    if (b.kind != BlockKind::paragraph || b.number <= 0) continue;
    Paragraph p;
    p.number = b.number;
    p.label = b.number_inferred ? out.keep(std::to_string(b.number)) : out.keep(layout.number_label(b));
    p.section = ReportBuilder::present(out.keep(layout.section_of(b)));
    p.inferred = b.number_inferred;
    p.span = layout.span(b);
    out.report().paragraphs.push_back(p);
  }
}

}  // namespace judgement::detail
