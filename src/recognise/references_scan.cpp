#include "recognise/references_scan.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <mutex>

#include "grammar/date_finder.hpp"
#include "judgement/profile.hpp"
#include "recognise/framework.hpp"
#include "recognise/grade_statement.hpp"
#include "scale/words.hpp"

namespace judgement::detail::references {
namespace {

using DT = DocumentType;

// --- the vocabulary: heads and grade words, compiled once from the lexicon and the scales --------

enum class HeadKind : std::uint8_t { framework, inspection, visit, verb, plural };
using HK = HeadKind;

// A word that starts a head (Scanner::match_head), one that can start a grade (Scanner::grade_at), and one
// of the words that together are in every head that names one inspection (the probe's): worked
// out once per word, so that most words, sentences and blocks are passed over at once.
constexpr std::uint8_t kHeadWord = 1;
constexpr std::uint8_t kGradeWord = 2;
constexpr std::uint8_t kTrigger = 4;

constexpr std::uint32_t kNoWord = 0xFFFFFFFFu;

// The lexicon's head lists (Phrases::*_head) and what a head of each names.
struct HeadList {
  Phrases list;
  DocumentType type;
  HeadKind kind;
};
const HeadList head_lists[] = {
    {Phrases::jtai_head, DT::jtai, HK::framework},
    {Phrases::focused_visit_head, DT::focused_visit, HK::framework},
    {Phrases::monitoring_visit_head, DT::monitoring_visit, HK::framework},
    {Phrases::sif_head, DT::sif, HK::framework},
    {Phrases::ilacs_head, DT::ilacs, HK::framework},
    {Phrases::safeguarding_inspection_head, DT::safeguarding_inspection, HK::framework},
    {Phrases::area_send_head, DT::area_send, HK::framework},
    {Phrases::lscb_review_head, DT::lscb_review, HK::framework},
    {Phrases::inspection_head, DT::unknown, HK::inspection},
    {Phrases::visit_head, DT::unknown, HK::visit},
    {Phrases::inspected_head, DT::unknown, HK::verb},
    {Phrases::plural_head, DT::unknown, HK::plural},
};

// A word's key: its first eight bytes, zero-padded. `p` must have eight readable bytes.
inline std::uint64_t key_of(const char* p, std::size_t n) {
  std::uint64_t v = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&v, p, 8);
    if (n < 8) v &= (std::uint64_t{1} << (8 * n)) - 1;
  } else {
    std::memcpy(&v, p, std::min<std::size_t>(n, 8));
  }
  return v;
}

using tokens::ascii_alnum;

// ASCII letters and digits, by byte.
constexpr std::array<bool, 256> alnum_byte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = ascii_alnum(static_cast<unsigned char>(c));
  return t;
}();

// The lexicon's lists of single words the scanner reads by (Phrases::premodifier, ...), each a
// bit of a word's `lists`.
enum class WL : std::uint8_t {
  premodifier, phrase_stop, phrase_break, date_connector, other_inspectorate, framework_verb, future_word,
  future_qualifier, earlier_qualifier, self_qualifier, recent_qualifier, restrictive_word, generic_area_word,
  judgement_word, inspectorate_word, other_review, head_continuation, plural_continuation, future_after,
  framework_word, council_word, inspected_qualifier, not_area_word, count_
};
constexpr Phrases word_lists[] = {
    Phrases::premodifier,       Phrases::phrase_stop,      Phrases::phrase_break,     Phrases::date_connector,
    Phrases::other_inspectorate, Phrases::framework_verb,  Phrases::future_word,      Phrases::future_qualifier,
    Phrases::earlier_qualifier, Phrases::self_qualifier,   Phrases::recent_qualifier, Phrases::restrictive_word,
    Phrases::generic_area_word, Phrases::judgement_word,   Phrases::inspectorate_word, Phrases::other_review,
    Phrases::head_continuation, Phrases::plural_continuation, Phrases::future_after,  Phrases::framework_word,
    Phrases::council_word,      Phrases::inspected_qualifier, Phrases::not_area_word};
// The words around a grade (grade_trigger, after_grade, outcome_noun, earlier_judgement) are the
// grade-statement reader's (recognise/grade_statement.hpp).
static_assert(std::size(word_lists) == static_cast<std::size_t>(WL::count_));

// The lexicon's lists of what a plain mention's words say was inspected (Scanner::classify):
// phrases, each a bit of its first word's `subjects`. The first list makes it something other
// than children's services; the last, a full inspection of them; the others, tried in order,
// its framework (a provider's with the subject that keeps one provider's inspections apart).
struct SubjectList {
  Phrases list;
  DocumentType type;
  std::string_view subject;
};
const SubjectList subject_lists[] = {
    {Phrases::not_childrens_subject, DT::unknown, {}},
    {Phrases::jtai_subject, DT::jtai, {}},
    {Phrases::area_send_subject, DT::area_send, {}},
    {Phrases::sif_subject, DT::sif, {}},
    {Phrases::ilacs_subject, DT::ilacs, {}},
    {Phrases::safeguarding_subject, DT::safeguarding_inspection, {}},
    {Phrases::lac_subject, DT::lac_inspection, {}},
    {Phrases::adoption_subject, DT::provider_inspection, "adoption"},
    {Phrases::fostering_subject, DT::provider_inspection, "fostering"},
    {Phrases::home_subject, DT::provider_inspection, "home"},
    {Phrases::full_subject, DT::unknown, {}},
};
constexpr std::size_t kNotChildrens = 0;
constexpr std::size_t kFull = std::size(subject_lists) - 1;

