#include "recognise/document_phrases.hpp"

#include <algorithm>
#include <type_traits>
#include <utility>

#include "judgement/profile.hpp"
#include "profile/phrase.hpp"

namespace judgement::detail {
namespace {

std::vector<std::pair<std::string_view, std::uint32_t>> tagged(std::initializer_list<const std::vector<std::string>*> lists) {
  std::vector<std::pair<std::string_view, std::uint32_t>> rows;
  std::uint32_t tag = 1;
  for (const std::vector<std::string>* list : lists) {
    for (const std::string& p : *list) rows.emplace_back(p, tag);
    tag <<= 1;
  }
  return rows;
}

}  // namespace

PhraseSet::PhraseSet(std::initializer_list<const std::vector<std::string>*> lists) : PhraseSet(tagged(lists)) {}

PhraseSet::PhraseSet(std::vector<std::pair<std::string_view, std::uint32_t>> rows) {
  std::vector<std::uint32_t> order;
  for (std::uint32_t r = 0; r < rows.size(); ++r) {
    if (!rows[r].first.empty()) order.push_back(r);  // find_phrase finds no empty phrase
  }
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return static_cast<unsigned char>(rows[a].first.front()) < static_cast<unsigned char>(rows[b].first.front());
  });
  for (const std::uint32_t r : order) {
    phrases_.push_back(rows[r].first);
    tags_.push_back(rows[r].second);
    rows_.push_back(r);
    apostrophes_.push_back(static_cast<std::uint32_t>(std::count(rows[r].first.begin(), rows[r].first.end(), '\'')));
  }
  for (std::string_view p : phrases_) {
    const auto c = static_cast<unsigned char>(p.front());
    ++bucket_[c + 1u];
    starts_[c >> 6] |= std::uint64_t{1} << (c & 63);
    // A phrase's apostrophe matches the folded text's padding before it ("\x01\x01'").
    if (c == '\'') {
      starts_[0] |= std::uint64_t{1} << 1;
      any_second_[0] |= std::uint64_t{1} << 1;
    }
    if (p.size() < 2 || c == '\'' || p[1] == '\'') {
      any_second_[c >> 6] |= std::uint64_t{1} << (c & 63);
    } else {
      const std::size_t k = pair_key(c, static_cast<unsigned char>(p[1]));
      pairs_[k >> 6] |= std::uint64_t{1} << (k & 63);
    }
  }
  for (std::size_t b = 1; b < bucket_.size(); ++b) bucket_[b] += bucket_[b - 1];
}

template <class Hay>
std::size_t PhraseSet::longest_in(const Hay& hay, std::size_t at) const {
  if (at >= hay.size()) return npos;
  const auto c = static_cast<unsigned char>(hay[at]);
  if (!may_start(c)) return npos;
  std::size_t best = npos;
  auto try_bucket = [&](unsigned char b) {
    for (std::uint32_t r = bucket_[b]; r < bucket_[b + 1u]; ++r) {
      const std::size_t e = match(hay, at, phrases_[r]);
      if (e != npos && (best == npos || e > best)) best = e;
    }
  };
  try_bucket(c);
  if (c == '\x01') try_bucket('\'');
  return best;
}

template <class Hay>
std::size_t PhraseSet::first_in(const Hay& hay, std::size_t from, std::size_t* end) const {
  // Word start to word start: the rest of a word is passed over without a look at the list.
  std::size_t at = from;
  if (at > 0 && at < hay.size() && word_at(hay, at - 1)) {
    while (at < hay.size() && word_at(hay, at)) ++at;
  }
  while (at < hay.size()) {
    const char c = hay[at];
    if (may_start_at(hay, at)) {
      const std::size_t e = longest_in(hay, at);
      if (e != npos) {
        if (end) *end = e;
        return at;
      }
    }
    ++at;
    if (folded_word_byte(c)) {
      while (at < hay.size() && word_at(hay, at)) ++at;
    }
  }
  if (end) *end = 0;
  return npos;
}

