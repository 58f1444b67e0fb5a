// What the commands read: files named on the command line, folders expanded, '-' for stdin.
#ifndef JUDGEMENT_TOOLS_INPUTS_HPP
#define JUDGEMENT_TOOLS_INPUTS_HPP

#include <optional>
#include <string>
#include <vector>

namespace judgement::cli {

struct Inputs {
  std::vector<std::string> paths;   // in order; "-" is standard input
  std::vector<std::string> errors;  // "<path>: <reason>" for what could not be listed
  // The name each report is given, by index of `paths`: a file found in a folder is named by
  // its path below that folder ("sub/report.pdf"), so that files in subfolders stay apart; a
  // file named outright is empty here (the library names it after its file name).
  std::vector<std::string> names;
};

// Each argument as given, except that a folder becomes the documents inside it and its
// subfolders (names ending .txt, .text, .md, .markdown or .pdf, any case; hidden entries
// skipped), in sorted order, depth first. A file named outright is always read, whatever its
// name: what it holds is told from its content. In folders only regular files are listed (a
// pipe, device or socket with a document's name is an error), each file and folder once by
// (device, inode) however many links lead to it, so a link cycle is not followed.
Inputs expand_inputs(const std::vector<std::string>& arguments);

// The input that `output` is (the same device and inode, however named), if any: writing the
// output would truncate it before it is read.
std::optional<std::string> output_is_input(const std::string& output, const std::vector<std::string>& paths);

}  // namespace judgement::cli

#endif
