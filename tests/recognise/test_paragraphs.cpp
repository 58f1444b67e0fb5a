// Numbered paragraphs through the public API: each once, with its number, its label as printed,
// its section and whether its number had to be inferred.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"

using judgement::Paragraph;
using judgement::Report;

namespace {

Report parse_fixture(const std::string& name) {
  auto r = judgement::parse(fixtures::read(name));
  INFO(name);
  REQUIRE(r.ok());
  return std::move(r).value();
}

std::vector<std::string> labels_of(const Report& r) {
  std::vector<std::string> labels;
  for (const Paragraph& p : r.paragraphs) labels.emplace_back(p.label);
  return labels;
}

std::vector<int> numbers_of(const Report& r) {
  std::vector<int> numbers;
  for (const Paragraph& p : r.paragraphs) numbers.push_back(p.number);
  return numbers;
}

const Paragraph& paragraph(const Report& r, std::string_view label) {
  const Paragraph* found = nullptr;
  for (const Paragraph& p : r.paragraphs) {
    if (p.label == label) found = &p;
  }
  INFO("paragraph " << label);
  REQUIRE(found != nullptr);
  return *found;
}

std::string original_of(const Report& r, const Paragraph& p) {
  return std::string(fixtures::original_at(r.store->source(), p.span));
}

const std::string help_and_protection =
    "The experiences and progress of children who need help and protection: requires improvement to be good";

}  // namespace

TEST_CASE("ILACS as pdftotext -layout gives it: each numbered paragraph once, in order, with its section", "[paragraphs]") {
  const Report r = parse_fixture("ilacs_layout.txt");
  CHECK(numbers_of(r) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9});
  CHECK(labels_of(r) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7", "8", "9"});
  for (const Paragraph& p : r.paragraphs) {
    INFO("paragraph " << p.number);
    CHECK_FALSE(p.inferred);
    if (p.number <= 5) CHECK(p.section == help_and_protection);
    else if (p.number <= 7) CHECK(p.section == "The experiences and progress of children in care: good");
    else CHECK(p.section == "The impact of leaders on social work practice with children and families: good");
  }
  // Spans follow one another through the text.
  for (std::size_t k = 1; k < r.paragraphs.size(); ++k) CHECK(r.paragraphs[k - 1].span.end <= r.paragraphs[k].span.begin);
}

TEST_CASE("ILACS as pdftotext -layout gives it: a paragraph cut by a page break is one paragraph whose span crosses the break",
          "[paragraphs]") {
  const Report r = parse_fixture("ilacs_layout.txt");
  const Paragraph& four = paragraph(r, "4");
  CHECK(four.span.page == 2);
  const std::string text = original_of(r, four);
  CHECK(text.starts_with("For children who live with neglect"));
  CHECK(text.find('\f') != std::string::npos);
  CHECK(text.ends_with("children concerned."));
  // The running footer inside the span is not a paragraph of its own.
  CHECK(paragraph(r, "5").span.begin > four.span.end);
}

TEST_CASE("plain ILACS: a number alone on its line numbers the text after it", "[paragraphs]") {
  const Report r = parse_fixture("ilacs_plain.txt");
  CHECK(numbers_of(r) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8});
  const Paragraph& five = paragraph(r, "5");
  CHECK_FALSE(five.inferred);
  const std::string text = original_of(r, five);
  CHECK((text.starts_with("5.") || text.starts_with("Children who need longer-term support")));
  CHECK(text.ends_with("allocated promptly."));
  for (const Paragraph& p : r.paragraphs) {
    INFO("paragraph " << p.number);
    if (p.number <= 6) CHECK(p.section == help_and_protection);
    if (p.number == 7) CHECK(p.section == "The experiences and progress of children in care: good");
  }
}

TEST_CASE("plain ILACS: a page footer with the inspection dates is neither a section nor part of a paragraph",
          "[paragraphs]") {
  const Report r = parse_fixture("ilacs_plain.txt");
  CHECK(paragraph(r, "8").section == "The experiences and progress of children in care: good");
  // Paragraph 4 runs on over the page break; the footer between is not in its text.
  const Paragraph& four = paragraph(r, "4");
  CHECK(original_of(r, four).ends_with("chronic harm on their daily lives."));
  CHECK(four.span.end < paragraph(r, "5").span.begin);
}

TEST_CASE("committee paper: dotted numbers keep their label, and '3.14' is paragraph 14", "[paragraphs]") {
  const Report r = parse_fixture("committee_paper.txt");
  CHECK(labels_of(r) == std::vector<std::string>{"1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
                                                 "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "4.1"});
  const Paragraph& p = paragraph(r, "3.14");
  CHECK(p.number == 14);
  CHECK_FALSE(p.inferred);
  CHECK(p.section == "Summary of the focused visit");
  CHECK(paragraph(r, "3.10").number == 10);
  CHECK(paragraph(r, "2.1").section == "Background");
  CHECK(paragraph(r, "1.1").section == "Budget and policy framework");
  // The numbered titles ("2. Background") are headings, not paragraphs.
  std::set<std::string> labels;
  for (const Paragraph& q : r.paragraphs) {
    CHECK(q.label.find('.') != std::string_view::npos);
    CHECK(labels.insert(std::string(q.label)).second);
  }
  CHECK(original_of(r, p).find("Inspectors asked leaders") != std::string::npos);
}

TEST_CASE("2013 Markdown report: lost numbers are inferred and flagged", "[paragraphs]") {
  const Report r = parse_fixture("lac_inspection_2013.md");
  CHECK(numbers_of(r) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8});
  std::map<int, bool> inferred;
  for (const Paragraph& p : r.paragraphs) inferred[p.number] = p.inferred;
  CHECK(inferred == std::map<int, bool>{{1, true}, {2, false}, {3, false}, {4, false}, {5, true}, {6, false},
                                        {7, false}, {8, false}});
  CHECK(paragraph(r, "1").section == "About this inspection");
  CHECK(paragraph(r, "2").section == "About this inspection");
  CHECK(paragraph(r, "3").section == "The inspection judgements and what they mean");
  CHECK(paragraph(r, "5").section == "Service information");
  CHECK(paragraph(r, "7").section == "Leadership and management");
  CHECK(original_of(r, paragraph(r, "1")).starts_with("The purpose of this inspection"));
  CHECK(original_of(r, paragraph(r, "5")).starts_with("Care leavers numbered 140"));
}

TEST_CASE("letters and news releases have no numbered paragraphs", "[paragraphs]") {
  for (const char* name : {"focused_visit_letter.txt", "focused_visit_team.txt", "news_release.txt"}) {
    INFO(name);
    CHECK(parse_fixture(name).paragraphs.empty());
  }
}

TEST_CASE("a paragraph is never listed twice", "[paragraphs]") {
  for (const std::string& name : fixtures::document_names()) {
    INFO(name);
    const Report r = parse_fixture(name);
    std::set<std::string> labels;
    std::set<std::size_t> starts;
    for (const Paragraph& p : r.paragraphs) {
      CHECK(labels.insert(std::string(p.label)).second);
      CHECK(starts.insert(p.span.begin).second);
      CHECK(p.number > 0);
      CHECK_FALSE(p.label.empty());
    }
  }
}
