// PDF input, as the pipeline reads it: the text layer of every page, with what the pages draw
// where that differs, within a budget of time, bytes read and glyphs, and cancellable.
#ifndef JUDGEMENT_SRC_SOURCE_PDF_HPP
#define JUDGEMENT_SRC_SOURCE_PDF_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "judgement/error.hpp"
#include "judgement/parse.hpp"

namespace judgement::detail {

struct PdfText {
  /// The text layer, as a text extractor reads it: pages separated by form feeds.
  std::string text;
  /// The text as the pages draw it, where that differs from the text layer (else empty): glyphs
  /// that are not drawn (text render mode 3, or 7) left out, and a glyph whose ToUnicode text is
  /// not the glyph's own name given as the glyph.
  std::string drawn;
  std::size_t invisible = 0;  ///< glyphs in the text layer that are not drawn
  std::size_t remapped = 0;   ///< glyphs whose text (ToUnicode) is not the glyph drawn
  int pages = 0;
};

/// The text of a PDF within options' budget (pdf_max_milliseconds, pdf_max_read_bytes,
/// pdf_max_glyphs; ErrorCode::limit past one) and cancel (ErrorCode::cancelled).
[[nodiscard]] Result<PdfText> extract_pdf(std::string_view pdf, const ParseOptions& options);

}  // namespace judgement::detail

#endif
