// Where an offset falls in a text, in the form judgement::Error reports it. Shared by every
// grammar (and by the code that gives grammar output its meaning) so that all positioned
// errors look alike. Private to src/.
#ifndef JUDGEMENT_SRC_GRAMMAR_ERROR_POSITION_HPP
#define JUDGEMENT_SRC_GRAMMAR_ERROR_POSITION_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "judgement/error.hpp"

namespace judgement::grammar {

struct TextPosition {
  std::size_t offset = 0;    ///< clamped to the size of the text
  std::uint32_t line = 1;    ///< 1-based
  std::uint32_t column = 1;  ///< 1-based, in bytes
  /// The line holding the offset (without its line break), "\n", then a caret under the offset.
  std::string excerpt;
};

/// Locates `offset` in `text`. Lines end at "\n"; a "\r" before it is not part of the line.
/// An offset past the end is taken as the end.
TextPosition locate(std::string_view text, std::size_t offset);

/// An error of `code` at `offset` in `text`, with line, column and excerpt filled in.
Error positioned_error(ErrorCode code, std::string message, std::string_view text, std::size_t offset);

}  // namespace judgement::grammar

#endif
