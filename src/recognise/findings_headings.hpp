// The headings that open a list of findings ("What needs to improve?", "Areas for improvement",
// "Recommendations", "Findings", "Areas of strength", "Within three months:"), and the short
// statements that sit in such a list without being items of it.
#ifndef JUDGEMENT_SRC_RECOGNISE_FINDINGS_HEADINGS_HPP
#define JUDGEMENT_SRC_RECOGNISE_FINDINGS_HEADINGS_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "judgement/report.hpp"

namespace judgement::detail {

/// What a heading opens.
enum class ListRole { none, improvement, finding, strength, concern, timeframe };

/// Where the heading is read: a visit letter's lists of findings and strengths count only in a
/// letter; a council paper's "Recommendations" are put to its committee, not to the council.
struct HeadingContext {
  bool letter = false;
  bool council_paper = false;
};

struct HeadingMatch {
  ListRole role = ListRole::none;
  /// A timeframe heading's timeframe, or the one an improvement heading states ("Priority and
  /// immediate action").
  std::optional<Timeframe> timeframe;
  /// The heading as printed without a glued footnote number or trailing space: the length of
  /// its label in the text given ("What needs to improve?1" -> "What needs to improve?").
  std::size_t label_length = 0;
};

/// `text` (a whole heading, or one line) as a list heading, or nullopt.
std::optional<HeadingMatch> classify_heading(std::string_view text, const HeadingContext& context);

/// `text` folded for phrase matching: lower case, apostrophes plain, runs of space as one, no
/// bold marks, no leading paragraph number, no trailing footnote number or ":?.".
std::string normalise_heading(std::string_view text);

/// A short statement that a list is empty: "There are no priority actions.", "The inspection
/// did not find any areas for priority and immediate action."
bool nil_statement(std::string_view text);

/// A heading that opens another part of a report ("The local authority's strengths",
/// "Inspection findings", "Summary for children and young people", a judgement), and so can
/// never be a topic heading inside an improvement list.
bool heading_of_another_part(std::string_view text);

}  // namespace judgement::detail

#endif
