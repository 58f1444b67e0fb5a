#include "recognise/grade_statement.hpp"

#include <algorithm>
#include <span>
#include <utility>

#include "recognise/text_search.hpp"
#include "source/fold.hpp"

namespace judgement::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A token a grade's words are read over as over blanks: ASCII punctuation or a tab, which no word
// of a grade is (GradeWords reads a dash or a bullet of more than one byte as a word, and a date
// holds words).
bool blank(std::string_view text, const Token& t) {
  return (t.kind == TokenKind::punct || t.kind == TokenKind::separator) && static_cast<unsigned char>(text[t.begin]) < 0x80;
}

// Where the blanks and punctuation before the word at text[word] start: the bytes that are in
// no word, Unicode spaces among them (scale/words.hpp).
std::size_t blanks_before(std::string_view text, std::size_t word) {
  while (word > 0) {
    const auto c = static_cast<unsigned char>(text[word - 1]);
    if (c < 0x80) {
      if (is_digit(static_cast<char>(c)) || is_alpha(static_cast<char>(c))) break;
      --word;
    } else if (word >= 2 && unicode_space_at(text, word - 2) == 2) {
      word -= 2;
    } else if (word >= 3 && unicode_space_at(text, word - 3) == 3) {
      word -= 3;
    } else {
      break;
    }
  }
  return word;
}

// Where the word before the one at text[word] starts, when it is a number of up to three digits
// ("4 (Inadequate)"), else npos.
std::size_t number_before(std::string_view text, std::size_t word) {
  const std::size_t end = blanks_before(text, word);
  std::size_t begin = end;
  while (begin > 0 && end - begin < 4 && is_digit(text[begin - 1])) --begin;
  if (begin == end || end - begin > 3) return std::string_view::npos;
  if (begin > 0 && blanks_before(text, begin) == begin) return std::string_view::npos;  // "x4", "Tier4"
  return begin;
}

// Is text[i] one of the two bytes that the folded text writes as \x01 before the "'" of a
// typographic apostrophe (U+2018, U+2019: E2 80 98, E2 80 99)?
bool apostrophe_pad(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  return (b == 0xE2 || b == 0x80) && folded_byte(text, i) == '\x01';
}

}  // namespace

std::string_view grade_cell(std::string_view s) {
  for (bool changed = true; changed;) {
    const std::string_view before = s;
    s = trim(s, " \t*_.,;:)");
    std::size_t digits = 0;
    while (digits < s.size() && is_digit(s[s.size() - 1 - digits])) ++digits;
    if (digits > 0 && digits <= 2 && digits < s.size()) {
      const char c = s[s.size() - 1 - digits];
      if (is_alpha(c) || c == '.' || c == '*') s.remove_suffix(digits);
    }
    changed = s.size() != before.size();
  }
  return s;
}

std::size_t words_at(std::string_view text, const Tokens& tokens, std::size_t i, std::string_view phrase) {
  const std::span<const Token> list = tokens.list;
  for (std::size_t from = 0;; ++i) {
    const std::size_t space = phrase.find(' ', from);
    const std::string_view word = phrase.substr(from, space - from);
    if (i >= list.size() || list[i].kind != TokenKind::word || tokens.key(list[i]) != word) return std::string_view::npos;
    if (space == std::string_view::npos) return i + 1;
    // The next word a space after it, as the row writes it.
    if (i + 1 >= list.size() || list[i + 1].begin != list[i].end + 1 || text[list[i].end] != ' ') {
      return std::string_view::npos;
    }
    from = space + 1;
  }
}

void GradeStatements::WordList::add(std::string_view w) {
  if (w.empty() || std::find(words.begin(), words.end(), w) != words.end()) return;
  words.push_back(w);
  lengths |= std::uint64_t{1} << std::min<std::size_t>(w.size(), 63);
  const auto c = static_cast<unsigned char>(w[0]);
  firsts[c >> 6] |= std::uint64_t{1} << (c & 63u);
}

