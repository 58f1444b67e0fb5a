// Date expressions as written: what the date grammar read, before any calendar meaning is
// given to it (src/grammar/date_finder.cpp does that: filling in months and years, checking
// days against the calendar, ordering ranges). Values are the numbers as written, so "32 July"
// and "31 February" read fine here and are refused later. Plain standard-library types only,
// so code that reads the AST needs no X3.
#ifndef JUDGEMENT_SRC_GRAMMAR_DATE_AST_HPP
#define JUDGEMENT_SRC_GRAMMAR_DATE_AST_HPP

#include <cstddef>
#include <optional>
#include <vector>

namespace judgement::grammar::date_ast {

enum class Season { spring, summer, autumn, winter };

/// A run of digits as written: "03" is {3, 2}. Where the number of digits changes the
/// meaning (a two-digit year) the length is kept.
struct Digits {
  unsigned value = 0;
  unsigned length = 0;
};

/// "8th", "30 September", "11 October 2024": a day, with its month and year when the text
/// gives them at this point (they may come later in the expression). A weekday before the day
/// is read and dropped.
struct Day {
  unsigned day = 0;
  std::optional<unsigned> month;
  std::optional<unsigned> year;  ///< four digits, 19xx or 20xx
};

/// "13", "13 to 16 January 2025", "30 June - 2 July": one day or an inclusive span.
struct Period {
  Day first;
  std::optional<Day> last;
};

/// Periods joined by "and", "&" or commas, of which only the last is sure to name its month:
/// "5, 12 and 19 March" is {leading: [5, 12], last: 19 March}.
struct PeriodGroup {
  std::vector<Period> leading;
  Period last;
};

/// "30 September to 11 October 2024 and 13 to 16 January 2025": groups in text order.
using DayList = std::vector<PeriodGroup>;

/// "between 15 and 19 July 2013": one span, whatever "and" would mean elsewhere.
struct Between {
  Day first;
  Day last;
};

/// "July 15, 2019", "Thursday July 15 2019", "July 15-19, 2019".
struct MonthFirst {
  unsigned month = 0;
  unsigned day = 0;
  std::optional<unsigned> last_day;
  unsigned year = 0;
};

/// "21/03/2014", "21.03.14": day first, as in the UK.
struct Numeric {
  Digits day;
  Digits month;
  Digits year;
};

/// "21/03/2014 - 25/03/2014".
struct NumericRange {
  Numeric first;
  std::optional<Numeric> last;
};

/// "2011/12", "2012-13", "2011/2012": the shape of an academic year; whether the second
/// number really follows the first is checked later ("2012-15" is not one).
struct YearPair {
  unsigned first = 0;
  Digits second;
};

/// "June 2018", "Autumn 2013", "autumn term", "2015", "winter 2013/14": at most one of month
/// and season.
struct Coarse {
  std::optional<unsigned> month;
  std::optional<Season> season;
  std::optional<unsigned> year;
  std::optional<Digits> next_year;  ///< "/14" of a season that spans a year end
};

/// "June to August 2018", "January 2019 to March 2019", "2015 to 2018", "between 2015 and
/// 2018".
struct CoarseRange {
  Coarse first;
  std::optional<Coarse> last;
};

/// One form's reading of the start of a text, and the bytes it took (never counting blanks
/// after the last token).
template <class Ast>
struct Reading {
  Ast ast;
  std::size_t length = 0;
};

/// Every form of date expression that parses at the start of a text. Several may: "2015-2016"
/// reads as a year pair and as a range of years; the caller chooses by meaning and length.
struct Readings {
  std::optional<Reading<DayList>> day_list;
  std::optional<Reading<Between>> between;
  std::optional<Reading<MonthFirst>> month_first;
  std::optional<Reading<NumericRange>> numeric;
  std::optional<Reading<YearPair>> year_pair;
  std::optional<Reading<CoarseRange>> coarse;  ///< "June to August 2018" and "between 2015 and 2018"
};

}  // namespace judgement::grammar::date_ast

#endif
