// The command's conveniences: short options that combine, '-o -', help for a command, "did you
// mean", colour only when asked or on a terminal, warnings for documents it made little of.
#include <catch2/catch.hpp>

#include <string>

#include "cli/run.hpp"

using judgement::test::quoted;
using judgement::test::Run;
using judgement::test::run;
using judgement::test::TempDir;
using judgement::test::write_file;

namespace {

const std::string source_dir = JUDGEMENT_SOURCE_DIR;
const std::string ilacs = quoted(source_dir + "/examples/reports/2019-ilacs.txt");

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an output of - is standard output, and short options combine", "[cli]") {
  const Run long_form = run("parse --quiet --jobs 2 --format csv " + ilacs);
  REQUIRE(long_form.status == 0);
  REQUIRE(has(long_form.out, "overall_effectiveness"));
  for (const char* args : {"-qj2 -f csv -o - ", "-q -j 2 -fcsv -o- ", "-qj 2 -f csv --output - ", "-qfcsv "}) {
    const Run r = run(std::string("parse ") + args + ilacs);
    INFO(args);
    CHECK(r.status == 0);
    CHECK(r.out == long_form.out);
  }
  // No file named '-' is written.
  TempDir dir;
  CHECK(run("--version >/dev/null; cd " + quoted(dir.str()) + " && '" JUDGEMENT_CLI "' parse -q -f csv -o - " + ilacs +
            " >/dev/null && ls -A")
            .out.empty());
}

TEST_CASE("an unknown short option, or one inside a cluster, is a usage error naming it", "[cli]") {
  const Run r = run("parse -qx " + ilacs);
  CHECK(r.status == 2);
  CHECK(has(r.err, "unknown option '-x' in '-qx'"));
  CHECK(r.out.empty());
}

TEST_CASE("an unknown option or command suggests the near one", "[cli]") {
  const Run option = run("parse --fromat csv " + ilacs);
  CHECK(option.status == 2);
  CHECK(has(option.err, "did you mean '--format'?"));
  const Run prefix = run("parse --resolve-yearless " + ilacs);
  CHECK(prefix.status == 2);
  CHECK(has(prefix.err, "did you mean '--resolve-yearless-dates'?"));
  const Run far = run("parse --zzzzzzzz " + ilacs);
  CHECK(far.status == 2);
  CHECK_FALSE(has(far.err, "did you mean"));
  const Run command = run("pasre " + ilacs);
  CHECK(command.status == 2);
  CHECK(has(command.err, "did you mean 'parse'?"));
  const Run timeline = run("timelin " + ilacs);
  CHECK(has(timeline.err, "did you mean 'timeline'?"));
}

TEST_CASE("judgement --help COMMAND shows the command's help", "[cli]") {
  const Run parse_help = run("parse --help");
  REQUIRE(parse_help.status == 0);
  CHECK(run("--help parse").out == parse_help.out);
  CHECK(run("-h parse").out == parse_help.out);
  CHECK(run("help parse").out == parse_help.out);
  CHECK(run("--help timeline").out == run("timeline --help").out);
  CHECK(run("--help scales").out == run("scales --help").out);
  CHECK(run("--help nosuch").status == 2);
  CHECK(has(parse_help.out, "-qj2"));
}

TEST_CASE("the table has colour only when asked for, or on a terminal without NO_COLOR", "[cli]") {
  const std::string escape = "\x1b[";
  // Standard output is a pipe here: auto means none.
  CHECK_FALSE(has(run("parse -q -f table " + ilacs).out, escape));
  CHECK_FALSE(has(run("parse -q -f table --color=never " + ilacs).out, escape));
  const Run always = run("parse -q -f table --color always " + ilacs);
  CHECK(always.status == 0);
  CHECK(has(always.out, escape + "3"));      // a band's colour
  CHECK(has(always.out, escape + "0m"));     // and its end
  CHECK_FALSE(has(run("parse -q -f csv --color=always " + ilacs).out, escape));  // only the table
  CHECK(run("parse -q -f table --color=sometimes " + ilacs).status == 2);
  // The colour is the only difference.
  std::string plain = always.out;
  for (std::size_t at; (at = plain.find(escape)) != std::string::npos;) plain.erase(at, plain.find('m', at) - at + 1);
  CHECK(plain == run("parse -q -f table " + ilacs).out);
}

// The widest line of `text`, in characters (UTF-8 continuation bytes not counted).
std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0, here = 0;
  for (const char c : text) {
    if (c == '\n') {
      widest = std::max(widest, here);
      here = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++here;
    }
  }
  return std::max(widest, here);
}

