// judgement: the report, the one value every interface shares (schema judgement.report/1,
// docs/output.md). A Report is immutable once parsed and safe to share between threads.
//
// Text fields are std::string_view. They point into storage the report keeps alive (the
// source text it was parsed from, or strings it holds for itself), shared between copies of
// the report: a view stays valid while any copy of the Report it came from is alive.
//
// The rule: keep the Report in a variable for as long as you use anything taken from it. A
// Judgement, Finding, Inspector ... copied out of a Report is a set of views, not of strings;
// copy the text (std::string(j.grade)) to keep it beyond the Report. So that the easy mistake
// does not compile, a temporary Result cannot be reached into (`parse_file(p)->judgements` and
// `*parse_file(p)` are deleted; `parse_file(p).value()` gives the Report itself, to be kept),
// and Report::judgement() is not callable on a temporary Report.
//
// Absent values: where docs/output.md writes null, C++ has an empty std::optional (dates,
// inspectorate, provider, provider_id, provider_name, an inspector's role, area_id, code, a finding's or a paragraph's
// section, paragraph, timeframe, due, rating): absent is std::nullopt, never an empty string, and a present text is
// never empty. The JSON writes nullopt as null and reads null back as nullopt; the C API
// reports it as a jdg_string whose data is NULL or a 0 *out_present (docs/c-api.md); Python
// as None.
#ifndef JUDGEMENT_REPORT_HPP
#define JUDGEMENT_REPORT_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/config.hpp"
#include "judgement/date.hpp"
#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

inline constexpr std::string_view report_schema = "judgement.report/1";

/// A stretch of the original input: byte offsets (begin inclusive, end exclusive), the 1-based
/// line `begin` is on, and for PDF input the 1-based page (0 when there is no page).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t line = 0;
  std::uint32_t page = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

/// What kind of document a report was read from: the id of the framework profile that read it
/// (judgement/profile.hpp, docs/adding-a-framework.md), such as "ilacs" or "focused_visit", or
/// "unknown". The output contract's types are named constants (DocumentType::ilacs); a profile a
/// user defines brings its own id. Compared by id. The id is a view: of static storage for the
/// constants, of the report's own storage in a report.
class DocumentType {
 public:
  /// "unknown".
  constexpr DocumentType() noexcept = default;
  /// The type of this id; `id` must outlive the value.
  constexpr explicit DocumentType(std::string_view id) noexcept : id_(id) {}
  [[nodiscard]] constexpr std::string_view id() const noexcept { return id_; }
  friend constexpr bool operator==(const DocumentType& a, const DocumentType& b) noexcept { return a.id_ == b.id_; }

  static const DocumentType unknown, ilacs, focused_visit, monitoring_visit, jtai, sif, lscb_review,
      lac_inspection, safeguarding_inspection, area_send, school_inspection, provider_inspection,
      committee_report, news;

 private:
  std::string_view id_ = "unknown";
};
inline constexpr DocumentType DocumentType::unknown{"unknown"};
inline constexpr DocumentType DocumentType::ilacs{"ilacs"};
inline constexpr DocumentType DocumentType::focused_visit{"focused_visit"};
inline constexpr DocumentType DocumentType::monitoring_visit{"monitoring_visit"};
inline constexpr DocumentType DocumentType::jtai{"jtai"};
inline constexpr DocumentType DocumentType::sif{"sif"};
inline constexpr DocumentType DocumentType::lscb_review{"lscb_review"};
inline constexpr DocumentType DocumentType::lac_inspection{"lac_inspection"};
inline constexpr DocumentType DocumentType::safeguarding_inspection{"safeguarding_inspection"};
inline constexpr DocumentType DocumentType::area_send{"area_send"};
inline constexpr DocumentType DocumentType::school_inspection{"school_inspection"};
inline constexpr DocumentType DocumentType::provider_inspection{"provider_inspection"};
inline constexpr DocumentType DocumentType::committee_report{"committee_report"};
inline constexpr DocumentType DocumentType::news{"news"};

