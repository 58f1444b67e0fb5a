#include "profile/lexicon.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "source/fold.hpp"

namespace judgement::detail {

namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// The end of `phrase` matched at hay[at], passing over the two \x01 bytes the folded text pads a
// typographic apostrophe with, and ending a word (unless `anywhere`); npos when it does not
// match there.
std::size_t match_at(std::string_view hay, std::size_t at, std::string_view phrase, bool anywhere = false) {
  std::size_t i = at, k = 0;
  while (k < phrase.size() && i < hay.size()) {
    if (hay[i] == '\x01' && phrase[k] == '\'') {
      ++i;
      continue;
    }
    if (hay[i] != phrase[k]) return std::string_view::npos;
    ++i;
    ++k;
  }
  if (k < phrase.size() || (!anywhere && i < hay.size() && alnum(hay[i]))) return std::string_view::npos;
  return i;
}

}  // namespace

std::size_t find_phrase(std::string_view hay, std::string_view phrase, std::size_t from, std::size_t* end) {
  if (phrase.empty()) return std::string_view::npos;
  // The part before the first apostrophe is found as it stands (a fast search); the rest is
  // compared from there.
  const std::string_view head = phrase.substr(0, phrase.find('\''));
  for (std::size_t at = hay.find(head, from); at != std::string_view::npos; at = hay.find(head, at + 1)) {
    if (at > 0 && alnum(hay[at - 1])) continue;
    const std::size_t e = match_at(hay, at, phrase);
    if (e == std::string_view::npos) continue;
    if (end) *end = e;
    return at;
  }
  return std::string_view::npos;
}

std::size_t find_in_folded(std::string_view hay, std::string_view phrase, std::size_t from, std::size_t* end) {
  const std::size_t apostrophe = phrase.find('\'');
  if (apostrophe == std::string_view::npos) {
    const std::size_t at = hay.find(phrase, from);
    if (end && at != std::string_view::npos) *end = at + phrase.size();
    return at;
  }
  const std::string_view head = phrase.substr(0, apostrophe);
  for (std::size_t at = hay.find(head, from); at != std::string_view::npos; at = hay.find(head, at + 1)) {
    const std::size_t e = match_at(hay, at, phrase, true);
    if (e == std::string_view::npos) continue;
    if (end) *end = e;
    return at;
  }
  return std::string_view::npos;
}

std::size_t phrase_at(std::string_view hay, std::size_t at, std::string_view phrase) {
  if (phrase.empty() || at >= hay.size() || (at > 0 && alnum(hay[at - 1]))) return std::string_view::npos;
  return match_at(hay, at, phrase);
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
  for (const PhraseList& l : registry.phrase_lists()) {
    for (std::size_t k = 0; k < std::size(phrase_list_names); ++k) {
      if (phrase_list_names[k].reader != l.reader || phrase_list_names[k].id != l.id) continue;
      lists_[k].insert(lists_[k].end(), l.phrases.begin(), l.phrases.end());
    }
  }
  choose_triggers();
  // Area rows by their first byte, each byte's rows in [area_bucket_[b], area_bucket_[b + 1]).
  std::stable_sort(areas_.begin(), areas_.end(), [](const AreaRow& a, const AreaRow& b) {
    return static_cast<unsigned char>(a.phrase.front()) < static_cast<unsigned char>(b.phrase.front());
  });
  area_bucket_.assign(257, 0);
  for (const AreaRow& row : areas_) ++area_bucket_[static_cast<unsigned char>(row.phrase.front()) + 1u];
  for (std::size_t b = 1; b < area_bucket_.size(); ++b) area_bucket_[b] += area_bucket_[b - 1];
}

void Lexicon::choose_triggers() {
  // The heads as word numbers, the words numbered in the order they first appear.
  std::vector<std::string_view> words;
  std::vector<std::vector<std::uint32_t>> heads;
  for (const Phrases list : one_inspection_heads) {
    for (const std::string& phrase : phrases(list)) {
      std::vector<std::uint32_t> head;
      std::string_view rest = phrase;
      while (!rest.empty()) {
        const std::size_t sp = rest.find(' ');
        if (sp != 0) {
          const std::string_view w = rest.substr(0, sp);
          const auto id = static_cast<std::uint32_t>(std::find(words.begin(), words.end(), w) - words.begin());
          if (id == words.size()) words.push_back(w);
          if (std::find(head.begin(), head.end(), id) == head.end()) head.push_back(id);
        }
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      }
      if (!head.empty()) heads.push_back(std::move(head));
    }
  }
  // Greedily: the word in the most heads not yet covered (of two, the longer; of two as long,
  // the first to appear), until every head is covered.
  std::vector<bool> covered(heads.size(), false);
  std::vector<std::uint32_t> count(words.size());
  for (;;) {
    std::fill(count.begin(), count.end(), 0);
    for (std::size_t h = 0; h < heads.size(); ++h) {
      if (!covered[h]) {
        for (const std::uint32_t w : heads[h]) ++count[w];
      }
    }
    std::size_t best = words.size();
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (count[w] == 0) continue;
      if (best == words.size() || count[w] > count[best] ||
          (count[w] == count[best] && words[w].size() > words[best].size()))
        best = w;
    }
    if (best == words.size()) break;
    triggers_.emplace_back(words[best]);
    for (std::size_t h = 0; h < heads.size(); ++h) {
      if (std::find(heads[h].begin(), heads[h].end(), best) != heads[h].end()) covered[h] = true;
    }
  }
}

std::optional<Lexicon::AreaHit> Lexicon::area(std::string_view text) const {
  // One pass, word start to word start: at each, the phrases that begin with its first byte,
  // folded. The text is read as written (source/fold.hpp), not folded into a copy.
  for (std::size_t at = 0; at < text.size();) {
    const char c = folded_byte(text, at);
    const auto b = static_cast<unsigned char>(c);
    std::optional<AreaHit> best;
    for (std::uint32_t r = area_bucket_[b]; r < area_bucket_[b + 1u]; ++r) {
      // At a word start already: the phrase, then the end of a word.
      const std::size_t end = match_folded(text, at, areas_[r].phrase);
      if (end == std::string_view::npos || (end < text.size() && written_word_byte(text[end]))) continue;
      if (!best || end > best->end) best = AreaHit{areas_[r].id, at, end};
    }
    if (best) return best;
    ++at;
    if (folded_word_byte(c)) {
      while (at < text.size() && written_word_byte(text[at])) ++at;
      // The byte after a word starts no phrase either: a phrase starts after no letter or digit
      // (a user's "\u0175yr" is not read inside "ab\u0175yr").
      ++at;
    }
  }
  return std::nullopt;
}

const Inspectorate* Lexicon::inspectorate_named(std::string_view name) const noexcept {
  for (const Inspectorate& i : registry_->inspectorates()) {
    if (i.name == name) return &i;
  }
  return nullptr;
}

}  // namespace judgement::detail
