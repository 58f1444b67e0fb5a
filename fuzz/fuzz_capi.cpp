// Fuzz target: the C API parse, as a C program uses it. The first byte chooses the options, the
// rest is the document (text or PDF). Any input must give a report or a status with a message,
// never a crash or a sanitizer report. A report's every accessor is walked: each view lies in
// the report's source text, each span within it, each enum value has its string; and the report
// survives its JSON round trip (the JSON written again is the same bytes).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "judgement/judgement.h"

namespace {

[[noreturn]] void fail() { std::abort(); }

void require(bool ok) {
  if (!ok) fail();
}

void ok(jdg_status status) { require(status == JDG_OK); }

/// A view given by the library: absent (NULL, 0) or readable through its whole length.
void touch(jdg_string s) {
  if (s.data == nullptr) {
    require(s.size == 0);
    return;
  }
  volatile unsigned char sum = 0;
  for (std::size_t i = 0; i < s.size; ++i) sum = static_cast<unsigned char>(sum + static_cast<unsigned char>(s.data[i]));
}

struct Walker {
  const jdg_report* report;
  std::size_t text_size;

  void span(const jdg_span& s) const {
    require(s.begin <= s.end && s.end <= text_size);
    require(s.line >= 1);
  }
  static void date(const jdg_date& d) {
    if (!d.present) return;
    char iso[JDG_DATE_ISO_SIZE];
    ok(jdg_date_iso(iso, sizeof iso, &d));
    require(std::strlen(iso) > 0);
    require(jdg_precision_string(d.precision) != nullptr);
  }
  void judgement(const jdg_judgement* j) const {
    jdg_string s{};
    ok(jdg_judgement_area(&s, j)); touch(s);
    ok(jdg_judgement_area_id(&s, j)); touch(s);
    ok(jdg_judgement_grade(&s, j)); touch(s);
    ok(jdg_judgement_scale(&s, j)); touch(s);
    ok(jdg_judgement_as_written(&s, j)); touch(s);
    int code = 0, present = 0;
    ok(jdg_judgement_code(&code, &present, j));
    jdg_band band{};
    ok(jdg_judgement_band(&band, j));
    require(jdg_band_string(band) != nullptr);
    std::size_t n = 0;
    ok(jdg_judgement_evidence_count(&n, j));
    for (std::size_t i = 0; i < n; ++i) {
      jdg_span e{};
      ok(jdg_judgement_evidence(&e, j, i));
      span(e);
    }
    jdg_span e{};
    require(jdg_judgement_evidence(&e, j, n) == JDG_ERROR_OUT_OF_RANGE);
  }

