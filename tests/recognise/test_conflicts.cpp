// Facts a report states twice in different ways are conflicts, said where they stand: two grades
// on one row, two different inspection dates. And numbered paragraphs go past 999.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "judgement/parse.hpp"

using namespace judgement;

namespace {

Report parsed(const std::string& text) {
  auto r = parse(text);
  REQUIRE(r.ok());
  return std::move(r).value();
}

std::vector<const Diagnostic*> with_code(const Report& r, std::string_view code) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) out.push_back(&d);
  }
  return out;
}

const std::string cover = "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n\n";

}  // namespace

TEST_CASE("two grades on one table row are a conflict, the area's name left whole", "[judgements]") {
  for (const std::string& row : {std::string("Overall effectiveness          Good          Inadequate\n"),
                                std::string("Overall effectiveness\tGood\tInadequate\n"),
                                std::string("Judgement Grade\nOverall effectiveness Good Inadequate\n")}) {
    INFO(row);
    const Report r = parsed(cover + row + "\n1. Leaders do not know their services well enough.\n");
    REQUIRE(r.judgements.size() == 1);
    CHECK(r.judgements[0].area == "Overall effectiveness");
    CHECK(r.judgements[0].evidence.size() == 2);
    const auto conflicts = with_code(r, "judgement-conflict");
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0]->severity == Severity::warning);
    CHECK(conflicts[0]->span.line == (row.starts_with("Judgement") ? 4u : 3u));
    CHECK(conflicts[0]->message.find("Good") != std::string::npos);
    CHECK(conflicts[0]->message.find("Inadequate") != std::string::npos);
  }
  // One grade on a row is no conflict.
  const Report one = parsed(cover + "Overall effectiveness          Inadequate\n");
  CHECK(with_code(one, "judgement-conflict").empty());
  REQUIRE(one.judgements.size() == 1);
  CHECK(one.judgements[0].area == "Overall effectiveness");
}

TEST_CASE("two different inspection dates are a conflict, not the first one silently", "[document]") {
  const std::string text = "Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
                           "Inspection dates: 8 to 19 June 2026\n"
                           "Lead inspector: Ann Example, His Majesty\xE2\x80\x99s Inspector\n"
                           "Inspection dates: 15 to 26 June 2026\n\n"
                           "Overall effectiveness          Good\n";
  const Report r = parsed(text);
  const auto conflicts = with_code(r, "document-conflict");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->severity == Severity::warning);
  CHECK(conflicts[0]->span.line == 4);
  CHECK(conflicts[0]->message.find("8 to 19 June 2026") != std::string::npos);
  CHECK(conflicts[0]->message.find("15 to 26 June 2026") != std::string::npos);
  // The same dates twice agree.
  const Report same = parsed("Inspection of Eastmoor local authority children\xE2\x80\x99s services\n"
                             "Inspection dates: 8 to 19 June 2026\n"
                             "Inspection dates: 8 to 19 June 2026\n");
  CHECK(with_code(same, "document-conflict").empty());
}

TEST_CASE("numbered paragraphs go on past 999; a year that starts a line is not one", "[paragraphs]") {
  std::string text = cover;
  for (int n = 995; n <= 1010; ++n) {
    text += std::to_string(n) + ". Paragraph " + std::to_string(n) + " says something about the service.\n\n";
  }
  text += "2019. Leaders knew this in the year the plan began.\n";
  const Report r = parsed(text);
  REQUIRE(r.paragraphs.size() == 16);
  for (std::size_t k = 0; k < r.paragraphs.size(); ++k) CHECK(r.paragraphs[k].number == 995 + static_cast<int>(k));
  // Paragraph 999 ends where 1000 starts.
  const Paragraph& p999 = r.paragraphs[4];
  CHECK(std::string_view(text).substr(p999.span.begin, p999.span.end - p999.span.begin) ==
        "Paragraph 999 says something about the service.");
  CHECK(r.paragraphs.back().label == "1010");

  // Plain pdftotext, no blank lines: paragraph 999 used to run to the end of the file.
  std::string plain = cover;
  for (int n = 998; n <= 1002; ++n) {
    plain += std::to_string(n) + ". Paragraph " + std::to_string(n) + " says something about the service.\n";
  }
  const Report p = parsed(plain);
  REQUIRE(p.paragraphs.size() == 5);
  CHECK(p.paragraphs[1].number == 999);
  CHECK(p.paragraphs[1].span.end - p.paragraphs[1].span.begin ==
        std::string_view("Paragraph 999 says something about the service.").size());
  CHECK(p.paragraphs[4].number == 1002);
}
