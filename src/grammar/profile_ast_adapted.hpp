// Fusion adaptations that let X3 fill the profile AST from rule attributes. Only the grammar
// includes this.
#ifndef JUDGEMENT_SRC_GRAMMAR_PROFILE_AST_ADAPTED_HPP
#define JUDGEMENT_SRC_GRAMMAR_PROFILE_AST_ADAPTED_HPP

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/profile_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::profile_ast::Value, offset, quoted, text)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::profile_ast::Clause, keyword, values)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::profile_ast::Block, kind, id, name, clauses)

#endif
