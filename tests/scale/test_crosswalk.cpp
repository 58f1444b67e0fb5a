// Crosswalks go through the common band and say when they lost information.
#include <catch2/catch.hpp>

#include "judgement/scale.hpp"

using namespace judgement;

namespace {

const GradeScale& scale(const char* id) {
  const GradeScale* s = ScaleRegistry::builtin().find(id);
  REQUIRE(s != nullptr);
  return *s;
}

const Grade& grade(const char* id, const char* label) {
  const Grade* g = scale(id).by_label(label);
  REQUIRE(g != nullptr);
  return *g;
}

}  // namespace

TEST_CASE("four-grade Ofsted scales cross one to one", "[scale][crosswalk]") {
  const auto c = crosswalk(scale("ofsted-adequate"), grade("ofsted-adequate", "Adequate"),
                           scale("ofsted-requires-improvement"));
  REQUIRE(c);
  CHECK(c->grade->label == "Requires improvement to be good");
  CHECK(c->exact);
  const auto back = crosswalk(scale("ofsted-requires-improvement"), *c->grade, scale("ofsted-adequate"));
  REQUIRE(back);
  CHECK(back->grade->label == "Adequate");
}

TEST_CASE("a larger scale folds several grades into one band and says so", "[scale][crosswalk]") {
  const GradeScale& ci = scale("care-inspectorate");
  const GradeScale& ri = scale("ofsted-requires-improvement");
  const auto very_good = crosswalk(ci, grade("care-inspectorate", "Very good"), ri);
  const auto good = crosswalk(ci, grade("care-inspectorate", "Good"), ri);
  REQUIRE(very_good);
  REQUIRE(good);
  CHECK(very_good->grade->label == "Good");
  CHECK(good->grade->label == "Good");
  CHECK_FALSE(very_good->exact);
  // Going the other way, Good lands on the nearest Care Inspectorate grade of the good band.
  const auto to_ci = crosswalk(ri, grade("ofsted-requires-improvement", "Good"), ci);
  REQUIRE(to_ci);
  CHECK(to_ci->grade->band == Band::good);
  CHECK_FALSE(to_ci->exact);
}

TEST_CASE("a band the target lacks goes to the nearest grade", "[scale][crosswalk]") {
  // The area SEND scale has no outstanding band.
  const auto c = crosswalk(scale("ofsted-requires-improvement"), grade("ofsted-requires-improvement", "Outstanding"),
                           scale("ofsted-area-send"));
  REQUIRE(c);
  CHECK(c->grade->code == 1);
  CHECK_FALSE(c->exact);
}

TEST_CASE("a grade from another scale is refused", "[scale][crosswalk]") {
  const Grade& adequate_ci = grade("care-inspectorate", "Adequate");
  CHECK_FALSE(crosswalk(scale("ofsted-adequate"), adequate_ci, scale("cqc")).has_value());
  CHECK_FALSE(crosswalk(scale("cqc"), grade("cqc", "Good"), GradeScale{}).has_value());
}