class Vocabulary {
 public:
  struct Word {
    std::string_view text;
    std::uint64_t key = 0;
    std::uint8_t flags = 0;
    std::uint32_t heads_begin = 0, heads_end = 0;  // the heads it starts, in heads_
    std::uint32_t grade_key = GradeStatements::kNoKey;  // the grades it starts (GradeStatements::key_of)
    std::uint32_t lists = 0;           // the word lists (WL) it is in, by bit
    std::uint32_t subjects = 0;        // the subject lists (subject_lists) a phrase of which it starts, by bit
  };
  struct Head {
    std::uint32_t words_begin = 0, size = 0;  // its words, in head_words_
    DocumentType type;
    HeadKind kind = HK::inspection;
  };
  Vocabulary(const Lexicon& lexicon, const std::vector<const GradeScale*>& scales)
      : grades_(GradeStatementOptions{&lexicon, scales, GradeForm::judged}) {
    // The words a grade may start with are the grade-statement reader's.
    const std::vector<std::string>& grade_firsts = grades_.first_words();
    std::size_t total = grade_firsts.size();
    for (const Phrases list : word_lists) total += lexicon.phrases(list).size();
    for (const SubjectList& l : subject_lists) total += lexicon.phrases(l.list).size();
    for (const HeadList& l : head_lists) {
      for (const std::string& phrase : lexicon.phrases(l.list))
        total += 1 + static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' '));
    }
    slots_.assign(std::bit_ceil(std::max<std::size_t>(16, total * 2)), 0);
    words_.reserve(total);
    head_words_.reserve(total);
    std::vector<Head> listed;
    for (const HeadList& l : head_lists) {
      for (const std::string& phrase : lexicon.phrases(l.list)) {
        Head h{static_cast<std::uint32_t>(head_words_.size()), 0, l.type, l.kind};
        std::string_view rest = phrase;
        while (!rest.empty()) {
          const std::size_t sp = rest.find(' ');
          if (sp != 0) head_words_.push_back(intern(rest.substr(0, sp)));
          rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        }
        h.size = static_cast<std::uint32_t>(head_words_.size()) - h.words_begin;
        if (h.size != 0) listed.push_back(h);
      }
    }
    // The word lists, with the lengths and first bytes of their words, so that most words are
    // told apart from a list at once.
    for (std::size_t l = 0; l < std::size(word_lists); ++l) {
      for (const std::string& w : lexicon.phrases(word_lists[l])) {
        if (w.empty()) continue;
        words_[intern(w)].lists |= std::uint32_t{1} << l;
        ListFilter& f = filters_[l];
        f.lengths |= std::uint64_t{1} << std::min<std::size_t>(w.size(), 63);
        const auto c = static_cast<unsigned char>(w[0]);
        f.firsts[c >> 6] |= std::uint64_t{1} << (c & 63u);
      }
    }
    for (std::size_t l = 0; l < std::size(subject_lists); ++l) {
      for (const std::string& phrase : lexicon.phrases(subject_lists[l].list)) {
        const std::string_view first = std::string_view(phrase).substr(0, phrase.find(' '));
        if (!first.empty()) words_[intern(first)].subjects |= std::uint32_t{1} << l;
      }
    }
    for (const std::string& f : grade_firsts) {
      Word& w = words_[intern(f)];
      w.grade_key = grades_.key_of(f);
      w.flags |= kGradeWord;
    }
    // A word's heads side by side, the longest first; of two as long, the first listed.
    std::vector<std::uint32_t> order(listed.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      const std::uint32_t fa = head_words_[listed[a].words_begin], fb = head_words_[listed[b].words_begin];
      return fa != fb ? fa < fb : listed[a].size > listed[b].size;
    });
    heads_.reserve(listed.size());
    for (const std::uint32_t k : order) {
      Word& first = words_[head_words_[listed[k].words_begin]];
      if (first.heads_begin == first.heads_end) first.heads_begin = first.heads_end = static_cast<std::uint32_t>(heads_.size());
      ++first.heads_end;
      first.flags |= kHeadWord;
      heads_.push_back(listed[k]);
    }
    // Triggers: every head of one inspection holds one (Lexicon::mention_triggers).
    for (const std::string& t : lexicon.mention_triggers()) words_[intern(t)].flags |= kTrigger;
    // The first three bytes of every word, by their low five bits: an ASCII letter in either case
    // (and a digit, as one of the letters p to y) is one index; a byte not a letter or digit, or
    // past the word's end, stands for any.
    any_start_.assign(kStarts / 64, 0);
    for (const Word& w : words_) {
      auto fill = [&](auto&& self, std::size_t k, std::size_t index) -> void {
        if (k == 3) {
          if (w.flags != 0) any_start_[index / 64] |= std::uint64_t{1} << (index % 64);
          return;
        }
        const auto b = k < w.text.size() ? static_cast<unsigned char>(w.text[k]) : 0u;
        if (k < w.text.size() && alnum_byte[b]) {
          self(self, k + 1, index << 5 | (b & 31u));
        } else {
          for (std::size_t any = 0; any < 32; ++any) self(self, k + 1, index << 5 | any);
        }
      };
      fill(fill, 0, 0);
    }
    for (const Word& w : words_) {
      const auto c = static_cast<unsigned char>(w.text.front());
      beyond_ascii_ = beyond_ascii_ || c >= 0x80;
      longest_ = std::max(longest_, w.text.size());
    }
  }

  /// The word `w` (lower case) is, or kNoWord. `p` holds `w` with eight readable bytes.
  [[nodiscard]] std::uint32_t find(const char* p, std::size_t n) const {
    const std::uint64_t key = key_of(p, n);
    for (std::size_t s = slot(key, n);; s = (s + 1) & (slots_.size() - 1)) {
      const std::uint32_t e = slots_[s];
      if (e == 0) return kNoWord;
      const Word& x = words_[e - 1];
      if (x.key == key && x.text.size() == n && (n <= 8 || std::memcmp(x.text.data() + 8, p + 8, n - 8) == 0))
        return e - 1;
    }
  }
  /// The word p[0, n) is in any case (ASCII letters; no typographic apostrophe in it), or
  /// kNoWord: looked up without a lower-case copy. `readable` bytes from p may be read.
  [[nodiscard]] std::uint32_t find_any_case(const char* p, std::size_t n, std::size_t readable) const {
    std::uint64_t key = 0;
    if (readable >= 8) {
      key = key_of(p, n);
    } else {
      char tail[8] = {};
      std::memcpy(tail, p, readable);
      key = key_of(tail, n);
    }
    key = fold_letters8(key);
    for (std::size_t s = slot(key, n);; s = (s + 1) & (slots_.size() - 1)) {
      const std::uint32_t e = slots_[s];
      if (e == 0) return kNoWord;
      const Word& x = words_[e - 1];
      if (x.key == key && x.text.size() == n && (n <= 8 || same_word(std::string_view(p + 8, n - 8), x.text.substr(8))))
        return e - 1;
    }
  }
  [[nodiscard]] std::size_t longest() const { return longest_; }
  /// The subject lists a phrase of which `w` (as in()) starts, by bit.
  [[nodiscard]] std::uint32_t subjects(std::string_view w) const {
    if (w.empty() || w.size() > longest_) return 0;
    const std::uint32_t id = find(w.data(), w.size());
    return id == kNoWord ? 0 : words_[id].subjects;
  }
  /// Whether `w` (a token's lower-cased text, eight bytes past it readable) is in `list`.
  [[nodiscard]] bool in(WL list, std::string_view w) const {
    const ListFilter& f = filters_[static_cast<std::size_t>(list)];
    if (w.empty() || ((f.lengths >> std::min<std::size_t>(w.size(), 63)) & 1u) == 0) return false;
    const auto c = static_cast<unsigned char>(w[0]);
    if (((f.firsts[c >> 6] >> (c & 63u)) & 1u) == 0) return false;
    const std::uint32_t id = find(w.data(), w.size());
    return id != kNoWord && ((words_[id].lists >> static_cast<unsigned>(list)) & 1u) != 0;
  }
  /// Whether a word of the vocabulary may start with p[0..2] (`rest` bytes of them readable), by
  /// their low five bits.
  [[nodiscard]] bool may_start(const unsigned char* p, std::size_t rest) const {
    const unsigned b1 = rest > 1 ? p[1] : 0u;
    const unsigned b2 = rest > 2 ? p[2] : 0u;
    const std::size_t index = (p[0] & 31u) << 10 | (b1 & 31u) << 5 | (b2 & 31u);
    return (any_start_[index / 64] >> (index % 64)) & 1u;
  }
  /// Whether a word starts with a byte that is not ASCII.
  [[nodiscard]] bool starts_beyond_ascii() const { return beyond_ascii_; }
  [[nodiscard]] const Word& word(std::uint32_t w) const { return words_[w]; }
  [[nodiscard]] std::span<const Head> heads_of(const Word& w) const {
    return std::span<const Head>(heads_).subspan(w.heads_begin, w.heads_end - w.heads_begin);
  }
  [[nodiscard]] std::span<const std::uint32_t> words_of(const Head& h) const {
    return std::span<const std::uint32_t>(head_words_).subspan(h.words_begin, h.size);
  }
  /// The reader of the grades a sentence states of an inspection, on these scales.
  [[nodiscard]] const GradeStatements& grades() const { return grades_; }

 private:
  static std::size_t slot_hash(std::uint64_t key, std::size_t n) {
    return static_cast<std::size_t>(((key ^ (n * 0x100000001B3ull)) * 0x9E3779B97F4A7C15ull) >> 40);
  }
  [[nodiscard]] std::size_t slot(std::uint64_t key, std::size_t n) const {
    return slot_hash(key, n) & (slots_.size() - 1);
  }

  // Slots are sized for every word before the first is added.
  std::uint32_t intern(std::string_view text) {
    char padded[72] = {};  // the word with eight readable bytes past it, for find()
    std::string long_word;
    const char* p = padded;
    if (text.size() + 8 <= sizeof padded) {
      std::memcpy(padded, text.data(), text.size());
    } else {
      long_word.assign(text);
      long_word.append(8, '\0');
      p = long_word.data();
    }
    if (const std::uint32_t w = find(p, text.size()); w != kNoWord) return w;
    const auto w = static_cast<std::uint32_t>(words_.size());
    words_.push_back(Word{text, key_of(p, text.size()), 0, 0, 0, GradeStatements::kNoKey, 0, 0});
    std::size_t s = slot(words_[w].key, text.size());
    while (slots_[s] != 0) s = (s + 1) & (slots_.size() - 1);
    slots_[s] = w + 1;
    return w;
  }

  GradeStatements grades_;  // its first words are words of the vocabulary, which view them
  struct ListFilter {
    std::uint64_t lengths = 0;               // bit k: a word of k bytes
    std::array<std::uint64_t, 4> firsts{};  // bit c: a word starts with byte c
  };
  std::array<ListFilter, static_cast<std::size_t>(WL::count_)> filters_{};
  std::vector<Word> words_;
  std::vector<std::uint32_t> slots_;  // open addressing: a word's index + 1, 0 for none
  std::vector<Head> heads_;
  std::vector<std::uint32_t> head_words_;
  static constexpr std::size_t kStarts = std::size_t{1} << 15;
  std::vector<std::uint64_t> any_start_;  // bits by start, as may_start() reads
  std::size_t longest_ = 0;
  bool beyond_ascii_ = false;
};

using Head = Vocabulary::Head;

// --- words ---------------------------------------------------------------------------------------

enum class Kind : std::uint8_t { word, date, punct, separator };

// A token of the layout's (Layout::tokens), as the scanner reads it: with the vocabulary's word,
// and an unusable date read as punctuation.
struct ScanToken {
  Kind kind = Kind::word;
  bool upper = false;              // starts with a capital or a digit: may start a sentence
  std::uint8_t flags = 0;          // words: kHeadWord, kGradeWord, kTrigger
  std::uint32_t word = kNoWord;    // words of the vocabulary: which
  std::size_t begin = 0, end = 0;  // into the block text
  // Its key (Tokens::key): a word folded, punctuation as is; "#" for an unusable date.
  std::string_view norm;
  std::size_t hit = 0;  // date tokens: index into the date hits
};

