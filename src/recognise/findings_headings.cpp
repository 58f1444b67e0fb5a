#include "recognise/findings_headings.hpp"

#include <algorithm>
#include <cstring>

#include "judgement/profile.hpp"
#include "recognise/findings_timeframe.hpp"

namespace judgement::detail {
namespace {

// The longest text read as a heading.
constexpr std::size_t longest_heading = 120;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

using Cursor = HeadingKey::Cursor;
bool is_blank(char c) { return HeadingKey::byte(c) == HeadingKey::blank; }
bool is_mark(char c) { return HeadingKey::byte(c) == HeadingKey::mark; }
bool blank_or_mark(char c) { return is_blank(c) || is_mark(c); }

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

// The character of a HeadingKey's text (or a word's) that ends at `at`, read as the cursor reads
// it, `at` moved to its start: backwards, for comparing ends. '\0' at the start.
char read_back(std::string_view t, std::size_t& at) {
  while (at > 0) {
    const char c = t[at - 1];
    if (!blank_or_mark(c)) {
      if ((c == '\x99' || c == '\x98') && at >= 3 && apostrophe_at(t, at - 3)) {
        at -= 3;
        return '\'';
      }
      --at;
      return fold_letter(c);
    }
    // A run of blanks and bold marks reads as one space if it holds a blank, else as nothing.
    bool blank = false;
    while (at > 0 && blank_or_mark(t[at - 1])) blank = is_blank(t[--at]) || blank;
    if (blank) return ' ';
  }
  return '\0';
}

// Whether the cursor reads `phrase` next, moving it past: from the first byte that differs, it
// stands somewhere in the phrase's reading.
bool read(Cursor& c, std::string_view phrase) {
  for (const char p : phrase) {
    if (c.at_end() || c.peek() != p) return false;
    c.next();
  }
  return true;
}

// The first word of a heading, that may_open() tests it by: past leading blanks, bold marks,
// digits, full stops and ")" (a paragraph number), up to a blank, ':', '?', '.' or '-', without
// a footnote number glued to it (or bold marks after that). As the cursor reads it, a heading
// that reads as a phrase has the phrase's first word.
// What each byte is to the first word: passed before it (a blank, bold mark, digit, '.' or ')'),
// its end (a blank, ':', '?', '.' or '-'), or passed at its end (a digit, a bold mark).
enum KeyByte : std::uint8_t { lead = 1, ends_key = 2, tail = 4 };

constexpr std::array<std::uint8_t, 256> key_bytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (const char c : {' ', '\t', '\f', '\n'}) t[static_cast<unsigned char>(c)] = lead | ends_key;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = lead | tail;
  t['*'] = lead | tail;
  t['\x01'] = lead | tail;
  t['.'] = lead | ends_key;
  t[')'] = lead;
  t[':'] = t['?'] = t['-'] = ends_key;
  return t;
}();

std::uint8_t key_byte(char c) { return key_bytes[static_cast<unsigned char>(c)]; }

// The offset of the first word's first byte.
std::size_t first_word_start(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (key_byte(text[i]) & lead)) ++i;
  return i;
}

