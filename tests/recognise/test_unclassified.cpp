// Nothing lost: text no recogniser claims is named by an `unclassified` diagnostic, and every
// line of every fixture is reachable from its report.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixtures/fixtures.hpp"
#include "judgement/parse.hpp"

using namespace judgement;

namespace {

std::vector<const Diagnostic*> unclassified(const Report& r) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == "unclassified") out.push_back(&d);
  }
  return out;
}

}  // namespace

TEST_CASE("unclaimed text becomes one unclassified diagnostic per run of blocks", "[unclassified]") {
  const std::string text =
      "A note about nothing in particular.\n"
      "\n"
      "It goes on for a second paragraph.\n"
      "\n"
      "1. A numbered paragraph is claimed.\n"
      "\n"
      "And a last stray line.\n";
  const auto report = parse(text);
  REQUIRE(report);
  const auto found = unclassified(*report);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->severity == Severity::info);
  CHECK(found[0]->span.begin == 0);
  CHECK(found[0]->span.line == 1);
  CHECK(text.substr(found[0]->span.begin, found[0]->span.end - found[0]->span.begin) ==
        "A note about nothing in particular.\n\nIt goes on for a second paragraph.");
  CHECK(found[0]->message.find("(2 blocks)") != std::string_view::npos);
  CHECK(found[0]->message.find("A note about nothing") != std::string_view::npos);
  CHECK(found[1]->span.line == 7);
  REQUIRE(report->paragraphs.size() == 1);
}

TEST_CASE("an empty or blank input has nothing unclassified", "[unclassified]") {
  for (const char* text : {"", "\n\n   \n\f\n"}) {
    const auto report = parse(text);
    REQUIRE(report);
    CHECK(unclassified(*report).empty());
  }
}

TEST_CASE("every line of every fixture and sample is reachable from its report", "[unclassified]") {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const std::string& name : fixtures::document_names()) texts.emplace_back(name, fixtures::read(name));
  const auto samples = std::filesystem::path(JUDGEMENT_SOURCE_DIR) / "examples" / "reports";
  for (const auto& e : std::filesystem::directory_iterator(samples)) {
    if (e.path().extension() == ".txt") texts.emplace_back(e.path().filename().string(), fixtures::read_file(e.path()));
  }
  for (const auto& [name, text] : texts) {
    INFO(name);
    const fixtures::Laid d(text);
    const auto report = parse(text);
    REQUIRE(report);
    CHECK(fixtures::lost_lines(d, *report) == std::vector<std::string>{});
  }
}

TEST_CASE("an unclaimed block of several lines spans its first byte to its last in the original input",
          "[unclassified]") {
  // CRLF line ends: the normalised text is shorter than the input, and the span is the input's.
  const std::string text =
      "1. A numbered paragraph is claimed.\r\n"
      "\r\n"
      "A stray note that runs\r\n"
      "over three lines of\r\n"
      "the input without a number.\r\n"
      "\r\n"
      "2. Another numbered paragraph.\r\n";
  const auto report = parse(text);
  REQUIRE(report);
  const auto found = unclassified(*report);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->span.line == 3);
  CHECK(text.substr(found[0]->span.begin, found[0]->span.end - found[0]->span.begin) ==
        "A stray note that runs\r\nover three lines of\r\nthe input without a number.");
  CHECK(found[0]->message.find("A stray note") != std::string_view::npos);
}

TEST_CASE("a run of unclaimed blocks ends where a claim starts, and spans its blocks' input bytes", "[unclassified]") {
  const std::string text =
      "A first stray note\r\n"
      "over two lines.\r\n"
      "\r\n"
      "A second stray note.\r\n"
      "\r\n"
      "A third stray note that\r\n"
      "runs over two lines.\r\n"
      "\r\n"
      "1. A numbered paragraph is claimed.\r\n"
      "\r\n"
      "A last stray line.\r\n";
  const auto report = parse(text);
  REQUIRE(report);
  const auto found = unclassified(*report);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->span.line == 1);
  CHECK(text.substr(found[0]->span.begin, found[0]->span.end - found[0]->span.begin) ==
        "A first stray note\r\nover two lines.\r\n\r\nA second stray note.\r\n\r\nA third stray note that\r\n"
        "runs over two lines.");
  CHECK(found[0]->message.find("(3 blocks)") != std::string_view::npos);
  CHECK(found[1]->span.line == 11);
  CHECK(text.substr(found[1]->span.begin, found[1]->span.end - found[1]->span.begin) == "A last stray line.");
}
