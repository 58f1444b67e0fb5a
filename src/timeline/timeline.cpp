// The timeline: reports grouped by provider, the inspections they cite added, each provider's
// entries put in date order, and every judgement compared with the last one of its area.
#include "judgement/timeline.hpp"

#include "judgement/profile.hpp"
#include "judgement/register.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JUDGEMENT_BEGIN_NAMESPACE

std::string_view to_string(Change change) noexcept {
  switch (change) {
    case Change::first: return "first";
    case Change::improved: return "improved";
    case Change::declined: return "declined";
    case Change::unchanged: return "unchanged";
    case Change::not_comparable: return "not_comparable";
  }
  return "first";
}

namespace {

using std::chrono::sys_days;

// The days a date stands for at its precision: a month is all of its days, a year all of its.
struct Days {
  sys_days first;
  sys_days last;
};

Days days_of(const Date& date) {
  const auto& ymd = date.ymd;
  switch (date.precision) {
    case Precision::day: return {sys_days{ymd}, sys_days{ymd}};
    case Precision::month:
    case Precision::season:
    case Precision::academic_year: {
      const std::chrono::year_month ym{ymd.year(), ymd.month()};
      return {sys_days{ym / std::chrono::day{1}}, sys_days{ym / std::chrono::last}};
    }
    case Precision::year: break;
  }
  return {sys_days{ymd.year() / std::chrono::January / 1}, sys_days{ymd.year() / std::chrono::December / 31}};
}

Days days_of(const DateRange& range) { return {days_of(range.start).first, days_of(range.end).last}; }

bool overlap(const Days& a, const Days& b) { return a.first <= b.last && b.first <= a.last; }

// A judgement as the timeline keeps it, with what comparison needs.
TimelineJudgement timeline_judgement(const Judgement& j) {
  TimelineJudgement t;
  t.area = std::string(j.area);
  if (j.area_id) t.area_id = std::string(*j.area_id);
  t.grade = std::string(j.grade);
  t.code = j.code;
  t.scale = std::string(j.scale);
  t.band = j.band;
  return t;
}

// The key judgements of one area are followed by: the canonical id, else the area as printed.
std::string area_key(const TimelineJudgement& j) {
  if (j.area_id) return "id:" + *j.area_id;
  return "area:" + provider_key(j.area);
}

// Inspections whose judgements follow on from each other: the children's services inspections
// (SIF, then ILACS, on different scales but judging the same areas), and otherwise each type
// of inspection on its own (the profiles' `series`). A looked-after children inspection is not compared with a
// safeguarding one, nor an adoption agency's inspection with the council's.
std::string_view series_of(const ProfileRegistry& profiles, DocumentType type) {
  const FrameworkProfile* p = profiles.find(type.id());
  return p && !p->series.empty() ? std::string_view(p->series) : to_string(type);
}

// The grade's rank on its scale (0 best), where the registry has the scale and it the grade.
std::optional<std::size_t> rank_of(const ScaleRegistry& scales, const TimelineJudgement& j) {
  const GradeScale* scale = scales.find(j.scale);
  if (!scale) return std::nullopt;
  const Grade* grade = scale->by_label(j.grade);
  if (!grade) return std::nullopt;
  return grade->rank;
}

// The authority on the register a report is of: by the ids it carries, else by its provider's
// name (a report read from JSON written before the register).
const Authority* authority_of(const Report& r) {
  if (const auto& id = r.document.provider_id) {
    if (id->ons_code) {
      if (const Authority* a = authority_by_ons_code(*id->ons_code)) return a;
    }
    if (id->dfe_la_code) {
      if (const Authority* a = authority_by_dfe_la_code(*id->dfe_la_code)) return a;
    }
    if (id->ofsted_urn) {
      if (const Authority* a = authority_by_ofsted_urn(*id->ofsted_urn)) return a;
    }
  }
  return r.document.provider ? find_authority(*r.document.provider) : nullptr;
}

// Who a report's entry belongs to: the authority on the register when the provider is on it
// (whatever name it is written by, a children's trust included), else its provider_key().
// `group` is what entries are grouped by, ordered by the key first; empty for no provider.
struct ProviderOf {
  std::string key;
  std::string group;
  const Authority* authority = nullptr;
};

ProviderOf provider_of(const Report& r) {
  ProviderOf p;
  p.authority = authority_of(r);
  p.key = provider_key(p.authority ? p.authority->name : r.document.provider.value_or(""));
  if (p.key.empty()) return p;
  p.group = p.key;
  p.group += '\0';
  if (p.authority) p.group += p.authority->name;
  return p;
}

struct Entry {
  std::string key;    // the provider's group (ProviderOf::group)
  TimelineInspection inspection;
  std::size_t order = 0;  // first report or citation that made it, for ties
};

class Builder {
 public:
  Builder(const std::vector<Report>& reports, const TimelineOptions& options)
      : reports_(reports),
        profiles_(options.profiles ? *options.profiles : ProfileRegistry::builtin()),
        scales_(options.scales ? *options.scales : ScaleRegistry::builtin()) {}

