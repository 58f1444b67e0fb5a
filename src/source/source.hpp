// Stage 1 of the pipeline: the bytes as given, checked and normalised into the text every later
// stage reads, with the way back from each offset of that text to the original byte, line and page.
//
// Normalisation keeps offsets cheap to map: CRLF and CR become LF; Unicode spaces become a space;
// ligatures (U+FB00..U+FB06) are spelled out; dash look-alikes (box-drawing line, minus) become an en dash; private-use and geometric bullet glyphs become the
// one bullet U+2022; every Default_Ignorable_Code_Point (soft hyphens, zero-width characters,
// invisible operators, variation selectors, byte-order marks) goes; in a word that mixes Latin
// letters with Cyrillic or Greek ones drawn like Latin letters, those become the Latin letters
// they look like, with a `confusable` note; invalid UTF-8 becomes U+FFFD (or, under the strict
// policy, an error with its offset). Form feeds stay: they are the page breaks.
//
// The normalised text is not kept whole: a line that normalisation left as it was (most lines
// of a report) is read from the original, and only the lines it changed are kept, as copies.
#ifndef JUDGEMENT_SRC_SOURCE_SOURCE_HPP
#define JUDGEMENT_SRC_SOURCE_SOURCE_HPP

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/error.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"

namespace judgement::detail {

/// An offset into a text the source stage read: the original, its normalised form, the lines
/// normalisation changed, or a layout's joined text (never longer than the normalised text).
/// 32 bits, since a line, a block and a piece are kept for every line of a text: Source::load
/// refuses a text, original or normalised, of more than max_input_bytes (4 GiB - 1), so that
/// every offset into one fits.
using Offset = std::uint32_t;
static_assert(max_input_bytes == std::numeric_limits<Offset>::max(), "the bound on input is an Offset's range");

/// `n`, an offset into a text Source::load accepted, as an Offset: the one place where a
/// std::size_t offset becomes 32 bits. That it fits was checked when the text was loaded.
constexpr Offset to_offset(std::size_t n) noexcept {
  assert(n <= max_input_bytes);
  return static_cast<Offset>(n);
}

/// The ErrorCode::limit error for a text of `bytes` bytes (0 when not known) past
/// max_input_bytes; `what` names it ("the input").
Error too_large_to_read(std::string_view what, std::size_t bytes);

/// The most pages a text may have: a line keeps its page in 31 bits.
inline constexpr std::uint32_t max_pages = (std::uint32_t{1} << 31) - 1;

/// A line of the normalised text: [begin, end) without its line break. 16 bytes: one is kept
/// for every line of the input.
struct Line {
  Offset begin = 0;
  Offset end = 0;
  Offset at = 0;  ///< where its bytes are: in the original, or (when `edited`) in the edited lines
  std::uint32_t page : 31 = 1;   ///< 1-based; form feeds start a new page
  std::uint32_t edited : 1 = 0;  ///< normalisation changed the line
  [[nodiscard]] std::size_t size() const { return end - begin; }
};
static_assert(sizeof(Line) == 16, "a line is kept for every line of the input");

/// Something the source stage changed that a user should hear about (a replaced byte).
struct SourceNote {
  const char* code;  ///< stable id, e.g. "invalid-utf8"
  std::string message;
  std::size_t begin;  ///< normalised offsets
  std::size_t end;
};

class Source {
 public:
  /// Reads `original`, which must outlive the Source (the report's TextStore keeps it). A text
  /// of more than max_input_bytes, or one that normalisation would make that long (each byte
  /// that is not UTF-8 becomes a three-byte U+FFFD), or one of more than max_pages pages, is an
  /// ErrorCode::limit error, read no further than needed to tell.
  static Result<Source> load(std::string_view original, Utf8Policy policy = Utf8Policy::replace);

  [[nodiscard]] std::string_view original() const noexcept { return original_; }
  /// The normalised text of a line. The normalised text is not kept whole: a line that
  /// normalisation left as it was is a view of the original, and only the others are copies.
  [[nodiscard]] std::string_view text(const Line& line) const noexcept {
    return {(line.edited ? edited_.data() : original_.data()) + line.at, line.size()};
  }
  /// The normalised text of [begin, end): a view of it when it lies in one line, else a copy
  /// made in `scratch`.
  [[nodiscard]] std::string_view text(std::size_t begin, std::size_t end, std::string& scratch) const;
  /// The size of the normalised text.
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  /// The whole normalised text, assembled (for tests and tools; the stages read lines).
  [[nodiscard]] std::string normalised_text() const;
  /// Every line of the normalised text, split at LF and at form feeds.
  [[nodiscard]] const std::vector<Line>& lines() const noexcept { return lines_; }
  /// True when the input had form feeds, so that pages mean something.
  [[nodiscard]] bool paged() const noexcept { return paged_; }
  [[nodiscard]] const std::vector<SourceNote>& notes() const noexcept { return notes_; }

  /// The byte of the original input that normalised offset `n` came from. Inside an edited
  /// character, its first byte; or, with `as_end`, the byte after its last.
  [[nodiscard]] std::size_t original_offset(std::size_t n, bool as_end = false) const noexcept;
  /// The span of the original input that normalised [begin, end) came from, with the 1-based
  /// original line of `begin` and, for paged input, its page.
  [[nodiscard]] Span span(std::size_t begin, std::size_t end) const noexcept;

 private:
  // Where a stretch of the normalised text starts, and where it came from. A copied stretch maps
  // byte for byte; an edited one (a CRLF, a ligature, a replaced byte) maps as a whole.
  struct Checkpoint {
    Offset text;
    Offset original;
    bool edited;
  };

  std::string_view original_;
  std::string edited_;      // the normalised text of the lines normalisation changed, one after another
  std::size_t size_ = 0;    // of the normalised text
  char last_break_ = '\0';  // the line break after the last line, if the text ends with one
  std::vector<Line> lines_;
  std::vector<Checkpoint> checkpoints_;
  std::vector<Offset> original_line_starts_;
  std::vector<Offset> page_starts_;  // normalised offsets where pages 2, 3, ... begin
  std::vector<SourceNote> notes_;
  bool paged_ = false;
  // Where span() found its last answers: spans are asked for mostly in the order of the text.
  // A Source is read by the one parse that made it, so these need no guard.
  mutable std::size_t checkpoint_hint_ = 0;
  mutable std::size_t line_hint_ = 0;
  mutable std::size_t page_hint_ = 0;
};

}  // namespace judgement::detail

#endif
