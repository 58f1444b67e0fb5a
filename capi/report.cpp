// Parsing into a jdg_report, and every accessor of a report and of the items it holds.
//
// Item handles (const jdg_judgement *, ...) are the addresses of tagged records the report
// handle makes once, each pointing at its C++ value inside the report, so they live exactly as
// long as the report, cost nothing to hand out, and are checked for their kind when read.
#include <memory>
#include <string>

#include "internal.hpp"
#include "parse_limits.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"

namespace {

using jdg_capi::at;
using jdg_capi::borrow;
using jdg_capi::guard;
using jdg_capi::item;
using jdg_capi::item_record;
using jdg_capi::need;
using jdg_capi::view;
using jdg_capi::view_or_absent;

const jdg_report& handle_of(const jdg_report* report) { return jdg_capi::handle(report, "report"); }
const judgement::Report& report_of(const jdg_report* report) { return handle_of(report).report; }

}  // namespace

jdg_report::jdg_report(judgement::Report value) : report(std::move(value)) {
  using jdg_capi::add_records;
  std::size_t judgement_count = report.judgements.size();
  for (const judgement::Reference& reference : report.references) judgement_count += reference.judgements.size();
  judgements.reserve(judgement_count);  // references point into it: no reallocation below
  add_records(judgements, report.judgements);
  references.reserve(report.references.size());
  add_records(references, report.references);
  for (jdg_reference& reference : references) {
    reference.items = judgements.data() + judgements.size();
    add_records(judgements, reference.value->judgements);
  }
  findings.reserve(report.findings.size());
  add_records(findings, report.findings);
  paragraphs.reserve(report.paragraphs.size());
  add_records(paragraphs, report.paragraphs);
  dates.reserve(report.dates.size());
  add_records(dates, report.dates);
  quantities.reserve(report.quantities.size());
  add_records(quantities, report.quantities);
  diagnostics.reserve(report.diagnostics.size());
  add_records(diagnostics, report.diagnostics);
}

void jdg_report::forget() noexcept {
  jdg_capi::clear_tags(judgements);
  jdg_capi::clear_tags(findings);
  jdg_capi::clear_tags(paragraphs);
  jdg_capi::clear_tags(references);
  jdg_capi::clear_tags(dates);
  jdg_capi::clear_tags(quantities);
  jdg_capi::clear_tags(diagnostics);
}

jdg_status jdg_capi::hand_out(jdg_report** out, judgement::Result<judgement::Report>&& result) {
  if (!result) raise(result.error());
  *out = new jdg_report(std::move(result).value());
  return JDG_OK;
}

// One accessor of the report: `expr` reads `r`, a const judgement::Report&.
#define JDG_REPORT_GETTER(function, Out, expr)                         \
  JDG_API jdg_status function(Out* out, const jdg_report* report) {   \
    return guard(__func__, [&] {                                      \
      const judgement::Report& r = report_of(report);                 \
      need(out, "out") = (expr);                                      \
    });                                                               \
  }

// One accessor of an item: `expr` reads `x`, the item's C++ value.
#define JDG_ITEM_GETTER(function, Out, CType, CppType, expr)          \
  JDG_API jdg_status function(Out* out, const CType* handle) {        \
    return guard(__func__, [&] {                                      \
      const CppType& x = item<CppType>(handle);                       \
      need(out, "out") = (expr);                                      \
    });                                                               \
  }

// The count of a report's list and its item at an index (`records`: the handle's records of
// the list, one per value and in order; the report's judgements come first in theirs, so the
// count is the report's).
#define JDG_REPORT_LIST(count_function, item_function, CType, member, records)                 \
  JDG_REPORT_GETTER(count_function, size_t, r.member.size())                                   \
  JDG_API jdg_status item_function(const CType** out, const jdg_report* report, size_t index) { \
    return guard(__func__, [&] {                                                               \
      const jdg_report& h = handle_of(report);                                                 \
      const CType*& result = need(out, "out");                                                 \
      result = borrow(h.records.data(), h.report.member.size(), index);                        \
    });                                                                                        \
  }

