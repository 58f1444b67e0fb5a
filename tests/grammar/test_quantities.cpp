// Quantities as reports write them: every form the finder reads, with its value, unit and
// offsets in a sentence, and the numbers it must leave alone (years, dates, labels, ages,
// phone numbers, list positions). All sentences are made up for the test.
#include <catch2/catch.hpp>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/quantity_finder.hpp"

using judgement::grammar::find_quantities;
using judgement::grammar::QuantityHit;

namespace {

std::string number(double v) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", v);
  return buffer;
}

// "75% = 75 percent", "from 39% to 25% = 25 percent from 39": what Catch prints on a mismatch.
std::string describe(std::string_view text, const QuantityHit& hit) {
  std::string out = std::string(text.substr(hit.begin, hit.end - hit.begin)) + " = " + number(hit.value) + " " +
                    std::string(hit.unit());
  if (hit.from) out += " from " + number(*hit.from);
  return out;
}

std::vector<std::string> found(std::string_view text) {
  std::vector<std::string> out;
  for (const QuantityHit& hit : find_quantities(text)) out.push_back(describe(text, hit));
  return out;
}

struct Expected {
  std::string text;  // as it stands in the sentence
  double value;
  std::string unit;
  std::optional<double> from = std::nullopt;
};

// Every hit in `sentence`, in order, with its offsets: each expected text is looked for from
// where the previous one starts (the two ends of a range share their text).
void check(const std::string& sentence, const std::vector<Expected>& expected) {
  INFO("sentence: " << sentence);
  const std::vector<QuantityHit> hits = find_quantities(sentence);
  std::vector<std::string> want;
  for (const Expected& e : expected) {
    std::string d = e.text + " = " + number(e.value) + " " + e.unit;
    if (e.from) d += " from " + number(*e.from);
    want.push_back(d);
  }
  REQUIRE(found(sentence) == want);
  std::size_t from = 0;
  for (std::size_t k = 0; k < hits.size(); ++k) {
    const std::size_t at = sentence.find(expected[k].text, from);
    REQUIRE(at != std::string::npos);
    CHECK(hits[k].begin == at);
    CHECK(hits[k].end == at + expected[k].text.size());
    CHECK(hits[k].value == expected[k].value);
    CHECK(hits[k].unit() == expected[k].unit);
    CHECK(hits[k].from == expected[k].from);
    from = at;
  }
}

void check_none(const std::string& sentence) {
  INFO("sentence: " << sentence);
  CHECK(found(sentence) == std::vector<std::string>{});
}

}  // namespace

TEST_CASE("percentages in every spelling", "[quantities]") {
  check("Of the cases audited, 75% were timely.", {{"75%", 75, "percent"}});
  check("In 80 per cent of cases the plan was clear.", {{"80 per cent", 80, "percent"}});
  check("About 80 percent of children were seen alone.", {{"About 80 percent", 80, "percent"}});
  check("Rates rose to 24.5% and then to 3.1% of referrals.", {{"24.5%", 24.5, "percent"}, {"3.1%", 3.1, "percent"}});
  check("A rate of 12 % is low.", {{"12 %", 12, "percent"}});
  check("Timeliness fell by 5 percentage points.", {{"5 percentage points", 5, "percentage_points"}});
  check("Five per cent of referrals were repeats.", {{"Five per cent", 5, "percent"}});
}

TEST_CASE("counts take their noun as unit", "[quantities]") {
  check("The team saw 74 children from 43 families last year.",
        {{"74 children", 74, "children"}, {"43 families", 43, "families"}});
  check("There were 23 care leavers and 12 social workers.",
        {{"23 care leavers", 23, "care leavers"}, {"12 social workers", 12, "social workers"}});
  check("About 65,000 people live there.", {{"About 65,000 people", 65000, "people"}});
  check("Nationally 1.2 million children are in need.", {{"1.2 million children", 1200000, "children"}});
  check("Last year 42 children were adopted.", {{"42 children", 42, "children"}});
}

