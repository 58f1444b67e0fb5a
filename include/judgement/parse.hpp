// judgement: reading a document into a Report.
#ifndef JUDGEMENT_PARSE_HPP
#define JUDGEMENT_PARSE_HPP

#include <string>
#include <string_view>

#include "judgement/config.hpp"
#include "judgement/error.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

/// What to do with bytes that are not UTF-8.
enum class Utf8Policy {
  replace,  ///< read each bad byte as U+FFFD and say so in an "invalid-utf8" diagnostic
  strict,   ///< refuse the input: an ErrorCode::encoding error with the offset
};

struct ParseOptions {
  Utf8Policy utf8 = Utf8Policy::replace;
  /// The name the report gives its source ("-" for standard input); empty by default.
  std::string name;
  /// The scales judgements are read against; nullptr for the built-in registry. It must outlive
  /// the parse call only (the report copies what it keeps).
  const ScaleRegistry* scales = nullptr;
  /// Give dates stated without a year ("on 13 and 14 July") the year of the document's own date.
  /// Off by default: a date is never guessed unless asked for.
  bool resolve_yearless_dates = false;
};

/// Parses a document held in memory (plain text or Markdown-ish text; PDF comes through
/// parse_file). Content problems never fail the parse: they are diagnostics on the report. The
/// only error is input that cannot be read at all (bad UTF-8 under Utf8Policy::strict).
[[nodiscard]] JUDGEMENT_API Result<Report> parse(std::string text, const ParseOptions& options = {});

/// Reads and parses a file. An unreadable file is an ErrorCode::io error naming it.
[[nodiscard]] JUDGEMENT_API Result<Report> parse_file(const std::string& path, const ParseOptions& options = {});

JUDGEMENT_END_NAMESPACE

#endif
