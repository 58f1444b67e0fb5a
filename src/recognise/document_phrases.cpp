#include "recognise/document_phrases.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

#include "judgement/profile.hpp"

namespace judgement::detail {
namespace {

// [a-z0-9]: a byte inside a word of folded text; a phrase matches only at a word's start.
constexpr std::array<bool, 256> alnum_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = true;
  return t;
}();

bool alnum(char c) { return alnum_bytes[static_cast<unsigned char>(c)]; }

}  // namespace

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

std::size_t PhraseSet::longest_at(std::string_view hay, std::size_t at) const {
  if (at >= hay.size()) return npos;
  const auto c = static_cast<unsigned char>(hay[at]);
  if (!may_start(c)) return npos;
  std::size_t best = npos;
  auto try_bucket = [&](unsigned char b) {
    for (std::uint32_t r = bucket_[b]; r < bucket_[b + 1u]; ++r) {
      const std::size_t e = phrase_at(hay, at, phrases_[r]);
      if (e != npos && (best == npos || e > best)) best = e;
    }
  };
  try_bucket(c);
  if (c == '\x01') try_bucket('\'');
  return best;
}

std::size_t PhraseSet::first(std::string_view hay, std::size_t from, std::size_t* end) const {
  // Word start to word start: the rest of a word is passed over without a look at the list.
  std::size_t at = from;
  if (at > 0 && at < hay.size() && alnum(hay[at - 1])) {
    while (at < hay.size() && alnum(hay[at])) ++at;
  }
  while (at < hay.size()) {
    const char c = hay[at];
    if (may_start_at(hay, at)) {
      const std::size_t e = longest_at(hay, at);
      if (e != npos) {
        if (end) *end = e;
        return at;
      }
    }
    ++at;
    if (alnum(c)) {
      while (at < hay.size() && alnum(hay[at])) ++at;
    }
  }
  if (end) *end = 0;
  return npos;
}

std::size_t PhraseSet::ending_at(std::string_view hay, std::size_t end) const {
  for (std::size_t at = 0; at < end && at < hay.size(); ++at) {
    if (!may_start_at(hay, at) || (at > 0 && alnum(hay[at - 1]))) continue;
    const auto c = static_cast<unsigned char>(hay[at]);
    auto ends_there = [&](unsigned char b) {
      for (std::uint32_t r = bucket_[b]; r < bucket_[b + 1u]; ++r) {
        if (phrase_at(hay, at, phrases_[r]) == end) return true;
      }
      return false;
    };
    if (ends_there(c) || (c == '\x01' && ends_there('\''))) return at;
  }
  return npos;
}

