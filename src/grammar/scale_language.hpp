// The scale definition language (docs/scales.md): text in, AST out. The grammar is written
// with Spirit X3, but nothing of X3 shows here, so the rest of the library never includes it
// and the grammar can be replaced without touching its users.
#ifndef JUDGEMENT_SRC_GRAMMAR_SCALE_LANGUAGE_HPP
#define JUDGEMENT_SRC_GRAMMAR_SCALE_LANGUAGE_HPP

#include <string_view>

#include "grammar/scale_ast.hpp"
#include "judgement/error.hpp"

namespace judgement::grammar {

/// Reads `text` as scale definitions. Syntax only: ids, band names, codes and duplicates are
/// taken as written and left for the caller to check. A syntax error comes back as an
/// ErrorCode::scale_definition Error positioned on the offending token; when the text ends too
/// soon, on the end of the last token. Text with no scale in it gives an empty list. Never
/// throws except std::bad_alloc.
Result<scale_ast::ScaleDefs> parse_scale_language(std::string_view text);

}  // namespace judgement::grammar

#endif