template <class Hay>
std::size_t PhraseSet::ending_in(const Hay& hay, std::size_t end) const {
  if constexpr (std::is_same_v<Hay, FoldedView>) {
    // Text as written without a \x01 of its own: a phrase that ends at `end` starts its length
    // before it, and up to two bytes more for each "'" met by a typographic apostrophe (whose
    // \x01 bytes it passes over, from the first or, at the phrase's start, from the second).
    // Each phrase is tried at those places only, the leftmost kept.
    if (end <= hay.size() && hay.text.find('\x01') == std::string_view::npos) {
      std::size_t best = npos;
      for (std::size_t r = 0; r < phrases_.size(); ++r) {
        const std::string_view p = phrases_[r];
        for (std::size_t extra = 0; extra <= 2u * std::size_t{apostrophes_[r]}; ++extra) {
          const std::size_t length = p.size() + extra;
          if (length > end) break;
          const std::size_t at = end - length;
          if (at < best && match(hay, at, p) == end) best = at;
        }
      }
      return best;
    }
  }
  for (std::size_t at = 0; at < end && at < hay.size(); ++at) {
    if (!may_start_at(hay, at) || (at > 0 && word_at(hay, at - 1))) continue;
    const auto c = static_cast<unsigned char>(hay[at]);
    auto ends_there = [&](unsigned char b) {
      for (std::uint32_t r = bucket_[b]; r < bucket_[b + 1u]; ++r) {
        if (match(hay, at, phrases_[r]) == end) return true;
      }
      return false;
    };
    if (ends_there(c) || (c == '\x01' && ends_there('\''))) return at;
  }
  return npos;
}

std::size_t PhraseSet::first(std::string_view folded, std::size_t from, std::size_t* end) const {
  return first_in(folded, from, end);
}
std::size_t PhraseSet::first(FoldedView text, std::size_t from, std::size_t* end) const {
  return first_in(text, from, end);
}
std::size_t PhraseSet::longest_at(std::string_view folded, std::size_t at) const { return longest_in(folded, at); }
std::size_t PhraseSet::longest_at(FoldedView text, std::size_t at) const { return longest_in(text, at); }
std::size_t PhraseSet::ending_at(std::string_view folded, std::size_t end) const { return ending_in(folded, end); }
std::size_t PhraseSet::ending_at(FoldedView text, std::size_t end) const { return ending_in(text, end); }

std::uint32_t PhraseSet::lists_in(std::string_view hay, std::uint32_t enough) const {
  std::uint32_t found = 0;
  for (std::size_t at = 0; at < hay.size();) {
    const char c = hay[at];
    if (may_start_at(hay, at) && (at == 0 || !word_at(hay, at - 1))) {
      auto try_bucket = [&](unsigned char b) {
        for (std::uint32_t r = bucket_[b]; r < bucket_[b + 1u]; ++r) {
          if ((found & tags_[r]) == 0 && phrase_at(hay, at, phrases_[r]) != npos) found |= tags_[r];
        }
      };
      try_bucket(static_cast<unsigned char>(c));
      if (c == '\x01') try_bucket('\'');
      if (found & enough) return found;
    }
    ++at;
    if (folded_word_byte(c)) {
      while (at < hay.size() && word_at(hay, at)) ++at;
    }
  }
  return found;
}

bool PhraseSet::is_one(std::string_view s) const {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s.front());
  for (std::uint32_t r = bucket_[c]; r < bucket_[c + 1u]; ++r) {
    if (phrases_[r] == s) return true;
  }
  return false;
}

bool PhraseSet::is_one(FoldedView text) const {
  if (text.size() == 0) return false;
  const auto c = static_cast<unsigned char>(text[0]);
  for (std::uint32_t r = bucket_[c]; r < bucket_[c + 1u]; ++r) {
    if (equal_folded(text.text, phrases_[r])) return true;
  }
  return false;
}

std::size_t find_spaced(std::string_view text, std::string_view needle, std::size_t from, std::size_t* end) {
  const std::string_view rest = needle.substr(1);
  for (std::size_t found = find_in_folded(text, rest, from + 1, end); found != std::string_view::npos;
       found = find_in_folded(text, rest, found + 1, end)) {
    if (text[found - 1] == needle.front()) return found - 1;
  }
  return std::string_view::npos;
}

