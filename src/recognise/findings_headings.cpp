#include "recognise/findings_headings.hpp"

#include <algorithm>

#include "judgement/profile.hpp"
#include "recognise/findings_timeframe.hpp"
#include "recognise/text_search.hpp"

namespace judgement::detail {
namespace {

// The longest text read as a heading.
constexpr std::size_t longest_heading = 120;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n'; }
char lower(char c) { return fold_letter(c); }

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

// What normalise_into() does with each byte: keeps it (lower-cased), drops it, makes it a blank,
// or looks at the typographic apostrophe it may start.
enum ByteClass : std::uint8_t { keep, drop, blank, e2 };

constexpr std::array<std::uint8_t, 256> byte_classes = [] {
  std::array<std::uint8_t, 256> t{};
  t['\x01'] = drop;
  t['*'] = drop;
  t[' '] = t['\t'] = t['\f'] = t['\n'] = blank;
  t[0xE2] = e2;
  return t;
}();

constexpr std::array<char, 256> lower_bytes = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();

// [a-z0-9]: a byte inside a word of normalised text.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = true;
  return t;
}();

// A byte that goes on a word of the text as written: [A-Za-z0-9], and the marks normalising drops.
constexpr std::array<bool, 256> in_word = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const auto l = static_cast<unsigned char>(lower_bytes[static_cast<std::size_t>(c)]);
    t[static_cast<std::size_t>(c)] = word_bytes[l] || byte_classes[static_cast<std::size_t>(c)] == drop;
  }
  return t;
}();

std::uint8_t byte_class(char c) { return byte_classes[static_cast<unsigned char>(c)]; }

// `text` normalised for matching whole headings, written into `out` (room for text.size()
// bytes): the view of `out` it fills. Not a folded copy of a block's text but a heading's key:
// bold marks, runs of blanks, a leading paragraph number and trailing punctuation go as well as
// capitals, so that "**8.  What needs to improve?1**" is "what needs to improve". It is made
// only for a short text (a heading, at most 120 bytes; a nil statement, at most 250) whose first
// word can open a listed heading, and compared whole, from its start and from its end, and read
// by timeframe_heading(); heading_of_another_part() reads the text as written instead wherever
// its words allow.
std::string_view normalise_into(std::string_view text, char* out) {
  text = text.substr(0, label_length(text));
  // Lower case, a typographic apostrophe plain, '*' and \x01 dropped, blank runs one space.
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (byte_class(c)) {
      case keep: out[n++] = lower_bytes[static_cast<unsigned char>(c)]; break;
      case drop: break;
      case blank:
        if (n > 0 && out[n - 1] != ' ') out[n++] = ' ';
        break;
      default:
        if (apostrophe_at(text, i)) {
          out[n++] = '\'';
          i += 2;
        } else {
          out[n++] = c;
        }
    }
  }
  std::string_view s(out, n);
  // A leading paragraph or section number: "8. ", "4.2 ", "2) ".
  std::size_t i = 0;
  while (i < s.size() && (is_digit(s[i]) || s[i] == '.')) ++i;
  if (i > 0 && i < s.size() && (s[i] == ' ' || s[i] == ')')) {
    if (s[i] == ')') ++i;
    s.remove_prefix(i);
  }
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ':' || s.back() == '?' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

// A text normalised into a buffer on the stack when it fits, else on the heap.
class Normalised {
 public:
  explicit Normalised(std::string_view text) {
    char* out = local_;
    if (text.size() > sizeof local_) {
      heap_.resize(text.size());
      out = heap_.data();
    }
    view_ = normalise_into(text, out);
  }
  [[nodiscard]] std::string_view view() const { return view_; }

 private:
  char local_[256];
  std::string heap_;
  std::string_view view_;
};

// The key a heading is first tested by: its first word, as normalise_into() would leave it,
// read from the raw text or from a phrase alike. Leading blanks, bold marks, digits, full stops
// and ")" are passed over (a paragraph number), '*' and \x01 dropped, letters lower-cased; the
// word ends at a blank, ':', '?', '.' or '-', and loses trailing digits (a footnote). A heading that
// normalises to a phrase has the phrase's key. The key is written to `out` (room for `room`
// bytes); its length, or room + 1 when it is longer.
// What first_word_key() does with each byte: passes it before the word (a blank, bold mark,
// digit, '.' or ')'), ends the word at it (a blank, ':', '?', '.' or '-'), drops it ('*', \x01).
enum KeyByte : std::uint8_t { lead = 1, ends_key = 2, dropped = 4 };