// The first word, from its first byte at `i`.
std::string_view first_word_from(std::string_view text, std::size_t i) {
  std::size_t end = i;
  while (end < text.size() && !(key_byte(text[end]) & ends_key)) end += text[end] == '\xE2' && apostrophe_at(text, end) ? 3 : 1;
  while (end > i && (key_byte(text[end - 1]) & tail)) --end;
  return text.substr(i, end - i);
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

HeadingKey::HeadingKey(std::string_view text) {
  const std::string_view t = text.substr(0, label_length(text));
  std::size_t begin = 0;
  while (begin < t.size() && blank_or_mark(t[begin])) ++begin;
  // A leading paragraph or section number: "8. ", "4.2 ", "2) ".
  std::size_t i = begin;
  bool number = false;
  for (; i < t.size(); ++i) {
    if (is_digit(t[i]) || t[i] == '.') number = true;
    else if (!is_mark(t[i])) break;
  }
  if (number && i < t.size() && (is_blank(t[i]) || t[i] == ')')) {
    begin = t[i] == ')' ? i + 1 : i;
    while (begin < t.size() && blank_or_mark(t[begin])) ++begin;
  }
  // Trailing blanks, bold marks and ":?.", which read as nothing or as characters to take off.
  std::size_t end = t.size();
  while (end > begin && (blank_or_mark(t[end - 1]) || t[end - 1] == ':' || t[end - 1] == '?' || t[end - 1] == '.')) --end;
  text_ = t.substr(begin, end - begin);
  // Read as folded unless a bold mark, a control byte (a blank other than a space among them) or
  // two spaces together is found: eight bytes at a time.
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL, lows = 0x7F7F7F7F7F7F7F7FULL;
  const std::size_t n = text_.size();
  std::size_t apostrophes = 0;
  std::size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    std::uint64_t v;
    std::memcpy(&v, text_.data() + k, 8);
    const std::uint64_t star = v ^ (ones * '*'), e2 = v ^ (ones * 0xE2), space = v ^ (ones * ' ');
    if ((((v - ones * 0x20) & ~v) | ((star - ones) & ~star)) & highs) return;
    const std::uint64_t spaces = ~(((space & lows) + lows) | space) & highs;  // exactly the spaces
    if ((spaces & (spaces >> 8)) != 0 || (text_[k + 7] == ' ' && k + 8 < n && text_[k + 8] == ' ')) return;
    if ((e2 - ones) & ~e2 & highs) {
      for (std::size_t j = k; j < k + 8; ++j) apostrophes += apostrophe_at(text_, j) ? 1 : 0;
    }
  }
  for (; k < n; ++k) {
    const char c = text_[k];
    if (static_cast<unsigned char>(c) < 0x20 || c == '*' || (c == ' ' && text_[k + 1] == ' ')) return;  // no blank ends it
    apostrophes += apostrophe_at(text_, k) ? 1 : 0;
  }
  folded_size_ = n - 2 * apostrophes;
}

std::size_t HeadingKey::size() const {
  if (as_folded()) return folded_size_;
  std::size_t n = 0;
  for (Cursor c = begin(); !c.at_end(); c.next()) ++n;
  return n;
}

bool HeadingKey::equals(std::string_view phrase) const {
  if (as_folded()) {
    return phrase.size() == folded_size_ && (folded_size_ == text_.size() ? equal_folded(text_, phrase)
                                                                            : match_folded(text_, 0, phrase) == text_.size());
  }
  Cursor c = begin();
  return read(c, phrase) && c.at_end();
}

bool HeadingKey::starts_then_space(std::string_view phrase) const {
  if (as_folded()) {
    const std::size_t end = match_folded(text_, 0, phrase);
    return end < text_.size() && text_[end] == ' ';
  }
  Cursor c = begin();
  return read(c, phrase) && c.peek() == ' ';
}

bool HeadingKey::ends_after_space(std::string_view phrase) const {
  std::size_t at = text_.size();
  for (std::size_t k = phrase.size(); k-- > 0;) {
    if (at == 0 || read_back(text_, at) != phrase[k]) return false;
  }
  return at > 0 && read_back(text_, at) == ' ';
}

bool HeadingKey::contains_any(const std::vector<std::string>& phrases) const {
  if (as_folded()) {
    // Phrases that open with the same two characters are looked for in one pass: each place
    // those are found, every such phrase is tried.
    const auto lead = [](std::string_view p) { return p.substr(0, 2); };
    for (std::size_t i = 0; i < phrases.size(); ++i) {
      const std::string_view opening = lead(phrases[i]);
      const auto same = [&](const std::string& p) { return lead(p) == opening; };
      if (std::any_of(phrases.begin(), phrases.begin() + static_cast<std::ptrdiff_t>(i), same)) continue;
      for (std::size_t at = find_folded(text_, opening); at != std::string_view::npos; at = find_folded(text_, opening, at + 1)) {
        for (std::size_t j = i; j < phrases.size(); ++j) {
          if (same(phrases[j]) && match_folded(text_, at, phrases[j]) != std::string_view::npos) return true;
        }
      }
    }
    return false;
  }
  for (const std::string& p : phrases) {
    if (p.empty()) return true;
    for (Cursor c = begin(); !c.at_end(); c.next()) {
      if (c.peek() != p.front()) continue;
      Cursor d = c;
      if (read(d, p)) return true;
    }
  }
  return false;
}