extern "C" {

JDG_API jdg_status jdg_report_parse(jdg_report** out, const char* data, size_t size,
                                    const jdg_options* options) {
  return guard(__func__, [&] {
    need(out, "out");
    if (data == nullptr && size != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "data is NULL");
    const judgement::ParseOptions parse_options = jdg_capi::parse_options(options);
    // Refused from its size, before its bytes are copied into the string parse() takes.
    if (const std::size_t bound = judgement::detail::input_bound(parse_options.max_bytes); size > bound) {
      jdg_capi::raise(judgement::detail::too_large(size, bound));
    }
    return jdg_capi::hand_out(out, judgement::parse(data == nullptr ? std::string() : std::string(data, size), parse_options));
  });
}

JDG_API jdg_status jdg_report_parse_file(jdg_report** out, const char* path, const jdg_options* options) {
  return guard(__func__, [&] {
    need(out, "out");
    const std::string file(&need(path, "path"));
    const judgement::ParseOptions parse_options = jdg_capi::parse_options(options);
    return jdg_capi::hand_out(out, judgement::parse_file(file, parse_options));
  });
}

JDG_API void jdg_report_free(jdg_report* report) { jdg_capi::release(report); }

// The source and the document.
JDG_REPORT_GETTER(jdg_report_source_name, jdg_string, view(r.source.name))
JDG_REPORT_GETTER(jdg_report_source_bytes, size_t, r.source.bytes)
JDG_REPORT_GETTER(jdg_report_source_format, jdg_source_format, static_cast<jdg_source_format>(r.source.format))
JDG_REPORT_GETTER(jdg_report_source_text, jdg_string, view(r.store ? r.store->source() : std::string_view()))
JDG_REPORT_GETTER(jdg_report_document_type, jdg_document_type, jdg_capi::document_type(r.document.type))
JDG_REPORT_GETTER(jdg_report_document_type_id, jdg_string, jdg_capi::view(r.document.type.id()))
JDG_REPORT_GETTER(jdg_report_inspectorate, jdg_string, view(r.document.inspectorate))
JDG_REPORT_GETTER(jdg_report_provider, jdg_string, view(r.document.provider))
JDG_REPORT_GETTER(jdg_report_provider_name, jdg_string, view(r.document.provider_name))

JDG_API jdg_status jdg_report_provider_id(jdg_string* out_ons_code, jdg_string* out_dfe_la_code,
                                          jdg_string* out_ofsted_urn, const jdg_report* report) {
  return guard(__func__, [&] {
    const judgement::Report& r = report_of(report);
    jdg_string& ons = need(out_ons_code, "out_ons_code");
    jdg_string& dfe = need(out_dfe_la_code, "out_dfe_la_code");
    jdg_string& urn = need(out_ofsted_urn, "out_ofsted_urn");
    const auto& id = r.document.provider_id;
    ons = view(id ? id->ons_code : std::nullopt);
    dfe = view(id ? id->dfe_la_code : std::nullopt);
    urn = view(id ? id->ofsted_urn : std::nullopt);
  });
}
JDG_REPORT_GETTER(jdg_report_date, jdg_date, jdg_capi::date(r.document.date))
JDG_REPORT_GETTER(jdg_report_published, jdg_date, jdg_capi::date(r.document.published))

JDG_API jdg_status jdg_report_inspection_dates(jdg_date* out_start, jdg_date* out_end, const jdg_report* report) {
  return guard(__func__, [&] {
    const judgement::Report& r = report_of(report);
    jdg_date& start = need(out_start, "out_start");
    jdg_date& end = need(out_end, "out_end");
    const auto& dates = r.document.inspection_dates;
    start = dates ? jdg_capi::date(dates->range.start) : jdg_capi::date(std::nullopt);
    end = dates ? jdg_capi::date(dates->range.end) : jdg_capi::date(std::nullopt);
  });
}

JDG_REPORT_GETTER(jdg_report_inspection_period_count, size_t,
                  r.document.inspection_dates ? r.document.inspection_dates->periods.size() : 0)

JDG_API jdg_status jdg_report_inspection_period(jdg_date* out_start, jdg_date* out_end, const jdg_report* report,
                                                size_t index) {
  return guard(__func__, [&] {
    const judgement::Report& r = report_of(report);
    need(out_start, "out_start");
    need(out_end, "out_end");
    static const std::vector<judgement::DateRange> none;
    const judgement::DateRange& period = at(r.document.inspection_dates ? r.document.inspection_dates->periods : none, index);
    *out_start = jdg_capi::date(period.start);
    *out_end = jdg_capi::date(period.end);
  });
}

JDG_REPORT_GETTER(jdg_report_inspector_count, size_t, r.document.inspectors.size())

JDG_API jdg_status jdg_report_inspector(jdg_string* out_name, jdg_string* out_role, const jdg_report* report,
                                        size_t index) {
  return guard(__func__, [&] {
    const judgement::Report& r = report_of(report);
    need(out_name, "out_name");
    need(out_role, "out_role");
    const judgement::Inspector& inspector = at(r.document.inspectors, index);
    *out_name = view(inspector.name);
    *out_role = view(inspector.role);
  });
}

// Judgements.
JDG_REPORT_LIST(jdg_report_judgement_count, jdg_report_judgement, jdg_judgement, judgements, judgements)
JDG_API jdg_status jdg_report_find_judgement(const jdg_judgement** out, const jdg_report* report,
                                             const char* area_id) {
  return guard(__func__, [&] {
    const jdg_report& h = handle_of(report);
    const char& id = need(area_id, "area_id");
    need(out, "out");
    const judgement::Judgement* found = h.report.judgement(&id);
    if (found == nullptr) jdg_capi::raise(JDG_ERROR_NOT_FOUND, "no judgement of area '" + std::string(&id) + "' in the report");
    *out = &h.judgements[static_cast<std::size_t>(found - h.report.judgements.data())];
  });
}
JDG_ITEM_GETTER(jdg_judgement_area, jdg_string, jdg_judgement, judgement::Judgement, view(x.area))
JDG_ITEM_GETTER(jdg_judgement_area_id, jdg_string, jdg_judgement, judgement::Judgement, view(x.area_id))
JDG_ITEM_GETTER(jdg_judgement_grade, jdg_string, jdg_judgement, judgement::Judgement, view(x.grade))
JDG_ITEM_GETTER(jdg_judgement_scale, jdg_string, jdg_judgement, judgement::Judgement, view(x.scale))
JDG_ITEM_GETTER(jdg_judgement_band, jdg_band, jdg_judgement, judgement::Judgement, static_cast<jdg_band>(x.band))
JDG_ITEM_GETTER(jdg_judgement_as_written, jdg_string, jdg_judgement, judgement::Judgement, view(x.as_written))
JDG_ITEM_GETTER(jdg_judgement_evidence_count, size_t, jdg_judgement, judgement::Judgement, x.evidence.size())

JDG_API jdg_status jdg_judgement_code(int* out_code, int* out_present, const jdg_judgement* judgement) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Judgement>(judgement);
    need(out_code, "out_code");
    need(out_present, "out_present");
    *out_code = x.code.value_or(0);
    *out_present = x.code ? 1 : 0;
  });
}

