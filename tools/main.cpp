// judgement: read inspection reports into structured, dated, graded data.
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <utility>

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
  -h, --help [COMMAND]   show this help, or a command's
  --version              show the version

examples:
  judgement parse report.pdf
  judgement parse --format csv --output grades.csv reports/
  judgement timeline reports/
  judgement scales
  judgement scales --format json
)";

// "no such command: pasre; did you mean 'parse'?" for a slip of one or two letters.
std::string no_such_command(std::string_view name) {
  std::string message = "no such command: " + std::string(name);
  for (std::string_view c : {"parse", "timeline", "scales", "help"}) {
    std::string_view a = name, b = c;
    // Same length with at most two letters different or swapped, or one letter more or fewer.
    std::size_t differ = 0;
    if (a.size() == b.size()) {
      for (std::size_t i = 0; i < a.size(); ++i) differ += a[i] != b[i] ? 1 : 0;
    } else if (a.size() + 1 == b.size() || b.size() + 1 == a.size()) {
      if (a.size() > b.size()) std::swap(a, b);
      std::size_t i = 0;
      while (i < a.size() && a[i] == b[i]) ++i;
      differ = a.substr(i) == b.substr(i + 1) ? 1 : 3;
    } else {
      differ = 3;
    }
    if (differ <= 2 && !name.empty()) return message + "; did you mean '" + std::string(c) + "'?";
  }
  return message;
}

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
    const auto command_help = [](std::string_view name) -> const char* {
      if (name == "scales") return scales_help;
      if (name == "parse") return parse_help;
      if (name == "timeline") return timeline_help;
      return nullptr;
    };
    if (command == "-h" || command == "--help" || command == "help") {
      if (rest.empty()) return write_all(stdout, main_help) ? exit_ok : exit_failure;
      if (const char* help = command_help(rest.front())) return write_all(stdout, help) ? exit_ok : exit_failure;
      return usage_error("", no_such_command(rest.front()));
    }
    if (command == "--version") {
      return write_all(stdout, std::string("judgement ") + judgement::runtime_version() + "\n") ? exit_ok
                                                                                                : exit_failure;
    }
    if (command == "scales") return scales_command(rest);
    if (command == "parse") return parse_command(rest);
    if (command == "timeline") return timeline_command(rest);
    return usage_error("", no_such_command(command));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "judgement: %s\n", e.what());
    return exit_failure;
  }
}
