// The grammar of quantity expressions. Included only by quantity_grammar.cpp. Attributes build
// the AST; there are no semantic actions. As in the date grammar, tokens (numbers, units,
// keywords, the counted noun) are small hand-written parsers rather than X3 compositions, so
// that each decides exactly where a number or a word ends ("3rd", "4DU", "2011/12", "10:30"
// are no numbers here) and none reads more than a few bytes. Each token skips blanks first, as
// X3 primitives do, but leaves the iterator where it was when it fails, so an optional token
// that is absent never makes the blanks before it part of the expression.
#ifndef JUDGEMENT_SRC_GRAMMAR_QUANTITY_GRAMMAR_DEF_HPP
#define JUDGEMENT_SRC_GRAMMAR_QUANTITY_GRAMMAR_DEF_HPP

#include <algorithm>
#include <array>
#include <bit>
#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <utility>
#include <vector>

#include "grammar/open_index.hpp"
#include "grammar/quantity_ast.hpp"
#include "grammar/quantity_ast_adapted.hpp"
#include "grammar/quantity_grammar.hpp"
#include "grammar/quantity_words.hpp"

namespace judgement::grammar::quantity_parser {

namespace x3 = boost::spirit::x3;
using date_text::is_ascii_letter;
using date_text::is_digit;
using date_text::word_at;
using quantity_ast::Amount;
using quantity_ast::Duration;
using quantity_ast::Qualifier;
using quantity_ast::Unit;
using quantity_ast::UnitKind;
using quantity_text::blank_at;

// ---------------------------------------------------------------------------------------------
// Keyword tables

inline constexpr std::pair<std::string_view, unsigned> kNumberWords[] = {
    {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},       {"five", 5},
    {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},       {"ten", 10},
    {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},  {"fifteen", 15},
    {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},  {"twenty", 20},
    {"thirty", 30},   {"forty", 40},     {"fifty", 50},    {"sixty", 60},     {"seventy", 70},
    {"eighty", 80},   {"ninety", 90}};

class NumberWords final : public WordTable<unsigned> {
 public:
  NumberWords() {
    for (auto const& [word, value] : kNumberWords) add(word, value);
  }
};

/// Words that multiply the number before them, and the power of ten: "1.2 million", "two hundred".
inline constexpr std::pair<std::string_view, unsigned> kMultipliers[] = {
    {"hundred", 2}, {"thousand", 3}, {"million", 6}, {"billion", 9}};

class Multipliers final : public WordTable<unsigned> {
 public:
  Multipliers() {
    for (auto const& [word, exponent] : kMultipliers) add(word, exponent);
  }
};

/// A qualifier is one to three words; see quantity_ast::Qualifier for the two kinds.
struct QualifierPhrase {
  std::array<WordKey, 3> words{};
  std::size_t count = 0;
  Qualifier kind = Qualifier::limit;
  std::string_view first_word;  ///< as written in the table, for grammar::quantity_opening_words
  constexpr QualifierPhrase(std::initializer_list<std::string_view> phrase, Qualifier k)
      : kind(k), first_word(*phrase.begin()) {
    for (std::string_view const word : phrase) words[count++] = word_key(word);
  }
};

inline constexpr QualifierPhrase kQualifiers[] = {
    {{"as", "many", "as"}, Qualifier::amount},  {{"as", "few", "as"}, Qualifier::amount},
    {{"more", "than"}, Qualifier::amount},      {{"fewer", "than"}, Qualifier::amount},
    {{"in", "excess", "of"}, Qualifier::amount}, {{"approximately"}, Qualifier::limit},
    {{"approx"}, Qualifier::limit},             {{"nearly"}, Qualifier::limit},
    {{"almost"}, Qualifier::limit},             {{"over"}, Qualifier::limit},
    {{"just", "over"}, Qualifier::limit},       {{"well", "over"}, Qualifier::limit},
    {{"under"}, Qualifier::limit},              {{"just", "under"}, Qualifier::limit},
    {{"less", "than"}, Qualifier::limit},       {{"up", "to"}, Qualifier::limit},
    {{"at", "least"}, Qualifier::limit},        {{"at", "most"}, Qualifier::limit},
    {{"about"}, Qualifier::limit},              {{"around"}, Qualifier::limit},
    {{"roughly"}, Qualifier::limit},            {{"within"}, Qualifier::limit},
    {{"above"}, Qualifier::limit},              {{"below"}, Qualifier::limit},
};

/// The words an expression can start with, other than a number.
enum class Opening { number, qualifier, from, between };

class Openings final : public WordTable<Opening> {
 public:
  Openings() {
    for (auto const& [word, value] : kNumberWords) add(word, Opening::number);
    for (QualifierPhrase const& phrase : kQualifiers) add(phrase.words[0], Opening::qualifier);
    add("from", Opening::from);
    add("between", Opening::between);
  }
};

class DurationWords final : public WordTable<Duration> {
 public:
  DurationWords() {
    add("minute", Duration::minutes);
    add("minutes", Duration::minutes);
    add("hour", Duration::hours);
    add("hours", Duration::hours);
    add("day", Duration::days);
    add("days", Duration::days);
    add("week", Duration::weeks);
    add("weeks", Duration::weeks);
    add("month", Duration::months);
    add("months", Duration::months);
    add("year", Duration::years);
    add("years", Duration::years);
  }
};

/// "28 working days", "20 school days": a word between the number and its time unit.
inline constexpr std::string_view kDurationModifiers[] = {"working", "calendar", "school", "consecutive", "clear"};

class DurationModifiers final : public WordTable<bool> {
 public:
  DurationModifiers() {
    for (std::string_view const word : kDurationModifiers) add(word, true);
  }
};

/// Words that end a noun phrase and are never part of one: what follows a number and is not
/// what it counts ("45 of", "12 are", "5 or more", "16 years old", "3 times"). A noun phrase
/// stops at the first of them, and a phrase that has met no noun by then is no count.
class StopWords final : public WordTable<bool> {
 public:
  StopWords() {
    static constexpr std::string_view kWords[] = {
        // determiners and pronouns
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "hers", "their", "theirs",
        "our", "ours", "your", "yours", "my", "mine", "some", "any", "all", "each", "every", "no", "none",
        "both", "either", "neither", "such", "same", "own", "others", "ones", "another", "it", "they",
        "them", "he", "she", "we", "you", "i", "him", "us", "me", "itself", "themselves", "what",
        // prepositions
        "of", "in", "on", "at", "to", "from", "for", "with", "without", "within", "by", "about", "over",
        "under", "into", "onto", "out", "up", "down", "off", "than", "per", "via", "between", "among",
        "amongst", "across", "after", "before", "during", "since", "until", "till", "through",
        "throughout", "around", "against", "towards", "toward", "upon", "above", "below", "beyond",
        "behind", "near", "beside", "besides", "despite", "plus", "minus", "versus", "vs", "like",
        "unlike", "including", "excluding", "regarding", "except",
        // conjunctions and connectives
        "and", "or", "but", "nor", "so", "yet", "as", "if", "because", "while", "whilst", "when", "where",
        "which", "who", "whom", "whose", "though", "although", "unless", "whether", "once", "then",
        "thus", "hence", "therefore", "however", "whereas", "respectively",
        // auxiliaries and verbs that follow a number as its predicate
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
        "does", "did", "done", "will", "would", "shall", "should", "may", "might", "must", "can",
        "could", "need", "needs", "said", "says", "say", "told", "remain", "remains", "remained",
        "live", "lives", "lived", "left", "went", "came", "got", "made", "took", "became", "attended",
        "received", "reported", "showed", "shows", "stated", "means", "seems", "goes",
        // participles that follow a number whose noun is left out ("over 16 requiring care")
        "requiring", "needing", "receiving", "awaiting", "waiting", "living", "attending", "involving",
        "relating", "accessing", "using", "becoming", "going", "coming", "returning", "entering",
        "experiencing", "taking", "making", "showing", "getting",
        // adverbs
        "not", "also", "only", "just", "very", "too", "there", "here", "now", "still", "already",
        "even", "ever", "never", "always", "often", "sometimes", "perhaps", "usually", "again",
        "else", "almost", "nearly", "approximately", "yes", "etc", "eg", "ie", "pm",
        // units and measures read elsewhere, and what makes a number an age or a ratio
        "per", "cent", "percent", "percentage", "times", "old", "olds", "yearold", "yearolds", "aged", "minute", "minutes",
        "hour", "hours", "hrs", "day", "days", "week", "weeks", "fortnight", "fortnights", "month",
        "months", "year", "years", "decade", "decades", "term", "terms", "hundred", "thousand",
        "million", "billion", "dozen", "hmi", "hmis",
        // fractions: "two thirds" is a share, not a count
        "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
        "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
        // months and weekdays: "5 March" is a date
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (std::string_view const word : kWords) add(word, true);
    for (auto const& [word, value] : kNumberWords) add(word, true);
  }
};

/// Plurals that do not end in "s". The weak ones are often modifiers ("staff members", "police
/// officers"): a plural noun after one is the head instead.
enum class Irregular { strong, weak };

class IrregularPlurals final : public WordTable<Irregular> {
 public:
  IrregularPlurals() {
    for (std::string_view const word : {"children", "people", "men", "women"}) add(word, Irregular::strong);
    for (std::string_view const word : {"staff", "personnel", "police"}) add(word, Irregular::weak);
  }
};

/// The singular nouns one thing is counted in ("one child", "1 social worker"). A singular has
/// no ending to tell it by, so only these are read after "one" or "1".
class SingularNouns final : public WordTable<bool> {
 public:
  SingularNouns() {
    static constexpr std::string_view kWords[] = {
        "child", "family", "parent", "carer", "adopter", "person", "worker", "leaver", "manager",
        "practitioner", "inspector", "officer", "adviser", "advisor", "case", "plan", "placement",
        "referral", "assessment", "visit", "review", "audit", "area", "authority", "council",
        "councillor", "agency", "school", "home", "team", "service", "provider", "recommendation",
        "meeting", "report", "member", "partner", "baby", "infant", "sibling", "adult", "mother",
        "father", "action", "concern", "complaint", "allegation", "incident", "investigation",
        "enquiry", "application", "decision", "judgement", "finding", "strength", "weakness",
        "priority", "improvement", "vacancy", "post", "role", "hospital", "unit", "setting"};
    for (std::string_view const word : kWords) add(word, true);
  }
};

/// Compound nouns whose head alone would name something else ("care leavers" are not
/// "leavers"): the unit keeps both words. Any other modifier is dropped ("looked after
/// children" count "children").
inline constexpr std::pair<std::string_view, std::string_view> kCompounds[] = {
    {"care", "leavers"},     {"care", "leaver"},      {"social", "workers"},   {"social", "worker"},
    {"foster", "carers"},    {"foster", "carer"},     {"young", "people"},     {"young", "person"},
    {"personal", "advisers"}, {"personal", "adviser"}, {"personal", "advisors"}, {"personal", "advisor"}};

inline NumberWords const number_words;
inline Multipliers const multipliers;
inline Openings const openings;
inline DurationWords const duration_words;
inline DurationModifiers const duration_modifiers;
inline StopWords const stop_words;
inline IrregularPlurals const irregular_plurals;
inline SingularNouns const singular_nouns;

/// The value of the number word at the start of `text` ("five", "twenty-five", "twenty five")
/// and its length; nullopt for anything else.
inline std::optional<std::pair<unsigned, std::size_t>> read_number_word(std::string_view text) noexcept {
  auto const first = number_words.find_at(text);
  if (!first) return std::nullopt;
  auto const [value, length] = *first;
  if (value >= 20 && length + 1 < text.size() && (text[length] == '-' || text[length] == ' ')) {
    auto const unit = number_words.find_at(text.substr(length + 1));
    if (unit && unit->first < 10) return std::pair{value + unit->first, length + 1 + unit->second};
  }
  return first;
}

// ---------------------------------------------------------------------------------------------
// The counted noun

/// A word of a noun phrase: ASCII letters with inner hyphens and apostrophes ("asylum-seeking",
/// "children's", "parents'").
struct NounWord {
  std::size_t length = 0;  ///< bytes; 0 when there is no word
  WordKey key;             ///< of the whole word when it is letters only, else empty
  bool lower = false;      ///< starts with a lower-case letter
  bool possessive = false; ///< ends in "'s" or "s'": a modifier, never the head
  bool plural = false;     ///< looks plural
  bool weak = false;       ///< a plural that is often a modifier ("staff", "police")
};

inline constexpr std::size_t kLongestNounWord = 32;

inline std::size_t apostrophe_at(std::string_view text, std::size_t i) noexcept {
  if (i < text.size() && text[i] == '\'') return 1;
  if (text.substr(std::min(i, text.size()), 3) == "\u2019") return 3;
  return 0;
}

inline NounWord read_noun_word(std::string_view text) noexcept {
  NounWord word;
  if (text.empty() || !is_ascii_letter(text[0])) return word;
  std::size_t n = 0;
  std::size_t letters = 0;
  bool letters_only = true;
  std::size_t last_apostrophe = 0;  // where the last apostrophe ends, 0 for none
  for (;;) {
    if (n >= kLongestNounWord) return {};
    if (n < text.size() && is_ascii_letter(text[n])) {
      ++n;
      ++letters;
      continue;
    }
    if (n + 1 < text.size() && text[n] == '-' && is_ascii_letter(text[n + 1])) {
      letters_only = false;
      ++n;
      continue;
    }
    if (std::size_t const a = apostrophe_at(text, n)) {
      if (n + a < text.size() && is_ascii_letter(text[n + a])) {
        letters_only = false;
        n += a;
        last_apostrophe = n;
        continue;
      }
      // "parents'": an apostrophe after a plural s ends the word and belongs to it.
      if ((text[n - 1] | 0x20) == 's' && !word_at(text, n + a)) {
        word.possessive = true;
        n += a;
      }
    }
    break;
  }
  if (word_at(text, n) || letters == 0) return {};
  word.length = n;
  word.lower = text[0] >= 'a' && text[0] <= 'z';
  if (letters_only) word.key = word_key(text.substr(0, n));
  if (last_apostrophe != 0 && last_apostrophe + 1 == n && (text[n - 1] | 0x20) == 's') word.possessive = true;
  if (word.possessive) return word;

  std::string_view const w = text.substr(0, n);
  auto const ends_with = [&](std::string_view tail) {
    if (w.size() < tail.size()) return false;
    for (std::size_t k = 0; k < tail.size(); ++k) {
      if ((w[w.size() - tail.size() + k] | 0x20) != tail[k]) return false;
    }
    return true;
  };
  std::optional<Irregular> const irregular = irregular_plurals.find(word.key);
  word.weak = irregular == Irregular::weak;
  word.plural = irregular.has_value() ||
                (w.size() >= 3 && ends_with("s") && !ends_with("ss") && !ends_with("us") && !ends_with("is"));
  return word;
}

inline bool lower_equal(std::string_view text, std::string_view lower) noexcept {
  if (text.size() != lower.size()) return false;
  for (std::size_t k = 0; k < text.size(); ++k) {
    char const c = text[k];
    if ((is_ascii_letter(c) ? static_cast<char>(c | 0x20) : c) != lower[k]) return false;
  }
  return true;
}

inline bool is_compound(std::string_view modifier, std::string_view head) noexcept {
  return std::any_of(std::begin(kCompounds), std::end(kCompounds), [&](auto const& compound) {
    return lower_equal(modifier, compound.first) && lower_equal(head, compound.second);
  });
}

// ---------------------------------------------------------------------------------------------
// Tokens

template <class Iterator>
std::string_view rest_of(Iterator first, Iterator const& last) noexcept {
  static_assert(std::is_same_v<Iterator, char const*>, "the quantity grammar reads contiguous text");
  return {first, static_cast<std::size_t>(last - first)};
}

/// The blank between tokens: one run of at most quantity_text::kMaxGap bytes, never a tab. It
/// fails on an empty run (X3 calls a skipper until it fails) and on a longer one, leaving it in
/// place for the next token to fail on.
struct gap_parser : x3::parser<gap_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    std::size_t const n = gap_at(rest_of(first, last), 0);
    if (n == 0) return false;
    first += n;
    return true;
  }
};

