// PDF input: the text of every page through poppler's TextOutputDev, pages joined by form feeds
// so that the source stage sees the same page breaks pdftotext writes. Normalising the text
// (ligatures, bullets, hyphens) is the source stage's work, as for any other text.
//
// Two things poppler-cpp cannot do are done here with poppler's core API:
// - A budget. A PDF's drawing can cost far more than its size: form XObjects that each draw
//   others several times make a 2 KB file read hundreds of megabytes and draw millions of
//   glyphs. Every byte poppler reads from the file goes through BudgetStream, every glyph
//   through LayerOutputDev, and both spend one Budget of bytes, glyphs and time, polling the
//   caller's cancel. Once it is spent, every stream reads as ended, so the drawing unwinds at
//   once, and the parse is an error, never a text silently cut short.
// - What the page shows. The text layer can differ from what is drawn: invisible glyphs (text
//   render mode 3, as OCR layers and hidden text use) and a ToUnicode map that gives a glyph
//   another letter's text. Both are counted, and where there are any, the pages are read again
//   as drawn, so that the pipeline can say which facts come from text nobody can see.
#include "source/pdf.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "judgement/parse.hpp"

#ifdef JUDGEMENT_HAVE_POPPLER
#include <Error.h>
#include <ErrorCodes.h>
#include <GfxFont.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <goo/GooString.h>
#include <Object.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#endif

JUDGEMENT_BEGIN_NAMESPACE

bool is_pdf(std::string_view bytes) noexcept {
  // PDF readers accept the header within the first 1024 bytes (ISO 32000-1, annex H).
  const std::size_t at = bytes.substr(0, 1024).find("%PDF-");
  return at != std::string_view::npos;
}

JUDGEMENT_END_NAMESPACE

#ifdef JUDGEMENT_HAVE_POPPLER

namespace judgement::detail {
namespace {

// poppler reports problems it recovers from on stderr unless told otherwise; a library must not
// print, and whatever poppler could not recover from shows up as a failed load below.
void quiet(ErrorCategory, Goffset, const char*) {}

void init_poppler() {
  // poppler's global parameters, made once for the process with errors silenced.
  static const GlobalParamsIniter initer(quiet);
}

// What reading one PDF may spend, shared by its streams and its output device.
class Budget {
 public:
  enum class Stop { none, bytes, glyphs, time, cancelled };

  explicit Budget(const ParseOptions& options)
      : bytes_left_(options.pdf_max_read_bytes ? options.pdf_max_read_bytes : std::numeric_limits<std::uint64_t>::max()),
        max_glyphs_(options.pdf_max_glyphs ? options.pdf_max_glyphs : std::numeric_limits<std::uint64_t>::max()),
        glyphs_left_(max_glyphs_),
        timed_(options.pdf_max_milliseconds != 0),
        deadline_(std::chrono::steady_clock::now() + std::chrono::milliseconds(options.pdf_max_milliseconds)),
        cancel_(options.cancel) {}

  // False once anything is spent: the caller then reads nothing more.
  bool spend_byte() noexcept {
    if (stop_ != Stop::none) return false;
    if (bytes_left_ == 0) return halt(Stop::bytes);
    --bytes_left_;
    return (++polls_ & poll_every) != 0 || poll();
  }
  // A page's glyphs are laid out together when it ends, at a cost that grows faster than
  // their number where they overlap, so the bound is a page's.
  void start_page() noexcept { glyphs_left_ = max_glyphs_; }
  bool spend_glyph() noexcept {
    if (stop_ != Stop::none) return false;
    if (glyphs_left_ == 0) return halt(Stop::glyphs);
    --glyphs_left_;
    return (++polls_ & poll_every) != 0 || poll();
  }
  [[nodiscard]] Stop stop() const noexcept { return stop_; }
  bool check() noexcept { return stop_ == Stop::none && poll(); }

 private:
  static constexpr std::uint64_t poll_every = (1u << 14) - 1;

  bool halt(Stop why) noexcept {
    stop_ = why;
    return false;
  }
  bool poll() noexcept {
    if (timed_ && std::chrono::steady_clock::now() > deadline_) return halt(Stop::time);
    if (cancel_) {
      bool cancelled = true;
      try {
        cancelled = cancel_();
      } catch (...) {  // a callback that throws cancels
      }
      if (cancelled) return halt(Stop::cancelled);
    }
    return true;
  }

