// The grammar of the framework profile language (EBNF in docs/adding-a-framework.md). Included
// only by profile_language.cpp. Attributes build the AST; there are no semantic actions.
#ifndef JUDGEMENT_SRC_GRAMMAR_PROFILE_LANGUAGE_DEF_HPP
#define JUDGEMENT_SRC_GRAMMAR_PROFILE_LANGUAGE_DEF_HPP

#include <boost/spirit/home/x3.hpp>
#include <string>

#include "grammar/definition_tokens.hpp"
#include "grammar/grammar_primitives.hpp"
#include "grammar/profile_ast.hpp"
#include "grammar/profile_ast_adapted.hpp"

namespace judgement::grammar::profile_parser {

namespace x3 = boost::spirit::x3;
using namespace definition_tokens;

/// A whole word from a fixed list, yielding the word.
inline auto one_of(std::initializer_list<const char*> words) {
  auto rest = !x3::char_("a-zA-Z0-9_-");
  x3::symbols<std::string> table;
  for (const char* w : words) table.add(w, w);
  return x3::lexeme[table >> rest];
}

// The words that open a clause. Values that are spelt like one must be quoted.
inline const auto clause_word = one_of({"inspectorate", "kind", "title", "content", "scale", "area", "series",
                                        "held", "published", "mentions", "outcome", "phrases"});
inline const auto block_word = one_of({"profile", "inspectorate", "lexicon"});
inline const auto reserved = clause_word | keyword("end") | keyword("profile");

const x3::rule<class blocks_class, profile_ast::Blocks> blocks = "profile definitions";
const x3::rule<class block_class, profile_ast::Block> block = "a profile";
const x3::rule<class block_kind_class, profile_ast::Value> block_kind = "'profile', 'inspectorate' or 'lexicon'";
const x3::rule<class block_id_class, profile_ast::Value> block_id = "an id after 'profile', 'inspectorate' or 'lexicon'";
const x3::rule<class block_name_class, profile_ast::Value> block_name = "the name in quotes after the id";
const x3::rule<class clause_class, profile_ast::Clause> clause = "a clause";
const x3::rule<class clause_keyword_class, profile_ast::Value> clause_keyword = "a clause keyword";
const x3::rule<class value_class, profile_ast::Value> value = "a value (a quoted string or a word)";
const x3::rule<class block_end_class> block_end =
    "a clause (inspectorate, kind, title, content, scale, area, series, held, published, mentions, outcome, phrases) "
    "or 'end'";
const x3::rule<class text_end_class> text_end = "'profile', 'inspectorate', 'lexicon' or the end of the text";

const auto blocks_def = *block > text_end;
const auto block_def = block_kind > block_id > block_name > *clause > block_end;
const auto block_kind_def = offset_ >> x3::attr(false) >> block_word;
const auto block_id_def = offset_ >> x3::attr(false) >> word;
const auto block_name_def = offset_ >> x3::attr(true) >> quoted_string;
const auto clause_def = clause_keyword > +(-x3::lit(',') >> value);
const auto clause_keyword_def = offset_ >> x3::attr(false) >> clause_word;
const auto value_def = (offset_ >> x3::attr(true) >> quoted_string) | (offset_ >> x3::attr(false) >> (!reserved >> word));
const auto block_end_def = keyword("end");
const auto text_end_def = x3::eoi;

BOOST_SPIRIT_DEFINE(blocks, block, block_kind, block_id, block_name, clause, clause_keyword, value, block_end,
                    text_end)

}  // namespace judgement::grammar::profile_parser

#endif
