// The one reader of a grade stated in a sentence (recognise/grade_statement.hpp), which the
// judgements recogniser (the sentence-final form) and the references scanner (the judged form)
// both call: each form on the built-in words, on a user's scale and with a user's verb row; and,
// through a whole parse, that one verb row serves both readers.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/parse.hpp"
#include "judgement/profile.hpp"
#include "judgement/scale.hpp"
#include "profile/lexicon.hpp"
#include "layout/tokens.hpp"
#include "recognise/grade_statement.hpp"
#include "support/profiles.hpp"

using judgement::GradeScale;
using judgement::ProfileRegistry;
using judgement::ScaleRegistry;
using judgement::detail::GradeForm;
using judgement::detail::GradeStatementOptions;
using judgement::detail::GradeStatements;
using judgement::detail::Token;
using judgement::detail::Tokens;

namespace {

const GradeScale& ofsted() { return *ScaleRegistry::builtin().find("ofsted-requires-improvement"); }

// A user's scale whose grades are no built-in scale's words.
const ScaleRegistry& acme_scales() {
  static const ScaleRegistry scales = [] {
    ScaleRegistry r = ScaleRegistry::builtin();
    REQUIRE(r.define(judgement::testing::acme_four_scale).ok());
    return r;
  }();
  return scales;
}
const GradeScale& acme() { return *acme_scales().find("acme-four"); }

// A user's verb that starts a grade, in its forms: one lexicon row list.
const char* const needs_verb =
    "lexicon references \"Acme's verb\"\n"
    "  phrases grade_verb_form \"needs\", \"needed\", \"need\"\n"
    "end\n";

struct Final {
  std::string subject;  // the sentence up to the verb
  std::string grade;    // the grade's label
  std::string written;  // the grade's words as the sentence has them
  bool judged = false, colon = false, by_code = false;
};

// `text` cut into tokens as the layout cuts a block's (Layout::tokens), without dates.
struct Cut {
  std::vector<Token> list;
  std::string keys;
  Tokens tokens;
  explicit Cut(std::string_view text) {
    const std::size_t size = judgement::detail::tokens::cut(text, {}, list, keys);
    tokens = Tokens{list, std::string_view(keys.data(), size)};
  }
};

// The first grade that ends `sentence`, as the sentence-final form reads it from its tokens.
std::optional<Final> final_grade(const GradeStatements& reader, std::string_view sentence) {
  const std::size_t key = reader.key_words().find(sentence);
  if (key == std::string_view::npos) return std::nullopt;
  const Cut cut(sentence);
  std::optional<Final> out;
  reader.final_grades(sentence, cut.tokens, key, [&](const GradeStatements::FinalGrade& g) {
    out = Final{std::string(sentence.substr(0, g.area_end)), g.match.grade->label, std::string(g.grade),
                g.judged, g.colon, g.match.by_code};
    return true;
  });
  return out;
}

// A sentence as the judged form reads it: its words folded, "" for punctuation, which ends a
// clause where it is ';', '.' or ':'.
struct Words {
  std::vector<std::string> words;
  explicit Words(std::string_view text) {
    while (!text.empty()) {
      const std::size_t sp = text.find(' ');
      const std::string_view w = text.substr(0, sp);
      if (!w.empty()) words.emplace_back(w);
      text = sp == std::string_view::npos ? std::string_view() : text.substr(sp + 1);
    }
  }
  [[nodiscard]] std::string_view word(std::size_t k) const {
    if (k >= words.size()) return {};
    const std::string& w = words[k];
    return w == "." || w == ";" || w == ":" || w == "," ? std::string_view() : std::string_view(w);
  }
  [[nodiscard]] bool stop(std::size_t k) const { return words[k] == "." || words[k] == ";" || words[k] == ":"; }
  [[nodiscard]] std::size_t size() const { return words.size(); }
};

struct Judged {
  std::size_t at = 0;       // the grade's first word
  std::string grade;        // as its scale writes it
  bool inflected = false;
  std::optional<std::string> trigger;
  bool outcome = false;
};

// Every grade of `text` the judged form reads as stated, with what states it.
std::vector<Judged> judged_grades(const GradeStatements& reader, std::string_view text) {
  const Words w(text);
  std::vector<Judged> out;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const auto g = reader.grade_at(w, k, w.size(), reader.key_of(w.word(k)));
    if (!g) continue;
    if (const auto how = reader.judged(w, k, *g, 0)) {
      Judged j{k, std::string(g->grade), g->inflected, std::nullopt, how->outcome};
      if (how->trigger) j.trigger = std::string(w.word(*how->trigger));
      out.push_back(std::move(j));
    }
    k = g->end - 1;
  }
  return out;
}

}  // namespace

