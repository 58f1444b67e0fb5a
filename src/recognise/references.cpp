// References to earlier inspections and visits: what the text says of them (their framework,
// when they were held or published, what they concluded), one reference per inspection.
//
// Stage 1 (references_scan.cpp) reads every block for mentions of inspections with their dates
// and the grades stated of them. This stage decides which mentions are references, infers a
// framework the text does not name, merges the mentions of one inspection and reads the grades
// against that inspection's scale.
//
// Decisions:
// - A reference needs a date the text states (a year at least; a date without its year only
//   when the caller asks for yearless dates to be resolved). "Since the last inspection, ..."
//   says nothing a user could place, and would mostly repeat a dated mention.
// - A report's own inspection is not a reference: "this inspection", "the current inspection",
//   a mention of its kind (or of no named kind) whose dates fall within the report's own
//   inspection dates, and, where the report gives no dates of its own, an undistinguished
//   mention of its own framework. A committee paper or news item reports an inspection rather
//   than being one: there "this visit", "the recent inspection" and a mention dated within the
//   document's inspection dates are the inspection it reports, and that is a reference (dated
//   from the document when the mention is not), as the contract asks.
// - Mentions of what is yet to come ("the next inspection", a date after the document's own)
//   are not references.
// - Frameworks: named ones map to the contract's types ("single inspection" and "SIF" -> sif;
//   "ILACS", "inspection of local authority children's services" -> ilacs; "joint targeted
//   (area) inspection" -> jtai; the 2009-13 "safeguarding and looked after children" and child
//   protection inspections ("inspection of child protection arrangements", "the child
//   protection inspection", "inspection of X's safeguarding arrangements") ->
//   safeguarding_inspection; "services for looked after children" -> lac_inspection; adoption
//   and fostering services, children's homes and named establishments ("an Ofsted inspection of
//   The Old Vicarage") -> provider_inspection; other inspectorates' and thematic inspections
//   are left out). A plain "previous inspection" is given the framework of its date only when
//   the text says it was a full inspection of children's services ("the last full inspection",
//   "the 2017 judgement inspection", "the inspection of Wakefield Children's Services") or
//   states a judgement of it overall or of a framework's area, since only full inspections are
//   graded so: SIF for one held from November 2013 to 2017 (published 2014 to 2017), ILACS from
//   2018 (published from 2019). Before November 2013 two frameworks ran side by side, so the
//   type stays unknown, as it does for any other plain mention.
// - Merging: mentions of one framework with dates that can be one inspection (overlapping
//   periods, or a publication up to about six months after the period) are one reference, which
//   keeps the finest dates and every judgement. A plain mention joins the one reference of a
//   full framework its dates fit; when several fit and it adds nothing, it is dropped, as
//   already said; when it adds a judgement, it stays a reference of its own.
// - Grades are read against framework_scale() of the reference's type and date: "adequate" of a
//   2011 inspection is ofsted-adequate 3, "inadequate" of a 2019 ILACS is
//   ofsted-requires-improvement 4; a word the scale does not have is not a judgement. Two grades
//   for one area of one inspection: the first stands, with a reference-judgement-conflict
//   warning.
// - Area: as the text words it ("services for care leavers": care_leavers), "Overall
//   effectiveness" where it says "overall" or names nothing narrower ("the local authority was
//   judged to be inadequate", "good in all areas"); a grade of an unnamed part ("the services
//   that were judged inadequate", "three were judged good") is left out.
#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "recognise/framework.hpp"
#include "recognise/recognisers.hpp"
#include "recognise/references_scan.hpp"
#include "profile/phrase.hpp"
#include "source/fold.hpp"

