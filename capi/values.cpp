// The values many accessors share: text views, dates, spans, timeframes and the names of the
// contract's enumerations.
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>

#include "internal.hpp"
#include "judgement/date.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

// The C enumerations mirror the C++ ones value for value, so a value converts with a cast.
#define JDG_SAME(c, cpp) static_assert(static_cast<int>(c) == static_cast<int>(cpp), #c)
JDG_SAME(JDG_PRECISION_DAY, judgement::Precision::day);
JDG_SAME(JDG_PRECISION_MONTH, judgement::Precision::month);
JDG_SAME(JDG_PRECISION_SEASON, judgement::Precision::season);
JDG_SAME(JDG_PRECISION_ACADEMIC_YEAR, judgement::Precision::academic_year);
JDG_SAME(JDG_PRECISION_YEAR, judgement::Precision::year);
JDG_SAME(JDG_FORMAT_TEXT, judgement::SourceFormat::text);
JDG_SAME(JDG_FORMAT_MARKDOWN, judgement::SourceFormat::markdown);
JDG_SAME(JDG_FORMAT_PDF, judgement::SourceFormat::pdf);
JDG_SAME(JDG_BAND_OUTSTANDING, judgement::Band::outstanding);
JDG_SAME(JDG_BAND_GOOD, judgement::Band::good);
JDG_SAME(JDG_BAND_REQUIRES_IMPROVEMENT, judgement::Band::requires_improvement);
JDG_SAME(JDG_BAND_INADEQUATE, judgement::Band::inadequate);
JDG_SAME(JDG_FINDING_IMPROVEMENT, judgement::FindingKind::improvement);
JDG_SAME(JDG_FINDING_FINDING, judgement::FindingKind::finding);
JDG_SAME(JDG_FINDING_STRENGTH, judgement::FindingKind::strength);
JDG_SAME(JDG_FINDING_CONCERN, judgement::FindingKind::concern);
JDG_SAME(JDG_FINDING_RISK, judgement::FindingKind::risk);
JDG_SAME(JDG_SEVERITY_ERROR, judgement::Severity::error);
JDG_SAME(JDG_SEVERITY_WARNING, judgement::Severity::warning);
JDG_SAME(JDG_SEVERITY_INFO, judgement::Severity::info);
JDG_SAME(JDG_TIMEFRAME_IMMEDIATELY, judgement::Timeframe::Unit::immediately);
JDG_SAME(JDG_TIMEFRAME_WEEKS, judgement::Timeframe::Unit::weeks);
JDG_SAME(JDG_TIMEFRAME_MONTHS, judgement::Timeframe::Unit::months);
JDG_SAME(JDG_UTF8_REPLACE, judgement::Utf8Policy::replace);
JDG_SAME(JDG_UTF8_STRICT, judgement::Utf8Policy::strict);
JDG_SAME(JDG_PDF_LAYOUT_PHYSICAL, judgement::PdfLayout::physical);
JDG_SAME(JDG_PDF_LAYOUT_READING_ORDER, judgement::PdfLayout::reading_order);
JDG_SAME(JDG_PDF_LAYOUT_RAW, judgement::PdfLayout::raw);
static_assert(JDG_DEFAULT_MAX_BYTES == judgement::default_max_bytes);
static_assert(jdg_options JDG_OPTIONS_INIT.pdf_max_milliseconds == judgement::default_pdf_max_milliseconds);
static_assert(jdg_options JDG_OPTIONS_INIT.pdf_max_read_bytes == judgement::default_pdf_max_read_bytes);
static_assert(jdg_options JDG_OPTIONS_INIT.pdf_max_glyphs == judgement::default_pdf_max_glyphs);
JDG_SAME(JDG_TIMEFRAME_BASE_AUTOMATIC, judgement::TimeframeBase::automatic);
JDG_SAME(JDG_TIMEFRAME_BASE_PUBLISHED, judgement::TimeframeBase::published);
JDG_SAME(JDG_TIMEFRAME_BASE_DOCUMENT_DATE, judgement::TimeframeBase::document_date);
JDG_SAME(JDG_TIMEFRAME_BASE_LAST_INSPECTION_DAY, judgement::TimeframeBase::last_inspection_day);
#undef JDG_SAME

