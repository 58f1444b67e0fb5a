// A table row's cells, from the pieces its text is made of: the layout sets a '\t' only between
// a row's label and the rest, so the other columns of a row set out by spaces are found here, at
// the wide gaps inside the pieces, once, for every reader of a table.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/layout.hpp"

namespace judgement::detail {
namespace {

constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The cell being read: where its text starts and ends, or, before it has any, where it lies.
struct OpenCell {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool has_text = false;

  void add(std::size_t at) {
    if (!has_text) begin = at;
    end = at + 1;
    has_text = true;
  }
  // The cell, and the next one, which starts at `next`.
  Layout::Cell close(std::size_t next) {
    const Layout::Cell cell = has_text ? Layout::Cell{begin, end} : Layout::Cell{begin, begin};
    *this = OpenCell{next, next, false};
    return cell;
  }
};

}  // namespace

void Layout::cells(const Block& b, std::vector<Cell>& out) const {
  out.clear();
  const std::uint32_t tab = std::min(b.tab_piece, b.piece_end);
  // One side of the row (its label, or its cell after the '\t'), from `at` in text(b): its
  // pieces [first, last), cut at their wide gaps. The space that joins two pieces (a line's
  // end) is no gap.
  const auto side = [&](std::uint32_t first, std::uint32_t last, std::size_t at) {
    OpenCell cell{at, at, false};
    for (std::uint32_t k = first; k < last; ++k) {
      const Piece& p = pieces_[k];
      const std::string_view s = piece_text(p);
      const std::size_t base = p.joined - b.text_begin;
      for (std::size_t i = 0; i < s.size();) {
        if (!is_blank(s[i])) {
          cell.add(base + i++);
          continue;
        }
        // A run of spaces and tabs: a gap when it holds a tab or three spaces in a row.
        std::size_t j = i;
        std::size_t spaces = 0;
        bool wide = false;
        for (; j < s.size() && is_blank(s[j]); ++j) {
          spaces = s[j] == ' ' ? spaces + 1 : 0;
          wide = wide || spaces >= 3 || s[j] == '\t';
        }
        if (wide) out.push_back(cell.close(base + j));
        i = j;
      }
    }
    out.push_back(cell.close(0));
  };
  side(b.piece_begin, tab, 0);
  if (tab < b.piece_end) side(tab, b.piece_end, pieces_[tab].joined - b.text_begin);
}

}  // namespace judgement::detail
