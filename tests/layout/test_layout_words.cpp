// The layout acts on what the line roles (profile/line_roles.hpp, tested in
// tests/profile/test_line_roles.cpp) say of a line, and the roles come from the registries
// given to build_layout, not from words in its code: a line that sets apart the one after it (a
// letter's greeting, a lexicon row), a line that stands alone (a grade stated by its number, read
// by the scales), a table label that goes on, a hyphen left suspended and a page number's words
// (lexicon rows). Each case is a few invented lines.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "../support/profiles.hpp"
#include "judgement/scale.hpp"
#include "layout/layout.hpp"
#include "profile/lexicon.hpp"
#include "source/source.hpp"

using judgement::ProfileRegistry;
using judgement::ScaleRegistry;
using judgement::detail::Block;
using judgement::detail::BlockKind;
using judgement::detail::Furniture;

namespace {

// The texts of the blocks, laid out with the given registries.
std::vector<std::string> block_texts(const std::string& text, const ScaleRegistry& scales,
                                     const ProfileRegistry& profiles) {
  const judgement::detail::Source source = judgement::detail::Source::load(text).value();
  const judgement::detail::Layout layout = judgement::detail::build_layout(source, scales, &profiles.lexicon());
  std::vector<std::string> texts;
  for (const Block& b : layout.blocks()) {
    if (b.kind != BlockKind::furniture) texts.emplace_back(layout.text(b));
  }
  return texts;
}

}  // namespace

TEST_CASE("layout words: a letter's greeting and the subject under it stand alone, greetings being lexicon rows",
          "[layout][lexicon]") {
  const std::string english =
      "Dear Ms Example,\n"
      "Focused visit to Northshire children\xE2\x80\x99s services\n"
      "This letter summarises the findings of the focused visit.\n";
  CHECK(block_texts(english, ScaleRegistry::builtin(), ProfileRegistry::builtin()) ==
        std::vector<std::string>{"Dear Ms Example,", "Focused visit to Northshire children\xE2\x80\x99s services",
                                 "This letter summarises the findings of the focused visit."});

  // A Welsh letter's greeting is no built-in row: the greeting runs on into the subject line,
  // until a user's lexicon row names it.
  const std::string welsh =
      "Annwyl Ms Example,\n"
      "Arolygiad o wasanaethau addysg Sir Enghraifft\n"
      "Mae'r llythyr hwn yn crynhoi canfyddiadau'r arolygiad.\n";
  const auto builtin = block_texts(welsh, ScaleRegistry::builtin(), ProfileRegistry::builtin());
  REQUIRE_FALSE(builtin.empty());
  CHECK(builtin.front().starts_with("Annwyl Ms Example, Arolygiad"));
  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh letters\"\n  phrases salutation \"annwyl\"\nend\n");
  CHECK(block_texts(welsh, ScaleRegistry::builtin(), mine) ==
        std::vector<std::string>{"Annwyl Ms Example,", "Arolygiad o wasanaethau addysg Sir Enghraifft",
                                 "Mae'r llythyr hwn yn crynhoi canfyddiadau'r arolygiad."});
}

TEST_CASE("layout words: a grade stated by its number on a line of its own stands alone, in any form a scale reads",
          "[layout][scale]") {
  // A key to the grades, as 2009-13 reports printed it: the grade and its number, then what it
  // means. "Good (Grade 2)" starts the next entry; it does not end the one above it.
  const std::string key =
      "Outstanding (Grade 1) A service that significantly exceeds\n"
      "minimum requirements\n"
      "Good (Grade 2)\n"
      "\n"
      "A service that exceeds minimum\n"
      "requirements\n";
  const auto texts = block_texts(key, ScaleRegistry::builtin(), ProfileRegistry::builtin());
  CHECK(texts == std::vector<std::string>{"Outstanding (Grade 1) A service that significantly exceeds minimum requirements",
                                          "Good (Grade 2)", "A service that exceeds minimum requirements"});

  // A number no scale has is no grade: "Grade 5" under Ofsted's four grades runs on, as text.
  CHECK(block_texts("The service was described in the last report as\nGrade 5 of the old scheme.\n", ScaleRegistry::builtin(),
                    ProfileRegistry::builtin())
            .size() == 1);
  CHECK(block_texts("The service was described in the last report as\nGrade 4 (Inadequate)\n", ScaleRegistry::builtin(),
                    ProfileRegistry::builtin())
            .size() == 2);

  // A user's scale: its grades stated by number stand alone too, the built-in scales' do not
  // know them.
  const std::string own =
      "Leaders have strengthened the help given to families and it is\n"
      "Commendable (Grade 1)\n";
  CHECK(block_texts(own, ScaleRegistry::builtin(), ProfileRegistry::builtin()).size() == 1);
  ScaleRegistry scales = ScaleRegistry::builtin();
  REQUIRE(scales.define("scale house-style \"A house style\"\n  \"Commendable\" = 1 band good\n  \"Wanting\" = 2 band inadequate\nend\n").ok());
  CHECK(block_texts(own, scales, ProfileRegistry::builtin()) ==
        std::vector<std::string>{"Leaders have strengthened the help given to families and it is", "Commendable (Grade 1)"});
}

