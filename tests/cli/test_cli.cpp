// The judgement command end to end: output, exit statuses and messages users script against.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "judgement/scale.hpp"
#include "judgement/version.hpp"

namespace {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

Run run(const std::string& args) {
  const auto err_path = std::filesystem::temp_directory_path() /
                        ("judgement-cli-test-" + std::to_string(::getpid()) + ".err");
  const std::string command = std::string("'") + JUDGEMENT_CLI + "' " + args + " 2>'" + err_path.string() + "'";
  Run r;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = ::pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream err(err_path);
  std::stringstream ss;
  ss << err.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(err_path);
  return r;
}

}  // namespace

TEST_CASE("judgement scales --format json lists every scale with its grades", "[cli][scale]") {
  const Run r = run("scales --format json");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  for (const auto& s : judgement::ScaleRegistry::builtin().scales()) {
    CHECK(r.out.find("\"id\": \"" + s.id() + "\"") != std::string::npos);
    for (const auto& g : s.grades()) CHECK(r.out.find("\"label\": \"" + g.label + "\"") != std::string::npos);
  }
  CHECK(r.out.find("\"code\": 3") != std::string::npos);
  CHECK(r.out.find("\"band\": \"requires_improvement\"") != std::string::npos);
  CHECK(r.out.front() == '[');
}

TEST_CASE("judgement scales prints a table for people by default", "[cli][scale]") {
  const Run r = run("scales");
  CHECK(r.status == 0);
  CHECK(r.out.rfind("scale", 0) == 0);
  CHECK(r.out.find("care-inspectorate") != std::string::npos);
  CHECK(r.out.find("Requires improvement to be good") != std::string::npos);
  CHECK(run("scales --format table").out == r.out);
  CHECK(run("scales --format=table").out == r.out);
}

TEST_CASE("usage errors exit 2 and say what was wrong", "[cli]") {
  const Run bad_format = run("scales --format xml");
  CHECK(bad_format.status == 2);
  CHECK(bad_format.out.empty());
  CHECK(bad_format.err.find("unknown format 'xml'") != std::string::npos);
  CHECK(run("scales --format").status == 2);
  CHECK(run("scales extra").status == 2);
  const Run unknown = run("frobnicate");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("no such command: frobnicate") != std::string::npos);
  CHECK(run("").status == 2);
}

TEST_CASE("help and version", "[cli]") {
  const Run help = run("--help");
  CHECK(help.status == 0);
  CHECK(help.out.find("usage: judgement") != std::string::npos);
  const Run scales_help = run("scales --help");
  CHECK(scales_help.status == 0);
  CHECK(scales_help.out.find("examples:") != std::string::npos);
  CHECK(run("help scales").out == scales_help.out);
  const Run version = run("--version");
  CHECK(version.status == 0);
  CHECK(version.out == std::string("judgement ") + JUDGEMENT_VERSION_STRING + "\n");
}
