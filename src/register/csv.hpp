// Reading the register's data files (src/register/*.csv): comma-separated rows under a header,
// fields optionally in double quotes ("" for a quote), lines starting with '#' ignored.
#ifndef JUDGEMENT_SRC_REGISTER_CSV_HPP
#define JUDGEMENT_SRC_REGISTER_CSV_HPP

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace judgement::detail {

struct CsvTable {
  std::vector<std::string_view> header;
  std::vector<std::vector<std::string_view>> rows;
  std::vector<std::size_t> lines;  ///< the 1-based line of each row
  /// The column with this header, or header.size().
  [[nodiscard]] std::size_t column(std::string_view name) const;
};

/// Rows of `text`; fields are views into `text`, or into `owned` where a field had to be
/// unquoted. Malformed lines (an unclosed quote) are reported in `errors` and left out.
CsvTable read_csv(std::string_view text, std::deque<std::string>& owned, std::vector<std::string>& errors);

}  // namespace judgement::detail

#endif
