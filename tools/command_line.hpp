// The options the reading commands (parse, timeline) share, read one way for both.
#ifndef JUDGEMENT_TOOLS_COMMAND_LINE_HPP
#define JUDGEMENT_TOOLS_COMMAND_LINE_HPP

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch.hpp"
#include "judgement/profile.hpp"
#include "judgement/scale.hpp"
#include "cli.hpp"

namespace judgement::cli {

struct ReadingOptions {
  std::string format;          // empty: the command's default
  std::string table;           // csv: what a row is ("judgements", "findings"); empty: the default
  std::string output;          // empty: standard output
  bool quiet = false;
  bool strict = false;         // a document of unknown type, or with nothing read, fails the run
  std::string color = "auto";  // auto (a terminal, NO_COLOR unset), always or never
  BatchOptions batch;
  std::vector<std::string> files;
  // --scales FILE and --profiles FILE: the built-in registries with the files' definitions
  // added; batch.parse points at them. Held here so that they outlive every parse.
  std::shared_ptr<ScaleRegistry> scales;
  std::shared_ptr<ProfileRegistry> profiles;
};

struct CommandLineError {
  std::string message;
};

// Reads `args`. `formats` are the values --format takes; --table is accepted only when
// `tables` is not empty. --help is not handled here.
std::optional<CommandLineError> read_reading_options(const Args& args, std::initializer_list<std::string_view> formats,
                                                     std::initializer_list<std::string_view> tables,
                                                     ReadingOptions& out);

// True when --color (and NO_COLOR, and whether standard output is a terminal) asks for colour.
bool use_color(const ReadingOptions& options);

// Opens --output (or returns stdout for none or "-"); nullptr with a message on stderr when it cannot.
std::FILE* open_output(const std::string& output);

}  // namespace judgement::cli

#endif
