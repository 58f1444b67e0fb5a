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

#include "grammar/grammar_primitives.hpp"
#include "grammar/scale_ast.hpp"
#include "grammar/scale_ast_adapted.hpp"

namespace judgement::grammar::scale_parser {

namespace x3 = boost::spirit::x3;

/// Bytes in the well-formed UTF-8 sequence at `p` (at most `n` available), or 0 when it is
/// ill-formed: overlong forms, surrogates and code points past U+10FFFF are refused.
inline std::size_t utf8_length(const unsigned char* p, std::size_t n) noexcept {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (n < need) return 0;
  for (std::size_t i = 1; i < need; ++i) {
    const unsigned char b = p[i];
    if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) return 0;
  }
  return need;
}

/// A double-quoted string on one line, with \" and \\ as its only escapes; yields the text
/// between the quotes with escapes resolved. Written by hand rather than composed from X3
/// primitives so that each way of getting a string wrong gets its own message and position:
/// an unterminated string is shown at its opening quote, a bad escape at its backslash.
struct quoted_string_parser : x3::parser<quoted_string_parser> {
  using attribute_type = std::string;
  static const bool has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    if (first == last || *first != '"') return false;
    const auto offset_of = [begin = x3::get<source_begin_tag>(context)](Iterator it) {
      return static_cast<std::size_t>(it - begin);
    };
    const auto unterminated = [&] {
      return SyntaxError(offset_of(first),
                         "unterminated string: a quoted string must end with '\"' on the line it starts");
    };
    std::string value;
    Iterator it = std::next(first);
    for (;;) {
      if (it == last || *it == '\n' || *it == '\r') throw unterminated();
      const char c = *it;
      if (c == '"') break;
      if (c == '\\') {
        const Iterator escaped = std::next(it);
        if (escaped == last || *escaped == '\n' || *escaped == '\r') throw unterminated();
        if (*escaped != '"' && *escaped != '\\') {
          throw SyntaxError(offset_of(it),
                            "unknown escape in a quoted string: the only escapes are \\\" and \\\\");
        }
        value += *escaped;
        it = std::next(escaped);
        continue;
      }
      const auto byte = static_cast<unsigned char>(c);
      if ((byte < 0x20 && c != '\t') || byte == 0x7F) {
        throw SyntaxError(offset_of(it), "control character in a quoted string");
      }
      const std::size_t length =
          utf8_length(reinterpret_cast<const unsigned char*>(&*it), static_cast<std::size_t>(last - it));
      if (length == 0) throw SyntaxError(offset_of(it), "invalid UTF-8 in a quoted string");
      value.append(it, it + static_cast<std::ptrdiff_t>(length));
      it += static_cast<std::ptrdiff_t>(length);
    }
    first = std::next(it);
    x3::traits::move_to(std::move(value), attr);
    return true;
  }
};
inline constexpr quoted_string_parser quoted_string{};

// Character sets are spelt out rather than taken from x3::space or x3::alnum: those follow the
// global locale, where a byte of a UTF-8 sequence may count as a space.
inline const auto blank = x3::char_(" \t\r\n\v\f");
inline const auto comment = x3::lit('#') >> *~x3::char_('\n');
inline const auto skipper = blank | comment;

// Ids and band names are read as any run of bytes up to a blank or punctuation the language
// uses, and checked later, so that "Care_Inspectorate" is refused as a bad id rather than read
// as an id followed by stray text.
inline const auto word = x3::lexeme[+~x3::char_(" \t\r\n\v\f\"#,=")];
// A code is digits with an optional minus sign, kept as written; its range is checked later.
inline const auto number =
    x3::raw[x3::lexeme[-x3::lit('-') >> +x3::char_('0', '9') >> !x3::char_("a-zA-Z0-9_")]];

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