  void build(std::vector<ProviderTimeline>& providers, std::vector<TimelineOmission>& omitted) {
    add_reports(omitted);
    add_citations(omitted);
    date_undated_reports();
    group(providers);
    for (ProviderTimeline& p : providers) compare(p);
  }

 private:
  void add_reports(std::vector<TimelineOmission>& omitted) {
    for (std::size_t i = 0; i < reports_.size(); ++i) {
      const Report& r = reports_[i];
      const ProviderOf provider = provider_of(r);
      const std::string& key = provider.group;
      if (key.empty()) {
        omitted.push_back({i, std::string(r.source.name), "no provider"});
        continue;
      }
      std::optional<DateRange> dates;
      if (r.document.inspection_dates) {
        dates = r.document.inspection_dates->range;
      } else if (r.document.date) {
        dates = DateRange{*r.document.date, *r.document.date};
      }
      // The same inspection read again (another conversion of the same report): one entry.
      Entry* same = nullptr;
      if (dates) {
        for (Entry& e : entries_) {
          if (e.key == key && e.inspection.type == r.document.type && e.inspection.dates &&
              *e.inspection.dates == *dates && !e.inspection.cited) {
            same = &e;
            break;
          }
        }
      }
      if (!same) {
        Entry e;
        e.key = key;
        e.order = entries_.size();
        e.inspection.type = r.document.type;
        e.inspection.provider = std::string(r.document.provider.value_or(""));
        e.inspection.dates = dates;
        e.inspection.published = r.document.published;
        for (const Judgement& j : r.judgements) e.inspection.judgements.push_back(timeline_judgement(j));
        entries_.push_back(std::move(e));
        same = &entries_.back();
      } else {
        add_missing_judgements(same->inspection, r.judgements);
        if (!same->inspection.published) same->inspection.published = r.document.published;
      }
      same->inspection.reports.push_back(i);
      same->inspection.sources.emplace_back(r.source.name);
    }
  }

  static void add_missing_judgements(TimelineInspection& inspection, const std::vector<Judgement>& judgements) {
    for (const Judgement& j : judgements) {
      TimelineJudgement t = timeline_judgement(j);
      const std::string k = area_key(t);
      const bool known = std::any_of(inspection.judgements.begin(), inspection.judgements.end(),
                                     [&](const TimelineJudgement& x) { return area_key(x) == k; });
      if (!known) inspection.judgements.push_back(std::move(t));
    }
  }

  struct Citation {
    std::size_t report;
    const Reference* reference;
    std::string key;
  };

  // Citations with dates first, the finest first, so that a coarse one ("in 2015") joins the
  // entry a precise one made; then those known only by publication; then the undated.
  static int citation_pass(const Reference& ref) {
    if (ref.start) return ref.start->precision == Precision::day ? 0 : 1;
    if (ref.published) return 2;
    return 3;
  }

  void add_citations(std::vector<TimelineOmission>& omitted) {
    std::vector<Citation> citations;
    for (std::size_t i = 0; i < reports_.size(); ++i) {
      const std::string key = provider_of(reports_[i]).group;
      if (key.empty()) continue;
      for (const Reference& ref : reports_[i].references) {
        if (ref.type == DocumentType::unknown) continue;
        citations.push_back({i, &ref, key});
      }
    }
    std::stable_sort(citations.begin(), citations.end(), [](const Citation& a, const Citation& b) {
      return citation_pass(*a.reference) < citation_pass(*b.reference);
    });
    for (const Citation& c : citations) place(c, omitted);
  }

