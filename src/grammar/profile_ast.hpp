// The framework profile language as written (docs/adding-a-framework.md): blocks of clauses,
// every token with its byte offset, before any meaning or checking is given to them
// (src/profile/define.cpp does that). Plain standard-library types only.
#ifndef JUDGEMENT_SRC_GRAMMAR_PROFILE_AST_HPP
#define JUDGEMENT_SRC_GRAMMAR_PROFILE_AST_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace judgement::grammar::profile_ast {

/// One value as written: a quoted string (escapes resolved) or a bare word, and the byte offset
/// where it starts (for a quoted string, its opening quote).
struct Value {
  std::size_t offset = 0;
  bool quoted = false;
  std::string text;
};

/// `keyword value, value ...`: a clause of a block; what it means is up to the block.
struct Clause {
  Value keyword;
  std::vector<Value> values;
};

/// `profile id "Name" clauses... end`, `inspectorate id "Name" clauses... end` or
/// `lexicon id "Name" clauses... end`.
struct Block {
  Value kind;  ///< "profile", "inspectorate" or "lexicon"
  Value id;
  Value name;
  std::vector<Clause> clauses;
};

using Blocks = std::vector<Block>;

}  // namespace judgement::grammar::profile_ast

#endif
