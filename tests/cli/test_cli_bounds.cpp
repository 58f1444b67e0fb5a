// The command line on hostile inputs: devices, pipes and link cycles in folders, an output that
// is an input, and reports without a provider in the timeline's CSV.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "cli/run.hpp"

using judgement::test::count;
using judgement::test::quoted;
using judgement::test::read_file;
using judgement::test::run;
using judgement::test::Run;
using judgement::test::TempDir;
using judgement::test::write_file;

namespace {

const std::string source_dir = JUDGEMENT_SOURCE_DIR;
const std::string samples = source_dir + "/examples/reports/";

}  // namespace

TEST_CASE("max_bytes (--max-bytes) bounds every input: a device or standard input ends in an error, the others go on", "[cli][bounds]") {
  // /dev/zero never ends: without a bound it was read until memory ran out, and the good file
  // after it got no output.
  const Run zero = run("parse --format jsonl --max-bytes 1M /dev/zero " + quoted(samples + "2019-ilacs.txt"));
  CHECK(zero.status == 1);
  CHECK(zero.err.find("/dev/zero: the input is more than max_bytes (1048576 bytes)") != std::string::npos);
  CHECK(count(zero.out, "\n") == 1);
  CHECK(zero.out.find("2019-ilacs.txt") != std::string::npos);

  const Run in = run("parse --format jsonl --max-bytes 64K - " + quoted(samples + "2019-ilacs.txt") + " < /dev/zero");
  CHECK(in.status == 1);
  CHECK(in.err.find("-: standard input gives more than max_bytes (65536 bytes)") != std::string::npos);
  CHECK(count(in.out, "\n") == 1);

  // A regular file past the bound is refused from its size, without reading it.
  const Run small = run("parse --max-bytes 100 " + quoted(samples + "2019-ilacs.txt"));
  CHECK(small.status == 1);
  CHECK(small.err.find("bytes, more than max_bytes (100 bytes)") != std::string::npos);
  CHECK(run("parse --max-bytes 0 " + quoted(samples + "2019-ilacs.txt")).status == 0);
  CHECK(run("parse --max-bytes lots x.txt").status == 2);
  CHECK(run("parse --max-bytes 99999999999999999999G x.txt").status == 2);
}

TEST_CASE("a folder walk reads regular files only, each once, and follows no link cycle", "[cli][bounds]") {
  TempDir dir;
  write_file(dir.path() / "a.txt", read_file(samples + "2019-ilacs.txt"));
  std::filesystem::create_directories(dir.path() / "sub");
  write_file(dir.path() / "sub" / "b.txt", read_file(samples + "2024-ilacs.txt"));
  // Links back to the folder and its parent: the walk was exponential and listed a.txt 41 times.
  std::filesystem::create_directory_symlink(".", dir.path() / "self");
  std::filesystem::create_directory_symlink("..", dir.path() / "sub" / "up");
  std::filesystem::create_symlink("a.txt", dir.path() / "again.txt");  // the same file by another name
  // A FIFO with a document's name: reading it blocked the whole batch.
  REQUIRE(::mkfifo((dir.path() / "pipe.txt").c_str(), 0600) == 0);
  const Run r = run("parse --format jsonl " + quoted(dir.str()));
  CHECK(r.status == 1);
  CHECK(r.err.find("pipe.txt: not a regular file") != std::string::npos);
  CHECK(count(r.out, "\n") == 2);
  CHECK(count(r.out, "\"name\":\"a.txt\"") + count(r.out, "\"name\":\"again.txt\"") == 1);
  CHECK(count(r.out, "\"name\":\"sub/b.txt\"") == 1);
}

TEST_CASE("an output that is also an input is refused before it is truncated", "[cli][bounds]") {
  TempDir dir;
  const auto input = dir.path() / "report.txt";
  const std::string original = read_file(samples + "2019-ilacs.txt");
  write_file(input, original);
  const Run same = run("parse -o " + quoted(input.string()) + " " + quoted(input.string()));
  CHECK(same.status == 2);
  CHECK(same.err.find("would be overwritten") != std::string::npos);
  CHECK(read_file(input) == original);
  // The same file by another name (a link, a path through the folder) is the same file.
  std::filesystem::create_symlink(input, dir.path() / "link.txt");
  const Run linked = run("parse --format jsonl -o " + quoted((dir.path() / "link.txt").string()) + " " + quoted(dir.str()));
  CHECK(linked.status == 2);
  CHECK(read_file(input) == original);
  const Run timeline = run("timeline -o " + quoted(dir.str() + "/./report.txt") + " " + quoted(input.string()));
  CHECK(timeline.status == 2);
  CHECK(read_file(input) == original);
  CHECK(run("parse - -o " + quoted(input.string()) + " < " + quoted(input.string())).status == 2);
  CHECK(read_file(input) == original);
  // A new file, or another existing one, is written as before.
  CHECK(run("parse -o " + quoted((dir.path() / "out.json").string()) + " " + quoted(input.string())).status == 0);
}

TEST_CASE("timeline --format csv keeps the reports left out, as the JSON does", "[cli][timeline][bounds]") {
  TempDir dir;
  write_file(dir.path() / "a.txt", read_file(samples + "2019-ilacs.txt"));
  write_file(dir.path() / "camden.txt", read_file(source_dir + "/tests/fixtures/ilacs_wrapped_title.txt"));
  write_file(dir.path() / "nobody.txt", "Overall effectiveness: Good\n\nA note with no provider.\n");
  const Run json = run("timeline --format json " + quoted(dir.str()));
  REQUIRE(json.status == 0);
  REQUIRE(json.out.find("\"source\": \"nobody.txt\"") != std::string::npos);
  const Run csv = run("timeline --format csv " + quoted(dir.str()));
  REQUIRE(csv.status == 0);
  CHECK(csv.out.rfind("provider,provider_key,ons_code,dfe_la_code,ofsted_urn,inspection_start,inspection_end,"
                      "document_type,published,cited,sources,area,area_id,grade,code,scale,band,change,previous_grade,"
                      "previous_scale,previous_band,by_band,left_out\r\n",
                      0) == 0);
  // The left-out row has as many fields as the header: its source under `sources`, the reason last.
  CHECK(csv.out.find("\r\n,,,,,,,,,,nobody.txt,,,,,,,,,,,,no provider\r\n") != std::string::npos);
  CHECK(csv.out.find("\r\nLondon Borough of Camden,camden,E09000007,202,80491,2024-09-30,2025-01-16,ilacs,") !=
        std::string::npos);
  CHECK(csv.out.find("\r\nRiverford City Council,riverford,,,,2019-05-13,2019-05-24,ilacs,") != std::string::npos);
  // Every row, the left-out one too, has the header's number of fields (none here is quoted).
  REQUIRE(csv.out.find('"') == std::string::npos);
  const std::size_t header_end = csv.out.find("\r\n");
  const std::size_t fields = count(csv.out.substr(0, header_end), ",") + 1;
  CHECK(fields == 23);
  std::size_t rows = 0;
  for (std::size_t at = header_end + 2; at < csv.out.size(); ++rows) {
    const std::size_t end = csv.out.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    INFO(csv.out.substr(at, end - at));
    CHECK(count(csv.out.substr(at, end - at), ",") + 1 == fields);
    at = end + 2;
  }
  CHECK(rows == 11);  // Camden's five judgements, Riverford's four and its cited 2016 one, the note left out
}
