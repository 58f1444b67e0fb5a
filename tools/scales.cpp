// judgement scales: the grade scales every judgement is read against.
#include <algorithm>
#include <string>

#include "cli.hpp"
#include "judgement/json.hpp"
#include "judgement/scale.hpp"

namespace judgement::cli {

const char* const scales_help = R"(usage: judgement scales [--format json|table]

Lists the built-in grade scales, best grade first, with each grade's code and
its band on the common scale (outstanding, good, requires_improvement,
inadequate).

options:
  --format json|table   output format (default: table)
  -h, --help            show this help

examples:
  judgement scales
  judgement scales --format json
)";

namespace {

std::string scales_table(const ScaleRegistry& registry) {
  struct Row {
    std::string scale, code, grade, band, aliases;
  };
  std::vector<Row> rows{{"scale", "code", "grade", "band", "also written"}};
  for (const GradeScale& s : registry.scales()) {
    for (const Grade& g : s.grades()) {
      std::string aliases;
      for (const std::string& a : g.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
      rows.push_back({g.rank == 0 ? s.id() : "", g.code ? std::to_string(*g.code) : "-", g.label,
                      std::string(to_string(g.band)), aliases});
    }
  }
  std::size_t w[4] = {0, 0, 0, 0};
  for (const Row& r : rows) {
    w[0] = std::max(w[0], r.scale.size());
    w[1] = std::max(w[1], r.code.size());
    w[2] = std::max(w[2], r.grade.size());
    w[3] = std::max(w[3], r.band.size());
  }
  std::string out;
  auto cell = [&](const std::string& text, std::size_t width) {
    out += text;
    out.append(width - text.size() + 2, ' ');
  };
  for (const Row& r : rows) {
    cell(r.scale, w[0]);
    cell(r.code, w[1]);
    cell(r.grade, w[2]);
    cell(r.band, w[3]);
    out += r.aliases;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
  }
  return out;
}

}  // namespace

int scales_command(const Args& args) {
  std::string_view format = "table";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (a == "-h" || a == "--help") return write_all(stdout, scales_help) ? exit_ok : exit_failure;
    if (a == "--format" || a.starts_with("--format=")) {
      if (a == "--format") {
        if (i + 1 == args.size()) return usage_error("scales", "--format needs a value: json or table");
        format = args[++i];
      } else {
        format = a.substr(9);
      }
      if (format != "json" && format != "table") {
        return usage_error("scales", "unknown format '" + std::string(format) + "' (json or table)");
      }
      continue;
    }
    return usage_error("scales", "unexpected argument '" + std::string(a) + "'");
  }
  const ScaleRegistry& registry = ScaleRegistry::builtin();
  const std::string out = format == "json" ? scales_to_json(registry, {.pretty = true}) + "\n" : scales_table(registry);
  return write_all(stdout, out) ? exit_ok : exit_failure;
}

}  // namespace judgement::cli
