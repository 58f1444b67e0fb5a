// The pipeline: source -> layout -> recognisers -> report.
#include "judgement/parse.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "layout/layout.hpp"
#include "recognise/recognisers.hpp"
#include "report/builder.hpp"
#include "source/source.hpp"
#include "source/utf16.hpp"

JUDGEMENT_BEGIN_NAMESPACE

namespace {

SourceFormat format_of(std::string_view text) {
  // Markdown-ish: headings or bold lines as a converter to Markdown writes them.
  for (std::size_t at = 0; at < text.size() && at < 4096;) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("**")) return SourceFormat::markdown;
    at = end + 1;
  }
  return SourceFormat::text;
}

}  // namespace

Result<Report> parse(std::string text, const ParseOptions& options) {
  try {
    const std::size_t input_bytes = text.size();
    const bool pdf = is_pdf(text);
    if (pdf) {
      auto extracted = pdf_text(text, options.pdf_layout);
      if (!extracted) return extracted.error();
      text = std::move(*extracted);
    }
    // UTF-16 is read as the UTF-8 it stands for; as for a PDF, spans then point into that text.
    const std::string_view utf16 = pdf ? std::string_view() : detail::utf16_encoding(text);
    std::size_t utf16_replaced = 0;
    if (!utf16.empty()) {
      auto utf8 = detail::utf16_to_utf8(text, options.utf8, utf16_replaced);
      if (!utf8) return utf8.error();
      text = std::move(*utf8);
    }
    Report report;
    report.store = std::make_shared<TextStore>(std::move(text));
    const std::string_view original = report.store->source();
    auto source = detail::Source::load(original, options.utf8);
    if (!source) return source.error();
    report.source.name = report.store->keep(options.name);
    report.source.bytes = input_bytes;
    report.source.format = pdf ? SourceFormat::pdf : format_of(original);

    const detail::Layout layout =
        detail::build_layout(*source, options.scales ? *options.scales : ScaleRegistry::builtin());
    detail::ReportBuilder out(report, layout, options);
    if (!utf16.empty()) {
      std::string message = "read as " + std::string(utf16) + " and converted to UTF-8; spans are offsets into the UTF-8 text";
      if (utf16_replaced) message += "; " + std::to_string(utf16_replaced) + " invalid code units replaced by U+FFFD";
      out.diagnose(utf16_replaced ? Severity::warning : Severity::info, "transcoded", message, source->span(0, 0));
    }
    for (const detail::SourceNote& note : source->notes()) {
      out.diagnose(Severity::warning, note.code, note.message, source->span(note.begin, note.end));
    }
    for (const detail::Stage& stage : detail::pipeline) stage.run(out);
    return report;
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::invalid_argument, "out of memory while parsing"};
  }
}

Result<Report> parse_file(const std::string& path, const ParseOptions& options) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Error{ErrorCode::io, path + ": " + std::strerror(errno)};
  // Read into a string of the file's size where the size is known, so that a large file is not
  // held in a buffer grown by doubling (up to twice its size); a pipe or a growing file still
  // reads to its end.
  std::string text;
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) {
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && size < text.max_size()) {
      try {
        text.reserve(static_cast<std::size_t>(size));
      } catch (const std::bad_alloc&) {
        std::fclose(f);
        return Error{ErrorCode::io, path + ": too large to hold in memory"};
      }
    }
  }
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
  const bool failed = std::ferror(f) != 0;
  const int error = errno;
  std::fclose(f);
  if (failed) return Error{ErrorCode::io, path + ": " + std::strerror(error)};
  ParseOptions named = options;
  if (named.name.empty()) {
    const std::size_t slash = path.find_last_of('/');
    named.name = slash == std::string::npos ? path : path.substr(slash + 1);
  }
  auto report = parse(std::move(text), named);
  if (!report) {
    Error e = report.error();
    e.message = path + ": " + e.message;
    return e;
  }
  return report;
}

JUDGEMENT_END_NAMESPACE
