// The tokens the definition languages share (scales, docs/scales.md; framework profiles,
// docs/adding-a-framework.md): quoted strings, bare words, blanks and comments. Include only
// from a *_def.hpp.
#ifndef JUDGEMENT_SRC_GRAMMAR_DEFINITION_TOKENS_HPP
#define JUDGEMENT_SRC_GRAMMAR_DEFINITION_TOKENS_HPP

#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <iterator>
#include <string>

#include "grammar/grammar_primitives.hpp"
#include "source/utf8.hpp"

namespace judgement::grammar::definition_tokens {

namespace x3 = boost::spirit::x3;

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
      std::size_t bad = 0;
      const std::size_t length = utf8::sequence_length(reinterpret_cast<const unsigned char*>(&*it),
                                                       static_cast<std::size_t>(last - it), &bad);
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

}  // namespace judgement::grammar::definition_tokens

#endif
