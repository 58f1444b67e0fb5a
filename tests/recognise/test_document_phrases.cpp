// The document reader's compiled lexicon lists: every answer is the one the phrase-by-phrase
// search (find_phrase, phrase_at) gives in folded text, on text built to reach their corners:
// typographic apostrophes and their padding, phrases that start others, a search from inside a
// word; and the same read from the text as written (FoldedView) as from the text folded.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <tuple>
#include <string>
#include <string_view>
#include <vector>

#include "profile/lexicon.hpp"
#include "recognise/document_phrases.hpp"
#include "recognise/text_search.hpp"
#include "support/profiles.hpp"

using judgement::detail::find_phrase;
using judgement::detail::fold;
using judgement::detail::FoldedView;
using judgement::detail::phrase_at;
using judgement::detail::PhraseSet;

namespace {

constexpr std::size_t npos = std::string_view::npos;

const std::vector<std::string> phrases = {
    "her majesty's inspector", "her majesty's inspectors", "hmi", "senior hmi", "oi", "inspectors:",
    "'s", "carried out by", "carried out by her majesty's inspectors", "x", "lead inspector",
};

const std::vector<std::string> texts = {
    "",
    "hmi",
    "the visit was carried out by her majesty's inspectors, jane doe hmi and oi smith",
    "carried out by her majesty\x01\x01's inspectors",
    "joi oil hmis senior hmi. lead inspectors: lead inspector",
    "x-ray x1 ax x",
    "\x01\x01's and 's and '",
    "inspectors:a inspectors: inspectors:1",
    "a lead inspector (senior hmi)",
};

// What the list's answers are, phrase by phrase.
std::size_t first_by_phrase(std::string_view hay, std::size_t from, std::size_t* end) {
  std::size_t best = npos, best_end = 0;
  for (const std::string& p : phrases) {
    std::size_t e = 0;
    const std::size_t at = find_phrase(hay, p, from, &e);
    if (at != npos && (at < best || (at == best && e > best_end))) {
      best = at;
      best_end = e;
    }
  }
  *end = best_end;
  return best;
}

std::size_t longest_by_phrase(std::string_view hay, std::size_t at) {
  std::size_t best = npos;
  for (const std::string& p : phrases) {
    const std::size_t e = phrase_at(hay, at, p);
    if (e != npos && (best == npos || e > best)) best = e;
  }
  return best;
}

std::size_t ending_by_phrase(std::string_view hay, std::size_t end) {
  std::size_t best = npos;
  for (const std::string& p : phrases) {
    for (std::size_t e = 0, at = find_phrase(hay, p, 0, &e); at != npos; at = find_phrase(hay, p, at + 1, &e)) {
      if (e == end && at < best) best = at;
    }
  }
  return best;
}

}  // namespace

TEST_CASE("a compiled phrase list finds what its phrases found one by one", "[document]") {
  const PhraseSet set(phrases);
  for (const std::string& text : texts) {
    INFO(text);
    for (std::size_t from = 0; from <= text.size() + 1; ++from) {
      INFO(from);
      std::size_t want_end = 7, got_end = 9;
      CHECK(set.first(text, from, &got_end) == first_by_phrase(text, from, &want_end));
      CHECK(got_end == want_end);
      CHECK(set.longest_at(text, from) == longest_by_phrase(text, from));
      CHECK(set.ending_at(text, from) == ending_by_phrase(text, from));
    }
    std::size_t end = 0;
    CHECK(set.in(text) == (first_by_phrase(text, 0, &end) != npos));
  }
  // Two lists in one pass: the tags of those with a phrase in the text, as each list alone finds.
  const std::vector<std::string> others = {"ofsted", "x-ray", "inspectors"};
  const PhraseSet both({&phrases, &others});
  const PhraseSet other(others);
  for (const std::string& text : texts) {
    INFO(text);
    const std::uint32_t want = (set.in(text) ? 1u : 0u) | (other.in(text) ? 2u : 0u);
    CHECK(both.lists_in(text) == want);
    if (want & 1u) CHECK((both.lists_in(text, 1) & 1u) == 1u);
  }
  // Every occurrence of every phrase, in order of place, each with its row.
  for (const std::string& text : texts) {
    INFO(text);
    std::vector<std::tuple<std::size_t, std::uint32_t, std::size_t>> want, got;
    for (std::uint32_t r = 0; r < phrases.size(); ++r) {
      for (std::size_t e = 0, at = find_phrase(text, phrases[r], 0, &e); at != npos; at = find_phrase(text, phrases[r], at + 1, &e))
        want.emplace_back(at, r, e);
    }
    set.each(text, [&](std::uint32_t row, std::size_t at, std::size_t end) { got.emplace_back(at, row, end); });
    CHECK(std::is_sorted(got.begin(), got.end(), [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); }));
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    CHECK(got == want);
  }
  CHECK(set.is_one("hmi"));
  CHECK(set.is_one("her majesty's inspectors"));
  CHECK_FALSE(set.is_one("hmis"));
  CHECK_FALSE(set.is_one(""));
  CHECK_FALSE(PhraseSet(std::vector<std::string>{}).in("anything"));
  CHECK_FALSE(PhraseSet(std::vector<std::string>{""}).in("anything"));  // an empty phrase is never found, as find_phrase finds none
}

