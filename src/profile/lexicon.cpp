#include "profile/lexicon.hpp"

#include <algorithm>

namespace judgement::detail {

std::size_t find_phrase(std::string_view hay, std::string_view phrase, std::size_t from, std::size_t* end) {
  if (phrase.empty()) return std::string_view::npos;
  // The part before the first apostrophe is found as it stands; the rest is compared passing
  // over the two \x01 bytes the folded text pads a typographic apostrophe with.
  const std::string_view head = phrase.substr(0, phrase.find('\''));
  for (std::size_t at = hay.find(head, from); at != std::string_view::npos; at = hay.find(head, at + 1)) {
    const char before = at == 0 ? ' ' : hay[at - 1];
    if ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9')) continue;
    std::size_t i = at + head.size(), k = head.size();
    while (k < phrase.size() && i < hay.size()) {
      if (hay[i] == '\x01' && phrase[k] == '\'') {
        ++i;
        continue;
      }
      if (hay[i] != phrase[k]) break;
      ++i;
      ++k;
    }
    const char after = i < hay.size() ? hay[i] : ' ';
    if (k == phrase.size() && !((after >= 'a' && after <= 'z') || (after >= '0' && after <= '9'))) {
      if (end) *end = i;
      return at;
    }
  }
  return std::string_view::npos;
}

Lexicon::Lexicon(const ProfileRegistry& registry) : registry_(&registry) {
  for (const FrameworkProfile& p : registry.profiles()) {
    for (const std::string& t : p.titles) titles_.push_back(ProfileRow{t, &p});
    for (const std::string& c : p.contents) contents_.push_back(ProfileRow{c, &p});
    for (const AreaRule& a : p.areas) {
      for (const std::string& phrase : a.phrases) {
        const bool seen = std::any_of(areas_.begin(), areas_.end(), [&](const AreaRow& r) { return r.phrase == phrase; });
        if (!seen) areas_.push_back(AreaRow{phrase, a.id});
      }
    }
  }
  for (const Inspectorate& i : registry.inspectorates()) {
    for (const std::string& m : i.mentions) mentions_.push_back(MentionRow{m, &i});
  }
}

std::optional<Lexicon::AreaHit> Lexicon::area(std::string_view folded) const {
  std::optional<AreaHit> best;
  for (const AreaRow& row : areas_) {
    std::size_t end = 0;
    const std::size_t at = find_phrase(folded, row.phrase, 0, &end);
    if (at == std::string_view::npos) continue;
    if (!best || at < best->at || (at == best->at && end > best->end)) best = AreaHit{row.id, at, end};
  }
  return best;
}

const Inspectorate* Lexicon::inspectorate_named(std::string_view name) const noexcept {
  for (const Inspectorate& i : registry_->inspectorates()) {
    if (i.name == name) return &i;
  }
  return nullptr;
}

}  // namespace judgement::detail
