// Stage 2, layout: the cells of a table row, as the layout cuts them for a reader of a table's
// columns: at the row's '\t' and at the wide gaps of a row set out in columns by spaces.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "layout/layout.hpp"

using fixtures::Laid;
using judgement::detail::Block;
using judgement::detail::BlockKind;
using judgement::detail::Layout;

namespace {

// The cells of each table row of `d`, as text.
std::vector<std::vector<std::string>> rows_of(const Laid& d) {
  std::vector<std::vector<std::string>> rows;
  std::vector<Layout::Cell> cells;
  for (const Block& b : d.layout.blocks()) {
    if (b.kind != BlockKind::table_row) continue;
    d.layout.cells(b, cells);
    const std::string_view text = d.layout.text(b);
    auto& row = rows.emplace_back();
    for (const Layout::Cell& c : cells) {
      REQUIRE(c.begin <= c.end);
      REQUIRE(c.end <= text.size());
      row.emplace_back(text.substr(c.begin, c.end - c.begin));
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("a row set out in columns by spaces has a cell for each column", "[layout]") {
  // Only the last column is after the row's '\t'; the others are apart by spaces alone, and two
  // spaces (justified text) part no cells.
  const Laid d(
      "Risk register\n"
      "\n"
      "Risk               Description              Action                      Risk rating\n"
      "Late actions       Plans may  slip.         The board will monitor.     B2\n"
      "Staff leave        Caseloads may rise.      Recruit\tmore staff.          C3\n");
  const auto rows = rows_of(d);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"Risk", "Description", "Action", "Risk rating"});
  CHECK(rows[1] == std::vector<std::string>{"Late actions", "Plans may  slip.", "The board will monitor.", "B2"});
  // A tab inside a column is a gap as three spaces are.
  CHECK(rows[2] == std::vector<std::string>{"Staff leave", "Caseloads may rise.", "Recruit", "more staff.", "C3"});
}

TEST_CASE("a row's cells are where its text has them, a cell wrapped over lines one cell", "[layout]") {
  // The description wraps onto a line of its own under its column: the row's label side is then
  // two pieces, joined by a space that parts no cells.
  const Laid d(
      "Risk               Description              Risk rating\n"
      "Late actions       Plans may slip           B2\n"
      "                   and stall.\n"
      "Caseloads\tReferrals may rise.\tC3\n");
  const auto rows = rows_of(d);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"Risk", "Description", "Risk rating"});
  CHECK(rows[1] == std::vector<std::string>{"Late actions", "Plans may slip and stall.", "B2"});
  CHECK(rows[2] == std::vector<std::string>{"Caseloads", "Referrals may rise.", "C3"});
  std::vector<Layout::Cell> cells;
  for (const Block& b : d.layout.blocks()) {
    if (b.kind != BlockKind::table_row) continue;
    d.layout.cells(b, cells);
    const std::string_view text = d.layout.text(b);
    INFO(std::string(text));
    // The cells lie in order from the text's start to its end, with only the gaps between them.
    REQUIRE(!cells.empty());
    CHECK(cells.front().begin == 0);
    CHECK(cells.back().end == text.size());
    for (std::size_t k = 1; k < cells.size(); ++k) {
      CHECK(cells[k - 1].end < cells[k].begin);
      CHECK(text.substr(cells[k - 1].end, cells[k].begin - cells[k - 1].end).find_first_not_of(" \t") ==
            std::string_view::npos);
    }
  }
  // A paragraph is one cell, all of its text: two spaces in a line are no gap.
  const Laid p("A paragraph of text  with two spaces in it.\n");
  REQUIRE(p.layout.blocks().size() == 1);
  p.layout.cells(p.layout.blocks()[0], cells);
  REQUIRE(cells.size() == 1);
  CHECK(cells[0].begin == 0);
  CHECK(cells[0].end == p.layout.text(p.layout.blocks()[0]).size());
}