/// Where a number may not end: inside a word ("3rd", "4DU"), before a time, a fraction or a
/// date's second part ("10:30", "24/7", "2011/12"), before "+" ("16+": an age) and before a
/// further group of digits after one space (phone numbers: "0300 123 4234").
constexpr bool number_ends(std::string_view text, std::size_t i) noexcept {
  if (word_at(text, i)) return false;
  if (i >= text.size()) return true;
  char const c = text[i];
  bool const digit_next = i + 1 < text.size() && is_digit(text[i + 1]);
  if ((c == ':' || c == '/' || c == '.' || c == ',' || c == ' ') && digit_next) return false;
  return c != '+';
}

/// A number: digits ("45", "65,000", "24.5") or a number word ("five", "twenty-five"), with a
/// multiplier ("1.2 million", "two hundred"). With `pounds`, "£" then digits, where the
/// multiplier may also be a suffix ("£7.6m", "£3bn", "£500k"). At most 15 digits; no leading
/// zero but in "0" and "0.5" (phone numbers and codes have them).
struct amount_parser : x3::parser<amount_parser> {
  using attribute_type = Amount;
  static bool const has_attribute = true;
  bool pounds = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::string_view const text = rest_of(it, last);
    auto const digit = [&](std::size_t i) { return i < text.size() && is_digit(text[i]); };
    Amount amount;
    std::size_t n = 0;
    if (pounds) {
      if (!quantity_text::pound_at(text, 0)) return false;
      amount.pounds = true;
      n = 2;
    }
    constexpr unsigned kMaxDigits = 15;
    unsigned total = 0;
    auto const take_digit = [&](std::size_t i) {
      if (total == kMaxDigits) return false;
      amount.mantissa = amount.mantissa * 10 + static_cast<std::uint64_t>(text[i] - '0');
      ++total;
      return true;
    };
    if (digit(n)) {
      std::size_t const start = n;
      while (digit(n)) {
        if (!take_digit(n)) return false;
        ++n;
      }
      amount.int_digits = static_cast<unsigned>(n - start);
      if (text[start] == '0' && amount.int_digits > 1) return false;
      if (amount.int_digits <= 3) {
        while (n < text.size() && text[n] == ',' && digit(n + 1) && digit(n + 2) && digit(n + 3) &&
               !digit(n + 4)) {
          for (std::size_t k = n + 1; k <= n + 3; ++k) {
            if (!take_digit(k)) return false;
          }
          amount.grouped = true;
          amount.int_digits += 3;
          n += 4;
        }
      }
      if (n < text.size() && text[n] == '.' && digit(n + 1)) {
        ++n;
        while (digit(n)) {
          if (!take_digit(n)) return false;
          ++amount.decimals;
          ++n;
        }
      }
      if (pounds) n = suffix(text, n, amount);
    } else if (pounds) {
      return false;
    } else {
      auto const word = read_number_word(text);
      if (!word) return false;
      amount.word = true;
      amount.mantissa = word->first;
      n = word->second;
    }
    if (amount.exponent == 0) {
      if (std::size_t const gap = gap_at(text, n)) {
        if (auto const multiplier = multipliers.find_at(text.substr(n + gap))) {
          amount.exponent = multiplier->first;
          n += gap + multiplier->second;
        }
      }
    }
    if (!number_ends(text, n)) return false;
    first = it + n;
    x3::traits::move_to(amount, attr);
    return true;
  }

  // "m", "mn", "bn", "k" straight after the digits of a sum of money.
  static std::size_t suffix(std::string_view text, std::size_t n, Amount& amount) noexcept {
    std::size_t letters = 0;
    while (n + letters < text.size() && letters < 3 && is_ascii_letter(text[n + letters])) ++letters;
    if (letters == 0 || letters == 3 || word_at(text, n + letters)) return n;
    std::string_view const s = text.substr(n, letters);
    unsigned exponent = 0;
    if (s == "m" || s == "mn" || s == "M") {
      exponent = 6;
    } else if (s == "bn" || s == "b") {
      exponent = 9;
    } else if (s == "k" || s == "K") {
      exponent = 3;
    } else {
      return n;
    }
    amount.exponent = exponent;
    return n + letters;
  }
};

