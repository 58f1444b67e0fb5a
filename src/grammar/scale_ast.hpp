// The scale definition language as written: what the grammar read, with the byte offset of
// every token, before any meaning or checking is given to it (src/scale/define.cpp does that).
// Plain standard-library types only, so code outside src/grammar/ can read it without X3.
#ifndef JUDGEMENT_SRC_GRAMMAR_SCALE_AST_HPP
#define JUDGEMENT_SRC_GRAMMAR_SCALE_AST_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace judgement::grammar::scale_ast {

/// One token as written (a quoted string with its escapes resolved, a word, a number) and the
/// byte offset where it starts (for a quoted string, its opening quote), for error positions.
struct Token {
  std::size_t offset = 0;
  std::string text;
};

/// `"Label" = code band name aliases "A", "B"`; everything after the label is optional.
struct GradeDef {
  Token label;
  std::optional<Token> code;  ///< the digits (and sign) as written; checked and converted later
  std::optional<Token> band;  ///< the band name as written; checked later
  std::vector<Token> aliases;
};

/// `scale id "Name" grades... end`.
struct ScaleDef {
  Token id;  ///< as written; its spelling is checked later
  Token name;
  std::vector<GradeDef> grades;
};

/// Every scale of a text, in order.
using ScaleDefs = std::vector<ScaleDef>;

}  // namespace judgement::grammar::scale_ast

#endif
