// Reading the shared options: --format, --table, --output, --jobs, --quiet, --strict-utf8,
// --pdf-layout, --due-from, --max-bytes, --pdf-max-seconds.
#include "command_line.hpp"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <cerrno>
#include <limits>

#include "progress.hpp"

namespace judgement::cli {
namespace {

std::string joined(std::initializer_list<std::string_view> values) {
  std::string out;
  std::size_t i = 0;
  for (std::string_view v : values) {
    if (i) out += i + 1 == values.size() ? " or " : ", ";
    out += v;
    ++i;
  }
  return out;
}

bool one_of(std::string_view v, std::initializer_list<std::string_view> values) {
  for (std::string_view x : values) {
    if (x == v) return true;
  }
  return false;
}

// "4096", "64K", "256M", "1G" (binary multiples); nullopt when it is not one or overflows.
std::optional<std::size_t> byte_count(std::string_view v) {
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end == v.data()) return std::nullopt;
  const std::string_view unit = v.substr(static_cast<std::size_t>(end - v.data()));
  int shift = 0;
  if (unit == "K" || unit == "k") {
    shift = 10;
  } else if (unit == "M" || unit == "m") {
    shift = 20;
  } else if (unit == "G" || unit == "g") {
    shift = 30;
  } else if (!unit.empty()) {
    return std::nullopt;
  }
  if (shift && n > (std::numeric_limits<std::size_t>::max() >> shift)) return std::nullopt;
  return n << shift;
}

}  // namespace

std::optional<CommandLineError> read_reading_options(const Args& args, std::initializer_list<std::string_view> formats,
                                                     std::initializer_list<std::string_view> tables,
                                                     ReadingOptions& out) {
  bool only_files = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (only_files || a == "-" || a.empty() || a.front() != '-') {
      out.files.emplace_back(a);
      continue;
    }
    if (a == "--") {
      only_files = true;
      continue;
    }
    // "--name value" or "--name=value".
    std::optional<std::string_view> value;
    std::string_view name = a;
    if (const std::size_t eq = a.find('='); eq != std::string_view::npos && a.starts_with("--")) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    auto take = [&]() -> std::optional<std::string_view> {
      if (value) return value;
      if (i + 1 < args.size()) return args[++i];
      return std::nullopt;
    };
    if (name == "--format") {
      const auto v = take();
      if (!v || !one_of(*v, formats)) return CommandLineError{"--format takes " + joined(formats)};
      out.format = std::string(*v);
    } else if (name == "--table" && tables.size() > 0) {
      const auto v = take();
      if (!v || !one_of(*v, tables)) return CommandLineError{"--table takes " + joined(tables)};
      out.table = std::string(*v);
    } else if (name == "--output" || name == "-o") {
      const auto v = take();
      if (!v || v->empty()) return CommandLineError{"--output needs a file name"};
      out.output = std::string(*v);
    } else if (name == "--jobs" || name == "-j") {
      const auto v = take();
      unsigned n = 0;
      if (!v || std::from_chars(v->data(), v->data() + v->size(), n).ptr != v->data() + v->size() || n > 1024) {
        return CommandLineError{"--jobs takes a number of threads (0 or nothing: every core)"};
      }
      out.batch.jobs = n;
    } else if (name == "--max-bytes") {
      const auto v = take();
      const std::optional<std::size_t> n = v ? byte_count(*v) : std::nullopt;
      if (!n) return CommandLineError{"--max-bytes takes a number of bytes, with K, M or G for KiB, MiB or GiB (0: no bound)"};
      out.batch.parse.max_bytes = *n;
    } else if (name == "--pdf-max-seconds") {
      const auto v = take();
      unsigned seconds = 0;
      if (!v || std::from_chars(v->data(), v->data() + v->size(), seconds).ptr != v->data() + v->size() ||
          seconds > 4'000'000) {
        return CommandLineError{"--pdf-max-seconds takes a number of seconds (0: no bound)"};
      }
      out.batch.parse.pdf_max_milliseconds = seconds * 1000u;
    } else if (name == "--quiet" || name == "-q") {
      if (value) return CommandLineError{"--quiet takes no value"};
      out.quiet = true;
    } else if (name == "--strict-utf8") {
      if (value) return CommandLineError{"--strict-utf8 takes no value"};
      out.batch.parse.utf8 = Utf8Policy::strict;
    } else if (name == "--pdf-layout") {
      const auto v = take();
      if (v == "physical") {
        out.batch.parse.pdf_layout = PdfLayout::physical;
      } else if (v == "reading") {
        out.batch.parse.pdf_layout = PdfLayout::reading_order;
      } else if (v == "raw") {
        out.batch.parse.pdf_layout = PdfLayout::raw;
      } else {
        return CommandLineError{"--pdf-layout takes physical, reading or raw"};
      }
    } else if (name == "--due-from") {
      const auto v = take();
      if (v == "auto") {
        out.batch.parse.timeframe_base = TimeframeBase::automatic;
      } else if (v == "published") {
        out.batch.parse.timeframe_base = TimeframeBase::published;
      } else if (v == "dated") {
        out.batch.parse.timeframe_base = TimeframeBase::document_date;
      } else if (v == "inspected") {
        out.batch.parse.timeframe_base = TimeframeBase::last_inspection_day;
      } else {
        return CommandLineError{"--due-from takes auto, published, dated or inspected"};
      }
    } else {
      return CommandLineError{"unknown option '" + std::string(a) + "'"};
    }
  }
  out.batch.progress = !out.quiet && stderr_is_terminal();
  return std::nullopt;
}

std::FILE* open_output(const std::string& output) {
  if (output.empty()) return stdout;
  std::FILE* f = std::fopen(output.c_str(), "wb");
  if (!f) std::fprintf(stderr, "judgement: %s: %s\n", output.c_str(), std::strerror(errno));
  return f;
}

}  // namespace judgement::cli