namespace jdg_capi {
namespace {

// The C++ names of an enumeration's values 0..N-1, copied once into NUL-terminated strings, so
// the C names are the contract's names by construction.
template <class Enum, std::size_t N>
const char* enum_name(int value) {
  static const std::array<std::string, N> names = [] {
    std::array<std::string, N> out;
    for (std::size_t i = 0; i < N; ++i) out[i] = std::string(judgement::to_string(static_cast<Enum>(i)));
    return out;
  }();
  if (value < 0 || static_cast<std::size_t>(value) >= N) return nullptr;
  return names[static_cast<std::size_t>(value)].c_str();
}

}  // namespace

// The contract's document types in the order of their C enumerators; any other type (a profile a
// user or a later version adds) is JDG_DOCUMENT_OTHER, its id read as text.
constexpr judgement::DocumentType kDocumentTypes[] = {
    judgement::DocumentType::unknown,          judgement::DocumentType::ilacs,
    judgement::DocumentType::focused_visit,    judgement::DocumentType::monitoring_visit,
    judgement::DocumentType::jtai,             judgement::DocumentType::sif,
    judgement::DocumentType::lscb_review,      judgement::DocumentType::lac_inspection,
    judgement::DocumentType::safeguarding_inspection, judgement::DocumentType::area_send,
    judgement::DocumentType::school_inspection, judgement::DocumentType::provider_inspection,
    judgement::DocumentType::committee_report, judgement::DocumentType::news,
};
static_assert(std::size(kDocumentTypes) == JDG_DOCUMENT_OTHER);

jdg_document_type document_type(judgement::DocumentType type) noexcept {
  for (std::size_t i = 0; i < std::size(kDocumentTypes); ++i) {
    if (kDocumentTypes[i] == type) return static_cast<jdg_document_type>(i);
  }
  return JDG_DOCUMENT_OTHER;
}

jdg_string view(std::string_view text) noexcept {
  return jdg_string{text.data() != nullptr ? text.data() : "", text.size()};
}

jdg_string view_or_absent(std::string_view text) noexcept {
  return text.empty() ? jdg_string{nullptr, 0} : view(text);
}

jdg_string view(const std::optional<std::string_view>& text) noexcept {
  return text ? view(*text) : jdg_string{nullptr, 0};
}

jdg_string view(const std::optional<std::string>& text) noexcept {
  return text ? view(std::string_view(*text)) : jdg_string{nullptr, 0};
}

jdg_date date(const judgement::Date& d) noexcept {
  const int year = static_cast<int>(d.ymd.year());
  if (year == 0) return jdg_date{0, 0, 0, 0, JDG_PRECISION_DAY};  // the C++ "no date"
  return jdg_date{1, year, static_cast<int>(static_cast<unsigned>(d.ymd.month())),
                  static_cast<int>(static_cast<unsigned>(d.ymd.day())), static_cast<jdg_precision>(d.precision)};
}

jdg_date date(const std::optional<judgement::Date>& d) noexcept {
  return d ? date(*d) : jdg_date{0, 0, 0, 0, JDG_PRECISION_DAY};
}

jdg_span span(const judgement::Span& s) noexcept { return jdg_span{s.begin, s.end, s.line, s.page}; }

char* malloc_copy(std::string_view text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out == nullptr) throw std::bad_alloc();
  if (!text.empty()) std::memcpy(out, text.data(), text.size());
  out[text.size()] = '\0';
  return out;
}

}  // namespace jdg_capi

namespace {

void write_text(char* out, std::size_t out_size, const std::string& text) {
  if (text.size() + 1 > out_size) {
    jdg_capi::raise(JDG_ERROR_OUT_OF_RANGE, "the buffer holds " + std::to_string(out_size) + " bytes; " +
                                                std::to_string(text.size() + 1) + " are needed");
  }
  std::memcpy(out, text.c_str(), text.size() + 1);
}

}  // namespace

