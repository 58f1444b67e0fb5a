// judgement parse: documents into reports, in JSON, JSON lines, CSV or a table for people.
#include <cstdio>
#include <string>
#include <vector>

#include "batch.hpp"
#include "cli.hpp"
#include "command_line.hpp"
#include "csv.hpp"
#include "inputs.hpp"
#include "judgement/json.hpp"
#include "judgement/parse.hpp"

namespace judgement::cli {

const char* const parse_help = R"(usage: judgement parse [options] FILE|FOLDER|- ...

Reads each document (plain text, Markdown-ish text or PDF, told apart by content;
'-' is standard input) and prints its report (schema judgement.report/1, see
docs/output.md). A folder stands for the documents in it and its subfolders
(.txt, .text, .md, .markdown, .pdf), in sorted order.

options:
  --format FORMAT       json: one pretty-printed report (one file only);
                        jsonl: one report a line, in the order given;
                        csv: a row per judgement (or per finding, see --table);
                        table: aligned text for people
                        (default: json for one file, jsonl for several)
  --table WHAT          with csv: judgements (default) or findings
  -f, --format FORMAT   the same as --format
  -o, --output FILE     write to FILE instead of standard output ('-': standard
                        output)
  -j, --jobs N          parse N files at a time (default 0: one per core); the
                        output is the same, in input order, for any N
  -q, --quiet           no progress bar (it is drawn on stderr only when stderr
                        is a terminal); short options combine: -qj2
  --color WHEN          colour the table's grades by band: auto (default: on a
                        terminal, unless NO_COLOR is set), always or never
  --resolve-yearless-dates
                        give dates stated without a year ("on 13 and 14 July")
                        the year of the document's own date
  --strict              a document of unknown type, or one from which nothing
                        was read, fails the run (it is a warning on stderr
                        either way)
  --pdf-layout LAYOUT   physical (default: as the page shows it, tables kept on
                        their lines), reading (columns in reading order) or raw
                        (content-stream order)
  --due-from BASE       the date improvement timeframes count from: auto
                        (default: publication, else document date, else the
                        last inspection day), published, dated or inspected
  --strict-utf8         refuse input that is not UTF-8 instead of replacing bad bytes
  --max-bytes N         refuse an input (file, device or standard input) of more than
                        N bytes; K, M, G for KiB, MiB, GiB (default 256M; 0: none but 4 GiB - 1 bytes)
  --pdf-max-seconds N   give up on a PDF still being read after N seconds (default 30;
                        0: no bound); a PDF can draw far more than its size
  --scales FILE         add the grade scales defined in FILE (docs/scales.md)
  --profiles FILE       add the framework profiles defined in FILE: kinds of
                        report of your own (docs/adding-a-framework.md)
  -h, --help            show this help

exit status: 0 when every file was parsed (warnings are not failures, unless
--strict); 1 when any could not be read or parsed (the error names the file on stderr; the others are
still parsed and printed); 2 for a usage error.

examples:
  judgement parse report.pdf
  judgement parse --format jsonl reports/ > reports.jsonl
  judgement parse --format csv --output grades.csv reports/
  judgement parse -qj2 -f csv -o - reports/ | head
  judgement parse --format csv --table findings reports/*.pdf > improvements.csv
  judgement parse --format table examples/reports/*.txt
  pdftotext -layout report.pdf - | judgement parse -
)";

int parse_command(const Args& args) {
  for (std::string_view a : args) {
    if (a == "-h" || a == "--help") return write_all(stdout, parse_help) ? exit_ok : exit_failure;
  }
  ReadingOptions o;
  if (auto e = read_reading_options(args, {"json", "jsonl", "csv", "table"}, {"judgements", "findings"}, o)) {
    return usage_error("parse", e->message);
  }
  if (o.files.empty()) return usage_error("parse", "no file given (use '-' for standard input)");
  if (!o.table.empty() && o.format != "csv") return usage_error("parse", "--table goes with --format csv");
  if (o.table.empty()) o.table = "judgements";

  const Inputs inputs = expand_inputs(o.files);
  o.batch.names = &inputs.names;
  if (o.format.empty()) o.format = inputs.paths.size() == 1 && inputs.errors.empty() ? "json" : "jsonl";
  if (o.format == "json" && inputs.paths.size() > 1) {
    return usage_error("parse", "--format json takes one file; use jsonl for several");
  }

  if (const auto same = output_is_input(o.output, inputs.paths)) {
    return usage_error("parse", "--output " + o.output + " is the input " + *same + "; it would be overwritten before it is read");
  }
  std::FILE* out = open_output(o.output);
  if (!out) return exit_failure;
  int status = exit_ok;
  for (const std::string& e : inputs.errors) {
    std::fprintf(stderr, "judgement: %s\n", e.c_str());
    status = exit_failure;
  }
  const TableStyle style{.color = o.format == "table" && use_color(o), .width = terminal_width()};
  std::string text;
  if (o.format == "csv") {
    csv_header(text, o.table);
    if (!write_all(out, text)) status = exit_failure;
  }
  parse_batch(inputs.paths, o.batch, [&](std::size_t, const std::string& path, Result<Report>& report) {
    if (!report) {
      std::fprintf(stderr, "judgement: %s\n", report.error().message.c_str());
      status = exit_failure;
      return true;
    }
    if (warn_if_unread(path, *report) && o.strict) status = exit_failure;
    text.clear();
    bool written = true;
    if (o.format == "csv") {
      csv_rows(text, o.table, path, *report);
    } else if (o.format == "table") {
      text = report_table(*report, style) + "\n";
    } else {
      // Streamed: a large report's JSON is never held whole.
      written = write_json(*report, [&](std::string_view part) { return write_all(out, part); },
                           {.pretty = o.format == "json"});
      text = "\n";
    }
    if (!written || !write_all(out, text)) {
      std::fprintf(stderr, "judgement: cannot write the output\n");
      status = exit_failure;
      return false;
    }
    return true;
  });
  if (out != stdout && std::fclose(out) != 0) {
    std::fprintf(stderr, "judgement: %s: cannot write the output\n", o.output.c_str());
    status = exit_failure;
  }
  return status;
}

}  // namespace judgement::cli
