// Fusion adaptations that let X3 fill the date AST from rule attributes. Only the grammar
// includes this.
#ifndef JUDGEMENT_SRC_GRAMMAR_DATE_AST_ADAPTED_HPP
#define JUDGEMENT_SRC_GRAMMAR_DATE_AST_ADAPTED_HPP

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/date_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::Digits, value, length)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::Day, day, month, year)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::Period, first, last)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::PeriodGroup, leading, last)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::Between, first, last)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::MonthFirst, month, day, last_day, year)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::Numeric, day, month, year)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::NumericRange, first, last)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::YearPair, first, second)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::Coarse, month, season, year, next_year)
BOOST_FUSION_ADAPT_STRUCT(judgement::grammar::date_ast::CoarseRange, first, last)

#endif