namespace {

std::vector<std::string> spaced(const std::vector<std::string>& phrases, std::string_view before, std::string_view after) {
  std::vector<std::string> out;
  out.reserve(phrases.size());
  for (const std::string& p : phrases) out.push_back(std::string(before) + p + std::string(after));
  return out;
}

// A lexicon's rows as a PhraseSet's, each phrase's row its index.
template <class Row>
std::vector<std::pair<std::string_view, std::uint32_t>> rows_of(const std::vector<Row>& rows) {
  std::vector<std::pair<std::string_view, std::uint32_t>> out;
  for (const Row& row : rows) out.emplace_back(row.phrase, 0);
  return out;
}

}  // namespace

DocumentPhrases::DocumentPhrases(const Lexicon& lexicon)
    : provider_head(lexicon.phrases(Phrases::provider_head)),
      provider_end(lexicon.phrases(Phrases::provider_end)),
      not_provider(lexicon.phrases(Phrases::not_provider)),
      address(lexicon.phrases(Phrases::address)),
      inspector_lead(lexicon.phrases(Phrases::inspector_lead)),
      not_inspector(lexicon.phrases(Phrases::not_inspector)),
      signer(lexicon.phrases(Phrases::signer)),
      committee_opening(lexicon.phrases(Phrases::committee_opening)),
      news_opening(lexicon.phrases(Phrases::news_opening)),
      news_said(lexicon.phrases(Phrases::news_said)),
      news_speaker(lexicon.phrases(Phrases::news_speaker)),
      role_word(lexicon.phrases(Phrases::role_word)),
      lead_role(lexicon.phrases(Phrases::lead_role)),
      not_team_role(lexicon.phrases(Phrases::not_team_role)),
      not_place(lexicon.phrases(Phrases::not_place)),
      not_name_start(lexicon.phrases(Phrases::not_name_start)),
      committee({&lexicon.phrases(Phrases::committee_cover), &lexicon.phrases(Phrases::committee_body)}),
      titles(rows_of(lexicon.titles())),
      visit_subjects(lexicon.phrases(Phrases::visit_date_subject)),
      visit_leads(spaced(lexicon.phrases(Phrases::visit_date_lead), " ", " ")),
      inspector_line_leads(spaced(lexicon.phrases(Phrases::inspector_line_lead), "", " ")),
      honorifics(spaced(lexicon.phrases(Phrases::honorific), "", " ")),
      place_befores(spaced(lexicon.phrases(Phrases::place_before), " ", " ")),
      list_ands(spaced(lexicon.phrases(Phrases::list_and), " ", " ")),
      open_ends(spaced(lexicon.phrases(Phrases::open_end), " ", "")),
      title_rests(spaced(lexicon.phrases(Phrases::title_rest), " ", "")) {
  // A plural and its singular, row after row (the profile language takes them only in pairs).
  const std::vector<std::string>& plurals = lexicon.phrases(Phrases::role_plural);
  // Each role in the plural: its last word, where it is a pair's singular, made the plural
  // ("hmi" -> "hmis"), a row not already listed. All made before inspector_role holds views of them.
  const std::vector<std::string>& roles = lexicon.phrases(Phrases::inspector_role);
  for (const std::string& role : roles) {
    const std::size_t space = role.rfind(' ');
    const std::size_t last = space == std::string::npos ? 0 : space + 1;
    for (std::size_t r = 0; r + 1 < plurals.size(); r += 2) {
      if (plurals[r].empty() || plurals[r] == plurals[r + 1] ||
          std::string_view(role).substr(last) != plurals[r + 1])
        continue;
      std::string plural = role.substr(0, last) + plurals[r];
      if (std::find(roles.begin(), roles.end(), plural) == roles.end() &&
          std::find(inspector_role_plurals.begin(), inspector_role_plurals.end(), plural) ==
              inspector_role_plurals.end()) {
        inspector_role_plurals.push_back(std::move(plural));
      }
    }
  }
  std::vector<std::pair<std::string_view, std::uint32_t>> role_rows;
  for (const std::string& role : roles) role_rows.emplace_back(role, 1);
  for (const std::string& role : inspector_role_plurals) role_rows.emplace_back(role, 1);
  for (const auto& [role, tag] : role_rows) inspector_role_worded.push_back(role_word.in(role) ? 1 : 0);
  inspector_role = PhraseSet(std::move(role_rows));
  auto may_start = [&](char c) {
    if (plural_starts.find(c) == std::string::npos) plural_starts += c;
  };
  for (std::size_t r = 0; r + 1 < plurals.size(); r += 2) {
    if (plurals[r].empty()) continue;
    role_plurals.push_back({plurals[r], plurals[r + 1], plurals[r].find('\'') == std::string::npos});
    // A plural's first byte as it may be written: a letter in either case, an apostrophe plain
    // or typographic (whose first byte is 0xE2).
    const char c = plurals[r].front();
    may_start(c);
    if (c >= 'a' && c <= 'z') may_start(static_cast<char>(c - 'a' + 'A'));
    if (c == '\'') may_start('\xE2');
  }
  for (const Lexicon::MentionRow& row : lexicon.mentions()) {
    inspectorate_names.emplace_back(row.phrase, row.inspectorate);
    inspectorate_names.emplace_back(phrase_key(row.inspectorate->name), row.inspectorate);
  }
}