TEST_CASE("multiword nouns count their head noun, compounds stay whole", "[quantities]") {
  check("The council looks after 400 looked after children.", {{"400 looked after children", 400, "children"}});
  check("There are 10 child protection plans in place.", {{"10 child protection plans", 10, "plans"}});
  check("It runs 2 children's homes.", {{"2 children's homes", 2, "homes"}});
  check("It runs 2 children\u2019s homes.", {{"2 children\u2019s homes", 2, "homes"}});
  check("A team of four police officers helps.", {{"four police officers", 4, "officers"}});
  check("In all 45 staff were trained.", {{"45 staff", 45, "staff"}});
  check("Of them, 55 newly qualified social workers stayed.",
        {{"55 newly qualified social workers", 55, "social workers"}});
  check("There were 7 young people and 3 foster carers.",
        {{"7 young people", 7, "young people"}, {"3 foster carers", 3, "foster carers"}});
}

TEST_CASE("one thing is counted in the singular", "[quantities]") {
  check("Only one child was seen.", {{"one child", 1, "child"}});
  check("There is 1 social worker for the area.", {{"1 social worker", 1, "social worker"}});
  check("One young person moved.", {{"One young person", 1, "young person"}});
  check("A further one recommendation remains.", {{"one recommendation", 1, "recommendation"}});
}

TEST_CASE("qualifiers are part of the text", "[quantities]") {
  check("It saw over 40 children in the month.", {{"over 40 children", 40, "children"}});
  check("Waiting lists held as many as 55 children.", {{"as many as 55 children", 55, "children"}});
  check("Approximately 49,000 children live in the area.",
        {{"Approximately 49,000 children", 49000, "children"}});
  check("Caseloads were less than 20 on average.", {});
  check("Visits are made within 24 hours.", {{"within 24 hours", 24, "hours"}});
  check("Some placements are more than 20 miles away.", {{"more than 20 miles", 20, "miles"}});
}

TEST_CASE("a bare number is a count only after an amount qualifier", "[quantities]") {
  check("Waiting lists held as many as 55.", {{"as many as 55", 55, "count"}});
  check("The service has had more than 100 this year.", {{"more than 100", 100, "count"}});
  check("There were in excess of 300 in all.", {{"in excess of 300", 300, "count"}});
  check("There were nearly 300 children.", {{"nearly 300 children", 300, "children"}});
  check_none("The figure was 45 compared with 606 nationally.");
  // Limits and approximations need a unit: these are ages.
  check_none("Young people over 16 and care leavers up to 25 are supported until nearly 18.");
  check_none("Young people over 16 requiring care placements.");
  check_none("Children under 5 attend.");
}

TEST_CASE("number words need a unit", "[quantities]") {
  check("The inspection was carried out by five of Her Majesty's Inspectors.",
        {{"five of Her Majesty's Inspectors", 5, "inspectors"}});
  check("The inspection was carried out by five of Her Majesty\u2019s Inspectors.",
        {{"five of Her Majesty\u2019s Inspectors", 5, "inspectors"}});
  check("Two HMI and two Ofsted inspectors visited.",
        {{"Two HMI", 2, "inspectors"}, {"two Ofsted inspectors", 2, "inspectors"}});
  check("Plans are reviewed every three months.", {{"three months", 3, "months"}});
  check("There were twenty-five children and two hundred families.",
        {{"twenty-five children", 25, "children"}, {"two hundred families", 200, "families"}});
  check_none("This is one of the strengths, and the three of them agree.");
  check_none("One-to-one sessions are offered to one another.");
  check_none("As many as five were seen.");
}

