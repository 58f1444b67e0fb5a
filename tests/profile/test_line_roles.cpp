// The line roles the layout asks about, read from the scales and the lexicon: which lines stand
// alone (a grade stated by its number), which are never furniture (a grade in a cell or a line's
// last words), which set apart the line after them (a letter's greeting), which table labels go
// on (a run-on word), which lines leave a hyphen suspended and a page number line's words, and
// that a user's scale or lexicon row changes the answers. Each line is invented.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "judgement/profile.hpp"
#include "judgement/scale.hpp"
#include "profile/line_roles.hpp"
#include "support/profiles.hpp"

using judgement::ProfileRegistry;
using judgement::ScaleRegistry;
using judgement::detail::line_roles_of;
using judgement::detail::LineRoles;

namespace {

const LineRoles& builtin_roles() {
  static std::optional<LineRoles> unused;
  return line_roles_of(ScaleRegistry::builtin(), ProfileRegistry::builtin().lexicon(), unused);
}

// The built-in scales with a house style of two grades, which no built-in scale has.
ScaleRegistry with_house_style() {
  ScaleRegistry scales = ScaleRegistry::builtin();
  REQUIRE(scales.define("scale house-style \"A house style\"\n  \"Commendable\" = 1 band good\n"
                        "  \"Wanting\" = 2 band inadequate\nend\n")
              .ok());
  return scales;
}

}  // namespace

TEST_CASE("line roles: a grade stated by its number on a line of its own stands alone", "[profile][layout]") {
  const LineRoles& roles = builtin_roles();
  CHECK(roles.stands_alone("Grade 4 (Inadequate)"));
  CHECK(roles.stands_alone("Good (Grade 2)"));
  CHECK(roles.stands_alone("grade 1 (outstanding)"));
  // A grade without its number, a number no scale has, a sentence: they stand in the text.
  CHECK_FALSE(roles.stands_alone("Inadequate"));
  CHECK_FALSE(roles.stands_alone("Grade 5 of the old scheme."));
  CHECK_FALSE(roles.stands_alone("Leaders have improved the service since Grade 4"));
  CHECK_FALSE(roles.stands_alone("Grade 4 (Inadequate) was the judgement at the last inspection"));
  CHECK_FALSE(roles.stands_alone(""));

  // A user's scale: its grades stated by number stand alone; the built-in scales do not know them.
  CHECK_FALSE(roles.stands_alone("Commendable (Grade 1)"));
  const ScaleRegistry scales = with_house_style();
  std::optional<LineRoles> storage;
  const LineRoles& own = line_roles_of(scales, ProfileRegistry::builtin().lexicon(), storage);
  CHECK(own.stands_alone("Commendable (Grade 1)"));
  CHECK(own.stands_alone("Grade 4 (Inadequate)"));

  // A label that ends in a number states its grade by the label, not by a number: it stands in
  // the text ("Tier 1 services were ...").
  ScaleRegistry tiers = ScaleRegistry::builtin();
  REQUIRE(tiers.define("scale tiers \"Tiers\"\n  \"Tier 1\" = 1 band good\n  \"Tier 2\" = 2 band inadequate\nend\n").ok());
  std::optional<LineRoles> tier_storage;
  const LineRoles& tiered = line_roles_of(tiers, ProfileRegistry::builtin().lexicon(), tier_storage);
  CHECK_FALSE(tiered.stands_alone("Tier 1"));
  CHECK(tiered.stands_alone("Grade 2 (Tier 2)"));
}

TEST_CASE("line roles: a line that states a grade in a cell or in its last words is never furniture",
          "[profile][layout][furniture]") {
  const LineRoles& roles = builtin_roles();
  CHECK(roles.never_furniture("Overall effectiveness          Inadequate"));
  CHECK(roles.never_furniture("Overall effectiveness\tRequires improvement to be good"));
  CHECK(roles.never_furniture("Help and protection: good"));
  CHECK_FALSE(roles.never_furniture("Inspection of Eastmoor local authority children\xE2\x80\x99s services"));
  CHECK_FALSE(roles.never_furniture("8 to 19 June 2026"));
  CHECK_FALSE(roles.never_furniture("Page 3 of 40"));
  // A long line is prose, whatever it ends on.
  CHECK_FALSE(roles.never_furniture(std::string(200, 'x') + " good"));

  CHECK_FALSE(roles.never_furniture("Overall effectiveness          Commendable"));
  const ScaleRegistry scales = with_house_style();
  std::optional<LineRoles> storage;
  CHECK(line_roles_of(scales, ProfileRegistry::builtin().lexicon(), storage)
            .never_furniture("Overall effectiveness          Commendable"));
}

TEST_CASE("line roles: a letter's greeting sets apart the line after it, greetings being lexicon rows",
          "[profile][layout][lexicon]") {
  const LineRoles& roles = builtin_roles();
  CHECK(roles.sets_apart("Dear Ms Example,"));
  CHECK(roles.sets_apart("DEAR SIR,"));  // in any case, as every lexicon row is matched
  CHECK_FALSE(roles.sets_apart("Dearest"));
  CHECK_FALSE(roles.sets_apart("The dear old building"));
  CHECK_FALSE(roles.sets_apart("Annwyl Ms Example,"));
  CHECK(roles.opening_size() == std::string_view("dear ").size());

  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh letters\"\n  phrases salutation \"annwyl\"\nend\n");
  std::optional<LineRoles> storage;
  const LineRoles& welsh = line_roles_of(ScaleRegistry::builtin(), mine.lexicon(), storage);
  CHECK(welsh.sets_apart("Annwyl Ms Example,"));
  CHECK(welsh.sets_apart("Dear Ms Example,"));
  CHECK(welsh.opening_size() == std::string_view("annwyl ").size());
}

