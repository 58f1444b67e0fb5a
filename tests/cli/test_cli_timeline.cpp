// judgement timeline end to end: a provider's history from a folder, in every format.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "cli/run.hpp"

using judgement::test::quoted;
using judgement::test::run;
using judgement::test::Run;

namespace {
const std::string source_dir = JUDGEMENT_SOURCE_DIR;
const std::string corpus = JUDGEMENT_CORPUS_DIR;
}  // namespace

TEST_CASE("judgement timeline on the corpus shows Medway from 2013 to 2021 in order", "[cli][timeline][corpus]") {
  if (!std::filesystem::exists(corpus + "/medway-2019-07-ilacs.txt")) {
    WARN("shared corpus not found at " << corpus);
    return;
  }
  const Run r = run("timeline --format csv " + quoted(corpus));
  REQUIRE(r.status == 0);
  const Run table = run("timeline " + quoted(corpus));
  REQUIRE(table.status == 0);
  const std::size_t medway = table.out.find("\nMedway");
  REQUIRE(medway != std::string::npos);
  const std::size_t end = table.out.find("\n\n", medway + 1);
  const std::string block = table.out.substr(medway, end - medway);
  // The documents of the Medway set, in inspection order.
  std::size_t at = 0;
  for (const char* name : {"medway-2013-07-lac-inspection.txt", "medway-2019-02-focused-visit.txt",
                           "medway-2019-07-ilacs.txt", "medway-2020-10-committee-report.txt",
                           "medway-2021-07-news-release.txt"}) {
    INFO(name);
    const std::size_t found = block.find(name, at);
    REQUIRE(found != std::string::npos);
    at = found;
  }
  CHECK(block.find("2013-07-15 to 2013-07-19") != std::string::npos);
  CHECK(block.find("2019-07-15 to 2019-07-26  ilacs") != std::string::npos);  // dated by the committee paper
  // The JSON is one document with the schema.
  const Run json = run("timeline --format json " + quoted(corpus));
  REQUIRE(json.status == 0);
  CHECK(json.out.find("\"schema\": \"judgement.timeline/1\"") != std::string::npos);
  CHECK(json.out.find("\"key\": \"medway\"") != std::string::npos);
  // The CSV has a row per judgement with its change.
  CHECK(r.out.rfind("provider,provider_key,ons_code,dfe_la_code,ofsted_urn,inspection_start,inspection_end,document_type,"
                    "published,cited,sources,area,area_id,grade,code,scale,band,change,",
                    0) == 0);
  CHECK(r.out.find("Medway Council,medway,E06000035,887,80522,2019-07-15,2019-07-26,ilacs,") != std::string::npos);
}

TEST_CASE("timeline --format csv gives each provider's register ids, empty off the register", "[cli][timeline][csv]") {
  // London Borough of Camden is on the register; Riverford City Council (a sample) is not.
  const Run r = run("timeline -q --format csv " + quoted(source_dir + "/tests/fixtures/ilacs_wrapped_title.txt") +
                    " " + quoted(source_dir + "/examples/reports/2019-ilacs.txt"));
  REQUIRE(r.status == 0);
  CHECK(r.out.rfind("provider,provider_key,ons_code,dfe_la_code,ofsted_urn,inspection_start,", 0) == 0);
  CHECK(judgement::test::count(r.out, "\r\nLondon Borough of Camden,camden,E09000007,202,80491,2024-09-30,") == 5);
  CHECK(judgement::test::count(r.out, "\r\nRiverford City Council,riverford,,,,2019-05-13,") == 4);
}

TEST_CASE("timeline formats, jobs and exit statuses", "[cli][timeline]") {
  const std::string inputs = quoted(source_dir + "/examples/reports") + " " + quoted(source_dir + "/tests/fixtures/pdf");
  const Run one = run("timeline --jobs 1 --format json " + inputs);
  const Run two = run("timeline --jobs 2 --format json " + inputs);
  CHECK(one.status == 1);  // the corrupt, encrypted and truncated PDFs
  CHECK(one.out == two.out);
  CHECK(one.err.find("encrypted.pdf") != std::string::npos);
  CHECK(one.out.find("\"provider\": \"Larkfield Borough Council\"") != std::string::npos);
  CHECK(run("timeline").status == 2);
  CHECK(run("timeline --format xml x").status == 2);
  CHECK(run("timeline --table findings x").status == 2);
  const Run help = run("timeline --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("examples:") != std::string::npos);
  CHECK(run("help timeline").out == help.out);
}
