// judgement timeline: each provider's inspections in date order, with every judgement's change
// since the last inspection that judged its area.
#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "batch.hpp"
#include "cli.hpp"
#include "command_line.hpp"
#include "csv.hpp"
#include "inputs.hpp"
#include "judgement/timeline.hpp"

namespace judgement::cli {

const char* const timeline_help = R"(usage: judgement timeline [options] FILE|FOLDER|- ...

Reads every document (as judgement parse does) and shows each provider's history:
its inspections in date order, each judgement with its grade, scale and common band
and its change since the provider's last inspection that judged the same area
(first, improved, declined, unchanged, not_comparable). Providers are matched by
name whatever the wording ("Medway", "Medway Council" and "MEDWAY COUNCIL" are
one). Earlier inspections the documents cite are included, marked "cited"; the
same inspection read from several files (a PDF and its text) is one entry.

options:
  -f, --format FORMAT   table (default), csv (a row per judgement, and one per
                        report left out, with the reason) or json
                        (schema judgement.timeline/1)
  -o, --output FILE     write to FILE instead of standard output ('-': standard
                        output)
  -j, --jobs N          parse N files at a time (default 0: one per core)
  -q, --quiet           no progress bar; short options combine: -qj2
  --color WHEN          colour the table's grades by band: auto (default: on a
                        terminal, unless NO_COLOR is set), always or never
  --pdf-layout LAYOUT   physical (default), reading or raw
  --resolve-yearless-dates
                        give dates stated without a year the document's year
  --strict              a document of unknown type, or one from which nothing
                        was read, fails the run (a warning on stderr either way)
  --strict-utf8         refuse input that is not UTF-8
  --max-bytes N         refuse an input of more than N bytes (K, M, G; default 256M)
  --pdf-max-seconds N   give up on a PDF still being read after N seconds (default 30)
  --scales FILE         add the grade scales defined in FILE
  --profiles FILE       add the framework profiles defined in FILE
  -h, --help            show this help

exit status: 0 when every file was read; 1 when any could not be (it is left out
and named on stderr), or under --strict; 2 for a usage error.

