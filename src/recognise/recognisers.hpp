// Stage 3 of the pipeline: each recogniser reads the layout and adds its part of the report.
// A recogniser never reads another's internals; what one needs from another (the document's
// date, for due dates) it reads from the report, in the order parse() runs them.
#ifndef JUDGEMENT_SRC_RECOGNISE_RECOGNISERS_HPP
#define JUDGEMENT_SRC_RECOGNISE_RECOGNISERS_HPP

#include "report/builder.hpp"

namespace judgement::detail {

/// Numbered paragraphs, each once, with their section.
void recognise_paragraphs(ReportBuilder& out);
/// Every date the text states, at its precision.
void recognise_dates(ReportBuilder& out);
/// The document: type, inspectorate, provider, its dates and inspectors.
void recognise_document(ReportBuilder& out);
/// The document's own judgements, one per area, on the scale in force (needs the document).
void recognise_judgements(ReportBuilder& out);
/// Improvement points with their timeframes and due dates, findings, strengths, risks (needs
/// the document's dates).
void recognise_findings(ReportBuilder& out);
/// Earlier inspections and visits the text speaks of, with what it says they concluded.
void recognise_references(ReportBuilder& out);
/// Figures: percentages, counts with their noun, money, durations, changes.
void recognise_quantities(ReportBuilder& out);
/// Last: an `unclassified` diagnostic for each run of blocks no paragraph, finding or judgement
/// claimed, so that nothing in the input is lost.
void recognise_unclassified(ReportBuilder& out);

}  // namespace judgement::detail

#endif
