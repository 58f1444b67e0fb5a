// judgement: reading a document into a Report.
#ifndef JUDGEMENT_PARSE_HPP
#define JUDGEMENT_PARSE_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "judgement/config.hpp"
#include "judgement/error.hpp"
#include "judgement/profile.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

JUDGEMENT_BEGIN_NAMESPACE

/// What to do with bytes that are not UTF-8.
enum class Utf8Policy {
  replace,  ///< read each bad byte as U+FFFD and say so in an "invalid-utf8" diagnostic
  strict,   ///< refuse the input: an ErrorCode::encoding error with the offset
};

/// How text is taken out of a PDF.
enum class PdfLayout {
  physical,       ///< as the page shows it, like `pdftotext -layout`: table rows stay on one line (default)
  reading_order,  ///< columns in reading order; table cells each on their own line
  raw,            ///< the order of the content stream, like `pdftotext -raw`
};

/// The date a finding's timeframe ("within 3 months") counts from to give its due date.
enum class TimeframeBase {
  automatic,            ///< the publication date, else the document's date, else the last inspection day
  published,            ///< the publication date only
  document_date,        ///< the document's own date only
  last_inspection_day,  ///< the last day of the inspection only
};

/// The largest input parsed by default (ParseOptions::max_bytes): 256 MiB, far above any real
/// report, low enough that /dev/zero or a runaway pipe ends in an error, not out of memory.
inline constexpr std::size_t default_max_bytes = std::size_t{256} << 20;

/// The largest input judgement reads, whatever ParseOptions::max_bytes says (0 included):
/// 4 GiB - 1 bytes, since offsets into a text are kept in 32 bits (a few tables of them are
/// kept for every line). A larger input is an ErrorCode::limit error, refused from its size
/// before it is read; so is text that comes out larger (a PDF's text, UTF-16 converted to
/// UTF-8, or text whose bytes that are not UTF-8 each become the three bytes of U+FFFD).
inline constexpr std::size_t max_input_bytes = 0xFFFF'FFFF;

/// The defaults of the PDF budget (ParseOptions::pdf_max_*).
inline constexpr std::uint32_t default_pdf_max_milliseconds = 30'000;
inline constexpr std::uint64_t default_pdf_max_read_bytes = std::uint64_t{1} << 30;
inline constexpr std::uint64_t default_pdf_max_glyphs = 200'000;

struct ParseOptions {
  Utf8Policy utf8 = Utf8Policy::replace;
  /// The name the report gives its source ("-" for standard input); empty by default.
  std::string name;
  /// The scales judgements are read against; nullptr for the built-in registry. It must outlive
  /// the parse call only (the report copies what it keeps).
  const ScaleRegistry* scales = nullptr;
  /// The framework profiles documents are read by; nullptr for the built-in registry. It must
  /// outlive the parse call only.
  const ProfileRegistry* profiles = nullptr;
  /// Give dates stated without a year ("on 13 and 14 July") the year of the document's own date.
  /// Off by default: a date is never guessed unless asked for. (A visit letter's own visit days
  /// are the one exception: they are the visit the letter reports, so its inspection dates take
  /// the letter's year, with a `visit-year-from-letter` note.)
  bool resolve_yearless_dates = false;
  /// How text is taken out of a PDF; ignored for text input.
  PdfLayout pdf_layout = PdfLayout::physical;
  /// Where due dates count from. Where the chosen date is not in the document, findings keep
  /// their timeframe and have no due date.
  TimeframeBase timeframe_base = TimeframeBase::automatic;
  /// The most bytes of input parsed (or read, by parse_file); a larger input is an
  /// ErrorCode::limit error. 0 for no bound but max_input_bytes (4 GiB - 1), which holds
  /// whatever this says.
  std::size_t max_bytes = default_max_bytes;
  /// Bounds on reading a PDF, whose drawing can cost far more than its size (form XObjects that
  /// each draw others several times over make a 2 KB file draw millions of glyphs): past any of
  /// them the parse is an ErrorCode::limit error that says which. 0 for no bound. The defaults
  /// are far above what a real report needs.
  std::uint32_t pdf_max_milliseconds = default_pdf_max_milliseconds;  ///< wall-clock time
  std::uint64_t pdf_max_read_bytes = default_pdf_max_read_bytes;      ///< bytes read from the PDF, each time read
  std::uint64_t pdf_max_glyphs = default_pdf_max_glyphs;              ///< characters drawn on one page
  /// Polled, on the parsing thread, while a PDF is read (every 16384 bytes read or glyphs
  /// drawn): returning true stops the parse with an ErrorCode::cancelled error. Empty: never.
  std::function<bool()> cancel = {};
};

/// True when `bytes` are a PDF: they begin with "%PDF-", perhaps after a few bytes of junk
/// (the format allows the header anywhere in the first 1024 bytes).
[[nodiscard]] JUDGEMENT_API bool is_pdf(std::string_view bytes) noexcept;

/// The text of a PDF, pages separated by form feeds, as `layout` lays it out. A PDF that cannot
/// be opened (corrupt, truncated, encrypted) is an ErrorCode::pdf error saying which; so is
/// every PDF when the library was built without PDF support (JUDGEMENT_PDF=OFF).
[[nodiscard]] JUDGEMENT_API Result<std::string> pdf_text(std::string_view pdf, PdfLayout layout = PdfLayout::physical);

/// Parses a document held in memory: plain text, Markdown-ish text or a PDF, told apart by
/// content (is_pdf), never by name. For a PDF the report's spans are offsets into its
/// extracted text, with pages. Text that starts with a UTF-16 byte-order mark is converted to
/// UTF-8 first (a "transcoded" diagnostic says so) and spans are offsets into the UTF-8 text. Content problems never fail the parse: they are diagnostics on
/// the report. The only errors are input that cannot be read at all: bad UTF-8 under
/// Utf8Policy::strict, a PDF that cannot be opened, an input larger than options.max_bytes or
/// max_input_bytes (ErrorCode::limit) and running out of memory (ErrorCode::out_of_memory).
[[nodiscard]] JUDGEMENT_API Result<Report> parse(std::string text, const ParseOptions& options = {});

/// The bytes of a file, read to its end but no further than `max_bytes` (0 for no bound): a
/// larger file, or a device or pipe that gives more (/dev/zero), is an ErrorCode::limit error
/// after reading max_bytes + 1 bytes at most. An unreadable file is an ErrorCode::io error.
/// Every error message starts with the path.
[[nodiscard]] JUDGEMENT_API Result<std::string> read_file(const std::string& path, std::size_t max_bytes = default_max_bytes);

/// Reads and parses a file (text or PDF). An unreadable file is an ErrorCode::io error naming
/// it; every other error names it too. A file larger than options.max_bytes, or than
/// max_input_bytes when max_bytes is 0, is refused from its size, unread.
[[nodiscard]] JUDGEMENT_API Result<Report> parse_file(const std::string& path, const ParseOptions& options = {});

JUDGEMENT_END_NAMESPACE

#endif