TEST_CASE("a compiled phrase list reads text as written as it reads the text folded", "[document]") {
  const std::string apostrophe = "\xE2\x80\x99", opening = "\xE2\x80\x98";
  const std::vector<std::string> written = {
      "",
      "HMI",
      "The visit was Carried Out By Her Majesty" + apostrophe + "s Inspectors, Jane Doe HMI and OI Smith",
      "carried out by HER MAJESTY" + opening + "S INSPECTORS",
      "Joi OIL hmis Senior HMI. Lead Inspectors: LEAD INSPECTOR",
      "X-ray X1 aX X",
      apostrophe + "s and 's and " + apostrophe.substr(0, 2) + " and \xE2\x80\x9A and '",
      "INSPECTORS:a Inspectors: inspectors:1",
      "a Lead Inspector (Senior HMI" + apostrophe + ")",
      "caf\xC3\xA9 HMI \xC3\x89 x \xE2\x80\x99x",
      "a \x01's and a \x01\x01\x01's HMI" + apostrophe + "s",  // \x01 of the text's own
  };
  const PhraseSet set(phrases);
  for (const std::string& text : written) {
    INFO(text);
    const std::string folded = fold(text);
    const FoldedView view(text);
    for (std::size_t from = 0; from <= text.size() + 1; ++from) {
      INFO(from);
      std::size_t want_end = 7, got_end = 9;
      CHECK(set.first(view, from, &got_end) == set.first(folded, from, &want_end));
      CHECK(got_end == want_end);
      CHECK(set.longest_at(view, from) == set.longest_at(folded, from));
      CHECK(set.ending_at(view, from) == set.ending_at(folded, from));
    }
    CHECK(set.in(view) == set.in(folded));
    std::vector<std::tuple<std::size_t, std::uint32_t, std::size_t>> want, got;
    set.each(std::string_view(folded), [&](std::uint32_t row, std::size_t at, std::size_t end) { want.emplace_back(at, row, end); });
    set.each(view, [&](std::uint32_t row, std::size_t at, std::size_t end) { got.emplace_back(at, row, end); });
    CHECK(got == want);
  }
  // A whole text as written is one of the phrases in any case, its apostrophe plain or not.
  CHECK(set.is_one(FoldedView("HMI")));
  CHECK(set.is_one(FoldedView("Her Majesty" + apostrophe + "s Inspectors")));
  CHECK(set.is_one(FoldedView("her majesty's inspectors")));
  CHECK_FALSE(set.is_one(FoldedView("HMIs")));
  CHECK_FALSE(set.is_one(FoldedView("Her Majesty" + apostrophe + "s")));
  CHECK_FALSE(set.is_one(FoldedView("")));
}

TEST_CASE("a needle that starts with a space is found where find finds it", "[document]") {
  const std::vector<std::string> texts = {"", " ", "in", " in ", "children in Medway in  in ", "x in\tin in", "  in in in "};
  for (const std::string& text : texts) {
    for (const std::string needle : {" in ", " ", " in", "  "}) {
      for (std::size_t from = 0; from <= text.size() + 1; ++from) {
        INFO('"' << text << "\" / \"" << needle << "\" from " << from);
        CHECK(judgement::detail::find_spaced(text, needle, from) == std::string_view(text).find(needle, from));
      }
    }
  }
}

