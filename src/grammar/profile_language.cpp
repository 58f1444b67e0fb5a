// The only translation unit that sees the profile grammar: it instantiates the parser for
// `const char*` and turns X3's failures into judgement::Error.
#include "grammar/profile_language.hpp"

#include "grammar/definition_parse.hpp"
#include "grammar/profile_language_def.hpp"

namespace judgement::grammar {

Result<profile_ast::Blocks> parse_profile_language(std::string_view text) {
  return parse_definitions<profile_ast::Blocks>(text, profile_parser::blocks, ErrorCode::profile_definition, "profile");
}

}  // namespace judgement::grammar