/// The longest qualifier phrase of kQualifiers at the start of `text`: its length (0 for none)
/// and kind.
inline std::pair<std::size_t, Qualifier> match_qualifier(std::string_view text) noexcept {
  Word const first_word = read_word(text);
  if (first_word.length == 0) return {0, Qualifier::limit};
  std::size_t best = 0;
  Qualifier kind = Qualifier::limit;
  for (QualifierPhrase const& phrase : kQualifiers) {
    if (phrase.words[0] != first_word.key) continue;
    std::size_t n = first_word.length;
    bool matched = true;
    for (std::size_t k = 1; k < phrase.count && matched; ++k) {
      std::size_t const gap = gap_at(text, n);
      std::size_t const length = gap == 0 ? 0 : keyword_at(text, n + gap, phrase.words[k]);
      matched = length != 0;
      n += gap + length;
    }
    if (matched && n > best) {
      best = n;
      kind = phrase.kind;
    }
  }
  return {best, kind};
}

/// The qualifier phrases of kQualifiers, the longest that matches.
struct qualifier_parser : x3::parser<qualifier_parser> {
  using attribute_type = Qualifier;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    if (it == last || !is_ascii_letter(*it)) return false;  // a number: the figure has no qualifier
    auto const [best, kind] = match_qualifier(rest_of(it, last));
    if (best == 0) return false;
    first = it + best;
    x3::traits::move_to(kind, attr);
    return true;
  }
};

