// Dates in running text: every date expression a text states, with its calendar meaning
// (DESIGN.md: ranges inclusive, partial dates kept at their precision). Private to src/.
//
// Conventions, chosen once and used throughout:
// - Seasons are meteorological, as in docs/output.md: spring March–May, summer June–August,
//   autumn September–November, winter December to February of the next year ("winter 2013"
//   is 2013-12 to 2014-02). "autumn term 2013" is autumn 2013: the school term is read as its
//   season, not as term dates. Start and end are at Precision::season, holding their months.
//   A season of a school year falls in that school year: "winter 2013/14" is 2013-12 to
//   2014-02, "spring term 2014/15" is spring 2015, "autumn term 2014/15" autumn 2014.
// - An academic year ("2011/12", "2012-13", "2012–13", "2011/2012") runs September to
//   August: start 2011-09, end 2012-08, both at Precision::academic_year. Only a second year
//   one after the first makes one; "2012-15" is not a date at all, "2015-2018" and
//   "2015 to 2018" are a range of years, and so is "2015 to 2016".
// - A yearless expression ("5 February", "15 to 26 July") is dated in the placeholder year 0,
//   the year of its last day, with any earlier part that must fall in the year before in
//   year -1 ("30 December to 3 January": 0-12-30 to 1-01-03 is written -1-12-30 to 0-01-03).
//   Year 0 is a leap year, so "29 February" stands. year_stated is false; resolve_year turns
//   the placeholders into real years.
// - Two-digit years in numeric dates: 00–69 are 2000–2069, 70–99 are 1970–1999. Four-digit
//   years are 1900–2099 only; other numbers are quantities.
// - A year missing from part of an expression is borrowed from the nearest part after it
//   that states one ("30 September to 11 October 2024 and 13 to 16 January 2025"), or, past
//   the last stated year, from the one before it; a borrowed year that would put the part
//   after its successor is taken as the year before ("30 December to 3 January 2025" starts in
//   2024). Months are borrowed from later parts only.
#ifndef JUDGEMENT_SRC_GRAMMAR_DATE_FINDER_HPP
#define JUDGEMENT_SRC_GRAMMAR_DATE_FINDER_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "grammar/word_marks.hpp"
#include "judgement/date.hpp"

namespace judgement::grammar {

struct DateHit {
  std::size_t begin = 0, end = 0;  ///< byte offsets of the expression within the searched text
  DateRange range;                 ///< inclusive; start == end for a single date
  /// Each period when the text gives several that are not contiguous ("5 and 12 March 2020",
  /// "... and 13 to 16 January 2025"), in order; empty otherwise. Contiguous ones are one
  /// period ("20 and 21 August 2020").
  std::vector<DateRange> periods;
  bool year_stated = true;  ///< false for "5 February" / "15 to 26 July": see the conventions above
};

/// Every date expression in `text`, left to right, non-overlapping, each the longest that
/// parses at its start. An expression starts at a word: a number ("5 February 2019", "2011/12",
/// "21/03/2014"), a month, weekday or season name, or "between" ("between 15 and 19 July 2013",
/// read as one span); it neither starts nor ends inside a word or a number ("A12 June",
/// "12Junes", "£2015", "2015%", "2,015", "12015"). An expression that reads as a date but is
/// impossible ("31 February 2019", "19-15 July 2013", "2012-15") gives no hit, and none of its
/// parts is read again as a date ("February 2019" in "31 February 2019"). O(n) in the size of
/// the text. Never throws except std::bad_alloc.
std::vector<DateHit> find_dates(std::string_view text);

/// The same, given the marks of `text` (grammar::mark_words): the scan visits only marked
/// words instead of every byte.
std::vector<DateHit> find_dates(std::string_view text, std::span<const WordMark> marks);

/// The same, appended to `out`: for a caller that keeps the dates of many texts in one table
/// (the layout's, a block's after another's), so that no list is made for each text.
void find_dates(std::string_view text, std::span<const WordMark> marks, std::vector<DateHit>& out);

/// `text`, trimmed of surrounding blanks and ASCII punctuation, as exactly one date
/// expression; nullopt when it is not one. Offsets in the hit are into `text`.
std::optional<DateHit> parse_date(std::string_view text);

/// Gives a yearless hit (year_stated false, still in the placeholder years) the year of
/// `reference`, the document's date, so that the hit's start falls no more than 61 days
/// (about two months) after the reference: documents mostly look back, but plan a little
/// ahead. A date that does not exist in that year ("29 February") moves back to the latest
/// year in which it does. A hit with its year stated or already resolved, or a reference that
/// is not a valid date, comes back unchanged; year_stated stays false so that callers can tell
/// the year was inferred.
DateHit resolve_year(DateHit hit, const Date& reference);

}  // namespace judgement::grammar

#endif