  void place(const Citation& c, std::vector<TimelineOmission>& omitted) {
    const Reference& ref = *c.reference;
    std::optional<Days> when;
    if (ref.start) when = days_of(DateRange{*ref.start, ref.end ? *ref.end : *ref.start});
    std::optional<Days> published;
    if (ref.published) published = days_of(*ref.published);

    std::vector<Entry*> candidates;
    for (Entry& e : entries_) {
      if (e.key != c.key || e.inspection.type != ref.type) continue;
      if (std::find(e.inspection.reports.begin(), e.inspection.reports.end(), c.report) !=
          e.inspection.reports.end()) {
        continue;  // a report does not cite itself
      }
      if (when) {
        if (e.inspection.dates && overlap(*when, days_of(*e.inspection.dates))) candidates.push_back(&e);
      } else if (published) {
        if (e.inspection.published && overlap(*published, days_of(*e.inspection.published))) {
          candidates.push_back(&e);
        }
      } else {
        candidates.push_back(&e);
      }
    }
    if (candidates.size() == 1) {
      TimelineInspection& found = candidates.front()->inspection;
      add_unique(found.cited_by, c.report);
      if (found.cited) add_missing_judgements(found, ref.judgements);
      if (!found.published && ref.published) found.published = ref.published;
      return;
    }
    if (candidates.empty() && (when || published)) {
      Entry e;
      e.key = c.key;
      e.order = entries_.size();
      e.inspection.type = ref.type;
      e.inspection.provider = std::string(reports_[c.report].document.provider.value_or(""));
      if (ref.start) e.inspection.dates = DateRange{*ref.start, ref.end ? *ref.end : *ref.start};
      e.inspection.published = ref.published;
      e.inspection.cited = true;
      e.inspection.cited_by.push_back(c.report);
      add_missing_judgements(e.inspection, ref.judgements);
      entries_.push_back(std::move(e));
      return;
    }
    std::string reason = "a reference to a ";
    reason += to_string(ref.type);
    reason += candidates.empty() ? " without a date, matching no inspection"
                                 : " that matches several inspections";
    omitted.push_back({c.report, std::string(reports_[c.report].source.name), std::move(reason)});
  }

  static void add_unique(std::vector<std::size_t>& list, std::size_t value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
  }

