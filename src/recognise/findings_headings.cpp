#include "recognise/findings_headings.hpp"

#include "recognise/findings_timeframe.hpp"
#include "recognise/text_search.hpp"

namespace judgement::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n'; }

// The end of `text` without trailing space and a footnote number glued to the last word or to
// a closing "?" or ":" ("improve?1", "Board1").
std::size_t label_length(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  std::size_t digits = end;
  while (digits > 0 && is_digit(text[digits - 1])) --digits;
  if (digits < end && end - digits <= 2 && digits > 0) {
    const char before = text[digits - 1];
    if (is_lower(before) || before == '?' || before == ':') end = digits;
  }
  while (end > 0 && is_space(text[end - 1])) --end;
  return end;
}

constexpr std::string_view improvement_phrases[] = {
    "priority and immediate action",
    "priority and immediate actions",
    "areas for priority action",
    "area for priority action",
    "areas for priority actions",
    "areas of priority action",
    "priority action",
    "priority actions",
    "areas for improvement",
    "area for improvement",
    "areas for further improvement",
    "areas requiring improvement",
    "areas that require improvement",
    "improvement actions",
};

// A visit letter's own wording for its improvement list.
constexpr std::string_view letter_improvement_phrases[] = {
    "areas for development",
    "area for development",
    "areas for development and improvement",
};

constexpr std::string_view recommendation_phrases[] = {
    "recommendations",
    "recommendation",
    "key recommendations",
};

constexpr std::string_view finding_phrases[] = {"findings", "main findings", "key findings", "inspection findings"};
constexpr std::string_view strength_phrases[] = {"areas of strength", "areas of strengths", "strengths",
                                                 "key strengths"};
constexpr std::string_view concern_phrases[] = {"areas of concern", "areas for concern", "concerns", "key concerns"};

template <std::size_t N>
bool one_of(std::string_view s, const std::string_view (&phrases)[N]) {
  for (std::string_view p : phrases) {
    if (s == p) return true;
  }
  return false;
}

// "what needs to improve", "what needs to improve in this area of social work practice",
// "what does the local authority need to improve", "what does the lscb need to improve".
bool asks_what_to_improve(std::string_view s) {
  if (s.size() > 90) return false;
  if (s.starts_with("what needs to improve")) {
    const std::string_view rest = s.substr(21);
    return rest.empty() || rest.starts_with(" in ") || rest.starts_with(" for ");
  }
  if (s.starts_with("what does ") || s.starts_with("what do ") || s.starts_with("what the ")) {
    return s.ends_with(" need to improve") || s.ends_with(" needs to improve");
  }
  return false;
}

}  // namespace

std::string normalise_heading(std::string_view text) {
  text = text.substr(0, label_length(text));
  // fold(text) without its apostrophe padding, '*' dropped and blank runs made one space, in
  // one pass into a buffer of the right size.
  std::string s(text.size(), '\0');
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\x99' || text[i + 2] == '\x98')) {
      c = '\'';  // fold's "\x01\x01'", its padding dropped
      i += 2;
    }
    if (c == '\x01' || c == '*') continue;
    if (is_space(c)) {
      if (n > 0 && s[n - 1] != ' ') s[n++] = ' ';
      continue;
    }
    s[n++] = c;
  }
  s.resize(n);
  // A leading paragraph or section number: "8. ", "4.2 ", "2) ".
  std::size_t i = 0;
  while (i < s.size() && (is_digit(s[i]) || s[i] == '.')) ++i;
  if (i > 0 && i < s.size() && (s[i] == ' ' || s[i] == ')')) {
    if (s[i] == ')') ++i;
    s.erase(0, i);
  }
  while (!s.empty() && (s.front() == ' ')) s.erase(0, 1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ':' || s.back() == '?' || s.back() == '.')) s.pop_back();
  return s;
}

std::optional<HeadingMatch> classify_heading(std::string_view text, const HeadingContext& context) {
  // A heading is short; the cheap test first.
  if (text.size() > 120 || text.empty()) return std::nullopt;
  const std::string s = normalise_heading(text);
  if (s.empty()) return std::nullopt;
  HeadingMatch m;
  m.label_length = label_length(text);
  if (asks_what_to_improve(s) || one_of(s, improvement_phrases) ||
      (context.letter && one_of(s, letter_improvement_phrases)) ||
      (!context.council_paper && one_of(s, recommendation_phrases))) {
    m.role = ListRole::improvement;
    if (find_word(s, "immediate") != std::string::npos) m.timeframe = Timeframe{};
    return m;
  }
  if (const auto tf = timeframe_heading(s)) {
    m.role = ListRole::timeframe;
    m.timeframe = tf;
    return m;
  }
  if (context.letter) {
    if (one_of(s, finding_phrases)) m.role = ListRole::finding;
    else if (one_of(s, strength_phrases)) m.role = ListRole::strength;
    else if (one_of(s, concern_phrases)) m.role = ListRole::concern;
    if (m.role != ListRole::none) return m;
  }
  return std::nullopt;
}

bool nil_statement(std::string_view text) {
  if (text.size() > 250) return false;
  const std::string s = normalise_heading(text);
  if (s == "none" || s == "not applicable" || s == "n/a" || s == "nil") return true;
  // A statement, not an item that asks for there to be none of something ("Ensure that there
  // are no delays ..."): it starts with its negation, or says that nothing was found.
  for (std::string_view p : {"there are no ", "there were no ", "there is no ", "no ", "none "}) {
    if (s.starts_with(p)) return true;
  }
  for (std::string_view p : {"did not find any", "did not identify any", "not identify any", "none identified",
                             "none were identified"}) {
    if (s.find(p) != std::string::npos) return true;
  }
  return false;
}

bool heading_of_another_part(std::string_view text) {
  const std::string s = normalise_heading(text);
  // Whole words, or their plurals: "strengths" but not "strengthen".
  for (std::string_view p : {"strength", "weakness", "finding", "judgement", "judgment", "summary", "information about",
                             "inspection", "experiences and progress", "grade", "overview", "contents", "annex",
                             "appendix", "section", "background", "introduction", "sincerely", "what the",
                             "next steps", "conclusion"}) {
    for (std::size_t at = find_word(s, p); at != std::string::npos; at = find_word(s, p, at + 1)) {
      std::size_t end = at + p.size();
      if (s.compare(end, 2, "es") == 0 && (end + 2 == s.size() || !is_lower(s[end + 2]))) end += 2;
      else if (end < s.size() && s[end] == 's') ++end;
      if (end == s.size() || !(is_lower(s[end]) || is_digit(s[end]))) return true;
    }
  }
  return false;
}

}  // namespace judgement::detail
