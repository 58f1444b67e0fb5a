// print_report: parse one inspection report and print what judgement found in it.
//
//   example_print_report examples/reports/2019-ilacs.txt
//
// Prints the document (type, provider, inspection dates), each judgement (area, grade, code,
// scale, band) and each improvement point (text shortened, timeframe, due date). A file that
// cannot be read is reported on stderr with exit status 1.
#include <cstddef>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include <judgement/judgement.hpp>

namespace {

// "2019-05-13", or "-" where the text gave no date.
std::string date_text(const std::optional<judgement::Date>& date) {
  return date ? date->iso() : std::string("-");
}

// The text on one line, cut to about `width` bytes on a word boundary. The cut never splits a
// UTF-8 character: it only happens at an ASCII space.
std::string shorten(std::string_view text, std::size_t width = 72) {
  std::string out;
  out.reserve(text.size() < width ? text.size() : width + 3);
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) {
      if (out.size() >= width) {
        return out + "...";
      }
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << (argc > 0 ? argv[0] : "print_report") << " FILE\n";
    return 2;
  }

  judgement::ParseOptions options;
  options.name = argv[1];
  judgement::Result<judgement::Report> result = judgement::parse_file(argv[1], options);
  if (!result) {
    // The message names the file ("FILE: No such file or directory").
    std::cerr << "error: " << result.error().to_string() << '\n';
    return 1;
  }
  const judgement::Report& report = result.value();
  const judgement::Document& doc = report.document;

  std::cout << "Document\n";
  std::cout << "  type:        " << judgement::to_string(doc.type) << '\n';
  std::cout << "  provider:    " << doc.provider.value_or("-") << '\n';
  if (doc.inspection_dates) {
    std::cout << "  inspection:  " << doc.inspection_dates->range.start.iso() << " to "
              << doc.inspection_dates->range.end.iso() << '\n';
    for (const judgement::DateRange& period : doc.inspection_dates->periods) {
      std::cout << "    period:    " << period.start.iso() << " to " << period.end.iso() << '\n';
    }
  } else {
    std::cout << "  inspection:  -\n";
  }
  std::cout << "  date:        " << date_text(doc.date) << '\n';
  std::cout << "  published:   " << date_text(doc.published) << '\n';
  for (const judgement::Inspector& inspector : doc.inspectors) {
    std::cout << "  inspector:   " << inspector.name;
    if (inspector.role) {
      std::cout << " (" << *inspector.role << ')';
    }
    std::cout << '\n';
  }

  std::cout << "\nJudgements (" << report.judgements.size() << ")\n";
  for (const judgement::Judgement& j : report.judgements) {
    std::cout << "  " << shorten(j.area, 60) << '\n'
              << "    grade " << j.grade << ", code "
              << (j.code ? std::to_string(*j.code) : std::string("-")) << ", scale " << j.scale
              << ", band " << judgement::to_string(j.band) << '\n';
  }

  std::size_t improvements = 0;
  for (const judgement::Finding& f : report.findings) {
    if (f.kind == judgement::FindingKind::improvement) {
      ++improvements;
    }
  }
  std::cout << "\nImprovement points (" << improvements << ")\n";
  for (const judgement::Finding& f : report.findings) {
    if (f.kind != judgement::FindingKind::improvement) {
      continue;
    }
    std::cout << "  - " << shorten(f.text) << '\n'
              << "    timeframe " << (f.timeframe ? f.timeframe->id() : std::string("-")) << ", due "
              << date_text(f.due) << '\n';
  }
  return 0;
}
