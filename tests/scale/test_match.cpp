// Grades are read as written, against the scale in force, never guessed across scales.
#include <catch2/catch.hpp>

#include <string>

#include "judgement/scale.hpp"

using namespace judgement;

namespace {

const GradeScale& scale(const char* id) {
  const GradeScale* s = ScaleRegistry::builtin().find(id);
  REQUIRE(s != nullptr);
  return *s;
}

std::optional<int> code_of(const char* scale_id, const std::string& text) {
  const auto m = scale(scale_id).match(text);
  if (!m) return std::nullopt;
  return m->grade->code;
}

std::string label_of(const char* scale_id, const std::string& text) {
  const auto m = scale(scale_id).match(text);
  return m ? m->grade->label : std::string("<no match>");
}

}  // namespace

TEST_CASE("requires improvement in every spelling reports seen", "[scale][match]") {
  const char* ri = "ofsted-requires-improvement";
  for (const char* text : {"Requires improvement to be good", "Requires improvement\nto be good",
                           "Requires Improvement to be good", "REQUIRES IMPROVEMENT TO BE GOOD",
                           "requires  improvement \r\n  to be good", "Requires improvement", "require improvement",
                           "Require improvement to be good", "Requires\u00a0improvement", "  requires improvement. "}) {
    INFO(text);
    CHECK(label_of(ri, text) == "Requires improvement to be good");
    CHECK(code_of(ri, text) == 3);
  }
}

TEST_CASE("grades named by number, by word, or both", "[scale][match]") {
  const char* ri = "ofsted-requires-improvement";
  CHECK(label_of(ri, "Grade 4") == "Inadequate");
  CHECK(label_of(ri, "grade 1") == "Outstanding");
  CHECK(label_of(ri, "Inadequate Grade 4") == "Inadequate");
  CHECK(label_of(ri, "Grade 4 (Inadequate)") == "Inadequate");
  CHECK(label_of(ri, "Grade 3 (Requires improvement to be good)") == "Requires improvement to be good");
  CHECK(label_of(ri, "4 (Inadequate)") == "Inadequate");
  CHECK(label_of(ri, "Good (2)") == "Good");
  const auto by_number = scale(ri).match("Grade 2");
  REQUIRE(by_number);
  CHECK(by_number->by_code);
  const auto by_word = scale(ri).match("Good");
  REQUIRE(by_word);
  CHECK_FALSE(by_word->by_code);
}

TEST_CASE("text that disagrees with itself or is not a grade matches nothing", "[scale][match]") {
  const char* ri = "ofsted-requires-improvement";
  CHECK(label_of(ri, "Good (Grade 4)") == "<no match>");
  CHECK(label_of(ri, "Grade 5") == "<no match>");
  CHECK(label_of(ri, "Grade") == "<no match>");
  CHECK(label_of(ri, "") == "<no match>");
  CHECK(label_of(ri, "   \n ") == "<no match>");
  CHECK(label_of(ri, "Adequate") == "<no match>");  // not a grade of this scale
  CHECK(label_of(ri, "Good practice was seen") == "<no match>");
  CHECK(label_of(ri, "Grade 1234") == "<no match>");
  CHECK(label_of("cqc", "Grade 1") == "<no match>");  // cqc has no codes
}

TEST_CASE("the same word sits at different ranks in different scales", "[scale][match]") {
  const auto in4 = scale("ofsted-adequate").match("Adequate");
  const auto in6 = scale("care-inspectorate").match("adequate");
  const auto in5 = scale("hmicfrs").match("ADEQUATE");
  REQUIRE(in4);
  REQUIRE(in6);
  REQUIRE(in5);
  CHECK(in4->grade->rank == 2);
  CHECK(in4->grade->code == 3);
  CHECK(in6->grade->rank == 3);
  CHECK(in6->grade->code == 3);
  CHECK(in5->grade->rank == 2);
  CHECK(in4->grade->position == Approx(1.0 / 3));  // third of four
  CHECK(in6->grade->position == Approx(0.4));      // fourth of six
}

TEST_CASE("Grade 1 is best for Ofsted and worst for the Care Inspectorate", "[scale][match]") {
  CHECK(label_of("ofsted-requires-improvement", "Grade 1") == "Outstanding");
  CHECK(label_of("care-inspectorate", "Grade 1") == "Unsatisfactory");
  CHECK(label_of("care-inspectorate", "Grade 6") == "Excellent");
  CHECK(label_of("care-inspectorate", "Very Good") == "Very good");
}

TEST_CASE("multi-word grades of other scales", "[scale][match]") {
  CHECK(label_of("ofsted-area-send", "widespread and/or systemic failings") == "Widespread and/or systemic failings");
  CHECK(label_of("ofsted-area-send", "Widespread and systemic\nfailings") == "Widespread and/or systemic failings");
  CHECK(label_of("ofsted-area-send", "Inconsistent experiences and outcomes") ==
        "Inconsistent experiences and outcomes");
  CHECK(label_of("ofsted-report-card", "Strong standard") == "Strong standard");
  CHECK(label_of("ofsted-report-card", "needs\nattention") == "Needs attention");
  CHECK(label_of("estyn", "Adequate and needs improvement") == "Adequate");
}

TEST_CASE("by_label and by_code look up one grade", "[scale][match]") {
  const GradeScale& ri = scale("ofsted-requires-improvement");
  REQUIRE(ri.by_label("requires   improvement") != nullptr);
  CHECK(ri.by_label("requires   improvement")->code == 3);
  CHECK(ri.by_label("Grade 3") == nullptr);  // a label, not a number
  REQUIRE(ri.by_code(4) != nullptr);
  CHECK(ri.by_code(4)->label == "Inadequate");
  CHECK(ri.by_code(0) == nullptr);
}

TEST_CASE("a label that ends in a number is a label before it is a code", "[scale][match]") {
  auto g = [](const char* label) {
    Grade grade;
    grade.label = label;
    return grade;
  };
  const GradeScale tiers("tiers", "Tiers", {g("Tier 1"), g("Tier 2"), g("Tier 3")});
  const auto m = tiers.match("tier 2");
  REQUIRE(m);
  CHECK(m->grade->label == "Tier 2");
  CHECK_FALSE(m->by_code);
}