bool GradeStatements::in(const WordList& list, std::string_view w) {
  if (w.empty() || ((list.lengths >> std::min<std::size_t>(w.size(), 63)) & 1u) == 0) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (((list.firsts[c >> 6] >> (c & 63u)) & 1u) == 0) return false;
  return std::find(list.words.begin(), list.words.end(), w) != list.words.end();
}

GradeStatements::GradeStatements(const GradeStatementOptions& options)
    : form_(options.form) {
  const Lexicon& lexicon = *options.lexicon;
  // One list of the forms of a verb that starts a grade, whichever reader's list gives them.
  for (const Phrases list : {Phrases::grade_verb_form, Phrases::grade_verb}) {
    for (const std::string& w : lexicon.phrases(list)) verb_forms_.add(w);
  }
  if (form_ == GradeForm::sentence_final) {
    scale_ = options.scales.at(0);
    key_words_ = &grade_words_of(*scale_, own_words_);
    auto listed = [&](Phrases list, std::string_view verb) {
      const auto& rows = lexicon.phrases(list);
      return std::find(rows.begin(), rows.end(), verb) != rows.end();
    };
    for (const std::string& verb : lexicon.phrases(Phrases::sentence_verb)) {
      verbs_.push_back(Verb{verb, in(verb_forms_, verb), listed(Phrases::judged_verb, verb)});
    }
    // A verb that starts a grade is a verb of the sentence, listed there or not.
    for (const std::string_view form : verb_forms_.words) {
      const bool there = std::any_of(verbs_.begin(), verbs_.end(), [&](const Verb& v) { return v.phrase == form; });
      if (!there) verbs_.push_back(Verb{form, true, listed(Phrases::judged_verb, form)});
    }
    std::erase_if(verbs_, [](const Verb& v) { return v.phrase.empty(); });
    // The verbs by their first byte, each byte's in the lexicon's order.
    for (const Verb& v : verbs_) {
      ++verb_bucket_[static_cast<unsigned char>(v.phrase.front()) + 1];
      longest_verb_ = std::max(longest_verb_, v.phrase.size());
    }
    for (std::size_t c = 1; c < verb_bucket_.size(); ++c) verb_bucket_[c] += verb_bucket_[c - 1];
    verb_order_.resize(verbs_.size());
    std::array<std::size_t, 256> next{};
    for (std::size_t v = 0; v < verbs_.size(); ++v) {
      const auto c = static_cast<unsigned char>(verbs_[v].phrase.front());
      verb_order_[verb_bucket_[c] + next[c]++] = v;
    }
    return;
  }

  // judged: every label and alias of every scale as words (scale/words.hpp words_of); a phrase
  // an earlier scale gave is not given again.
  const std::pair<Phrases, WordList*> lists[] = {
      {Phrases::grade_trigger, &trigger_},
      {Phrases::after_grade, &after_grade_},
      {Phrases::outcome_noun, &outcome_noun_},
      {Phrases::earlier_judgement, &earlier_judgement_},
      {Phrases::not_grade_before, &not_grade_before_},
      {Phrases::not_grade_after, &not_grade_after_},
      {Phrases::present_before_grade, &present_before_grade_},
      {Phrases::present_before_trigger, &present_before_trigger_},
      {Phrases::outcome_link, &outcome_link_},
      {Phrases::judgement_noun, &judgement_noun_},
  };
  for (const auto& [list, words] : lists) {
    for (const std::string& w : lexicon.phrases(list)) words->add(w);
  }
  std::vector<std::vector<std::string>> given;
  struct Row {
    std::vector<std::string> words;
    std::string_view text;
    bool label;
  };
  std::vector<Row> rows;
  for (const GradeScale* scale : options.scales) {
    for (const Grade& g : scale->grades()) {
      auto add = [&](const std::string& phrase, bool label) {
        std::vector<std::string> ws = words_of(phrase);
        if (ws.empty() || std::find(given.begin(), given.end(), ws) != given.end()) return;
        given.push_back(ws);
        rows.push_back(Row{std::move(ws), phrase, label});
      };
      add(g.label, true);
      for (const std::string& a : g.aliases) add(a, false);
    }
  }
  // A phrase's key: its first word, or the first verb form listed when its first word is one,
  // so that every form starts the grades of each ("required improvement to be good").
  auto key_word = [&](std::string_view first) { return in(verb_forms_, first) ? verb_forms_.words.front() : first; };
  std::vector<std::string_view> keys;  // by key
  auto key_index = [&](std::string_view word) {
    const auto at = std::find(keys.begin(), keys.end(), word);
    if (at != keys.end()) return static_cast<std::uint32_t>(at - keys.begin());
    keys.push_back(word);
    return static_cast<std::uint32_t>(keys.size() - 1);
  };
  // Each key's phrases side by side, the longest first; of two as long, the first given.
  std::vector<std::pair<std::uint32_t, std::size_t>> order;  // (key, row)
  for (std::size_t r = 0; r < rows.size(); ++r) order.emplace_back(key_index(key_word(rows[r].words.front())), r);
  std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : rows[a.second].words.size() > rows[b.second].words.size();
  });
  // The words a grade may start with: each key's words, every form of the verb among them (before
  // the rows' words move: keys view them).
  for (std::uint32_t k = 0; k < keys.size(); ++k) {
    if (!verb_forms_.words.empty() && keys[k] == verb_forms_.words.front()) {
      for (const std::string_view f : verb_forms_.words) {
        first_words_.emplace_back(f);
        first_keys_.push_back(k);
      }
    } else {
      first_words_.emplace_back(keys[k]);
      first_keys_.push_back(k);
    }
  }
  keys_.assign(keys.size(), KeyRange{});
  for (const auto& [key, r] : order) {
    if (keys_[key].begin == keys_[key].end) keys_[key].begin = keys_[key].end = static_cast<std::uint32_t>(phrases_.size());
    ++keys_[key].end;
    Phrase p{static_cast<std::uint32_t>(phrase_words_.size()), static_cast<std::uint32_t>(rows[r].words.size()),
             rows[r].text, rows[r].label};
    for (std::string& w : rows[r].words) phrase_words_.push_back(std::move(w));
    phrases_.push_back(p);
  }
}