struct Sentence {
  std::size_t begin, end;  // token indices
};

bool is_word(const ScanToken& t, std::string_view w) { return t.kind == Kind::word && t.norm == w; }
bool is_punct(const ScanToken& t, char c) {
  return t.kind == Kind::punct && t.norm.size() == 1 && t.norm[0] == c;
}

// Where a clause ends: a cell separator, ';', '.' or ':'.
bool clause_stop(const ScanToken& t) {
  return t.kind == Kind::separator || is_punct(t, ';') || is_punct(t, '.') || is_punct(t, ':');
}

void sentences_of(const std::vector<ScanToken>& tokens, std::vector<Sentence>& out) {
  static constexpr std::string_view abbreviations[] = {"st", "mr", "mrs", "ms", "dr", "no", "cllr", "nos"};
  out.clear();
  std::size_t start = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const ScanToken& t = tokens[k];
    if (t.kind == Kind::separator) {
      if (k > start) out.push_back({start, k});
      start = k + 1;
      continue;
    }
    if (!(is_punct(t, '.') || is_punct(t, '!') || is_punct(t, '?'))) continue;
    const bool last = k + 1 == tokens.size();
    if (!last && !(tokens[k + 1].upper || tokens[k + 1].kind == Kind::separator)) continue;
    if (k > 0 && tokens[k - 1].kind == Kind::word) {
      const std::string_view w = tokens[k - 1].norm;
      if (w.size() == 1 && !(w[0] >= '0' && w[0] <= '9')) continue;  // an initial
      if (std::find(std::begin(abbreviations), std::end(abbreviations), w) != std::end(abbreviations))
        continue;
    }
    out.push_back({start, k + 1});
    start = k + 1;
  }
  if (start < tokens.size()) out.push_back({start, tokens.size()});
}

// A few words, with the lengths and first bytes they have, so that most words are told apart
// from all of them at once.
template <std::size_t N>
struct WordSet {
  std::array<std::string_view, N> words;
  std::uint64_t lengths = 0;               // bit k: a word of k bytes
  std::array<std::uint64_t, 4> firsts{};  // bit c: a word starts with byte c
  constexpr explicit WordSet(const std::array<std::string_view, N>& w) : words(w) {
    for (const std::string_view x : words) {
      lengths |= std::uint64_t{1} << std::min<std::size_t>(x.size(), 63);
      const auto c = static_cast<unsigned char>(x.empty() ? 0 : x[0]);
      firsts[c >> 6] |= std::uint64_t{1} << (c & 63u);
    }
  }
};

template <std::size_t N>
bool among(std::string_view w, const WordSet<N>& set) {
  if (((set.lengths >> std::min<std::size_t>(w.size(), 63)) & 1u) == 0) return false;
  if (!w.empty()) {
    const auto c = static_cast<unsigned char>(w[0]);
    if (((set.firsts[c >> 6] >> (c & 63u)) & 1u) == 0) return false;
  }
  return std::find(set.words.begin(), set.words.end(), w) != set.words.end();
}

// --- words around a head -------------------------------------------------------------------------
//
// The words the scanner reads around a head and a grade are the lexicon's `references` lists
// (WL). The determiners, English grammar that no framework words differently, stay here: where a
// noun phrase before a head starts.
constexpr WordSet<15> determiners{{"the",   "a",     "an",  "this",  "that",
                                                          "these", "those", "its", "their", "our",
                                                          "his",   "her",   "any", "each",  "every"}};

constexpr std::string_view overall = "Overall effectiveness";

enum class AreaResult : std::uint8_t { none, overall, area, reject };

struct Area {
  AreaResult result = AreaResult::none;
  std::size_t begin = 0, end = 0;  // token range of the area's words
  std::optional<std::string_view> id;
};

// --- the scanner ---------------------------------------------------------------------------------


// The vocabulary of the built-in profiles with built-in scales is compiled once a process for
// each set of scales (a few: one for each inspectorate's reports); any other, once a parse (into
// `own`).
const Vocabulary& vocabulary_of(const Lexicon& lexicon, const std::vector<const GradeScale*>& scales,
                                std::optional<Vocabulary>& own) {
  const std::vector<GradeScale>& builtin_scales = ScaleRegistry::builtin().scales();
  const bool builtin =
      &lexicon == &ProfileRegistry::builtin().lexicon() && std::all_of(scales.begin(), scales.end(), [&](const GradeScale* s) {
        return s >= builtin_scales.data() && s < builtin_scales.data() + builtin_scales.size();
      });
  if (!builtin) return own.emplace(lexicon, scales);
  struct Compiled {
    std::vector<const GradeScale*> scales;
    std::unique_ptr<const Vocabulary> vocabulary;
  };
  static std::mutex mutex;
  static std::vector<Compiled> compiled;
  const std::lock_guard<std::mutex> lock(mutex);
  for (const Compiled& c : compiled) {
    if (c.scales == scales) return *c.vocabulary;
  }
  compiled.push_back(Compiled{scales, std::make_unique<const Vocabulary>(lexicon, scales)});
  return *compiled.back().vocabulary;
}

class Scanner {
 public:
  explicit Scanner(const ScanOptions& options)
      : lexicon_(*options.lexicon),
        vocabulary_(vocabulary_of(*options.lexicon, options.scales, own_vocabulary_)),
        scales_(options.scales),
        resolve_against_(options.resolve_against),
        dated_only_(options.dated_only) {}

  BlockScan scan(const Layout& layout, const Block& block, bool list_open) {
    layout_ = &layout;
    block_ = &block;
    block_tokens_.reset();
    const std::string_view text = layout.text(block);
    const std::span<const grammar::DateHit> dates = layout.dates(block);
    text_ = text;
    dates_ = dates;
    marks_ = layout.marks(block);
    // Every mention's date is a date token: without one that reads, a block gives only mentions
    // the caller drops (an item of a list it continues aside). A mention needs a head, and every
    // head holds a trigger word; a mention without a head ("Services ... were judged to be
    // adequate in 2010") needs a grade and a date. The probe looks for these words without
    // cutting the block into tokens.
    if (!list_open && dated_only_ &&
        std::none_of(dates.begin(), dates.end(),
                     [&](const grammar::DateHit& d) { return d.year_stated || resolve_against_.has_value(); }))
      return {};
    const std::size_t n = text.size();
    windows_.clear();
    if (&layout != marked_for_) {
      marked_for_ = &layout;
      marked_ = layout.reader_words().marks_mentions_of(lexicon_, scales_);
    }
    // Without marks of the vocabulary's words (a user's word that starts with no ASCII letter),
    // the block is read whole, as the windows would read it.
    if (list_open || !marked_ || vocabulary_.starts_beyond_ascii()) {
      windows_.push_back({0, n});
    } else {
      // Only mentions with a date are wanted: a sentence before the first date that reads
      // names none, and the block is read from the sentence start before it.
      // Nor does a window that starts after the sentence of the last.
      std::size_t from = 0, last = n;
      if (dated_only_) {
        std::size_t u = 0, v = 0;
        while (u < dates.size() && !(dates[u].year_stated || resolve_against_.has_value())) ++u;
        for (std::size_t k = u; k < dates.size(); ++k) {
          if (dates[k].year_stated || resolve_against_.has_value()) v = k;
        }
        from = cut_before(dates[u].begin, 0);
        last = cut_after(dates[v].end);
      }
      hits_.clear();
      if (!probe(static_cast<std::uint8_t>(kTrigger | (dates.empty() ? 0 : kGradeWord)), from, last))
        return {};
      plan_windows(from, last);
    }
    ranges_.clear();
    usable_.clear();
    for (const grammar::DateHit& hit : dates) {
      const bool usable = hit.year_stated || resolve_against_.has_value();
      ranges_.push_back(hit.year_stated || !resolve_against_ ? hit.range
                                                              : grammar::resolve_year(hit, *resolve_against_).range);
      usable_.push_back(usable ? 1 : 0);
    }
    BlockScan out;
    for (const Window& w : windows_) {
      tokenise(w.begin, w.end);
      sentences_of(tokens_, sentences_);
      read(list_open, out);
    }
    return out;
  }

