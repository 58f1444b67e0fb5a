// The report's value types: ids of the enums as the output contract spells them, ISO dates at
// their precision, timeframes and their due dates, and report equality.
#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "judgement/date.hpp"
#include "judgement/report.hpp"

JUDGEMENT_BEGIN_NAMESPACE

namespace {

// Each table is in enum order, so the id of a value is an index and the reverse is a scan of
// a handful of entries.
template <class Enum, std::size_t N>
struct IdTable {
  std::array<std::pair<Enum, std::string_view>, N> entries;

  [[nodiscard]] constexpr std::string_view name(Enum value) const noexcept {
    for (const auto& [e, id] : entries) {
      if (e == value) return id;
    }
    return {};
  }
  [[nodiscard]] constexpr std::optional<Enum> find(std::string_view id) const noexcept {
    for (const auto& [e, name] : entries) {
      if (name == id) return e;
    }
    return std::nullopt;
  }
};

// The output contract's document types, which have named constants (and C enumerators, in this
// order); any other type is a profile's own id.
constexpr DocumentType kContractTypes[] = {
    DocumentType::unknown,          DocumentType::ilacs,          DocumentType::focused_visit,
    DocumentType::monitoring_visit, DocumentType::jtai,           DocumentType::sif,
    DocumentType::lscb_review,      DocumentType::lac_inspection, DocumentType::safeguarding_inspection,
    DocumentType::area_send,        DocumentType::school_inspection, DocumentType::provider_inspection,
    DocumentType::committee_report, DocumentType::news,
};

constexpr IdTable<SourceFormat, 3> kSourceFormats{{{
    {SourceFormat::text, "text"},
    {SourceFormat::markdown, "markdown"},
    {SourceFormat::pdf, "pdf"},
}}};

constexpr IdTable<FindingKind, 5> kFindingKinds{{{
    {FindingKind::improvement, "improvement"},
    {FindingKind::finding, "finding"},
    {FindingKind::strength, "strength"},
    {FindingKind::concern, "concern"},
    {FindingKind::risk, "risk"},
}}};

constexpr IdTable<Severity, 3> kSeverities{{{
    {Severity::error, "error"},
    {Severity::warning, "warning"},
    {Severity::info, "info"},
}}};

constexpr IdTable<Precision, 5> kPrecisions{{{
    {Precision::day, "day"},
    {Precision::month, "month"},
    {Precision::season, "season"},
    {Precision::academic_year, "academic_year"},
    {Precision::year, "year"},
}}};

void append_padded(std::string& out, unsigned value, int width) {
  std::array<char, 16> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  (void)ec;  // 16 characters hold any unsigned
  const auto len = static_cast<int>(end - buf.data());
  if (len < width) out.append(static_cast<std::size_t>(width - len), '0');
  out.append(buf.data(), end);
}

// Parses exactly `text` as an unsigned decimal; from_chars alone would accept a prefix.
std::optional<unsigned> parse_digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  unsigned value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

std::chrono::day last_day_of(std::chrono::year y, std::chrono::month m) {
  return std::chrono::year_month_day_last{y, std::chrono::month_day_last{m}}.day();
}

// The invariant of Date: parts finer than the precision are the first of their kind.
std::chrono::year_month_day truncate(std::chrono::year_month_day ymd, Precision precision) {
  using namespace std::chrono;
  switch (precision) {
    case Precision::day:
      return ymd;
    case Precision::month:
    case Precision::season:
    case Precision::academic_year:
      return ymd.year() / ymd.month() / day{1};
    case Precision::year:
      return ymd.year() / January / day{1};
  }
  return ymd;
}

}  // namespace

std::string_view to_string(DocumentType type) noexcept { return type.id(); }
std::optional<DocumentType> document_type_from_string(std::string_view id) noexcept {
  for (const DocumentType& t : kContractTypes) {
    if (t.id() == id) return t;
  }
  const auto id_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; };
  if (id.empty() || id.size() > 64 || id.front() == '_' || id.front() == '-' ||
      !std::all_of(id.begin(), id.end(), id_char)) {
    return std::nullopt;
  }
  return DocumentType(id);
}

std::string_view to_string(SourceFormat format) noexcept { return kSourceFormats.name(format); }
std::optional<SourceFormat> source_format_from_string(std::string_view id) noexcept {
  return kSourceFormats.find(id);
}

std::string_view to_string(FindingKind kind) noexcept { return kFindingKinds.name(kind); }
std::optional<FindingKind> finding_kind_from_string(std::string_view id) noexcept {
  return kFindingKinds.find(id);
}

std::string_view to_string(Severity severity) noexcept { return kSeverities.name(severity); }
std::optional<Severity> severity_from_string(std::string_view id) noexcept {
  return kSeverities.find(id);
}

std::string_view to_string(Precision precision) noexcept { return kPrecisions.name(precision); }
std::optional<Precision> precision_from_string(std::string_view name) noexcept {
  return kPrecisions.find(name);
}

// ---------------------------------------------------------------------------------------------
// Date

