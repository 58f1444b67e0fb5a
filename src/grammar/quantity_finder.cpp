// Meaning for what the quantity grammar reads, and the scan that finds it in running text. The
// conventions (units, ranges, changes, what is not a quantity) are in quantity_finder.hpp.
#include "grammar/quantity_finder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <utility>

#include "grammar/date_finder.hpp"
#include "grammar/date_grammar.hpp"
#include "grammar/quantity_ast.hpp"
#include "grammar/quantity_grammar.hpp"
#include "grammar/quantity_words.hpp"

namespace judgement::grammar {

namespace {

using date_text::is_ascii_letter;
using date_text::is_digit;
using quantity_ast::Amount;
using quantity_ast::Bound;
using quantity_ast::Duration;
using quantity_ast::Qualifier;
using quantity_ast::UnitKind;

// ---------------------------------------------------------------------------------------------
// Values

constexpr std::string_view kPercent = "percent";
constexpr std::string_view kPercentagePoints = "percentage_points";
constexpr std::string_view kPounds = "GBP";
constexpr std::string_view kInspectors = "inspectors";
constexpr std::string_view kCount = "count";

constexpr std::string_view duration_id(Duration d) {
  switch (d) {
    case Duration::minutes:
      return "minutes";
    case Duration::hours:
      return "hours";
    case Duration::days:
      return "days";
    case Duration::weeks:
      return "weeks";
    case Duration::months:
      return "months";
    case Duration::years:
      return "years";
  }
  return "days";
}

constexpr double power_of_ten(unsigned n) {
  double p = 1;
  for (unsigned k = 0; k < n; ++k) p *= 10;
  return p;
}

// One multiplication or division of exact values, so the result is the double nearest the
// number as written: "7.6m" is 76 * 10^5, "24.5" is 245 / 10.
double value_of(const Amount& a) {
  const auto mantissa = static_cast<double>(a.mantissa);
  if (a.exponent >= a.decimals) return mantissa * power_of_ten(a.exponent - a.decimals);
  return mantissa / power_of_ten(a.decimals - a.exponent);
}

bool is_integral(const Amount& a) {
  if (a.decimals <= a.exponent) return true;
  std::uint64_t divisor = 1;
  for (unsigned k = a.exponent; k < a.decimals; ++k) divisor *= 10;
  return a.mantissa % divisor == 0;
}

// "2019": four plain digits that read as a year of the reports' range, never a quantity.
bool is_year(const Amount& a) {
  return !a.pounds && !a.word && !a.grouped && a.decimals == 0 && a.exponent == 0 && a.int_digits == 4 &&
         a.mantissa >= 1900 && a.mantissa <= 2099;
}

// ---------------------------------------------------------------------------------------------
// Units

// What a bound's unit means. `stated` is false when the bound has none.
struct UnitMeaning {
  bool stated = false;
  bool refused = false;     // an age or a rate: the expression is no quantity at all
  std::string_view id;      // a fixed id, or empty for a noun
  std::string_view noun;    // as it stands in the text
  bool plural = true;
  [[nodiscard]] bool counts() const { return stated && (id.empty() || id == kInspectors || id == kCount); }
};

UnitMeaning unit_of(const Bound& bound) {
  UnitMeaning m;
  if (bound.amount.pounds) {
    m.stated = true;
    m.id = kPounds;
    return m;
  }
  if (!bound.unit) return m;
  m.stated = true;
  switch (bound.unit->kind) {
    case UnitKind::percent:
      m.id = kPercent;
      break;
    case UnitKind::percentage_points:
      m.id = kPercentagePoints;
      break;
    case UnitKind::duration:
      m.id = duration_id(bound.unit->duration);
      break;
    case UnitKind::inspectors:
      m.id = kInspectors;
      break;
    case UnitKind::noun:
      m.noun = bound.unit->noun;
      m.plural = bound.unit->plural;
      break;
    case UnitKind::age:
    case UnitKind::rate:
      m.refused = true;
      break;
  }
  return m;
}

char lower(char c) { return is_ascii_letter(c) ? static_cast<char>(c | 0x20) : c; }

bool same_unit(const UnitMeaning& a, const UnitMeaning& b) {
  if (a.id != b.id) return false;
  if (a.noun.size() != b.noun.size()) return false;
  return std::equal(a.noun.begin(), a.noun.end(), b.noun.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

// The noun in lower case with each blank run as one space ("care  leavers" across a line).
std::string normalise_noun(std::string_view noun) {
  std::string out;
  out.reserve(noun.size());
  for (std::size_t i = 0; i < noun.size();) {
    if (std::size_t const b = quantity_text::blank_at(noun, i)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      i += b;
    } else {
      out.push_back(lower(noun[i]));
      ++i;
    }
  }
  return out;
}

// Whether the amount can carry this unit: counts are whole numbers and agree with their noun
// ("1 child", "74 children"); no unit makes a year a quantity.
bool fits(const Amount& amount, const UnitMeaning& unit, bool check_number) {
  if (is_year(amount)) return false;
  if (unit.counts() && !is_integral(amount)) return false;
  if (check_number && unit.stated && unit.id.empty() && unit.plural != (value_of(amount) != 1)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Readings to hits

struct Outcome {
  std::vector<QuantityHit> hits;  // empty when the reading means no quantity
  bool refused = false;           // an age or a rate: skip the whole reading
};

QuantityHit make_hit(std::string_view text, std::size_t begin, std::size_t end, double value,
                     const UnitMeaning& unit) {
  QuantityHit hit;
  hit.begin = begin;
  hit.end = end;
  hit.value = value;
  hit.unit_id = unit.id;
  if (unit.id.empty()) {
    hit.noun = normalise_noun(unit.noun);
    hit.noun_begin = static_cast<std::size_t>(unit.noun.data() - text.data());
    hit.noun_end = hit.noun_begin + unit.noun.size();
  }
  return hit;
}

Outcome meaning_of(std::string_view text, std::size_t begin, std::size_t end, const quantity_ast::Figure& figure) {
  Outcome outcome;
  UnitMeaning unit = unit_of(figure.bound);
  if (unit.refused) {
    outcome.refused = true;
    return outcome;
  }
  const Amount& amount = figure.bound.amount;
  if (!unit.stated) {
    // "as many as 55": a count of nothing named.
    if (figure.qualifier != Qualifier::amount || amount.word) return outcome;
    unit.stated = true;
    unit.id = kCount;
  }
  if (!fits(amount, unit, true)) return outcome;
  outcome.hits.push_back(make_hit(text, begin, end, value_of(amount), unit));
  return outcome;
}

// The unit two bounds share: the one either states, or nothing when they state different
// ones or neither states any.
std::optional<UnitMeaning> shared_unit(const Bound& first, const Bound& second, bool& refused) {
  const UnitMeaning a = unit_of(first);
  const UnitMeaning b = unit_of(second);
  refused = a.refused || b.refused;
  if (refused || (!a.stated && !b.stated)) return std::nullopt;
  if (a.stated && b.stated && !same_unit(a, b)) return std::nullopt;
  const UnitMeaning& unit = b.stated ? b : a;
  if (!fits(first.amount, unit, a.stated) || !fits(second.amount, unit, b.stated)) return std::nullopt;
  return unit;
}

Outcome meaning_of(std::string_view text, std::size_t begin, std::size_t end, const quantity_ast::Change& change) {
  Outcome outcome;
  const std::optional<UnitMeaning> unit = shared_unit(change.from, change.to, outcome.refused);
  if (!unit) return outcome;
  QuantityHit hit = make_hit(text, begin, end, value_of(change.to.amount), *unit);
  hit.from = value_of(change.from.amount);
  outcome.hits.push_back(std::move(hit));
  return outcome;
}

Outcome meaning_of(std::string_view text, std::size_t begin, std::size_t end, const quantity_ast::Range& range) {
  Outcome outcome;
  const std::optional<UnitMeaning> unit = shared_unit(range.low, range.high, outcome.refused);
  if (!unit) return outcome;
  // "the 0-15 years population", "0 to 5 years": a band of ages, not a length of time.
  if (range.low.amount.mantissa == 0 && (unit->id == duration_id(Duration::years) || unit->id == duration_id(Duration::months))) {
    outcome.refused = true;
    return outcome;
  }
  outcome.hits.push_back(make_hit(text, begin, end, value_of(range.low.amount), *unit));
  outcome.hits.push_back(make_hit(text, begin, end, value_of(range.high.amount), *unit));
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// Context: what the words before a candidate say about it.

// What a word before a number says about it. The words of every list are one table, so that a
// word before a candidate is folded and looked up once, whatever lists it is checked against.
enum ContextClass : std::uint16_t {
  kLabel = 1U << 0,         // makes the number after it a label: "Grade 4", "section 47", "p. 5"
  kCapitalLabel = 1U << 1,  // a label when capitalised: "Year 6 pupils", "Day 3", not "last year 42"
  kAgeWord = 1U << 2,       // makes the number an age: "aged 16", "when they reach 21 years", "turn 18"
  kAgeLink = 1U << 3,       // between an age word and the number: "aged under 5", "the age of 21"
  kPeople = 1U << 4,        // years or months straight after one are an age: "children under 5 years"
  kPer = 1U << 5,           // the denominator of a rate: "46.2 per 10,000"
  kOf = 1U << 6,            // "one of three", "9 out of 10"
  kIn = 1U << 7,            // "1 in 5"
  kOut = 1U << 8,           // "9 out of 10"
};

constexpr auto kLabels = std::to_array<std::string_view>({
    "paragraph", "paragraphs", "para", "paras", "section", "sections", "chapter", "chapters", "page",
    "pages", "p", "pp", "grade", "grades", "level", "levels", "stage", "stages", "tier", "tiers", "step",
    "steps", "phase", "phases", "part", "parts", "appendix", "annex", "annexe", "table", "tables",
    "figure", "figures", "fig", "item", "items", "outcome", "outcomes", "enabler", "enablers",
    "recommendation", "recommendations", "priority", "priorities", "question", "questions",
    "standard", "standards", "regulation", "regulations", "rule", "rules", "article", "articles",
    "schedule", "clause", "clauses", "band", "bands", "category", "categories", "option", "options",
    "no", "number", "version", "issue", "volume", "ward", "room", "floor", "route", "theme",
    "criterion", "objective", "principle", "point", "box", "cohort"});
constexpr auto kCapitalLabels =
    std::to_array<std::string_view>({"year", "years", "day", "week", "month", "quarter", "term"});
constexpr auto kAgeWords = std::to_array<std::string_view>(
    {"aged", "age", "ages", "reach", "reaches", "reached", "reaching", "turn", "turns", "turned", "turning"});
constexpr auto kAgeLinks =
    std::to_array<std::string_view>({"under", "over", "between", "from", "to", "and", "of", "up", "at"});
constexpr auto kPeopleWords = std::to_array<std::string_view>(
    {"children", "child", "people", "person", "persons", "leavers", "adults", "pupils", "students", "babies",
     "those"});

class ContextWords final : public quantity_parser::WordTable<std::uint16_t> {
 public:
  ContextWords() {
    // A word of several lists has the classes of each; the table keeps a word's first value.
    std::vector<std::pair<std::string_view, std::uint16_t>> words;
    auto const put = [&words](auto const& list, std::uint16_t c) {
      for (std::string_view const word : list) {
        auto const it = std::find_if(words.begin(), words.end(), [word](auto const& w) { return w.first == word; });
        if (it == words.end()) {
          words.emplace_back(word, c);
        } else {
          it->second = static_cast<std::uint16_t>(it->second | c);
        }
      }
    };
    put(kLabels, kLabel);
    put(kCapitalLabels, kCapitalLabel);
    put(kAgeWords, kAgeWord);
    put(kAgeLinks, kAgeLink);
    put(kPeopleWords, kPeople);
    put(std::array<std::string_view, 1>{"per"}, kPer);
    put(std::array<std::string_view, 1>{"of"}, kOf);
    put(std::array<std::string_view, 1>{"in"}, kIn);
    put(std::array<std::string_view, 1>{"out"}, kOut);
    for (auto const& [word, classes] : words) add(word, classes);
  }
};

// Made when the library is loaded, as the grammar's tables are.
ContextWords const context_words;

// A word or a number just before `end`, past blanks (never a tab: the cell before is another
// cell) and, with `through_dot`, one full stop ("p. 5", "No. 5"); a word with its classes.
struct Token {
  std::string_view text;
  std::size_t begin = 0;
  bool number = false;
  bool dotted = false;  // read through a full stop
  std::uint16_t classes = 0;
  [[nodiscard]] bool is(std::uint16_t c) const { return !number && (classes & c) != 0; }
};

constexpr std::size_t kLongestToken = quantity_parser::kLongestKey;

std::optional<Token> token_before(std::string_view text, std::size_t end, bool through_dot) {
  std::size_t i = end;
  std::size_t gap = 0;
  while (i > 0) {
    std::size_t b = 0;
    for (std::size_t n = 1; n <= 3 && n <= i && b == 0; ++n) {
      if (quantity_text::blank_at(text, i - n) == n) b = n;
    }
    if (b == 0) break;
    i -= b;
    gap += b;
    if (gap > quantity_text::kMaxGap) return std::nullopt;
  }
  bool const dotted = through_dot && i > 1 && text[i - 1] == '.' && is_ascii_letter(text[i - 2]);
  if (dotted) --i;
  std::size_t const word_end = i;
  bool const number = i > 0 && is_digit(text[i - 1]);
  while (i > 0 && word_end - i < kLongestToken) {
    char const c = text[i - 1];
    bool const part = number ? (is_digit(c) || c == ',' || c == '.') : is_ascii_letter(c);
    if (!part) break;
    --i;
  }
  if (i == word_end || date_text::word_before(text, i)) return std::nullopt;
  Token token{text.substr(i, word_end - i), i, number, dotted};
  if (!number) token.classes = context_words.find(quantity_parser::word_key(token.text)).value_or(0);
  return token;
}

bool is_number_token(const Token& t) { return t.number || is_number_word(t.text); }

// What the words before a candidate at `i` say: whether they make it no quantity (a label, an
// age, the denominator of a rate, or the second number of a list position or ratio: "one of
// three", "1 in 5", "9 out of 10"), and whether a word for people stands just before it.
struct Context {
  bool refused = false;
  bool after_people = false;
};

Context context_of(std::string_view text, std::size_t i) {
  Context context;
  // The word just before, or the word before a full stop just before ("p. 5"): nothing but a
  // label is looked for through the stop.
  const std::optional<Token> t1 = token_before(text, i, true);
  if (!t1 || t1->number) return context;
  bool const capital = t1->text.front() >= 'A' && t1->text.front() <= 'Z';
  if (t1->is(kLabel) || (capital && t1->is(kCapitalLabel))) {
    context.refused = true;
    return context;
  }
  if (t1->dotted) return context;
  context.after_people = t1->is(kPeople);
  if (t1->is(kAgeWord | kPer)) {
    context.refused = true;
    return context;
  }
  // The word before that matters only after a link or "of", "in".
  if (!t1->is(kAgeLink | kOf | kIn)) return context;
  const auto t2 = token_before(text, t1->begin, false);
  if (!t2) return context;
  if (t1->is(kAgeLink) && t2->is(kAgeWord)) {
    context.refused = true;
  } else if (t1->is(kOf | kIn)) {
    if (is_number_token(*t2)) {
      context.refused = true;
    } else if (t1->is(kOf) && t2->is(kOut)) {
      const auto t3 = token_before(text, t2->begin, false);
      context.refused = t3 && is_number_token(*t3);
    }
  }
  return context;
}

// Years or months straight after a word for people are an age ("children from 16 to 25
// years", "care leavers 18 to 25 years", "children under 5 years").
bool is_age_of_people(const Context& context, const std::vector<QuantityHit>& hits) {
  if (hits.empty() || !context.after_people) return false;
  std::string_view const unit = hits.front().unit_id;
  return unit == duration_id(Duration::years) || unit == duration_id(Duration::months);
}

bool lower_is(std::string_view word, std::string_view expected) {
  return word.size() == expected.size() &&
         std::equal(word.begin(), word.end(), expected.begin(), [](char x, char y) { return lower(x) == y; });
}

// Whether "per" and a number follow `end`: "66 children per 10,000" is a rate.
bool followed_by_rate(std::string_view text, std::size_t end) {
  using quantity_parser::gap_at;
  std::size_t i = end + gap_at(text, end);
  if (i == end || i + 3 > text.size() || !lower_is(text.substr(i, 3), "per")) return false;
  i += 3;
  std::size_t const gap = gap_at(text, i);
  return gap != 0 && i + gap < text.size() && is_digit(text[i + gap]);
}

// ---------------------------------------------------------------------------------------------
// The scan

// Whether a number at `i` continues something before it: a word or a number ("A12", "s47",
// "2,015", "21/03", "10:30"), a hyphenated word or a range the grammar read from its start
// ("post-16", "Covid-19", "2012-15"), a sign that is not ours ("$5", "#3", "+44"), or a run of
// digit groups ("0300 123 4234").
bool attached_before(std::string_view text, std::size_t i) {
  if (i == 0) return false;
  auto const previous = static_cast<unsigned char>(text[i - 1]);
  if (previous >= 0x80) {
    // The end of a character of more than one byte: a Latin letter, £ (read from the sign), €,
    // ¥, ’, or a dash after a number ("2012–15").
    if (date_text::word_before(text, i)) return true;
    auto const ends_with = [&](std::string_view sign) {
      return i >= sign.size() && text.substr(i - sign.size(), sign.size()) == sign;
    };
    if (ends_with("\xC2\xA3") || ends_with("\xE2\x82\xAC") || ends_with("\xC2\xA5") || ends_with("\u2019")) {
      return true;
    }
    return i >= 4 && date_text::dash_at(text, i - 3) == 3 && is_digit(text[i - 4]);
  }
  switch (previous) {
    case '-':
    case '$':
    case '#':
    case '+':
    case '@':
    case '\'':
      return true;
    case ',':
    case '/':
    case ':':
    case ' ':
      return i >= 2 && is_digit(text[i - 2]);
    case '.':
      return i >= 2 && (is_digit(text[i - 2]) || is_ascii_letter(text[i - 2]));  // "2.5", "p.5", "No.5"
    default:
      return date_text::is_ascii_word(static_cast<char>(previous));
  }
}

// Whether an attempt at `i` can find or refuse anything: an expression may start there (a
// digit, "£" or an opening word, not glued to what is before it) and may_read_quantity finds
// that more than a bare number may be read. A bare number is no quantity, refuses nothing and
// covers no other candidate (the digits after its "," or "." are glued to it), so passing it
// by changes nothing. `opening` says a word at `i` is known to be an opening word (a mark's
// class), so it is not looked up again.
bool starts_candidate(std::string_view text, std::size_t i, bool opening) {
  char const c = text[i];
  if (is_digit(c)) {
    if (attached_before(text, i)) return false;
  } else if (quantity_text::pound_at(text, i)) {
    if (date_text::word_before(text, i)) return false;
  } else {
    if (!is_ascii_letter(c) || date_text::word_before(text, i)) return false;
    if (i > 0 && (text[i - 1] == '-' || text[i - 1] == '\'')) return false;  // "one-to-one"
    if (!opening && !may_start_quantity(text.substr(i))) return false;
  }
  return may_read_quantity(text.substr(i));
}

// Whether an expression may end at e: not inside a word or a number.
bool ends_cleanly(std::string_view text, std::size_t e) {
  if (e >= text.size()) return true;
  if (date_text::word_at(text, e)) return false;
  char const c = text[e];
  bool const digit_next = e + 1 < text.size() && is_digit(text[e + 1]);
  return !((c == '.' || c == ',' || c == '/' || c == ':') && digit_next);
}

struct Attempt {
  Outcome outcome;
  std::size_t end = 0;       // of the reading chosen
  std::size_t read_end = 0;  // of the longest reading, valid or not
};

// The longest reading at `at` that means a quantity and ends cleanly. On equal lengths the
// form listed first wins.
Attempt attempt_at(std::string_view text, std::size_t at) {
  quantity_ast::Readings const readings = read_quantity(text.substr(at));
  Attempt attempt;
  attempt.read_end = at;
  std::size_t best_length = 0;
  auto const consider = [&](auto const& reading) {
    if (!reading) return;
    std::size_t const end = at + reading->length;
    attempt.read_end = std::max(attempt.read_end, end);
    if (reading->length <= best_length || !ends_cleanly(text, end)) return;
    Outcome outcome = meaning_of(text, at, end, reading->ast);
    if (outcome.refused) attempt.outcome.refused = true;
    if (outcome.hits.empty()) return;
    best_length = reading->length;
    attempt.end = end;
    attempt.outcome.hits = std::move(outcome.hits);
  };
  consider(readings.change);
  consider(readings.range);
  consider(readings.figure);
  return attempt;
}

// Drops the hits that overlap a date expression ("between 15 and 19 July 2013"); both lists
// are in text order.
void drop_dates(std::span<const DateHit> dates, std::vector<QuantityHit>& hits) {
  if (dates.empty()) return;
  std::size_t d = 0;
  std::erase_if(hits, [&](const QuantityHit& hit) {
    while (d < dates.size() && dates[d].end <= hit.begin) ++d;
    return d < dates.size() && dates[d].begin < hit.end;
  });
}


// The scan; `dates` finds the date expressions of the text when there are quantities to check,
// and `next(i)` is the first position at or after i at which an attempt may find something
// (starts_candidate), or npos.
template <class Dates, class Next>
std::vector<QuantityHit> scan_quantities(std::string_view text, Dates const& dates, Next next) {
  std::vector<QuantityHit> hits;
  // A reading that means no quantity but covers more than its first byte ("the figure was 45",
  // "12 of them"): if the words before refuse it, no candidate inside it is tried. They are
  // looked at only when a candidate stands inside it, which is rare.
  std::size_t unsettled = std::string_view::npos;
  std::size_t unsettled_end = 0;
  for (std::size_t i = next(0); i != std::string_view::npos; i = next(i)) {
    if (unsettled != std::string_view::npos) {
      std::size_t const at = std::exchange(unsettled, std::string_view::npos);
      if (i < unsettled_end && context_of(text, at).refused) {
        i = unsettled_end;
        continue;
      }
    }
    Attempt attempt = attempt_at(text, i);
    if (attempt.outcome.hits.empty()) {
      if (attempt.outcome.refused) {
        // "16 to 17 years old": neither number is read again, whatever the words before say.
        i = std::max(i + 1, attempt.read_end);
        continue;
      }
      if (attempt.read_end > i + 1) {
        unsettled = i;
        unsettled_end = attempt.read_end;
      }
      ++i;
      continue;
    }
    Context const context = context_of(text, i);
    if (context.refused || is_age_of_people(context, attempt.outcome.hits) || followed_by_rate(text, attempt.end)) {
      // "aged 16 to 25 years", "Key Stage 2 results": the whole of what reads here is left.
      i = std::max(i + 1, attempt.read_end);
      continue;
    }
    for (QuantityHit& hit : attempt.outcome.hits) hits.push_back(std::move(hit));
    i = attempt.end;
  }
  if (!hits.empty()) drop_dates(dates(), hits);
  return hits;
}

// Every position, a word at a time.
auto every_candidate(std::string_view text) {
  return [text](std::size_t i) {
    while (i < text.size()) {
      if (starts_candidate(text, i, false)) return i;
      // No expression starts just after an ASCII letter, digit or '_' (attached_before and
      // word_before): the rest of a word is passed over without a look.
      ++i;
      while (i < text.size() && date_text::is_ascii_word(text[i - 1])) ++i;
    }
    return std::string_view::npos;
  };
}

}  // namespace

std::vector<QuantityHit> find_quantities(std::string_view text) {
  std::vector<DateHit> found;
  return scan_quantities(
      text,
      [&]() -> std::span<const DateHit> {
        found = find_dates(text);
        return found;
      },
      every_candidate(text));
}

std::vector<QuantityHit> find_quantities(std::string_view text, std::span<const DateHit> dates) {
  return scan_quantities(text, [dates] { return dates; }, every_candidate(text));
}

std::vector<QuantityHit> find_quantities(std::string_view text, std::span<const DateHit> dates,
                                         std::span<const WordMark> marks) {
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) return find_quantities(text, dates);
  MarkCursor cursor(marks, kNumberMark | kPoundMark | kQuantityOpening);
  return scan_quantities(text, [dates] { return dates; }, [text, &cursor](std::size_t i) {
    // A mark of these classes at a letter is an opening word.
    return cursor.next(i, [text](std::size_t at) { return starts_candidate(text, at, true); });
  });
}

}  // namespace judgement::grammar