examples:
  judgement timeline reports/
  judgement timeline --format csv --output history.csv reports/*.pdf
  judgement timeline --format json reports/ | jq '.providers[].provider'
)";

namespace {

std::string date_text(const TimelineInspection& in) {
  if (!in.dates) return "undated";
  const std::string start = in.dates->start.iso();
  const std::string end = in.dates->end.iso();
  return start == end ? start : start + " to " + end;
}

std::string grade_text(const TimelineJudgement& j) {
  return j.code ? j.grade + " (" + std::to_string(*j.code) + ")" : j.grade;
}

std::string change_text(const TimelineJudgement& j) {
  std::string s(to_string(j.change));
  if (j.previous_grade) s += " (was " + *j.previous_grade + (j.by_band ? ", compared by band" : "") + ")";
  return s;
}

std::string timeline_table(const Timeline& t, const TableStyle& style) {
  std::string out;
  for (const ProviderTimeline& p : t.providers()) {
    out += p.provider + "\n";
    for (const TimelineInspection& in : p.inspections) {
      out += "  ";
      pad(out, date_text(in), 24);
      pad(out, std::string(to_string(in.type)), 23);
      std::string sources;
      for (const std::string& s : in.sources) sources += (sources.empty() ? "" : ", ") + s;
      if (in.cited) sources = "cited";
      if (in.dated_by_citation) sources += " (dated by citation)";
      out += sources + "\n";
      std::size_t area_width = 0;
      std::size_t grade_width = 0;
      for (const TimelineJudgement& j : in.judgements) {
        area_width = std::max(area_width, std::min<std::size_t>(j.area.size(), 48));
        grade_width = std::max(grade_width, grade_text(j).size());
      }
      for (const TimelineJudgement& j : in.judgements) {
        out += "      ";
        pad(out, j.area.size() > 48 ? j.area.substr(0, 45) + "..." : j.area, area_width);
        if (style.color) out += band_color(j.band);
        pad(out, grade_text(j), grade_width);
        pad(out, std::string(to_string(j.band)), 20);
        if (style.color) out += "\x1b[0m";
        out += change_text(j) + "\n";
      }
    }
    out += "\n";
  }
  for (const TimelineOmission& o : t.omitted()) out += "left out: " + o.source + ": " + o.reason + "\n";
  return out;
}

// The timeline CSV's columns; a report left out of every timeline fills `sources` and `left_out`.
constexpr std::array<std::string_view, 23> timeline_columns = {
    "provider", "provider_key", "ons_code", "dfe_la_code", "ofsted_urn", "inspection_start", "inspection_end",
    "document_type", "published", "cited", "sources", "area", "area_id", "grade", "code", "scale", "band",
    "change", "previous_grade", "previous_scale", "previous_band", "by_band", "left_out"};

constexpr std::size_t timeline_column(std::string_view name) {
  std::size_t i = 0;
  while (i < timeline_columns.size() && timeline_columns[i] != name) ++i;
  return i;
}

std::string timeline_csv(const Timeline& t) {
  std::string out;
  // Named as in Python's Timeline.to_frame and the parse CSV, so that they concatenate.
  csv_record(out, timeline_columns);
  for (const ProviderTimeline& p : t.providers()) {
    const RegisterColumns id = register_columns(p.authority);
    for (const TimelineInspection& in : p.inspections) {
      const std::string start = in.dates ? in.dates->start.iso() : std::string();
      const std::string end = in.dates ? in.dates->end.iso() : std::string();
      const std::string published = in.published ? in.published->iso() : std::string();
      std::string sources;
      for (const std::string& s : in.sources) sources += (sources.empty() ? "" : ";") + s;
      for (const TimelineJudgement& j : in.judgements) {
        csv_record(out, {p.provider, p.key, id.ons_code, id.dfe_la_code, id.ofsted_urn, start, end,
                         to_string(in.type), published, in.cited ? "true" : "false", sources, j.area,
                         j.area_id.value_or(""), j.grade, j.code ? std::to_string(*j.code) : "", j.scale,
                         to_string(j.band), to_string(j.change), j.previous_grade.value_or(""),
                         j.previous_scale.value_or(""), j.previous_band ? to_string(*j.previous_band) : "",
                         j.previous_grade ? (j.by_band ? "true" : "false") : "", ""});
      }
    }
  }
  // Reports left out of every timeline (no provider, a citation that matches nothing) are rows
  // too, with their source and the reason, as the JSON lists them under "omitted".
  static_assert(timeline_column("sources") < timeline_columns.size() &&
                timeline_column("left_out") < timeline_columns.size());
  for (const TimelineOmission& left : t.omitted()) {
    std::array<std::string_view, timeline_columns.size()> row{};
    row[timeline_column("sources")] = left.source;
    row[timeline_column("left_out")] = left.reason;
    csv_record(out, row);
  }
  return out;
}

}  // namespace

int timeline_command(const Args& args) {
  for (std::string_view a : args) {
    if (a == "-h" || a == "--help") return write_all(stdout, timeline_help) ? exit_ok : exit_failure;
  }
  ReadingOptions o;
  if (auto e = read_reading_options(args, {"table", "csv", "json"}, {}, o)) return usage_error("timeline", e->message);
  if (o.files.empty()) return usage_error("timeline", "no file or folder given");
  if (o.format.empty()) o.format = "table";

  const Inputs inputs = expand_inputs(o.files);
  if (const auto same = output_is_input(o.output, inputs.paths)) {
    return usage_error("timeline", "--output " + o.output + " is the input " + *same + "; it would be overwritten before it is read");
  }
  o.batch.names = &inputs.names;
  int status = exit_ok;
  for (const std::string& e : inputs.errors) {
    std::fprintf(stderr, "judgement: %s\n", e.c_str());
    status = exit_failure;
  }
  std::vector<Report> reports;
  reports.reserve(inputs.paths.size());
  parse_batch(inputs.paths, o.batch, [&](std::size_t, const std::string& path, Result<Report>& report) {
    if (report) {
      if (warn_if_unread(path, *report) && o.strict) status = exit_failure;
      reports.push_back(std::move(*report));
    } else {
      std::fprintf(stderr, "judgement: %s\n", report.error().message.c_str());
      status = exit_failure;
    }
    return true;
  });
  // The series and scales of the profiles and scales the reports were read by (--profiles, --scales).
  const Timeline timeline = Timeline::build(reports, {.profiles = o.profiles.get(), .scales = o.scales.get()});
  std::string text;
  if (o.format == "json") {
    text = to_json(timeline, {.pretty = true}) + "\n";
  } else if (o.format == "csv") {
    text = timeline_csv(timeline);
  } else {
    text = timeline_table(timeline, TableStyle{.color = use_color(o)});
  }
  std::FILE* out = open_output(o.output);
  if (!out) return exit_failure;
  if (!write_all(out, text)) {
    std::fprintf(stderr, "judgement: cannot write the output\n");
    status = exit_failure;
  }
  if (out != stdout && std::fclose(out) != 0) status = exit_failure;
  return status;
}

}  // namespace judgement::cli
