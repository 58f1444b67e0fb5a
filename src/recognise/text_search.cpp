#include "recognise/text_search.hpp"


namespace judgement::detail {

std::size_t find_word(std::string_view hay, std::string_view needle, std::size_t from) {
  for (std::size_t at = hay.find(needle, from); at != std::string_view::npos; at = hay.find(needle, at + 1)) {
    const char before = at == 0 ? ' ' : hay[at - 1];
    const bool word_start = !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
    if (word_start) return at;
  }
  return std::string_view::npos;
}

std::string_view trim(std::string_view text, std::string_view chars) {
  while (!text.empty() && chars.find(text.front()) != std::string_view::npos) text.remove_prefix(1);
  while (!text.empty() && chars.find(text.back()) != std::string_view::npos) text.remove_suffix(1);
  return text;
}

}  // namespace judgement::detail