  // A report without dates (a converted body without its cover) is the inspection another
  // report cites when exactly one cited inspection of its provider and type has no report.
  void date_undated_reports() {
    for (std::size_t u = 0; u < entries_.size(); ++u) {
      if (entries_[u].inspection.dates || entries_[u].inspection.cited) continue;
      std::size_t match = entries_.size();
      std::size_t count = 0;
      for (std::size_t c = 0; c < entries_.size(); ++c) {
        const Entry& e = entries_[c];
        if (e.inspection.cited && e.key == entries_[u].key && e.inspection.type == entries_[u].inspection.type &&
            (e.inspection.dates || e.inspection.published)) {
          match = c;
          ++count;
        }
      }
      if (count != 1) continue;
      Entry& undated = entries_[u];
      Entry& cited = entries_[match];
      undated.inspection.dates = cited.inspection.dates;
      if (!undated.inspection.published) undated.inspection.published = cited.inspection.published;
      undated.inspection.dated_by_citation = true;
      for (std::size_t by : cited.inspection.cited_by) add_unique(undated.inspection.cited_by, by);
      add_missing_judgements_from(undated.inspection, cited.inspection);
      cited.key.clear();  // merged away
    }
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [](const Entry& e) { return e.key.empty(); }),
                   entries_.end());
  }

  static void add_missing_judgements_from(TimelineInspection& to, const TimelineInspection& from) {
    for (const TimelineJudgement& j : from.judgements) {
      const std::string k = area_key(j);
      const bool known = std::any_of(to.judgements.begin(), to.judgements.end(),
                                     [&](const TimelineJudgement& x) { return area_key(x) == k; });
      if (!known) to.judgements.push_back(j);
    }
  }

  void group(std::vector<ProviderTimeline>& providers) {
    std::map<std::string, std::vector<Entry*>> by_key;
    for (Entry& e : entries_) by_key[e.key].push_back(&e);
    for (auto& [key, list] : by_key) {
      std::stable_sort(list.begin(), list.end(), [](const Entry* a, const Entry* b) {
        const auto& da = a->inspection.dates;
        const auto& db = b->inspection.dates;
        if (da && db) {
          const Days x = days_of(*da);
          const Days y = days_of(*db);
          if (x.first != y.first) return x.first < y.first;
          return a->order < b->order;
        }
        if (da != db) return static_cast<bool>(da);  // dated before undated
        return a->order < b->order;
      });
      ProviderTimeline p;
      p.key = key.substr(0, key.find('\0'));
      p.provider = most_common_name(list);
      for (const Entry* e : list) {
        if (!e->inspection.reports.empty()) {
          p.authority = authority_of(reports_[e->inspection.reports.front()]);
          break;
        }
      }
      for (Entry* e : list) p.inspections.push_back(std::move(e->inspection));
      providers.push_back(std::move(p));
    }
  }

  std::string most_common_name(const std::vector<Entry*>& list) const {
    std::vector<std::pair<std::string, std::size_t>> counts;  // in order of first appearance
    for (const Entry* e : list) {
      for (std::size_t r : e->inspection.reports) {
        const std::string name(reports_[r].document.provider.value_or(""));
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == name; });
        if (it == counts.end()) {
          counts.emplace_back(name, 1);
        } else {
          ++it->second;
        }
      }
    }
    if (counts.empty()) return list.front()->inspection.provider;
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i) {
      if (counts[i].second > counts[best].second) best = i;
    }
    return counts[best].first;
  }

  void compare(ProviderTimeline& p) const {
    std::map<std::string, const TimelineJudgement*> last;  // by series and area_key
    std::map<std::string_view, bool> graded_before;         // by series
    for (TimelineInspection& inspection : p.inspections) {
      const std::string_view series = series_of(profiles_, inspection.type);
      std::vector<std::pair<std::string, const TimelineJudgement*>> seen;
      for (TimelineJudgement& j : inspection.judgements) {
        const std::string k = std::string(series) + "|" + area_key(j);
        const auto previous = last.find(k);
        if (previous == last.end()) {
          j.change = graded_before[series] ? Change::not_comparable : Change::first;
        } else {
          const TimelineJudgement& before = *previous->second;
          j.previous_grade = before.grade;
          j.previous_scale = before.scale;
          j.previous_band = before.band;
          j.by_band = before.scale != j.scale;
          std::optional<std::size_t> now_rank;
          std::optional<std::size_t> then_rank;
          if (!j.by_band) {
            now_rank = rank_of(scales_, j);
            then_rank = rank_of(scales_, before);
            if (!now_rank || !then_rank) j.by_band = true;
          }
          const auto now = j.by_band ? static_cast<std::size_t>(j.band) : *now_rank;
          const auto then = j.by_band ? static_cast<std::size_t>(before.band) : *then_rank;
          j.change = now < then ? Change::improved : now > then ? Change::declined : Change::unchanged;
        }
        seen.emplace_back(k, &j);
      }
      for (const auto& [k, j] : seen) last[k] = j;
      if (!inspection.judgements.empty()) graded_before[series] = true;
    }
  }

  const std::vector<Report>& reports_;
  const ProfileRegistry& profiles_;
  const ScaleRegistry& scales_;
  std::vector<Entry> entries_;
};

}  // namespace

Timeline Timeline::build(const std::vector<Report>& reports, const TimelineOptions& options) {
  Timeline t;
  Builder(reports, options).build(t.providers_, t.omitted_);
  return t;
}

const ProviderTimeline* Timeline::find(std::string_view provider) const {
  if (const Authority* a = find_authority(provider)) {
    for (const ProviderTimeline& p : providers_) {
      if (p.authority == a) return &p;
    }
  }
  const std::string key = provider_key(provider);
  for (const ProviderTimeline& p : providers_) {
    if (p.key == key && !p.authority) return &p;
  }
  for (const ProviderTimeline& p : providers_) {
    if (p.key == key) return &p;
  }
  return nullptr;
}

JUDGEMENT_END_NAMESPACE