TEST_CASE("the sentence-final form: the grade that ends a sentence, after its verb or a colon",
          "[grade_statement][judgements]") {
  const ProfileRegistry& profiles = ProfileRegistry::builtin();
  const GradeStatements reader(GradeStatementOptions{&profiles.lexicon(), {&ofsted()}, GradeForm::sentence_final});

  auto f = final_grade(reader, "The judgement for overall effectiveness is inadequate.");
  REQUIRE(f);
  CHECK(f->subject == "The judgement for overall effectiveness");
  CHECK(f->grade == "Inadequate");
  CHECK(f->written == "inadequate.");
  CHECK_FALSE(f->judged);
  CHECK_FALSE(f->colon);

  // A verb that starts a grade is the grade's first word.
  f = final_grade(reader, "Children\xE2\x80\x99s services in Sefton require improvement to be good.");
  REQUIRE(f);
  CHECK(f->subject == "Children\xE2\x80\x99s services in Sefton");
  CHECK(f->grade == "Requires improvement to be good");
  CHECK(f->written == "require improvement to be good.");

  // "is judged to be" states a judgement outright; so does a colon.
  f = final_grade(reader, "Help and protection is judged to be good.");
  REQUIRE(f);
  CHECK(f->subject == "Help and protection");
  CHECK(f->judged);
  f = final_grade(reader, "Adoption performance: good");
  REQUIRE(f);
  CHECK(f->subject == "Adoption performance");
  CHECK(f->colon);

  // Capitals and a typographic apostrophe are read as the folded text reads them.
  f = final_grade(reader, "THE OVERALL JUDGEMENT IS THAT CHILDREN\xE2\x80\x99S SERVICES ARE GOOD.");
  REQUIRE(f);
  CHECK(f->subject == "THE OVERALL JUDGEMENT");
  CHECK(f->grade == "Good");

  // A grade by its number.
  f = final_grade(reader, "Overall effectiveness is 4 (Inadequate).");
  REQUIRE(f);
  CHECK(f->grade == "Inadequate");

  // The grade must end the sentence, and follow a verb.
  CHECK_FALSE(final_grade(reader, "Good practice is inconsistent across the service."));
  CHECK_FALSE(final_grade(reader, "Leaders have a good understanding of practice."));
  // Its verb as written: "required" is no form a report states its own grade in.
  CHECK_FALSE(final_grade(reader, "Services in Sefton required improvement to be good."));
}

