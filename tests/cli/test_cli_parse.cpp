// judgement parse end to end: every format, PDFs good and bad, standard input, folders,
// --jobs, --output and the exit statuses of the contract.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/run.hpp"
#include "judgement/json.hpp"

using judgement::test::count;
using judgement::test::quoted;
using judgement::test::read_file;
using judgement::test::run;
using judgement::test::Run;
using judgement::test::TempDir;
using judgement::test::write_file;

namespace {

const std::string source_dir = JUDGEMENT_SOURCE_DIR;
const std::string pdfs = source_dir + "/tests/fixtures/pdf/";
const std::string samples = source_dir + "/examples/reports/";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return lines;
}

}  // namespace

TEST_CASE("parse reads a PDF as published, found from its content", "[cli][pdf]") {
  const Run r = run("parse " + quoted(pdfs + "ilacs.pdf"));
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  auto report = judgement::report_from_json(r.out);
  REQUIRE(report);
  CHECK(report->source.format == judgement::SourceFormat::pdf);
  CHECK(report->source.name == "ilacs.pdf");
  CHECK(report->document.type == judgement::DocumentType::ilacs);
  CHECK(report->document.provider == "Larkfield Borough Council");
  REQUIRE(report->judgements.size() == 4);
  CHECK(report->judgements[1].grade == "Requires improvement to be good");  // wrapped over two lines
  CHECK(report->judgements[1].evidence.front().page == 1);
  REQUIRE(report->findings.size() >= 2);
  CHECK(report->findings.front().span.page == 2);

  // The same PDF under a name that says text is still a PDF.
  TempDir dir;
  std::filesystem::copy_file(pdfs + "ilacs.pdf", dir.path() / "report.txt");
  const Run renamed = run("parse " + quoted((dir.path() / "report.txt").string()));
  CHECK(renamed.status == 0);
  CHECK(renamed.out.find("\"format\": \"pdf\"") != std::string::npos);
}

TEST_CASE("a corrupt, truncated or encrypted PDF is an error naming it; the other files go on", "[cli][pdf]") {
  const Run r = run("parse --format jsonl " + quoted(samples + "2019-ilacs.txt") + " " + quoted(pdfs + "corrupt.pdf") +
                    " " + quoted(pdfs + "encrypted.pdf") + " " + quoted(pdfs + "truncated.pdf") + " " +
                    quoted(pdfs + "ilacs.pdf"));
  CHECK(r.status == 1);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("\"name\":\"2019-ilacs.txt\"") != std::string::npos);
  CHECK(lines[1].find("\"name\":\"ilacs.pdf\"") != std::string::npos);
  CHECK(r.err.find("corrupt.pdf: cannot open the PDF: it is corrupt or truncated") != std::string::npos);
  CHECK(r.err.find("truncated.pdf: cannot open the PDF") != std::string::npos);
  CHECK(r.err.find("encrypted.pdf: cannot open the PDF: it is encrypted") != std::string::npos);
  // In input order on stderr too.
  CHECK(r.err.find("corrupt.pdf") < r.err.find("encrypted.pdf"));
  CHECK(r.err.find("encrypted.pdf") < r.err.find("truncated.pdf"));
}

TEST_CASE("the --pdf-layout option chooses how the PDF's text is laid out", "[cli][pdf]") {
  for (const char* layout : {"physical", "reading", "raw"}) {
    const Run r = run(std::string("parse --pdf-layout ") + layout + " " + quoted(pdfs + "ilacs.pdf"));
    INFO(layout);
    CHECK(r.status == 0);
    CHECK(r.out.find("\"provider\": \"Larkfield Borough Council\"") != std::string::npos);
  }
  CHECK(run("parse --pdf-layout sideways " + quoted(pdfs + "ilacs.pdf")).status == 2);
}

TEST_CASE("parse reads standard input as '-'", "[cli]") {
  const Run r = run("parse - < " + quoted(samples + "2019-ilacs.txt"));
  REQUIRE(r.status == 0);
  auto report = judgement::report_from_json(r.out);
  REQUIRE(report);
  CHECK(report->source.name == "-");
  CHECK(report->judgements.size() == 4);
  const Run pdf = run("parse - < " + quoted(pdfs + "ilacs.pdf"));
  CHECK(pdf.status == 0);
  CHECK(pdf.out.find("\"format\": \"pdf\"") != std::string::npos);
}