/// The id, e.g. "focused_visit".
JUDGEMENT_API std::string_view to_string(DocumentType type) noexcept;
/// The type of an id: a named constant for the contract's ids, else a type viewing `id` itself,
/// when it is spelt as a profile id (lower-case letters, digits, '_' and '-'); nullopt otherwise.
JUDGEMENT_API std::optional<DocumentType> document_type_from_string(std::string_view id) noexcept;

enum class SourceFormat { text, markdown, pdf };
JUDGEMENT_API std::string_view to_string(SourceFormat format) noexcept;
JUDGEMENT_API std::optional<SourceFormat> source_format_from_string(std::string_view id) noexcept;

struct SourceInfo {
  std::string_view name;  ///< file name as given, "-" for standard input, or empty
  std::size_t bytes = 0;  ///< size of the original input
  SourceFormat format = SourceFormat::text;
  friend bool operator==(const SourceInfo&, const SourceInfo&) = default;
};

struct Inspector {
  std::string_view name;  ///< "Maire Atherton"
  std::optional<std::string_view> role;  ///< "Her Majesty's Inspector"; nullopt where not stated
  friend bool operator==(const Inspector&, const Inspector&) = default;
};

/// The dates of an inspection: the whole period, and where it was held in several periods
/// ("30 September to 11 October 2024 and 13 to 16 January 2025"), each of them.
struct InspectionDates {
  DateRange range;
  std::vector<DateRange> periods;  ///< empty for a single period
  friend bool operator==(const InspectionDates&, const InspectionDates&) = default;
};

/// A provider's ids on the register of children's services authorities (judgement/register.hpp):
/// each nullopt where the register does not give it (a former authority's ONS code).
struct ProviderId {
  std::optional<std::string_view> ons_code;     ///< "E06000035"
  std::optional<std::string_view> dfe_la_code;  ///< "887"
  std::optional<std::string_view> ofsted_urn;   ///< "80522"
  friend bool operator==(const ProviderId&, const ProviderId&) = default;
};

struct Document {
  DocumentType type = DocumentType::unknown;
  std::optional<std::string_view> inspectorate;  ///< "Ofsted"; nullopt where unknown
  std::optional<std::string_view> provider;      ///< "Medway Council" as written; nullopt where unknown
  /// The register's ids of the authority the provider is (a children's trust: the council it acts
  /// for); nullopt where the provider is not on the register (a school, a Welsh council, none).
  std::optional<ProviderId> provider_id;
  std::optional<std::string_view> provider_name;  ///< the register's name ("Medway"), beside provider_id
  std::optional<Date> date;       ///< the date the document bears
  std::optional<Date> published;  ///< only where the document states it
  std::optional<InspectionDates> inspection_dates;
  std::vector<Inspector> inspectors;
  friend bool operator==(const Document&, const Document&) = default;
};

/// One judged area, however many times the report states it.
struct Judgement {
  std::string_view area;                    ///< as printed, line wraps joined
  std::optional<std::string_view> area_id;  ///< canonical key ("help_and_protection")
  std::string_view grade;                   ///< the scale's canonical label
  std::optional<int> code;                  ///< the scale's code for the grade
  std::string_view scale;                   ///< scale id ("ofsted-requires-improvement")
  Band band = Band::inadequate;
  std::string_view as_written;  ///< the grade as the text had it
  std::vector<Span> evidence;   ///< every statement of it
  friend bool operator==(const Judgement&, const Judgement&) = default;
};

enum class FindingKind { improvement, finding, strength, concern, risk };
JUDGEMENT_API std::string_view to_string(FindingKind kind) noexcept;
JUDGEMENT_API std::optional<FindingKind> finding_kind_from_string(std::string_view id) noexcept;

/// When an improvement is due: "immediately", "within 3 months", "within 6 weeks".
struct Timeframe {
  enum class Unit { immediately, weeks, months };
  Unit unit = Unit::immediately;
  int count = 0;  ///< 0 for immediately

  /// "immediately", "within_3_months", "within_6_weeks".
  [[nodiscard]] JUDGEMENT_API std::string id() const;
  [[nodiscard]] JUDGEMENT_API static std::optional<Timeframe> from_id(std::string_view id);
  /// `base` plus the timeframe; the day is clamped to the end of a shorter month
  /// (31 August + 6 months is 28 or 29 February).
  [[nodiscard]] JUDGEMENT_API Date due_from(const Date& base) const;
  friend bool operator==(const Timeframe&, const Timeframe&) = default;
};

