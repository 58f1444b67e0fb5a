// Framework profiles: the built-in ones, the profile language and its errors, and what a profile
// a user adds changes in a parse.
#include <memory>
#include <optional>
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>
#include <string_view>

#include "judgement/parse.hpp"
#include "judgement/profile.hpp"
#include "profile/define.hpp"
#include "profile/lexicon.hpp"
#include "support/profiles.hpp"

namespace judgement::detail {
extern const std::string_view builtin_profiles_text;
}

using namespace judgement;

namespace {

Error error_of(std::string_view text) {
  const auto set = define_profiles(text);
  REQUIRE_FALSE(set.ok());
  CHECK(set.error().code == ErrorCode::profile_definition);
  return set.error();
}

// A definition refused at its line and column, with a message that says why.
struct RefusedCase {
  std::string text;
  std::uint32_t line, column;
  std::string message;
};

template <std::size_t N>
void check_refused(const RefusedCase (&cases)[N]) {
  for (const RefusedCase& c : cases) {
    CAPTURE(c.text);
    const Error e = error_of(c.text);
    CHECK(e.line == c.line);
    CHECK(e.column == c.column);
    CHECK_THAT(e.message, Catch::Contains(c.message));
  }
}

}  // namespace

TEST_CASE("the built-in profiles define cleanly and give every type of the contract", "[profile]") {
  const auto set = detail::read_profiles(detail::builtin_profiles_text, ProfileRegistry());
  REQUIRE(set.ok());
  const ProfileRegistry& builtin = ProfileRegistry::builtin();
  CHECK(builtin.profiles() == set->profiles);
  for (DocumentType t : {DocumentType::unknown, DocumentType::ilacs, DocumentType::focused_visit,
                         DocumentType::monitoring_visit, DocumentType::jtai, DocumentType::sif,
                         DocumentType::lscb_review, DocumentType::lac_inspection,
                         DocumentType::safeguarding_inspection, DocumentType::area_send,
                         DocumentType::school_inspection, DocumentType::provider_inspection,
                         DocumentType::committee_report, DocumentType::news}) {
    CAPTURE(t.id());
    CHECK(builtin.find(t.id()) != nullptr);
  }
  CHECK(builtin.find("ilacs")->kind == DocumentKind::report);
  CHECK(builtin.find("focused_visit")->kind == DocumentKind::letter);
  CHECK(builtin.find("news")->kind == DocumentKind::paper);
  CHECK(builtin.find_inspectorate("estyn")->name == "Estyn");
}

TEST_CASE("a profile is read clause by clause: phrases in the matching form, dated scale rules, windows", "[profile]") {
  const auto set = define_profiles(R"(
# A framework of our own.
inspectorate hmie "HM Inspectorate of Education"
  mentions "HM Inspectorate of Education", "HMIE"
  scale care-inspectorate
end
profile my_review "A review of our own"
  inspectorate hmie
  kind report
  title "Review of  Children’s Services", "review of services"
  content "how well are children protected"
  scale ofsted-adequate before 2013-11-01
  scale ofsted-requires-improvement from 2013-11-01 to 2020-12-31
  scale cqc
  area my_outcomes "Outcomes for children", "outcomes"
  series my_series
  held from 2010-01-01 to 2014-12-31
end
)");
  REQUIRE(set.ok());
  REQUIRE(set->profiles.size() == 1);
  const FrameworkProfile& p = set->profiles.front();
  CHECK(p.id == "my_review");
  CHECK(p.inspectorate == "hmie");
  CHECK(p.titles == std::vector<std::string>{"review of children's services", "review of services"});
  REQUIRE(p.scales.size() == 3);
  CHECK(p.scales[0].scale == "ofsted-adequate");
  CHECK_FALSE(p.scales[0].when.from);
  CHECK(p.scales[0].when.to == make_date(2013, 10, 31));  // "before" is the day before
  CHECK(p.scales[1].when.from == make_date(2013, 11, 1));
  CHECK(p.scales[1].when.to == make_date(2020, 12, 31));
  CHECK(p.areas.front().phrases == std::vector<std::string>{"outcomes for children", "outcomes"});
  CHECK(p.series == "my_series");
  CHECK(p.held.holds(make_date(2012, 5, 1), make_date(2012, 5, 3)));
  CHECK_FALSE(p.held.holds(make_date(2014, 12, 30), make_date(2015, 1, 2)));
  CHECK(set->inspectorates.front().mentions == std::vector<std::string>{"hm inspectorate of education", "hmie"});
}

