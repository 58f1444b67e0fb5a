// Whatever users feed it: every input gives a report or a clear error with its position, and
// nothing crashes. (The timing of huge and pathological inputs is measured by the benchmarks,
// never by a timed test; here they must only come back whole.)
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "judgement/json.hpp"
#include "judgement/parse.hpp"

using namespace judgement;

namespace {

std::size_t count_code(const Report& r, std::string_view code) {
  std::size_t n = 0;
  for (const Diagnostic& d : r.diagnostics) n += d.code == code;
  return n;
}

std::filesystem::path temp_file(const std::string& name, const std::string& bytes) {
  const auto path = std::filesystem::temp_directory_path() / ("judgement-bad-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string utf16(const std::string& ascii, bool little) {
  std::string out = little ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
  for (char c : ascii) {
    if (little) {
      out += c;
      out += '\0';
    } else {
      out += '\0';
      out += c;
    }
  }
  return out;
}

const std::string cover =
    "Larkfield Borough Council\n"
    "Inspection of children's social care services\n"
    "Inspection dates: 7 October 2019 to 18 October 2019\n\n"
    "Overall effectiveness: Good\n";

}  // namespace

TEST_CASE("an empty input and one of white space only give empty reports", "[bad-input]") {
  for (const std::string& text : {std::string(), std::string(" \n\t\n\f\r\n  ")}) {
    const auto r = parse(text);
    REQUIRE(r);
    CHECK(r->document.type == DocumentType::unknown);
    CHECK(r->judgements.empty());
    CHECK(r->paragraphs.empty());
    CHECK(r->diagnostics.empty());
    CHECK(report_from_json(to_json(*r)).value() == *r);
  }
}

TEST_CASE("invalid UTF-8: replaced with a diagnostic, or refused with its position", "[bad-input]") {
  const std::string text = cover + "Caseloads fell by 10\xFF per cent.\n";
  const auto replaced = parse(text);
  REQUIRE(replaced);
  REQUIRE(count_code(*replaced, "invalid-utf8") == 1);
  CHECK(replaced->judgements.size() == 1);
  ParseOptions strict;
  strict.utf8 = Utf8Policy::strict;
  const auto refused = parse(text, strict);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::encoding);
  CHECK(refused.error().offset == text.find('\xFF'));
  CHECK(refused.error().line == 6);
  CHECK(refused.error().column == 21);
}

TEST_CASE("UTF-16 with a byte-order mark is read as the UTF-8 it stands for", "[bad-input]") {
  for (bool little : {true, false}) {
    INFO((little ? "UTF-16LE" : "UTF-16BE"));
    const auto r = parse(utf16(cover, little));
    REQUIRE(r);
    CHECK(r->document.provider == "Larkfield Borough Council");
    REQUIRE(r->judgements.size() == 1);
    CHECK(r->judgements[0].grade == "Good");
    REQUIRE(count_code(*r, "transcoded") == 1);
    CHECK(r->store->source().substr(0, 9) == "Larkfield");  // spans index the UTF-8 text
    CHECK(count_code(*r, "invalid-utf8") == 0);
    CHECK(count_code(*r, "nul-byte") == 0);
  }
  // An unpaired surrogate: U+FFFD and a warning, or under the strict policy an error at it.
  std::string broken = utf16("Larkfield", true);
  broken += std::string("\x00\xD8", 2) + std::string("A\0", 2);
  const auto replaced = parse(broken);
  REQUIRE(replaced);
  CHECK(replaced->store->source() == "Larkfield\xEF\xBF\xBD" "A");
  ParseOptions strict;
  strict.utf8 = Utf8Policy::strict;
  const auto refused = parse(broken, strict);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::encoding);
  CHECK(refused.error().offset == 20);
}

TEST_CASE("NUL bytes are read as spaces and said", "[bad-input]") {
  std::string text = cover;
  text.insert(10, std::string("\0\0", 2));
  const auto r = parse(text);
  REQUIRE(r);
  CHECK(count_code(*r, "nul-byte") == 2);
  CHECK(r->judgements.size() == 1);
}

