// The only translation unit that sees the scale grammar: it instantiates the parser for
// `const char*` and turns X3's failures into judgement::Error.
#include "grammar/scale_language.hpp"

#include "grammar/definition_parse.hpp"
#include "grammar/scale_language_def.hpp"

namespace judgement::grammar {

Result<scale_ast::ScaleDefs> parse_scale_language(std::string_view text) {
  return parse_definitions<scale_ast::ScaleDefs>(text, scale_parser::scale_defs, ErrorCode::scale_definition, "scale");
}

}  // namespace judgement::grammar