/// A whole word, any case.
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  WordKey word;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::size_t const n = keyword_at(rest_of(it, last), 0, word);
    if (n == 0) return false;
    first = it + n;
    return true;
  }
};

struct dash_parser : x3::parser<dash_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::size_t const n = date_text::dash_at(rest_of(it, last), 0);
    if (n == 0) return false;
    first = it + n;
    return true;
  }
};

/// A unit of time after a number, in lower case: "45 weeks", "28 day", "20 working days",
/// "26-week". With an
/// age after it ("16 years old", "17-year-olds", "18 years of age") it reads as UnitKind::age.
struct time_unit_parser : x3::parser<time_unit_parser> {
  using attribute_type = Unit;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    std::string_view const text = rest_of(first, last);
    std::size_t n = 0;
    if (text.size() > 1 && text[0] == '-' && is_ascii_letter(text[1])) {
      n = 1;
    } else {
      Iterator it = first;
      x3::skip_over(it, last, context);
      n = static_cast<std::size_t>(it - first);
      if (n == 0) return false;
      if (auto const modifier = duration_modifiers.find_at(text.substr(n))) {
        std::size_t const gap = gap_at(text, n + modifier->second);
        if (gap == 0) return false;
        n += modifier->second + gap;
      }
    }
    // In lower case, as nouns are: "the One Minute Guide" is a title.
    if (n >= text.size() || !(text[n] >= 'a' && text[n] <= 'z')) return false;
    auto const duration = duration_words.find_at(text.substr(n));
    if (!duration) return false;
    n += duration->second;
    Unit unit;
    unit.kind = UnitKind::duration;
    unit.duration = duration->first;
    if (std::size_t const age = age_tail(text, n)) {
      unit.kind = UnitKind::age;
      n += age;
    }
    first += n;
    x3::traits::move_to(unit, attr);
    return true;
  }

  // "-old", " olds", " of age" after a unit of time.
  static std::size_t age_tail(std::string_view text, std::size_t n) noexcept {
    std::size_t const gap = n < text.size() && text[n] == '-' ? 1 : gap_at(text, n);
    if (gap == 0) return 0;
    if (std::size_t const old = keyword_at(text, n + gap, key_of("old"))) return gap + old;
    if (std::size_t const olds = keyword_at(text, n + gap, key_of("olds"))) return gap + olds;
    if (std::size_t const of = keyword_at(text, n + gap, key_of("of"))) {
      std::size_t const gap2 = gap_at(text, n + gap + of);
      if (gap2 == 0) return 0;
      if (std::size_t const age = keyword_at(text, n + gap + of + gap2, key_of("age"))) return gap + of + gap2 + age;
    }
    return 0;
  }
};