TEST_CASE("random binary gives a report with its bad bytes said, and a bounded number of notes", "[bad-input]") {
  std::mt19937 random(20261122);
  std::string bytes(1 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  bytes[0] = 'x';  // not a PDF or UTF-16 header
  const auto r = parse(bytes);
  REQUIRE(r);
  CHECK(count_code(*r, "invalid-utf8") > 0);
  CHECK(count_code(*r, "too-many-notes") == 1);
  CHECK(r->diagnostics.size() < 5000);
  CHECK(report_from_json(to_json(*r)).value() == *r);
}

TEST_CASE("a 10 MB single line and a 100 MB input come back whole", "[bad-input][large]") {
  const std::string line(10u << 20, 'a');
  const auto one_line = parse(line);
  REQUIRE(one_line);
  CHECK(one_line->source.bytes == line.size());
  CHECK(count_code(*one_line, "unclassified") == 1);

  std::string big;
  // No form feeds: lines repeated at the edges of pages would be running headers, not content.
  const std::string page = cover + "\n1. Children are seen within 5 working days in 74% of cases.\n\n";
  big.reserve((100u << 20) + page.size());
  while (big.size() < (100u << 20)) big += page;
  const auto r = parse(big);
  REQUIRE(r);
  CHECK(r->source.bytes == big.size());
  // Read to the end: every copy's inspection dates are there.
  CHECK(r->dates.size() >= big.size() / page.size());
  CHECK(r->dates.back().span.begin > big.size() - page.size());
}

TEST_CASE("files: missing, a folder, unreadable, and bad PDFs are io or pdf errors naming them", "[bad-input]") {
  const auto missing = parse_file("/no/such/judgement-file.txt");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::io);
  CHECK(missing.error().message == "/no/such/judgement-file.txt: No such file or directory");

  const auto folder = parse_file(std::filesystem::temp_directory_path().string());
  REQUIRE_FALSE(folder);
  CHECK(folder.error().code == ErrorCode::io);
  CHECK(folder.error().message.find("Is a directory") != std::string::npos);

  const std::string pdfs = std::string(JUDGEMENT_SOURCE_DIR) + "/tests/fixtures/pdf/";
  for (const char* name : {"corrupt.pdf", "truncated.pdf", "encrypted.pdf"}) {
    const auto r = parse_file(pdfs + name);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::pdf);
    CHECK(r.error().message.rfind(pdfs + name + ": ", 0) == 0);
  }

  // A file the reader may not read. Root reads everything, so as root the check runs in a
  // child that has given up root for "nobody".
  const auto secret = temp_file("secret.txt", cover);
  ::chmod(secret.c_str(), 0600);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
    const auto r = parse_file(secret.string());
    const bool ok = !r && r.error().code == ErrorCode::io &&
                    r.error().message == secret.string() + ": Permission denied";
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  std::filesystem::remove(secret);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a file of 4 GiB or more is refused from its size, unread, whatever max_bytes says", "[bad-input][bounds]") {
  // A sparse file: 4 GiB long, no disk or memory behind it. Offsets are 32 bits, so the
  // library reads 4 GiB - 1 bytes at most, even with max_bytes 0 (no bound of the caller's).
  const auto huge = temp_file("huge.txt", "");
  // Removed however the test ends: a REQUIRE that fails leaves no 4 GiB file behind.
  struct Remove {
    std::filesystem::path path;
    ~Remove() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  } const remove_huge{huge};
  std::filesystem::resize_file(huge, max_input_bytes + 1);
  for (const std::size_t max_bytes : {std::size_t{0}, std::size_t{8} << 30}) {
    ParseOptions options;
    options.max_bytes = max_bytes;
    const auto r = parse_file(huge.string(), options);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::limit);
    CHECK(r.error().message ==
          huge.string() + ": the input is 4294967296 bytes, more than the 4294967295 bytes (4 GiB - 1) judgement reads");
  }
  // A bound of the caller's below it is told as theirs.
  ParseOptions small;
  small.max_bytes = 1 << 20;
  const auto r = parse_file(huge.string(), small);
  REQUIRE_FALSE(r);
  CHECK(r.error().message == huge.string() + ": the input is 4294967296 bytes, more than max_bytes (1048576 bytes)");
}
