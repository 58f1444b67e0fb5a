// PDFs that cost more than their size, and PDFs whose text layer is not what the page shows.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "fixtures/fixtures.hpp"
#include "judgement/parse.hpp"

using namespace judgement;

namespace {

std::string fixture(const std::string& name) { return fixtures::read("pdf/" + name); }

const Diagnostic* find(const Report& r, std::string_view code) {
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("a form XObject fan-out ends within the PDF budget with an error that says which", "[pdf][bounds]") {
  // 4 KB that draw a billion glyphs: unbounded, poppler ran for minutes and took gigabytes.
  const std::string pdf = fixture("hostile/fanout.pdf");
  REQUIRE(pdf.size() < 8192);
  {
    ParseOptions o;
    o.pdf_max_milliseconds = 500;
    const auto start = std::chrono::steady_clock::now();
    const auto r = parse(pdf, o);
    CHECK(seconds_since(start) < 10);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::limit);
    CHECK(r.error().message.find("pdf_max_milliseconds (500 ms)") != std::string::npos);
  }
  {
    ParseOptions o;
    o.pdf_max_milliseconds = 0;
    o.pdf_max_glyphs = 2000;
    const auto r = parse(pdf, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::limit);
    CHECK(r.error().message.find("pdf_max_glyphs (2000)") != std::string::npos);
  }
  {
    ParseOptions o;
    o.pdf_max_milliseconds = 0;
    o.pdf_max_read_bytes = 100'000;
    const auto r = parse(pdf, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("pdf_max_read_bytes (100000 bytes") != std::string::npos);
  }
  // The bounds are far above what a real report needs.
  ParseOptions small;
  small.pdf_max_read_bytes = 1'000'000;
  small.pdf_max_glyphs = 5000;
  CHECK(parse(fixture("ilacs.pdf"), small).ok());
}

TEST_CASE("a PDF being read can be cancelled", "[pdf][bounds]") {
  std::atomic<int> polls{0};
  ParseOptions o;
  o.pdf_max_milliseconds = 0;
  o.cancel = [&] { return ++polls >= 3; };
  const auto start = std::chrono::steady_clock::now();
  const auto r = parse(fixture("hostile/fanout.pdf"), o);
  CHECK(seconds_since(start) < 10);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == ErrorCode::cancelled);
  CHECK(polls >= 3);
  // A cancel that never fires changes nothing.
  ParseOptions never;
  never.cancel = [] { return false; };
  const auto ilacs = parse(fixture("ilacs.pdf"), never);
  REQUIRE(ilacs);
  const auto plain = parse(fixture("ilacs.pdf"));
  REQUIRE(plain);
  CHECK(*ilacs == *plain);
}

TEST_CASE("a grade read from invisible text is warned of where it is", "[pdf][bounds]") {
  // "Good" is in the text layer in render mode 3 (not drawn); the page draws "Inadequate".
  const auto r = parse(fixture("invisible.pdf"));
  REQUIRE(r);
  REQUIRE(r->judgements.size() == 1);
  CHECK(r->judgements[0].grade == "Good");
  const Diagnostic* summary = find(*r, "pdf-text-not-drawn");
  REQUIRE(summary);
  CHECK(summary->severity == Severity::warning);
  CHECK(summary->message.find("4 characters are not drawn") != std::string::npos);
  const Diagnostic* fact = find(*r, "not-drawn");
  REQUIRE(fact);
  CHECK(fact->severity == Severity::warning);
  CHECK(fact->span == r->judgements[0].evidence.front());
  CHECK(fact->span.page == 1);
}

TEST_CASE("a grade whose text a ToUnicode map gives other letters than drawn is warned of", "[pdf][bounds]") {
  // The page draws "Poor"; the font's ToUnicode map makes the text layer read "Good".
  const auto r = parse(fixture("tounicode.pdf"));
  REQUIRE(r);
  REQUIRE(r->judgements.size() == 1);
  CHECK(r->judgements[0].grade == "Good");
  const Diagnostic* summary = find(*r, "pdf-text-not-drawn");
  REQUIRE(summary);
  CHECK(summary->message.find("2 characters' text") != std::string::npos);
  const Diagnostic* fact = find(*r, "not-drawn");
  REQUIRE(fact);
  CHECK(fact->span == r->judgements[0].evidence.front());
  // A PDF whose text layer is what it draws has no such warning.
  const auto plain = parse(fixture("ilacs.pdf"));
  REQUIRE(plain);
  CHECK(find(*plain, "pdf-text-not-drawn") == nullptr);
  CHECK(find(*plain, "not-drawn") == nullptr);
}

TEST_CASE("a PDF without a text layer is a warning, not a silently empty report", "[pdf][bounds]") {
  const auto r = parse(fixture("scanned.pdf"));
  REQUIRE(r);
  CHECK(r->judgements.empty());
  const Diagnostic* d = find(*r, "no-text-layer");
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->span.page == 1);
  const auto plain = parse(fixture("ilacs.pdf"));
  REQUIRE(plain);
  CHECK(find(*plain, "no-text-layer") == nullptr);
}
