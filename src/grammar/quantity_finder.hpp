// Quantities in running text: every figure a text states (percentages, counts with their noun,
// sums of money, durations, changes from one figure to another), with its value and unit.
// Private to src/.
//
// Conventions, chosen once and used throughout:
// - Text and span. A hit covers the figure as written with the words that qualify it: "over
//   40 children", "as many as 55", "within 24 hours", "approximately 49,000 children". A change
//   covers "from ... to ...", a range "between ... and ..." or "20-30 ...".
// - Units are short lower-case ids: "percent" ("75%", "80 per cent", "80 percent"),
//   "percentage_points", "GBP" (the one id in capitals, as ISO 4217 writes it), the durations
//   "minutes", "hours", "days", "weeks", "months", "years" (in lower case in the text, always
//   plural as ids: the "28 day
//   timescale" is 28 "days", the "26-week target" 26 "weeks"), "inspectors" ("five of Her
//   Majesty's Inspectors", "two HMI", "two Ofsted inspectors"), and "count" for a number that a
//   qualifier makes a count but that names nothing ("as many as 55").
// - Any other count takes its noun as unit: the head noun in lower case, in the number it is
//   written in ("74 children", "1 child", "43 families"). Modifiers before the head are
//   dropped ("400 looked after children" count "children", "12 child protection plans"
//   "plans", "four police officers" "officers"), except in a few compound nouns whose head
//   alone names something else: "care leavers", "social workers", "foster carers", "young
//   people", "personal advisers" (and their singulars). After a number other than one the
//   head is the first of the next four words that looks plural; after one, a known singular
//   noun. Nouns must be in lower case, so names ("Care 4 Us") and headings are left alone.
// - Counts are whole numbers; percentages, money and durations may have decimals ("24.5%",
//   "£7.6m" = 7600000 GBP, "1.5 years"). Thousands separators are read ("65,000").
// - A bare number is no quantity ("the figure was 45", "compared with 606") unless an amount
//   qualifier says it counts: "as many as", "as few as", "more than", "fewer than", "in
//   excess of" (unit "count"). Other qualifiers ("over", "under", "up to", "at least",
//   "within", "about", "nearly", "approximately") need a unit, since "under 16", "up to 25"
//   and "nearly 18" are ages.
// - Number words "one" to "ninety-nine" (also "two hundred", "five thousand") are numbers only
//   with a unit: "five of Her Majesty's Inspectors" is 5 inspectors, "three months" 3 months,
//   "four children" 4 children. A bare number word ("one of the", "the three of them", "as
//   many as five") is never a quantity.
// - Changes: "from 39% to 25%" is one quantity, value 25, from 39, unit percent. The unit may
//   be stated on one side only ("from 60 to 35 children"); sides with different units are no
//   change (each side is then read on its own), and neither is a change with no unit at all
//   ("from 187 to 201").
// - Ranges ("between 20 and 30 children", "20 to 30 children", "25-30 approvals", "20-30%")
//   are two quantities, the low end and the high end, each with the whole range as text and
//   span and the unit stated once for both. A range is not a change: `from` stays empty.
// - Not quantities:
//   - years: four digits 1900-2099 with no separator or "£" ("2019"), also as one end of a
//     range or change; academic years ("2011/12", "2012-13"); and every date expression
//     find_dates reads ("15 July 2019", "between 15 and 19 July 2013"): a hit that overlaps
//     one is dropped;
//   - ages: "16 years old", "17-year-olds", "18 years of age", "aged 16 to 25", "the age of
//     21", "when they reach 21 years", "children from 16 to 25 years" (years or months
//     straight after a word for people), "the 0-15 years population" (a range of years or
//     months from 0 is an age band);
//   - numbers that label something: "Grade 4", "Key Stage 2", "section 47", "page 5", "p. 5",
//     "paragraph 3.14", "Tier 4", and "Year 6" or "Day 3" when capitalised ("last year 42
//     children" is a count); paragraph and section numbers ("12.", "3.14 Children": no count
//     is fractional, and a noun must follow after a blank);
//   - ordinals ("3rd"), times ("10:30", "10.30 am"), "24/7", phone numbers ("0300 123 4234":
//     leading zeros, and runs of digit groups one space apart), postcodes ("TW9 4DU"), numbers
//     glued to a word or a sign ("post-16", "Covid-19", "s47", "16+", "$5");
//   - list positions and ratios: "one of three", "1 in 5 children", "9 out of 10 children"
//     (the second number is not a count); rates ("46.2 per 10,000 children", "66 children
//     per 10,000": neither number); multipliers ("3 times"); fractions ("two thirds").
// - Tabs separate table cells in block text, so no expression spans one ("45<tab>children").
#ifndef JUDGEMENT_SRC_GRAMMAR_QUANTITY_FINDER_HPP
#define JUDGEMENT_SRC_GRAMMAR_QUANTITY_FINDER_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/date_finder.hpp"

namespace judgement::grammar {

struct QuantityHit {
  std::size_t begin = 0, end = 0;  ///< byte offsets of the expression within the searched text
  double value = 0;
  std::optional<double> from;  ///< the earlier value of a change
  /// The unit when it is a fixed id ("percent", "GBP", "weeks", "inspectors", "count"): a view
  /// of static storage. Empty for a count of things, whose unit is `noun`.
  std::string_view unit_id;
  /// The counted noun, lower case, one space between words ("children", "care leavers"), and
  /// where it stands in the searched text (for a range or a change, on the side that states it).
  std::string noun;
  std::size_t noun_begin = 0, noun_end = 0;

  [[nodiscard]] std::string_view unit() const { return unit_id.empty() ? std::string_view(noun) : unit_id; }
};

/// Every quantity expression in `text`, left to right, each the longest that means a quantity
/// at its start; hits do not overlap, but for the two ends of a range, which share their text.
/// See the conventions above for what is and is not a quantity. O(n) in the size of the text.
/// Never throws except std::bad_alloc.
std::vector<QuantityHit> find_quantities(std::string_view text);

/// The same, given the date expressions in `text` as find_dates(text) gives them (a caller that
/// has found them already need not find them again).
std::vector<QuantityHit> find_quantities(std::string_view text, std::span<const DateHit> dates);

/// The same, given also the marks of `text` (grammar::mark_words): the scan visits only marked
/// words instead of every byte.
std::vector<QuantityHit> find_quantities(std::string_view text, std::span<const DateHit> dates,
                                         std::span<const WordMark> marks);

}  // namespace judgement::grammar

#endif