JDG_API jdg_status jdg_judgement_evidence(jdg_span* out, const jdg_judgement* judgement, size_t index) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Judgement>(judgement);
    jdg_span& result = need(out, "out");
    result = jdg_capi::span(at(x.evidence, index));
  });
}

// Findings.
JDG_REPORT_LIST(jdg_report_finding_count, jdg_report_finding, jdg_finding, findings, findings)
JDG_ITEM_GETTER(jdg_finding_kind, jdg_kind, jdg_finding, judgement::Finding,
                static_cast<jdg_kind>(x.kind))
JDG_ITEM_GETTER(jdg_finding_text, jdg_string, jdg_finding, judgement::Finding, view(x.text))
JDG_ITEM_GETTER(jdg_finding_section, jdg_string, jdg_finding, judgement::Finding, view(x.section))
JDG_ITEM_GETTER(jdg_finding_due, jdg_date, jdg_finding, judgement::Finding, jdg_capi::date(x.due))
JDG_ITEM_GETTER(jdg_finding_rating, jdg_string, jdg_finding, judgement::Finding, view(x.rating))
JDG_ITEM_GETTER(jdg_finding_span, jdg_span, jdg_finding, judgement::Finding, jdg_capi::span(x.span))
JDG_ITEM_GETTER(jdg_finding_timeframe, jdg_timeframe, jdg_finding, judgement::Finding,
                (x.timeframe ? jdg_timeframe{1, static_cast<jdg_timeframe_unit>(x.timeframe->unit), x.timeframe->count}
                             : jdg_timeframe{0, JDG_TIMEFRAME_IMMEDIATELY, 0}))

JDG_API jdg_status jdg_finding_paragraph(int* out_number, int* out_present, const jdg_finding* finding) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Finding>(finding);
    need(out_number, "out_number");
    need(out_present, "out_present");
    *out_number = x.paragraph.value_or(0);
    *out_present = x.paragraph ? 1 : 0;
  });
}

// Paragraphs.
JDG_REPORT_LIST(jdg_report_paragraph_count, jdg_report_paragraph, jdg_paragraph, paragraphs, paragraphs)
JDG_ITEM_GETTER(jdg_paragraph_number, int, jdg_paragraph, judgement::Paragraph, x.number)
JDG_ITEM_GETTER(jdg_paragraph_label, jdg_string, jdg_paragraph, judgement::Paragraph, view(x.label))
JDG_ITEM_GETTER(jdg_paragraph_section, jdg_string, jdg_paragraph, judgement::Paragraph, view(x.section))
JDG_ITEM_GETTER(jdg_paragraph_inferred, int, jdg_paragraph, judgement::Paragraph, x.inferred ? 1 : 0)
JDG_ITEM_GETTER(jdg_paragraph_span, jdg_span, jdg_paragraph, judgement::Paragraph, jdg_capi::span(x.span))