std::uint32_t GradeStatements::key_of(std::string_view word) const {
  for (std::size_t w = 0; w < first_words_.size(); ++w) {
    if (first_words_[w] == word) return first_keys_[w];
  }
  return kNoKey;
}

std::optional<GradeMatch> GradeStatements::match(std::string_view text) const {
  const std::string_view g = grade_cell(text);
  if (g.empty() || g.size() > 60 || !may_start(g)) return std::nullopt;
  return scale_->match(g);
}

const Grade* GradeStatements::carried(std::string_view text, const Tokens& tokens) const {
  const std::span<const Token> list = tokens.list;
  // Whether the words of `phrase` (lower case) are the keys of word tokens one after another,
  // with nothing but blanks between them.
  auto names = [&](const std::vector<std::string>& phrase) {
    if (phrase.empty()) {  // a label without words: text without words
      return std::all_of(list.begin(), list.end(), [&](const Token& t) { return blank(text, t); });
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      std::size_t k = 0;
      for (std::size_t at = i; k < phrase.size() && at < list.size(); ++at) {
        if (at > i && blank(text, list[at])) continue;
        if (list[at].kind != TokenKind::word || tokens.key(list[at]) != phrase[k]) break;
        ++k;
      }
      if (k == phrase.size()) return true;
    }
    return false;
  };
  if (named_.empty()) {
    for (const Grade& g : scale_->grades()) {
      named_.push_back(Named{&g, words_of(g.label)});
      for (const std::string& a : g.aliases) named_.push_back(Named{&g, words_of(a)});
    }
  }
  for (const Named& n : named_) {
    if (names(n.words)) return n.grade;
  }
  return nullptr;
}