 private:
  // Adds to hits_ where a trigger or grade word starts in [from, to) (`from` a cut, the hits
  // before it already found), and says whether one of them has a flag of `want`. It looks only
  // where the layout marked a word such a word may start with (Layout::marks, kMentionWord: at
  // every letter after a byte that is no letter or digit, which is more places than the
  // tokeniser starts a word, as inside "children's"), and where each date ends; there it reads
  // the word as the tokeniser would and looks it up. Every word token of the block with a
  // trigger or grade flag starts at a hit.
  bool probe(std::uint8_t want, std::size_t from, std::size_t to) {
    const std::string_view text = text_;
    const std::size_t n = text.size();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t earlier = hits_.size();
    bool wanted = false;
    std::size_t h = 0;  // the first date that does not begin before the place looked at
    auto look_at = [&](std::size_t i) {
      if (!tokens::word_starts_at(text, i)) return;
      while (h < dates_.size() && dates_[h].begin < i) ++h;
      bool typographic = false;
      const std::size_t j =
          tokens::word_end(text, i, h < dates_.size() ? dates_[h].begin : std::string_view::npos, typographic);
      if (j - i > 3 * vocabulary_.longest()) return;
      std::uint32_t w = kNoWord;
      if (typographic) {  // its key is shorter than it: made as the layout's tokens make it
        if (key_.size() < j - i + 8) key_.resize(j - i + 8);
        const std::size_t size = tokens::word_key(text, i, j, key_.data());
        if (size > vocabulary_.longest()) return;
        w = vocabulary_.find(key_.data(), size);
      } else {
        if (j - i > vocabulary_.longest()) return;
        w = vocabulary_.find_any_case(text.data() + i, j - i, n - i);
      }
      if (w == kNoWord) return;
      const std::uint8_t flags = vocabulary_.word(w).flags;
      if ((flags & (kTrigger | kGradeWord)) == 0) return;
      hits_.push_back(i);
      wanted = wanted || (flags & want) != 0;
    };
    const auto first = std::lower_bound(marks_.begin(), marks_.end(), from,
                                        [](const grammar::WordMark& m, std::size_t at) { return m.begin < at; });
    for (auto m = first; m != marks_.end() && m->begin < to; ++m) {
      if ((m->classes & grammar::kMentionWord) != 0) look_at(m->begin);
    }
    const std::size_t word_starts = hits_.size();
    h = 0;
    for (const grammar::DateHit& d : dates_) {
      if (d.end >= from && d.end < to && d.end < n && vocabulary_.may_start(p + d.end, n - d.end)) look_at(d.end);
    }
    if (hits_.size() != word_starts)
      std::inplace_merge(hits_.begin() + static_cast<std::ptrdiff_t>(earlier),
                         hits_.begin() + static_cast<std::ptrdiff_t>(word_starts), hits_.end());
    return wanted;
  }

  // --- windows: the parts of a block worth cutting into tokens -----------------------------------
  //
  // A sentence with no trigger or grade word names no inspection, states no grade and is no item
  // of a list; after one that does not end with ':' the reading of a block goes on as if the
  // block began there. So the scanner cuts into tokens only windows around the hits, each from
  // a cut before its first hit to the second cut after its last (the sentence that ends there
  // has no hit and ends with '.', '!' or '?'), and reads each window as a block.
  //
  // A cut is a place where the tokeniser, reading the whole block, starts a word that starts a
  // sentence, told from a few bytes around it: after a tab (a separator) not inside a date, or
  // after '.', '!' or '?' that ends a word of five ASCII letters or digits or more (no initial,
  // no abbreviation), then spaces or line breaks, at a capital or a digit, with no date among
  // these bytes. Only the bytes near it are ASCII, so no character read whole runs over it.

  struct Window {
    std::size_t begin, end;
  };

  [[nodiscard]] bool date_overlaps(std::size_t lo, std::size_t hi) const {
    for (const grammar::DateHit& d : dates_) {
      if (d.begin > hi) break;
      if (d.end > lo) return true;
    }
    return false;
  }

  // The cut that the terminator or tab at x makes, or npos. Only ends of sentences ('.', '!',
  // '?') when `ends_only`.
  [[nodiscard]] std::size_t cut_at(std::size_t x, bool ends_only) const {
    const std::size_t n = text_.size();
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const unsigned char b = p[x];
    if (b == '\t') {
      if (ends_only) return std::string_view::npos;
      for (std::size_t k = x >= 3 ? x - 3 : 0; k < x; ++k) {
        if (p[k] >= 0x80) return std::string_view::npos;
      }
      const std::size_t c = x + 1;
      if (c >= n || !alnum_byte[p[c]] || date_overlaps(x, c)) return std::string_view::npos;
      return c;
    }
    if (!(b == '.' || b == '!' || b == '?') || x < 5) return std::string_view::npos;
    for (std::size_t k = x - 5; k < x; ++k) {
      if (!alnum_byte[p[k]]) return std::string_view::npos;
    }
    std::size_t c = x + 1;
    while (c < n && (p[c] == ' ' || p[c] == '\n')) ++c;
    if (c == x + 1 || c >= n || !((p[c] >= 'A' && p[c] <= 'Z') || (p[c] >= '0' && p[c] <= '9')) ||
        date_overlaps(x - 5, c))
      return std::string_view::npos;
    return c;
  }

