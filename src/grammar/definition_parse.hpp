// Running a definition-language grammar (scales, profiles) over a text: the byte-order mark
// skipped, X3's failures turned into positioned judgement::Errors of one code. Include only from
// the .cpp that instantiates a grammar.
#ifndef JUDGEMENT_SRC_GRAMMAR_DEFINITION_PARSE_HPP
#define JUDGEMENT_SRC_GRAMMAR_DEFINITION_PARSE_HPP

#include <boost/spirit/home/x3.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "grammar/definition_tokens.hpp"
#include "grammar/error_position.hpp"
#include "grammar/grammar_primitives.hpp"
#include "judgement/error.hpp"

namespace judgement::grammar {

/// Reads `text` with `grammar` into an `Ast`; a failure is an Error of `code` positioned on the
/// offending token (or, when the text ran out, just after the last one). `first_word` is what a
/// text must start with, for the message of a grammar that fails without an expectation.
template <class Ast, class Grammar>
Result<Ast> parse_definitions(std::string_view text, const Grammar& grammar, ErrorCode code, const char* first_word) {
  namespace x3 = boost::spirit::x3;
  using Iterator = const char*;
  const Iterator begin = text.data();
  const Iterator last = begin + text.size();
  Iterator first = begin;
  // A byte order mark is how some editors start a UTF-8 file; it is not text.
  if (text.starts_with("\xEF\xBB\xBF")) first += 3;

  const auto error_at = [&](Iterator where, std::string message) {
    return positioned_error(code, std::move(message), text, static_cast<std::size_t>(where - begin));
  };

  Ast ast;
  try {
    const auto parser = x3::with<source_begin_tag>(begin)[grammar];
    if (!x3::phrase_parse(first, last, parser, definition_tokens::skipper, ast)) {
      // The grammars end in an expectation, so they throw rather than fail; kept for safety.
      return error_at(first, std::string("expected '") + first_word + "'");
    }
  } catch (const x3::expectation_failure<Iterator>& e) {
    // X3 reports the position before the blanks and comments that precede the offending
    // token; point at the token itself, or, when the text ran out, just after the last token.
    Iterator token = e.where();
    x3::parse(token, last, *definition_tokens::skipper);
    std::string message = "expected ";
    message += e.which();
    if (token != last) return error_at(token, std::move(message));
    message += ", found the end of the text";
    return error_at(e.where(), std::move(message));
  } catch (const SyntaxError& e) {
    return positioned_error(code, e.what(), text, e.offset());
  }
  return ast;
}

}  // namespace judgement::grammar

#endif
