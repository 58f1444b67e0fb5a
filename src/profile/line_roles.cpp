#include "profile/line_roles.hpp"

#include <algorithm>

#include "judgement/profile.hpp"
#include "profile/lexicon.hpp"
#include "source/fold.hpp"

namespace judgement::detail {
namespace {

// Cells of a line set apart by wide gaps (a tab, three spaces or more), and the last few words
// of its last cell: the places a grade stands in a table row or a heading.
std::vector<std::string_view> grade_places(std::string_view content) {
  std::vector<std::string_view> places;
  for (std::size_t at = 0; at < content.size();) {
    std::size_t end = at;
    while (end < content.size() && content[end] != '\t' &&
           !(content[end] == ' ' && end + 2 < content.size() && content[end + 1] == ' ' && content[end + 2] == ' ')) {
      ++end;
    }
    places.push_back(content.substr(at, end - at));
    while (end < content.size() && (content[end] == ' ' || content[end] == '\t')) ++end;
    at = end;
  }
  if (places.empty()) return places;
  const std::string_view last = places.back();
  std::size_t words = 0;
  for (std::size_t i = last.size(); i-- > 1 && words < 5;) {
    if (last[i - 1] == ' ' && last[i] != ' ') {
      places.push_back(last.substr(i));
      ++words;
    }
  }
  return places;
}

}  // namespace

LineRoles::WordSet::WordSet(const std::vector<std::string>& words) : words_(words) {
  auto add_first = [&](unsigned char first) { firsts_[first >> 6] |= std::uint64_t{1} << (first & 63); };
  for (const std::string& w : words_) {
    if (w.empty()) continue;
    // A typographic apostrophe in the text is two bytes longer than the row's "'".
    longest_ = std::max(longest_, w.size() + 2 * static_cast<std::size_t>(std::count(w.begin(), w.end(), '\'')));
    add_first(static_cast<unsigned char>(w.front()));
    // A row's "'" is met by a typographic apostrophe too, whose first byte this is.
    if (w.front() == '\'') add_first(0xE2);
  }
}

std::size_t LineRoles::WordSet::prefix(std::string_view text) const noexcept {
  std::size_t longest = 0;
  for (const std::string& w : words_) {
    const std::size_t size = folded_prefix(text, w);
    if (size != std::string_view::npos) longest = std::max(longest, size);
  }
  return longest;
}

bool LineRoles::WordSet::holds(std::string_view word) const noexcept {
  return std::any_of(words_.begin(), words_.end(), [&](const std::string& w) { return equal_folded(word, w); });
}

LineRoles::LineRoles(const ScaleRegistry& scales, const Lexicon& lexicon)
    : scales_(&scales),
      keys_(&grade_words_of(scales, own_keys_)),
      run_on_(lexicon.phrases(Phrases::label_run_on)),
      suspenders_(lexicon.phrases(Phrases::suspended_hyphen)),
      page_words_(lexicon.phrases(Phrases::page_word)),
      page_total_words_(lexicon.phrases(Phrases::page_total_word)) {
  for (const std::string& s : lexicon.phrases(Phrases::salutation)) {
    greetings_.push_back(s + ' ');
    // A typographic apostrophe in the text is two bytes longer than the row's "'".
    const auto apostrophes = static_cast<std::size_t>(std::count(s.begin(), s.end(), '\''));
    opening_size_ = std::max(opening_size_, s.size() + 1 + 2 * apostrophes);
  }
}

// It opens with a key word and names a number: most lines are ruled out by these, before any
// scale reads them.
bool LineRoles::states_grade_by_number(std::string_view content) const {
  const WordSpan first = next_word(content, 0);
  if (first.begin != 0 || !keys_->key(first.in(content))) return false;
  if (std::none_of(content.begin(), content.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  for (const GradeScale& scale : scales_->scales()) {
    const auto m = scale.match(content);
    if (m && m->by_code) return true;
  }
  return false;
}

bool LineRoles::never_furniture(std::string_view content) const {
  if (content.size() > 200) return false;  // a line of prose, not a row or a heading
  // A line without a key word of any scale states no grade (most repeated lines: titles, dates,
  // page numbers).
  if (keys_->find(content) == std::string_view::npos) return false;
  const std::vector<std::string_view> places = grade_places(content);
  for (const GradeScale& scale : scales_->scales()) {
    for (std::string_view p : places) {
      if (!p.empty() && p.size() <= 60 && scale.match(p)) return true;
    }
  }
  return false;
}

bool LineRoles::sets_apart(std::string_view opening) const {
  return std::any_of(greetings_.begin(), greetings_.end(),
                     [&](const std::string& s) { return starts_with_folded(opening, s); });
}

const LineRoles& line_roles_of(const ScaleRegistry& scales, const Lexicon& lexicon, std::optional<LineRoles>& storage) {
  if (&scales == &ScaleRegistry::builtin() && &lexicon == &ProfileRegistry::builtin().lexicon()) {
    static const LineRoles builtin(ScaleRegistry::builtin(), ProfileRegistry::builtin().lexicon());
    return builtin;
  }
  return storage.emplace(scales, lexicon);
}

}  // namespace judgement::detail