TEST_CASE("a bad profile definition is refused at the token that is wrong", "[profile]") {
  const RefusedCase cases[] = {
      {"profile Bad \"x\"\nend", 1, 9, "bad profile id 'Bad'"},
      {"profile a \"x\"\n  colour \"red\"\nend", 2, 3, "expected a clause"},
      {"profile a \"x\"\n  title unquoted\nend", 2, 9, "a phrase is written in quotes"},
      {"profile a \"x\"\n  inspectorate nobody\nend", 2, 16, "unknown inspectorate 'nobody'"},
      {"profile a \"x\"\n  kind memo\nend", 2, 8, "unknown kind 'memo'"},
      {"profile a \"x\"\n  scale cqc before 2013-13-01\nend", 2, 20, "expected a date as YYYY-MM-DD"},
      {"profile a \"x\"\n  held from 2014-01-01 to 2013-01-01\nend", 2, 3, "the window ends before it starts"},
      {"profile a \"x\"\nend\nprofile a \"y\"\nend", 3, 9, "profile 'a' is already defined (line 1)"},
      {"profile ilacs \"again\"\nend", 1, 9, "profile 'ilacs' is already registered"},
      {"profile a \"x\"\n  area outcomes \"help and protection\"\nend", 2, 17,
       "the phrase 'help and protection' already names area 'help_and_protection'"},
      {"profile a \"x\"\n  kind report\n  kind letter\nend", 3, 3, "'kind' is given twice"},
      {"profile a \"x\"\n  title \"x\"", 2, 12, "expected a clause (inspectorate"},
      {"# nothing\n", 2, 1, "nothing defined"},
  };
  check_refused(cases);
}

TEST_CASE("a registry refuses a definition as a whole, and a copy is extended on its own", "[profile]") {
  ProfileRegistry registry = ProfileRegistry::builtin();
  const std::size_t before = registry.profiles().size();
  CHECK_FALSE(registry.define("profile fine \"ok\"\nend\nprofile ilacs \"clash\"\nend").ok());
  CHECK(registry.profiles().size() == before);
  const auto added = registry.define("profile fine \"ok\"\n  title \"fine review of\"\nend");
  REQUIRE(added.ok());
  CHECK(*added == std::vector<std::string>{"fine"});
  CHECK(registry.find("fine") != nullptr);
  CHECK(ProfileRegistry::builtin().find("fine") == nullptr);
}

TEST_CASE("a user's profile types a document by its title and reads it on the profile's scale", "[profile][parse]") {
  const ProfileRegistry profiles = testing::builtin_profiles_with(R"(
profile harbour_review "Harbour review of children's services"
  inspectorate ofsted
  title "harbour review of"
  scale hmicfrs
  area harbour_outcomes "harbour outcomes"
end
)");
  ParseOptions options = testing::options_with(profiles);
  const std::string text =
      "Harbour review of Eastmere children's services\n\n"
      "Inspection dates: 3 to 7 June 2024\n\n"
      "Overall effectiveness        Adequate\n"
      "Harbour outcomes             Requires improvement\n";
  const auto report = parse(text, options);
  REQUIRE(report.ok());
  CHECK(report->document.type.id() == "harbour_review");
  CHECK(report->document.inspectorate == "Ofsted");
  REQUIRE(report->judgements.size() == 2);
  CHECK(report->judgements[0].scale == "hmicfrs");
  CHECK(report->judgements[0].code == std::nullopt);
  CHECK(report->judgements[0].grade == "Adequate");
  CHECK(report->judgements[1].area_id == std::optional<std::string_view>("harbour_outcomes"));

  // Without the profile the same text is of no known type, read on the Ofsted scale of its date.
  const auto plain = parse(text);
  REQUIRE(plain.ok());
  CHECK(plain->document.type == DocumentType::unknown);
  REQUIRE_FALSE(plain->judgements.empty());
  CHECK(plain->judgements[0].scale == "ofsted-requires-improvement");
}

