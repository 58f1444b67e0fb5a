// Reading the register's data files (csv.hpp). One pass over the text.
#include "register/csv.hpp"

namespace judgement::detail {

std::size_t CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return header.size();
}

CsvTable read_csv(std::string_view text, std::deque<std::string>& owned, std::vector<std::string>& errors) {
  CsvTable table;
  std::size_t at = 0;
  std::size_t line = 0;
  bool have_header = false;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(at, end - at);
    at = end + 1;
    ++line;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (raw.empty() || raw.front() == '#') continue;
    std::vector<std::string_view> fields;
    bool ok = true;
    std::size_t i = 0;
    while (true) {
      if (i < raw.size() && raw[i] == '"') {
        std::string value;
        std::size_t j = i + 1;
        bool closed = false;
        while (j < raw.size()) {
          if (raw[j] == '"') {
            if (j + 1 < raw.size() && raw[j + 1] == '"') {
              value += '"';
              j += 2;
              continue;
            }
            closed = true;
            ++j;
            break;
          }
          value += raw[j++];
        }
        if (!closed || (j < raw.size() && raw[j] != ',')) {
          ok = false;
          break;
        }
        fields.push_back(owned.emplace_back(std::move(value)));
        i = j;
      } else {
        const std::size_t comma = raw.find(',', i);
        const std::size_t stop = comma == std::string_view::npos ? raw.size() : comma;
        fields.push_back(raw.substr(i, stop - i));
        i = stop;
      }
      if (i >= raw.size()) break;
      ++i;  // the comma
      if (i == raw.size()) {
        fields.emplace_back();
        break;
      }
    }
    if (!ok) {
      errors.push_back("line " + std::to_string(line) + ": a quoted field is not closed");
      continue;
    }
    if (!have_header) {
      table.header = std::move(fields);
      have_header = true;
      continue;
    }
    if (fields.size() != table.header.size()) {
      errors.push_back("line " + std::to_string(line) + ": " + std::to_string(fields.size()) + " fields, the header has " +
                       std::to_string(table.header.size()));
      continue;
    }
    table.rows.push_back(std::move(fields));
    table.lines.push_back(line);
  }
  return table;
}

}  // namespace judgement::detail