/// "%", "per cent", "percent", "percentage points".
struct percent_parser : x3::parser<percent_parser> {
  using attribute_type = Unit;
  static bool const has_attribute = true;
  /// The words a spelt-out form starts with, any case.
  static constexpr std::string_view kFirstWords[] = {"percent", "per", "percentage"};

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    std::string_view const text = rest_of(it, last);
    Unit unit;
    unit.kind = UnitKind::percent;
    std::size_t n = 0;
    if (!text.empty() && text[0] == '%') {
      n = 1;
    } else if (it == first || text.empty() || (text[0] | 0x20) != 'p') {
      return false;
    } else if (std::size_t const percent = keyword_at(text, 0, key_of("percent"))) {
      n = percent;
    } else if (std::size_t const per = keyword_at(text, 0, key_of("per"))) {
      std::size_t const gap = gap_at(text, per);
      std::size_t const cent = gap == 0 ? 0 : keyword_at(text, per + gap, key_of("cent"));
      if (cent == 0) return false;
      n = per + gap + cent;
    } else if (std::size_t const percentage = keyword_at(text, 0, key_of("percentage"))) {
      std::size_t const gap = gap_at(text, percentage);
      if (gap == 0) return false;
      std::size_t points = keyword_at(text, percentage + gap, key_of("points"));
      if (points == 0) points = keyword_at(text, percentage + gap, key_of("point"));
      if (points == 0) return false;
      unit.kind = UnitKind::percentage_points;
      n = percentage + gap + points;
    } else {
      return false;
    }
    first = it + n;
    x3::traits::move_to(unit, attr);
    return true;
  }
};

