// Page furniture: what a PDF repeats on every page or prints outside the text flow (page
// numbers, running headers and footers, footnotes). Found from where lines sit on their page
// and how often they recur, so a header inside a paragraph is recognised as well as one alone.
#ifndef JUDGEMENT_SRC_LAYOUT_FURNITURE_HPP
#define JUDGEMENT_SRC_LAYOUT_FURNITURE_HPP

#include <cstdint>
#include <vector>

#include "layout/line.hpp"
#include "source/source.hpp"

namespace judgement::detail {

/// One flag a source line: true for furniture.
std::vector<std::uint8_t> find_furniture(const Source& source, const std::vector<LineShape>& shapes);

}  // namespace judgement::detail

#endif