// References.
JDG_REPORT_LIST(jdg_report_reference_count, jdg_report_reference, jdg_reference, references, references)
JDG_ITEM_GETTER(jdg_reference_type, jdg_document_type, jdg_reference, judgement::Reference,
                jdg_capi::document_type(x.type))
JDG_ITEM_GETTER(jdg_reference_type_id, jdg_string, jdg_reference, judgement::Reference, jdg_capi::view(x.type.id()))
JDG_ITEM_GETTER(jdg_reference_judgement_count, size_t, jdg_reference, judgement::Reference, x.judgements.size())
JDG_ITEM_GETTER(jdg_reference_span, jdg_span, jdg_reference, judgement::Reference, jdg_capi::span(x.span))

JDG_API jdg_status jdg_reference_dates(jdg_date* out_start, jdg_date* out_end, jdg_date* out_published,
                                       const jdg_reference* reference) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Reference>(reference);
    need(out_start, "out_start");
    need(out_end, "out_end");
    need(out_published, "out_published");
    *out_start = jdg_capi::date(x.start);
    *out_end = jdg_capi::date(x.end);
    *out_published = jdg_capi::date(x.published);
  });
}

JDG_API jdg_status jdg_reference_judgement(const jdg_judgement** out, const jdg_reference* reference, size_t index) {
  return guard(__func__, [&] {
    const jdg_reference& x = item_record(reference);
    auto*& result = need(out, "out");
    result = borrow(x.items, x.value->judgements.size(), index);
  });
}

// Dates stated in the text.
JDG_REPORT_LIST(jdg_report_date_mention_count, jdg_report_date_mention, jdg_date_mention, dates, dates)
JDG_ITEM_GETTER(jdg_date_mention_text, jdg_string, jdg_date_mention, judgement::DateMention, view(x.text))
JDG_ITEM_GETTER(jdg_date_mention_period_count, size_t, jdg_date_mention, judgement::DateMention, x.periods.size())
JDG_ITEM_GETTER(jdg_date_mention_span, jdg_span, jdg_date_mention, judgement::DateMention, jdg_capi::span(x.span))

JDG_API jdg_status jdg_date_mention_range(jdg_date* out_start, jdg_date* out_end, const jdg_date_mention* mention) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::DateMention>(mention);
    need(out_start, "out_start");
    need(out_end, "out_end");
    *out_start = jdg_capi::date(x.range.start);
    *out_end = jdg_capi::date(x.range.end);
  });
}

JDG_API jdg_status jdg_date_mention_period(jdg_date* out_start, jdg_date* out_end, const jdg_date_mention* mention,
                                           size_t index) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::DateMention>(mention);
    need(out_start, "out_start");
    need(out_end, "out_end");
    const judgement::DateRange& period = at(x.periods, index);
    *out_start = jdg_capi::date(period.start);
    *out_end = jdg_capi::date(period.end);
  });
}

// Quantities.
JDG_REPORT_LIST(jdg_report_quantity_count, jdg_report_quantity, jdg_quantity, quantities, quantities)
JDG_ITEM_GETTER(jdg_quantity_text, jdg_string, jdg_quantity, judgement::Quantity, view(x.text))
JDG_ITEM_GETTER(jdg_quantity_value, double, jdg_quantity, judgement::Quantity, x.value)
JDG_ITEM_GETTER(jdg_quantity_unit, jdg_string, jdg_quantity, judgement::Quantity, view(x.unit))
JDG_ITEM_GETTER(jdg_quantity_span, jdg_span, jdg_quantity, judgement::Quantity, jdg_capi::span(x.span))

JDG_API jdg_status jdg_quantity_from(double* out_value, int* out_present, const jdg_quantity* quantity) {
  return guard(__func__, [&] {
    const auto& x = item<judgement::Quantity>(quantity);
    need(out_value, "out_value");
    need(out_present, "out_present");
    *out_value = x.from.value_or(0.0);
    *out_present = x.from ? 1 : 0;
  });
}

// Diagnostics.
JDG_REPORT_LIST(jdg_report_diagnostic_count, jdg_report_diagnostic, jdg_diagnostic, diagnostics, diagnostics)
JDG_ITEM_GETTER(jdg_diagnostic_severity, jdg_severity, jdg_diagnostic, judgement::Diagnostic,
                static_cast<jdg_severity>(x.severity))
JDG_ITEM_GETTER(jdg_diagnostic_code, jdg_string, jdg_diagnostic, judgement::Diagnostic, view(x.code))
JDG_ITEM_GETTER(jdg_diagnostic_message, jdg_string, jdg_diagnostic, judgement::Diagnostic, view(x.message))
JDG_ITEM_GETTER(jdg_diagnostic_span, jdg_span, jdg_diagnostic, judgement::Diagnostic, jdg_capi::span(x.span))

}  // extern "C"
