// The quantities recogniser over whole documents: every figure of every block, its span into
// the original input (whose bytes are the quantity's text), lines, units kept alive by the
// report, and what it must leave alone. The documents are made up for the test.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/parse.hpp"
#include "judgement/report.hpp"
#include "recognise/recognisers.hpp"
#include "../support/pipeline.hpp"

using namespace judgement;

namespace {

Report quantities_of(const std::string& text) { return testing::run_recogniser(text, detail::recognise_quantities); }

std::vector<std::string> texts(const Report& report) {
  std::vector<std::string> out;
  for (const Quantity& q : report.quantities) out.emplace_back(q.text);
  return out;
}

// The original bytes a span points at.
std::string_view at(const Report& report, const Span& span) {
  return report.store->source().substr(span.begin, span.end - span.begin);
}

bool is_view_of(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

const char* const kLetter =
    "Inspection of Anytown children's services\n"
    "\n"
    "Inspectors found that 74 children from 43 families were supported by 12 social workers\n"
    "in 2019. Re-referrals fell from 39% to 25%, and adoption took 45 weeks.\n"
    "\n"
    "The council invested \u00a37.6m. As many as 55 were waiting; 80 per cent were seen within 24 hours.\n"
    "\n"
    "- Each worker has between 20 and 30 children.\n"
    "- Grade 4 was given on 15 July 2019 to Key Stage 2 services.\n";

}  // namespace

TEST_CASE("the recogniser finds every figure with its span, line and unit", "[quantities]") {
  const Report report = quantities_of(kLetter);
  REQUIRE(texts(report) == std::vector<std::string>{"74 children", "43 families", "12 social workers",
                                                    "from 39% to 25%", "45 weeks", "\u00a37.6m", "As many as 55",
                                                    "80 per cent", "within 24 hours", "between 20 and 30 children",
                                                    "between 20 and 30 children"});
  struct Want {
    double value;
    std::string_view unit;
    std::optional<double> from;
    std::uint32_t line;
  };
  const std::vector<Want> want = {{74, "children", std::nullopt, 3},     {43, "families", std::nullopt, 3},
                                  {12, "social workers", std::nullopt, 3}, {25, "percent", 39, 4},
                                  {45, "weeks", std::nullopt, 4},        {7600000, "GBP", std::nullopt, 6},
                                  {55, "count", std::nullopt, 6},        {80, "percent", std::nullopt, 6},
                                  {24, "hours", std::nullopt, 6},        {20, "children", std::nullopt, 8},
                                  {30, "children", std::nullopt, 8}};
  for (std::size_t k = 0; k < want.size(); ++k) {
    const Quantity& q = report.quantities[k];
    INFO("quantity: " << q.text);
    CHECK(q.value == want[k].value);
    CHECK(q.unit == want[k].unit);
    CHECK(q.from == want[k].from);
    CHECK(q.span.line == want[k].line);
    // The text is the input's own bytes at the span, kept as a view of it.
    CHECK(at(report, q.span) == q.text);
    CHECK(is_view_of(q.text, report.store->source()));
  }
}

TEST_CASE("a figure broken over two lines reads as joined text with a span over both lines", "[quantities]") {
  const Report report = quantities_of("The service supports 23 care\nleavers and 400 looked\nafter children.\n");
  // The text is the block's joined text (one space for the line break); the span still points
  // at the input's own bytes, line break included.
  REQUIRE(texts(report) == std::vector<std::string>{"23 care leavers", "400 looked after children"});
  CHECK(report.quantities[0].unit == "care leavers");
  CHECK(at(report, report.quantities[0].span) == "23 care\nleavers");
  CHECK(report.quantities[1].unit == "children");
  CHECK(at(report, report.quantities[1].span) == "400 looked\nafter children");
  CHECK(report.quantities[1].span.line == 2);
}

TEST_CASE("units are kept alive by the report", "[quantities]") {
  const Report report = quantities_of("Staff saw 74 children and 3 Young people.\n");
  REQUIRE(report.quantities.size() == 1);
  // A noun written in lower case is a view of the input itself.
  CHECK(report.quantities[0].unit == "children");
  CHECK(is_view_of(report.quantities[0].unit, report.store->source()));
  // A copy of the report shares the store, so its views stay valid after the original goes.
  std::optional<Report> copy;
  {
    const Report original = quantities_of("A caseload of 23 care\nleavers, down 5%.\n");
    copy = original;
  }
  REQUIRE(copy->quantities.size() == 2);
  CHECK(copy->quantities[0].unit == "care leavers");
  CHECK(copy->quantities[1].unit == "percent");
}

TEST_CASE("the recogniser leaves dates, years, labels and numbers that are names alone", "[quantities]") {
  const Report report = quantities_of(
      "Inspection dates: 15 to 26 July 2019\n"
      "\n"
      "1. In 2019, as paragraph 3.14 says, the 2011/12 figures for Year 6 were Grade 4.\n"
      "\n"
      "2. Call 0300 123 4234 at 10:30, or write to Kew TW9 4DU. Anytown is one of three.\n"
      "\n"
      "3. Children aged 16 to 17 years old, 1 in 5 children, 46.2 per 10,000 children.\n");
  CHECK(texts(report) == std::vector<std::string>{});
}

TEST_CASE("parse() reports quantities beside the dates they are not", "[quantities]") {
  const Result<Report> result = parse(
      "Anytown local authority children's services\n"
      "\n"
      "Inspection dates: 15 to 26 July 2019\n"
      "\n"
      "Since the last inspection in 2016, timeliness improved from 45 weeks to 32 weeks and\n"
      "the service now works with 1,251 children.\n");
  REQUIRE(result.ok());
  const Report& report = *result;
  REQUIRE(texts(report) == std::vector<std::string>{"from 45 weeks to 32 weeks", "1,251 children"});
  CHECK(report.quantities[0].value == 32);
  CHECK(report.quantities[0].from == 45);
  CHECK(report.quantities[0].unit == "weeks");
  CHECK(report.quantities[1].value == 1251);
  CHECK(report.quantities[1].unit == "children");
  for (const Quantity& q : report.quantities) CHECK(at(report, q.span) == q.text);
  CHECK_FALSE(report.dates.empty());
}