TEST_CASE("the sentence-final form reads the sentence's tokens: verbs by their words, the grade by its words",
          "[grade_statement][judgements][tokens]") {
  const ProfileRegistry& profiles = ProfileRegistry::builtin();
  const GradeStatements reader(GradeStatementOptions{&profiles.lexicon(), {&ofsted()}, GradeForm::sentence_final});

  // A verb of several words is read over word tokens a space apart, each word's key the row's:
  // in capitals, with a typographic apostrophe; not over two spaces, which the row does not have.
  auto f = final_grade(reader, "The Overall Judgement Is That Children\xE2\x80\x99s Services Are Inadequate.");
  REQUIRE(f);
  CHECK(f->subject == "The Overall Judgement");
  f = final_grade(reader, "Help and protection is  judged to be good.");
  CHECK_FALSE(f);
  // "requires" is the verb and the grade's first word: the subject ends before it.
  f = final_grade(reader, "Leadership requires improvement to be good.");
  REQUIRE(f);
  CHECK(f->subject == "Leadership");
  CHECK(f->written == "requires improvement to be good.");

  // The grade's words run between spaces, with the emphasis and quotes glued to its tokens, and
  // end the sentence: at its end, before a full stop, a footnote mark or a capital.
  f = final_grade(reader, "Overall effectiveness is **good**.");
  REQUIRE(f);
  CHECK(f->written == "**good**.");
  f = final_grade(reader, "Overall effectiveness is **Good**");
  REQUIRE(f);
  CHECK(f->written == "**Good**");
  f = final_grade(reader, "Overall effectiveness is Inadequate1");
  REQUIRE(f);
  CHECK(f->grade == "Inadequate");
  CHECK(f->written == "Inadequate1");
  f = final_grade(reader, "Overall effectiveness is good Next steps for the local authority");
  REQUIRE(f);
  CHECK(f->written == "good");
  CHECK_FALSE(final_grade(reader, "Overall effectiveness is good for children"));
  // A number before a key word, over the punctuation between them; not glued to a word.
  f = final_grade(reader, "Overall effectiveness: 4 (Inadequate)");
  REQUIRE(f);
  CHECK(f->colon);
  CHECK(f->written == "4 (Inadequate)");
  CHECK_FALSE(final_grade(reader, "Overall effectiveness is Tier4 (Inadequate)"));
  // A word hyphenated at a line's end keeps its hyphen in a block's text: one token, no key word.
  CHECK_FALSE(final_grade(reader, "Overall effectiveness is inade-quate."));
  // The first grade that ends the sentence: the earliest start, of two verbs the one listed first.
  f = final_grade(reader, "The overall judgement is that it is good.");
  REQUIRE(f);
  CHECK(f->subject == "The overall judgement");
}

TEST_CASE("a scale with a label without words: a grade of no words after a verb or a colon",
          "[grade_statement][scale][tokens]") {
  const ProfileRegistry& profiles = ProfileRegistry::builtin();
  auto grade = [](std::string label) {
    judgement::Grade g;
    g.label = std::move(label);
    return g;
  };
  const GradeScale odd("odd", "A dash for no grade", std::vector<judgement::Grade>{grade("Good"), grade("-")});
  const GradeStatements reader(GradeStatementOptions{&profiles.lexicon(), {&odd}, GradeForm::sentence_final});
  REQUIRE(reader.key_words().wordless());
  auto f = final_grade(reader, "Leadership: -");
  REQUIRE(f);
  CHECK(f->subject == "Leadership");
  CHECK(f->grade == "-");
  f = final_grade(reader, "Leadership is good.");
  REQUIRE(f);
  CHECK(f->grade == "Good");
}