  // The last cut in (floor, at], or `floor`.
  [[nodiscard]] std::size_t cut_before(std::size_t at, std::size_t floor) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    for (std::size_t x = at; x-- > floor;) {
      const unsigned char b = p[x];
      if (b != '.' && b != '!' && b != '?' && b != '\t') continue;
      const std::size_t c = cut_at(x, false);
      if (c != std::string_view::npos && c <= at && c > floor) return c;
    }
    return floor;
  }

  // A cut after `from` that ends a sentence with '.', or the block's end.
  [[nodiscard]] std::size_t cut_after(std::size_t from) const {
    const std::size_t n = text_.size();
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    // Only '.' is looked for (with memchr): a cut after '!' or '?' passed over makes a window
    // longer, never wrong.
    for (std::size_t x = from; x < n; ++x) {
      const void* dot = std::memchr(p + x, '.', n - x);
      if (dot == nullptr) break;
      x = static_cast<std::size_t>(static_cast<const unsigned char*>(dot) - p);
      const std::size_t c = cut_at(x, true);
      if (c != std::string_view::npos && c > from) return c;
    }
    return n;
  }

  // The windows of hits_, none before `from` (a cut) and none that starts at or after `last`
  // (a cut). hits_ holds the hits in [from, last); where a window runs on past `last`, the
  // probe reads on as far as the window does.
  void plan_windows(std::size_t from, std::size_t last) {
    const std::size_t n = text_.size();
    std::size_t begin = std::string_view::npos, first_cut = 0, end = 0;
    std::size_t probed = last;
    for (std::size_t k = 0;;) {
      bool done = false;
      for (; k < hits_.size(); ++k) {
        const std::size_t at = hits_[k];
        if (begin != std::string_view::npos && at < end) {
          if (at >= first_cut) {
            first_cut = end;
            end = cut_after(end);
          }
          continue;
        }
        if (at >= last) {
          done = true;
          break;
        }
        const std::size_t floor = begin == std::string_view::npos ? from : end;
        const std::size_t start = cut_before(at, floor);
        if (begin == std::string_view::npos || start != floor) {
          if (begin != std::string_view::npos) windows_.push_back({begin, end});
          begin = start;
        }
        first_cut = cut_after(at);
        end = first_cut == n ? n : cut_after(first_cut);
      }
      if (done || begin == std::string_view::npos || end <= probed) break;
      probe(0, probed, end);
      probed = end;
    }
    if (begin != std::string_view::npos) windows_.push_back({begin, end});
  }

  // The layout's tokens of text_[from, to), read into tokens_: `from` and `to` are cuts (or the
  // block's ends), where the layout's tokens of the whole block start a token.
  void tokenise(std::size_t from, std::size_t to) {
    if (!block_tokens_) block_tokens_ = layout_->tokens(*block_);
    const Tokens& all = *block_tokens_;
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    tokens_.clear();
    auto t = std::lower_bound(all.list.begin(), all.list.end(), from,
                              [](const Token& x, std::size_t at) { return x.begin < at; });
    for (; t != all.list.end() && t->begin < to; ++t) {
      ScanToken s;
      s.begin = t->begin;
      s.end = t->end;
      s.upper = t->upper;
      s.norm = all.key(*t);
      switch (t->kind) {
        case TokenKind::date:
          s.hit = t->key;
          s.kind = usable_[s.hit] ? Kind::date : Kind::punct;  // an unusable date blocks like punctuation
          s.norm = usable_[s.hit] ? "" : "#";
          break;
        case TokenKind::word:
          s.kind = Kind::word;
          if (s.norm.size() <= vocabulary_.longest() && vocabulary_.may_start(p + s.begin, n - s.begin)) {
            s.word = vocabulary_.find(s.norm.data(), s.norm.size());
            if (s.word != kNoWord) s.flags = vocabulary_.word(s.word).flags;
          }
          break;
        case TokenKind::punct:
          s.kind = Kind::punct;
          break;
        case TokenKind::separator:
          s.kind = Kind::separator;
          break;
      }
      tokens_.push_back(s);
    }
  }

  // Reads the sentences of a window, adding to `out`.
  void read(bool list_open, BlockScan& out) {
    bool continuing = list_open;
    std::optional<std::size_t> owner;  // the mention whose list is open in this block
    std::size_t previous_first = 0, previous_count = 0;
    bool previous_adjacent = false;
    for (const Sentence& s : sentences_) {
      if (continuing || owner) {
        if (auto item = list_item(s)) {
          if (owner) {
            out.mentions[*owner].judgements.push_back(std::move(*item));
          } else {
            out.continued_list.push_back(std::move(*item));
          }
          previous_adjacent = false;
          continue;
        }
        continuing = false;
        owner.reset();
      }
      const std::size_t first = out.mentions.size();
      read_sentence(s, out.mentions, previous_adjacent ? previous_first : first,
                    previous_adjacent ? previous_count : 0);
      // "The previous inspection ... was published in July 2015. The judgements for the local
      // authority were:" opens a list of "Area: grade" items, of the inspection the sentence (or
      // the one before it) names.
      if (is_punct(tokens_[s.end - 1], ':')) {
        std::size_t from = first;
        if (out.mentions.size() == first && previous_adjacent && speaks_of_judgements(s))
          from = previous_first;
        for (std::size_t m = out.mentions.size(); m-- > from;) {
          if (out.mentions[m].gradable()) {
            owner = m;
            break;
          }
        }
      }
      previous_first = first;
      previous_count = out.mentions.size() - first;
      previous_adjacent = true;
    }
    out.list_still_open = continuing;
    out.open_list = owner;
  }

 private:
  [[nodiscard]] std::string_view word(std::size_t k, const Sentence& s) const {
    return k >= s.begin && k < s.end && tokens_[k].kind == Kind::word ? std::string_view(tokens_[k].norm)
                                                                      : std::string_view();
  }

  // --- grades: read by the grade-statement reader (recognise/grade_statement.hpp) ------------------

  // The tokens of a sentence [begin, end) as the reader reads them.
  struct SentenceWords {
    const std::vector<ScanToken>& tokens;
    std::size_t begin, end;
    [[nodiscard]] std::string_view word(std::size_t k) const {
      return k >= begin && k < end && tokens[k].kind == Kind::word ? tokens[k].norm : std::string_view();
    }
    [[nodiscard]] bool stop(std::size_t k) const { return clause_stop(tokens[k]); }
  };

  // The grade at token k, before token `se`: the longest label or alias of a scale whose words
  // start there (the first word may be another form of its verb, "required improvement").
  [[nodiscard]] std::optional<GradeStatements::StatedGrade> grade_at(std::size_t k, std::size_t se) const {
    const ScanToken& t = tokens_[k];
    if (t.kind != Kind::word || !(t.flags & kGradeWord)) return std::nullopt;
    return vocabulary_.grades().grade_at(SentenceWords{tokens_, 0, se}, k, se, vocabulary_.word(t.word).grade_key);
  }

  bool speaks_of_judgements(const Sentence& s) const {
    for (std::size_t k = s.begin; k < s.end; ++k) {
      const std::string_view w = word(k, s);
      if (vocabulary_.in(WL::judgement_word, w)) return true;
    }
    return false;
  }

  // "Overall effectiveness: inadequate", "Adoption performance: requires improvement to be good".
  std::optional<RawJudgement> list_item(const Sentence& s) const {
    std::size_t colon = s.begin;
    while (colon < s.end && !is_punct(tokens_[colon], ':')) ++colon;
    if (colon == s.begin || colon >= s.end || colon - s.begin > 12) return std::nullopt;
    for (std::size_t k = s.begin; k < colon; ++k) {
      if (!(tokens_[k].kind == Kind::word || is_punct(tokens_[k], ',') || is_punct(tokens_[k], '-') ||
            is_punct(tokens_[k], '/')))
        return std::nullopt;
    }
    if (colon + 1 >= s.end) return std::nullopt;
    const auto g = grade_at(colon + 1, s.end);
    if (!g) return std::nullopt;
    for (std::size_t k = g->end; k < s.end; ++k) {
      if (!(is_punct(tokens_[k], '.') || is_punct(tokens_[k], ';'))) return std::nullopt;
    }
    RawJudgement j;
    j.area_begin = tokens_[s.begin].begin;
    j.area_end = tokens_[colon - 1].end;
    j.area_id = area_id_for(lexicon_, text_.substr(j.area_begin, j.area_end - j.area_begin));
    j.grade = std::string(g->grade);
    j.grade_begin = tokens_[colon + 1].begin;
    j.grade_end = tokens_[g->end - 1].end;
    return j;
  }

  struct Found {
    Mention mention;
    // ScanToken indices: the first word, the head and the end of the head with the words that
    // continue it ("ILACS inspection"), the end of what was read.
    std::size_t first = 0, head = 0, head_end = 0, last = 0;
    std::optional<std::size_t> date_hit;
  };

  // The words before a head, back to a determiner: qualifiers, type words, a date.
  struct Before {
    std::size_t first = 0;
    std::vector<std::string_view> words;
    std::optional<std::size_t> date_hit;
    std::string_view det;
  };

  Before before(std::size_t head, std::size_t floor) const {
    Before b;
    b.first = head;
    std::size_t k = head;
    while (k > floor && head - k < 8) {
      const ScanToken& t = tokens_[k - 1];
      if (t.kind == Kind::date) {
        if (b.date_hit) break;
        b.date_hit = t.hit;
      } else if (t.kind == Kind::word && among(t.norm, determiners)) {
        b.det = t.norm;
        --k;
        break;
      } else if (t.kind == Kind::word && vocabulary_.in(WL::premodifier, t.norm)) {
        b.words.push_back(t.norm);
      } else if (is_punct(t, '-') && k >= 2 && tokens_[k - 2].kind == Kind::word) {
        // "re- inspection" broken at a hyphen: keep going
      } else {
        break;
      }
      --k;
    }
    b.first = k;
    std::reverse(b.words.begin(), b.words.end());
    return b;
  }

  // What the words just before a mention say of it: "the CQC inspection" is another
  // inspectorate's, "Ofsted introduced the ILACS in 2018" speaks of the framework, and "will
  // undertake a focused visit in May" of one to come.
  enum class Lead : std::uint8_t { none, other, framework, future };

  [[nodiscard]] Lead lead_of(std::size_t first, const Sentence& s) const {
    const std::string_view w = first > s.begin ? word(first - 1, s) : std::string_view();
    if (vocabulary_.in(WL::other_inspectorate, w)) return Lead::other;
    if (vocabulary_.in(WL::framework_verb, w)) return Lead::framework;
    for (std::size_t k = first; k > s.begin && first - k < 6;) {
      --k;
      if (clause_stop(tokens_[k]) || is_punct(tokens_[k], ',')) break;
      if (vocabulary_.in(WL::future_word, word(k, s))) return Lead::future;
    }
    return Lead::none;
  }

  // Whether one of `words` (tokens' lower-cased texts) is in `list`.
  [[nodiscard]] bool any_in(const std::vector<std::string_view>& words, WL list) const {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return vocabulary_.in(list, w); });
  }

  [[nodiscard]] Qualifier qualifier_of(const std::vector<std::string_view>& words, std::string_view det) const {
    if (any_in(words, WL::future_qualifier)) return Qualifier::future;
    if (any_in(words, WL::earlier_qualifier)) return Qualifier::earlier;
    if (vocabulary_.in(WL::self_qualifier, det) || any_in(words, WL::self_qualifier)) return Qualifier::self;
    if (any_in(words, WL::recent_qualifier)) return Qualifier::recent;
    return Qualifier::none;
  }

  // The framework an inspection named by its subject belongs to (one of subject_lists),
  // read from the lexicon's subject lists ("inspection of Barnsley's safeguarding arrangements");
  // false when it is not an inspection of children's services.
  bool classify(const std::vector<std::string_view>& w, Mention& m) const {
    std::uint32_t started = 0;  // the subject lists a phrase of which a word starts
    for (const std::string_view x : w) started |= vocabulary_.subjects(x);
    auto holds = [&](std::size_t l) {
      if (((started >> l) & 1u) == 0) return false;
      for (const std::string& phrase : lexicon_.phrases(subject_lists[l].list)) {
        if (holds_phrase(w, phrase)) return true;
      }
      return false;
    };
    if (holds(kNotChildrens)) return false;
    for (std::size_t l = kNotChildrens + 1; l < kFull; ++l) {
      if (!holds(l)) continue;
      m.type = subject_lists[l].type;
      m.subject = subject_lists[l].subject;
      break;
    }
    m.generic = m.type == DT::unknown;
    m.full = holds(kFull);
    return true;
  }

  // Whether the words of `phrase` (single spaces between) stand one after another in `w`.
  static bool holds_phrase(const std::vector<std::string_view>& w, std::string_view phrase) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      std::size_t k = i;
      std::string_view rest = phrase;
      bool ok = true;
      while (ok && !rest.empty()) {
        const std::size_t sp = rest.find(' ');
        ok = k < w.size() && w[k] == rest.substr(0, sp);
        ++k;
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      }
      if (ok) return true;
    }
    return false;
  }

  // "The Old Vicarage": a capitalised "The" within the sentence and a name after it that is not
  // a council's.
  [[nodiscard]] bool named_establishment(std::size_t begin, std::size_t end) const {
    if (end - begin < 2 || !is_word(tokens_[begin], "the") || !tokens_[begin].upper ||
        !tokens_[begin + 1].upper)
      return false;
    for (std::size_t k = begin; k < end; ++k) {
      if (tokens_[k].kind == Kind::word && vocabulary_.in(WL::council_word, tokens_[k].norm)) return false;
    }
    return true;
  }

  [[nodiscard]] bool date_ok_after(std::size_t k, std::size_t floor) const {
    if (k == floor) return false;
    const ScanToken& p = tokens_[k - 1];
    if (is_punct(p, '(') || is_punct(p, ':')) return true;
    if (p.kind != Kind::word) return false;
    if (p.norm == "in" || p.norm == "on" || p.norm == "during" || p.norm == "from" || p.norm == "between" ||
        p.norm == "dated")
      return true;
    if (k - 1 > floor) {
      const ScanToken& pp = tokens_[k - 2];
      if (p.norm == "the" && (is_word(pp, "on") || is_word(pp, "in"))) return true;
      if (p.norm == "of" && (is_word(pp, "end") || is_word(pp, "start") || is_word(pp, "beginning")))
        return true;
    }
    return false;
  }

  // Reads a mention whose head is tokens [head, head_end); nullopt when it is not one.
  std::optional<Found> mention_at(const Sentence& s, std::size_t head, std::size_t head_end, const Head& rule,
                                  std::size_t floor) const {
    Found f;
    Mention& m = f.mention;
    m.type = rule.type;
    f.head = head;
    const Before b = before(head, floor);
    std::vector<std::string_view> words = b.words;
    m.qualifier = qualifier_of(words, b.det);
    m.possessed = b.det == "their" || b.det == "its" || b.det == "his" || b.det == "her";
    const Lead lead = lead_of(b.first, s);
    if (lead == Lead::other || lead == Lead::framework) return std::nullopt;
    if (lead == Lead::future) m.qualifier = Qualifier::future;
    bool object = false;  // "Ofsted inspected West Berkshire's ... services was in 2012"
    std::vector<std::string_view> passive_subject;  // "Children's homes were last inspected in 2021"
    bool passive_subject_generic = true;
    if (rule.kind == HK::verb) {
      const std::string_view p1 = head > s.begin ? word(head - 1, s) : std::string_view();
      const std::string_view p2 = head > s.begin + 1 ? word(head - 2, s) : std::string_view();
      std::size_t be = head;  // the "was"/"were" of a passive
      if (vocabulary_.in(WL::inspected_qualifier, p1)) {
        m.qualifier = Qualifier::earlier;
        object = vocabulary_.in(WL::inspectorate_word, p2);
        if (p2 == "was" || p2 == "were" || p2 == "been") be = head - 2;
      } else if (vocabulary_.in(WL::inspectorate_word, p1)) {
        object = true;
      } else if (p1 == "were" || p1 == "was" || p1 == "been") {
        be = head - 1;
      } else {
        return std::nullopt;
      }
      for (std::size_t k = be; be != head && k > s.begin && be - k < 8;) {
        --k;
        const ScanToken& t = tokens_[k];
        if (t.kind != Kind::word || t.norm == "when" || t.norm == "since" || t.norm == "and" ||
            t.norm == "which" || t.norm == "that" || t.norm == "where" || t.norm == "because")
          break;
        if (t.norm == "has" || t.norm == "have" || t.norm == "had") continue;
        passive_subject.push_back(t.norm);
        const bool name = t.upper && k != s.begin;
        if (!(vocabulary_.in(WL::generic_area_word, t.norm) || name || among(t.norm, determiners)))
          passive_subject_generic = false;
      }
    }
    if (rule.kind == HK::visit && !any_in(words, WL::inspectorate_word) &&
        m.qualifier != Qualifier::self && m.qualifier != Qualifier::recent)
      return std::nullopt;
    if (rule.kind == HK::framework && rule.type == DT::lscb_review &&
        any_in(words, WL::other_review))
      return std::nullopt;

    // Words that continue the head: "ILACS inspection", "inspection report", "inspection judgement".
    std::size_t j = head_end;
    for (int extra = 0; extra < 2 && j < s.end; ++extra) {
      const std::string_view w = word(j, s);
      if (vocabulary_.in(WL::head_continuation, w)) {
        ++j;
      } else if (vocabulary_.in(WL::plural_continuation, w)) {
        return std::nullopt;  // "ILACS inspections" in general
      } else {
        break;
      }
    }
    f.head_end = j;
    for (std::size_t k = j; k < s.end && k - j < 4; ++k) {
      const std::string_view w = word(k, s);
      if (vocabulary_.in(WL::future_after, w)) {
        m.qualifier = Qualifier::future;
        break;
      }
    }
    if (vocabulary_.in(WL::framework_word, word(j, s))) return std::nullopt;  // the framework, not an inspection made under it
    f.last = j;

    // What was inspected: "of Barnsley's safeguarding arrangements", "to the integrated front door".
    std::vector<std::string_view> subject;
    std::size_t intro = j;
    if (!object) {
      const std::string_view w = word(j, s);
      if (w == "of" || w == "for" || w == "to" || w == "into" || w == "at") {
        intro = j + 1;
      } else if ((w == "looking" || w == "focusing" || w == "focussing") &&
                 (word(j + 1, s) == "at" || word(j + 1, s) == "on")) {
        intro = j + 2;
      }
    }
    if (intro != j || object) {
      std::size_t k = intro;
      while (k < s.end && k - intro < 12) {
        const ScanToken& t = tokens_[k];
        if (t.kind == Kind::date || t.kind == Kind::separator) break;
        if (t.kind == Kind::punct) {
          if (is_punct(t, '/') || is_punct(t, '-')) {
            ++k;
            continue;
          }
          break;
        }
        const bool looked_after = t.norm == "after" && !subject.empty() && subject.back() == "looked";
        if (vocabulary_.in(WL::phrase_stop, t.norm) || (vocabulary_.in(WL::phrase_break, t.norm) && !looked_after))
          break;
        subject.push_back(t.norm);
        ++k;
      }
      j = k;
    }
    if (rule.kind == HK::inspection || rule.kind == HK::verb) {
      std::vector<std::string_view> all = words;
      all.insert(all.end(), subject.begin(), subject.end());
      all.insert(all.end(), passive_subject.rbegin(), passive_subject.rend());
      if (!classify(all, m)) return std::nullopt;
      // "The trust was inspected in 2021": something other than the local authority's services.
      if (m.type == DT::unknown && !passive_subject_generic) return std::nullopt;
      if (m.generic && named_establishment(intro, j)) {
        // "an Ofsted inspection of The Old Vicarage": a children's home or other provider.
        m.type = DT::provider_inspection;
        m.generic = false;
        m.full = false;
        m.subject = text_.substr(tokens_[intro].begin, tokens_[j - 1].end - tokens_[intro].begin);
      }
    } else if (rule.kind == HK::visit) {
      m.generic = true;
    }

    // The date: after the mention ("in June 2018", "which took place on the 20 and 21 August
    // 2020", "was published in July 2015", ", in May 2019,"), or before it ("the 2018 joint
    // targeted area inspection"), or opening the sentence ("During 2018, a focused visit ...").
    bool published = false;
    for (int steps = 0; j < s.end && steps < 12; ++steps) {
      const ScanToken& t = tokens_[j];
      if (t.kind == Kind::date) {
        if (date_ok_after(j, head)) {
          f.date_hit = t.hit;
          f.last = j + 1;
        }
        break;
      }
      if (t.kind == Kind::punct) {
        if (is_punct(t, ',') || is_punct(t, ')') || is_punct(t, ':')) {
          ++j;
          continue;
        }
        if (is_punct(t, '(')) {
          // "(ILACS)", "(SLAC)": skip a short aside that is not a date.
          std::size_t k = j + 1;
          if (k < s.end && tokens_[k].kind == Kind::date) {
            ++j;
            continue;
          }
          while (k < s.end && k - j <= 3 && !is_punct(tokens_[k], ')')) ++k;
          if (k < s.end && is_punct(tokens_[k], ')')) {
            j = k + 1;
            f.head_end =
                std::max(f.head_end, j);  // the aside names this inspection: read no further head in it
            continue;
          }
        }
        break;
      }
      if (t.kind != Kind::word || !vocabulary_.in(WL::date_connector, t.norm)) break;
      if (t.norm == "published") published = true;
      ++j;
    }
    if (!f.date_hit && b.date_hit) f.date_hit = b.date_hit;
    if (!f.date_hit && b.first >= s.begin + 3 && is_punct(tokens_[b.first - 1], ',') &&
        tokens_[b.first - 2].kind == Kind::date && b.first - 3 == s.begin &&
        (is_word(tokens_[s.begin], "in") || is_word(tokens_[s.begin], "during"))) {
      f.date_hit = tokens_[b.first - 2].hit;
    }
    if (f.date_hit) {
      const DateRange& range = ranges_[*f.date_hit];
      if (published && !(b.date_hit && *b.date_hit == *f.date_hit)) {
        m.published = range.start;
      } else {
        m.when = range;
      }
    }
    f.first = b.first;
    m.begin = tokens_[b.first].begin;
    m.end = tokens_[std::max(f.last, head_end) - 1].end;
    m.sentence_begin = tokens_[s.begin].begin;
    m.sentence_end = tokens_[s.end - 1].end;
    return f;
  }


  std::size_t match_head(std::size_t k, const Sentence& s, const Head*& rule) const {
    // Only a first word of a head is flagged kHeadWord; its heads are tried longest first.
    if (k < s.begin || k >= s.end || tokens_[k].kind != Kind::word || !(tokens_[k].flags & kHeadWord)) return 0;
    for (const Head& h : vocabulary_.heads_of(vocabulary_.word(tokens_[k].word))) {
      const std::size_t n = h.size;
      if (k + n > s.end) continue;
      const std::span<const std::uint32_t> words = vocabulary_.words_of(h);
      bool ok = true;
      // Words after the first by their text: only words with a flag are looked up.
      for (std::size_t i = 1; i < n && ok; ++i)
        ok = tokens_[k + i].kind == Kind::word && tokens_[k + i].norm == vocabulary_.word(words[i]).text;
      if (ok) {
        rule = &h;
        return n;
      }
    }
    return 0;
  }

  // The area a grade is of. `from` is where the words before the grade may start (after the
  // trigger, or after the grade before it in a list).
  Area area_of(const std::vector<std::size_t>& np, bool from_for, std::size_t sentence_begin) const {
    Area a;
    if (np.empty()) return a;
    std::size_t lo = 0;
    while (lo < np.size() && (tokens_[np[lo]].norm == "the" || tokens_[np[lo]].norm == "its" ||
                              tokens_[np[lo]].norm == "their" || tokens_[np[lo]].norm == "our"))
      ++lo;
    if (lo == np.size()) return a;
    bool generic = true;
    bool generic_noun = false;  // a name alone ("Adopt Xshire") is not the local authority
    for (std::size_t i = 0; i < np.size(); ++i) {
      const ScanToken& t = tokens_[np[i]];
      if (vocabulary_.in(WL::restrictive_word, t.norm)) {
        a.result = AreaResult::reject;
        return a;
      }
      if (vocabulary_.in(WL::not_area_word, t.norm)) return Area{};
      // A capitalised word within the sentence is a name ("Children's services in Medway").
      const bool name = t.upper && np[i] != sentence_begin;
      if (vocabulary_.in(WL::generic_area_word, t.norm)) {
        generic_noun =
            generic_noun || !(t.norm == "for" || t.norm == "in" || t.norm == "of" || t.norm == "and" ||
                              t.norm == "the" || t.norm == "its" || t.norm == "their");
      } else if (!name) {
        generic = false;
      }
    }
    a.begin = np[lo];
    a.end = np.back() + 1;
    const std::string_view words =
        text_.substr(tokens_[a.begin].begin, tokens_[a.end - 1].end - tokens_[a.begin].begin);
    if (auto id = area_id_for(lexicon_, words)) {
      a.result = AreaResult::area;
      a.id = id;
      return a;
    }
    if (generic && generic_noun) {
      a.result = AreaResult::overall;
      return a;
    }
    if (from_for || np.size() - lo <= 5) {
      a.result = AreaResult::area;
      return a;
    }
    return Area{};
  }

  struct GradeFound {
    std::size_t at = 0, end = 0;  // token indices of the grade phrase
    std::size_t area_end = 0;     // token index after the grade and the area words after it
    std::string_view grade;
    Area area;
  };

  // Every grade the sentence states as a judgement, with its area.
  std::vector<GradeFound> grades_in(const Sentence& s) const {
    std::vector<GradeFound> out;
    std::optional<std::size_t> last_end;  // area_end of the grade before, for lists
    for (std::size_t k = s.begin; k < s.end; ++k) {
      const auto g = grade_at(k, s.end);
      if (!g) continue;
      const auto judged = vocabulary_.grades().judged(SentenceWords{tokens_, s.begin, s.end}, k, *g, s.begin);
      if (!judged) {
        k = g->end - 1;
        continue;  // "good or better", "good practice", "is good"
      }
      const std::string_view next = word(g->end, s);
      const bool full_phrase = g->inflected;
      const bool post = judged->outcome;
      const std::optional<std::size_t> trigger = judged->trigger;
      const bool listed = last_end && k >= *last_end && k - *last_end <= 8;
      if (!trigger && !post && !full_phrase && !listed) {
        k = g->end - 1;
        continue;
      }
      GradeFound f;
      f.at = k;
      f.end = g->end;
      f.area_end = g->end;
      f.grade = g->grade;
      if (post) {
        // "an inadequate inspection outcome at ...": the words after are the outcome's.
        f.area_end = g->end + (next == "inspection" ? 2 : 1);
      }
      // 1. After the grade: "inadequate overall", "inadequate for overall effectiveness", "good
      //    in all areas".
      if (next == "overall") {
        f.area.result = AreaResult::overall;
        f.area_end = g->end + 1;
      } else if (next == "for" || next == "in" || next == "across") {
        std::vector<std::size_t> np;
        std::size_t a = g->end + 1;
        for (; a < s.end && np.size() < 8; ++a) {
          const ScanToken& t = tokens_[a];
          if (t.kind != Kind::word) break;
          if (t.norm == "and" || t.norm == "when" || t.norm == "at" || t.norm == "since" ||
              t.norm == "with" || t.norm == "but" || t.norm == "while" || t.norm == "which" ||
              t.norm == "as" || t.norm == "following" || t.norm == "until" || grade_at(a, s.end))
            break;
          np.push_back(a);
        }
        Area area = area_of(np, next == "for", s.begin);
        if (next == "in" && area.result == AreaResult::area && !area.id) area = Area{};
        if (area.result != AreaResult::none) {
          f.area = area;
          f.area_end = a;
        }
      }
      // 2. Between the trigger (or the grade before) and the grade: "judged overall effectiveness
      //    for looked after children as adequate", "graded the service as", "judged that
      //    safeguarding services were adequate and services for looked after children were good".
      if (f.area.result == AreaResult::none) {
        std::size_t from = listed ? *last_end : (trigger ? *trigger + 1 : k);
        std::size_t to = k;
        auto strip_word = [&](std::size_t& i, std::initializer_list<std::string_view> ws, bool front) {
          for (std::string_view w : ws) {
            const std::size_t at = front ? i : i - 1;
            if (at < s.end && tokens_[at].kind == Kind::word && tokens_[at].norm == w) {
              i = front ? i + 1 : i - 1;
              return true;
            }
          }
          return false;
        };
        while (from < to && is_punct(tokens_[from], ',')) ++from;
        while (from < to && strip_word(from, {"and", "that", "of", "to", "as", "be"}, true)) {
        }
        while (from < to && strip_word(to, {"to", "be", "as", "were", "was", "being", "been"}, false)) {
        }
        if (from < to && to - from <= 10) {
          std::vector<std::size_t> np;
          bool words_only = true;
          for (std::size_t i = from; i < to; ++i) {
            if (tokens_[i].kind != Kind::word) words_only = false;
            np.push_back(i);
          }
          if (words_only) f.area = area_of(np, false, s.begin);
        }
      }
      // 3. The subject: "services for care leavers were judged", "those services judged to be good".
      if (f.area.result == AreaResult::none && trigger && *trigger > s.begin) {
        std::size_t end = *trigger;
        while (end > s.begin && (word(end - 1, s) == "last" || word(end - 1, s) == "also")) --end;
        bool passive = false;
        if (end > s.begin && (word(end - 1, s) == "was" || word(end - 1, s) == "were")) {
          --end;
          passive = true;
        }
        // Back to the start of the clause; past an "and" only when the longer phrase names an
        // area ("help and protection was judged ...", not "services improved and were judged").
        // An appositive: "The adoption agency, Adopt Xshire, was judged ...".
        if (passive && end > s.begin + 1 && is_punct(tokens_[end - 1], ',')) --end;
        std::size_t begin = end, short_begin = end;
        bool crossed_and = false;
        while (begin > s.begin && end - begin < 8) {
          const ScanToken& t = tokens_[begin - 1];
          if (t.kind != Kind::word) break;
          if (t.norm == "when" || t.norm == "since" || t.norm == "where" || t.norm == "while" ||
              t.norm == "because" || t.norm == "if" || t.norm == "although")
            break;
          if (t.norm == "and" && !crossed_and) {
            crossed_and = true;
            short_begin = begin;
          }
          if (t.norm == "that" || t.norm == "which" || t.norm == "who") {
            if (begin == end) {
              f.area.result = AreaResult::reject;  // "the services that were judged ..."
            }
            break;
          }
          --begin;
        }
        if (!crossed_and) short_begin = begin;
        auto phrase = [&](std::size_t from) {
          std::vector<std::size_t> np;
          for (std::size_t i = from; i < end; ++i) np.push_back(i);
          return np;
        };
        if (f.area.result == AreaResult::none && crossed_and && begin < short_begin) {
          const Area longer = area_of(phrase(begin), false, s.begin);
          if (longer.result == AreaResult::area && longer.id) f.area = longer;
        }
        if (f.area.result == AreaResult::none && short_begin < end && (passive || end - short_begin <= 6))
          f.area = area_of(phrase(short_begin), false, s.begin);
      }
      if (f.area.result == AreaResult::reject) {
        k = g->end - 1;
        continue;
      }
      if (f.area.result == AreaResult::none) f.area.result = AreaResult::overall;
      last_end = f.area_end;
      k = std::max(f.area_end, g->end) - 1;
      out.push_back(std::move(f));
    }
    return out;
  }

  RawJudgement raw(const GradeFound& g) const {
    RawJudgement j;
    if (g.area.result == AreaResult::area) {
      j.area_begin = tokens_[g.area.begin].begin;
      j.area_end = tokens_[g.area.end - 1].end;
      j.area_id = g.area.id;
    } else {
      j.area_literal = overall;
      j.area_id = "overall_effectiveness";
    }
    j.grade = std::string(g.grade);
    j.grade_begin = tokens_[g.at].begin;
    j.grade_end = tokens_[g.end - 1].end;
    return j;
  }

  void read_sentence(const Sentence& s, std::vector<Mention>& mentions, std::size_t previous_first,
                     std::size_t previous_count) {
    // Without a word that starts a head or a grade, a sentence names no inspection and states
    // no grade: nothing below can find anything.
    bool any = false;
    for (std::size_t k = s.begin; k < s.end && !any; ++k) any = tokens_[k].kind == Kind::word && tokens_[k].flags != 0;
    if (!any) return;
    std::vector<Found> found;
    std::size_t floor = s.begin;
    for (std::size_t k = s.begin; k < s.end; ++k) {
      if (tokens_[k].kind != Kind::word) continue;
      const Head* rule = nullptr;
      const std::size_t n = match_head(k, s, rule);
      if (n == 0) continue;
      if (rule->kind != HK::plural) {
        if (auto f = mention_at(s, k, k + n, *rule, floor)) {
          floor = std::max({k + n, f->last, f->head_end});
          const std::size_t head_end = f->head_end;
          found.push_back(std::move(*f));
          k = head_end - 1;
          continue;
        }
      }
      k += n - 1;
    }
    // "published on the 27 August 2019" later in the sentence dates the report of the mention
    // before it.
    for (std::size_t k = s.begin; k + 1 < s.end; ++k) {
      if (!is_word(tokens_[k], "published")) continue;
      std::size_t d = k + 1;
      if (is_word(tokens_[d], "on") || is_word(tokens_[d], "in")) ++d;
      if (d < s.end && is_word(tokens_[d], "the")) ++d;
      if (d >= s.end || tokens_[d].kind != Kind::date) continue;
      for (std::size_t m = found.size(); m-- > 0;) {
        if (found[m].head >= k) continue;
        if (!found[m].mention.published && !(found[m].date_hit && *found[m].date_hit == tokens_[d].hit))
          found[m].mention.published = ranges_[tokens_[d].hit].start;
        break;
      }
    }

    const std::vector<GradeFound> grades = grades_in(s);
    if (found.empty()) {
      for (const GradeFound& g : grades) {
        if (!found.empty()) {
          found.front().mention.judgements.push_back(raw(g));
          continue;
        }
        // "Services for children in Manchester were judged to be adequate in 2010."
        const std::size_t a = g.area_end;
        if (a + 1 < s.end && is_word(tokens_[a], "in") && tokens_[a + 1].kind == Kind::date) {
          Found f;
          f.mention.generic = true;
          f.mention.full = true;
          f.mention.when = ranges_[tokens_[a + 1].hit];
          f.mention.qualifier = Qualifier::earlier;
          f.first = g.at;
          f.head = g.at;
          f.last = a + 2;
          f.mention.begin = tokens_[s.begin].begin;
          f.mention.end = tokens_[a + 1].end;
          f.mention.sentence_begin = tokens_[s.begin].begin;
          f.mention.sentence_end = tokens_[s.end - 1].end;
          f.mention.judgements.push_back(raw(g));
          found.push_back(std::move(f));
          continue;
        }
        // "The local authority was judged to be inadequate.", after the sentence naming it.
        for (std::size_t m = previous_first + previous_count; m-- > previous_first;) {
          if (mentions[m].gradable()) {
            mentions[m].judgements.push_back(raw(g));
            break;
          }
        }
      }
    } else {
      // The mention the grade is said of: one that follows closely ("judged inadequate overall at
      // the last inspection in 2014"), else the nearest before, else the nearest after. Grades and
      // mentions are both in order, so one pass over each finds them.
      std::vector<std::size_t> next_gradable(found.size() + 1, found.size());
      for (std::size_t i = found.size(); i-- > 0;)
        next_gradable[i] = found[i].mention.gradable() ? i : next_gradable[i + 1];
      std::size_t after = 0;  // the first mention whose head is not before the grade
      std::optional<std::size_t> gradable_before;
      for (const GradeFound& g : grades) {
        while (after < found.size() && found[after].head < g.at) {
          if (found[after].mention.gradable()) gradable_before = after;
          ++after;
        }
        std::optional<std::size_t> target;
        std::size_t q = after;
        while (q < found.size() && found[q].first < g.area_end) ++q;
        if (q < found.size() && found[q].mention.gradable() && found[q].first - g.area_end <= 3) {
          bool linked = true;  // only words that tie a grade to an inspection stand between
          for (std::size_t i = g.area_end; i < found[q].first && linked; ++i) {
            const std::string_view w = word(i, s);
            linked = w == "at" || w == "in" || w == "during" || w == "from" || w == "of" ||
                     w == "following" || w == "after" || w == "by" || w == "since";
          }
          if (linked) target = q;
        }
        if (!target) target = gradable_before;
        if (!target && next_gradable[after] < found.size()) target = next_gradable[after];
        if (target) found[*target].mention.judgements.push_back(raw(g));
      }
    }
    for (Found& f : found) mentions.push_back(std::move(f.mention));
  }

  const Lexicon& lexicon_;
  std::optional<Vocabulary> own_vocabulary_;  // declared before vocabulary_, which may refer to it
  const Vocabulary& vocabulary_;
  const std::vector<const GradeScale*> scales_;  // the vocabulary's
  const std::optional<Date> resolve_against_;
  const bool dated_only_;
  const Layout* marked_for_ = nullptr;  // the layout whose marks `marked_` tells of
  bool marked_ = false;                 // does it mark the vocabulary's trigger and grade words
  // The block being read, and buffers kept from block to block.
  const Layout* layout_ = nullptr;
  const Block* block_ = nullptr;
  std::optional<Tokens> block_tokens_;  // its tokens, once asked for
  std::string_view text_;
  std::span<const grammar::DateHit> dates_;
  std::span<const grammar::WordMark> marks_;
  std::vector<DateRange> ranges_;       // of dates_, with the year resolved where asked
  std::vector<std::uint8_t> usable_;    // of dates_: a year stated or resolved
  std::vector<char> key_;               // the probe's key of a word with a typographic apostrophe
  std::vector<ScanToken> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<std::size_t> hits_;  // where the probe found a trigger or grade word
  std::vector<Window> windows_;
};

}  // namespace

bool may_mention(std::string_view profile_id) {
  for (const HeadList& l : head_lists) {
    if (l.type != DT::unknown && l.type.id() == profile_id) return true;
  }
  return std::any_of(std::begin(subject_lists), std::end(subject_lists),
                     [&](const SubjectList& l) { return l.type != DT::unknown && l.type.id() == profile_id; });
}

struct BlockScanner::Impl {
  explicit Impl(const ScanOptions& options) : scanner(options) {}
  Scanner scanner;
};

BlockScanner::BlockScanner(const ScanOptions& options) : impl_(std::make_unique<Impl>(options)) {}
BlockScanner::~BlockScanner() = default;

BlockScan BlockScanner::scan(const Layout& layout, const Block& block, bool list_open) {
  return impl_->scanner.scan(layout, block, list_open);
}

}  // namespace judgement::detail::references
