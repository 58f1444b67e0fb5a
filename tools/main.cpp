// judgement: read inspection reports into structured, dated, graded data.
#include <cstdio>
#include <exception>
#include <string_view>

#include "cli.hpp"
#include "judgement/version.hpp"

namespace judgement::cli {
namespace {

constexpr const char* main_help = R"(usage: judgement <command> [options]

Reads inspection reports (Ofsted children's services and others) into structured,
dated, graded data.

commands:
  parse      read documents (text or PDF) into reports: json, jsonl, csv, table
  timeline   each provider's inspections in date order, with grade changes
  scales     list the built-in grade scales
  help CMD   show help for a command

options:
  -h, --help     show this help
  --version      show the version

examples:
  judgement parse report.pdf
  judgement parse --format csv --output grades.csv reports/
  judgement timeline reports/
  judgement scales
  judgement scales --format json
)";

}  // namespace

int usage_error(std::string_view command, std::string_view message) {
  std::fprintf(stderr, "judgement%s%.*s: %.*s\n", command.empty() ? "" : " ", static_cast<int>(command.size()),
               command.data(), static_cast<int>(message.size()), message.data());
  std::fprintf(stderr, "Try 'judgement %.*s%s--help'.\n", static_cast<int>(command.size()), command.data(),
               command.empty() ? "" : " ");
  return exit_usage;
}

bool write_all(std::FILE* out, std::string_view text) {
  return std::fwrite(text.data(), 1, text.size(), out) == text.size() && std::fflush(out) == 0;
}

}  // namespace judgement::cli

int main(int argc, char** argv) {
  using namespace judgement::cli;
  try {
    const Args all(argv + 1, argv + argc);
    if (all.empty()) {
      write_all(stderr, main_help);
      return exit_usage;
    }
    const std::string_view command = all.front();
    const Args rest(all.begin() + 1, all.end());
    if (command == "-h" || command == "--help") return write_all(stdout, main_help) ? exit_ok : exit_failure;
    if (command == "--version") {
      return write_all(stdout, std::string("judgement ") + judgement::runtime_version() + "\n") ? exit_ok
                                                                                                : exit_failure;
    }
    if (command == "help") {
      if (rest.empty()) return write_all(stdout, main_help) ? exit_ok : exit_failure;
      if (rest.front() == "scales") return write_all(stdout, scales_help) ? exit_ok : exit_failure;
      if (rest.front() == "parse") return write_all(stdout, parse_help) ? exit_ok : exit_failure;
      if (rest.front() == "timeline") return write_all(stdout, timeline_help) ? exit_ok : exit_failure;
      return usage_error("", "no such command: " + std::string(rest.front()));
    }
    if (command == "scales") return scales_command(rest);
    if (command == "parse") return parse_command(rest);
    if (command == "timeline") return timeline_command(rest);
    return usage_error("", "no such command: " + std::string(command));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "judgement: %s\n", e.what());
    return exit_failure;
  }
}
