// judgement: the report as JSON (schema judgement.report/1, docs/output.md), both ways.
#ifndef JUDGEMENT_JSON_HPP
#define JUDGEMENT_JSON_HPP

#include <functional>
#include <string>
#include <string_view>

#include "judgement/config.hpp"
#include "judgement/error.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

struct JsonOptions {
  /// Two-space indentation and one field a line; false writes one line (as jsonl wants).
  bool pretty = false;
};

/// The report as one JSON object, UTF-8, ending without a newline.
[[nodiscard]] JUDGEMENT_API std::string to_json(const Report& report, const JsonOptions& options = {});

/// Where write_json hands the JSON, a stretch at a time: each view is good during the call
/// only. Returning false (a full disk, a closed pipe) means it is handed nothing more.
using JsonSink = std::function<bool(std::string_view)>;

/// The same JSON as to_json, handed to `sink` in stretches of about 64 KiB as it is written,
/// so that a large report's JSON is never held whole. A stretch ends between two values, never
/// inside a string, so each is whole UTF-8. False when the sink returned false: it is handed
/// nothing after that, and the writing stops at the next element of a list.
JUDGEMENT_API bool write_json(const Report& report, const JsonSink& sink, const JsonOptions& options = {});

/// Reads a judgement.report/1 object back into a Report equal to the one written. Fields the
/// reader does not know are ignored; a wrong type, a missing schema or a bad value is an
/// ErrorCode::json error with its offset, line and column.
[[nodiscard]] JUDGEMENT_API Result<Report> report_from_json(std::string_view json);
/// As above, with `source` as the text the report was parsed from (TextStore::source(), which
/// its spans point into): a report and its text carried elsewhere (a pickle, a cache) come back
/// equal without parsing again, whatever scales are registered by then.
[[nodiscard]] JUDGEMENT_API Result<Report> report_from_json(std::string_view json, std::string source);

/// The scales as the `judgement scales --format json` list: each with id, name,
/// lower_code_is_better and grades (label, aliases, code, band, position).
[[nodiscard]] JUDGEMENT_API std::string scales_to_json(const ScaleRegistry& registry,
                                                       const JsonOptions& options = {});

JUDGEMENT_END_NAMESPACE

#endif
