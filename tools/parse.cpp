// judgement parse: documents into reports.
#include <cstdio>
#include <string>
#include <vector>

#include "cli.hpp"
#include "judgement/json.hpp"
#include "judgement/parse.hpp"

namespace judgement::cli {

const char* const parse_help = R"(usage: judgement parse [--format json|jsonl|table] [--output FILE] [--strict-utf8] FILE...

Reads each document (plain text or Markdown-ish text; '-' is standard input) and
prints its report (schema judgement.report/1, see docs/output.md).

options:
  --format FORMAT       json: one pretty-printed report (one file only);
                        jsonl: one report a line, in the order given;
                        table: aligned text for people (default: json for
                        one file, jsonl for several)
  --output FILE         write to FILE instead of standard output
  --strict-utf8         refuse input that is not UTF-8 instead of replacing bad bytes
  -h, --help            show this help

exit status: 0 when every file was parsed, 1 when any could not be read (the
others are still parsed and printed), 2 for a usage error.

examples:
  judgement parse report.txt
  judgement parse --format jsonl reports/*.txt > reports.jsonl
  judgement parse --format table examples/reports/*.txt
  pdftotext -layout report.pdf - | judgement parse -
)";

namespace {

Result<std::string> read_stdin() {
  std::string text;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) text.append(buffer, n);
  if (std::ferror(stdin)) return Error{ErrorCode::io, "-: cannot read standard input"};
  return text;
}

}  // namespace

int parse_command(const Args& args) {
  std::string_view format;
  std::string output;
  ParseOptions options;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    auto value = [&](std::string_view name) -> std::optional<std::string_view> {
      if (a.starts_with(std::string(name) + "=")) return a.substr(name.size() + 1);
      if (a == name && i + 1 < args.size()) return args[++i];
      return std::nullopt;
    };
    if (a == "-h" || a == "--help") return write_all(stdout, parse_help) ? exit_ok : exit_failure;
    if (a == "--format" || a.starts_with("--format=")) {
      const auto v = value("--format");
      if (!v || (*v != "json" && *v != "jsonl" && *v != "table")) {
        return usage_error("parse", "--format takes json, jsonl or table");
      }
      format = *v;
    } else if (a == "--output" || a.starts_with("--output=")) {
      const auto v = value("--output");
      if (!v || v->empty()) return usage_error("parse", "--output needs a file name");
      output = std::string(*v);
    } else if (a == "--strict-utf8") {
      options.utf8 = Utf8Policy::strict;
    } else if (a.size() > 1 && a.front() == '-') {
      return usage_error("parse", "unknown option '" + std::string(a) + "'");
    } else {
      files.emplace_back(a);
    }
  }
  if (files.empty()) return usage_error("parse", "no file given (use '-' for standard input)");
  if (format.empty()) format = files.size() == 1 ? "json" : "jsonl";
  if (format == "json" && files.size() > 1) return usage_error("parse", "--format json takes one file; use jsonl");

  std::FILE* out = stdout;
  if (!output.empty()) {
    out = std::fopen(output.c_str(), "wb");
    if (!out) {
      std::perror(("judgement: " + output).c_str());
      return exit_failure;
    }
  }
  int status = exit_ok;
  for (const std::string& file : files) {
    Result<Report> report = [&]() -> Result<Report> {
      if (file != "-") return parse_file(file, options);
      Result<std::string> text = read_stdin();
      if (!text) return text.error();
      ParseOptions named = options;
      named.name = "-";
      return parse(std::move(*text), named);
    }();
    if (!report) {
      const Error& e = report.error();
      std::string message = e.message;
      if (message.rfind(file, 0) != 0) message = file + ": " + (e.line ? e.to_string() : message);
      std::fprintf(stderr, "judgement: %s\n", message.c_str());
      status = exit_failure;
      continue;
    }
    std::string text = format == "table" ? report_table(*report) + "\n" : to_json(*report, {.pretty = format == "json"}) + "\n";
    if (!write_all(out, text)) {
      std::fprintf(stderr, "judgement: cannot write the output\n");
      status = exit_failure;
      break;
    }
  }
  if (out != stdout) std::fclose(out);
  return status;
}

}  // namespace judgement::cli
