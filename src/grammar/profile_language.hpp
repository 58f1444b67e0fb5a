// The framework profile language (docs/adding-a-framework.md): text in, AST out. Written with
// Spirit X3, none of which shows here.
#ifndef JUDGEMENT_SRC_GRAMMAR_PROFILE_LANGUAGE_HPP
#define JUDGEMENT_SRC_GRAMMAR_PROFILE_LANGUAGE_HPP

#include <string_view>

#include "grammar/profile_ast.hpp"
#include "judgement/error.hpp"

namespace judgement::grammar {

/// Reads `text` as profile and inspectorate blocks. Syntax only: which clauses a block may hold
/// and what their values mean are the caller's to check. A syntax error is an
/// ErrorCode::profile_definition Error positioned on the offending token. Never throws except
/// std::bad_alloc.
Result<profile_ast::Blocks> parse_profile_language(std::string_view text);

}  // namespace judgement::grammar

#endif
