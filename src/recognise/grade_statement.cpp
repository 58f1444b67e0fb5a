#include "recognise/grade_statement.hpp"

#include <algorithm>
#include <span>
#include <utility>

#include "recognise/text_search.hpp"

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

// A number of up to three digits, which may start a grade ("4 (Inadequate)").
bool number(std::string_view key) {
  return !key.empty() && key.size() <= 3 && std::all_of(key.begin(), key.end(), is_digit);
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
    // A verb with its first and last words and their count, which its tokens are read by.
    auto verb = [&](std::string_view phrase, bool starts_grade) {
      return Verb{phrase, starts_grade, listed(Phrases::judged_verb, phrase), phrase.substr(0, phrase.find(' ')),
                  phrase.substr(phrase.rfind(' ') + 1),
                  static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1};
    };
    for (const std::string& v : lexicon.phrases(Phrases::sentence_verb)) verbs_.push_back(verb(v, in(verb_forms_, v)));
    // A verb that starts a grade is a verb of the sentence, listed there or not.
    for (const std::string_view form : verb_forms_.words) {
      const bool there = std::any_of(verbs_.begin(), verbs_.end(), [&](const Verb& v) { return v.phrase == form; });
      if (!there) verbs_.push_back(verb(form, true));
    }
    std::erase_if(verbs_, [](const Verb& v) { return v.phrase.empty(); });
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

void GradeStatements::cuts_of(std::string_view sentence, const Tokens& tokens, std::size_t first_key,
                              std::vector<Cut>& cuts) const {
  cuts.clear();
  const std::span<const Token> list = tokens.list;
  const std::size_t n = sentence.size();
  auto blank_before = [&](std::size_t i) { return list[i].begin > 0 && sentence[list[i].begin - 1] == ' '; };
  auto blank_after = [&](std::size_t i) { return list[i].end < n && sentence[list[i].end] == ' '; };
  // The cuts of a grade whose first word is token s (list.size(): a grade without words): a
  // colon, or a verb between the subject and the grade (a word of its own after a blank and
  // before one), with blanks between it and the grade; or a verb that starts a grade at s.
  auto cuts_before = [&](std::size_t s) {
    std::size_t j = s;
    while (j > 0 && blank(sentence, list[j - 1])) {
      --j;
      if (sentence[list[j].begin] == ':' && blank_after(j)) cuts.push_back({list[j].begin, list[j].end + 1, j + 1, false, verbs_.size()});
    }
    if (j > 0 && list[j - 1].kind == TokenKind::word && blank_after(j - 1)) {
      const std::string_view last = tokens.key(list[j - 1]);
      for (std::size_t v = 0; v < verbs_.size(); ++v) {
        const Verb& verb = verbs_[v];
        if (verb.starts_grade || verb.last != last || verb.words > j) continue;
        const std::size_t first = j - verb.words;
        if (!blank_before(first) || words_at(sentence, tokens, first, verb.phrase) != j) continue;
        cuts.push_back({list[first].begin - 1, list[j - 1].end + 1, j, verb.judged, v});
      }
    }
    if (s < list.size() && blank_before(s)) {
      const std::string_view first = tokens.key(list[s]);
      for (std::size_t v = 0; v < verbs_.size(); ++v) {
        const Verb& verb = verbs_[v];
        if (!verb.starts_grade || verb.first != first) continue;
        const std::size_t end = words_at(sentence, tokens, s, verb.phrase);
        if (end != std::string_view::npos && blank_after(end - 1)) cuts.push_back({list[s].begin - 1, list[s].begin, s, verb.judged, v});
      }
    }
  };
  // Only a grade that starts with a key word, or with a number before one ("is 4 (Inadequate)"),
  // can be read; so only the cuts before such a word are looked for. For a scale with a label
  // without words, a grade may also start with any number, or have no words at all.
  const bool wordless = key_words_->wordless();
  std::size_t t = static_cast<std::size_t>(
      std::partition_point(list.begin(), list.end(), [&](const Token& x) { return x.end <= first_key; }) - list.begin());
  for (; t < list.size(); ++t) {
    if (list[t].kind != TokenKind::word) continue;
    if (wordless && number(tokens.key(list[t]))) {
      cuts_before(t);
      continue;
    }
    if (!key_words_->key_at(sentence, list[t].begin)) continue;
    std::size_t j = t;
    while (j > 0 && blank(sentence, list[j - 1])) --j;
    if (!wordless && j > 0 && list[j - 1].kind == TokenKind::word && number(tokens.key(list[j - 1]))) cuts_before(j - 1);
    cuts_before(t);
  }
  if (wordless) cuts_before(list.size());
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) {
    return a.grade_begin != b.grade_begin ? a.grade_begin < b.grade_begin : a.verb < b.verb;
  });
}

// The longest run of up to seven words at sentence[begin] (whose first token is `token`) that
// is a grade and ends the sentence: at the end of the sentence, before a full stop or a
// footnote mark, or before a word that starts a new sentence (a title line run into the
// paragraph below it). The words are the runs of bytes between spaces: the tokens, with the
// quotes and emphasis marks glued to them ("**Good**."). With the grade it is, when there is one.
GradeStatements::Prefix GradeStatements::grade_prefix(std::string_view sentence, const Tokens& tokens,
                                                      std::size_t begin, std::size_t token) const {
  const std::span<const Token> list = tokens.list;
  const std::size_t n = sentence.size();
  std::array<std::size_t, 7> ends{};
  std::size_t count = 0;
  // A word ends at a space after it, or at the sentence's end: only the bytes between tokens
  // (spaces, quotes, emphasis) are looked at; a token holds no space (a date's are passed over
  // with it: no grade holds a date).
  auto gap = [&](std::size_t from, std::size_t to) {
    for (std::size_t p = from; p < to && count < ends.size(); ++p) {
      if (sentence[p] == ' ' && p > begin && sentence[p - 1] != ' ') ends[count++] = p;
    }
  };
  for (std::size_t at = begin, t = token; count < ends.size(); ++t) {
    if (t >= list.size()) {
      gap(at, n);
      if (count < ends.size() && n > begin && sentence[n - 1] != ' ') ends[count++] = n;
      break;
    }
    gap(at, list[t].begin);
    at = list[t].end;
  }
  while (count > 0) {
    const std::size_t end = ends[--count];
    const std::string_view candidate = sentence.substr(begin, end - begin);
    // Where the sentence ends (cheap to see) first, then whether it is a grade.
    std::size_t next = end;
    while (next < n && sentence[next] == ' ') ++next;
    const std::string_view cell = grade_cell(candidate);
    const std::string_view closing = candidate.substr(cell.size());  // ".", ".2", "**", ","
    const bool ends_here = next == n || (sentence[next] >= 'A' && sentence[next] <= 'Z') ||
                           closing.find_first_of(".0123456789*") != std::string_view::npos;
    if (!ends_here) continue;
    if (auto m = match(candidate)) return {candidate, m};
  }
  return {};
}

}  // namespace judgement::detail
