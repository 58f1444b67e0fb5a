// What one line looks like on its own: indentation, the marker it starts with (bullet, paragraph
// number, Markdown heading), cells split by wide gaps. Layout decides from these what the line
// belongs to; nothing here looks at a neighbour.
#ifndef JUDGEMENT_SRC_LAYOUT_LINE_HPP
#define JUDGEMENT_SRC_LAYOUT_LINE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace judgement::detail {

enum class Marker : std::uint8_t {
  none,
  bullet,       ///< "• text", "- text", "* text", "– text", "o text"
  number,       ///< "12. text", "- 12. text", "3.14. text", "7.1 text", "1204. text", "10.Text" (glued)
  number_only,  ///< "12." alone: the number of the paragraph that follows
  markdown_heading,
};

struct LineShape {
  std::uint32_t content_length = 0;  ///< of the content (see content()), which starts at content_column
  std::uint32_t indent = 0;  ///< columns of leading space (a tab counts as one)
  std::int32_t number = 0;   ///< the paragraph's own number: 14 for "3.14."
  std::uint32_t content_column = 0;   ///< column where `content` starts
  std::uint32_t gaps = 0;             ///< wide gaps (a tab, or three spaces or more) inside the content
  std::uint32_t last_gap_column = 0;  ///< column where the text after the last wide gap starts
  std::uint32_t label_column = 0;     ///< where the number as printed starts (see number_label)
  std::uint16_t label_length = 0;
  Marker marker = Marker::none;
  std::uint8_t heading_level = 0;  ///< Markdown '#' count
  bool bold = false;               ///< the whole line is **bold** (Markdown)
  bool labelled = false;           ///< starts with a short "Label:" ("Inspection dates:", "Lead inspector:")
  bool blank = false;

  /// The line without leading and trailing space, and without its marker; `line` is the text
  /// the shape was made from. Kept as a place in the line, as the number is.
  [[nodiscard]] std::string_view content(std::string_view line) const {
    return line.substr(content_column, content_length);
  }
  /// The number as printed, without its final dot: "3.14"; `line` is the text the shape was
  /// made from. Kept as a place in the line, so that a shape stays small (one for every line).
  [[nodiscard]] std::string_view number_label(std::string_view line) const {
    return line.substr(label_column, label_length);
  }
};
static_assert(sizeof(LineShape) <= 36, "a shape is kept for every line of the input");

/// With `numbers` false, a leading paragraph number is read as text, and a bullet as a bullet.
LineShape shape_of(std::string_view line, bool numbers = true);

/// True for text that ends a sentence: ".", "?", "!", or one of them before a closing quote or bracket.
bool ends_sentence(std::string_view text);
/// True when `text` starts with a lower-case ASCII letter (a continued sentence).
bool starts_lower(std::string_view text);
/// True when every letter of `text` is upper case and there are at least three.
bool all_capitals(std::string_view text);

}  // namespace judgement::detail

#endif
