// judgement: a provider's inspections in date order, each judgement with its change since the
// last inspection that judged the same area. Comparisons go through the common band when the
// scales differ, so a trajectory survives a change of framework. Judgements are compared only
// within a series of inspections that follow on from each other: the children's services
// inspections (SIF, then ILACS), and otherwise each type of inspection on its own (safeguarding,
// looked-after children, area SEND, ...).
#ifndef JUDGEMENT_TIMELINE_HPP
#define JUDGEMENT_TIMELINE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/config.hpp"
#include "judgement/date.hpp"
#include "judgement/json.hpp"
#include "judgement/profile.hpp"
#include "judgement/register.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

/// How a judgement moved since the provider's last inspection of the same series that judged
/// the same area (by area_id, else by the area's wording).
enum class Change {
  first,           ///< no earlier graded inspection of the series
  improved,        ///< a better grade (same scale) or a better band (different scales)
  declined,        ///< a worse grade or band
  unchanged,       ///< the same grade, or on different scales the same band
  not_comparable,  ///< earlier inspections of the series were graded, but none judged this area
};
/// "first", "improved", "declined", "unchanged", "not_comparable".
JUDGEMENT_API std::string_view to_string(Change change) noexcept;

/// The key providers are grouped by: case, punctuation, "the", and the words for a council
/// ("Council", "Borough Council", "County Council", "City Council", "Metropolitan Borough
/// Council", "Local Authority", "Children's Services") are ignored, so "Medway", "Medway
/// Council" and "MEDWAY COUNCIL" share the key "medway". Empty for an empty name.
[[nodiscard]] JUDGEMENT_API std::string provider_key(std::string_view name);

struct TimelineJudgement {
  std::string area;                  ///< as printed in this report
  std::optional<std::string> area_id;
  std::string grade;                 ///< the scale's canonical label
  std::optional<int> code;
  std::string scale;                 ///< scale id
  Band band = Band::inadequate;
  Change change = Change::first;
  /// Where change is improved, declined or unchanged: the earlier judgement compared with.
  std::optional<std::string> previous_grade;
  std::optional<std::string> previous_scale;
  std::optional<Band> previous_band;
  /// True when the comparison went through the common band (the scales differ).
  bool by_band = false;
  friend bool operator==(const TimelineJudgement&, const TimelineJudgement&) = default;
};

/// One entry of a provider's history: an inspection, or a council paper or news item about
/// one. Several reports of the same inspection (the same document converted by different tools,
/// or read twice) become one entry listing every source. Earlier inspections the reports cite
/// become entries too (`cited` true) unless a report of them is among the reports given; a
/// report that gives no dates of its own takes them from the one citation that can be it.
struct TimelineInspection {
  DocumentType type = DocumentType::unknown;
  std::string provider;                   ///< as the first source names it
  /// The inspection's dates; for a council paper or news item without them, the date it bears.
  std::optional<DateRange> dates;
  std::optional<Date> published;
  bool cited = false;                     ///< known only from other reports' references
  /// True when the dates came from another report's reference to this inspection.
  bool dated_by_citation = false;
  std::vector<std::size_t> reports;       ///< indices into the reports given, in input order
  std::vector<std::string> sources;       ///< their source names, in the same order
  std::vector<std::size_t> cited_by;      ///< reports whose references name this inspection
  std::vector<TimelineJudgement> judgements;  ///< from the first report, else the citations
  friend bool operator==(const TimelineInspection&, const TimelineInspection&) = default;
};

struct ProviderTimeline {
  std::string key;       ///< provider_key() of the register's name when it is on it, else of the name
  std::string provider;  ///< the name as most often written, ties to the earliest
  /// The authority on the register (judgement/register.hpp) when the provider is on it: its
  /// reports are grouped by it, whatever name each is written by (a children's trust's reports
  /// go to its council). nullptr for a provider not on the register, grouped by its key.
  const Authority* authority = nullptr;
  std::vector<TimelineInspection> inspections;  ///< by date; undated ones last, in input order
  friend bool operator==(const ProviderTimeline&, const ProviderTimeline&) = default;
};

/// A report left out of every provider's timeline, and why.
struct TimelineOmission {
  std::size_t report = 0;  ///< index into the reports given
  std::string source;      ///< its source name
  std::string reason;      ///< "no provider", or the reference that could not be placed
  friend bool operator==(const TimelineOmission&, const TimelineOmission&) = default;
};

/// What a timeline reads its reports by: the same registries they were parsed with.
struct TimelineOptions {
  /// The profiles whose `series` say which inspections follow on from each other; nullptr for
  /// the built-in ones. Must outlive the build call only.
  const ProfileRegistry* profiles = nullptr;
  /// The scales whose ranks say whether a grade went up or down; nullptr for the built-in ones.
  /// Must outlive the build call only.
  const ScaleRegistry* scales = nullptr;
};

class JUDGEMENT_API Timeline {
 public:
  Timeline() = default;

  /// Groups reports by the authority on the register their provider is (document.provider_id,
  /// else the name resolved by find_authority()), else by provider_key() of the name, adds the inspections they cite, and
  /// orders each provider's entries by start date. Reports without a provider, and references
  /// without a date that match no entry, are listed in omitted() with the reason.
  [[nodiscard]] static Timeline build(const std::vector<Report>& reports, const TimelineOptions& options = {});

  /// Providers in order of their keys.
  [[nodiscard]] const std::vector<ProviderTimeline>& providers() const noexcept { return providers_; }
  [[nodiscard]] const std::vector<TimelineOmission>& omitted() const noexcept { return omitted_; }
  /// The provider with this name: the authority it resolves to on the register, else compared
  /// through provider_key(); nullptr where none.
  [[nodiscard]] const ProviderTimeline* find(std::string_view provider) const;

  friend bool operator==(const Timeline&, const Timeline&) = default;

 private:
  std::vector<ProviderTimeline> providers_;
  std::vector<TimelineOmission> omitted_;
};

/// The timeline as JSON (schema "judgement.timeline/1"): {"schema", "providers": [{"key",
/// "provider", "provider_id": {"ons_code", "dfe_la_code", "ofsted_urn"} | null, "provider_name", "inspections": [{"type", "provider", "start", "end", "published", "cited",
/// "dated_by_citation", "sources", "reports", "cited_by",
/// "judgements": [{"area", "area_id", "grade", "code", "scale", "band", "change",
/// "previous": {"grade", "scale", "band"} | null, "by_band"}]}]}], "omitted": [{"report", "source",
/// "reason"}]}.
[[nodiscard]] JUDGEMENT_API std::string to_json(const Timeline& timeline, const JsonOptions& options = {});

JUDGEMENT_END_NAMESPACE

#endif
