// Reading the shared options: --format, --table, --output, --jobs, --quiet, --strict-utf8,
// --pdf-layout, --due-from, --resolve-yearless-dates, --strict, --color, --max-bytes, --scales, --profiles,
// --pdf-max-seconds; short options (-f, -j, -o, -q) that combine ("-qj2"); a near match
// suggested for an unknown option.
#include "command_line.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

// The short options: a letter each, some taking a value.
struct ShortOption {
  char letter;
  std::string_view name;
  bool takes_value;
};
constexpr ShortOption short_options[] = {
    {'f', "--format", true}, {'j', "--jobs", true}, {'o', "--output", true}, {'q', "--quiet", false}};

// The long options, for "did you mean".
constexpr std::string_view long_options[] = {
    "--format", "--table", "--output", "--jobs", "--quiet", "--strict-utf8", "--pdf-layout", "--due-from",
    "--resolve-yearless-dates", "--strict", "--color", "--max-bytes", "--pdf-max-seconds", "--scales", "--profiles",
    "--help"};

// "-qj2" as "--quiet --jobs 2", "-ofile" as "--output file"; a cluster with an unknown letter
// is an error.
std::optional<CommandLineError> expand_short(std::string_view a, std::vector<std::string>& out) {
  for (std::size_t k = 1; k < a.size(); ++k) {
    const ShortOption* found = nullptr;
    for (const ShortOption& o : short_options) {
      if (o.letter == a[k]) found = &o;
    }
    if (found == nullptr) {
      return CommandLineError{"unknown option '-" + std::string(1, a[k]) + "'" +
                              (a.size() > 2 ? " in '" + std::string(a) + "'" : std::string()) +
                              " (short options: -f FORMAT, -j N, -o FILE, -q)"};
    }
    out.emplace_back(found->name);
    if (found->takes_value) {
      if (k + 1 < a.size()) out.emplace_back(a.substr(k + 1));
      return std::nullopt;  // the rest of the cluster is the value; else the next argument is
    }
  }
  return std::nullopt;
}

// Levenshtein distance, for suggestions among a dozen short names.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string unknown_option(std::string_view name) {
  std::string message = "unknown option '" + std::string(name) + "'";
  std::string_view best;
  std::size_t best_distance = 3;  // suggest only what is a slip away
  for (std::string_view o : long_options) {
    const std::size_t d = o.starts_with(name) && name.size() > 3 ? 1 : distance(name, o);
    if (d < best_distance) {
      best = o;
      best_distance = d;
    }
  }
  if (!best.empty()) message += "; did you mean '" + std::string(best) + "'?";
  return message;
}

std::optional<CommandLineError> read_long_options(const std::vector<std::string_view>& args,
                                                  std::initializer_list<std::string_view> formats,
                                                  std::initializer_list<std::string_view> tables,
                                                  ReadingOptions& out);

}  // namespace

std::optional<CommandLineError> read_reading_options(const Args& args, std::initializer_list<std::string_view> formats,
                                                     std::initializer_list<std::string_view> tables,
                                                     ReadingOptions& out) {
  std::vector<std::string> expanded;
  expanded.reserve(args.size());
  bool files_only = false;
  for (std::string_view a : args) {
    if (!files_only && a.size() > 1 && a[0] == '-' && a[1] != '-') {
      if (auto e = expand_short(a, expanded)) return e;
      continue;
    }
    files_only = files_only || a == "--";
    expanded.emplace_back(a);
  }
  const std::vector<std::string_view> all(expanded.begin(), expanded.end());
  return read_long_options(all, formats, tables, out);
}

namespace {

std::optional<CommandLineError> read_long_options(const std::vector<std::string_view>& args,
                                                  std::initializer_list<std::string_view> formats,
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
      if (!n) return CommandLineError{"--max-bytes takes a number of bytes, with K, M or G for KiB, MiB or GiB (0: none but the library's, 4 GiB - 1 bytes)"};
      out.batch.parse.max_bytes = *n;
    } else if (name == "--pdf-max-seconds") {
      const auto v = take();
      unsigned seconds = 0;
      if (!v || std::from_chars(v->data(), v->data() + v->size(), seconds).ptr != v->data() + v->size() ||
          seconds > 4'000'000) {
        return CommandLineError{"--pdf-max-seconds takes a number of seconds (0: no bound)"};
      }
      out.batch.parse.pdf_max_milliseconds = seconds * 1000u;
    } else if (name == "--scales" || name == "--profiles") {
      // Definitions in the scale or profile language, added to the built-in ones; a file that
      // cannot be read or a definition refused is a usage error with its position.
      const auto v = take();
      if (!v || v->empty()) return CommandLineError{std::string(name) + " needs a file of definitions"};
      const std::string file(*v);
      auto text = read_file(file, std::size_t{16} << 20);
      if (!text) return CommandLineError{text.error().to_string()};
      if (name == "--scales") {
        if (!out.scales) out.scales = std::make_shared<ScaleRegistry>(ScaleRegistry::builtin());
        if (auto added = out.scales->define(*text); !added) return CommandLineError{file + ": " + added.error().to_string()};
        out.batch.parse.scales = out.scales.get();
      } else {
        if (!out.profiles) out.profiles = std::make_shared<ProfileRegistry>(ProfileRegistry::builtin());
        if (auto added = out.profiles->define(*text); !added) {
          return CommandLineError{file + ": " + added.error().to_string()};
        }
        out.batch.parse.profiles = out.profiles.get();
      }
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
    } else if (name == "--resolve-yearless-dates") {
      if (value) return CommandLineError{"--resolve-yearless-dates takes no value"};
      out.batch.parse.resolve_yearless_dates = true;
    } else if (name == "--strict") {
      if (value) return CommandLineError{"--strict takes no value"};
      out.strict = true;
    } else if (name == "--color" || name == "--colour") {
      const auto v = take();
      if (v != "auto" && v != "always" && v != "never") return CommandLineError{"--color takes auto, always or never"};
      out.color = std::string(*v);
    } else {
      return CommandLineError{unknown_option(name)};
    }
  }
  out.batch.progress = !out.quiet && stderr_is_terminal();
  return std::nullopt;
}

}  // namespace

bool use_color(const ReadingOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return (options.output.empty() || options.output == "-") && ::isatty(1) == 1;
}

std::FILE* open_output(const std::string& output) {
  if (output.empty() || output == "-") return stdout;
  std::FILE* f = std::fopen(output.c_str(), "wb");
  if (!f) std::fprintf(stderr, "judgement: %s: %s\n", output.c_str(), std::strerror(errno));
  return f;
}

}  // namespace judgement::cli