/// "per" before a number: "46.2 per 10,000 children" is a rate, read so that it can be refused.
struct rate_parser : x3::parser<rate_parser> {
  using attribute_type = Unit;
  static bool const has_attribute = true;
  static constexpr std::string_view kFirstWords[] = {"per"};

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    if (it == first) return false;
    std::string_view const text = rest_of(it, last);
    if (text.empty() || (text[0] | 0x20) != 'p') return false;
    std::size_t const per = keyword_at(text, 0, key_of("per"));
    if (per == 0) return false;
    std::size_t const gap = gap_at(text, per);
    std::size_t const next = per + gap;
    if (gap == 0 || next >= text.size() || !(is_digit(text[next]) || quantity_text::pound_at(text, next))) {
      return false;
    }
    Unit unit;
    unit.kind = UnitKind::rate;
    first = it + per;
    x3::traits::move_to(unit, attr);
    return true;
  }
};

/// Inspectors as reports name them: "(of) Her Majesty's Inspectors", "HMI", "Ofsted inspectors".
struct inspectors_parser : x3::parser<inspectors_parser> {
  using attribute_type = Unit;
  static bool const has_attribute = true;
  /// The words every form starts with, any case.
  static constexpr std::string_view kFirstWords[] = {"of", "her", "his", "hmi", "hmis", "ofsted"};

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    if (it == first) return false;
    std::string_view const text = rest_of(it, last);
    // Every form starts with "of", "Her", "His", "HMI" or "Ofsted".
    char const c = text.empty() ? '\0' : static_cast<char>(text[0] | 0x20);
    if (c != 'o' && c != 'h') return false;
    std::size_t const n = length(text);
    if (n == 0) return false;
    Unit unit;
    unit.kind = UnitKind::inspectors;
    first = it + n;
    x3::traits::move_to(unit, attr);
    return true;
  }

  static std::size_t length(std::string_view text) noexcept {
    // A blank and then a word whose key is one of `keys`: their length, or 0.
    auto const then = [&](std::size_t at, std::initializer_list<WordKey> keys) -> std::size_t {
      std::size_t const gap = gap_at(text, at);
      if (gap == 0) return 0;
      Word const word = read_word(text.substr(at + gap));
      if (word.length == 0 || std::find(keys.begin(), keys.end(), word.key) == keys.end()) return 0;
      return gap + word.length;
    };
    // "Majesty's", "Majesty’s", "Majestys" after a blank.
    auto const majesty = [&](std::size_t at) -> std::size_t {
      std::size_t const gap = gap_at(text, at);
      if (gap == 0 || at + gap >= text.size()) return 0;
      NounWord const word = read_noun_word(text.substr(at + gap));
      std::string_view const s = text.substr(at + gap, word.length);
      for (std::string_view const spelling : {"majesty's", "majesty\u2019s", "majestys"}) {
        if (word.length != 0 && lower_equal(s, spelling)) return gap + word.length;
      }
      return 0;
    };
    Word const first = read_word(text);
    if (first.length == 0) return 0;
    std::size_t n = 0;
    Word title = first;
    if (first.key == key_of("of")) {
      // "five of Her Majesty's Inspectors": "of" is part of the unit only before the title.
      std::size_t const gap = gap_at(text, first.length);
      if (gap == 0) return 0;
      n = first.length + gap;
      title = read_word(text.substr(n));
    }
    if (title.length != 0 && (title.key == key_of("her") || title.key == key_of("his"))) {
      if (std::size_t const m = majesty(n + title.length)) {
        if (std::size_t const i = then(n + title.length + m, {key_of("inspectors"), key_of("inspector")})) {
          return n + title.length + m + i;
        }
      }
    }
    if (n != 0) return 0;
    if (first.key == key_of("hmi") || first.key == key_of("hmis")) return first.length;
    if (first.key == key_of("ofsted")) {
      if (std::size_t const i = then(first.length, {key_of("inspectors"), key_of("inspector")})) {
        return first.length + i;
      }
    }
    return 0;
  }
};