TEST_CASE("money in pounds", "[quantities]") {
  check("The council invested \u00a37.6m in the service.", {{"\u00a37.6m", 7600000, "GBP"}});
  check("A grant of \u00a3250,000 was made.", {{"\u00a3250,000", 250000, "GBP"}});
  check("Spending rose by \u00a31.2 million over the year.", {{"\u00a31.2 million", 1200000, "GBP"}});
  check("The budget is \u00a33bn and \u00a3500k is held back.",
        {{"\u00a33bn", 3e9, "GBP"}, {"\u00a3500k", 500000, "GBP"}});
  check("It made \u00a33m savings.", {{"\u00a33m", 3000000, "GBP"}});
  check("It spent \u00a345 per child.", {{"\u00a345", 45, "GBP"}});
}

TEST_CASE("durations in every shape", "[quantities]") {
  check("Adoption took 45 weeks on average.", {{"45 weeks", 45, "weeks"}});
  check("The 28 day timescale was met.", {{"28 day", 28, "days"}});
  check("It missed the 26-week target.", {{"26-week", 26, "weeks"}});
  check("Assessments take 20 working days.", {{"20 working days", 20, "days"}});
  check("In the last 12 months, 3 years and 15 minutes.",
        {{"12 months", 12, "months"}, {"3 years", 3, "years"}, {"15 minutes", 15, "minutes"}});
  check("Children waited 1.5 years.", {{"1.5 years", 1.5, "years"}});
  check_none("Read the One Minute Guide.");
}

TEST_CASE("changes from one figure to another", "[quantities]") {
  check("Re-referrals fell from 39% to 25% this year.", {{"from 39% to 25%", 25, "percent", 39}});
  check("Timeliness improved from 45 weeks to 32 weeks.", {{"from 45 weeks to 32 weeks", 32, "weeks", 45}});
  check("Caseloads were reduced from 60 to 35 children.", {{"from 60 to 35 children", 35, "children", 60}});
  check("Repeat plans dropped from 39 to 25 per cent.", {{"from 39 to 25 per cent", 25, "percent", 39}});
  check("The deficit went from \u00a33m to \u00a35.2m.", {{"from \u00a33m to \u00a35.2m", 5200000, "GBP", 3000000}});
  // Different units on each side are no change; each side is read on its own.
  check("It grew from 20 children to 30 families.", {{"20 children", 20, "children"}, {"30 families", 30, "families"}});
  // Without a unit on either side there is nothing to say what changed.
  check_none("The number rose from 187 to 201.");
}

TEST_CASE("ranges give both ends", "[quantities]") {
  check("Each worker has between 20 and 30 children.",
        {{"between 20 and 30 children", 20, "children"}, {"between 20 and 30 children", 30, "children"}});
  check("Each worker has 20 to 30 children.",
        {{"20 to 30 children", 20, "children"}, {"20 to 30 children", 30, "children"}});
  check("It predicts 25-30 approvals.", {{"25-30 approvals", 25, "approvals"}, {"25-30 approvals", 30, "approvals"}});
  check("Rates were 20\u201330% in the region.",
        {{"20\u201330%", 20, "percent"}, {"20\u201330%", 30, "percent"}});
  check("Plans last 12 to 18 months.", {{"12 to 18 months", 12, "months"}, {"12 to 18 months", 18, "months"}});
  check_none("The 16 to 25 age group.");
}

TEST_CASE("years and dates are never quantities", "[quantities]") {
  check_none("In 2019 children were seen more quickly.");
  check_none("The plan ran from 2015 to 2018 and between 2015 and 2018.");
  check_none("Figures for 2011/12, 2012-13 and 2013\u201314 are shown.");
  check_none("The visit took place on 15 July 2019.");
  check_none("The inspection ran between 15 and 19 July 2013.");
  check_none("It was held from 12 to 16 March 2018.");
  check("On 5 March 2020, 45 children were waiting.", {{"45 children", 45, "children"}});
  // A sum of money is no year.
  check("It cost \u00a32019.", {{"\u00a32019", 2019, "GBP"}});
}