// The first place a verb that ends at text[end] can start: the longest verb's length before it,
// not counting the bytes the folded text pads an apostrophe with.
std::size_t GradeStatements::verb_reach(std::string_view text, std::size_t end) const {
  std::size_t at = end;
  for (std::size_t left = longest_verb_; at > 0 && left > 0; --at) {
    if (!apostrophe_pad(text, at - 1)) --left;
  }
  while (at > 0 && apostrophe_pad(text, at - 1)) --at;
  return std::max<std::size_t>(at, 1);
}

void GradeStatements::cuts_of(std::string_view sentence, std::size_t first_key, std::vector<Cut>& cuts) const {
  cuts.clear();
  const char* const c = sentence.data();
  const std::size_t n = sentence.size();
  // The cuts that start at [lo, hi], each place looked at once: a colon, or a verb between the
  // subject and the grade, a word of its own after a blank, with words after it.
  std::size_t looked = 1;
  auto cuts_in = [&](std::size_t lo, std::size_t hi) {
    for (std::size_t at = std::max(lo, looked); at <= hi && at < n; ++at) {
      if (c[at - 1] == ':' && c[at] == ' ') {
        cuts.push_back({at - 1, at + 1, false, verbs_.size()});
        continue;
      }
      if (c[at - 1] != ' ') continue;
      const auto first = static_cast<unsigned char>(folded_byte(sentence, at));
      for (std::size_t r = verb_bucket_[first]; r < verb_bucket_[first + 1]; ++r) {
        const std::size_t v = verb_order_[r];
        const Verb& verb = verbs_[v];
        const std::size_t e = phrase_at_folded(sentence, at, verb.phrase);
        if (e == std::string::npos || e >= n || c[e] != ' ') continue;
        cuts.push_back({at - 1, verb.starts_grade ? at : e + 1, verb.judged, v});
      }
    }
    looked = std::max(looked, hi + 1);
  };
  // Only a grade that starts with a key word, or with a number before one ("is 4 (Inadequate)"),
  // can be read; so only the cuts before such a word are looked for: a colon or a verb that ends
  // in the blanks before it, or "requires" that is the word.
  auto cuts_before = [&](std::size_t word) {
    const std::size_t blanks = blanks_before(sentence, word);
    cuts_in(blanks > 0 ? verb_reach(sentence, blanks - 1) : 1, word);
  };
  if (key_words_->wordless()) {
    cuts_in(1, n);  // a label without words: a grade may be read anywhere
  } else {
    for (std::size_t k = first_key; k != std::string_view::npos;
         k = key_words_->find(sentence, next_word(sentence, k).end)) {
      if (const std::size_t number = number_before(sentence, k); number != std::string_view::npos) {
        cuts_before(number);
      }
      cuts_before(k);
    }
  }
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) {
    return a.grade_begin != b.grade_begin ? a.grade_begin < b.grade_begin : a.verb < b.verb;
  });
}

// The longest run of up to seven words at the start of `text` that is a grade and ends the
// sentence: at the end of the text, before a full stop or a footnote mark, or before a word that
// starts a new sentence (a title line run into the paragraph below it). With the grade it is,
// when there is one.
GradeStatements::Prefix GradeStatements::grade_prefix(std::string_view text) const {
  if (!may_start(text)) return {};
  std::array<std::size_t, 7> ends{};
  std::size_t count = 0;
  for (std::size_t i = 0; i <= text.size() && count < ends.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      if (i > 0 && text[i - 1] != ' ') ends[count++] = i;
    }
  }
  while (count > 0) {
    const std::size_t end = ends[--count];
    const std::string_view candidate = text.substr(0, end);
    // Where the sentence ends (cheap to see) first, then whether it is a grade.
    const std::string_view after = trim(text.substr(end), " ");
    const std::string_view cell = grade_cell(candidate);
    const std::string_view closing = candidate.substr(cell.size());  // ".", ".2", "**", ","
    const bool ends_here = after.empty() || (after.front() >= 'A' && after.front() <= 'Z') ||
                           closing.find_first_of(".0123456789*") != std::string_view::npos;
    if (!ends_here) continue;
    if (auto m = match(candidate)) return {candidate, m};
  }
  return {};
}

}  // namespace judgement::detail
