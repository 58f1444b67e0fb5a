// Developer tool: prints the blocks the layout stage makes of a text file, one a line, with
// kind, page, number and section, to see why a recogniser read a document as it did.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "layout/layout.hpp"
#include "source/source.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: judgement_layout_dump FILE\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::perror(argv[1]);
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  auto source = judgement::detail::Source::load(text);
  if (!source) {
    std::fprintf(stderr, "%s\n", source.error().to_string().c_str());
    return 1;
  }
  const auto layout = judgement::detail::build_layout(*source);
  std::size_t index = 0;
  for (const auto& b : layout.blocks()) {
    const auto span = layout.span(b);
    std::string t(layout.text(b));
    for (char& c : t) {
      if (c == '\t') c = '|';
    }
    std::printf("%4zu p%-2u l%-5u %-9s %-6s %s\n", index++, b.page, span.line,
                std::string(judgement::detail::to_string(b.kind)).c_str(),
                b.number ? (std::string(b.number_inferred ? "~" : "#") + std::to_string(b.number)).c_str() : "",
                t.substr(0, 160).c_str());
  }
  return 0;
}