TEST_CASE("the table fits COLUMNS, 80 and wider, piped or not", "[cli]") {
  // Every sample and fixture: long areas, improvement points, inspectors, providers, names.
  const std::string inputs = quoted(source_dir + "/examples/reports") + " " + quoted(source_dir + "/tests/fixtures");
  for (const int columns : {80, 100, 120}) {
    const Run r = run("--version >/dev/null; COLUMNS=" + std::to_string(columns) + " '" JUDGEMENT_CLI
                      "' parse -q -f table " + inputs + " 2>/dev/null");
    INFO("COLUMNS=" << columns);
    REQUIRE(has(r.out, "Overall effectiveness"));
    CHECK(widest_line(r.out) <= static_cast<std::size_t>(columns));
  }
  // Colour codes take no columns.
  const Run colored = run("--version >/dev/null; COLUMNS=80 '" JUDGEMENT_CLI "' parse -q -f table --color=always " + ilacs);
  std::string plain = colored.out;
  for (std::size_t at; (at = plain.find("\x1b[")) != std::string::npos;) plain.erase(at, plain.find('m', at) - at + 1);
  CHECK(widest_line(plain) <= 80);
  // Wide enough, nothing is left out: the band and the scale are there.
  const Run wide = run("--version >/dev/null; COLUMNS=200 '" JUDGEMENT_CLI "' parse -q -f table " + ilacs);
  CHECK(has(wide.out, "requires_improvement"));
  CHECK(has(wide.out, "ofsted-requires-improvement"));
  CHECK(has(wide.out, "Overall effectiveness"));
  // Without COLUMNS and not on a terminal, no limit: the same as a very wide one.
  CHECK(run("parse -q -f table " + ilacs).out ==
        run("--version >/dev/null; COLUMNS=100000 '" JUDGEMENT_CLI "' parse -q -f table " + ilacs).out);
}

TEST_CASE("timeline colours its table's grades under --color, like parse", "[cli]") {
  const std::string escape = "\x1b[";
  const std::string reports = quoted(source_dir + "/examples/reports");
  const Run plain = run("timeline -q -f table " + reports + " 2>/dev/null");  // a pipe: auto means none
  REQUIRE(plain.status == 0);
  CHECK_FALSE(has(plain.out, escape));
  CHECK(run("timeline -q -f table --color=never " + reports + " 2>/dev/null").out == plain.out);
  const Run always = run("timeline -q --color always " + reports + " 2>/dev/null");
  CHECK(always.status == 0);
  CHECK(has(always.out, escape + "3"));
  std::string stripped = always.out;
  for (std::size_t at; (at = stripped.find(escape)) != std::string::npos;) stripped.erase(at, stripped.find('m', at) - at + 1);
  CHECK(stripped == plain.out);  // the colour is the only difference
  CHECK_FALSE(has(run("timeline -q -f csv --color=always " + reports + " 2>/dev/null").out, escape));
  CHECK(run("timeline -q --color=sometimes " + reports).status == 2);
  CHECK(has(run("timeline --help").out, "--color"));
}

TEST_CASE("NO_COLOR turns off auto colour on a terminal", "[cli]") {
  // script(1) gives the command a terminal; without it there is nothing to check.
  if (run("--version >/dev/null; command -v script >/dev/null").status != 0) {
    WARN("no script(1): not checked");
    return;
  }
  const std::string on_tty = "--version >/dev/null; script -qec " + quoted("'" JUDGEMENT_CLI "' parse -q -f table " +
                                                                            source_dir + "/examples/reports/2019-ilacs.txt") +
                             " /dev/null";
  CHECK(has(run(on_tty).out, "\x1b[3"));
  CHECK_FALSE(has(run("--version >/dev/null; NO_COLOR=1 script -qec " +
                      quoted("NO_COLOR=1 '" JUDGEMENT_CLI "' parse -q -f table " + source_dir +
                             "/examples/reports/2019-ilacs.txt") +
                      " /dev/null")
                      .out,
                  "\x1b[3"));
}