constexpr std::array<std::uint8_t, 256> key_bytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (const char c : {' ', '\t', '\f', '\n'}) t[static_cast<unsigned char>(c)] = lead | ends_key;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = lead;
  t['*'] = lead | dropped;
  t['\x01'] = lead | dropped;
  t['.'] = lead | ends_key;
  t[')'] = lead;
  t[':'] = t['?'] = t['-'] = ends_key;
  return t;
}();

std::uint8_t key_byte(char c) { return key_bytes[static_cast<unsigned char>(c)]; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t first_word_key(std::string_view text, char* out, std::size_t room, const std::uint64_t* first = nullptr,
                           const std::uint32_t* seconds = nullptr) {
  std::size_t i = 0;
  while (i < text.size() && (key_byte(text[i]) & lead)) ++i;
  // With `first` (a bitmap of the first bytes of the keys looked for), a word whose first byte
  // is not one of them is not read: its key is said to be too long. So too a word of two letters
  // or more whose second letter follows its first in no key (`seconds`, by first letter).
  if (first != nullptr && i < text.size()) {
    const char c = text[i];
    auto b = static_cast<unsigned char>(c == '\xE2' && apostrophe_at(text, i) ? '\'' : lower(c));
    if (!(key_byte(c) & (ends_key | dropped)) && !((first[b >> 6] >> (b & 63)) & 1u)) return room + 1;
    if (seconds != nullptr && is_letter(c) && i + 1 < text.size() && is_letter(text[i + 1]) &&
        !((seconds[b - 'a'] >> (lower(text[i + 1]) - 'a')) & 1u)) {
      return room + 1;
    }
  }
  std::size_t n = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    const std::uint8_t k = key_byte(c);
    if (k & ends_key) break;
    if (k & dropped) continue;
    if (c == '\xE2' && apostrophe_at(text, i)) {
      c = '\'';
      i += 2;
    }
    if (n == room) {
      if (!is_digit(c)) return room + 1;
      continue;  // a footnote number past the room: dropped below with any digits before it
    }
    out[n++] = lower_bytes[static_cast<unsigned char>(c)];
  }
  while (n > 0 && is_digit(out[n - 1])) --n;
  return n;
}

bool starts_then_space(std::string_view s, std::string_view p) {
  return s.size() > p.size() && s.starts_with(p) && s[p.size()] == ' ';
}

bool ends_after_space(std::string_view s, std::string_view p) {
  return s.size() > p.size() && s.ends_with(p) && s[s.size() - p.size() - 1] == ' ';
}

// The next byte of normalise_into(t) read from t[i] on (t cut to its label_length): '*' and
// \x01 passed over, a run of blanks one ' ', a typographic apostrophe '\'', a letter lower case;
// '\0' at the end. Advances i past what it read.
char next_normalised(std::string_view t, std::size_t& i) {
  while (i < t.size()) {
    const char c = t[i];
    switch (byte_class(c)) {
      case keep: ++i; return lower_bytes[static_cast<unsigned char>(c)];
      case drop: ++i; continue;
      case blank:
        while (i < t.size() && (byte_class(t[i]) == blank || byte_class(t[i]) == drop)) ++i;
        return i == t.size() ? '\0' : ' ';
      default:
        if (apostrophe_at(t, i)) {
          i += 3;
          return '\'';
        }
        ++i;
        return c;
    }
  }
  return '\0';
}

// A phrase of letters and apostrophes, its words one space apart: one that can be matched in
// text as written (see heading_of_another_part).
bool plain_words(std::string_view p) {
  if (p.empty() || p.front() == ' ' || p.back() == ' ') return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (!(is_lower(c) || c == '\'' || (c == ' ' && p[i - 1] != ' '))) return false;
  }
  return true;
}

}  // namespace