TEST_CASE("layout words: a table label cut after a run-on word goes on in the next line's label, the words being "
          "lexicon rows",
          "[layout][lexicon]") {
  // The second label line starts in upper case, which starts a new row unless the label above
  // stops on a word no label ends on.
  const std::string english =
      " Local authority                            Judgement\n"
      " Royal Borough of Example and\n"
      " Chelsea                                    Good\n";
  CHECK(block_texts(english, ScaleRegistry::builtin(), ProfileRegistry::builtin()) ==
        std::vector<std::string>{"Local authority\tJudgement", "Royal Borough of Example and Chelsea\tGood"});

  // "ac" (Welsh "and") is no built-in row: the label's second line starts a row of its own,
  // until a user's lexicon row names the word.
  const std::string welsh =
      " Awdurdod lleol                             Dyfarniad\n"
      " Bwrdeistref Enghraifft ac\n"
      " Chelsea                                    Da\n";
  CHECK(block_texts(welsh, ScaleRegistry::builtin(), ProfileRegistry::builtin()) ==
        std::vector<std::string>{"Awdurdod lleol\tDyfarniad", "Bwrdeistref Enghraifft ac", "Chelsea\tDa"});
  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh tables\"\n  phrases label_run_on \"ac\"\nend\n");
  CHECK(block_texts(welsh, ScaleRegistry::builtin(), mine) ==
        std::vector<std::string>{"Awdurdod lleol\tDyfarniad", "Bwrdeistref Enghraifft ac Chelsea\tDa"});
}

TEST_CASE("layout words: a hyphen before a suspending word keeps its space, the words being lexicon rows",
          "[layout][lexicon]") {
  CHECK(block_texts("The response to homeless 16-\nto 17-year-olds has improved, as has pre-\nand post-court work.\n",
                    ScaleRegistry::builtin(), ProfileRegistry::builtin()) ==
        std::vector<std::string>{"The response to homeless 16- to 17-year-olds has improved, as has pre- and post-court work."});

  // "i" (Welsh "to") is no built-in row: the hyphen joins the lines as a word's halves, until a
  // user's lexicon row names the word.
  const std::string welsh = "Mae'r cymorth i bobl ifanc 16-\ni 17 oed wedi gwella.\n";
  CHECK(block_texts(welsh, ScaleRegistry::builtin(), ProfileRegistry::builtin()) ==
        std::vector<std::string>{"Mae'r cymorth i bobl ifanc 16-i 17 oed wedi gwella."});
  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh text\"\n  phrases suspended_hyphen \"i\"\nend\n");
  CHECK(block_texts(welsh, ScaleRegistry::builtin(), mine) ==
        std::vector<std::string>{"Mae'r cymorth i bobl ifanc 16- i 17 oed wedi gwella."});
}

TEST_CASE("layout words: a page number line is read in the words of the lexicon's rows", "[layout][lexicon][furniture]") {
  const std::string welsh =
      "Mae'r rhan fwyaf o blant mewn gofal yn byw yn agos i'w cartref.\n"
      "Tudalen 1 o 3\n"
      "\fMae gan bobl ifanc sy'n gadael gofal gynghorwyr personol.\n"
      "Tudalen 2 o 3\n"
      "\fMae arweinwyr yn adnabod eu gwasanaethau yn dda.\n"
      "Tudalen 3 o 3\n";
  // The built-in rows read "Page 1 of 3", not these: the lines are no page numbers (a running
  // footer, as they recur), until a user's lexicon rows name the words.
  auto page_numbers = [&](const ProfileRegistry& profiles) {
    const judgement::detail::Source source = judgement::detail::Source::load(welsh).value();
    const judgement::detail::Layout layout =
        judgement::detail::build_layout(source, ScaleRegistry::builtin(), &profiles.lexicon());
    std::vector<std::string> texts;
    for (const Block& b : layout.blocks()) {
      if (b.kind == BlockKind::furniture && b.furniture == Furniture::page_number) texts.emplace_back(layout.text(b));
    }
    return texts;
  };
  CHECK(page_numbers(ProfileRegistry::builtin()).empty());
  const ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon layout \"Welsh pages\"\n  phrases page_word \"tudalen\"\n  phrases page_total_word \"o\"\nend\n");
  CHECK(page_numbers(mine) == std::vector<std::string>{"Tudalen 1 o 3", "Tudalen 2 o 3", "Tudalen 3 o 3"});
}

TEST_CASE("layout: a line that starts with a year keeps it in its content, as in its block's text", "[layout]") {
  // "2019." numbers no paragraph here (no paragraph 2018 before it): the line is read again
  // with numbers as text, and what the layout says of its content must agree with the block.
  const fixtures::Laid d("1. Leaders know their services well.\n\n2019. The council was inspected again.\n");
  const Block* b = d.starting("2019. The council");
  REQUIRE(b != nullptr);
  CHECK(b->number == 0);
  CHECK(d.layout.content(*b, 0) == "2019. The council was inspected again.");
}

TEST_CASE("layout: a heading of one line that stands alone opens no section, but sits in the one above",
          "[layout]") {
  const fixtures::Laid d(
      "# Overall effectiveness\n"
      "\n"
      "## Grade 4 (Inadequate)\n"
      "\n"
      "Leaders have not acted on what their audits tell them.\n"
      "\n"
      "## Help and protection\n"
      "\n"
      "Early help is easy to find and families value it.\n");
  const Block* grade = d.starting("Grade 4 (Inadequate)");
  const Block* leaders = d.starting("Leaders have not acted");
  const Block* help = d.starting("Help and protection");
  const Block* early = d.starting("Early help is easy");
  REQUIRE(grade != nullptr);
  REQUIRE(leaders != nullptr);
  REQUIRE(help != nullptr);
  REQUIRE(early != nullptr);
  CHECK(grade->kind == BlockKind::heading);
  CHECK(d.layout.section_of(*grade) == "Overall effectiveness");
  CHECK(d.layout.section_of(*leaders) == "Overall effectiveness");
  // A heading that does not stand alone opens its section as any does.
  CHECK(d.layout.section_of(*help) == "Overall effectiveness");
  CHECK(d.layout.section_of(*early) == "Help and protection");
}