bool HeadingKey::contains_at_word(std::string_view phrase) const {
  // A "'" that starts the phrase may be found inside a typographic apostrophe: read the text.
  if (!phrase.starts_with('\'') && as_folded())
    return find_word_folded(text_, phrase) != std::string_view::npos;
  if (phrase.empty()) return true;
  const char first = phrase.front();
  char before = ' ';
  for (Cursor c = begin(); !c.at_end(); c.next()) {
    const char here = c.peek();
    if (here == first && !folded_word_byte(before)) {
      Cursor d = c;
      if (read(d, phrase)) return true;
    }
    before = here;
  }
  return false;
}

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
  std::stable_sort(keys_.begin(), keys_.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  key_length_.assign(longest_key_ + 2, 0);
  for (const std::string& k : keys_) ++key_length_[k.size() + 1];
  for (std::size_t n = 1; n < key_length_.size(); ++n) key_length_[n] += key_length_[n - 1];

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
  std::string key;
  const std::string_view word = first_word_from(phrase, first_word_start(phrase));
  for (Cursor c(word); !c.at_end(); c.next()) key += c.peek();
  if (key.empty()) {
    empty_key_ = true;
    return;
  }
  if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return;
  const std::size_t n = key.size();
  longest_key_ = std::max(longest_key_, n);
  const auto b = static_cast<unsigned char>(key.front());
  key_first_[b >> 6] |= std::uint64_t{1} << (b & 63);
  if (n >= 2 && is_lower(key[0]) && is_lower(key[1])) key_second_[key[0] - 'a'] |= std::uint32_t{1} << (key[1] - 'a');
  key_last_[n % key_last_.size()] |= std::uint64_t{1} << (static_cast<unsigned char>(key.back()) & 63);
  keys_.push_back(std::move(key));
}

// A heading reads as a phrase only if its first word reads as the first word of one.
bool FindingsPhrases::may_open(std::string_view text) const {
  const std::size_t i = first_word_start(text);
  // A word whose first byte starts no key, or whose first two letters start none, is not read
  // further (with an empty key, any word may do).
  if (!empty_key_ && i < text.size()) {
    const char c = text[i];
    const auto b = static_cast<unsigned char>(c == '\xE2' && apostrophe_at(text, i) ? '\'' : fold_letter(c));
    if (!(key_byte(c) & ends_key) && !((key_first_[b >> 6] >> (b & 63)) & 1u)) return false;
    if (is_letter(c) && i + 1 < text.size() && is_letter(text[i + 1]) &&
        !((key_second_[b - 'a'] >> (fold_letter(text[i + 1]) - 'a')) & 1u)) {
      return false;
    }
  }
  const std::string_view word = first_word_from(text, i);
  // A word of letters and digits (most) is compared as written; one with a bold mark or an
  // apostrophe in it, as the cursor reads it.
  const bool as_written = std::none_of(word.begin(), word.end(), [](char c) { return HeadingKey::byte(c) != HeadingKey::plain; });
  std::size_t n = word.size();
  if (!as_written) {
    n = 0;
    for (Cursor c(word); !c.at_end() && n <= longest_key_; c.next()) ++n;
  }
  if (n > longest_key_) return false;
  if (n == 0) return empty_key_;
  // The length and last character of a key rule out most words before they are compared.
  std::size_t end = word.size();
  const auto last = static_cast<unsigned char>(read_back(word, end));
  if (!((key_last_[n % key_last_.size()] >> (last & 63)) & 1u)) return false;
  for (std::uint32_t k = key_length_[n]; k < key_length_[n + 1]; ++k) {
    Cursor c(word);
    if (as_written ? equal_folded(word, keys_[k]) : read(c, keys_[k])) return true;
  }
  return false;
}

std::optional<FindingsPhrases::Hits> FindingsPhrases::hits(std::string_view text) const {
  // A heading is short; the cheap tests first.
  if (text.size() > longest_heading || text.empty() || !may_open(text)) return std::nullopt;
  const HeadingKey s(text);
  if (s.empty()) return std::nullopt;
  // A phrase that opens the heading starts with its first character.
  const char first = s.begin().peek();
  const auto opens = [&](const std::string& p) { return !p.empty() && p.front() == first && s.starts_then_space(p); };
  const std::size_t n = s.size();
  Hits h;
  for (const Row& r : headings_) {
    if (r.phrase.size() == n && r.phrase.front() == first && s.equals(r.phrase)) h.lists |= r.lists;
  }
  if (n <= 90) {
    for (const std::string& p : *starts_) h.question = h.question || opens(p);
    for (const std::string& p : *question_starts_) {
      if (h.question || !opens(p)) continue;
      for (const std::string& e : *question_ends_) h.question = h.question || s.ends_after_space(e);
    }
  }
  h.timeframe = timeframe_heading(s);
  if (h.lists == 0 && !h.question && !h.timeframe) return std::nullopt;
  // Read only for a list of improvements (resolve), which a heading opens by a row or a question.
  h.immediate = (h.lists != 0 || h.question) && s.contains_at_word("immediate");
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
  const HeadingKey s(text);
  for (const std::string& p : *nil_statement_) {
    if (s.equals(p)) return true;
  }
  // A statement, not an item that asks for there to be none of something ("Ensure that there
  // are no delays ..."): it starts with its negation, or says that nothing was found.
  for (const std::string& p : *nil_opening_) {
    if (s.starts_then_space(p)) return true;
  }
  return s.contains_any(*nil_finding_);
}

