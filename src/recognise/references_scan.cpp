#include "recognise/references_scan.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

#include "grammar/date_finder.hpp"
#include "recognise/framework.hpp"
#include "recognise/text_search.hpp"
#include "source/utf8.hpp"

namespace judgement::detail::references {
namespace {

// --- words ---------------------------------------------------------------------------------------

enum class Kind : std::uint8_t { word, date, punct, separator };

struct Token {
  Kind kind = Kind::word;
  std::size_t begin = 0, end = 0;  // into the block text
  // A word lower-cased with plain apostrophes; punctuation as is. A view of the scanner's folded
  // text, of its spelled-out words (a word with a typographic apostrophe), or of a literal.
  std::string_view norm;
  std::size_t hit = 0;             // date tokens: index into the date hits
  bool upper = false;              // starts with a capital or a digit: may start a sentence
  std::uint8_t flags = 0;          // words: kHeadWord, kGradeWord
};

// A word that can start a head (Scanner::match_head), and one that can start a grade (grade_at):
// worked out once per word, so that most words and most sentences are passed over at once.
constexpr std::uint8_t kHeadWord = 1;
constexpr std::uint8_t kGradeWord = 2;

std::uint8_t word_flags(std::string_view w) {
  if (w.empty()) return 0;
  auto any = [w](std::initializer_list<std::string_view> words) {
    for (std::string_view x : words) {
      if (w == x) return true;
    }
    return false;
  };
  switch (w[0]) {
    case 'a':
      if (w == "area") return kHeadWord;
      return w == "adequate" ? kGradeWord : 0;
    case 'f':
      return any({"focused", "focussed"}) ? kHeadWord : 0;
    case 'g':
      return w == "good" ? kGradeWord : 0;
    case 'i':
      if (any({"inspection", "inspections", "ilacs", "inspected"})) return kHeadWord;
      return w == "inadequate" ? kGradeWord : 0;
    case 'j':
      return any({"joint", "jtai"}) ? kHeadWord : 0;
    case 'l':
      return any({"local", "lscb"}) ? kHeadWord : 0;
    case 'm':
      return w == "monitoring" ? kHeadWord : 0;
    case 'o':
      return w == "outstanding" ? kGradeWord : 0;
    case 'r':
      if (any({"review", "re-inspection", "reinspection", "re-inspections"})) return kHeadWord;
      return any({"requires", "require", "required", "requiring"}) ? kGradeWord : 0;
    case 's':
      if (any({"single", "sif", "slac", "send"})) return kHeadWord;
      return w == "satisfactory" ? kGradeWord : 0;
    case 'v':
      return w == "visit" ? kHeadWord : 0;
    default:
      return 0;
  }
}

bool ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }


// Two-byte sequences are Latin letters with accents (names such as "Sérgio"): part of words.
bool letter_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  return ascii_alnum(c) || (c >= 0xC3 && c <= 0xC5 && i + 1 < text.size());
}

bool right_quote_at(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
         (text[i + 2] == '\x99' || text[i + 2] == '\x98');
}

