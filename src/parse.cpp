// The pipeline: source -> layout -> recognisers -> report.
#include "judgement/parse.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "layout/layout.hpp"
#include "parse_limits.hpp"
#include "profile/lexicon.hpp"
#include "recognise/recognisers.hpp"
#include "report/builder.hpp"
#include "source/pdf.hpp"
#include "source/source.hpp"
#include "source/utf16.hpp"

namespace judgement::detail {

std::size_t input_bound(std::size_t max_bytes) {
  return max_bytes == 0 || max_bytes > max_input_bytes ? max_input_bytes : max_bytes;
}

Error too_large(std::size_t bytes, std::size_t bound) {
  if (bound == max_input_bytes) return too_large_to_read("the input", bytes);
  std::string message = "the input is ";
  if (bytes != 0) message += std::to_string(bytes) + " bytes, ";
  message += "more than max_bytes (" + std::to_string(bound) + " bytes)";
  return Error{ErrorCode::limit, std::move(message)};
}

}  // namespace judgement::detail

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

// True when `text` holds nothing but spaces, line breaks and form feeds.
bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f") == std::string_view::npos;
}

// Where a PDF's text layer differs from what its pages draw (PdfText::drawn), the facts that
// come from text nobody can see: the report's judgements that the drawn text does not give
// alike, each warned of at its evidence.
void warn_of_undrawn_text(detail::ReportBuilder& out, const detail::PdfText& pdf, const Report& drawn, const Span& start) {
  Report& report = out.report();
  std::string summary = "the PDF's text layer differs from what its pages draw:";
  if (pdf.invisible) summary += " " + std::to_string(pdf.invisible) + " characters are not drawn (invisible text, render mode 3)";
  if (pdf.invisible && pdf.remapped) summary += ";";
  if (pdf.remapped) {
    summary += " " + std::to_string(pdf.remapped) + " characters' text (the font's ToUnicode map) is another letter than the glyph drawn";
  }
  summary += "; facts read from such text are warned of where they are";
  out.diagnose(Severity::warning, "pdf-text-not-drawn", summary, start);
  const std::size_t judgements = report.judgements.size();  // diagnose() does not add judgements
  for (std::size_t i = 0; i < judgements; ++i) {
    const Judgement& j = report.judgements[i];
    bool shown = false;
    for (const Judgement& d : drawn.judgements) {
      if (d.grade == j.grade && (j.area_id ? d.area_id == j.area_id : d.area == j.area)) shown = true;
    }
    if (shown) continue;
    std::string message = "the grade '" + std::string(j.grade) + "' of '" + std::string(j.area) +
                          "' is read from text the page does not show as such (invisible, or drawn as other letters)";
    out.diagnose(Severity::warning, "not-drawn", message, j.evidence.empty() ? start : j.evidence.front());
  }
}

}  // namespace

Result<Report> parse(std::string text, const ParseOptions& options) {
  try {
    const std::size_t input_bytes = text.size();
    if (input_bytes > detail::input_bound(options.max_bytes)) return detail::too_large(input_bytes, detail::input_bound(options.max_bytes));
    const bool pdf = is_pdf(text);
    detail::PdfText extracted_pdf;
    if (pdf) {
      auto extracted = detail::extract_pdf(text, options);
      if (!extracted) return extracted.error();
      extracted_pdf = std::move(*extracted);
      text = std::move(extracted_pdf.text);
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

    const ScaleRegistry& scales = options.scales ? *options.scales : ScaleRegistry::builtin();
    const detail::Lexicon& lexicon = (options.profiles ? *options.profiles : ProfileRegistry::builtin()).lexicon();
    const detail::Layout layout = detail::build_layout(*source, scales, &lexicon);
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
    if (pdf && blank(original)) {
      out.diagnose(Severity::warning, "no-text-layer",
                   "the PDF's " + std::to_string(extracted_pdf.pages) +
                       " pages have no text layer (a scan?): nothing could be read; recognise the text (OCR) first",
                   source->span(0, 0));
    }
    if (pdf && !extracted_pdf.drawn.empty()) {
      // The same pipeline over the text as drawn, to tell which facts the drawing does not give.
      ParseOptions as_drawn = options;
      as_drawn.max_bytes = 0;
      const std::string drawn_text = std::move(extracted_pdf.drawn);
      Report drawn;
      drawn.store = std::make_shared<TextStore>(drawn_text);
      auto drawn_source = detail::Source::load(drawn.store->source(), options.utf8);
      if (drawn_source) {
        const detail::Layout drawn_layout = detail::build_layout(*drawn_source, scales, &lexicon);
        detail::ReportBuilder drawn_out(drawn, drawn_layout, as_drawn);
        detail::recognise_document(drawn_out);
        detail::recognise_judgements(drawn_out);
      }
      warn_of_undrawn_text(out, extracted_pdf, drawn, source->span(0, 0));
    }
    return report;
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::out_of_memory, "out of memory while parsing"};
  }
}

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
  try {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Error{ErrorCode::io, path + ": " + std::strerror(errno)};
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, std::fclose);
    // Read into a string of the file's size where the size is known, so that a large file is not
    // held in a buffer grown by doubling (up to twice its size); a pipe, a device or a growing
    // file reads to its end or to max_bytes + 1 bytes, whichever comes first.
    std::string text;
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
      const std::uintmax_t size = std::filesystem::file_size(path, ec);
      if (!ec && max_bytes != 0 && size > max_bytes) {
        Error e = detail::too_large(static_cast<std::size_t>(size), max_bytes);
        e.message = path + ": " + e.message;
        return e;
      }
      if (!ec && size < text.max_size()) text.reserve(static_cast<std::size_t>(size));
    }
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
      text.append(buffer, n);
      if (max_bytes != 0 && text.size() > max_bytes) {
        Error e = detail::too_large(0, max_bytes);
        e.message = path + ": " + e.message;
        return e;
      }
    }
    if (std::ferror(f) != 0) return Error{ErrorCode::io, path + ": " + std::strerror(errno)};
    return text;
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::out_of_memory, path + ": out of memory while reading it"};
  }
}

Result<Report> parse_file(const std::string& path, const ParseOptions& options) {
  auto read = read_file(path, detail::input_bound(options.max_bytes));
  if (!read) return read.error();
  std::string text = std::move(*read);
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
