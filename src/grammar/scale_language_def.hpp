// The grammar of the scale definition language (EBNF in docs/scales.md). Included only by
// scale_language.cpp. Attributes build the AST; there are no semantic actions. Every
// expectation point names what it wanted, and that name is the error message's "expected ...".
#ifndef JUDGEMENT_SRC_GRAMMAR_SCALE_LANGUAGE_DEF_HPP
#define JUDGEMENT_SRC_GRAMMAR_SCALE_LANGUAGE_DEF_HPP

#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

#include "grammar/definition_tokens.hpp"
#include "grammar/grammar_primitives.hpp"
#include "grammar/scale_ast.hpp"
#include "grammar/scale_ast_adapted.hpp"

namespace judgement::grammar::scale_parser {

namespace x3 = boost::spirit::x3;
using namespace definition_tokens;

// What can open a clause after a grade label: '= code', 'band name', 'alias(es) "..."'.
inline const auto clause_start = x3::lit('=') | keyword("band") | keyword("aliases") | keyword("alias");

// Names of rules after an expectation point ('>') are the "expected ..." of error messages.
const x3::rule<class scale_defs_class, scale_ast::ScaleDefs> scale_defs = "scale definitions";
const x3::rule<class scale_def_class, scale_ast::ScaleDef> scale_def = "a scale definition";
const x3::rule<class grade_def_class, scale_ast::GradeDef> grade_def = "a grade";
const x3::rule<class scale_id_class, scale_ast::Token> scale_id = "a scale id after 'scale'";
const x3::rule<class scale_name_class, scale_ast::Token> scale_name =
    "the scale's name in quotes after its id";
const x3::rule<class grade_label_class, scale_ast::Token> grade_label = "a quoted grade label";
const x3::rule<class grade_code_class, scale_ast::Token> grade_code = "a whole number after '='";
const x3::rule<class band_name_class, scale_ast::Token> band_name =
    "a band name after 'band' (outstanding, good, requires_improvement or inadequate)";
const x3::rule<class alias_class, scale_ast::Token> alias = "a quoted alias";
const x3::rule<class alias_list_class, std::vector<scale_ast::Token>> alias_list = "a quoted alias";
const x3::rule<class clause_order_class> clause_order =
    "the next grade or 'end' (a grade's clauses come once each, in the order '= code', 'band', 'alias')";
const x3::rule<class after_name_class> after_name =
    "a quoted grade label after the scale's name (the first quoted string after the id is the name)";
const x3::rule<class scale_end_class> scale_end = "a quoted grade label or 'end'";
const x3::rule<class text_end_class> text_end = "'scale' or the end of the text";

const auto scale_defs_def = *scale_def > text_end;
const auto scale_def_def = keyword("scale") > scale_id > scale_name > after_name > *grade_def > scale_end;
const auto code_clause = x3::lit('=') > grade_code;
const auto band_clause = keyword("band") > band_name;
const auto alias_clause = (keyword("aliases") | keyword("alias")) > alias_list;
const auto grade_def_def = (grade_label >> -code_clause >> -band_clause >> -alias_clause) > clause_order;
const auto scale_id_def = offset_ >> word;
const auto scale_name_def = offset_ >> quoted_string;
const auto grade_label_def = offset_ >> quoted_string;
const auto grade_code_def = offset_ >> number;
const auto band_name_def = offset_ >> word;
const auto alias_def = offset_ >> quoted_string;
const auto alias_list_def = alias > *(x3::lit(',') > alias);
// A clause keyword here can only be a clause out of order or given twice; saying so beats the
// bare "expected 'end'" the scale would otherwise fail with.
const auto clause_order_def = !clause_start;
// A clause keyword straight after the name means the name was left out and the first label
// taken for it.
const auto after_name_def = !clause_start;
const auto scale_end_def = keyword("end");
const auto text_end_def = x3::eoi;

BOOST_SPIRIT_DEFINE(scale_defs, scale_def, grade_def, scale_id, scale_name, grade_label, grade_code,
                    band_name, alias, alias_list, clause_order, after_name, scale_end, text_end)

}  // namespace judgement::grammar::scale_parser

#endif
