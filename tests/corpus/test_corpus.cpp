// Over every real report in the shared corpus (read only, never copied into the project): it
// parses, its JSON reads back to the same report, every line of it lands in exactly one layout
// block, and every date mention points at the original bytes of its text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus/corpus_files.hpp"
#include "../fixtures/fixtures.hpp"
#include "judgement/json.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"
#include "source/source.hpp"

namespace {

bool corpus_present() {
  std::error_code ec;
  if (std::filesystem::is_directory(JUDGEMENT_CORPUS_DIR, ec)) return true;
  WARN("corpus folder " << JUDGEMENT_CORPUS_DIR << " is missing: corpus tests skipped");
  return false;
}

std::string relative_name(const std::filesystem::path& p) {
  return std::filesystem::path(p).lexically_relative(JUDGEMENT_CORPUS_DIR).string();
}

}  // namespace

TEST_CASE("corpus: the folder holds reports", "[corpus]") {
  if (!corpus_present()) return;
  CHECK(judgement::test::corpus_files().size() >= 5);
}

TEST_CASE("corpus: every report parses", "[corpus]") {
  if (!corpus_present()) return;
  for (const auto& path : judgement::test::corpus_files()) {
    INFO(relative_name(path));
    const auto parsed = judgement::parse_file(path.string());
    REQUIRE(parsed.ok());
    CHECK(parsed->source.bytes == std::filesystem::file_size(path));
    CHECK(parsed->source.name == path.filename().string());
  }
}

// Every field survives, including dates whose two ends have different precisions
// ("between October 2011 and Autumn 2012" in medway-2013-07-lac-inspection.txt).
TEST_CASE("corpus: every report's JSON reads back equal to the report", "[corpus]") {
  if (!corpus_present()) return;
  for (const auto& path : judgement::test::corpus_files()) {
    INFO(relative_name(path));
    const auto parsed = judgement::parse_file(path.string());
    REQUIRE(parsed.ok());
    const judgement::Report& report = *parsed;
    const std::string json = judgement::to_json(report);
    const auto back = judgement::report_from_json(json);
    if (!back.ok()) FAIL_CHECK(back.error().to_string());
    if (!back.ok()) continue;
    CHECK(back->source == report.source);
    CHECK(back->document == report.document);
    CHECK(back->judgements == report.judgements);
    CHECK(back->findings == report.findings);
    CHECK(back->paragraphs == report.paragraphs);
    CHECK(back->references == report.references);
    CHECK(back->quantities == report.quantities);
    CHECK(back->diagnostics == report.diagnostics);
    REQUIRE(back->dates.size() == report.dates.size());
    for (std::size_t k = 0; k < report.dates.size(); ++k) {
      INFO("date \"" << std::string(report.dates[k].text) << "\"");
      CHECK(back->dates[k] == report.dates[k]);
    }
    CHECK(*back == report);
    // Writing what was read gives the same JSON, pretty or not.
    CHECK(judgement::to_json(*back) == json);
    const auto pretty = judgement::report_from_json(judgement::to_json(report, judgement::JsonOptions{true}));
    REQUIRE(pretty.ok());
    CHECK(*pretty == *back);
  }
}

TEST_CASE("corpus: every non-blank line belongs to exactly one layout block", "[corpus]") {
  if (!corpus_present()) return;
  for (const auto& path : judgement::test::corpus_files()) {
    INFO(relative_name(path));
    const fixtures::Laid d(fixtures::read_file(path));
    CHECK(fixtures::misplaced_lines(d) == std::vector<std::string>{});
  }
}

// The offset property: the bytes at a date mention's span are the bytes its text was read from
// (read through the source stage, which spells out ligatures and unifies spaces and dashes).
TEST_CASE("corpus: nothing is lost: every line's block is reachable from the report", "[corpus]") {
  if (!corpus_present()) return;
  for (const auto& path : judgement::test::corpus_files()) {
    INFO(relative_name(path));
    const std::string text = fixtures::read_file(path);
    const fixtures::Laid d(text);
    const auto report = judgement::parse(text);
    REQUIRE(report.ok());
    CHECK(fixtures::lost_lines(d, *report) == std::vector<std::string>{});
  }
}

TEST_CASE("corpus: every date mention's span covers the bytes its text came from", "[corpus]") {
  if (!corpus_present()) return;
  for (const auto& path : judgement::test::corpus_files()) {
    INFO(relative_name(path));
    const std::string original = fixtures::read_file(path);
    const auto parsed = judgement::parse(original);
    REQUIRE(parsed.ok());
    for (const auto& m : parsed->dates) {
      INFO("date \"" << std::string(m.text) << "\" at " << m.span.begin);
      REQUIRE(m.span.begin <= m.span.end);
      REQUIRE(m.span.end <= original.size());
      CHECK(fixtures::on_char_boundary(original, m.span.begin));
      CHECK(fixtures::on_char_boundary(original, m.span.end));
      CHECK(m.span.line == fixtures::original_line(original, m.span.begin));
      CHECK(m.span.page == fixtures::original_page(original, m.span.begin));
      // On one line the text is the original bytes; over lines, the text as the layout joined it.
      const auto src = judgement::detail::Source::load(fixtures::original_at(original, m.span));
      REQUIRE(src.ok());
      const std::string text = fixtures::collapse_whitespace(m.text);
      CHECK((fixtures::collapse_whitespace(src->normalised_text()) == text ||
             fixtures::collapse_whitespace(fixtures::original_at(original, m.span)) == text));
    }
  }
}

// A range written with a minus sign (U+2212: "2014-15") or a box-drawing line (U+2500) keeps
// it in the mention's text, though the source stage reads it as a dash.
TEST_CASE("corpus: every date mention's text is the original bytes, white space aside", "[corpus]") {
  if (!corpus_present()) return;
  for (const auto& path : judgement::test::corpus_files()) {
    INFO(relative_name(path));
    const std::string original = fixtures::read_file(path);
    const auto parsed = judgement::parse(original);
    REQUIRE(parsed.ok());
    for (const auto& m : parsed->dates) {
      INFO("date \"" << std::string(m.text) << "\" at " << m.span.begin);
      CHECK(fixtures::collapse_whitespace(fixtures::original_at(original, m.span)) ==
            fixtures::collapse_whitespace(m.text));
    }
  }
}

// The smallest text with a range from a month to a season: the end keeps its own precision.
TEST_CASE("a range from a month to a season survives the JSON round trip", "[corpus]") {
  const auto parsed = judgement::parse("Between October 2011 and Autumn 2012 the service moved twice.\n");
  REQUIRE(parsed.ok());
  REQUIRE(parsed->dates.size() == 1);
  const auto& m = parsed->dates[0];
  CHECK(m.range.start.precision == judgement::Precision::month);
  CHECK(m.range.end.precision == judgement::Precision::season);
  const auto back = judgement::report_from_json(judgement::to_json(*parsed));
  REQUIRE(back.ok());
  REQUIRE(back->dates.size() == 1);
  CHECK(back->dates[0].range.end.precision == judgement::Precision::season);
  CHECK(*back == *parsed);
}