TEST_CASE("labels, paragraph and section numbers are not quantities", "[quantities]") {
  check_none("12. Children in care are safe.");
  check_none("3.14 Children in care");
  check_none("As paragraph 3.14 says, see section 47 enquiries and page 5.");
  check_none("The judgement was Grade 4 and Key Stage 2 results fell.");
  check_none("Year 6 pupils and Tier 4 services, see p. 12 and Table 3 figures.");
  check_none("Page 5 of 20");
  check_none("Recommendation 3 actions are due.");
}

TEST_CASE("a reading the words before refuse leaves alone all it covers", "[quantities]") {
  // "2019 to 45 children" reads as a range that is no quantity (a year is never one end); after
  // a label nothing it covers is read again, so "45 children" is not read either.
  check_none("See Grade 2019 to 45 children.");
  check_none("See Table 2019 - 45 children.");
  check("In the year 2019 to 45 children were seen.", {{"45 children", 45, "children"}});
  check("Aged 16 to 17 years old, 45 children were seen.", {{"45 children", 45, "children"}});
}

TEST_CASE("ordinals, times, phone numbers and postcodes are not quantities", "[quantities]") {
  check_none("The 3rd visit and the 21st review.");
  check_none("The meeting starts at 10:30 or 10.30 am, and support is 24/7.");
  check_none("Call 0300 123 4234 or 01634 331215.");
  check_none("Write to Piccadilly Gate, Manchester M1 2WD, or Kew TW9 4DU.");
  check_none("The Care 4 Us Council met.");
  check_none("Post-16 providers, Covid-19 cases, s47 enquiries and 16+ children.");
}

TEST_CASE("list positions, ratios, rates and multipliers are not counts", "[quantities]") {
  check_none("Medway is one of three.");
  check_none("This is one of three authorities.");
  check_none("About 1 in 5 children and 9 out of 10 children.");
  check_none("The rate is 46.2 per 10,000 children.");
  check_none("The rate was 66 children per 10,000.");
  check("It costs £45 per child per week.", {{"£45", 45, "GBP"}});
  check_none("It is 3 times the national rate.");
  check_none("It supports two thirds of care leavers and one half of families.");
}

TEST_CASE("ages are not quantities", "[quantities]") {
  check_none("Children aged 16 to 17 years old are supported.");
  check_none("Support for 16- and 17-year-olds and 16 to 18 yearolds.");
  check_none("They reach 18 years of age at the age of 21.");
  check_none("The 0-15 years population grew.");
  check_none("Children aged between 5 and 10 years.");
  check_none("When they reach 21 years, or turn 18, support changes.");
  check_none("Support for children from 16 to 25 years and care leavers 18 to 25 years.");
  check_none("Services for children under 5 years.");
  check("Children waited 2 years.", {{"2 years", 2, "years"}});
}

TEST_CASE("counts are whole and agree with their noun", "[quantities]") {
  check_none("On average 2.5 children per family.");
  check_none("There were 1 children.");
  check_none("There were 3 child.");
}

TEST_CASE("a tab is a cell boundary, not a space", "[quantities]") {
  check_none("Children\t45\tchildren");
  check("Re-referrals\t22%\t18%", {{"22%", 22, "percent"}, {"18%", 18, "percent"}});
}

TEST_CASE("thousands separators and decimals", "[quantities]") {
  check("It holds 1,251 children and 13,900 families.",
        {{"1,251 children", 1251, "children"}, {"13,900 families", 13900, "families"}});
  check_none("Totals of 1,23 and 12,3456 are malformed.");
  check("It is 0.6% of the total.", {{"0.6%", 0.6, "percent"}});
}

TEST_CASE("the finder copes with input that is not prose", "[quantities]") {
  CHECK(find_quantities("").empty());
  CHECK(find_quantities("%%%").empty());
  CHECK(find_quantities("\u00a3").empty());
  CHECK(find_quantities("123456789012345678901234567890 children").empty());
  CHECK(find_quantities("from").empty());
  CHECK(find_quantities("between 1 and").empty());
  CHECK(found("1% 1%") == std::vector<std::string>{"1% = 1 percent", "1% = 1 percent"});
}
