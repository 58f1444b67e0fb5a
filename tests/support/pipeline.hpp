// Runs the pipeline by hand for recogniser tests: source, layout, the document recogniser, and
// then only the recogniser under test, so that a test sees what that one adds.
#ifndef JUDGEMENT_TESTS_SUPPORT_PIPELINE_HPP
#define JUDGEMENT_TESTS_SUPPORT_PIPELINE_HPP

#include <functional>
#include <memory>
#include <string>

#include "judgement/parse.hpp"
#include "layout/layout.hpp"
#include "recognise/recognisers.hpp"
#include "report/builder.hpp"
#include "source/source.hpp"

namespace judgement::testing {

/// The report that `recognise` alone adds to (after the document recogniser has read the
/// document's type and dates), for `text`.
inline Report run_recogniser(std::string text, const std::function<void(detail::ReportBuilder&)>& recognise,
                             const ParseOptions& options = {}) {
  Report report;
  report.store = std::make_shared<TextStore>(std::move(text));
  auto source = detail::Source::load(report.store->source(), options.utf8);
  if (!source) return report;
  const detail::Layout layout =
      detail::build_layout(*source, options.scales ? *options.scales : ScaleRegistry::builtin(),
                           &(options.profiles ? *options.profiles : ProfileRegistry::builtin()).lexicon());
  detail::ReportBuilder out(report, layout, options);
  detail::recognise_document(out);
  recognise(out);
  return report;
}

}  // namespace judgement::testing

#endif
