// The judgement command end to end: output, exit statuses and messages users script against.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "cli/run.hpp"
#include "judgement/scale.hpp"
#include "judgement/version.hpp"

using judgement::test::Run;
using judgement::test::run;

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