// A plural role word is made singular by the lexicon's role_plural pairs, not by knowing the
// English "s": the built-in "inspectors" in any case and with either apostrophe, and a user's
// pair in another language, whose singular is no start of its plural.
TEST_CASE("a role's plural role word is made singular by the lexicon's pairs", "[document][profile]") {
  const judgement::detail::Lexicon builtin(judgement::ProfileRegistry::builtin());
  const judgement::detail::DocumentPhrases english(builtin);
  CHECK(english.singular("Her Majesty's Inspectors") == "Her Majesty's Inspector");
  CHECK(english.singular("His Majesty\xE2\x80\x99s Inspectors") == "His Majesty\xE2\x80\x99s Inspector");
  CHECK(english.singular("Team inspectors") == "Team inspector");
  CHECK(english.singular("HER MAJESTY'S INSPECTORS") == "HER MAJESTY'S INSPECTOR");
  CHECK(english.singular("Inspectors of Schools") == "Inspector of Schools");
  // No plural role word, or none as a whole word: no singular.
  CHECK(english.singular("Her Majesty's Inspector") == std::nullopt);
  CHECK(english.singular("Co-inspectorship") == std::nullopt);
  CHECK(english.singular("Arolygwyr Ei Fawrhydi") == std::nullopt);
  CHECK(english.singular_or_same("Ofsted Inspector") == "Ofsted Inspector");

  const judgement::ProfileRegistry welsh = judgement::testing::builtin_profiles_with(
      "lexicon document \"Arolygiaethau Cymru\"\n"
      "  phrases role_word \"arolygydd\", \"arolygwyr\"\n"
      "  phrases role_plural \"arolygwyr\", \"arolygydd\", \"hmi's\", \"hmi\"\n"
      "end\n");
  const judgement::detail::Lexicon lexicon(welsh);
  const judgement::detail::DocumentPhrases phrases(lexicon);
  // The singular takes the plural's place, capitalised as it was written.
  CHECK(phrases.singular("Arolygwyr Ei Fawrhydi") == "Arolygydd Ei Fawrhydi");
  CHECK(phrases.singular("arolygwyr tîm") == "arolygydd tîm");
  CHECK(phrases.singular("AROLYGWYR") == "AROLYGYDD");
  // A plural with an apostrophe matches a typographic one, written in three bytes.
  CHECK(phrases.singular("Team HMI\xE2\x80\x99s") == "Team HMI");
  CHECK(phrases.singular("HMI's team") == "HMI team");
  // The built-in pair still holds.
  CHECK(phrases.singular("Team inspectors") == "Team inspector");
}

// A role is read in the plural too: each inspector_role row whose last word is a role_plural
// singular, that word made plural by its pair. The rows the lexicon lists already are not made
// again, and a row whose last word has no pair has no plural.
TEST_CASE("each inspector role's plural is made from the lexicon's role_plural pairs",
          "[document][profile]") {
  const judgement::detail::Lexicon builtin(judgement::ProfileRegistry::builtin());
  const judgement::detail::DocumentPhrases english(builtin);
  const std::vector<std::string>& made = english.inspector_role_plurals;
  auto has = [&](std::string_view p) { return std::find(made.begin(), made.end(), p) != made.end(); };
  CHECK(has("hmis"));
  CHECK(has("senior hmis"));
  CHECK(has("shmis"));
  CHECK(has("ofsted inspectors"));
  CHECK(has("social care inspectors"));
  CHECK_FALSE(has("her majesty's inspectors"));  // a row of its own
  CHECK_FALSE(has("hmis designate"));            // its last word has no pair
  CHECK_FALSE(has("ois"));
  // The set reads them as it reads the rows, in any case; "HMIs" is made singular by its pair.
  CHECK(english.inspector_role.longest_at(FoldedView("HMIs Ann Bell"), 0) == 4);
  CHECK(english.inspector_role.longest_at(FoldedView("Ofsted Inspectors Ann Bell"), 0) == 17);
  CHECK(english.inspector_role.longest_at(FoldedView("Ofsted Inspectorate"), 0) == npos);
  CHECK(english.singular("HMIs") == "HMI");
  CHECK(english.singular("Senior HMIs") == "Senior HMI");
  // Each made plural's row follows the rows: whether a role word is in it is known for each.
  CHECK(english.inspector_role_worded.size() ==
        builtin.phrases(judgement::detail::Phrases::inspector_role).size() + made.size());

  // A user's pair makes a user's role plural: "arolygydd" gives "arolygwyr".
  const judgement::ProfileRegistry welsh = judgement::testing::builtin_profiles_with(
      "lexicon document \"Arolygiaethau Cymru\"\n"
      "  phrases inspector_role \"prif arolygydd\"\n"
      "  phrases role_plural \"arolygwyr\", \"arolygydd\"\n"
      "end\n");
  const judgement::detail::Lexicon lexicon(welsh);
  const judgement::detail::DocumentPhrases phrases(lexicon);
  CHECK(std::find(phrases.inspector_role_plurals.begin(), phrases.inspector_role_plurals.end(),
                  "prif arolygwyr") != phrases.inspector_role_plurals.end());
  CHECK(phrases.inspector_role.longest_at(FoldedView("Prif Arolygwyr Ann Bell"), 0) == 14);
}
