// Timeframes as reports write them ("Immediately:", "Within three months:", "(within 6 weeks)"),
// read from text as written or folded (letters match in either case), or from a heading as its
// HeadingKey reads it (findings_headings.hpp), without a copy. Hand-written and linear: a phrase
// is a handful of words, so a grammar library would add nothing here.
#ifndef JUDGEMENT_SRC_RECOGNISE_FINDINGS_TIMEFRAME_HPP
#define JUDGEMENT_SRC_RECOGNISE_FINDINGS_TIMEFRAME_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "judgement/report.hpp"

namespace judgement::detail {

class HeadingKey;

/// A timeframe phrase found in folded text: [begin, end).
struct TimeframeHit {
  Timeframe timeframe;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The timeframe phrase starting exactly at `at` in folded `text`: "immediately", "immediate",
/// "with immediate effect", or a preposition ("within", "in", "in the next", "within the next",
/// "over the next") then a count in digits or words ("3", "three", "a") and a unit (weeks, months,
/// years as 12 months). nullopt when none starts there.
std::optional<TimeframeHit> timeframe_at(std::string_view folded, std::size_t at);

/// The words a timeframe phrase can start with ("immediately", "within", "in", ...).
std::span<const std::string_view> timeframe_openings();

/// `folded` (a heading or line, trimmed) as a timeframe heading: the whole text is a timeframe
/// phrase, with at most a trailing colon or full stop and an "of publication"-like tail
/// ("Within three months of the date of this report:").
std::optional<Timeframe> timeframe_heading(std::string_view folded);
/// The same for a heading read as its key (findings_headings.hpp).
std::optional<Timeframe> timeframe_heading(const HeadingKey& heading);

/// A timeframe an item (folded, or as written) states for itself: a leading "Immediately:" /
/// "Within three months -", or a bracketed "(within 3 months)" anywhere in it.
std::optional<Timeframe> timeframe_in_item(std::string_view folded);

}  // namespace judgement::detail

#endif
