// Small X3 building blocks shared by the grammars in src/grammar/: token offsets without
// semantic actions, whole-word keywords, and an error that carries its own message. Include
// only from a *_def.hpp.
#ifndef JUDGEMENT_SRC_GRAMMAR_GRAMMAR_PRIMITIVES_HPP
#define JUDGEMENT_SRC_GRAMMAR_GRAMMAR_PRIMITIVES_HPP

#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace judgement::grammar {

namespace x3 = boost::spirit::x3;

/// Context key for the start of the text: put it in with x3::with<source_begin_tag>(begin)
/// so that offset_ can report offsets from it.
struct source_begin_tag;

/// Consumes nothing but the skipper and yields the byte offset of the next token, so that
/// `offset_ >> token` fills a {offset, text} struct through attributes alone.
struct offset_parser : x3::parser<offset_parser> {
  using attribute_type = std::size_t;
  static const bool has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    const auto offset = static_cast<std::size_t>(first - x3::get<source_begin_tag>(context));
    x3::traits::move_to(offset, attr);
    return true;
  }
};
inline constexpr offset_parser offset_{};

/// `word` as a whole word: "end" does not match the start of "endless". Word characters are
/// ASCII letters, digits, '_' and '-', spelt out because the <cctype> classes follow the
/// global locale, which the host program may have changed.
inline auto keyword(const char* word) { return x3::lexeme[x3::lit(word) >> !x3::char_("a-zA-Z0-9_-")]; }

/// Thrown from inside a parser that knows the whole message and its position better than an
/// expectation point would say it (an unterminated string is best shown at its opening quote).
/// The grammar's entry point catches it; it never leaves src/grammar/.
class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(std::size_t offset, const std::string& message)
      : std::runtime_error(message), offset_(offset) {}
  [[nodiscard]] std::size_t offset() const noexcept { return offset_; }

 private:
  std::size_t offset_;
};

}  // namespace judgement::grammar

#endif
