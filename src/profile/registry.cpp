// ProfileRegistry: the built-in profiles (read from src/profile/builtin.profiles, compiled in)
// and those a user adds, with their phrases compiled into a Lexicon for the recognisers.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "judgement/profile.hpp"
#include "profile/define.hpp"
#include "profile/lexicon.hpp"

namespace judgement::detail {
extern const std::string_view builtin_profiles_text;
}

JUDGEMENT_BEGIN_NAMESPACE

std::string_view to_string(DocumentKind kind) noexcept {
  switch (kind) {
    case DocumentKind::report: return "report";
    case DocumentKind::letter: return "letter";
    case DocumentKind::paper: return "paper";
  }
  return "report";
}

bool DayWindow::holds(const Date& first, const Date& last) const noexcept {
  return (!from || !(first.ymd < from->ymd)) && (!to || !(to->ymd < last.ymd));
}

ProfileRegistry::ProfileRegistry() { compile(); }
// A copy compiles its own lexicon: the lexicon points into the registry it was compiled for.
// (Moving is copying, for the same reason.)
ProfileRegistry::ProfileRegistry(const ProfileRegistry& other)
    : inspectorates_(other.inspectorates_), profiles_(other.profiles_), phrase_lists_(other.phrase_lists_) {
  compile();
}
ProfileRegistry& ProfileRegistry::operator=(const ProfileRegistry& other) {
  if (this != &other) {
    inspectorates_ = other.inspectorates_;
    profiles_ = other.profiles_;
    phrase_lists_ = other.phrase_lists_;
    compile();
  }
  return *this;
}
ProfileRegistry::~ProfileRegistry() = default;

void ProfileRegistry::compile() { lexicon_ = std::make_shared<const detail::Lexicon>(*this); }

const ProfileRegistry& ProfileRegistry::builtin() {
  static const ProfileRegistry registry = [] {
    ProfileRegistry r;
    // The built-in text is tested to define cleanly (tests/profile); were it ever not to, the
    // registry stays empty rather than half made.
    if (auto set = detail::read_profiles(detail::builtin_profiles_text, r)) {
      r.inspectorates_ = std::move(set->inspectorates);
      r.profiles_ = std::move(set->profiles);
      r.phrase_lists_ = std::move(set->phrase_lists);
      r.compile();
    }
    return r;
  }();
  return registry;
}

const FrameworkProfile* ProfileRegistry::find(std::string_view id) const noexcept {
  for (const FrameworkProfile& p : profiles_) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const Inspectorate* ProfileRegistry::find_inspectorate(std::string_view id) const noexcept {
  for (const Inspectorate& i : inspectorates_) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

Result<std::vector<std::string>> ProfileRegistry::define(std::string_view text) {
  Result<ProfileSet> set = detail::read_profiles(text, *this);
  if (!set) return set.error();
  std::vector<std::string> ids;
  ProfileRegistry next(*this);
  for (Inspectorate& i : set->inspectorates) next.inspectorates_.push_back(std::move(i));
  for (FrameworkProfile& p : set->profiles) {
    ids.push_back(p.id);
    next.profiles_.push_back(std::move(p));
  }
  for (PhraseList& l : set->phrase_lists) next.phrase_lists_.push_back(std::move(l));
  *this = next;
  return ids;
}

Result<ProfileSet> define_profiles(std::string_view text) {
  return detail::read_profiles(text, ProfileRegistry::builtin());
}

JUDGEMENT_END_NAMESPACE