TEST_CASE("a report keeps the texts of a user's profiles it gives: the registry may go first", "[profile][parse]") {
  const std::string text =
      "Harbour review of Eastmere children's services\n\n"
      "Harbour outcomes             Requires improvement\n";
  std::optional<Report> report;
  {
    auto profiles = std::make_unique<ProfileRegistry>(ProfileRegistry::builtin());
    REQUIRE(profiles->define(R"(
profile harbour_review "Harbour review of children's services"
  inspectorate ofsted
  title "harbour review of"
  area harbour_outcomes "harbour outcomes"
end
)").ok());
    ParseOptions options;
    options.profiles = profiles.get();
    auto parsed = parse(text, options);
    REQUIRE(parsed.ok());
    report = std::move(*parsed);
    profiles.reset();  // a view into it would be read after free (AddressSanitizer, valgrind)
  }
  CHECK(report->document.type.id() == "harbour_review");
  REQUIRE(report->judgements.size() == 1);
  CHECK(report->judgements[0].area_id == std::optional<std::string_view>("harbour_outcomes"));
}

TEST_CASE("a document of no known type is read on its inspectorate's scale", "[profile][parse]") {
  const auto report = parse(
      "Estyn\n\nA review of education in Tir Gwyrdd\n\n"
      "Standards                    Adequate\n"
      "Leadership and management    Excellent\n");
  REQUIRE(report.ok());
  CHECK(report->document.inspectorate == "Estyn");
  REQUIRE(report->judgements.size() == 2);
  CHECK(report->judgements[0].scale == "estyn");
  CHECK(report->judgements[1].band == Band::outstanding);
}

TEST_CASE("a school inspection's scale follows the date of the inspection", "[profile][parse]") {
  ProfileRegistry profiles = ProfileRegistry::builtin();
  // The built-in school profile has no title of its own; give it one to reach it from text.
  REQUIRE(profiles.define("profile school_test \"school\"\n  inspectorate ofsted\n"
                          "  scale ofsted-satisfactory before 2012-09-01\n  scale ofsted-report-card from 2025-11-01\n"
                          "  scale ofsted-requires-improvement\n  title \"school inspection report\"\nend")
              .ok());
  ParseOptions options;
  options.profiles = &profiles;
  const auto scale_on = [&](const char* dates, const char* grade) {
    const std::string text = std::string("School inspection report\n\nInspection dates: ") + dates +
                             "\n\nOverall effectiveness        " + grade + "\n";
    auto report = parse(text, options);
    REQUIRE(report.ok());
    REQUIRE(report->judgements.size() == 1);
    return std::string(report->judgements[0].scale);
  };
  CHECK(scale_on("3 to 4 May 2011", "Satisfactory") == "ofsted-satisfactory");
  CHECK(scale_on("3 to 4 May 2016", "Good") == "ofsted-requires-improvement");
  CHECK(scale_on("3 to 4 December 2025", "Strong standard") == "ofsted-report-card");
}

TEST_CASE("lexicon blocks: the readers' phrase lists are data, read in order and added up", "[profile][lexicon]") {
  const auto set = define_profiles(
      "lexicon document \"More letter phrasings\"\n"
      "  phrases inspector_lead \"the inspectors on this visit were\", \"visited by\"\n"
      "  phrases inspector_role \"Regulatory Inspector\"\n"
      "end\n");
  REQUIRE(set.ok());
  REQUIRE(set->phrase_lists.size() == 2);
  CHECK(set->phrase_lists[0].reader == "document");
  CHECK(set->phrase_lists[0].id == "inspector_lead");
  CHECK(set->phrase_lists[0].phrases == std::vector<std::string>{"the inspectors on this visit were", "visited by"});
  CHECK(set->phrase_lists[1].phrases == std::vector<std::string>{"regulatory inspector"});

  // The built-in lists are there, and a registry's own lists add to them.
  const auto has = [](const ProfileRegistry& r, std::string_view list, std::string_view phrase) {
    for (const PhraseList& l : r.phrase_lists()) {
      if (l.id == list && std::find(l.phrases.begin(), l.phrases.end(), phrase) != l.phrases.end()) return true;
    }
    return false;
  };
  CHECK(has(ProfileRegistry::builtin(), "provider_head", "inspection of"));
  CHECK(has(ProfileRegistry::builtin(), "sentence_verb", "is judged to be"));
  ProfileRegistry mine = ProfileRegistry::builtin();
  REQUIRE(mine.define("lexicon document \"x\"\n  phrases inspector_lead \"visited by\"\nend").ok());
  CHECK(has(mine, "inspector_lead", "visited by"));
  CHECK_FALSE(has(ProfileRegistry::builtin(), "inspector_lead", "visited by"));
}

TEST_CASE("a bad lexicon block is refused at the token that is wrong", "[profile][lexicon]") {
  const RefusedCase cases[] = {
      {"lexicon letters \"x\"\nend", 1, 9, "unknown reader 'letters'"},
      {"lexicon document \"x\"\n  phrases inspector_leads \"a\"\nend", 2, 11,
       "expected a list of the document reader"},
      {"lexicon document \"x\"\n  phrases inspector_lead unquoted\nend", 2, 26, "a phrase is written in quotes"},
      {"lexicon document \"x\"\n  title \"a\"\nend", 2, 3, "a lexicon takes 'phrases LIST"},
      {"profile a \"x\"\n  phrases signer \"a\"\nend", 2, 3, "a profile takes no 'phrases' clause"},
      {"lexicon document \"x\"\n  phrases role_plural \"arolygwyr\", \"arolygydd\", \"swyddogion\"\nend", 2, 49,
       "the list role_plural takes its phrases in pairs"},
  };
  check_refused(cases);
}

TEST_CASE("a user's inspector phrasing, added as a lexicon row, is read in a parse", "[profile][lexicon][parse]") {
  const std::string letter =
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services on 5 "
      "February 2019. The inspectors on this visit were Ada Brook and Ben Cole.\n";
  CHECK(parse(letter).value().document.inspectors.empty());
  const ProfileRegistry mine = testing::builtin_profiles_with("lexicon document \"x\"\n  phrases inspector_lead \"the inspectors on this visit were\"\nend");
  ParseOptions options = testing::options_with(mine);
  const Report r = parse(letter, options).value();
  REQUIRE(r.document.inspectors.size() == 2);
  CHECK(r.document.inspectors[0].name == "Ada Brook");
  CHECK(r.document.inspectors[1].name == "Ben Cole");
}

TEST_CASE("lexicon blocks: what makes a document a council paper or a news item is rows a user adds to",
          "[profile][lexicon]") {
  const std::string statement =
      "Media statement\n\n"
      "Our children's services have been inspected.\n\n"
      "Councillor Ann Example said the council welcomed the findings.\n";
  const auto type_with = [&](const ProfileRegistry& profiles, const std::string& text) {
    auto report = parse(text, testing::options_with(profiles));
    REQUIRE(report.ok());
    return std::string(to_string(report->document.type));
  };
  // "said" and "Councillor" are built-in rows: the statement reads as news.
  CHECK(type_with(ProfileRegistry::builtin(), statement) == "news");
  // A paper for a body the built-in rows do not name is of no known kind, until a user's row names it.
  const std::string paper =
      "Corporate Parenting Board\n\n"
      "Ofsted visit to children's services\n\n"
      "Summary\n\nThe board is asked to note the letter.\n";
  CHECK(type_with(ProfileRegistry::builtin(), paper) != "committee_report");
  const ProfileRegistry mine =
      testing::builtin_profiles_with("lexicon document \"Our boards\"\n  phrases committee_body \"corporate parenting board\"\nend");
  CHECK(type_with(mine, paper) == "committee_report");
}

TEST_CASE("lexicon blocks: the labels of a cover's fields are rows a user adds to", "[profile][lexicon]") {
  const std::string cover =
      "Northshire County Council\n\n"
      "Inspection of local authority children\xE2\x80\x99s services\n\n"
      "Days on site: 4 to 8 March 2024\n"
      "Team leader: Ada Brook\n\n"
      "Overall effectiveness        Good\n";
  const Report plain = parse(cover).value();
  CHECK_FALSE(plain.document.inspection_dates.has_value());
  CHECK(plain.document.inspectors.empty());

  const ProfileRegistry mine = testing::builtin_profiles_with(
      "lexicon document \"Our covers\"\n"
      "  phrases inspection_date_label \"days on site\"\n"
      "  phrases inspector_label \"team leader\"\n"
      "end\n");
  ParseOptions options = testing::options_with(mine);
  const Report r = parse(cover, options).value();
  REQUIRE(r.document.inspection_dates.has_value());
  CHECK(r.document.inspection_dates->range.start.ymd == std::chrono::year{2024} / 3 / 4);
  CHECK(r.document.inspection_dates->range.end.ymd == std::chrono::year{2024} / 3 / 8);
  REQUIRE(r.document.inspectors.size() == 1);
  CHECK(r.document.inspectors[0].name == "Ada Brook");
}

TEST_CASE("lexicon blocks: a letter's visit-date leads, inspector line leads and honorifics are rows a user adds to",
          "[profile][lexicon][parse]") {
  const std::string letter =
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "Team inspector PROF Ada Brook\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services, "
      "which ran from 5 to 6 February 2019.\n";
  const Report plain = parse(letter).value();
  CHECK_FALSE(plain.document.inspection_dates.has_value());
  CHECK(plain.document.inspectors.empty());

  const ProfileRegistry mine = testing::builtin_profiles_with(
      "lexicon document \"Our letters\"\n"
      "  phrases visit_date_lead \"ran from\"\n"
      "  phrases inspector_line_lead \"team inspector\"\n"
      "  phrases honorific \"prof\"\n"
      "end\n");
  const Report r = parse(letter, testing::options_with(mine)).value();
  REQUIRE(r.document.inspection_dates.has_value());
  CHECK(r.document.inspection_dates->range.start.ymd == std::chrono::year{2019} / 2 / 5);
  CHECK(r.document.inspection_dates->range.end.ymd == std::chrono::year{2019} / 2 / 6);
  REQUIRE(r.document.inspectors.size() == 1);
  CHECK(r.document.inspectors[0].name == "Ada Brook");
}

TEST_CASE("lexicon blocks: a visit-date row's apostrophe matches a typographic one in the letter",
          "[profile][lexicon][parse]") {
  const std::string letter =
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises what we found. The children\xE2\x80\x99s services review ran over "
      "5 to 6 February 2019.\n";
  const ProfileRegistry mine = testing::builtin_profiles_with(
      "lexicon document \"Our letters\"\n"
      "  phrases visit_date_subject \"children's services review\"\n"
      "  phrases visit_date_lead \"ran over\"\n"
      "end\n");
  const Report r = parse(letter, testing::options_with(mine)).value();
  REQUIRE(r.document.inspection_dates.has_value());
  CHECK(r.document.inspection_dates->range.start.ymd == std::chrono::year{2019} / 2 / 5);
  CHECK(r.document.inspection_dates->range.end.ymd == std::chrono::year{2019} / 2 / 6);
}

TEST_CASE("an area phrase is found at a word's start only, whatever letter it starts with", "[profile]") {
  // A user's area in Welsh, starting with a letter beyond ASCII ("\u0175yr": w-circumflex).
  const ProfileRegistry profiles = testing::builtin_profiles_with(
      "profile adolygiad \"Adolygiad\"\n  inspectorate ofsted\n  title \"adolygiad o\"\n"
      "  area wyrion \"\xC5\xB5yr\"\nend\n");
  const detail::Lexicon& lexicon = profiles.lexicon();
  const auto hit = lexicon.area("Canlyniadau \xC5\xB5yr");
  REQUIRE(hit.has_value());
  CHECK(hit->id == "wyrion");
  CHECK(hit->at == 12);
  // Inside a word it is no area: the phrase starts after no letter or digit.
  CHECK_FALSE(lexicon.area("ab\xC5\xB5yr").has_value());
  CHECK_FALSE(lexicon.area("ab1\xC5\xB5yr wedi").has_value());
}

TEST_CASE("find_in_folded: a row found anywhere in folded text, its apostrophe either kind", "[profile][lexicon]") {
  std::size_t end = 0;
  CHECK(detail::find_in_folded("the children\x01\x01's services", "children's", 0, &end) == 4);
  CHECK(end == 16);
  CHECK(detail::find_in_folded("the children's services", "children's", 0, &end) == 4);
  CHECK(end == 14);
  CHECK(detail::find_in_folded("they revisited it", "visit") == 7);  // inside a word too
  CHECK(detail::find_in_folded("the children services", "children's") == std::string_view::npos);
  CHECK(detail::find_in_folded("a visit", "visit", 3) == std::string_view::npos);  // from `from` on
}
