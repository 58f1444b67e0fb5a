// The one normaliser of provider names (name_words.hpp).
#include "register/name_words.hpp"

#include <string_view>

namespace judgement::detail {

namespace {

constexpr std::size_t word_count(std::string_view phrase) {
  std::size_t n = 1;
  for (char c : phrase) n += c == ' ' ? 1 : 0;
  return n;
}

// A phrase and how many words it has.
struct Affix {
  std::string_view text;
  std::size_t words;
  // Implicit, so that the tables below are lists of phrases.
  constexpr Affix(const char* phrase) : text(phrase), words(word_count(phrase)) {}
};

// The words around a council's name, as rows: what precedes it, then what follows it. Within
// each list the longer of two phrases that end alike comes first.
constexpr Affix prefixes[] = {
    "the", "london borough of", "royal borough of", "metropolitan borough of", "borough of",
    "city and county of", "city of", "county of", "council of", "corporation of",
};
constexpr Affix suffixes[] = {
    "local area partnership", "local area", "childrens services", "children services", "local authority",
    "metropolitan borough council", "metropolitan district council", "metropolitan council",
    "county borough council", "borough council", "county council", "city council", "district council", "council",
    "metropolitan district", "metropolitan borough", "county borough", "borough", "district",
    "city of", "county of", "city", "corporation", "children and young peoples services",
    "childrens social care", "and partners",
};

// Whether words[at, at + affix.words) spell the affix (words separated by single spaces).
bool spells(const std::vector<std::string>& words, std::size_t at, const Affix& affix) {
  std::string_view phrase = affix.text;
  for (std::size_t i = at; i < at + affix.words; ++i) {
    const std::size_t space = phrase.find(' ');
    if (words[i] != phrase.substr(0, space)) return false;
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  }
  return true;
}

}  // namespace

std::vector<std::string> name_words(std::string_view name) {
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

std::vector<WordRange> name_forms(const std::vector<std::string>& words, Affixes affixes) {
  WordRange r{0, words.size()};
  std::vector<WordRange> forms{r};
  // Suffixes first, so that a registered name that starts like a prefix ("City of London") is
  // met on the way: "City of London Corporation" is "City of London" before it is "London".
  bool changed = true;
  while (changed && r.end - r.begin > 1) {
    changed = false;
    for (const Affix& affix : suffixes) {
      if (r.end - r.begin > affix.words && spells(words, r.end - affix.words, affix)) {
        r.end -= affix.words;
        forms.push_back(r);
        changed = true;
        break;
      }
    }
  }
  changed = affixes == Affixes::prefixes_and_suffixes;
  while (changed && r.end - r.begin > 1) {
    changed = false;
    for (const Affix& affix : prefixes) {
      if (r.end - r.begin > affix.words && spells(words, r.begin, affix)) {
        r.begin += affix.words;
        forms.push_back(r);
        changed = true;
        break;
      }
    }
  }
  return forms;
}

std::string join_words(const std::vector<std::string>& words, WordRange range) {
  std::string joined;
  for (std::size_t i = range.begin; i < range.end; ++i) {
    if (!joined.empty()) joined += ' ';
    joined += words[i];
  }
  return joined;
}

std::size_t joined_size(const std::vector<std::size_t>& word_ends, WordRange range) {
  if (range.end <= range.begin) return 0;
  const std::size_t before = range.begin == 0 ? 0 : word_ends[range.begin - 1];
  return word_ends[range.end - 1] - before + (range.end - range.begin - 1);
}

}  // namespace judgement::detail