// `word` (or its plural) matched whole at t[i], read as a HeadingKey's cursor reads t.
bool FindingsPhrases::other_part_at(std::string_view t, std::size_t i, std::string_view word) {
  std::size_t k = 0;
  // Bytes the cursor reads as they stand compared so; from the first other one, read by the cursor.
  for (; k < word.size() && i < t.size() && HeadingKey::byte(t[i]) == HeadingKey::plain; ++k, ++i) {
    if (fold_letter(t[i]) != word[k]) return false;
  }
  Cursor c(t, i);
  if (!read(c, word.substr(k))) return false;
  const char a = c.peek();
  c.next();
  const char b = c.peek();
  c.next();
  const char d = c.peek();
  char next = a;
  if (a == 'e' && b == 's' && !is_lower(d)) next = d;
  else if (a == 's') next = b;
  return !folded_word_byte(next);
}

bool FindingsPhrases::heading_of_another_part(std::string_view text) const {
  if (words_plain_) {
    // Read in the text as written, word start by word start: the words are plain, so neither a
    // leading paragraph number nor trailing punctuation, which a HeadingKey leaves out, can be
    // in one.
    const std::string_view t = text.substr(0, label_length(text));
    bool start = true;  // the character before, as the cursor reads it, is not [a-z0-9]
    for (std::size_t i = 0; i < t.size();) {
      const char c = t[i];
      if (written_word_byte(c)) {
        if (start) {
          const auto l = static_cast<unsigned char>(fold_letter(c));
          // The second byte as written, where the cursor reads it as it stands, rules most words out.
          const char second = i + 1 < t.size() && HeadingKey::byte(t[i + 1]) == HeadingKey::plain ? fold_letter(t[i + 1]) : '\0';
          for (std::uint32_t r = word_bucket_[l]; r < word_bucket_[l + 1u]; ++r) {
            const std::string_view w = words_[r];
            if (second != '\0' && w.size() > 1 && w[1] != second) continue;
            if (other_part_at(t, i, w)) return true;
          }
        }
        // The rest of the word: its letters, digits and the bold marks the cursor passes over.
        ++i;
        while (i < t.size() && (written_word_byte(t[i]) || is_mark(t[i]))) ++i;
        start = false;
        continue;
      }
      if (is_mark(c)) {
        ++i;
        continue;
      }
      if (start) {
        const auto l = static_cast<unsigned char>(Cursor(t, i).peek());
        for (std::uint32_t r = word_bucket_[l]; r < word_bucket_[l + 1u]; ++r) {
          if (other_part_at(t, i, words_[r])) return true;
        }
      }
      start = true;
      i += c == '\xE2' && apostrophe_at(t, i) ? 3 : 1;
    }
    return false;
  }
  // Any words: one pass over the heading's word starts (a character after one that is not
  // [a-z0-9]), trying the words that begin with each one's character. Whole words, or their
  // plurals: "strengths" but not "strengthen".
  const HeadingKey s(text);
  char before = ' ';
  for (Cursor c = s.begin(); !c.at_end(); c.next()) {
    const char here = c.peek();
    if (!folded_word_byte(before)) {
      const auto l = static_cast<unsigned char>(here);
      for (std::uint32_t r = word_bucket_[l]; r < word_bucket_[l + 1u]; ++r) {
        Cursor d = c;
        if (!read(d, words_[r])) continue;
        const char a = d.peek();
        Cursor e = d;
        e.next();
        if (a == 'e' && e.peek() == 's') {
          Cursor f = e;
          f.next();
          if (f.at_end() || !is_lower(f.peek())) d = f;
          else if (a == 's') d = e;
        } else if (a == 's') {
          d = e;
        }
        if (d.at_end() || !folded_word_byte(d.peek())) return true;
      }
    }
    before = here;
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
    const auto first = static_cast<unsigned char>(fold_letter(last.front()));
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