std::uint32_t PhraseSet::lists_in(std::string_view hay, std::uint32_t enough) const {
  std::uint32_t found = 0;
  for (std::size_t at = 0; at < hay.size();) {
    const char c = hay[at];
    if (may_start_at(hay, at) && (at == 0 || !alnum(hay[at - 1]))) {
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
    if (alnum(c)) {
      while (at < hay.size() && alnum(hay[at])) ++at;
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

std::size_t find_spaced(std::string_view text, std::string_view needle, std::size_t from) {
  const std::string_view rest = needle.substr(1);
  for (std::size_t found = text.find(rest, from + 1); found != std::string_view::npos; found = text.find(rest, found + 1)) {
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

}  // namespace

DocumentPhrases::DocumentPhrases(const Lexicon& lexicon)
    : provider_head(lexicon.phrases(Phrases::provider_head)),
      provider_end(lexicon.phrases(Phrases::provider_end)),
      not_provider(lexicon.phrases(Phrases::not_provider)),
      address(lexicon.phrases(Phrases::address)),
      inspector_lead(lexicon.phrases(Phrases::inspector_lead)),
      inspector_role(lexicon.phrases(Phrases::inspector_role)),
      not_inspector(lexicon.phrases(Phrases::not_inspector)),
      signer(lexicon.phrases(Phrases::signer)),
      committee_opening(lexicon.phrases(Phrases::committee_opening)),
      news_opening(lexicon.phrases(Phrases::news_opening)),
      news_said(lexicon.phrases(Phrases::news_said)),
      news_speaker(lexicon.phrases(Phrases::news_speaker)),
      committee({&lexicon.phrases(Phrases::committee_cover), &lexicon.phrases(Phrases::committee_body)}),
      titles([&] {
        std::vector<std::pair<std::string_view, std::uint32_t>> rows;
        for (const Lexicon::ProfileRow& row : lexicon.titles()) rows.emplace_back(row.phrase, 0);
        return rows;
      }()),
      visit_subjects(lexicon.phrases(Phrases::visit_date_subject)),
      visit_leads(spaced(lexicon.phrases(Phrases::visit_date_lead), " ", " ")),
      inspector_line_leads(spaced(lexicon.phrases(Phrases::inspector_line_lead), "", " ")),
      honorifics(spaced(lexicon.phrases(Phrases::honorific), "", " ")) {}

const DocumentPhrases& DocumentPhrases::of(const Lexicon& lexicon, std::optional<DocumentPhrases>& own) {
  const Lexicon& builtin = ProfileRegistry::builtin().lexicon();
  if (&lexicon == &builtin) {
    static const DocumentPhrases compiled(builtin);
    return compiled;
  }
  return own.emplace(lexicon);
}

namespace {

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t highs = 0x8080808080808080ULL;

// fold() or, with `compact`, fold() without the apostrophe padding, of `text` appended to `out`.
// Eight bytes at a time where they are plain ASCII (and, compacting, no \x01): lower-cased as a
// word; a byte at a time around the rest.
template <bool compact>
void append_folded(std::string_view text, std::string& out) {
  const std::size_t base = out.size();
  out.resize(base + text.size());
  char* o = out.data() + base;
  const char* t = text.data();
  const std::size_t size = text.size();
  std::size_t i = 0, n = 0;
  // One byte (or a typographic apostrophe's three) the slow way.
  auto one = [&] {
    const char c = t[i];
    if (c >= 'A' && c <= 'Z') {
      o[n++] = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xE2' && i + 2 < size && t[i + 1] == '\x80' && (t[i + 2] == '\x99' || t[i + 2] == '\x98')) {
      if (!compact) {
        o[n++] = '\x01';
        o[n++] = '\x01';
      }
      o[n++] = '\'';
      i += 2;
    } else if (!compact || c != '\x01') {
      o[n++] = c;
    }
    ++i;
  };
  while (i + 8 <= size) {
    std::uint64_t v;
    std::memcpy(&v, t + i, 8);
    std::uint64_t special = v & highs;
    if (compact) {
      const std::uint64_t x = v ^ ones;  // a zero byte where v has \x01
      special |= (x - ones) & ~x & highs;
    }
    if (special != 0) {
      const std::size_t stop = i + static_cast<std::size_t>(std::countr_zero(special) >> 3) + 1;
      while (i < stop) one();
      continue;
    }
    // Every byte below 0x80: 'A'..'Z' are those reaching 0x80 when 0x3F is added but not when 0x25 is.
    const std::uint64_t upper = (v + 0x3F * ones) & ~(v + 0x25 * ones) & highs;
    v |= upper >> 2;
    std::memcpy(o + n, &v, 8);
    n += 8;
    i += 8;
  }
  while (i < size) one();
  out.resize(base + n);
}

}  // namespace

void append_compact(std::string_view text, std::string& out) { append_folded<true>(text, out); }

std::string fold_text(std::string_view text) {
  std::string out;
  append_folded<false>(text, out);
  return out;
}

void fold_into(std::string_view text, std::string& out) {
  out.clear();
  append_folded<false>(text, out);
}

}  // namespace judgement::detail