/// The counted noun after a number: up to three lower-case modifiers and the head noun
/// ("74 children", "400 looked after children", "12 child protection plans", "23 care
/// leavers"). The head is the first word that looks plural (but "staff" and "police" give way
/// to a plural after them: "four police officers"); failing that (after "one" or "1"),
/// the last word of the phrase that is a known singular noun. The phrase stops at a stop word,
/// punctuation, a capitalised word or a number, and a phrase with no head is no noun.
struct noun_parser : x3::parser<noun_parser> {
  using attribute_type = Unit;
  static bool const has_attribute = true;
  static constexpr std::size_t kMaxWords = 4;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
             Attribute& attr) const {
    Iterator it = first;
    x3::skip_over(it, last, context);
    if (it == first) return false;
    std::string_view const text = rest_of(it, last);

    struct Placed {
      std::size_t begin = 0, end = 0;
    };
    std::array<Placed, kMaxWords> words{};
    std::size_t count = 0;
    std::optional<std::size_t> head;
    std::optional<std::size_t> singular;
    bool after_looked = false;
    std::size_t at = 0;
    while (count < kMaxWords) {
      std::size_t begin = at;
      if (count > 0) {
        std::size_t const gap = gap_at(text, at);
        if (gap == 0) break;
        begin += gap;
      }
      NounWord const word = read_noun_word(text.substr(begin));
      if (word.length == 0 || !word.lower) break;
      // "looked after children": "after" is a preposition everywhere else.
      bool const looked_after = after_looked && word.key == key_of("after");
      if (!looked_after && stop_words.contains(word.key)) break;
      after_looked = word.key == key_of("looked");
      words[count] = {begin, begin + word.length};
      at = begin + word.length;
      ++count;
      if (word.possessive) continue;
      if (word.weak) {
        head = count - 1;
        continue;
      }
      if (word.plural) {
        head = count - 1;
        break;
      }
      if (singular_nouns.contains(word.key)) singular = count - 1;
    }
    Unit unit;
    unit.kind = UnitKind::noun;
    unit.plural = head.has_value();
    if (!head) head = singular;
    if (!head) return false;
    Placed const h = words[*head];
    std::size_t start = h.begin;
    if (*head > 0) {
      Placed const m = words[*head - 1];
      if (is_compound(text.substr(m.begin, m.end - m.begin), text.substr(h.begin, h.end - h.begin))) {
        start = m.begin;
      }
    }
    unit.noun = text.substr(start, h.end - start);
    first = it + h.end;
    x3::traits::move_to(unit, attr);
    return true;
  }
};

inline gap_parser const skipper{};
inline amount_parser const number_{{}, false};
inline amount_parser const money_{{}, true};
inline qualifier_parser const qualifier_{};
inline keyword_parser const from_{{}, key_of("from")};
inline keyword_parser const to_{{}, key_of("to")};
inline keyword_parser const and_{{}, key_of("and")};
inline keyword_parser const between_{{}, key_of("between")};
inline dash_parser const dash_{};
inline time_unit_parser const time_unit_{};
inline percent_parser const percent_{};
inline rate_parser const rate_{};
inline inspectors_parser const inspectors_{};
inline noun_parser const noun_{};