TEST_CASE("a folder is the documents in it and its subfolders, in sorted order", "[cli]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "b-later");
  std::filesystem::create_directories(dir.path() / ".hidden");
  write_file(dir.path() / "b-later" / "z.txt", read_file(samples + "2021-focused-visit.txt"));
  write_file(dir.path() / "c.TXT", read_file(samples + "2019-ilacs.txt"));
  write_file(dir.path() / "a.md", read_file(samples + "2024-ilacs.txt"));
  write_file(dir.path() / "notes.json", "{}");
  write_file(dir.path() / ".hidden" / "x.txt", "hidden");
  std::filesystem::copy_file(pdfs + "ilacs.pdf", dir.path() / "b.pdf");
  const Run r = run("parse --format jsonl " + quoted(dir.str()));
  REQUIRE(r.status == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].find("\"name\":\"a.md\"") != std::string::npos);
  CHECK(lines[1].find("\"name\":\"b-later/z.txt\"") != std::string::npos);  // "b-later/" sorts before "b.pdf"
  CHECK(lines[2].find("\"name\":\"b.pdf\"") != std::string::npos);
  CHECK(lines[3].find("\"name\":\"c.TXT\"") != std::string::npos);
}

TEST_CASE("the output of --jobs 1 and --jobs 2 is the same, in input order", "[cli]") {
  const std::string inputs = quoted(samples) + " " + quoted(pdfs + "ilacs.pdf") + " " + quoted(pdfs + "corrupt.pdf") +
                             " " + quoted(samples + "2019-ilacs.txt");
  for (const char* format : {"jsonl", "csv", "table"}) {
    INFO(format);
    const Run one = run(std::string("parse --format ") + format + " --jobs 1 " + inputs);
    const Run two = run(std::string("parse --format ") + format + " --jobs 2 " + inputs);
    const Run all = run(std::string("parse --format ") + format + " " + inputs);
    CHECK(one.status == 1);
    CHECK(two.status == 1);
    CHECK(!one.out.empty());
    CHECK(one.out == two.out);
    CHECK(one.out == all.out);
    CHECK(one.err == two.err);
  }
}

TEST_CASE("csv gives a row per judgement, or per finding with --table findings", "[cli][csv]") {
  const Run r = run("parse --format csv " + quoted(samples + "2019-ilacs.txt") + " " + quoted(pdfs + "ilacs.pdf"));
  REQUIRE(r.status == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 9);  // a header and four judgements each
  CHECK(lines[0] ==
        "source,provider,provider_key,ons_code,dfe_la_code,ofsted_urn,document_type,inspection_start,inspection_end,date,"
        "published,area,area_id,grade,code,scale,band,as_written,line,page\r");
  CHECK(lines[8].find(",Overall effectiveness,overall_effectiveness,Good,2,ofsted-requires-improvement,good,") !=
        std::string::npos);
  CHECK(lines[8].find(",2019-10-07,2019-10-18,") != std::string::npos);

  const Run findings = run("parse --format csv --table findings " + quoted(pdfs + "ilacs.pdf"));
  REQUIRE(findings.status == 0);
  const auto rows = lines_of(findings.out);
  REQUIRE(rows.size() >= 3);
  CHECK(rows[0].rfind("source,provider,provider_key,ons_code,dfe_la_code,ofsted_urn,document_type,inspection_start,"
                      "inspection_end,date,published,kind,section,paragraph,timeframe,due,rating,text,line,page",
                      0) == 0);
  CHECK(rows[1].find(",improvement,") != std::string::npos);
  CHECK(rows[1].find("The timeliness of initial child protection conferences and of final reviews.") != std::string::npos);
}

TEST_CASE("csv rows carry the register's ids of the provider, to join by LA code; empty off the register",
          "[cli][csv][register]") {
  const std::string fixtures = source_dir + "/tests/fixtures/";
  // London Borough of Camden is on the register; Riverford City Council (a sample) is not.
  const Run r = run("parse -q --format csv " + quoted(fixtures + "ilacs_wrapped_title.txt") + " " +
                    quoted(samples + "2019-ilacs.txt"));
  REQUIRE(r.status == 0);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 10);  // a header, Camden's five judgements and Riverford's four
  CHECK(lines[0].rfind("source,provider,provider_key,ons_code,dfe_la_code,ofsted_urn,document_type,", 0) == 0);
  for (std::size_t i = 1; i <= 5; ++i) {
    INFO(lines[i]);
    CHECK(lines[i].find(",London Borough of Camden,camden,E09000007,202,80491,ilacs,2024-09-30,2025-01-16,") !=
          std::string::npos);
  }
  CHECK(lines[5].find(",Overall effectiveness,overall_effectiveness,Good,") != std::string::npos);
  for (std::size_t i = 6; i <= 9; ++i) {
    INFO(lines[i]);
    CHECK(lines[i].find(",Riverford City Council,riverford,,,,ilacs,") != std::string::npos);
  }

  // The findings table likewise: Wiltshire's focused visit letter.
  const Run findings = run("parse -q --format csv --table findings " + quoted(fixtures + "focused_visit_letterhead.txt"));
  REQUIRE(findings.status == 0);
  const auto rows = lines_of(findings.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].rfind("source,provider,provider_key,ons_code,dfe_la_code,ofsted_urn,document_type,", 0) == 0);
  CHECK(rows[1].find(",Wiltshire,wiltshire,E06000054,865,80580,focused_visit,") != std::string::npos);
  CHECK(rows[1].find(",improvement,") != std::string::npos);
}

