#include "recognise/document_phrases.hpp"

#include <algorithm>

#include "judgement/profile.hpp"

namespace judgement::detail {
namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    if (!p.empty()) phrases_.emplace_back(p);  // find_phrase finds no empty phrase
  }
  std::stable_sort(phrases_.begin(), phrases_.end(), [](std::string_view a, std::string_view b) {
    return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front());
  });
  for (std::string_view p : phrases_) {
    const auto c = static_cast<unsigned char>(p.front());
    ++bucket_[c + 1u];
    starts_[c >> 6] |= std::uint64_t{1} << (c & 63);
    // A phrase's apostrophe matches the folded text's padding before it ("\x01\x01'").
    if (c == '\'') starts_[0] |= std::uint64_t{1} << 1;
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
  for (std::size_t at = from; at < hay.size(); ++at) {
    if (!may_start(static_cast<unsigned char>(hay[at])) || (at > 0 && alnum(hay[at - 1]))) continue;
    const std::size_t e = longest_at(hay, at);
    if (e == npos) continue;
    if (end) *end = e;
    return at;
  }
  if (end) *end = 0;
  return npos;
}

std::size_t PhraseSet::ending_at(std::string_view hay, std::size_t end) const {
  end = std::min(end, hay.size());
  for (std::size_t at = 0; at < end; ++at) {
    const auto c = static_cast<unsigned char>(hay[at]);
    if (!may_start(c) || (at > 0 && alnum(hay[at - 1]))) continue;
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

bool PhraseSet::is_one(std::string_view s) const {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s.front());
  for (std::uint32_t r = bucket_[c]; r < bucket_[c + 1u]; ++r) {
    if (phrases_[r] == s) return true;
  }
  return false;
}

DocumentPhrases::DocumentPhrases(const Lexicon& lexicon)
    : provider_head(lexicon.phrases(Phrases::provider_head)),
      provider_end(lexicon.phrases(Phrases::provider_end)),
      not_provider(lexicon.phrases(Phrases::not_provider)),
      address(lexicon.phrases(Phrases::address)),
      inspector_lead(lexicon.phrases(Phrases::inspector_lead)),
      inspector_role(lexicon.phrases(Phrases::inspector_role)),
      not_inspector(lexicon.phrases(Phrases::not_inspector)),
      signer(lexicon.phrases(Phrases::signer)),
      committee_cover(lexicon.phrases(Phrases::committee_cover)),
      committee_body(lexicon.phrases(Phrases::committee_body)),
      committee_opening(lexicon.phrases(Phrases::committee_opening)),
      news_opening(lexicon.phrases(Phrases::news_opening)),
      news_said(lexicon.phrases(Phrases::news_said)),
      news_speaker(lexicon.phrases(Phrases::news_speaker)) {}

const DocumentPhrases& DocumentPhrases::of(const Lexicon& lexicon, std::optional<DocumentPhrases>& own) {
  const Lexicon& builtin = ProfileRegistry::builtin().lexicon();
  if (&lexicon == &builtin) {
    static const DocumentPhrases compiled(builtin);
    return compiled;
  }
  return own.emplace(lexicon);
}

namespace {

// What append_compact does with each byte: 0 copies it as it is, 1 drops it, 2 looks at the
// typographic apostrophe it may start; an upper-case letter is copied lower-cased (its table entry).
constexpr std::array<char, 256> compact_bytes = [] {
  std::array<char, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  t[0x01] = 1;
  t[0xE2] = 2;
  return t;
}();

}  // namespace

void append_compact(std::string_view text, std::string& out) {
  const std::size_t base = out.size();
  out.resize(base + text.size());
  char* o = out.data() + base;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char t = compact_bytes[static_cast<unsigned char>(c)];
    if (t == 0) {
      o[n++] = c;
    } else if (t > 2) {
      o[n++] = t;
    } else if (t == 2 && i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\x99' || text[i + 2] == '\x98')) {
      o[n++] = '\'';  // fold's "\x01\x01'"
      i += 2;
    } else if (t == 2) {
      o[n++] = c;
    }
  }
  out.resize(base + n);
}

}  // namespace judgement::detail
