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

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/error.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"

namespace judgement::detail {

/// A line of the normalised text: [begin, end) without its line break.
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t at = 0;      ///< where its bytes are: in the original, or (when `edited`) in the edited lines
  std::uint32_t page = 1;  ///< 1-based; form feeds start a new page
  bool edited = false;     ///< normalisation changed the line
  [[nodiscard]] std::size_t size() const { return end - begin; }
};

/// Something the source stage changed that a user should hear about (a replaced byte).
struct SourceNote {
  const char* code;  ///< stable id, e.g. "invalid-utf8"
  std::string message;
  std::size_t begin;  ///< normalised offsets
  std::size_t end;
};

class Source {
 public:
  /// Reads `original`, which must outlive the Source (the report's TextStore keeps it).
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
    std::size_t text;
    std::size_t original;
    bool edited;
  };

  std::string_view original_;
  std::string edited_;      // the normalised text of the lines normalisation changed, one after another
  std::size_t size_ = 0;    // of the normalised text
  char last_break_ = '\0';  // the line break after the last line, if the text ends with one
  std::vector<Line> lines_;
  std::vector<Checkpoint> checkpoints_;
  std::vector<std::size_t> original_line_starts_;
  std::vector<std::size_t> page_starts_;  // normalised offsets where pages 2, 3, ... begin
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
