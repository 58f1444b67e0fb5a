// Quantity expressions as written: what the quantity grammar read, before any meaning is given
// to it (src/grammar/quantity_finder.cpp does that: values, units, which readings are figures
// at all). Plain standard-library types only, so code that reads the AST needs no X3.
#ifndef JUDGEMENT_SRC_GRAMMAR_QUANTITY_AST_HPP
#define JUDGEMENT_SRC_GRAMMAR_QUANTITY_AST_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace judgement::grammar::quantity_ast {

/// A number as written: "65,000" is {65000, 0 decimals, 5 integer digits, grouped}; "24.5" is
/// {245, 1 decimal}; "£7.6m" is {76, 1 decimal, exponent 6, pounds}; "twenty-five" is {25,
/// word}. The grammar reads at most 15 digits, so the mantissa is exact in a double.
struct Amount {
  bool pounds = false;          ///< written after "£"
  std::uint64_t mantissa = 0;   ///< every digit, without separators or the point
  unsigned decimals = 0;        ///< digits after the point
  unsigned int_digits = 0;      ///< digits before the point (0 for a number word)
  bool grouped = false;         ///< has thousands separators ("65,000")
  bool word = false;            ///< a number word ("five", "twenty-five")
  unsigned exponent = 0;        ///< of ten: "m" and "million" 6, "bn" 9, "k" and "thousand" 3, "hundred" 2
};

/// A word before the number that bounds or approximates it ("over", "as many as"). An `amount`
/// qualifier says by itself that a count follows, so "as many as 55" is a figure even without
/// a noun; after a `limit` ("over", "up to", "within", "nearly") the number needs its unit,
/// since "over 16", "up to 25" and "nearly 18" are ages more often than counts.
enum class Qualifier { limit, amount };

enum class UnitKind {
  percent,            ///< "%", "per cent", "percent"
  percentage_points,  ///< "percentage points"
  duration,           ///< "weeks", "28 day", "26-week", "working days"
  age,                ///< "years old", "-year-olds", "years of age": read so it can be refused
  rate,               ///< "per 10,000": read so it can be refused
  inspectors,         ///< "of Her Majesty's Inspectors", "HMI"
  noun,               ///< the counted noun: "children", "care leavers"
};

enum class Duration { minutes, hours, days, weeks, months, years };

/// What follows a number and says what it counts or measures.
struct Unit {
  UnitKind kind = UnitKind::noun;
  Duration duration = Duration::days;  ///< for UnitKind::duration
  /// For UnitKind::noun: the counted noun as it stands in the text that was read (the head
  /// noun, or a compound such as "care leavers"), and whether it is written in the plural.
  std::string_view noun;
  bool plural = true;
};

/// A number and what it counts, if the text says: "45 weeks", "£7.6m", "60".
struct Bound {
  Amount amount;
  std::optional<Unit> unit;
};

/// "over 40 children", "as many as 55", "75%", "£1.2 million", "within 24 hours".
struct Figure {
  std::optional<Qualifier> qualifier;
  Bound bound;
};

/// "from 39% to 25%", "from 60 to 35 children".
struct Change {
  Bound from;
  Bound to;
};

/// "between 20 and 30 children", "20 to 30 children", "25-30 approvals".
struct Range {
  Bound low;
  Bound high;
};

/// One form's reading of the start of a text, and the bytes it took (never counting blanks
/// after the last token).
template <class Ast>
struct Reading {
  Ast ast;
  std::size_t length = 0;
};

/// Every form of quantity expression that parses at the start of a text; the caller chooses
/// by meaning and length.
struct Readings {
  std::optional<Reading<Change>> change;
  std::optional<Reading<Range>> range;
  std::optional<Reading<Figure>> figure;
};

}  // namespace judgement::grammar::quantity_ast

#endif