struct Finding {
  FindingKind kind = FindingKind::finding;
  std::string_view text;
  std::optional<std::string_view> section;  ///< the heading it sits under; nullopt where none
  std::optional<int> paragraph; ///< its paragraph number, where numbered
  std::optional<Timeframe> timeframe;
  std::optional<Date> due;
  std::optional<std::string_view> rating;  ///< a risk's rating as written ("B2")
  Span span;
  friend bool operator==(const Finding&, const Finding&) = default;
};

struct Paragraph {
  int number = 0;            ///< its own number: 14 for "3.14."
  std::string_view label;    ///< the number as printed, without its final dot: "14", "3.14"
  std::optional<std::string_view> section;  ///< the heading it sits under; nullopt where none
  bool inferred = false;     ///< its number was lost in conversion and inferred from neighbours
  Span span;
  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

/// An earlier inspection or visit the text speaks of.
struct Reference {
  DocumentType type = DocumentType::unknown;
  std::optional<Date> start;
  std::optional<Date> end;
  std::optional<Date> published;
  std::vector<Judgement> judgements;  ///< what the text says it concluded
  Span span;
  friend bool operator==(const Reference&, const Reference&) = default;
};

/// A date stated in the text, at the precision stated.
struct DateMention {
  std::string_view text;
  DateRange range;                 ///< start == end for a single date
  std::vector<DateRange> periods;  ///< each period where the text gives several
  Span span;
  [[nodiscard]] Precision precision() const noexcept { return range.start.precision; }
  friend bool operator==(const DateMention&, const DateMention&) = default;
};

/// A figure stated in the text: "74 children", "80 per cent", "£7.6m", "from 39% to 25%".
struct Quantity {
  std::string_view text;
  double value = 0;
  std::string_view unit;      ///< "children", "percent", "GBP", "weeks"
  std::optional<double> from; ///< the earlier value of a change ("from 39% to 25%")
  Span span;
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

enum class Severity { error, warning, info };
JUDGEMENT_API std::string_view to_string(Severity severity) noexcept;
JUDGEMENT_API std::optional<Severity> severity_from_string(std::string_view id) noexcept;

/// A problem found while reading content: it never stops the parse.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string_view code;  ///< stable id, e.g. "judgement-conflict", "unclassified"
  std::string_view message;
  Span span;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Owns the bytes a report's views point into. Append-only: a view handed out stays valid for
/// the store's lifetime.
class JUDGEMENT_API TextStore {
 public:
  TextStore() = default;
  explicit TextStore(std::string source) : source_(std::move(source)) {}
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;

  /// The text the report was parsed from (empty for a report read back from JSON).
  [[nodiscard]] std::string_view source() const noexcept { return source_; }
  /// Keeps a copy of `text` and returns a view of the copy.
  std::string_view keep(std::string_view text);

 private:
  std::string source_;
  std::deque<std::string> kept_;
};

struct Report {
  SourceInfo source;
  Document document;
  std::vector<Judgement> judgements;
  std::vector<Finding> findings;
  std::vector<Paragraph> paragraphs;
  std::vector<Reference> references;
  std::vector<DateMention> dates;
  std::vector<Quantity> quantities;
  std::vector<Diagnostic> diagnostics;

  /// Keeps every view above alive; shared by copies. Never compared.
  std::shared_ptr<TextStore> store = std::make_shared<TextStore>();

  /// The judgement of the area with this id ("overall_effectiveness", docs/output.md), or
  /// nullptr where the report has none. Not on a temporary Report: the pointer would dangle.
  [[nodiscard]] JUDGEMENT_API const Judgement* judgement(std::string_view area_id) const& noexcept;
  const Judgement* judgement(std::string_view area_id) const&& = delete;

  /// Equal when every field above is equal; where the views point does not matter.
  friend JUDGEMENT_API bool operator==(const Report& a, const Report& b) noexcept;
};

JUDGEMENT_END_NAMESPACE

#endif