// ---------------------------------------------------------------------------------------------
// What can follow the first token of an expression, for may_read_quantity: a look at the next
// word's first three letters (WordTable::may_start) instead of a parse.

/// The words, any case, that can stand after the blank after a number in digits where the
/// grammar reads on past the number: a multiplier ("1.2 Million"), a duration's modifier, the
/// first word of a unit other than a noun or a unit of time (those are in lower case, and any
/// lower-case word may follow a number), and the "to" of a range.
class AfterNumberWords final : public WordTable<bool> {
 public:
  AfterNumberWords() {
    for (auto const& [word, exponent] : kMultipliers) add(word, true);
    for (std::string_view const word : kDurationModifiers) add(word, true);
    for (std::string_view const word : percent_parser::kFirstWords) add(word, true);
    for (std::string_view const word : rate_parser::kFirstWords) add(word, true);
    for (std::string_view const word : inspectors_parser::kFirstWords) add(word, true);
    add(to_.word, true);
  }
};

/// The words, any case, that can stand after the blank after the first word of a qualifier,
/// "from" or "between" where the grammar reads anything there: the second word of a qualifier
/// phrase ("as many", "at least"), or a number word that starts the amount ("over five").
class AfterOpeningWords final : public WordTable<bool> {
 public:
  AfterOpeningWords() {
    for (auto const& [word, value] : kNumberWords) add(word, true);
    for (QualifierPhrase const& phrase : kQualifiers) {
      if (phrase.count > 1) add(phrase.words[1], true);
    }
  }
};

/// What can stand after the blank after each opening word where the grammar reads anything
/// there, by the opening's first two letters: the first letters of the words that can (the
/// second word of its qualifier phrases, or a number word where an amount follows), whether a
/// digit or "£" can (an amount), or anything (after a number word, whose unit is any noun).
/// Two openings with the same first two letters share what can follow either.
class OpeningFollowers {
 public:
  static constexpr std::uint32_t kAmount = 1U << 27;  ///< a digit or "£"
  static constexpr std::uint32_t kAnything = 1U << 28;

  OpeningFollowers() {
    std::uint32_t amount = kAmount;
    for (auto const& [word, value] : kNumberWords) amount |= 1U << letter_code(word[0]);
    for (auto const& [word, value] : kNumberWords) at(word_key(word)) |= kAnything;
    for (QualifierPhrase const& phrase : kQualifiers) {
      at(phrase.words[0]) |= phrase.count > 1 ? 1U << letter_of(phrase.words[1], 0) : amount;
    }
    at(from_.word) |= amount;
    at(between_.word) |= amount;
  }

  /// What can follow the opening word `word` starts with (ASCII letters; 0 for a word that
  /// opens nothing).
  [[nodiscard]] std::uint32_t of(std::string_view word) const noexcept {
    unsigned const second = word.size() > 1 && is_ascii_letter(word[1]) ? letter_code(word[1]) : 0;
    return follows_[letter_code(word[0]) * 27 + second];
  }

 private:
  std::uint32_t& at(WordKey key) noexcept { return follows_[letter_of(key, 0) * 27 + letter_of(key, 1)]; }

  std::array<std::uint32_t, 27 * 27> follows_{};
};

inline AfterNumberWords const after_number_words;
inline OpeningFollowers const opening_followers;
inline AfterOpeningWords const after_opening_words;

// ---------------------------------------------------------------------------------------------
// Phrases

inline auto const no_unit = x3::attr(std::optional<Unit>());

x3::rule<class unit_class, Unit> const unit = "unit";
x3::rule<class bound_class, quantity_ast::Bound> const bound = "number and unit";
x3::rule<class figure_class, quantity_ast::Figure> const figure = "figure";
x3::rule<class change_class, quantity_ast::Change> const change = "change";
x3::rule<class between_range_class, quantity_ast::Range> const between_range = "between range";
x3::rule<class dash_range_class, quantity_ast::Range> const dash_range = "range";

// Ages and rates come before the units they would otherwise read as ("16 years" in "16 years
// old"); the noun comes last, since every unit word is a stop word to it.
auto const unit_def = time_unit_ | percent_ | rate_ | inspectors_ | noun_;
// A sum of money is its own unit: "£3m savings" is £3m.
auto const bound_def = (money_ >> no_unit) | (number_ >> -unit);
auto const figure_def = -qualifier_ >> bound;
auto const change_def = from_ >> bound >> to_ >> bound;
auto const between_range_def = between_ >> bound >> and_ >> bound;
auto const dash_range_def = bound >> (to_ | dash_) >> bound;

BOOST_SPIRIT_DEFINE(unit, bound, figure, change, between_range, dash_range)

}  // namespace judgement::grammar::quantity_parser

#endif
