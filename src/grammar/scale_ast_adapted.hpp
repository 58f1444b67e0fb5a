// Fusion adaptations that let X3 fill the scale AST from rule attributes. Only the grammar
// includes this.
#ifndef JUDGEMENT_SRC_GRAMMAR_SCALE_AST_ADAPTED_HPP
#define JUDGEMENT_SRC_GRAMMAR_SCALE_AST_ADAPTED_HPP

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/scale_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::scale_ast::Token, offset, text)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::scale_ast::GradeDef, label, code, band, aliases)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::scale_ast::ScaleDef, id, name, grades)

#endif
