// provider_key(): one key for the ways a council is named ("Medway", "Medway Council",
// "MEDWAY COUNCIL", "London Borough of Hackney", "Hackney Council").
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/timeline.hpp"

JUDGEMENT_BEGIN_NAMESPACE

namespace {

// Words split on anything that is not a letter or a digit, lower-cased; "&" is "and" and an
// apostrophe does not split ("children's" stays one word). Non-ASCII bytes are kept as they
// are, so a name in another script still has a key.
std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      // U+2019 (right single quotation mark) is an apostrophe, not a letter.
      if (c == 0xE2 && name.substr(i, 3) == "\xE2\x80\x99") {
        i += 2;
        continue;
      }
      word += static_cast<char>(c);
    } else if (c == '\'') {
      continue;
    } else if (c == '&') {
      flush();
      words.emplace_back("and");
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool starts_with(const std::vector<std::string>& words, std::initializer_list<std::string_view> phrase) {
  if (words.size() < phrase.size()) return false;
  std::size_t i = 0;
  for (std::string_view w : phrase) {
    if (words[i++] != w) return false;
  }
  return true;
}

bool ends_with(const std::vector<std::string>& words, std::initializer_list<std::string_view> phrase) {
  if (words.size() < phrase.size()) return false;
  std::size_t i = words.size() - phrase.size();
  for (std::string_view w : phrase) {
    if (words[i++] != w) return false;
  }
  return true;
}

}  // namespace

std::string provider_key(std::string_view name) {
  std::vector<std::string> words = words_of(name);
  auto drop_front = [&](std::size_t n) { words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n)); };
  auto drop_back = [&](std::size_t n) { words.resize(words.size() - n); };

  // Prefixes: "The", "London Borough of", "Royal Borough of", "Metropolitan Borough of",
  // "City of", "County of". A name is never emptied: "City Council" alone stays as it is.
  bool changed = true;
  while (changed && words.size() > 1) {
    changed = false;
    for (auto phrase : {std::initializer_list<std::string_view>{"the"}, {"london", "borough", "of"},
                        {"royal", "borough", "of"}, {"metropolitan", "borough", "of"}, {"borough", "of"},
                        {"city", "and", "county", "of"}, {"city", "of"}, {"county", "of"}}) {
      if (words.size() > phrase.size() && starts_with(words, phrase)) {
        drop_front(phrase.size());
        changed = true;
        break;
      }
    }
  }
  // Suffixes: the words for the council and its department, longest first.
  changed = true;
  while (changed && words.size() > 1) {
    changed = false;
    for (auto phrase : {std::initializer_list<std::string_view>{"children", "s", "services"},
                        {"childrens", "services"}, {"children", "services"}, {"local", "authority"},
                        {"metropolitan", "borough", "council"}, {"metropolitan", "district", "council"},
                        {"metropolitan", "council"}, {"borough", "council"}, {"county", "council"},
                        {"city", "council"}, {"district", "council"}, {"council"}, {"metropolitan", "district"},
                        {"metropolitan", "borough"}, {"borough"}}) {
      if (words.size() > phrase.size() && ends_with(words, phrase)) {
        drop_back(phrase.size());
        changed = true;
        break;
      }
    }
  }
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

JUDGEMENT_END_NAMESPACE