  std::uint64_t bytes_left_;
  std::uint64_t max_glyphs_;
  std::uint64_t glyphs_left_;
  bool timed_;
  std::chrono::steady_clock::time_point deadline_;
  const std::function<bool()>& cancel_;
  std::uint64_t polls_ = 0;
  Stop stop_ = Stop::none;
};

// The PDF's bytes as poppler reads them, each byte spent from the budget. Every object and
// content stream poppler reads is a sub-stream of this one, made by makeSubStream, so a form
// drawn a million times is read, and paid for, a million times.
class BudgetStream final : public BaseMemStream<const char> {
 public:
  BudgetStream(const char* data, Goffset start, Goffset length, Object&& dict, Budget& budget)
      : BaseMemStream(data, start, length, std::move(dict)), budget_(budget) {}

  BaseStream* copy() override { return new BudgetStream(buf, getStart(), length, dict.copy(), budget_); }
  Stream* makeSubStream(Goffset start, bool limited, Goffset sub_length, Object&& sub_dict) override {
    const Goffset end = getStart() + length;
    const Goffset n = (!limited || start + sub_length > end) ? end - start : sub_length;
    return new BudgetStream(buf, start, n, std::move(sub_dict), budget_);
  }
  int getChar() override { return budget_.spend_byte() ? BaseMemStream::getChar() : EOF; }
  int lookChar() override { return budget_.stop() == Budget::Stop::none ? BaseMemStream::lookChar() : EOF; }
  int getUnfilteredChar() override { return getChar(); }
  bool hasGetChars() override { return true; }
  int getChars(int count, unsigned char* out) override {
    int n = 0;
    for (int c; n < count && (c = getChar()) != EOF; ++n) out[n] = static_cast<unsigned char>(c);
    return n;
  }

 private:
  Budget& budget_;
};

// The text layer as TextOutputDev reads it, counting (and in `drawn` mode correcting) the
// glyphs whose text is not what the page shows.
// A page's text is written to `text` when the page ends, as pdftotext writes it (and as
// poppler-cpp's page::text gives it).
void append_text(void* text, const char* bytes, int length) {
  if (length > 0) static_cast<std::string*>(text)->append(bytes, static_cast<std::size_t>(length));
}

class LayerOutputDev final : public TextOutputDev {
 public:
  LayerOutputDev(std::string& text, PdfLayout layout, Budget& budget, bool drawn)
      : TextOutputDev(append_text, &text, layout == PdfLayout::physical, 0, layout == PdfLayout::raw, false),
        budget_(budget),
        drawn_(drawn) {}

  void startPage(int page, GfxState* state, XRef* xref) override {
    names_.clear();  // font objects belong to the page
    budget_.start_page();
    TextOutputDev::startPage(page, state, xref);
  }
  // A page cut short by the budget is not laid out: the parse fails, and laying out what was
  // drawn until then could itself take long.
  void endPage() override {
    if (budget_.stop() == Budget::Stop::none) TextOutputDev::endPage();
  }

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y,
                CharCode code, int bytes, const Unicode* u, int u_length) override {
    if (!budget_.spend_glyph()) return;
    // Render modes 3 (neither fill nor stroke) and 7 (clip only) draw nothing.
    if ((state->getRender() & 3) == 3) {
      ++invisible;
      if (drawn_) return;
    } else if (u_length == 1) {
      const Unicode shown = drawn_char(state, code);
      if (shown != 0 && shown != u[0] && is_letter_or_digit(shown) && is_letter_or_digit(u[0])) {
        ++remapped;
        if (drawn_) {
          TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, &shown, 1);
          return;
        }
      }
    }
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_length);
  }

  std::size_t invisible = 0;
  std::size_t remapped = 0;

 private:
  // Only a letter or digit given as another is counted: fonts legitimately give punctuation and
  // spaces other code points (a quote as U+2019, a space as U+00A0).
  static bool is_letter_or_digit(Unicode c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
  }

  // The character a glyph of a simple font draws, by its name in the font's encoding, where
  // that name is a standard one and the font has a ToUnicode map to disagree with it; else 0.
  Unicode drawn_char(GfxState* state, CharCode code) {
    GfxFont* font = state->getFont().get();
    if (font == nullptr || font->isCIDFont() || !font->hasToUnicodeCMap() || code > 255) return 0;
    auto [it, added] = names_.try_emplace(font);
    if (added) {
      char** encoding = static_cast<Gfx8BitFont*>(font)->getEncoding();
      for (std::size_t c = 0; c < 256; ++c) {
        it->second[c] = encoding && encoding[c] ? globalParams->mapNameToUnicodeText(encoding[c]) : 0;
      }
    }
    return it->second[code];
  }

  Budget& budget_;
  bool drawn_;
  std::unordered_map<const GfxFont*, std::array<Unicode, 256>> names_;
};