// `spelled` holds the words whose folded text has padding (a typographic apostrophe folds to
// "\x01\x01'"): its capacity is reserved for the whole text, so the views into it stay valid.
std::vector<Token> tokenise(std::string_view text, std::string_view folded,
                            const std::vector<grammar::DateHit>& hits, const std::vector<bool>& usable,
                            std::string& spelled) {
  spelled.clear();
  spelled.reserve(text.size());
  std::vector<Token> tokens;
  std::size_t h = 0;
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto next_hit_begin = [&]() -> std::size_t {
    while (h < hits.size() && hits[h].begin < i) ++h;
    return h < hits.size() ? hits[h].begin : std::string_view::npos;
  };
  while (i < n) {
    const std::size_t hit_begin = next_hit_begin();
    if (hit_begin == i) {
      Token t;
      t.kind = usable[h] ? Kind::date : Kind::punct;  // an unusable date blocks like punctuation
      t.begin = i;
      t.end = hits[h].end;
      t.hit = h;
      t.upper = true;
      t.norm = usable[h] ? "" : "#";
      tokens.push_back(std::move(t));
      i = hits[h].end;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (letter_at(text, i)) {
      std::size_t j = i;
      while (j < n && j != hit_begin) {
        if (letter_at(text, j)) {
          j += utf8::lead_length(static_cast<unsigned char>(text[j]));
        } else if (text[j] == '\'' && j + 1 < n && ascii_alpha(static_cast<unsigned char>(text[j + 1]))) {
          j += 1;
        } else if (right_quote_at(text, j) && j + 3 < n &&
                   ascii_alpha(static_cast<unsigned char>(text[j + 3]))) {
          j += 3;
        } else if (text[j] == '-' && j + 1 < n && ascii_alnum(static_cast<unsigned char>(text[j + 1]))) {
          j += 1;
        } else {
          break;
        }
      }
      j = std::min(j, n);
      t.kind = Kind::word;
      t.end = j;
      const std::string_view word = folded.substr(i, j - i);
      if (word.find('\x01') == std::string_view::npos) {
        t.norm = word;
      } else {
        const std::size_t from = spelled.size();
        for (char ch : word) {
          if (ch != '\x01') spelled += ch;
        }
        t.norm = std::string_view(spelled).substr(from);
      }
      t.upper = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      t.flags = word_flags(t.norm);
      tokens.push_back(std::move(t));
      i = j;
      continue;
    }
    if (c < 0x80) {
      ++i;
      if (c == '\'' || c == '"' || c == '*' || c == '_') continue;  // quotes and emphasis
      t.end = i;
      t.kind = c == '\t' ? Kind::separator : Kind::punct;
      t.norm = folded.substr(i - 1, 1);
      tokens.push_back(std::move(t));
      continue;
    }
    const std::size_t len = std::min(utf8::lead_length(c), n - i);
    const std::string_view ch = text.substr(i, len);
    i += len;
    t.end = i;
    if (ch == "\xE2\x80\x98" || ch == "\xE2\x80\x99" || ch == "\xE2\x80\x9C" || ch == "\xE2\x80\x9D" ||
        ch == "\xC2\xA0") {
      continue;  // quotes, no-break space
    }
    if (ch == "\xE2\x80\x93" || ch == "\xE2\x80\x94") {
      t.kind = Kind::punct;
      t.norm = "-";
    } else if ((len == 3 && c == 0xEF && static_cast<unsigned char>(ch[1]) >= 0x80 &&
                static_cast<unsigned char>(ch[1]) <= 0x83) ||  // private-use bullets (U+F000..U+F0FF)
               (len == 3 && c == 0xE2 &&
                (ch[1] == '\x96' || ch[1] == '\x97' || ch[1] == '\x94')) ||  // shapes, box lines
               ch == "\xE2\x80\xA2" ||
               ch == "\xE2\x88\x92") {  // bullet, minus
      t.kind = Kind::separator;
    } else {
      t.kind = Kind::punct;
      t.norm = "?";
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

struct Sentence {
  std::size_t begin, end;  // token indices
};

bool is_word(const Token& t, std::string_view w) { return t.kind == Kind::word && t.norm == w; }
bool is_punct(const Token& t, char c) {
  return t.kind == Kind::punct && t.norm.size() == 1 && t.norm[0] == c;
}

std::vector<Sentence> sentences_of(const std::vector<Token>& tokens) {
  static constexpr std::string_view abbreviations[] = {"st", "mr", "mrs", "ms", "dr", "no", "cllr", "nos"};
  std::vector<Sentence> out;
  std::size_t start = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
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
  return out;
}

template <std::size_t N>
bool among(std::string_view w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// --- heads: the words that name an inspection ----------------------------------------------------

enum class HeadKind : std::uint8_t { framework, inspection, visit, verb, plural };

struct Head {
  std::array<std::string_view, 10> words;
  DocumentType type;
  HeadKind kind;
};

using DT = DocumentType;
using HK = HeadKind;

// Most specific first; a head is matched at the first word of the phrase.
const Head heads[] = {
    {{"joint", "targeted", "area", "inspection"}, DT::jtai, HK::framework},
    {{"joint", "targeted", "area", "inspections"}, DT::jtai, HK::plural},
    {{"joint", "targeted", "inspection"}, DT::jtai, HK::framework},
    {{"jtai"}, DT::jtai, HK::framework},
    {{"focused", "visit"}, DT::focused_visit, HK::framework},
    {{"focussed", "visit"}, DT::focused_visit, HK::framework},
    {{"focused", "visits"}, DT::focused_visit, HK::plural},
    {{"focussed", "visits"}, DT::focused_visit, HK::plural},
    {{"monitoring", "visit"}, DT::monitoring_visit, HK::framework},
    {{"monitoring", "visits"}, DT::monitoring_visit, HK::plural},
    {{"single", "inspection"}, DT::sif, HK::framework},
    {{"single", "inspections"}, DT::sif, HK::plural},
    {{"sif"}, DT::sif, HK::framework},
    {{"inspection", "of", "local", "authority", "children's", "services"}, DT::ilacs, HK::framework},
    {{"inspection", "of", "local", "authority", "childrens", "services"}, DT::ilacs, HK::framework},
    {{"inspections", "of", "local", "authority", "children's", "services"}, DT::ilacs, HK::plural},
    {{"ilacs"}, DT::ilacs, HK::framework},
    {{"slac"}, DT::safeguarding_inspection, HK::framework},
    {{"local", "area", "send", "inspection"}, DT::area_send, HK::framework},
    {{"area", "send", "inspection"}, DT::area_send, HK::framework},
    {{"send", "inspection"}, DT::area_send, HK::framework},
    {{"review", "of", "the", "effectiveness", "of", "the", "local", "safeguarding", "children", "board"},
     DT::lscb_review,
     HK::framework},
    {{"review", "of", "the", "local", "safeguarding", "children", "board"}, DT::lscb_review, HK::framework},
    {{"review", "of", "the", "lscb"}, DT::lscb_review, HK::framework},
    {{"lscb", "review"}, DT::lscb_review, HK::framework},
    {{"inspection"}, DT::unknown, HK::inspection},
    {{"re-inspection"}, DT::unknown, HK::inspection},
    {{"reinspection"}, DT::unknown, HK::inspection},
    {{"inspections"}, DT::unknown, HK::plural},
    {{"re-inspections"}, DT::unknown, HK::plural},
    {{"visit"}, DT::unknown, HK::visit},
    {{"inspected"}, DT::unknown, HK::verb},
};

// Words that may stand between a determiner and a head: "the last full Ofsted inspection", "the
// previous looked after children service inspection", "the 2018 joint targeted area inspection".
constexpr std::array<std::string_view, 75> premodifiers = {
    "previous",  "last",      "earlier",     "prior",      "preceding",   "most",         "recent",
    "latest",    "former",    "first",       "second",     "third",       "initial",      "subsequent",
    "next",      "future",    "forthcoming", "upcoming",   "planned",     "current",      "present",
    "full",      "judgement", "graded",      "standard",   "short",       "ofsted",       "ofsted's",
    "joint",     "targeted",  "area",        "child",      "protection",  "safeguarding", "and",
    "looked",    "after",     "children",    "children's", "childrens",   "service",      "services",
    "lac",       "adoption",  "fostering",   "send",       "local",       "authority",    "authority's",
    "council's", "thematic",  "youth",       "offending",  "assurance",   "unannounced",  "announced",
    "statutory", "ilacs",     "sif",         "jtai",       "slac",        "single",       "outstanding",
    "good",      "adequate",  "inadequate",  "requires",   "improvement", "satisfactory", "re",
    "ofsteds",   "home",      "homes",       "care",       "leavers"};

constexpr std::array<std::string_view, 15> determiners = {"the",   "a",     "an",  "this",  "that",
                                                          "these", "those", "its", "their", "our",
                                                          "his",   "her",   "any", "each",  "every"};

// Words after which a noun phrase ("of Barnsley's safeguarding arrangements") gives way to the
// words that lead to the inspection's date.
constexpr std::array<std::string_view, 17> phrase_stops = {
    "was",   "were", "took",    "published",  "in",        "on",   "during",    "between", "from",
    "which", "that", "carried", "undertaken", "conducted", "held", "completed", "dated"};

// Words that end a subject phrase: the clause has moved on.
constexpr std::array<std::string_view, 26> phrase_breaks = {
    "identified", "found",  "highlighted", "noted", "judged", "graded",  "rated",   "has",   "have",
    "had",        "is",     "are",         "will",  "would",  "should",  "could",   "since", "until",
    "after",      "before", "following",   "under", "when",   "because", "however", "but"};

// Words that may lead from a mention to its date: "which took place on the", "was published in".
constexpr std::array<std::string_view, 31> connectors = {
    "was",     "were",      "took",  "place",  "published", "in",        "on",         "during",
    "between", "from",      "which", "that",   "carried",   "out",       "undertaken", "conducted",
    "held",    "completed", "by",    "ofsted", "the",       "dated",     "at",         "end",
    "start",   "beginning", "of",    "her",    "his",       "majesty's", "inspectors"};

// --- grades --------------------------------------------------------------------------------------

struct GradeAt {
  std::size_t end = 0;  // token index after the grade phrase
  std::string grade;    // as GradeScale::match reads it
};

std::optional<GradeAt> grade_at(const std::vector<Token>& t, std::size_t k, std::size_t se) {
  if (t[k].kind != Kind::word || !(t[k].flags & kGradeWord)) return std::nullopt;
  const std::string_view w = t[k].norm;
  if (w == "outstanding") return GradeAt{k + 1, "Outstanding"};
  if (w == "good") return GradeAt{k + 1, "Good"};
  if (w == "adequate") return GradeAt{k + 1, "Adequate"};
  if (w == "inadequate") return GradeAt{k + 1, "Inadequate"};
  if (w == "satisfactory") return GradeAt{k + 1, "Satisfactory"};
  if ((w == "requires" || w == "require" || w == "required" || w == "requiring") && k + 1 < se &&
      is_word(t[k + 1], "improvement")) {
    if (k + 4 < se && is_word(t[k + 2], "to") && is_word(t[k + 3], "be") && is_word(t[k + 4], "good"))
      return GradeAt{k + 5, "Requires improvement to be good"};
    return GradeAt{k + 2, "Requires improvement"};
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 9> triggers = {
    "judged", "graded", "rated", "found", "judgement", "judgements", "judging", "grade", "regraded"};

// What may follow a grade that is a judgement rather than an adjective ("good practice").
constexpr std::array<std::string_view, 25> after_grade = {
    "overall",    "for",       "in",     "across", "at",  "and",   "with",  "when",       "by",
    "since",      "following", "until",  "as",     "but", "while", "which", "inspection", "judgement",
    "judgements", "outcome",   "rating", "grade",  "to",  "from",  "on"};

constexpr std::array<std::string_view, 4> outcome_nouns = {"judgement", "outcome", "rating", "grade"};

constexpr std::array<std::string_view, 40> restrictive = {
    "that",        "which",    "who",       "those",      "these",     "some",     "one",       "two",
    "three",       "four",     "five",      "six",        "seven",     "eight",    "nine",      "ten",
    "twelve",      "none",     "most",      "many",       "few",       "several",  "home",      "homes",
    "school",      "schools",  "placement", "placements", "provision", "provider", "providers", "outcomes",
    "performance", "practice", "plans",     "staff",      "carers",    "settings", "both",      "each"};

constexpr std::array<std::string_view, 30> generic_area_words = {
    "services",    "service", "serviced",  "children's", "childrens", "children", "local", "authority",
    "authority's", "council", "council's", "they",       "them",      "it",       "all",   "areas",
    "area",        "every",   "whole",     "social",     "care",      "for",      "in",    "of",
    "and",         "the",     "overall",   "its",        "their",     "families"};

constexpr std::string_view overall = "Overall effectiveness";

enum class AreaResult : std::uint8_t { none, overall, area, reject };

struct Area {
  AreaResult result = AreaResult::none;
  std::size_t begin = 0, end = 0;  // token range of the area's words
  std::optional<std::string_view> id;
};

// --- the scanner ---------------------------------------------------------------------------------

class Scanner {
 public:
  Scanner(std::string_view text, std::span<const grammar::DateHit> dates, const ScanOptions& options)
      : lexicon_(*options.lexicon), text_(text), folded_(fold(text)), hits_(dates.begin(), dates.end()) {
    usable_.assign(hits_.size(), true);
    for (std::size_t i = 0; i < hits_.size(); ++i) {
      if (hits_[i].year_stated) continue;
      if (options.resolve_against) {
        hits_[i] = grammar::resolve_year(std::move(hits_[i]), *options.resolve_against);
      } else {
        usable_[i] = false;
      }
    }
    tokens_ = tokenise(text_, folded_, hits_, usable_, spelled_);
    sentences_ = sentences_of(tokens_);
  }

  BlockScan scan(bool list_open) {
    BlockScan out;
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
    return out;
  }

 private:
  [[nodiscard]] std::string_view word(std::size_t k, const Sentence& s) const {
    return k >= s.begin && k < s.end && tokens_[k].kind == Kind::word ? std::string_view(tokens_[k].norm)
                                                                      : std::string_view();
  }

  bool speaks_of_judgements(const Sentence& s) const {
    for (std::size_t k = s.begin; k < s.end; ++k) {
      const std::string_view w = word(k, s);
      if (w == "judgement" || w == "judgements" || w == "judged" || w == "grades" || w == "graded")
        return true;
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
    const auto g = grade_at(tokens_, colon + 1, s.end);
    if (!g) return std::nullopt;
    for (std::size_t k = g->end; k < s.end; ++k) {
      if (!(is_punct(tokens_[k], '.') || is_punct(tokens_[k], ';'))) return std::nullopt;
    }
    RawJudgement j;
    j.area_begin = tokens_[s.begin].begin;
    j.area_end = tokens_[colon - 1].end;
    j.area_id = area_id_for(lexicon_, text_.substr(j.area_begin, j.area_end - j.area_begin));
    j.grade = g->grade;
    j.grade_begin = tokens_[colon + 1].begin;
    j.grade_end = tokens_[g->end - 1].end;
    return j;
  }

  struct Found {
    Mention mention;
    // Token indices: the first word, the head and the end of the head with the words that
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
      const Token& t = tokens_[k - 1];
      if (t.kind == Kind::date) {
        if (b.date_hit) break;
        b.date_hit = t.hit;
      } else if (t.kind == Kind::word && among(t.norm, determiners)) {
        b.det = t.norm;
        --k;
        break;
      } else if (t.kind == Kind::word && among(t.norm, premodifiers)) {
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
    static constexpr std::array<std::string_view, 22> others = {
        "cqc",    "hmip",      "hmicfrs", "probation", "police",      "estyn",  "health",  "nhs",
        "prison", "peer",      "lga",     "internal",  "independent", "school", "college", "academy",
        "audit",  "financial", "fire",    "dental",    "ofqual",      "sector"};
    static constexpr std::array<std::string_view, 9> framework_verbs = {
        "introduced", "launched", "implemented", "revised", "updated",
        "replaced",   "reformed", "changed",     "new"};
    static constexpr std::array<std::string_view, 15> future_words = {
        "will",    "shall", "expected", "expect", "expects",     "planned", "scheduled", "preparing",
        "prepare", "due",   "awaiting", "awaits", "anticipated", "until",   "await"};
    const std::string_view w = first > s.begin ? word(first - 1, s) : std::string_view();
    if (among(w, others)) return Lead::other;
    if (among(w, framework_verbs)) return Lead::framework;
    for (std::size_t k = first; k > s.begin && first - k < 6;) {
      --k;
      if (clause_stop(tokens_[k]) || is_punct(tokens_[k], ',')) break;
      if (among(word(k, s), future_words)) return Lead::future;
    }
    return Lead::none;
  }

  static bool has(const std::vector<std::string_view>& words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  }

  static Qualifier qualifier_of(const std::vector<std::string_view>& words, std::string_view det) {
    for (std::string_view w : {"next", "future", "forthcoming", "upcoming", "planned"}) {
      if (has(words, w)) return Qualifier::future;
    }
    for (std::string_view w : {"previous", "last", "earlier", "prior", "preceding", "former", "previously"}) {
      if (has(words, w)) return Qualifier::earlier;
    }
    if (det == "this" || has(words, "current") || has(words, "present")) return Qualifier::self;
    if (has(words, "recent") || has(words, "latest")) return Qualifier::recent;
    return Qualifier::none;
  }

  // The framework an inspection named by its subject belongs to ("inspection of Barnsley's
  // safeguarding arrangements"); false when it is not an inspection of children's services.
  static bool classify(const std::vector<std::string_view>& w, Mention& m) {
    if ((has(w, "youth") && has(w, "offending")) || has(w, "thematic") || has(w, "school") ||
        has(w, "schools") || has(w, "health") || has(w, "police") || has(w, "probation") ||
        has(w, "college") || has(w, "nursery") || has(w, "cqc") || has(w, "justice"))
      return false;
    auto phrase = [&](std::initializer_list<std::string_view> words) {
      // The words in order, one after another.
      auto it = w.begin();
      for (;;) {
        it = std::find(it, w.end(), *words.begin());
        if (it == w.end()) return false;
        auto jt = it;
        bool ok = true;
        for (std::string_view x : words) {
          if (jt == w.end() || *jt != x) {
            ok = false;
            break;
          }
          ++jt;
        }
        if (ok) return true;
        ++it;
      }
    };
    const bool safeguarding =
        has(w, "safeguarding") || phrase({"child", "protection"}) || phrase({"protection", "of", "children"});
    const bool looked_after = phrase({"looked", "after"}) || has(w, "lac");
    if (has(w, "joint") && has(w, "targeted")) {
      m.type = DT::jtai;
    } else if (has(w, "send")) {
      m.type = DT::area_send;
    } else if (has(w, "single") || has(w, "sif")) {
      m.type = DT::sif;
    } else if (has(w, "ilacs")) {
      m.type = DT::ilacs;
    } else if (safeguarding || has(w, "slac")) {
      m.type = DT::safeguarding_inspection;
    } else if (looked_after) {
      m.type = DT::lac_inspection;
    } else if (has(w, "adoption")) {
      m.type = DT::provider_inspection;
      m.subject = "adoption";
    } else if (has(w, "fostering")) {
      m.type = DT::provider_inspection;
      m.subject = "fostering";
    } else if (has(w, "home") || has(w, "homes")) {
      m.type = DT::provider_inspection;
      m.subject = "home";
    }
    m.generic = m.type == DT::unknown;
    m.full = has(w, "full") || has(w, "judgement") ||
             ((has(w, "children's") || has(w, "childrens") || has(w, "children")) && has(w, "services")) ||
             phrase({"local", "authority", "children's", "services"});
    return true;
  }

  // "The Old Vicarage": a capitalised "The" within the sentence and a name after it that is not
  // a council's.
  [[nodiscard]] bool named_establishment(std::size_t begin, std::size_t end) const {
    if (end - begin < 2 || !is_word(tokens_[begin], "the") || !tokens_[begin].upper ||
        !tokens_[begin + 1].upper)
      return false;
    for (std::size_t k = begin; k < end; ++k) {
      const std::string_view w = tokens_[k].norm;
      if (w == "council" || w == "council's" || w == "borough" || w == "county" || w == "city" ||
          w == "children's" || w == "childrens" || w == "services" || w == "authority" ||
          w == "authority's" || w == "district")
        return false;
    }
    return true;
  }

  [[nodiscard]] bool date_ok_after(std::size_t k, std::size_t floor) const {
    if (k == floor) return false;
    const Token& p = tokens_[k - 1];
    if (is_punct(p, '(') || is_punct(p, ':')) return true;
    if (p.kind != Kind::word) return false;
    if (p.norm == "in" || p.norm == "on" || p.norm == "during" || p.norm == "from" || p.norm == "between" ||
        p.norm == "dated")
      return true;
    if (k - 1 > floor) {
      const Token& pp = tokens_[k - 2];
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
      if (p1 == "last" || p1 == "previously") {
        m.qualifier = Qualifier::earlier;
        object = p2 == "ofsted";
        if (p2 == "was" || p2 == "were" || p2 == "been") be = head - 2;
      } else if (p1 == "ofsted") {
        object = true;
      } else if (p1 == "were" || p1 == "was" || p1 == "been") {
        be = head - 1;
      } else {
        return std::nullopt;
      }
      for (std::size_t k = be; be != head && k > s.begin && be - k < 8;) {
        --k;
        const Token& t = tokens_[k];
        if (t.kind != Kind::word || t.norm == "when" || t.norm == "since" || t.norm == "and" ||
            t.norm == "which" || t.norm == "that" || t.norm == "where" || t.norm == "because")
          break;
        if (t.norm == "has" || t.norm == "have" || t.norm == "had") continue;
        passive_subject.push_back(t.norm);
        const bool name = t.upper && k != s.begin;
        if (!(among(t.norm, generic_area_words) || name || among(t.norm, determiners)))
          passive_subject_generic = false;
      }
    }
    if (rule.kind == HK::visit && !has(words, "ofsted") && !has(words, "ofsted's") &&
        m.qualifier != Qualifier::self && m.qualifier != Qualifier::recent)
      return std::nullopt;
    if (rule.kind == HK::framework && rule.type == DT::lscb_review &&
        (has(words, "independent") || has(words, "peer") || has(words, "commissioned")))
      return std::nullopt;

    // Words that continue the head: "ILACS inspection", "inspection report", "inspection judgement".
    std::size_t j = head_end;
    for (int extra = 0; extra < 2 && j < s.end; ++extra) {
      const std::string_view w = word(j, s);
      if (w == "inspection" || w == "visit" || w == "re-inspection" || w == "reinspection" || w == "report" ||
          w == "letter" || w == "judgement") {
        ++j;
      } else if (w == "inspections" || w == "visits") {
        return std::nullopt;  // "ILACS inspections" in general
      } else {
        break;
      }
    }
    f.head_end = j;
    for (std::size_t k = j; k < s.end && k - j < 4; ++k) {
      const std::string_view w = word(k, s);
      if (w == "will" || w == "shall" || w == "expected" || w == "planned" || w == "scheduled" ||
          w == "due") {
        m.qualifier = Qualifier::future;
        break;
      }
    }
    if (word(j, s) == "framework" || word(j, s) == "frameworks" || word(j, s) == "handbook" ||
        word(j, s) == "guidance" || word(j, s) == "methodology")
      return std::nullopt;  // the framework, not an inspection made under it
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
        const Token& t = tokens_[k];
        if (t.kind == Kind::date || t.kind == Kind::separator) break;
        if (t.kind == Kind::punct) {
          if (is_punct(t, '/') || is_punct(t, '-')) {
            ++k;
            continue;
          }
          break;
        }
        const bool looked_after = t.norm == "after" && !subject.empty() && subject.back() == "looked";
        if (among(t.norm, phrase_stops) || (among(t.norm, phrase_breaks) && !looked_after)) break;
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
      const Token& t = tokens_[j];
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
      if (t.kind != Kind::word || !among(t.norm, connectors)) break;
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
      const grammar::DateHit& hit = hits_[*f.date_hit];
      if (published && !(b.date_hit && *b.date_hit == *f.date_hit)) {
        m.published = hit.range.start;
      } else {
        m.when = hit.range;
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
    // Only a first word of a head is flagged kHeadWord (word_flags).
    if (k < s.begin || k >= s.end || tokens_[k].kind != Kind::word || !(tokens_[k].flags & kHeadWord)) return 0;
    for (const Head& h : heads) {
      std::size_t n = 0;
      while (n < h.words.size() && !h.words[n].empty()) ++n;
      if (k + n > s.end) continue;
      bool ok = true;
      for (std::size_t i = 0; i < n && ok; ++i) ok = word(k + i, s) == h.words[i];
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
      const Token& t = tokens_[np[i]];
      if (among(t.norm, restrictive)) {
        a.result = AreaResult::reject;
        return a;
      }
      if (t.norm == "inspection" || t.norm == "inspections" || t.norm == "visit") return Area{};
      // A capitalised word within the sentence is a name ("Children's services in Medway").
      const bool name = t.upper && np[i] != sentence_begin;
      if (among(t.norm, generic_area_words)) {
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
    std::string grade;
    Area area;
  };

  bool clause_stop(const Token& t) const {
    return t.kind == Kind::separator || is_punct(t, ';') || is_punct(t, '.') || is_punct(t, ':');
  }

  // Every grade the sentence states as a judgement, with its area.
  std::vector<GradeFound> grades_in(const Sentence& s) const {
    std::vector<GradeFound> out;
    std::optional<std::size_t> last_end;  // area_end of the grade before, for lists
    for (std::size_t k = s.begin; k < s.end; ++k) {
      const auto g = grade_at(tokens_, k, s.end);
      if (!g) continue;
      const std::string_view prev = k > s.begin ? word(k - 1, s) : std::string_view();
      const std::string_view next = word(g->end, s);
      if (prev == "or" || next == "or" || prev == "very") {
        k = g->end - 1;
        continue;  // "good or better", "good or outstanding"
      }
      const bool at_end = g->end >= s.end || tokens_[g->end].kind != Kind::word;
      if (!at_end && !among(next, after_grade)) {
        k = g->end - 1;
        continue;  // an adjective: "good practice"
      }
      if (prev == "is" || prev == "are" || prev == "now") {
        k = g->end - 1;
        continue;  // the present: the document's own judgement
      }
      const bool full_phrase =
          g->grade == "Requires improvement to be good" && !is_word(tokens_[k], "requires");
      bool post =
          among(next, outcome_nouns) || (next == "inspection" && (among(word(g->end + 1, s), outcome_nouns)));
      std::optional<std::size_t> trigger;
      for (std::size_t b = k; b > s.begin && k - b < 14;) {
        --b;
        if (clause_stop(tokens_[b])) break;
        if (tokens_[b].kind == Kind::word && among(tokens_[b].norm, triggers)) {
          trigger = b;
          break;
        }
      }
      if (trigger) {
        const std::string_view before = *trigger > s.begin ? word(*trigger - 1, s) : std::string_view();
        if (before == "is" || before == "are" || before == "be" || before == "currently" || before == "now" ||
            ((tokens_[*trigger].norm == "judgement" || tokens_[*trigger].norm == "judgements") &&
             (before == "previous" || before == "earlier")))
          trigger.reset();
      }
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
          const Token& t = tokens_[a];
          if (t.kind != Kind::word) break;
          if (t.norm == "and" || t.norm == "when" || t.norm == "at" || t.norm == "since" ||
              t.norm == "with" || t.norm == "but" || t.norm == "while" || t.norm == "which" ||
              t.norm == "as" || t.norm == "following" || t.norm == "until" || grade_at(tokens_, a, s.end))
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
          const Token& t = tokens_[begin - 1];
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
    j.grade = g.grade;
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
          found[m].mention.published = hits_[tokens_[d].hit].range.start;
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
          f.mention.when = hits_[tokens_[a + 1].hit].range;
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
  std::string_view text_;
  std::string folded_;
  std::string spelled_;  // words spelled without their padding; tokens view it
  std::vector<grammar::DateHit> hits_;
  std::vector<bool> usable_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
};

// Whether `word` (ASCII lower case) stands at text[i], in any case.
bool spelt_at(std::string_view text, std::size_t i, std::string_view word) {
  if (text.size() - i < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if ((static_cast<unsigned char>(text[i + k]) | 0x20) != static_cast<unsigned char>(word[k])) return false;
  }
  return true;
}

// Whether the scanner can find anything in a block that continues no list: a mention needs a
// head, and every head has one of these words in it ("inspect" for inspection, re-inspections,
// inspected; "review" for the LSCB reviews); a mention without a head ("Services ... were judged
// to be adequate in 2010") needs a grade and a date. Words are tokens of the folded text, so
// each is a run of the text's own letters in some case: a block without these strings in it
// can have none of the words. One pass, a few instructions a byte, against a full scan that
// cuts the block into tokens and reads every sentence.
bool may_mention(std::string_view text, bool has_dates) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    switch (static_cast<unsigned char>(text[i]) | 0x20) {
      case 'i':
        if (spelt_at(text, i, "inspect") || spelt_at(text, i, "ilacs")) return true;
        break;
      case 'v':
        if (spelt_at(text, i, "visit")) return true;
        break;
      case 'j':
        if (spelt_at(text, i, "jtai")) return true;
        break;
      case 's':
        if (spelt_at(text, i, "sif") || spelt_at(text, i, "slac")) return true;
        if (has_dates && spelt_at(text, i, "satisfactory")) return true;
        break;
      case 'r':
        if (spelt_at(text, i, "review")) return true;
        if (has_dates && spelt_at(text, i, "requir")) return true;
        break;
      case 'o':
        if (has_dates && spelt_at(text, i, "outstanding")) return true;
        break;
      case 'g':
        if (has_dates && spelt_at(text, i, "good")) return true;
        break;
      case 'a':
        if (has_dates && spelt_at(text, i, "adequate")) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace

BlockScan scan_block(std::string_view text, bool list_open, const ScanOptions& options) {
  return scan_block(text, grammar::find_dates(text), list_open, options);
}

BlockScan scan_block(std::string_view text, std::span<const grammar::DateHit> dates, bool list_open,
                     const ScanOptions& options) {
  if (!list_open && !may_mention(text, !dates.empty())) return {};
  Scanner scanner(text, dates, options);
  return scanner.scan(list_open);
}

}  // namespace judgement::detail::references
