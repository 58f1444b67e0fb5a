#include "grammar/error_position.hpp"

#include <algorithm>
#include <utility>

namespace judgement::grammar {

TextPosition locate(std::string_view text, std::size_t offset) {
  TextPosition pos;
  pos.offset = std::min(offset, text.size());
  const std::size_t line_begin = [&] {
    const std::size_t nl = pos.offset == 0 ? std::string_view::npos : text.rfind('\n', pos.offset - 1);
    return nl == std::string_view::npos ? std::size_t{0} : nl + 1;
  }();
  pos.line = static_cast<std::uint32_t>(1 + std::count(text.begin(), text.begin() + line_begin, '\n'));
  pos.column = static_cast<std::uint32_t>(pos.offset - line_begin + 1);

  std::size_t line_end = text.find('\n', line_begin);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (line_end > line_begin && text[line_end - 1] == '\r') --line_end;
  const std::string_view line = text.substr(line_begin, line_end - line_begin);

  pos.excerpt.reserve(2 * line.size() + 3);
  pos.excerpt.append(line);
  pos.excerpt += '\n';
  // One pad per character rather than per byte, and tabs copied as tabs, so that the caret
  // lines up under the offending character in a terminal even after "é" or an indenting tab.
  const std::size_t before = std::min(pos.offset - line_begin, line.size());
  for (std::size_t i = 0; i < before; ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte belongs to the pad before it
    pos.excerpt += c == '\t' ? '\t' : ' ';
  }
  pos.excerpt += '^';
  return pos;
}

Error positioned_error(ErrorCode code, std::string message, std::string_view text, std::size_t offset) {
  TextPosition pos = locate(text, offset);
  Error error;
  error.code = code;
  error.message = std::move(message);
  error.offset = pos.offset;
  error.line = pos.line;
  error.column = pos.column;
  error.excerpt = std::move(pos.excerpt);
  return error;
}

}  // namespace judgement::grammar
