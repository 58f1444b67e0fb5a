// What the commands read: files named on the command line, folders expanded, '-' for stdin.
#ifndef JUDGEMENT_TOOLS_INPUTS_HPP
#define JUDGEMENT_TOOLS_INPUTS_HPP

#include <string>
#include <vector>

namespace judgement::cli {

struct Inputs {
  std::vector<std::string> paths;   // in order; "-" is standard input
  std::vector<std::string> errors;  // "<path>: <reason>" for what could not be listed
};

// Each argument as given, except that a folder becomes the documents inside it and its
// subfolders (names ending .txt, .text, .md, .markdown or .pdf, any case; hidden entries
// skipped), in sorted order, depth first. A file named outright is always read, whatever its
// name: what it holds is told from its content.
Inputs expand_inputs(const std::vector<std::string>& arguments);

}  // namespace judgement::cli

#endif
