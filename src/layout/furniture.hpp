// Page furniture: what a PDF repeats on every page or prints outside the text flow (page
// numbers, running headers and footers, footnotes). Found from where lines sit on their page
// and how often they recur, so a header inside a paragraph is recognised as well as one alone.
// What the report is read for is never furniture: a line the line roles keep as content
// (LineRoles::never_furniture), the document's first line (its title), a date that is not part
// of a running header or footer, or any line of a page identical to another.
#ifndef JUDGEMENT_SRC_LAYOUT_FURNITURE_HPP
#define JUDGEMENT_SRC_LAYOUT_FURNITURE_HPP

#include <cstdint>
#include <vector>

#include "layout/line.hpp"
#include "source/source.hpp"

namespace judgement::detail {

/// Why a line is furniture.
enum class Furniture : std::uint8_t {
  none,
  page_number,  ///< "12", "Page 3 of 40"
  repeated,     ///< a running header or footer: the same text at the edge of many pages
  footnote,     ///< a note at a page's foot whose mark the page's text carries
};

class LineRoles;

/// One value a source line. A line `roles` say is never furniture is content, wherever it sits.
std::vector<Furniture> find_furniture(const Source& source, const std::vector<LineShape>& shapes,
                                      const LineRoles& roles);

}  // namespace judgement::detail

#endif