std::optional<std::string> DocumentPhrases::singular(std::string_view role) const {
  // The leftmost plural of the role, the longest there: the pairs are tried only where a byte a
  // plural can start with is found (a role is read for every list of people, most with no
  // plural), each byte's places left of the best so far.
  std::size_t at = std::string_view::npos, end = 0;
  std::string_view one;
  for (const char b : plural_starts) {
    for (std::size_t i = role.find(b); i < at && i != std::string_view::npos; i = role.find(b, i + 1)) {
      for (const RolePlural& p : role_plurals) {
        // Cheap tests first: the plural fits in the rest of the role, and, where it has no "'"
        // (which a typographic apostrophe writes in three bytes), ends with its own last byte.
        if (i + p.plural.size() > role.size() ||
            (p.plain && fold_letter(role[i + p.plural.size() - 1]) != p.plural.back()))
          continue;
        const std::size_t e = phrase_at_folded(role, i, p.plural);
        if (e == std::string_view::npos || (i == at && e <= end)) continue;
        at = i;
        end = e;
        one = p.singular;
      }
    }
  }
  if (at == std::string_view::npos) return std::nullopt;
  std::string out(role.substr(0, at));
  if (const std::size_t cut = match_folded(role, at, one); cut != std::string_view::npos && cut <= end) {
    out += role.substr(at, cut - at);  // the word as written, cut to its singular
  } else {
    // The singular row (lower case) in the plural's place: capitalised as the plural was written
    // ("Arolygwyr" -> "Arolygydd"), in capitals where it was in capitals.
    const std::string_view word = role.substr(at, end - at);
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const bool capital = word.front() >= 'A' && word.front() <= 'Z';
    const bool capitals = capital && word.size() > 1 && std::none_of(word.begin(), word.end(), lower);
    const std::size_t from = out.size();
    out += one;
    for (std::size_t i = from; i < out.size(); ++i) {
      if ((capitals || (capital && i == from)) && lower(out[i])) {
        out[i] = static_cast<char>(out[i] - 'a' + 'A');
      }
    }
  }
  out += role.substr(end);
  return out;
}

const DocumentPhrases& DocumentPhrases::of(const Lexicon& lexicon, std::optional<DocumentPhrases>& own) {
  const Lexicon& builtin = ProfileRegistry::builtin().lexicon();
  if (&lexicon == &builtin) {
    static const DocumentPhrases compiled(builtin);
    return compiled;
  }
  return own.emplace(lexicon);
}

}  // namespace judgement::detail
