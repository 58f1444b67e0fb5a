// Reports as CSV (RFC 4180): a row per judgement or per finding, for spreadsheets.
#ifndef JUDGEMENT_TOOLS_CSV_HPP
#define JUDGEMENT_TOOLS_CSV_HPP

#include <initializer_list>
#include <string>
#include <string_view>

#include "judgement/report.hpp"

namespace judgement::cli {

// One CSV record ending in CRLF; fields quoted where they hold a comma, quote or line break.
void csv_record(std::string& out, std::initializer_list<std::string_view> fields);

// The header and rows of `parse --format csv --table judgements|findings`. `file` is the name
// the input was given by.
void csv_header(std::string& out, std::string_view table);
void csv_rows(std::string& out, std::string_view table, const std::string& file, const Report& report);

}  // namespace judgement::cli

#endif
