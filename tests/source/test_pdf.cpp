// PDF input: found by content, text per page with form feeds, spans with pages, and a clear
// error for what poppler cannot open.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "fixtures/fixtures.hpp"
#include "judgement/parse.hpp"

using namespace judgement;

namespace {

std::string fixture(const std::string& name) { return fixtures::read("pdf/" + name); }

std::size_t count(const std::string& s, char c) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), c)); }

}  // namespace

TEST_CASE("is_pdf looks at the content", "[pdf]") {
  CHECK(is_pdf("%PDF-1.7\n..."));
  CHECK(is_pdf(std::string(100, ' ') + "%PDF-1.4"));  // junk before the header is allowed
  CHECK_FALSE(is_pdf(std::string(1100, ' ') + "%PDF-1.4"));
  CHECK_FALSE(is_pdf("Inspection of children's social care services"));
  CHECK_FALSE(is_pdf(""));
  CHECK(is_pdf(fixture("ilacs.pdf")));
}

TEST_CASE("pdf_text gives every page, each ending in one form feed", "[pdf]") {
  const std::string pdf = fixture("ilacs.pdf");
  for (PdfLayout layout : {PdfLayout::physical, PdfLayout::reading_order, PdfLayout::raw}) {
    const auto text = pdf_text(pdf, layout);
    REQUIRE(text);
    CHECK(count(*text, '\f') == 2);
    CHECK(text->back() == '\f');
    CHECK(text->find("Larkfield Borough Council") != std::string::npos);
    CHECK(text->find("What needs to improve") > text->find('\f'));
  }
  // Physical layout keeps a table row on one line.
  const auto physical = pdf_text(pdf, PdfLayout::physical);
  REQUIRE(physical);
  const std::size_t row = physical->find("Overall effectiveness");
  REQUIRE(row != std::string::npos);
  const std::size_t eol = physical->find('\n', row);
  CHECK(physical->substr(row, eol - row).find("Good") != std::string::npos);
}

TEST_CASE("a PDF that cannot be opened is an ErrorCode::pdf error saying why", "[pdf]") {
  const auto encrypted = pdf_text(fixture("encrypted.pdf"));
  REQUIRE_FALSE(encrypted);
  CHECK(encrypted.error().code == ErrorCode::pdf);
  CHECK(encrypted.error().message.find("encrypted") != std::string::npos);
  for (const char* name : {"corrupt.pdf", "truncated.pdf"}) {
    INFO(name);
    const auto r = pdf_text(fixture(name));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::pdf);
    CHECK(r.error().message.find("corrupt or truncated") != std::string::npos);
  }
  const auto not_pdf = pdf_text("plain text");
  REQUIRE_FALSE(not_pdf);
  CHECK(not_pdf.error().code == ErrorCode::pdf);
}

TEST_CASE("parse reads PDF bytes: format pdf, spans into the text with pages", "[pdf]") {
  const std::string pdf = fixture("ilacs.pdf");
  const auto report = parse(pdf, {.name = "in-memory"});
  REQUIRE(report);
  CHECK(report->source.format == SourceFormat::pdf);
  CHECK(report->source.bytes == pdf.size());
  CHECK(report->store->source().find("Larkfield") != std::string::npos);  // the extracted text
  REQUIRE(report->judgements.size() == 4);
  const Span first = report->judgements.front().evidence.front();
  CHECK(first.page == 1);
  CHECK(report->store->source().substr(first.begin, first.end - first.begin).find("Good") != std::string::npos);
  REQUIRE_FALSE(report->findings.empty());
  CHECK(report->findings.front().span.page == 2);
  // The ligature (U+FB01) in "of \uFB01nal reviews" is read as its letters.
  CHECK(report->findings.front().text.find("final reviews") != std::string_view::npos);

  const std::string path = std::string(JUDGEMENT_SOURCE_DIR) + "/tests/fixtures/pdf/encrypted.pdf";
  const auto bad = parse_file(path);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == ErrorCode::pdf);
  CHECK(bad.error().message.rfind(path + ": cannot open the PDF", 0) == 0);
}