TEST_CASE("the grade a sentence carries, and a row's words, read from a block's tokens", "[grade_statement][tokens]") {
  const ProfileRegistry& profiles = ProfileRegistry::builtin();
  const GradeScale& send = *ScaleRegistry::builtin().find("ofsted-area-send");
  const GradeStatements reader(GradeStatementOptions{&profiles.lexicon(), {&send}, GradeForm::sentence_final});
  auto carried = [&](std::string_view text) -> std::string {
    const Cut cut(text);
    const judgement::Grade* g = reader.carried(text, cut.tokens);
    return g ? g->label : "";
  };
  CHECK(carried("The local area partnership\xE2\x80\x99s arrangements lead to inconsistent experiences and\n"
                "outcomes for children.") == "Inconsistent experiences and outcomes");
  // Its words over the ASCII punctuation between them; an alias names its grade.
  CHECK(carried("There are widespread and/or systemic failings.") == "Widespread and/or systemic failings");
  CHECK(carried("Leaders raised significant concerns, (SEND).") == "Widespread and/or systemic failings");
  CHECK(carried("They lead to \xE2\x80\x9Cpositive experiences and outcomes\xE2\x80\x9D for most.") ==
        "Typically positive experiences and outcomes");
  // A dash of more than one byte, a date or a word hyphenated to another stands between words.
  CHECK(carried("There are positive experiences \xE2\x80\x93 and outcomes.").empty());
  CHECK(carried("There are inconsistent experiences-and outcomes.").empty());

  const std::string_view text = "Overall, there are THERE ARE there  are";
  const Cut cut(text);
  REQUIRE(cut.tokens.list.size() == 8);
  CHECK(judgement::detail::words_at(text, cut.tokens, 2, "there are") == 4);
  CHECK(judgement::detail::words_at(text, cut.tokens, 4, "there are") == 6);  // in capitals
  CHECK(judgement::detail::words_at(text, cut.tokens, 6, "there are") == std::string_view::npos);  // two spaces
  CHECK(judgement::detail::words_at(text, cut.tokens, 0, "overall") == 1);
  CHECK(judgement::detail::words_at(text, cut.tokens, 1, "overall") == std::string_view::npos);  // the comma
}

TEST_CASE("the judged form: a grade stated of an inspection anywhere in a sentence", "[grade_statement][references]") {
  const ProfileRegistry& profiles = ProfileRegistry::builtin();
  const std::vector<const GradeScale*> scales = {&ofsted(), ScaleRegistry::builtin().find("ofsted-adequate")};
  const GradeStatements reader(GradeStatementOptions{&profiles.lexicon(), scales, GradeForm::judged});

  auto g = judged_grades(reader, "the council was judged to be inadequate overall in 2014 .");
  REQUIRE(g.size() == 1);
  CHECK(g[0].grade == "Inadequate");
  CHECK(g[0].trigger == std::optional<std::string>("judged"));

  // Another form of the verb that starts a grade: the label, inflected.
  g = judged_grades(reader, "services required improvement to be good at the last inspection .");
  REQUIRE(g.size() == 1);
  CHECK(g[0].grade == "Requires improvement to be good");
  CHECK(g[0].inflected);
  CHECK_FALSE(g[0].trigger);

  // An outcome noun after it.
  g = judged_grades(reader, "the 2016 inspection gave an inadequate judgement .");
  REQUIRE(g.size() == 1);
  CHECK(g[0].outcome);
  CHECK_FALSE(g[0].trigger);

  // The longest phrase of any of the scales.
  g = judged_grades(reader, "it was graded adequate .");
  REQUIRE(g.size() == 1);
  CHECK(g[0].grade == "Adequate");

  // Not stated: one of two, an adjective, the present, a trigger in another clause.
  CHECK(judged_grades(reader, "practice was judged good or better .").empty());
  CHECK(judged_grades(reader, "inspectors judged that there was good practice .").empty());
  CHECK(judged_grades(reader, "the service is good .").empty());
  const auto other_clause = judged_grades(reader, "leaders were judged ; services good .");
  REQUIRE(other_clause.size() == 1);
  CHECK_FALSE(other_clause[0].trigger);
}

TEST_CASE("both forms read a user's scale in its own words", "[grade_statement][scale]") {
  const ProfileRegistry& profiles = ProfileRegistry::builtin();
  const GradeStatements final_reader(GradeStatementOptions{&profiles.lexicon(), {&acme()}, GradeForm::sentence_final});
  const auto f = final_grade(final_reader, "Leadership is sound.");
  REQUIRE(f);
  CHECK(f->grade == "Sound");
  CHECK_FALSE(final_grade(final_reader, "Leadership is good."));  // no word of this scale

  const GradeStatements judged_reader(GradeStatementOptions{&profiles.lexicon(), {&acme()}, GradeForm::judged});
  auto g = judged_grades(judged_reader, "services were judged to be needing strengthening in 2019 .");
  REQUIRE(g.size() == 1);
  CHECK(g[0].grade == "Needing strengthening");  // the alias, as the scale writes it
  CHECK(judged_grades(judged_reader, "services were judged to be good in 2019 .").empty());
}