TEST_CASE("a document of unknown type or with nothing read gets a warning, and fails under strict", "[cli]") {
  TempDir dir;
  write_file(dir.path() / "shopping.txt", "Eggs, flour and milk.\n");
  const std::string shopping = quoted((dir.path() / "shopping.txt").string());
  const Run r = run("parse -q " + shopping);
  CHECK(r.status == 0);
  CHECK(has(r.err, "warning: "));
  CHECK(has(r.err, "shopping.txt: nothing was read from it"));
  CHECK_FALSE(r.out.empty());  // the report is still printed
  const Run strict = run("parse -q --strict " + shopping);
  CHECK(strict.status == 1);
  CHECK(strict.out == r.out);
  CHECK(run("timeline -q --strict " + shopping).status == 1);

  // A known report: no warning, and --strict changes nothing.
  const Run known = run("parse -q --strict " + ilacs);
  CHECK(known.status == 0);
  CHECK(known.err.empty());
}

TEST_CASE("the CLI option resolve-yearless-dates is the library's resolve_yearless_dates", "[cli][dates]") {
  const std::string letter = quoted(source_dir + "/tests/fixtures/focused_visit_yearless.txt");
  const Run plain = run("parse -q " + letter);
  CHECK(plain.status == 0);
  CHECK(has(plain.out, "\"yearless-date\""));
  CHECK_FALSE(has(plain.out, "\"text\": \"13 and 14 July\""));  // no date mention
  const Run resolved = run("parse -q --resolve-yearless-dates " + letter);
  CHECK(resolved.status == 0);
  CHECK(has(resolved.out, "\"2021-07-13\""));
  CHECK_FALSE(has(resolved.out, "\"yearless-date\""));
}

TEST_CASE("files found in subfolders are named by their path below the folder given", "[cli]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "a");
  std::filesystem::create_directories(dir.path() / "b");
  const std::string text = judgement::test::read_file(source_dir + "/examples/reports/2019-ilacs.txt");
  write_file(dir.path() / "a" / "report.txt", text);
  write_file(dir.path() / "b" / "report.txt", text);
  write_file(dir.path() / "top.txt", text);
  const Run r = run("parse -q -f jsonl " + quoted(dir.str()));
  REQUIRE(r.status == 0);
  const std::size_t a = r.out.find("\"name\":\"a/report.txt\"");
  const std::size_t b = r.out.find("\"name\":\"b/report.txt\"");
  const std::size_t top = r.out.find("\"name\":\"top.txt\"");
  CHECK(a != std::string::npos);
  CHECK(b != std::string::npos);
  CHECK(top != std::string::npos);
  CHECK((a < b && b < top));  // sorted, depth first
  // A file named outright keeps its file name, as the library names it.
  CHECK(has(run("parse -q " + quoted((dir.path() / "a" / "report.txt").string())).out, "\"name\": \"report.txt\""));
}

TEST_CASE("the options --profiles and --scales add the definitions of a file; a refused one is a usage error at its line",
          "[cli]") {
  TempDir dir;
  write_file(dir.path() / "harbour.profiles",
             "profile harbour_review \"Harbour review\"\n"
             "  inspectorate ofsted\n"
             "  title \"harbour review of\"\n"
             "  scale traffic-light\n"
             "  area harbour_outcomes \"harbour outcomes\"\n"
             "end\n");
  write_file(dir.path() / "traffic.scales", "scale traffic-light \"Traffic light\"\n  \"Green\" \"Amber\" \"Red\"\nend\n");
  write_file(dir.path() / "bad.profiles", "profile x \"X\"\n  kind pamphlet\nend\n");
  write_file(dir.path() / "review.txt", "Harbour review of Eastmere\n\nHarbour outcomes        Amber\n");
  const std::string review = quoted((dir.path() / "review.txt").string());

  const Run plain = run("parse --quiet --format json " + review);
  REQUIRE(plain.status == 0);
  CHECK_FALSE(has(plain.out, "harbour_review"));

  const Run both = run("parse --quiet --format json --profiles " + quoted((dir.path() / "harbour.profiles").string()) +
                       " --scales=" + quoted((dir.path() / "traffic.scales").string()) + " " + review);
  REQUIRE(both.status == 0);
  CHECK(has(both.out, "\"type\": \"harbour_review\""));
  CHECK(has(both.out, "\"area_id\": \"harbour_outcomes\""));
  CHECK(has(both.out, "\"scale\": \"traffic-light\""));
  CHECK(has(both.out, "\"grade\": \"Amber\""));

  const Run bad = run("parse --profiles " + quoted((dir.path() / "bad.profiles").string()) + " " + review);
  CHECK(bad.status == 2);
  CHECK(has(bad.err, "bad.profiles: 2:"));  // the file, then the line and column
  const Run missing = run("timeline --scales " + quoted((dir.path() / "none.scales").string()) + " " + review);
  CHECK(missing.status == 2);
  CHECK(has(missing.err, "none.scales"));
}
