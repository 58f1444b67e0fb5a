// Parses each file named on the command line (as judgement::parse does, from its text), `-n N`
// times over; prints a one-line total, or with --json each report as compact JSON, one a line
// (to compare two builds' output). --resolve asks for yearless dates to be resolved. The instruction-count guard
// (tests/perf/CMakeLists.txt) runs it under callgrind; it also serves for profiling:
//
//   valgrind --tool=callgrind --toggle-collect='judgement::v1::parse*' judgement_perf_parse FILE...
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "judgement/json.hpp"
#include "judgement/parse.hpp"
#include "judgement/register.hpp"

int main(int argc, char** argv) {
  int times = 1;
  bool json = false;
  judgement::ParseOptions options;
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
      times = std::atoi(argv[++i]);
      continue;
    }
    if (std::strcmp(argv[i], "--json") == 0) {
      json = true;
      continue;
    }
    if (std::strcmp(argv[i], "--resolve") == 0) {
      options.resolve_yearless_dates = true;
      continue;
    }
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "judgement_perf_parse: cannot read %s\n", argv[i]);
      return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    texts.push_back(std::move(text).str());
  }
  // The built-in registries are read once a process, on first use: set up here, so that what is
  // counted is the parse itself.
  (void)judgement::ScaleRegistry::builtin();
  (void)judgement::ProfileRegistry::builtin();
  (void)judgement::authorities();
  std::size_t bytes = 0;
  std::size_t judgements = 0;
  for (int k = 0; k < times; ++k) {
    for (const std::string& t : texts) {
      auto report = judgement::parse(t, options);
      if (!report) {
        std::fprintf(stderr, "judgement_perf_parse: %s\n", report.error().message.c_str());
        return 1;
      }
      bytes += t.size();
      judgements += report->judgements.size();
      if (json) std::printf("%s\n", judgement::to_json(*report).c_str());
    }
  }
  if (json) return 0;
  std::printf("parsed %zu bytes, %zu judgements\n", bytes, judgements);
  return 0;
}