TEST_CASE("a user's verb that starts a grade is one lexicon row list, read by both forms",
          "[grade_statement][profile]") {
  const ProfileRegistry builtin = ProfileRegistry::builtin();
  const ProfileRegistry profiles = judgement::testing::builtin_profiles_with(needs_verb);

  // The sentence-final form: "needs" starts the grade, listed as a verb of the sentence or not.
  const GradeStatements plain_final(GradeStatementOptions{&builtin.lexicon(), {&acme()}, GradeForm::sentence_final});
  const GradeStatements final_reader(GradeStatementOptions{&profiles.lexicon(), {&acme()}, GradeForm::sentence_final});
  const std::string_view sentence = "The judgement for leadership needs strengthening.";
  CHECK_FALSE(final_grade(plain_final, sentence));
  const auto f = final_grade(final_reader, sentence);
  REQUIRE(f);
  CHECK(f->subject == "The judgement for leadership");
  CHECK(f->grade == "Needs strengthening");
  CHECK(f->written == "needs strengthening.");

  // The judged form: each form stands for the others.
  const GradeStatements plain_judged(GradeStatementOptions{&builtin.lexicon(), {&acme()}, GradeForm::judged});
  const GradeStatements judged_reader(GradeStatementOptions{&profiles.lexicon(), {&acme()}, GradeForm::judged});
  const std::string_view earlier = "in 2019 the service needed strengthening across the board .";
  CHECK(judged_grades(plain_judged, earlier).empty());
  const auto g = judged_grades(judged_reader, earlier);
  REQUIRE(g.size() == 1);
  CHECK(g[0].grade == "Needs strengthening");
  CHECK(g[0].inflected);
}

// Before the two readers were one, each took the verbs that start a grade from its own list (the
// judgements reader from `judgements grade_verb`, and only for a verb of its `sentence_verb` list;
// the references scanner from `references grade_verb_form`): a row in either list left one of a
// report's own "needs strengthening" and an earlier inspection's "needed strengthening" unread.
TEST_CASE("one verb row makes a report's own grade and an earlier inspection's readable", "[grade_statement][profile]") {
  const std::string framework(judgement::testing::acme_framework);
  const std::string text =
      "Acme review of children\xE2\x80\x99s services in Brackenshire\n"
      "Acme Inspectorate\nInspection dates: 3 to 14 March 2025\n\n"
      "The judgement for leadership and management needs strengthening.\n\n"
      "At the inspection in 2010, services needed strengthening overall.\n";
  for (const std::string list : {"references grade_verb_form", "judgements grade_verb"}) {
    INFO(list);
    const std::string reader = list.substr(0, list.find(' '));
    const ProfileRegistry profiles = judgement::testing::builtin_profiles_with(
        "lexicon " + reader + " \"Acme's verb\"\n  phrases " + list.substr(list.find(' ') + 1) +
        " \"needs\", \"needed\"\nend\n" + framework);
    judgement::ParseOptions options = judgement::testing::options_with(profiles);
    options.scales = &acme_scales();
    const auto parsed = judgement::parse(text, options);
    REQUIRE(parsed.ok());
    const judgement::Report& r = parsed.value();
    REQUIRE(r.judgements.size() == 1);
    CHECK(r.judgements[0].area_id == std::optional<std::string_view>("leadership_and_management"));
    CHECK(r.judgements[0].grade == "Needs strengthening");
    CHECK(r.judgements[0].scale == "acme-four");
    REQUIRE(r.references.size() == 1);
    REQUIRE(r.references[0].judgements.size() == 1);
    CHECK(r.references[0].judgements[0].grade == "Needs strengthening");
  }
}
