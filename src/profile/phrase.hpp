// The form profile phrases are kept and matched in: ASCII letters lower-cased, typographic
// apostrophes written "'", runs of blanks one space, no blanks at either end.
#ifndef JUDGEMENT_SRC_PROFILE_PHRASE_HPP
#define JUDGEMENT_SRC_PROFILE_PHRASE_HPP

#include <string>
#include <string_view>

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

/// Whether `text`, its ASCII letters lower-cased, starts with `lower` (lower case already, as
/// phrase_key() gives a phrase): a phrase compared at a text's start without folding a copy.
inline bool starts_with_folded(std::string_view text, std::string_view lower) {
  if (text.size() < lower.size()) return false;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = text[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
  }
  return true;
}

}  // namespace judgement::detail

#endif