bool keep_going(void* budget) { return !static_cast<Budget*>(budget)->check(); }

struct Pages {
  std::string text;
  std::size_t invisible = 0;
  std::size_t remapped = 0;
};

// Every page's text, each page ending in a form feed as pdftotext writes it (poppler ends some
// layouts' pages with one already); an unreadable page stays empty, so that later pages keep
// their numbers. `drawn`: as the pages draw it (LayerOutputDev).
Pages read_pages(PDFDoc& doc, PdfLayout layout, Budget& budget, bool drawn) {
  Pages out;
  const int pages = doc.getNumPages();
  out.text.reserve(static_cast<std::size_t>(pages) * 4096);
  for (int i = 1; i <= pages && budget.stop() == Budget::Stop::none; ++i) {
    const std::size_t page_begin = out.text.size();
    if (doc.getPage(i) != nullptr) {
      LayerOutputDev device(out.text, layout, budget, drawn);
      if (device.isOk()) doc.displayPage(&device, i, 72, 72, 0, false, true, false, keep_going, &budget);
      out.invisible += device.invisible;
      out.remapped += device.remapped;
    }
    if (out.text.size() == page_begin || out.text.back() != '\f') out.text += '\f';
  }
  return out;
}

Error over_budget(Budget::Stop stop, const ParseOptions& options) {
  switch (stop) {
    case Budget::Stop::bytes:
      return Error{ErrorCode::limit, "reading the PDF needs more than pdf_max_read_bytes (" +
                                         std::to_string(options.pdf_max_read_bytes) +
                                         " bytes read from its streams): its pages draw the same content many times over "
                                         "(form XObjects drawing each other?)"};
    case Budget::Stop::glyphs:
      return Error{ErrorCode::limit, "a page of the PDF draws more than pdf_max_glyphs (" +
                                         std::to_string(options.pdf_max_glyphs) + ") characters"};
    case Budget::Stop::time:
      return Error{ErrorCode::limit, "reading the PDF took longer than pdf_max_milliseconds (" +
                                         std::to_string(options.pdf_max_milliseconds) + " ms)"};
    case Budget::Stop::cancelled:
    case Budget::Stop::none:
      break;
  }
  return Error{ErrorCode::cancelled, "cancelled while reading the PDF"};
}

}  // namespace

Result<PdfText> extract_pdf(std::string_view pdf, const ParseOptions& options) {
  if (!is_pdf(pdf)) return Error{ErrorCode::pdf, "not a PDF: no %PDF- header in the first 1024 bytes"};
  init_poppler();
  Budget budget(options);  // outlives the document and its streams
  std::unique_ptr<PDFDoc> doc = std::make_unique<PDFDoc>(
      new BudgetStream(pdf.data(), 0, static_cast<Goffset>(pdf.size()), Object(objNull), budget));
  if (budget.stop() != Budget::Stop::none) return over_budget(budget.stop(), options);
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted) return Error{ErrorCode::pdf, "cannot open the PDF: it is encrypted and needs a password"};
    return Error{ErrorCode::pdf, "cannot open the PDF: it is corrupt or truncated"};
  }
  PdfText out;
  out.pages = doc->getNumPages();
  if (out.pages <= 0) return Error{ErrorCode::pdf, "cannot read the PDF: it has no pages"};
  Pages layer = read_pages(*doc, options.pdf_layout, budget, false);
  out.text = std::move(layer.text);
  out.invisible = layer.invisible;
  out.remapped = layer.remapped;
  if (budget.stop() == Budget::Stop::none && (out.invisible > 0 || out.remapped > 0)) {
    out.drawn = read_pages(*doc, options.pdf_layout, budget, true).text;
  }
  if (budget.stop() != Budget::Stop::none) return over_budget(budget.stop(), options);
  return out;
}

}  // namespace judgement::detail

#else

namespace judgement::detail {

Result<PdfText> extract_pdf(std::string_view pdf, const ParseOptions&) {
  if (!is_pdf(pdf)) return Error{ErrorCode::pdf, "not a PDF: no %PDF- header in the first 1024 bytes"};
  return Error{ErrorCode::pdf, "cannot read PDF: this libjudgement was built without PDF support (JUDGEMENT_PDF=OFF)"};
}

}  // namespace judgement::detail

#endif

JUDGEMENT_BEGIN_NAMESPACE

Result<std::string> pdf_text(std::string_view pdf, PdfLayout layout) {
  ParseOptions options;
  options.pdf_layout = layout;
  auto extracted = detail::extract_pdf(pdf, options);
  if (!extracted) return extracted.error();
  return std::move(extracted->text);
}

JUDGEMENT_END_NAMESPACE
