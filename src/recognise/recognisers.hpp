// Stage 3 of the pipeline: each recogniser reads the layout and adds its part of the report.
// A recogniser never reads another's internals; what one needs from another (the document's
// date, for due dates) it reads from the report. `pipeline` below is the order they run in,
// with the parts of the report each writes and reads, checked when the library is compiled.
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
/// The authority on the register the document's provider is: its ids and name (needs the document).
void recognise_provider_register(ReportBuilder& out);
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

/// The parts of a report a recogniser writes or reads. (Diagnostics are not among them: any
/// recogniser may add one.)
namespace part {
enum : unsigned {
  document = 1u << 0,
  judgements = 1u << 1,
  paragraphs = 1u << 2,
  findings = 1u << 3,
  references = 1u << 4,
  dates = 1u << 5,
  quantities = 1u << 6,
  provider_register = 1u << 7,  ///< document.provider_id and provider_name
};
}  // namespace part

struct Stage {
  const char* name;
  void (*run)(ReportBuilder&);
  unsigned writes;  ///< part:: bits: what it adds to the report
  unsigned reads;   ///< part:: bits: what it reads that another recogniser wrote
};

/// The recognisers in the order parse() runs them.
inline constexpr Stage pipeline[] = {
    {"document", &recognise_document, part::document, 0},
    {"provider_register", &recognise_provider_register, part::provider_register, part::document},
    {"judgements", &recognise_judgements, part::judgements, part::document},
    {"paragraphs", &recognise_paragraphs, part::paragraphs, 0},
    {"findings", &recognise_findings, part::findings, part::document},
    {"references", &recognise_references, part::references, part::document},
    {"dates", &recognise_dates, part::dates, part::document},
    {"quantities", &recognise_quantities, part::quantities, 0},
    // What the others claimed (paragraphs, findings, judgement evidence); what is left becomes
    // an `unclassified` diagnostic.
    {"unclassified", &recognise_unclassified, 0, part::judgements | part::paragraphs | part::findings},
};

/// True when every recogniser reads only parts that an earlier one wrote, and each part has one
/// writer.
constexpr bool pipeline_in_order() {
  unsigned written = 0;
  for (const Stage& r : pipeline) {
    if ((r.reads & ~written) != 0 || (r.writes & written) != 0) return false;
    written |= r.writes;
  }
  return true;
}
static_assert(pipeline_in_order(), "a recogniser reads a part of the report no earlier recogniser wrote");

}  // namespace judgement::detail

#endif
