// The only translation unit that sees the profile grammar: it instantiates the parser for
// `const char*` and turns X3's failures into judgement::Error.
#include "grammar/profile_language.hpp"

#include <string>
#include <utility>

#include "grammar/error_position.hpp"
#include "grammar/profile_language_def.hpp"

namespace judgement::grammar {

Result<profile_ast::Blocks> parse_profile_language(std::string_view text) {
  namespace x3 = boost::spirit::x3;
  using Iterator = const char*;
  const Iterator begin = text.data();
  const Iterator last = begin + text.size();
  Iterator first = begin;
  // A byte order mark is how some editors start a UTF-8 file; it is not text.
  if (text.starts_with("\xEF\xBB\xBF")) first += 3;

  const auto error_at = [&](Iterator where, std::string message) {
    return positioned_error(ErrorCode::profile_definition, std::move(message), text,
                            static_cast<std::size_t>(where - begin));
  };

  profile_ast::Blocks defs;
  try {
    const auto parser = x3::with<source_begin_tag>(begin)[profile_parser::blocks];
    if (!x3::phrase_parse(first, last, parser, profile_parser::skipper, defs)) {
      // The grammar ends in an expectation, so it throws rather than fails; kept for safety.
      return error_at(first, "expected 'profile'");
    }
  } catch (const x3::expectation_failure<Iterator>& e) {
    // X3 reports the position before the blanks and comments that precede the offending
    // token; point at the token itself, or, when the text ran out, just after the last token.
    Iterator token = e.where();
    x3::parse(token, last, *profile_parser::skipper);
    std::string message = "expected ";
    message += e.which();
    if (token != last) return error_at(token, std::move(message));
    message += ", found the end of the text";
    return error_at(e.where(), std::move(message));
  } catch (const SyntaxError& e) {
    return positioned_error(ErrorCode::profile_definition, e.what(), text, e.offset());
  }
  return defs;
}

}  // namespace judgement::grammar
