// The judgement command-line tool: one function a command, sharing how they report misuse.
#ifndef JUDGEMENT_TOOLS_CLI_HPP
#define JUDGEMENT_TOOLS_CLI_HPP

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/report.hpp"

namespace judgement::cli {

// Exit statuses of the output contract.
inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;
inline constexpr int exit_usage = 2;

using Args = std::vector<std::string_view>;

// Prints "judgement: <message>" and a hint to stderr; returns exit_usage.
int usage_error(std::string_view command, std::string_view message);

// Writes all of `text` to `out`; false when the stream failed (a closed pipe, a full disk).
bool write_all(std::FILE* out, std::string_view text);

int parse_command(const Args& args);
extern const char* const parse_help;

// Appends `text`, spaces up to `width`, and two spaces: one column of an aligned table.
void pad(std::string& out, std::string_view text, std::size_t width);

// Warns on stderr when the document's type is unknown or nothing was read from it; true when
// it did (a failure under --strict).
bool warn_if_unread(const std::string& path, const Report& report);

// How the table for people is drawn: colour (grades by band) and the width to fit.
struct TableStyle {
  bool color = false;
  std::size_t width = 0;  // 0: no limit
};

// The width to fit: COLUMNS where set (also when standard output is not a terminal), else the
// terminal's own when standard output is one, else 0.
std::size_t terminal_width();

// The ANSI colour of a band, green for the best to red for the worst; "\x1b[0m" ends it.
std::string_view band_color(Band band);

// The report as aligned text for people (parse --format table).
std::string report_table(const Report& report, const TableStyle& style = {});

int scales_command(const Args& args);
extern const char* const scales_help;

int timeline_command(const Args& args);
extern const char* const timeline_help;

}  // namespace judgement::cli

#endif
