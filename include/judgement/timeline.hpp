// judgement: a provider's inspections in date order, each judgement with its change since the
// last inspection that judged the same area. Comparisons go through the common band when the
// scales differ, so a trajectory survives a change of framework.
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
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

/// How a judgement moved since the provider's last inspection that judged the same area.
enum class Change {
  first,           ///< no earlier inspection of this provider judged the area
  improved,        ///< a better grade (same scale) or a better band (different scales)
  declined,        ///< a worse grade or band
  unchanged,       ///< the same grade, or on different scales the same band
  not_comparable,  ///< the provider had earlier inspections, but none judged this area
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

/// One inspection. Several reports of the same inspection (the same document converted by
/// different tools, or read twice) become one entry listing every source.
struct TimelineInspection {
  DocumentType type = DocumentType::unknown;
  std::string provider;                   ///< as the first source names it
  std::optional<DateRange> dates;         ///< the inspection's dates, else the document's date
  std::optional<Date> published;
  std::vector<std::size_t> reports;       ///< indices into the reports given, in input order
  std::vector<std::string> sources;       ///< their source names, in the same order
  std::vector<TimelineJudgement> judgements;  ///< in the order the first source gives them
  friend bool operator==(const TimelineInspection&, const TimelineInspection&) = default;
};

struct ProviderTimeline {
  std::string key;       ///< provider_key() of the name
  std::string provider;  ///< the name as most often written, ties to the earliest
  std::vector<TimelineInspection> inspections;  ///< by date; undated ones last, in input order
  friend bool operator==(const ProviderTimeline&, const ProviderTimeline&) = default;
};

/// A report left out of every provider's timeline, and why.
struct TimelineOmission {
  std::size_t report = 0;  ///< index into the reports given
  std::string source;      ///< its source name
  std::string reason;      ///< "no provider", "not an inspection report"
  friend bool operator==(const TimelineOmission&, const TimelineOmission&) = default;
};

class JUDGEMENT_API Timeline {
 public:
  Timeline() = default;

  /// Groups inspection reports by provider_key() of their provider and orders each provider's
  /// inspections by start date. Council papers and news are left out (they report
  /// inspections rather than being one), as are reports without a provider; each omission is
  /// listed with its reason. The result depends on the reports' order only for ties.
  [[nodiscard]] static Timeline build(const std::vector<Report>& reports);

  /// Providers in order of their keys.
  [[nodiscard]] const std::vector<ProviderTimeline>& providers() const noexcept { return providers_; }
  [[nodiscard]] const std::vector<TimelineOmission>& omitted() const noexcept { return omitted_; }
  /// The provider with this name (compared through provider_key()), or nullptr.
  [[nodiscard]] const ProviderTimeline* find(std::string_view provider) const;

  friend bool operator==(const Timeline&, const Timeline&) = default;

 private:
  std::vector<ProviderTimeline> providers_;
  std::vector<TimelineOmission> omitted_;
};

/// The timeline as JSON (schema "judgement.timeline/1"): {"schema", "providers": [{"key",
/// "provider", "inspections": [{"type", "provider", "start", "end", "published", "sources",
/// "judgements": [{"area", "area_id", "grade", "code", "scale", "band", "change",
/// "previous": {"grade", "scale", "band"} | null, "by_band"}]}]}], "omitted": [{"source",
/// "reason"}]}.
[[nodiscard]] JUDGEMENT_API std::string to_json(const Timeline& timeline, const JsonOptions& options = {});

JUDGEMENT_END_NAMESPACE

#endif
