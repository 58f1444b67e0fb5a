// Fusion adaptations that let X3 fill the quantity AST from rule attributes. Only the grammar
// includes this.
#ifndef JUDGEMENT_SRC_GRAMMAR_QUANTITY_AST_ADAPTED_HPP
#define JUDGEMENT_SRC_GRAMMAR_QUANTITY_AST_ADAPTED_HPP

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/quantity_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::quantity_ast::Bound, amount, unit)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::quantity_ast::Figure, qualifier, bound)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::quantity_ast::Change, from, to)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::quantity_ast::Range, low, high)

#endif