FindingsPhrases::FindingsPhrases(const Lexicon& lexicon)
    : starts_(&lexicon.phrases(Phrases::improvement_heading_start)),
      question_starts_(&lexicon.phrases(Phrases::improvement_question_start)),
      question_ends_(&lexicon.phrases(Phrases::improvement_question_end)),
      nil_statement_(&lexicon.phrases(Phrases::nil_statement)),
      nil_opening_(&lexicon.phrases(Phrases::nil_opening)),
      nil_finding_(&lexicon.phrases(Phrases::nil_finding)),
      item_lead_(&lexicon.phrases(Phrases::item_lead)),
      strengths_lead_(&lexicon.phrases(Phrases::strengths_lead)),
      run_on_word_(&lexicon.phrases(Phrases::run_on_word)),
      risk_heading_(&lexicon.phrases(Phrases::risk_heading)),
      risk_rating_heading_(&lexicon.phrases(Phrases::risk_rating_heading)),
      risk_rating_(&lexicon.phrases(Phrases::risk_rating)) {
  const std::pair<Phrases, std::uint8_t> whole[] = {
      {Phrases::improvement_heading, improvement},   {Phrases::letter_improvement_heading, letter_improvement},
      {Phrases::recommendation_heading, recommendation}, {Phrases::finding_heading, finding},
      {Phrases::strength_heading, strength},         {Phrases::concern_heading, concern},
  };
  for (const auto& [list, bit] : whole) {
    for (const std::string& p : lexicon.phrases(list)) {
      const auto row = std::find_if(headings_.begin(), headings_.end(), [&](const Row& r) { return r.phrase == p; });
      if (row != headings_.end()) {
        row->lists |= bit;
        continue;
      }
      headings_.push_back(Row{p, bit});
      add_key(p);
    }
  }
  for (const std::string& p : *starts_) add_key(p);
  for (const std::string& p : *question_starts_) add_key(p);
  for (std::string_view w : timeframe_openings()) add_key(w);

  for (const std::string& w : lexicon.phrases(Phrases::other_part)) {
    if (!w.empty()) words_.emplace_back(w);
  }
  std::stable_sort(words_.begin(), words_.end(), [](std::string_view a, std::string_view b) {
    return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front());
  });
  for (std::string_view w : words_) ++word_bucket_[static_cast<unsigned char>(w.front()) + 1u];
  words_plain_ = std::all_of(words_.begin(), words_.end(), plain_words);
  for (std::size_t b = 1; b < word_bucket_.size(); ++b) word_bucket_[b] += word_bucket_[b - 1];
  for (const std::string& w : *run_on_word_) {
    longest_run_on_word_ = std::max(longest_run_on_word_, w.size());
    if (w.empty()) continue;
    const auto b = static_cast<unsigned char>(w.front());
    run_on_first_[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
}

const FindingsPhrases& FindingsPhrases::of(const Lexicon& lexicon, std::optional<FindingsPhrases>& own) {
  const Lexicon& builtin = ProfileRegistry::builtin().lexicon();
  if (&lexicon == &builtin) {
    static const FindingsPhrases compiled(builtin);
    return compiled;
  }
  return own.emplace(lexicon);
}

void FindingsPhrases::add_key(std::string_view phrase) {
  char buf[256];
  const std::size_t n = first_word_key(phrase, buf, sizeof buf);
  if (n > sizeof buf) {  // a first word too long to test by: every heading is read in full
    empty_key_ = true;
    longest_key_ = sizeof buf + 1;
    return;
  }
  const std::string_view key(buf, n);
  if (key.empty()) {
    empty_key_ = true;
    return;
  }
  if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return;
  keys_.emplace_back(key);
  longest_key_ = std::max(longest_key_, n);
  const auto b = static_cast<unsigned char>(key.front());
  key_first_[b >> 6] |= std::uint64_t{1} << (b & 63);
  if (n >= 2 && is_lower(key[0]) && is_lower(key[1])) key_second_[key[0] - 'a'] |= std::uint32_t{1} << (key[1] - 'a');
  key_last_[n % key_last_.size()] |= std::uint64_t{1} << (static_cast<unsigned char>(key.back()) & 63);
}

// A heading normalises to a phrase only if its first word is the first word of one.
bool FindingsPhrases::may_open(std::string_view text) const {
  if (longest_key_ > 256) return true;
  char buf[257];
  const std::size_t n =
      empty_key_ ? first_word_key(text, buf, longest_key_) : first_word_key(text, buf, longest_key_, key_first_.data(), key_second_.data());
  if (n > longest_key_) return false;
  if (n == 0) return empty_key_;
  // The length and last byte of a key rule out most words before they are compared.
  const auto last = static_cast<unsigned char>(buf[n - 1]);
  if (!((key_last_[n % key_last_.size()] >> (last & 63)) & 1u)) return false;
  const std::string_view key(buf, n);
  return std::find(keys_.begin(), keys_.end(), key) != keys_.end();
}

std::optional<FindingsPhrases::Hits> FindingsPhrases::hits(std::string_view text) const {
  // A heading is short; the cheap tests first.
  if (text.size() > longest_heading || text.empty() || !may_open(text)) return std::nullopt;
  char buf[128];
  const std::string_view s = normalise_into(text, buf);
  if (s.empty()) return std::nullopt;
  Hits h;
  for (const Row& r : headings_) {
    if (r.phrase == s) h.lists |= r.lists;
  }
  if (s.size() <= 90) {
    for (const std::string& p : *starts_) h.question = h.question || starts_then_space(s, p);
    for (const std::string& p : *question_starts_) {
      if (h.question || !starts_then_space(s, p)) continue;
      for (const std::string& e : *question_ends_) h.question = h.question || ends_after_space(s, e);
    }
  }
  h.immediate = find_word(s, "immediate") != std::string::npos;
  h.timeframe = timeframe_heading(s);
  if (h.lists == 0 && !h.question && !h.timeframe) return std::nullopt;
  h.label_length = label_length(text);
  return h;
}

std::optional<HeadingMatch> FindingsPhrases::resolve(const Hits& h, const HeadingContext& context) {
  HeadingMatch m;
  m.label_length = h.label_length;
  if (h.question || (h.lists & improvement) || (context.letter && (h.lists & letter_improvement)) ||
      (!context.council_paper && (h.lists & recommendation))) {
    m.role = ListRole::improvement;
    if (h.immediate) m.timeframe = Timeframe{};
    return m;
  }
  if (h.timeframe) {
    m.role = ListRole::timeframe;
    m.timeframe = h.timeframe;
    return m;
  }
  if (context.letter) {
    if (h.lists & finding) m.role = ListRole::finding;
    else if (h.lists & strength) m.role = ListRole::strength;
    else if (h.lists & concern) m.role = ListRole::concern;
    if (m.role != ListRole::none) return m;
  }
  return std::nullopt;
}

std::optional<HeadingMatch> FindingsPhrases::classify_heading(std::string_view text,
                                                              const HeadingContext& context) const {
  const auto h = hits(text);
  if (!h) return std::nullopt;
  return resolve(*h, context);
}

std::optional<HeadingMatch> FindingsPhrases::list_heading(std::string_view text, const HeadingContext& context) const {
  if (text.size() > longest_heading) return std::nullopt;  // most blocks: not read further
  const auto h = hits(text);
  if (!h) return std::nullopt;
  if (auto m = resolve(*h, context)) return m;
  static constexpr HeadingContext any{true, false};
  if (auto m = resolve(*h, any)) {
    m->role = ListRole::none;
    return m;
  }
  return std::nullopt;
}

bool FindingsPhrases::nil_statement(std::string_view text) const {
  if (text.size() > 250) return false;
  const Normalised n(text);
  const std::string_view s = n.view();
  for (const std::string& p : *nil_statement_) {
    if (s == p) return true;
  }
  // A statement, not an item that asks for there to be none of something ("Ensure that there
  // are no delays ..."): it starts with its negation, or says that nothing was found.
  for (const std::string& p : *nil_opening_) {
    if (starts_then_space(s, p)) return true;
  }
  for (const std::string& p : *nil_finding_) {
    if (s.find(p) != std::string_view::npos) return true;
  }
  return false;
}


// `word` (or its plural) matched whole at t[i], read as normalise_into() would leave t.
bool FindingsPhrases::other_part_at(std::string_view t, std::size_t i, std::string_view word) {
  std::size_t k = 0;
  // Bytes kept as they are, compared as they stand; from the first other one, read normalised.
  for (; k < word.size() && i < t.size() && byte_class(t[i]) == keep; ++k, ++i) {
    if (lower_bytes[static_cast<unsigned char>(t[i])] != word[k]) return false;
  }
  for (; k < word.size(); ++k) {
    if (next_normalised(t, i) != word[k]) return false;
  }
  const char a = next_normalised(t, i);
  const char b = a == '\0' ? '\0' : next_normalised(t, i);
  const char d = b == '\0' ? '\0' : next_normalised(t, i);
  char next = a;
  if (a == 'e' && b == 's' && (d == '\0' || !is_lower(d))) next = d;
  else if (a == 's') next = b;
  return next == '\0' || !(is_lower(next) || is_digit(next));
}

bool FindingsPhrases::heading_of_another_part(std::string_view text) const {
  if (words_plain_) {
    // Read in the text as written, word start by word start: the words are plain, so neither a
    // leading paragraph number nor trailing punctuation, which normalising drops, can be in one.
    const std::string_view t = text.substr(0, label_length(text));
    bool start = true;  // the byte before, as normalised, is not [a-z0-9]
    for (std::size_t i = 0; i < t.size();) {
      const auto c = static_cast<unsigned char>(t[i]);
      const std::uint8_t k = byte_classes[c];
      if (k == keep && word_bytes[static_cast<unsigned char>(lower_bytes[c])]) {
        if (start) {
          const auto l = static_cast<unsigned char>(lower_bytes[c]);
          // The second byte as written, where it is a plain one, rules most words out.
          const char second = i + 1 < t.size() && byte_classes[static_cast<unsigned char>(t[i + 1])] == keep
                                  ? lower_bytes[static_cast<unsigned char>(t[i + 1])]
                                  : '\0';
          for (std::uint32_t r = word_bucket_[l]; r < word_bucket_[l + 1u]; ++r) {
            const std::string_view w = words_[r];
            if (second != '\0' && w.size() > 1 && w[1] != second) continue;
            if (other_part_at(t, i, w)) return true;
          }
        }
        // The rest of the word: its letters, digits and the marks normalising drops.
        ++i;
        while (i < t.size() && in_word[static_cast<unsigned char>(t[i])]) ++i;
        start = false;
        continue;
      }
      if (k == drop) {
        ++i;
        continue;
      }
      std::size_t length = 1;
      auto l = c;
      if (k == blank) l = ' ';
      else if (k == e2 && apostrophe_at(t, i)) l = '\'', length = 3;
      if (start) {
        for (std::uint32_t r = word_bucket_[l]; r < word_bucket_[l + 1u]; ++r) {
          if (other_part_at(t, i, words_[r])) return true;
        }
      }
      start = true;
      i += length;
    }
    return false;
  }
  const Normalised n(text);
  const std::string_view s = n.view();
  // One pass over the word starts, trying the words that begin with each one's first byte. Whole
  // words, or their plurals: "strengths" but not "strengthen".
  // A word start is any byte after one that is not [a-z0-9].
  for (std::size_t at = 0; at < s.size();) {
    const auto c = static_cast<unsigned char>(s[at]);
    for (std::uint32_t r = word_bucket_[c]; r < word_bucket_[c + 1u]; ++r) {
      const std::string_view p = words_[r];
      if (s.substr(at, p.size()) != p) continue;
      std::size_t end = at + p.size();
      if (s.compare(end, 2, "es") == 0 && (end + 2 == s.size() || !is_lower(s[end + 2]))) end += 2;
      else if (end < s.size() && s[end] == 's') ++end;
      if (end == s.size() || !(is_lower(s[end]) || is_digit(s[end]))) return true;
    }
    if (!word_bytes[c]) {
      ++at;
      continue;
    }
    // Past the rest of the word and the byte after it, which is not a word start.
    ++at;
    while (at < s.size() && word_bytes[static_cast<unsigned char>(s[at])]) ++at;
    ++at;
  }
  return false;
}

bool FindingsPhrases::lead_in(std::string_view text) const {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.ends_with(':')) return true;
  if (text.size() > 300) return false;
  for (const std::string& p : *item_lead_) {
    if (find_word_folded(text, p) != std::string::npos) return true;
  }
  return false;
}