extern "C" {

JDG_API jdg_status jdg_date_iso(char* out, size_t out_size, const jdg_date* date) {
  return jdg_capi::guard(__func__, [&] {
    using jdg_capi::raise;
    const jdg_date& d = jdg_capi::need(date, "date");
    jdg_capi::need(out, "out");
    if (!d.present) raise(JDG_ERROR_INVALID_ARGUMENT, "the date is absent");
    if (d.precision < JDG_PRECISION_DAY || d.precision > JDG_PRECISION_YEAR) {
      raise(JDG_ERROR_INVALID_ARGUMENT, "unknown precision " + std::to_string(static_cast<int>(d.precision)));
    }
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
      raise(JDG_ERROR_INVALID_ARGUMENT, "not a calendar date");
    }
    // std::chrono::year holds -32767..32767 only: a year past it would wrap into another year.
    if (d.year < static_cast<int>(std::chrono::year::min()) || d.year > static_cast<int>(std::chrono::year::max())) {
      raise(JDG_ERROR_INVALID_ARGUMENT, "year " + std::to_string(d.year) + " is out of range (-32767 to 32767)");
    }
    const std::chrono::year_month_day ymd{std::chrono::year{d.year}, std::chrono::month{static_cast<unsigned>(d.month)},
                                          std::chrono::day{static_cast<unsigned>(d.day)}};
    if (!ymd.ok() || d.year == 0) raise(JDG_ERROR_INVALID_ARGUMENT, "not a calendar date");
    write_text(out, out_size, judgement::Date{ymd, static_cast<judgement::Precision>(d.precision)}.iso());
  });
}

JDG_API jdg_status jdg_timeframe_id(char* out, size_t out_size, const jdg_timeframe* timeframe) {
  return jdg_capi::guard(__func__, [&] {
    using jdg_capi::raise;
    const jdg_timeframe& t = jdg_capi::need(timeframe, "timeframe");
    jdg_capi::need(out, "out");
    if (!t.present) raise(JDG_ERROR_INVALID_ARGUMENT, "the timeframe is absent");
    const bool immediately = t.unit == JDG_TIMEFRAME_IMMEDIATELY && t.count == 0;
    const bool counted = (t.unit == JDG_TIMEFRAME_WEEKS || t.unit == JDG_TIMEFRAME_MONTHS) && t.count > 0;
    if (!immediately && !counted) raise(JDG_ERROR_INVALID_ARGUMENT, "not a timeframe");
    judgement::Timeframe cpp;
    cpp.unit = static_cast<judgement::Timeframe::Unit>(t.unit);
    cpp.count = t.count;
    write_text(out, out_size, cpp.id());
  });
}

JDG_API const char* jdg_precision_string(jdg_precision precision) {
  return jdg_capi::guard_value<const char*>(nullptr, [&] {
    return jdg_capi::enum_name<judgement::Precision, 5>(precision);
  });
}

JDG_API const char* jdg_document_type_string(jdg_document_type type) {
  return jdg_capi::guard_value<const char*>(nullptr, [&] {
    if (type == JDG_DOCUMENT_OTHER) return "other";
    if (type < 0 || type > JDG_DOCUMENT_OTHER) return static_cast<const char*>(nullptr);
    return jdg_capi::kDocumentTypes[static_cast<std::size_t>(type)].id().data();
  });
}

JDG_API const char* jdg_source_format_string(jdg_source_format format) {
  return jdg_capi::guard_value<const char*>(nullptr, [&] {
    return jdg_capi::enum_name<judgement::SourceFormat, 3>(format);
  });
}

JDG_API const char* jdg_band_string(jdg_band band) {
  return jdg_capi::guard_value<const char*>(nullptr, [&] { return jdg_capi::enum_name<judgement::Band, 4>(band); });
}

JDG_API const char* jdg_finding_kind_string(jdg_kind kind) {
  return jdg_capi::guard_value<const char*>(nullptr, [&] {
    return jdg_capi::enum_name<judgement::FindingKind, 5>(kind);
  });
}

JDG_API const char* jdg_severity_string(jdg_severity severity) {
  return jdg_capi::guard_value<const char*>(nullptr, [&] {
    return jdg_capi::enum_name<judgement::Severity, 3>(severity);
  });
}

}  // extern "C"