  void walk() const {
    jdg_string s{};
    ok(jdg_report_source_name(&s, report)); touch(s);
    jdg_document_type type{};
    ok(jdg_report_document_type(&type, report));
    require(jdg_document_type_string(type) != nullptr);
    jdg_source_format format{};
    ok(jdg_report_source_format(&format, report));
    require(jdg_source_format_string(format) != nullptr);
    ok(jdg_report_inspectorate(&s, report)); touch(s);
    ok(jdg_report_provider(&s, report)); touch(s);
    jdg_date a{}, b{};
    ok(jdg_report_date(&a, report)); date(a);
    ok(jdg_report_published(&a, report)); date(a);
    ok(jdg_report_inspection_dates(&a, &b, report)); date(a); date(b);

    std::size_t n = 0;
    ok(jdg_report_inspection_period_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      ok(jdg_report_inspection_period(&a, &b, report, i)); date(a); date(b);
    }
    ok(jdg_report_inspector_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      jdg_string name{}, role{};
      ok(jdg_report_inspector(&name, &role, report, i)); touch(name); touch(role);
    }
    ok(jdg_report_judgement_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      const jdg_judgement* j = nullptr;
      ok(jdg_report_judgement(&j, report, i));
      judgement(j);
    }
    ok(jdg_report_finding_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      const jdg_finding* f = nullptr;
      ok(jdg_report_finding(&f, report, i));
      jdg_kind kind{};
      ok(jdg_finding_kind(&kind, f));
      require(jdg_finding_kind_string(kind) != nullptr);
      ok(jdg_finding_text(&s, f)); touch(s);
      ok(jdg_finding_section(&s, f)); touch(s);
      ok(jdg_finding_rating(&s, f)); touch(s);
      int number = 0, present = 0;
      ok(jdg_finding_paragraph(&number, &present, f));
      jdg_timeframe timeframe{};
      ok(jdg_finding_timeframe(&timeframe, f));
      char id[JDG_TIMEFRAME_ID_SIZE];
      const jdg_status st = jdg_timeframe_id(id, sizeof id, &timeframe);
      require(timeframe.present ? st == JDG_OK : st == JDG_ERROR_INVALID_ARGUMENT);
      ok(jdg_finding_due(&a, f)); date(a);
      jdg_span sp{};
      ok(jdg_finding_span(&sp, f)); span(sp);
    }
    ok(jdg_report_paragraph_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      const jdg_paragraph* p = nullptr;
      ok(jdg_report_paragraph(&p, report, i));
      int number = 0, inferred = 0;
      ok(jdg_paragraph_number(&number, p));
      ok(jdg_paragraph_inferred(&inferred, p));
      ok(jdg_paragraph_label(&s, p)); touch(s);
      ok(jdg_paragraph_section(&s, p)); touch(s);
      jdg_span sp{};
      ok(jdg_paragraph_span(&sp, p)); span(sp);
    }
    ok(jdg_report_reference_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      const jdg_reference* r = nullptr;
      ok(jdg_report_reference(&r, report, i));
      ok(jdg_reference_type(&type, r));
      require(jdg_document_type_string(type) != nullptr);
      jdg_date published{};
      ok(jdg_reference_dates(&a, &b, &published, r)); date(a); date(b); date(published);
      std::size_t m = 0;
      ok(jdg_reference_judgement_count(&m, r));
      for (std::size_t k = 0; k < m; ++k) {
        const jdg_judgement* j = nullptr;
        ok(jdg_reference_judgement(&j, r, k));
        judgement(j);
      }
      jdg_span sp{};
      ok(jdg_reference_span(&sp, r)); span(sp);
    }
    ok(jdg_report_date_mention_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      const jdg_date_mention* m = nullptr;
      ok(jdg_report_date_mention(&m, report, i));
      ok(jdg_date_mention_text(&s, m)); touch(s);
      ok(jdg_date_mention_range(&a, &b, m)); date(a); date(b);
      std::size_t periods = 0;
      ok(jdg_date_mention_period_count(&periods, m));
      for (std::size_t k = 0; k < periods; ++k) {
        ok(jdg_date_mention_period(&a, &b, m, k)); date(a); date(b);
      }
      jdg_span sp{};
      ok(jdg_date_mention_span(&sp, m)); span(sp);
    }
    ok(jdg_report_quantity_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      const jdg_quantity* q = nullptr;
      ok(jdg_report_quantity(&q, report, i));
      ok(jdg_quantity_text(&s, q)); touch(s);
      ok(jdg_quantity_unit(&s, q)); touch(s);
      double value = 0, from = 0;
      int present = 0;
      ok(jdg_quantity_value(&value, q));
      ok(jdg_quantity_from(&from, &present, q));
      jdg_span sp{};
      ok(jdg_quantity_span(&sp, q)); span(sp);
    }
    ok(jdg_report_diagnostic_count(&n, report));
    for (std::size_t i = 0; i < n; ++i) {
      const jdg_diagnostic* d = nullptr;
      ok(jdg_report_diagnostic(&d, report, i));
      jdg_severity severity{};
      ok(jdg_diagnostic_severity(&severity, d));
      require(jdg_severity_string(severity) != nullptr);
      ok(jdg_diagnostic_code(&s, d)); touch(s);
      ok(jdg_diagnostic_message(&s, d)); touch(s);
      require(s.size > 0);
      jdg_span sp{};
      ok(jdg_diagnostic_span(&sp, d)); span(sp);
    }
  }
};

/// The JSON of `report`, or abort.
char* json_of(const jdg_report* report, std::size_t* size, int pretty) {
  char* json = nullptr;
  ok(jdg_report_to_json(&json, size, report, pretty));
  require(json != nullptr && std::strlen(json) == *size);
  return json;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned choice = data[0];
  const char* text = reinterpret_cast<const char*>(data + 1);
  const std::size_t text_size = size - 1;

  jdg_options options = JDG_OPTIONS_INIT;
  options.utf8 = (choice & 1u) != 0 ? JDG_UTF8_STRICT : JDG_UTF8_REPLACE;
  options.pdf_layout = static_cast<jdg_pdf_layout>((choice >> 1) % 3);
  options.timeframe_base = static_cast<jdg_timeframe_base>((choice >> 3) % 4);
  options.resolve_yearless_dates = (choice >> 5) & 1;
  options.name = (choice & 0x40u) != 0 ? "fuzzed input" : nullptr;
  // A PDF's budget in glyphs and bytes, and in time well inside libFuzzer's -timeout (an XObject
  // fan-out draws no glyphs and is bounded by time alone).
  options.pdf_max_milliseconds = 2000;
  options.pdf_max_glyphs = 10000;
  options.pdf_max_read_bytes = 64ull << 20;

  jdg_report* report = nullptr;
  const jdg_status status = jdg_report_parse(&report, text_size == 0 ? nullptr : text, text_size, &options);
  if (status != JDG_OK) {
    // Only text that is not UTF-8 under the strict policy, or a PDF that cannot be read or is
    // past its budget, fails.
    require(report == nullptr);
    require(status == JDG_ERROR_ENCODING || status == JDG_ERROR_PDF || status == JDG_ERROR_LIMIT);
    require(jdg_last_error_status() == status);
    const char* message = jdg_last_error_message();
    require(message != nullptr && message[0] != '\0');
    jdg_last_error_clear();
    return 0;
  }
  require(report != nullptr);

  jdg_string source{};
  ok(jdg_report_source_text(&source, report));
  touch(source);
  Walker{report, source.size}.walk();

  std::size_t size1 = 0, size2 = 0;
  char* json = json_of(report, &size1, (choice >> 7) & 1);
  jdg_report* back = nullptr;
  ok(jdg_report_from_json(&back, json, size1));
  char* again = json_of(back, &size2, (choice >> 7) & 1);
  require(size1 == size2 && std::memcmp(json, again, size1) == 0);
  Walker{back, SIZE_MAX}.walk();

  jdg_free(again);
  jdg_free(json);
  jdg_report_free(back);
  jdg_report_free(report);
  return 0;
}
