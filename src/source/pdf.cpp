// PDF input: the text of every page through poppler-cpp, pages joined by form feeds so that the
// source stage sees the same page breaks pdftotext writes. Normalising the text (ligatures,
// bullets, hyphens) is the source stage's work, as for any other text.
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "judgement/parse.hpp"

#ifdef JUDGEMENT_HAVE_POPPLER
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#endif

JUDGEMENT_BEGIN_NAMESPACE

bool is_pdf(std::string_view bytes) noexcept {
  // PDF readers accept the header within the first 1024 bytes (ISO 32000-1, annex H).
  const std::size_t at = bytes.substr(0, 1024).find("%PDF-");
  return at != std::string_view::npos;
}

#ifdef JUDGEMENT_HAVE_POPPLER

namespace {

// poppler reports problems it recovers from on stderr unless told otherwise; a library must not
// print, and whatever poppler could not recover from shows up as a failed load below.
void quiet(const std::string&, void*) {}

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
}

poppler::page::text_layout_enum poppler_layout(PdfLayout layout) {
  switch (layout) {
    case PdfLayout::reading_order: return poppler::page::non_raw_non_physical_layout;
    case PdfLayout::raw: return poppler::page::raw_order_layout;
    case PdfLayout::physical: break;
  }
  return poppler::page::physical_layout;
}

}  // namespace

Result<std::string> pdf_text(std::string_view pdf, PdfLayout layout) {
  if (!is_pdf(pdf)) return Error{ErrorCode::pdf, "not a PDF: no %PDF- header in the first 1024 bytes"};
  if (pdf.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return Error{ErrorCode::pdf, "PDF larger than 2 GiB"};
  }
  silence_poppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) return Error{ErrorCode::pdf, "cannot open the PDF: it is corrupt or truncated"};
  if (doc->is_locked()) return Error{ErrorCode::pdf, "cannot open the PDF: it is encrypted and needs a password"};
  const int pages = doc->pages();
  if (pages <= 0) return Error{ErrorCode::pdf, "cannot read the PDF: it has no pages"};
  const auto mode = poppler_layout(layout);
  std::string text;
  text.reserve(static_cast<std::size_t>(pages) * 4096);
  // Each page ends in a form feed, as pdftotext writes it; poppler ends some layouts' pages
  // with one already.
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    const std::size_t page_begin = text.size();
    if (page) {
      const poppler::byte_array utf8 = page->text(poppler::rectf(), mode).to_utf8();
      text.append(utf8.data(), utf8.size());
    }
    // An unreadable page stays an empty page, so later pages keep their numbers.
    if (text.size() == page_begin || text.back() != '\f') text += '\f';
  }
  return text;
}

#else

Result<std::string> pdf_text(std::string_view pdf, PdfLayout) {
  if (!is_pdf(pdf)) return Error{ErrorCode::pdf, "not a PDF: no %PDF- header in the first 1024 bytes"};
  return Error{ErrorCode::pdf, "cannot read PDF: this libjudgement was built without PDF support (JUDGEMENT_PDF=OFF)"};
}

#endif

JUDGEMENT_END_NAMESPACE
