// The form profile phrases are kept and matched in: ASCII letters lower-cased, typographic
// apostrophes written "'", runs of blanks one space, no blanks at either end.
#ifndef JUDGEMENT_SRC_PROFILE_PHRASE_HPP
#define JUDGEMENT_SRC_PROFILE_PHRASE_HPP

#include <string>
#include <string_view>

#include "source/fold.hpp"

namespace judgement::detail {

inline std::string phrase_key(std::string_view text) {
  std::string out;
  bool blank = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\x99' || text[i + 2] == '\x98')) {
      c = '\'';
      i += 2;
    }
    out += c;
  }
  bool letter = false;
  for (const char c : out) letter = letter || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80);
  return letter ? out : std::string();
}

/// Whether phrase_key(text) is `key`, read from the text as written: a text (a cover line)
/// compared with a phrase without a key made of it.
inline bool is_phrase_key(std::string_view text, std::string_view key) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t k = 0;
  bool gap = false, started = false, letter = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (blank(c)) {
      gap = started;
      continue;
    }
    c = fold_letter(c);
    if (apostrophe_at(text, i)) {
      c = '\'';
      i += 2;
    }
    letter = letter || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80);
    // A key is empty where the text has no letter: the text is read to its end to know.
    if (key.empty()) continue;
    if (gap) {
      if (k >= key.size() || key[k] != ' ') return false;
      ++k;
    }
    gap = false;
    started = true;
    if (k >= key.size() || key[k] != c) return false;
    ++k;
  }
  return key.empty() ? !letter : k == key.size() && letter;
}

}  // namespace judgement::detail

#endif