TEST_CASE("line roles: the built-in pair's are compiled once for the process, another pair's for each asking",
          "[profile][layout]") {
  std::optional<LineRoles> storage;
  const LineRoles& first = line_roles_of(ScaleRegistry::builtin(), ProfileRegistry::builtin().lexicon(), storage);
  CHECK_FALSE(storage.has_value());
  CHECK(&line_roles_of(ScaleRegistry::builtin(), ProfileRegistry::builtin().lexicon(), storage) == &first);

  const ScaleRegistry scales = with_house_style();
  const LineRoles& own = line_roles_of(scales, ProfileRegistry::builtin().lexicon(), storage);
  REQUIRE(storage.has_value());
  CHECK(&own == &*storage);
  CHECK(&own != &first);
}

TEST_CASE("line roles: a table label that ends on a run-on word goes on in the next line, the words being lexicon rows",
          "[profile][layout][lexicon]") {
  const LineRoles& roles = builtin_roles();
  CHECK(roles.carries_on("Royal Borough of Example and"));
  CHECK(roles.carries_on("The experiences and progress of  "));  // trailing spaces are no word
  CHECK(roles.carries_on("The impact of leaders on the"));
  CHECK(roles.carries_on("Help AND"));  // in any case, as every lexicon row is matched
  CHECK(roles.carries_on("of"));        // a label of one word
  CHECK_FALSE(roles.carries_on("Overall effectiveness"));
  CHECK_FALSE(roles.carries_on("Children in care"));
  CHECK_FALSE(roles.carries_on("Brand"));  // a row's letters inside a word are not the word
  CHECK_FALSE(roles.carries_on("Example ac"));
  CHECK_FALSE(roles.carries_on(""));

  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh tables\"\n  phrases label_run_on \"ac\", \"y\"\nend\n");
  std::optional<LineRoles> storage;
  const LineRoles& welsh = line_roles_of(ScaleRegistry::builtin(), mine.lexicon(), storage);
  CHECK(welsh.carries_on("Example ac"));
  CHECK(welsh.carries_on("Profiad a chynnydd y"));
  CHECK(welsh.carries_on("Royal Borough of Example and"));  // the built-in rows stay
  CHECK_FALSE(welsh.carries_on("Example acc"));
}

TEST_CASE("line roles: a line that opens with a suspending word leaves the hyphen before it suspended, the words being "
          "lexicon rows",
          "[profile][layout][lexicon]") {
  const LineRoles& roles = builtin_roles();
  CHECK(roles.suspends_hyphen("to 17-year-olds has improved."));
  CHECK(roles.suspends_hyphen("and post-inspection work"));
  CHECK(roles.suspends_hyphen("or 17-year-olds"));
  CHECK(roles.suspends_hyphen("To 17-year-olds"));  // in any case
  CHECK(roles.suspends_hyphen("to"));               // the whole line
  CHECK_FALSE(roles.suspends_hyphen("term care leavers"));
  CHECK_FALSE(roles.suspends_hyphen("today's meeting"));  // a row opens a word, not the line
  CHECK_FALSE(roles.suspends_hyphen("i 17 oed"));
  CHECK_FALSE(roles.suspends_hyphen(""));

  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh text\"\n  phrases suspended_hyphen \"i\", \"a\"\nend\n");
  std::optional<LineRoles> storage;
  const LineRoles& welsh = line_roles_of(ScaleRegistry::builtin(), mine.lexicon(), storage);
  CHECK(welsh.suspends_hyphen("i 17 oed"));
  CHECK(welsh.suspends_hyphen("to 17-year-olds"));
  CHECK_FALSE(welsh.suspends_hyphen("iechyd"));
}

TEST_CASE("line roles: a page number line's words are lexicon rows, matched at the start of what follows",
          "[profile][layout][lexicon][furniture]") {
  const LineRoles& roles = builtin_roles();
  CHECK(roles.page_word_size("Page 3 of 40") == 4);
  CHECK(roles.page_word_size("PAGE 3") == 4);
  CHECK(roles.page_word_size("3 of 40") == 0);
  CHECK(roles.page_word_size("Tudalen 3 o 40") == 0);
  CHECK(roles.page_total_word_size("of 40") == 2);
  CHECK(roles.page_total_word_size("o 40") == 0);
  CHECK(roles.page_total_word_size("") == 0);

  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh pages\"\n  phrases page_word \"tudalen\", \"tud.\"\n  phrases page_total_word \"o\"\nend\n");
  std::optional<LineRoles> storage;
  const LineRoles& welsh = line_roles_of(ScaleRegistry::builtin(), mine.lexicon(), storage);
  CHECK(welsh.page_word_size("Tudalen 3 o 40") == 7);
  CHECK(welsh.page_word_size("Tud. 3") == 4);
  CHECK(welsh.page_word_size("Page 3 of 40") == 4);  // the built-in rows stay
  CHECK(welsh.page_total_word_size("o 40") == 1);
  CHECK(welsh.page_total_word_size("of 40") == 2);  // the longest row that matches
}