TEST_CASE("csv quotes fields that hold commas, quotes or line breaks", "[cli][csv]") {
  TempDir dir;
  const auto file = dir.path() / "riverford, \"2019\".txt";
  std::filesystem::copy_file(samples + "2019-ilacs.txt", file);
  const Run r = run("parse --format csv " + quoted(file.string()));
  REQUIRE(r.status == 0);
  CHECK(r.out.find("\n\"" + dir.str() + "/riverford, \"\"2019\"\".txt\",Riverford City Council,") != std::string::npos);
}

TEST_CASE("table and --output", "[cli]") {
  TempDir dir;
  const auto out = dir.path() / "reports.txt";
  const Run r = run("parse --format table --output " + quoted(out.string()) + " " + quoted(samples + "2019-ilacs.txt"));
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  const std::string table = read_file(out);
  CHECK(table.rfind("2019-ilacs.txt\n", 0) == 0);
  CHECK(table.find("Overall effectiveness") != std::string::npos);
  const Run bad = run("parse --output /nonexistent-folder/x.json " + quoted(samples + "2019-ilacs.txt"));
  CHECK(bad.status == 1);
  CHECK(bad.err.find("/nonexistent-folder/x.json") != std::string::npos);
}

TEST_CASE("parse exit statuses: 1 for an unreadable file, 2 for misuse", "[cli]") {
  const Run missing = run("parse --format jsonl /no/such/file.txt " + quoted(samples + "2019-ilacs.txt"));
  CHECK(missing.status == 1);
  CHECK(missing.err.find("/no/such/file.txt: No such file or directory") != std::string::npos);
  CHECK(count(missing.out, "\n") == 1);

  CHECK(run("parse").status == 2);
  CHECK(run("parse --format xml x.txt").status == 2);
  CHECK(run("parse --format json " + quoted(samples + "2019-ilacs.txt") + " " + quoted(samples + "2024-ilacs.txt")).status == 2);
  CHECK(run("parse --table findings " + quoted(samples + "2019-ilacs.txt")).status == 2);
  CHECK(run("parse --jobs many " + quoted(samples + "2019-ilacs.txt")).status == 2);
  CHECK(run("parse --bogus " + quoted(samples + "2019-ilacs.txt")).status == 2);
  const Run help = run("parse --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("examples:") != std::string::npos);
}

TEST_CASE("the progress bar is drawn only on a terminal, and not with --quiet", "[cli]") {
  const std::string inputs = quoted(samples);
  const Run piped = run("parse --format jsonl " + inputs + " > /dev/null");
  CHECK(piped.status == 0);
  // Only the warning for the folder's README.md (a document of unknown type), no progress bar.
  CHECK(piped.err.find("files/s") == std::string::npos);
  CHECK(piped.err == "judgement: warning: " + samples + "README.md: its type is unknown (not a report this tool knows)\n");
  if (std::system("command -v script > /dev/null 2>&1") != 0) return;  // util-linux's script gives a terminal
  const std::string cli = std::string(JUDGEMENT_CLI);
  TempDir dir;
  const auto typescript = dir.path() / "tty.txt";
  // The commands go in files so that script's own quoting stays simple.
  write_file(dir.path() / "cmd.sh", quoted(cli) + " parse --jobs 1 --format jsonl " + inputs + " --output /dev/null\n");
  write_file(dir.path() / "quiet.sh", quoted(cli) + " parse --quiet --format jsonl " + inputs + " --output /dev/null\n");
  REQUIRE(std::system(("script -qec 'sh " + (dir.path() / "cmd.sh").string() + "' " + typescript.string() +
                       " > /dev/null 2>&1").c_str()) == 0);
  const std::string shown = read_file(typescript);
  const Run listed = run("parse --format jsonl " + inputs);
  const std::size_t n = lines_of(listed.out).size();
  CHECK(shown.find(std::to_string(n) + "/" + std::to_string(n)) != std::string::npos);
  CHECK(shown.find("files/s") != std::string::npos);
  CHECK(shown.find("left") != std::string::npos);
  REQUIRE(std::system(("script -qec 'sh " + (dir.path() / "quiet.sh").string() + "' " + typescript.string() +
                       " > /dev/null 2>&1").c_str()) == 0);
  CHECK(read_file(typescript).find("files/s") == std::string::npos);
}