bool FindingsPhrases::introduces_items(std::string_view text) const {
  if (!lead_in(text)) return false;
  for (const std::string& p : *strengths_lead_) {
    if (contains_folded(text, p)) return false;
  }
  return true;
}

bool FindingsPhrases::ends_mid_phrase(std::string_view line) const {
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  const std::size_t space = line.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
  if (last.size() > longest_run_on_word_) return false;
  if (!last.empty()) {
    const auto first = static_cast<unsigned char>(lower(last.front()));
    if (!((run_on_first_[first >> 6] >> (first & 63)) & 1u)) return false;
  }
  for (const std::string& w : *run_on_word_) {
    if (equal_folded(last, w)) return true;
  }
  return false;
}

bool FindingsPhrases::risk_heading(std::string_view cell) const {
  if (cell.size() > 20) return false;  // a heading is short
  for (const std::string& p : *risk_heading_) {
    if (starts_with_folded(cell, p)) return true;
  }
  return false;
}

bool FindingsPhrases::risk_rating_heading(std::string_view cell) const {
  for (const std::string& p : *risk_rating_heading_) {
    if (contains_folded(cell, p)) return true;
  }
  return false;
}

bool FindingsPhrases::risk_rating(std::string_view cell) const {
  for (const std::string& p : *risk_rating_) {
    if (equal_folded(cell, p)) return true;
  }
  return false;
}

}  // namespace judgement::detail
