// The lines the layout reads: the source finds where lines end as it copies the text (every
// '\n' and '\f', a '\r' or U+2028 where it becomes a '\n'), sixteen bytes at a time. Checked
// against the text split the plain way, on text assembled at random from the pieces that end
// lines or change them, with runs long enough to cross the sixteen-byte steps anywhere.
#include <catch2/catch.hpp>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "../support/random_text.hpp"
#include "source/source.hpp"

using judgement::detail::Source;

namespace {

struct Expected {
  std::vector<std::string> lines;
  std::vector<std::uint32_t> pages;
  std::vector<std::uint32_t> original_lines;  // of each line's first byte, 1-based
  bool paged = false;
};

// The text split the plain way: CRLF, CR, U+2028 and U+2029 are line ends, a no-break space and a
// NUL a space, a byte that starts no character U+FFFD; a line ends at '\n' and '\f', and '\f'
// starts a page. The original's lines end at LF, CRLF and a lone CR.
Expected split(std::string_view original) {
  Expected e;
  std::string line;
  std::uint32_t page = 1, original_line = 1, line_start_line = 1;
  auto end_line = [&](bool feed) {
    e.lines.push_back(line);
    e.pages.push_back(page);
    e.original_lines.push_back(line_start_line);
    line.clear();
    if (feed) {
      ++page;
      e.paged = true;
    }
  };
  for (std::size_t i = 0; i < original.size();) {
    const std::string_view rest = original.substr(i);
    if (rest.starts_with("\r\n") || rest.starts_with("\r") || rest.starts_with("\n")) {
      end_line(false);
      i += rest.starts_with("\r\n") ? 2 : 1;
      ++original_line;
      line_start_line = original_line;
    } else if (rest.starts_with("\f")) {
      end_line(true);
      ++i;
      line_start_line = original_line;
    } else if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9")) {
      end_line(false);
      i += 3;
      line_start_line = original_line;
    } else if (rest.front() == '\0') {
      line += ' ';  // a NUL is read as a space
      ++i;
    } else if (rest.front() == '\x80') {
      line += "\xEF\xBF\xBD";  // a byte that starts no UTF-8 character is U+FFFD
      ++i;
    } else if (rest.starts_with("\xC2\xA0")) {
      line += ' ';
      i += 2;
    } else {
      line += original[i];
      ++i;
    }
  }
  if (!line.empty() || e.lines.empty()) end_line(false);
  return e;
}

}  // namespace

TEST_CASE("layout lines: the source's lines are the text split at each line end", "[layout][source]") {
  const std::vector<std::string_view> pieces = {
      "a",  "Inspection of children's services", " ",        "  ",      "\n", "\n", "\r\n", "\r", "\f",
      "\f\n", "\xE2\x80\xA8", "\xC2\xA0",      "caf\xC3\xA9", "12",     "0123456789abcdef", "x\ny", "\t",
      std::string_view("\0", 1), "\x80", "\xE2\x80\xA9"};
  judgement::testing::XorShift next(0xD1B54A32D192ED03ULL);
  std::deque<std::string> originals;  // a Source reads its lines from the original
  for (int round = 0; round < 500; ++round) {
    originals.push_back(judgement::testing::assembled(next, pieces, 1, 60));
    const std::string& original = originals.back();
    INFO(original);
    auto loaded = Source::load(original);
    REQUIRE(loaded.ok());
    const Source& s = loaded.value();
    const Expected e = split(original);
    REQUIRE(s.lines().size() == e.lines.size());
    CHECK(s.paged() == e.paged);
    for (std::size_t k = 0; k < e.lines.size(); ++k) {
      const auto& line = s.lines()[k];
      CHECK(s.text(line) == e.lines[k]);
      CHECK(line.page == e.pages[k]);
      if (!e.lines[k].empty()) CHECK(s.span(line.begin, line.end).line == e.original_lines[k]);
    }
  }
}
