// The built-in scales are the output contract's table: exact ids, labels, codes, order, bands.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "judgement/scale.hpp"

using namespace judgement;

namespace {

struct Expected {
  std::string label;
  std::optional<int> code;
  Band band;
};

void check_scale(const std::string& id, const std::vector<Expected>& grades, bool lower_is_better) {
  INFO("scale " << id);
  const GradeScale* s = ScaleRegistry::builtin().find(id);
  REQUIRE(s != nullptr);
  CHECK(s->id() == id);
  CHECK_FALSE(s->name().empty());
  REQUIRE(s->size() == grades.size());
  CHECK(s->lower_code_is_better() == lower_is_better);
  for (std::size_t i = 0; i < grades.size(); ++i) {
    const Grade& g = s->grades()[i];
    INFO("grade " << i << " " << g.label);
    CHECK(g.label == grades[i].label);
    CHECK(g.code == grades[i].code);
    CHECK(g.band == grades[i].band);
    CHECK(g.rank == i);
    if (i > 0) CHECK(g.position < s->grades()[i - 1].position);
  }
  CHECK(s->grades().front().position == 1.0);
  CHECK(s->grades().back().position == 0.0);
}

}  // namespace

TEST_CASE("the registry holds every built-in scale of the contract, in its order", "[scale][builtin]") {
  std::vector<std::string> ids;
  for (const GradeScale& s : ScaleRegistry::builtin().scales()) ids.push_back(s.id());
  CHECK(ids == std::vector<std::string>{"ofsted-requires-improvement", "ofsted-adequate", "ofsted-satisfactory",
                                        "ofsted-report-card", "cqc", "hmicfrs", "estyn", "care-inspectorate",
                                        "ofsted-area-send"});
  CHECK(ScaleRegistry::builtin().find("no-such-scale") == nullptr);
}

TEST_CASE("Ofsted four-grade scales have codes 1 to 4, lower is better", "[scale][builtin]") {
  check_scale("ofsted-requires-improvement",
              {{"Outstanding", 1, Band::outstanding},
               {"Good", 2, Band::good},
               {"Requires improvement to be good", 3, Band::requires_improvement},
               {"Inadequate", 4, Band::inadequate}},
              true);
  check_scale("ofsted-adequate",
              {{"Outstanding", 1, Band::outstanding},
               {"Good", 2, Band::good},
               {"Adequate", 3, Band::requires_improvement},
               {"Inadequate", 4, Band::inadequate}},
              true);
  check_scale("ofsted-satisfactory",
              {{"Outstanding", 1, Band::outstanding},
               {"Good", 2, Band::good},
               {"Satisfactory", 3, Band::requires_improvement},
               {"Inadequate", 4, Band::inadequate}},
              true);
}

TEST_CASE("scales without codes list their grades best first", "[scale][builtin]") {
  check_scale("ofsted-report-card",
              {{"Exceptional", std::nullopt, Band::outstanding},
               {"Strong standard", std::nullopt, Band::good},
               {"Expected standard", std::nullopt, Band::good},
               {"Needs attention", std::nullopt, Band::requires_improvement},
               {"Urgent improvement", std::nullopt, Band::inadequate}},
              false);
  check_scale("cqc",
              {{"Outstanding", std::nullopt, Band::outstanding},
               {"Good", std::nullopt, Band::good},
               {"Requires improvement", std::nullopt, Band::requires_improvement},
               {"Inadequate", std::nullopt, Band::inadequate}},
              false);
  check_scale("hmicfrs",
              {{"Outstanding", std::nullopt, Band::outstanding},
               {"Good", std::nullopt, Band::good},
               {"Adequate", std::nullopt, Band::requires_improvement},
               {"Requires improvement", std::nullopt, Band::requires_improvement},
               {"Inadequate", std::nullopt, Band::inadequate}},
              false);
  check_scale("estyn",
              {{"Excellent", std::nullopt, Band::outstanding},
               {"Good", std::nullopt, Band::good},
               {"Adequate", std::nullopt, Band::requires_improvement},
               {"Unsatisfactory", std::nullopt, Band::inadequate}},
              false);
}

TEST_CASE("the Care Inspectorate counts down: 6 is Excellent, 1 Unsatisfactory", "[scale][builtin]") {
  check_scale("care-inspectorate",
              {{"Excellent", 6, Band::outstanding},
               {"Very good", 5, Band::good},
               {"Good", 4, Band::good},
               {"Adequate", 3, Band::requires_improvement},
               {"Weak", 2, Band::inadequate},
               {"Unsatisfactory", 1, Band::inadequate}},
              false);
}

TEST_CASE("the area SEND outcome has three grades", "[scale][builtin]") {
  check_scale("ofsted-area-send",
              {{"Typically positive experiences and outcomes", 1, Band::good},
               {"Inconsistent experiences and outcomes", 2, Band::requires_improvement},
               {"Widespread and/or systemic failings", 3, Band::inadequate}},
              true);
}

TEST_CASE("band names round trip", "[scale][builtin]") {
  for (Band b : {Band::outstanding, Band::good, Band::requires_improvement, Band::inadequate}) {
    CHECK(band_from_string(to_string(b)) == b);
  }
  CHECK(to_string(Band::requires_improvement) == "requires_improvement");
  CHECK_FALSE(band_from_string("Requires improvement").has_value());
}

TEST_CASE("a registry refuses a second scale with the same id", "[scale][registry]") {
  ScaleRegistry r = ScaleRegistry::builtin();
  const GradeScale copy = *r.find("cqc");
  const auto added = r.add(copy);
  REQUIRE_FALSE(added.ok());
  CHECK(added.error().code == ErrorCode::invalid_argument);
  CHECK(r.scales().size() == ScaleRegistry::builtin().scales().size());
  const auto fresh = r.add(GradeScale("my-scale", "Mine", {Grade{"Yes", {}, 1, 0, Band::good, 0}, Grade{"No", {}, 2, 0, Band::inadequate, 0}}));
  REQUIRE(fresh.ok());
  CHECK((*fresh)->id() == "my-scale");
  CHECK(r.find("my-scale") != nullptr);
  CHECK(ScaleRegistry::builtin().find("my-scale") == nullptr);  // the built-ins are untouched
}
