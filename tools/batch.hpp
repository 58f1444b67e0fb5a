// Parsing many documents on every core, handing the reports back in input order.
#ifndef JUDGEMENT_TOOLS_BATCH_HPP
#define JUDGEMENT_TOOLS_BATCH_HPP

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "judgement/error.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"

namespace judgement::cli {

struct BatchOptions {
  ParseOptions parse;
  unsigned jobs = 0;      // 0: one per core
  bool progress = false;  // draw a progress bar on stderr
  // The name to give each path's report (Inputs::names), or nullptr; an empty name leaves the
  // library's (the file's name).
  const std::vector<std::string>* names = nullptr;
};

// Called on the calling thread for each input, in input order, as soon as it and every input
// before it are done. Returning false stops the batch (the remaining results are dropped).
using Emit = std::function<bool(std::size_t index, const std::string& path, Result<Report>& report)>;

// Parses every path ("-" is standard input, read once before the workers start); errors name
// the file. Workers run at most a few files ahead of the one due next, so memory stays bounded
// by the jobs, not the number of files.
void parse_batch(const std::vector<std::string>& paths, const BatchOptions& options, const Emit& emit);

// The number of worker threads `jobs` asks for: 0 is every core.
unsigned worker_count(unsigned jobs, std::size_t inputs);

}  // namespace judgement::cli

#endif