std::string Date::iso() const {
  std::string out;
  out.reserve(10);
  const int y = static_cast<int>(ymd.year());
  if (y >= 0 && y <= 9999) {
    append_padded(out, static_cast<unsigned>(y), 4);
  } else {
    // ISO 8601's expanded form; from_iso does not read it back, so such a date stays visible
    // as wrong instead of being silently altered.
    out += y < 0 ? '-' : '+';
    append_padded(out, static_cast<unsigned>(y < 0 ? -static_cast<long>(y) : y), 4);
  }
  if (precision == Precision::year) return out;
  out += '-';
  append_padded(out, static_cast<unsigned>(ymd.month()), 2);
  if (precision != Precision::day) return out;
  out += '-';
  append_padded(out, static_cast<unsigned>(ymd.day()), 2);
  return out;
}

std::optional<Date> Date::from_iso(std::string_view text) {
  using namespace std::chrono;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  const auto y = parse_digits(text.substr(0, 4));
  if (!y) return std::nullopt;
  Date date;
  if (text.size() == 4) {
    date.ymd = year{static_cast<int>(*y)} / January / day{1};
    date.precision = Precision::year;
    return date;
  }
  if (text[4] != '-') return std::nullopt;
  const auto m = parse_digits(text.substr(5, 2));
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  if (text.size() == 7) {
    date.ymd = year{static_cast<int>(*y)} / month{*m} / day{1};
    date.precision = Precision::month;
    return date;
  }
  if (text[7] != '-') return std::nullopt;
  const auto d = parse_digits(text.substr(8, 2));
  if (!d) return std::nullopt;
  date.ymd = year{static_cast<int>(*y)} / month{*m} / day{*d};
  if (!date.ymd.ok()) return std::nullopt;
  date.precision = Precision::day;
  return date;
}

bool operator==(const Date& a, const Date& b) noexcept {
  if (a.precision != b.precision) return false;
  if (a.ymd.year() != b.ymd.year()) return false;
  if (a.precision == Precision::year) return true;
  if (a.ymd.month() != b.ymd.month()) return false;
  if (a.precision != Precision::day) return true;
  return a.ymd.day() == b.ymd.day();
}

// ---------------------------------------------------------------------------------------------
// Timeframe

std::string Timeframe::id() const {
  if (unit == Unit::immediately) return "immediately";
  std::string out = "within_";
  out += std::to_string(count);
  out += unit == Unit::weeks ? "_weeks" : "_months";
  return out;
}

std::optional<Timeframe> Timeframe::from_id(std::string_view id) {
  if (id == "immediately") return Timeframe{};
  constexpr std::string_view prefix = "within_";
  if (id.substr(0, prefix.size()) != prefix) return std::nullopt;
  id.remove_prefix(prefix.size());
  const auto sep = id.find('_');
  if (sep == std::string_view::npos) return std::nullopt;
  const std::string_view digits = id.substr(0, sep);
  const std::string_view unit = id.substr(sep + 1);
  // Only the canonical spelling id() writes: no sign, no leading zero, no absurd length.
  if (digits.size() > 6 || (digits.size() > 1 && digits[0] == '0')) return std::nullopt;
  const auto count = parse_digits(digits);
  if (!count) return std::nullopt;
  Timeframe tf;
  tf.count = static_cast<int>(*count);
  if (unit == "weeks") {
    tf.unit = Unit::weeks;
  } else if (unit == "months") {
    tf.unit = Unit::months;
  } else {
    return std::nullopt;
  }
  return tf;
}

Date Timeframe::due_from(const Date& base) const {
  using namespace std::chrono;
  if (unit == Unit::immediately || !base.ymd.month().ok()) return base;

  // A base that breaks the Date invariant (day 31 in a 30-day month) is read as the last day of
  // its month rather than spilling into the next one.
  year_month_day start = base.ymd;
  if (!start.ok()) {
    const day last = last_day_of(start.year(), start.month());
    start = start.year() / start.month() / std::min(start.day(), last);
    if (!start.ok()) return base;
  }

  year_month_day due = start;
  if (unit == Unit::weeks) {
    due = year_month_day{sys_days{start} + days{7L * count}};
  } else {
    const year_month ym = year_month{start.year(), start.month()} + months{count};
    if (!ym.ok()) return base;
    due = ym.year() / ym.month() / std::min(start.day(), last_day_of(ym.year(), ym.month()));
  }

  // A season or academic year moved by months is no longer that season: the result is the
  // month it lands in. Coarser precisions are kept so that nothing is guessed into a day.
  Precision precision = base.precision;
  if (precision == Precision::season || precision == Precision::academic_year) {
    precision = Precision::month;
  }
  return Date{truncate(due, precision), precision};
}

// ---------------------------------------------------------------------------------------------
// TextStore and Report

std::string_view TextStore::keep(std::string_view text) {
  if (text.empty()) return {};
  // A deque never moves its elements when it grows, so views of earlier strings stay valid.
  return kept_.emplace_back(text);
}

const Judgement* Report::judgement(std::string_view area_id) const& noexcept {
  const auto found = std::find_if(judgements.begin(), judgements.end(),
                                  [&](const Judgement& j) { return j.area_id == area_id; });
  return found == judgements.end() ? nullptr : &*found;
}

bool operator==(const Report& a, const Report& b) noexcept {
  return a.source == b.source && a.document == b.document && a.judgements == b.judgements &&
         a.findings == b.findings && a.paragraphs == b.paragraphs &&
         a.references == b.references && a.dates == b.dates && a.quantities == b.quantities &&
         a.diagnostics == b.diagnostics;
}

JUDGEMENT_END_NAMESPACE