namespace judgement::detail {
namespace {

using references::Mention;
using references::Qualifier;
using references::RawJudgement;
using std::chrono::sys_days;

// More references than any real document cites: past it, new ones are left out (the merging
// stays linear in the size of the input).
constexpr std::size_t max_references = 256;

// --- days ------------------------------------------------------------------------------------------

sys_days first_day(const Date& d) {
  using namespace std::chrono;
  switch (d.precision) {
    case Precision::day:
      return sys_days{d.ymd};
    case Precision::year:
      return sys_days{d.ymd.year() / January / 1};
    default:
      return sys_days{d.ymd.year() / d.ymd.month() / 1};
  }
}

sys_days last_day(const Date& d) {
  using namespace std::chrono;
  switch (d.precision) {
    case Precision::day:
      return sys_days{d.ymd};
    case Precision::year:
      return sys_days{d.ymd.year() / December / 31};
    default:
      return sys_days{d.ymd.year() / d.ymd.month() / last};
  }
}

bool overlap(const DateRange& a, const DateRange& b) {
  return first_day(a.start) <= last_day(b.end) && first_day(b.start) <= last_day(a.end);
}

// The days a candidate's dates cover, worked out once: merging compares every candidate with
// the references made so far.
struct Days {
  std::optional<std::pair<sys_days, sys_days>> when, published;
};

Days days_of(const std::optional<DateRange>& when, const std::optional<Date>& published) {
  Days d;
  if (when) d.when = std::pair{first_day(when->start), last_day(when->end)};
  if (published) d.published = std::pair{first_day(*published), last_day(*published)};
  return d;
}

bool compatible(const Days& a, const Days& b) {
  auto overlaps = [](const auto& x, const auto& y) { return x.first <= y.second && y.first <= x.second; };
  // An inspection held then can have been published then: not before it, and within about six
  // months of its end.
  auto published_after = [](const auto& held, const auto& p) {
    return held.first <= p.second && p.first <= held.second + std::chrono::days{200};
  };
  if (a.when && b.when) return overlaps(*a.when, *b.when);
  if (a.when && b.published) return published_after(*a.when, *b.published);
  if (b.when && a.published) return published_after(*b.when, *a.published);
  if (a.published && b.published) return overlaps(*a.published, *b.published);
  return false;
}

struct Said {
  std::string_view area;
  std::optional<std::string_view> area_id;
  std::string key;    // to tell areas apart: the area id, or the area's words folded
  std::string grade;  // as GradeScale::match reads it
  std::string_view as_written;
  std::vector<Span> evidence;
};

struct Candidate {
  DocumentType type = DocumentType::unknown;
  // A copy: what a provider's inspection names ("The Old Vicarage") is a stretch of its block's
  // text, which the layout does not keep once other blocks' texts are made, and candidates are
  // merged when every block has been read.
  std::string subject;
  bool generic = false;
  bool full = false;
  bool possessed = false;
  Qualifier qualifier = Qualifier::none;
  std::optional<DateRange> when;
  std::optional<Date> published;
  std::vector<Said> said;
  Span span;
  std::size_t order = 0;
  bool reported = false;
  Days days;  // of `when` and `published`, kept up to date by merge()
};

bool compatible(const Candidate& a, const Candidate& b) { return compatible(a.days, b.days); }

Date date_of(sys_days d) {
  const std::chrono::year_month_day ymd{d};
  return make_date(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

bool bounded(const DayWindow& w) { return w.from || w.to; }

// The framework of a full inspection held (or, failing dates, published) then: the first
// profile whose `held` (or `published`) window holds them, of the frameworks of `inspectorate`
// (the document's: a report cites its own inspectorate's inspections) or of none, when it has one.
DocumentType framework_of_date(ReportBuilder& out, const Candidate& c, const Inspectorate* inspectorate) {
  if (!c.when && !c.published) return DocumentType::unknown;
  const Date first = date_of(first_day(c.when ? c.when->start : *c.published));
  const Date last = date_of(last_day(c.when ? c.when->end : *c.published));
  for (const FrameworkProfile& p : out.profiles().profiles()) {
    if (inspectorate && !p.inspectorate.empty() && p.inspectorate != inspectorate->id) continue;
    const DayWindow& w = c.when ? p.held : p.published;
    if (bounded(w) && w.holds(first, last)) return out.type_of(p);
  }
  return DocumentType::unknown;
}

// Only a full inspection of children's services is graded overall or by its framework's areas.
bool graded_as_full(const Candidate& c) {
  return std::any_of(c.said.begin(), c.said.end(), [](const Said& s) { return s.area_id.has_value(); });
}

void infer_type(ReportBuilder& out, Candidate& c, const Inspectorate* inspectorate) {
  if (c.type == DocumentType::unknown && c.generic && (c.full || graded_as_full(c)))
    c.type = framework_of_date(out, c, inspectorate);
}

bool is_visit(const ReportBuilder& out, DocumentType t) {
  const FrameworkProfile* p = out.profile(t);
  return p && p->kind == DocumentKind::letter;
}

// --- merging -----------------------------------------------------------------------------------------

// Whether two grade phrases name one grade: the same words, or words that a scale of the parse
// reads as one of its grades (an alias: "Requires improvement" is how a text shortens
// "Requires improvement to be good").
bool same_grade(const ScaleRegistry& scales, const std::string& a, const std::string& b) {
  if (a == b) return true;
  for (const GradeScale& scale : scales.scales()) {
    const auto ma = scale.match(a);
    if (!ma) continue;
    const auto mb = scale.match(b);
    if (mb && mb->grade == ma->grade) return true;
  }
  return false;
}

std::string area_key(std::string_view area, const std::optional<std::string_view>& id) {
  if (id) return std::string(*id);
  // The area's letters and digits in lower case, after its determiner.
  std::string key;
  std::size_t i = 0;
  for (std::string_view det : {"the ", "its ", "their "}) {
    if (starts_with_folded(area, det)) i = det.size();
  }
  for (; i < area.size(); ++i) {
    const char c = folded_byte(area, i);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
  }
  return key;
}

class Recogniser {
 public:
  explicit Recogniser(ReportBuilder& out)
      : out_(out),
        layout_(out.layout()),
        doc_(out.report().document),
        paper_(out.profile(doc_.type) && out.profile(doc_.type)->kind == DocumentKind::paper),
        inspectorate_(out.lexicon().inspectorate_named(doc_.inspectorate.value_or(""))) {}

  void run() {
    collect();
    std::vector<Candidate> kept;
    for (Candidate& c : candidates_) {
      if (keep(c)) kept.push_back(std::move(c));
    }
    for (Candidate& c : kept) infer_type(out_, c, inspectorate_);
    std::vector<Candidate> refs = merged(std::move(kept));
    std::stable_sort(refs.begin(), refs.end(),
                     [](const Candidate& a, const Candidate& b) { return a.order < b.order; });
    for (Candidate& c : refs) emit(c);
  }

 private:
  // The scales a grade said of an earlier inspection may be read on (emit() reads it on
  // framework_scale() of the reference's type and date): those of every framework a mention may
  // name or its date may give, of a document of no known kind, and of the document's
  // inspectorate. A word none of them has is no grade of an earlier inspection.
  // The frameworks' part is worked out once a process for the built-in registries.
  std::vector<const GradeScale*> reference_scales() const {
    const bool builtin = &out_.profiles() == &ProfileRegistry::builtin() && &out_.scales() == &ScaleRegistry::builtin();
    static const std::vector<const GradeScale*> builtin_frameworks =
        framework_scales(ProfileRegistry::builtin(), ScaleRegistry::builtin());
    std::vector<const GradeScale*> scales = builtin ? builtin_frameworks : framework_scales(out_.profiles(), out_.scales());
    if (const Inspectorate* i = inspectorate_)
      add_rules(scales, i->scales, out_.scales());
    add(scales, &ScaleRegistry::builtin().scales().front());
    return scales;
  }
  static void add(std::vector<const GradeScale*>& scales, const GradeScale* s) {
    if (s && std::find(scales.begin(), scales.end(), s) == scales.end()) scales.push_back(s);
  }
  static void add_rules(std::vector<const GradeScale*>& scales, const std::vector<ScaleRule>& rules,
                        const ScaleRegistry& registry) {
    for (const ScaleRule& r : rules) {
      const GradeScale* s = registry.find(r.scale);
      add(scales, s ? s : ScaleRegistry::builtin().find(r.scale));
    }
  }
  static std::vector<const GradeScale*> framework_scales(const ProfileRegistry& profiles, const ScaleRegistry& registry) {
    std::vector<const GradeScale*> scales;
    for (const FrameworkProfile& p : profiles.profiles()) {
      if (references::may_mention(p.id) || bounded(p.held) || bounded(p.published) ||
          p.id == DocumentType::unknown.id())
        add_rules(scales, p.scales, registry);
    }
    return scales;
  }

  void collect() {
    references::ScanOptions options;
    options.lexicon = &out_.lexicon();
    options.scales = reference_scales();
    if (out_.options().resolve_yearless_dates && doc_.date) options.resolve_against = doc_.date;
    options.dated_only = !paper_;  // keep() drops an undated mention but in a paper
    references::BlockScanner scanner(options);
    std::optional<std::size_t> list_owner;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture) continue;
      references::BlockScan scan = scanner.scan(layout_, b, list_owner.has_value());
      if (list_owner) {
        for (const RawJudgement& j : scan.continued_list) add_said(candidates_[*list_owner], b, j);
        if (!scan.list_still_open) list_owner.reset();
      }
      const std::size_t first = candidates_.size();
      for (const Mention& m : scan.mentions) candidates_.push_back(candidate(b, m));
      if (scan.open_list) list_owner = first + *scan.open_list;
    }
  }

  Candidate candidate(const Block& b, const Mention& m) {
    Candidate c;
    c.type = m.type;
    c.subject = m.subject;
    c.generic = m.generic;
    c.full = m.full;
    c.qualifier = m.qualifier;
    c.possessed = m.possessed;
    c.when = m.when;
    c.published = m.published;
    c.span = layout_.span(b, m.sentence_begin, m.sentence_end);
    c.order = candidates_.size();
    for (const RawJudgement& j : m.judgements) add_said(c, b, j);
    c.days = days_of(c.when, c.published);
    return c;
  }

  // Adds what one statement says to what is said of an inspection: another statement of the same
  // grade is more evidence; a different grade for the same area is a conflict, and the first
  // statement stands.
  void add_statement(std::vector<Said>& said, Said&& s) {
    auto same = std::find_if(said.begin(), said.end(), [&](const Said& t) { return t.key == s.key; });
    if (same == said.end()) {
      said.push_back(std::move(s));
    } else if (same_grade(out_.scales(), same->grade, s.grade)) {
      same->evidence.insert(same->evidence.end(), s.evidence.begin(), s.evidence.end());
    } else if (!s.evidence.empty()) {
      out_.diagnose(Severity::warning, "reference-judgement-conflict",
                    "the text gives an earlier inspection two grades for one area: " + same->grade + " and " +
                        s.grade + "; the first is kept",
                    s.evidence.front());
    }
  }

  void merge(Candidate& into, Candidate&& from) {
    if (into.type == DocumentType::unknown) into.type = from.type;
    into.full = into.full || from.full;
    if (from.when && (!into.when || from.when->start.precision < into.when->start.precision)) {
      into.when = from.when;
      into.span = from.span;
    }
    if (from.published && (!into.published || from.published->precision < into.published->precision)) {
      into.published = from.published;
      if (!into.when) into.span = from.span;
    }
    for (Said& s : from.said) add_statement(into.said, std::move(s));
    into.order = std::min(into.order, from.order);
    into.days = days_of(into.when, into.published);
  }

  void add_said(Candidate& c, const Block& b, const RawJudgement& j) {
    Said s;
    s.area = j.area_literal.empty() ? out_.keep_block_text(b, j.area_begin, j.area_end) : j.area_literal;
    s.area_id = j.area_id;
    s.key = area_key(s.area, s.area_id);
    s.grade = j.grade;
    s.as_written = out_.keep_block_text(b, j.grade_begin, j.grade_end);
    s.evidence.push_back(layout_.span(b, j.grade_begin, j.grade_end));
    add_statement(c.said, std::move(s));
  }

  // The document's own latest date: nothing it refers to as done can be later.
  std::optional<sys_days> latest_possible() const {
    std::optional<sys_days> latest;
    if (doc_.inspection_dates && doc_.inspection_dates->range.end.ymd.ok())
      latest = last_day(doc_.inspection_dates->range.end);
    for (const std::optional<Date>& d : {doc_.date, doc_.published}) {
      if (d && d->ymd.ok() && (!latest || last_day(*d) > *latest)) latest = last_day(*d);
    }
    return latest;
  }

  bool own_dates(const Candidate& c) const {
    return c.when && doc_.inspection_dates && doc_.inspection_dates->range.start.ymd.ok() &&
           overlap(*c.when, doc_.inspection_dates->range);
  }

  bool keep(Candidate& c) const {
    if (c.qualifier == Qualifier::future) return false;
    if (c.when) {
      const auto latest = latest_possible();
      if (latest && first_day(c.when->start) > *latest) return false;
    }
    if (paper_) {
      const bool own_known = doc_.inspection_dates && doc_.inspection_dates->range.start.ymd.ok();
      // "this visit", "the recent inspection"; not "their most recent inspection" (of homes, schools).
      const bool named_as_reported =
          (c.qualifier == Qualifier::self || c.qualifier == Qualifier::recent) && !c.possessed;
      if (own_dates(c) || (named_as_reported && (!c.when || !own_known))) {
        c.reported = true;
        return true;
      }
      return c.when || c.published;
    }
    if (c.qualifier == Qualifier::self) return false;
    if (!c.when && !c.published) return false;
    // Dated within the report's own inspection, and of its kind: that inspection itself ("the
    // focused visit in 2019" in a report of an ILACS held in March 2019 is another).
    const bool same_kind = c.type == DocumentType::unknown || c.type == doc_.type ||
                           (doc_.type == DocumentType::sif && c.type == DocumentType::lscb_review);
    if (same_kind && own_dates(c)) return false;
    const bool own_known = doc_.inspection_dates && doc_.inspection_dates->range.start.ymd.ok();
    if (!own_known && c.qualifier == Qualifier::none && (c.generic || c.type == doc_.type)) return false;
    return true;
  }

  std::vector<Candidate> merged(std::vector<Candidate> kept) {
    std::vector<Candidate> refs;
    bool full_warned = false;
    auto push = [&](Candidate&& c) {
      if (refs.size() >= max_references) {
        if (!full_warned) {
          out_.diagnose(Severity::info, "references-truncated",
                        "more references than the recogniser keeps; later ones are left out", c.span);
          full_warned = true;
        }
        return;
      }
      refs.push_back(std::move(c));
    };
    // The inspection a committee paper or news item reports: one reference.
    std::optional<std::size_t> reported;
    for (Candidate& c : kept) {
      if (!c.reported) continue;
      if (!reported) {
        refs.push_back(std::move(c));
        reported = refs.size() - 1;
        continue;
      }
      Candidate& r = refs[*reported];
      if (r.type == DocumentType::unknown || (!r.when && c.when && c.type != DocumentType::unknown)) {
        if (c.type != DocumentType::unknown) r.type = c.type;
      }
      c.type = r.type;
      merge(r, std::move(c));
    }
    if (reported) {
      Candidate& r = refs[*reported];
      if (!r.when && doc_.inspection_dates && doc_.inspection_dates->range.start.ymd.ok()) {
        r.when = doc_.inspection_dates->range;
        r.days = days_of(r.when, r.published);
      }
    }
    // Mentions that name a framework: one reference per inspection.
    for (Candidate& c : kept) {
      if (c.reported || c.type == DocumentType::unknown) continue;
      auto same = std::find_if(refs.begin(), refs.end(), [&](const Candidate& r) {
        return !r.reported && r.type == c.type && r.subject == c.subject && compatible(r, c);
      });
      if (same != refs.end()) {
        merge(*same, std::move(c));
      } else {
        push(std::move(c));
      }
    }
    // Plain mentions: with the one inspection their dates fit, else on their own.
    for (Candidate& c : kept) {
      if (c.reported || c.type != DocumentType::unknown) continue;
      std::vector<std::size_t> fits;
      for (std::size_t i = 0; i < refs.size(); ++i) {
        const Candidate& r = refs[i];
        if (r.reported || r.type == DocumentType::unknown || is_visit(out_, r.type) || !compatible(r, c)) continue;
        fits.push_back(i);
      }
      if (fits.size() == 1) {
        merge(refs[fits.front()], std::move(c));
        continue;
      }
      if (fits.size() > 1 && c.said.empty()) continue;  // one of them, already said
      auto same = std::find_if(refs.begin(), refs.end(), [&](const Candidate& r) {
        return !r.reported && r.type == DocumentType::unknown && compatible(r, c);
      });
      if (same != refs.end()) {
        merge(*same, std::move(c));
      } else {
        push(std::move(c));
      }
    }
    // What several plain mentions say together can make a full inspection of a known framework.
    std::vector<Candidate> out;
    for (Candidate& r : refs) {
      if (r.type == DocumentType::unknown && !r.reported) {
        infer_type(out_, r, inspectorate_);
        if (r.type != DocumentType::unknown) {
          auto same = std::find_if(out.begin(), out.end(), [&](const Candidate& o) {
            return !o.reported && o.type == r.type && o.subject == r.subject && compatible(o, r);
          });
          if (same != out.end()) {
            merge(*same, std::move(r));
            continue;
          }
        }
      }
      out.push_back(std::move(r));
    }
    return out;
  }

  void emit(const Candidate& c) {
    Reference ref;
    ref.type = c.type;
    if (c.when) {
      ref.start = c.when->start;
      ref.end = c.when->end;
    }
    ref.published = c.published;
    ref.span = c.span;
    std::optional<Date> date = c.when ? std::optional<Date>(c.when->start) : c.published;
    const GradeScale& scale = framework_scale(out_.scales(), out_.lexicon(), c.type, doc_.inspectorate.value_or(""), date);
    for (const Said& s : c.said) {
      const auto match = scale.match(s.grade);
      if (!match) continue;
      Judgement j;
      j.area = s.area;
      if (s.area_id) j.area_id = out_.keep_profile_text(*s.area_id);
      j.grade = out_.keep(match->grade->label);
      j.code = match->grade->code;
      j.scale = out_.keep(scale.id());
      j.band = match->grade->band;
      j.as_written = s.as_written;
      j.evidence = s.evidence;
      ref.judgements.push_back(std::move(j));
    }
    out_.report().references.push_back(std::move(ref));
  }

  ReportBuilder& out_;
  const Layout& layout_;
  const Document& doc_;
  const bool paper_;
  const Inspectorate* inspectorate_;  // the document's, whose frameworks its earlier inspections are of
  std::vector<Candidate> candidates_;
};

}  // namespace

void recognise_references(ReportBuilder& out) { Recogniser(out).run(); }

}  // namespace judgement::detail
