// The phrases of every profile and inspectorate of a registry, compiled once for the recognisers:
// each row points back to the profile, area or inspectorate it came from. Text is matched in the
// folded form (source/fold.hpp: ASCII lower case, a typographic apostrophe as "\x01\x01'"), or
// as written through the same rules; a phrase matches whole words.
#ifndef JUDGEMENT_SRC_PROFILE_LEXICON_HPP
#define JUDGEMENT_SRC_PROFILE_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/profile.hpp"

namespace judgement::detail {

/// Where `phrase` (phrase_key form) occurs in folded `hay` at or after `from` as whole words;
/// `end` receives the offset after it. npos when it does not occur.
std::size_t find_phrase(std::string_view hay, std::string_view phrase, std::size_t from = 0, std::size_t* end = nullptr);
/// Where `phrase` (phrase_key form) occurs in folded `hay` at or after `from`, anywhere (inside a
/// word too), its "'" matching a plain or a typographic apostrophe; `end` receives the offset
/// after it. npos when it does not occur; as std::string_view::find, an empty phrase is at `from`.
std::size_t find_in_folded(std::string_view hay, std::string_view phrase, std::size_t from = 0,
                           std::size_t* end = nullptr);
/// The end of `phrase` matched as whole words at hay[at] (at must be a word start), or npos.
std::size_t phrase_at(std::string_view hay, std::size_t at, std::string_view phrase);

/// The phrase lists of `lexicon` blocks (judgement/profile.hpp PhraseList) that readers read by.
enum class Phrases : std::uint8_t {
  provider_head,   ///< words that lead a provider's name in a title: "inspection of", "focused visit to"
  provider_end,    ///< words that end it there: "local authority", "children's services"
  not_provider,    ///< a cover line that never names the provider: "local area partnership report"
  address,         ///< words of a letterhead's address lines: "piccadilly gate", "enquiries@"
  council_name,    ///< the last word of a council's name: "council"
  inspector_lead,  ///< words after which a letter names its inspectors: "the visit was conducted by"
  inspector_role,  ///< a role after or before a name, also read in the plural: "hmi", "contracted inspector"
  not_inspector,   ///< never a person's name: "her majesty's inspectors", "hmi schools"
  signer,          ///< a letter's closing before its signer: "yours sincerely"
  sentence_verb,   ///< between an area and the grade that ends the sentence: "is", "are", "is judged to be"
  grade_verb,      ///< a verb that is the grade's first word: "requires" (improvement to be good)
  judged_verb,     ///< a verb that states a judgement outright: "is judged to be"
  judgement_lead,  ///< words before the area in a stated judgement: "the judgement for"
  overall_subject, ///< a subject that is the overall judgement: "the overall judgement", "children's services in"
  area_subject,    ///< how a sentence about a judged area as a whole opens: "experiences and progress"
  outcome_lead,    ///< words of a sentence that states an outcome (`outcome sentence`): "arrangements"
  // The document reader's kinds of document beyond the framework profiles.
  committee_cover,    ///< on a cover, makes the document a council paper: "agenda item", "report to cabinet"
  committee_body,     ///< a council body a cover names: "committee", "cabinet" (a paper with committee_opening)
  committee_opening,  ///< words of a council paper's opening: "recommendations", "summary"
  news_opening,       ///< words of a news item's opening: "press release"
  news_said,          ///< a reporting verb of a news item: "said" (with news_speaker)
  news_speaker,       ///< who speaks in a council's news: "councillor", "leader of"
  published_label,        ///< a cover field's label before the publication date: "report published"
  inspection_date_label,  ///< ... before the inspection dates: "inspection dates"
  inspector_label,        ///< ... before the inspectors: "lead inspector"
  // The findings reader (recognise/findings_headings.cpp): headings of lists and their leads.
  improvement_heading,         ///< a whole heading that opens improvements: "areas for improvement"
  improvement_heading_start,   ///< the start of one that goes on: "what needs to improve in"
  improvement_question_start,  ///< a question about improvement opens: "what does"
  improvement_question_end,    ///< and ends: "need to improve"
  letter_improvement_heading,  ///< a letter's improvement heading: "areas for development"
  recommendation_heading,      ///< "recommendations", except in a council paper (put to its committee)
  finding_heading,             ///< a letter's findings: "main findings"
  strength_heading,            ///< a letter's strengths: "areas of strength"
  concern_heading,             ///< a letter's concerns: "areas of concern"
  other_part,                  ///< a word of a heading of another part of a report: "summary", "annex"
  nil_statement,               ///< a whole statement that a list is empty: "none", "n/a"
  nil_opening,                 ///< how one opens: "there are no"
  nil_finding,                 ///< words anywhere in one: "did not find any"
  item_lead,                   ///< a lead-in to a list's items: "the following"
  strengths_lead,              ///< a lead-in to strengths, not to the items: "strength"
  run_on_word,                 ///< a word a phrase cannot end on, so a line ending on it goes on: "the"
  risk_heading,                ///< the start of a risk register's first column heading: "risk"
  risk_rating_heading,         ///< words of its rating column's heading: "rating", "likelihood"
  risk_rating,                 ///< a rating level in words: "high", "amber"
  // The references reader (recognise/references_scan.cpp): the heads that name an inspection.
  jtai_head,                     ///< a joint targeted area inspection: "joint targeted area inspection", "jtai"
  focused_visit_head,            ///< "focused visit"
  monitoring_visit_head,         ///< "monitoring visit"
  sif_head,                      ///< a single inspection framework inspection: "single inspection", "sif"
  ilacs_head,                    ///< "inspection of local authority children's services", "ilacs"
  safeguarding_inspection_head,  ///< "slac"
  area_send_head,                ///< "area send inspection"
  lscb_review_head,              ///< "review of the local safeguarding children board", "lscb review"
  inspection_head,               ///< an inspection of no named framework: "inspection", "re-inspection"
  visit_head,                    ///< a visit of no named framework: "visit"
  inspected_head,                ///< the verb: "were last inspected"
  plural_head,                   ///< inspections in general, never one: "focused visits", "inspections"
  // The judgements reader's table and earlier-inspection words (issue 14).
  not_label_end,       ///< a word a table's area label never ends with: "are", "have", "judged"
  table_header,        ///< a table's header cell, never an area: "judgement", "grade"
  earlier_inspection,  ///< words of a heading or a list's lead about an earlier inspection: "previous"
  // The document reader's words of a letter's visit and its inspectors (issue 14).
  visit_date_subject,   ///< what a sentence that dates the visit is about: "visit", "inspection"
  visit_date_lead,      ///< words that lead from it to the visit's dates: "took place on", "between"
  inspector_line_lead,  ///< a cover line's start before an inspector's name, without a colon: "lead inspector"
  honorific,            ///< a title before a person's name, taken off it: "mr", "dr"
  // The document reader's words of inspection teams and places (issue 14).
  role_word,      ///< a word that makes a text an inspector's role, or a label a team's: "inspector"
  lead_role,      ///< a word of a role that makes its person the lead: "lead"
  not_team_role,  ///< a word of a role or a team's label whose people are not of the team: "chief"
  not_place,      ///< a capitalised word after "in" that is no place's name, nor starts one: "England", "May"
  place_before,   ///< a word before a place's name in running text: "in" ("children in Medway")
  role_plural,    ///< a plural role word, then its singular, in pairs: "inspectors", "inspector"
  list_and,       ///< a word that joins the last name of a list of people: "and" ("A, B and C")
  open_end,       ///< a word a cover value never ends on, so it goes on in the next line: "and", "to"
  not_name_start, ///< a capitalised word that starts no council's name: "the", "our" ("The Medway Council")
  title_rest,     ///< a word after a cover's title phrase that is still the title's: "services"
  // The layout's: how a letter opens, and where a line goes on into the next.
  salutation,        ///< a letter's greeting, whose line stands alone: "dear"
  label_run_on,      ///< a word a table's label line never ends on, so the label goes on: "and", "of"
  suspended_hyphen,  ///< a word that, opening a line after a hyphen, leaves the hyphen suspended: "to"
  page_word,         ///< a word before a page's number in a page number line: "page" (Page 3 of 40)
  page_total_word,   ///< a word between a page's number and the count of pages: "of"
  // The references reader (recognise/references_scan.cpp): the words around a mention and a grade.
  grade_verb_form,  ///< forms of a verb that starts a grade, each standing for the others: "requires", "required"
  premodifier,        ///< a word between a determiner and a head: "previous", "full", "joint"
  phrase_stop,        ///< a word that ends a mention's subject and leads to its date: "was", "in", "which"
  phrase_break,       ///< a word that ends a mention's subject, the clause moving on: "found", "has", "since"
  date_connector,     ///< a word between a mention and its date: "which", "took", "place", "on"
  other_inspectorate, ///< a word before a mention that makes it another body's: "cqc", "police", "peer"
  framework_verb,     ///< a word before a head that makes it the framework, not one inspection: "introduced"
  future_word,        ///< a word shortly before a mention that puts it in the future: "will", "expected"
  future_qualifier,   ///< a word before a head that makes it one to come: "next", "planned"
  earlier_qualifier,  ///< ... an earlier one: "previous", "last"
  self_qualifier,     ///< ... the document's own: "this", "current"
  recent_qualifier,   ///< ... the most recent one: "recent", "latest"
  grade_trigger,      ///< a word shortly before a grade that makes it a judgement: "judged", "graded"
  after_grade,        ///< a word after a grade that makes it a judgement, not an adjective: "overall", "for"
  outcome_noun,       ///< a noun after a grade that makes it a judgement: "judgement", "outcome"
  restrictive_word,   ///< a word of a grade's subject that makes it a part, not the whole: "some", "homes"
  generic_area_word,  ///< a word of a subject that names the whole authority: "services", "council"
  judgement_word,     ///< a word of a sentence that speaks of judgements (it may open their list): "judged"
  inspectorate_word,  ///< the inspectorate whose inspections and visits are read: "ofsted", "ofsted's"
  other_review,       ///< a word before a review head that makes it no inspection: "independent", "peer"
  head_continuation,  ///< a word after a head that goes on naming it: "inspection", "report"
  plural_continuation,  ///< ... that makes it inspections in general: "inspections", "visits"
  future_after,       ///< a word shortly after a mention that puts it in the future: "will", "scheduled"
  framework_word,     ///< a word after a head that makes it the framework: "framework", "handbook"
  council_word,       ///< a word of a name that makes it a council's, not an establishment's: "council"
  // What a plain mention's words say was inspected ("the inspection of X's safeguarding arrangements").
  not_childrens_subject,  ///< something other than children's services: "youth offending", "school"
  jtai_subject,           ///< a joint targeted area inspection: "joint targeted"
  area_send_subject,      ///< an area SEND inspection: "send"
  sif_subject,            ///< a single inspection framework inspection: "single", "sif"
  ilacs_subject,          ///< an ILACS inspection: "ilacs"
  safeguarding_subject,   ///< a 2009-13 safeguarding inspection: "safeguarding", "child protection"
  lac_subject,            ///< an inspection of looked after children services: "looked after", "lac"
  adoption_subject,       ///< an adoption service's inspection: "adoption"
  fostering_subject,      ///< a fostering service's: "fostering"
  home_subject,           ///< a children's home's: "home", "homes"
  full_subject,           ///< a full inspection of children's services: "full", "children's services"
  inspected_qualifier,  ///< a word before the verb head that makes it an earlier inspection: "last", "previously"
  earlier_judgement,    ///< a word before "judgement(s)" that makes it no trigger of a grade: "previous"
  not_area_word,        ///< a word of a grade's subject that makes it no area: "inspection", "visit"
  // How a grade in a sentence is said (recognise/grade_statement.hpp, the judged form).
  not_grade_before,        ///< a word just before a grade that makes it no judgement: "or" (adequate or good), "very"
  not_grade_after,         ///< a word just after a grade that makes it no judgement: "or" (good or better)
  present_before_grade,    ///< a word just before a grade that puts it in the present, the report's own: "is"
  present_before_trigger,  ///< a word just before its trigger that does: "is" (judged), "currently"
  outcome_link,            ///< a word between a grade and its outcome noun: "inspection" (judgement)
  judgement_noun,          ///< a trigger that names a judgement, after earlier_judgement a judgement named: "judgement"
  count_
};

struct PhraseListName {
  std::string_view reader;
  std::string_view id;
  /// The list's phrases go in pairs (a plural, then its singular): each clause gives an even
  /// number of them, so that a pair is never split between two clauses or blocks.
  bool pairs = false;
};
/// The name of each list, by Phrases value.
inline constexpr PhraseListName phrase_list_names[] = {
    {"document", "provider_head"},  {"document", "provider_end"},   {"document", "not_provider"},
    {"document", "address"},        {"document", "council_name"},   {"document", "inspector_lead"},
    {"document", "inspector_role"}, {"document", "not_inspector"},  {"document", "signer"},
    {"judgements", "sentence_verb"}, {"judgements", "grade_verb"},  {"judgements", "judged_verb"},
    {"judgements", "judgement_lead"}, {"judgements", "overall_subject"}, {"judgements", "area_subject"},
    {"judgements", "outcome_lead"},
    {"document", "committee_cover"}, {"document", "committee_body"}, {"document", "committee_opening"},
    {"document", "news_opening"},    {"document", "news_said"},      {"document", "news_speaker"},
    {"document", "published_label"}, {"document", "inspection_date_label"}, {"document", "inspector_label"},
    // The findings reader's lists.
    {"findings", "improvement_heading"}, {"findings", "improvement_heading_start"},
    {"findings", "improvement_question_start"}, {"findings", "improvement_question_end"},
    {"findings", "letter_improvement_heading"}, {"findings", "recommendation_heading"},
    {"findings", "finding_heading"}, {"findings", "strength_heading"}, {"findings", "concern_heading"},
    {"findings", "other_part"}, {"findings", "nil_statement"}, {"findings", "nil_opening"},
    {"findings", "nil_finding"}, {"findings", "item_lead"}, {"findings", "strengths_lead"},
    {"findings", "run_on_word"}, {"findings", "risk_heading"}, {"findings", "risk_rating_heading"},
    {"findings", "risk_rating"},
    {"references", "jtai_head"}, {"references", "focused_visit_head"}, {"references", "monitoring_visit_head"},
    {"references", "sif_head"}, {"references", "ilacs_head"}, {"references", "safeguarding_inspection_head"},
    {"references", "area_send_head"}, {"references", "lscb_review_head"}, {"references", "inspection_head"},
    {"references", "visit_head"}, {"references", "inspected_head"}, {"references", "plural_head"},
    // The judgements reader's table and earlier-inspection words (issue 14).
    {"judgements", "not_label_end"}, {"judgements", "table_header"}, {"judgements", "earlier_inspection"},
    // The document reader's words of a letter's visit and its inspectors (issue 14).
    {"document", "visit_date_subject"}, {"document", "visit_date_lead"}, {"document", "inspector_line_lead"},
    {"document", "honorific"},
    // The document reader's words of inspection teams and places (issue 14).
    {"document", "role_word"},     {"document", "lead_role"},
    {"document", "not_team_role"}, {"document", "not_place"},
    {"document", "place_before"},  {"document", "role_plural", true},
    {"document", "list_and"},      {"document", "open_end"},
    {"document", "not_name_start"}, {"document", "title_rest"},
    // The layout's.
    {"layout", "salutation"}, {"layout", "label_run_on"}, {"layout", "suspended_hyphen"},
    {"layout", "page_word"},  {"layout", "page_total_word"},
    // The references reader's words around a mention and a grade (recognise/references_scan.cpp).
    {"references", "grade_verb_form"},
    {"references", "premodifier"},        {"references", "phrase_stop"},      {"references", "phrase_break"},
    {"references", "date_connector"},     {"references", "other_inspectorate"}, {"references", "framework_verb"},
    {"references", "future_word"},        {"references", "future_qualifier"}, {"references", "earlier_qualifier"},
    {"references", "self_qualifier"},     {"references", "recent_qualifier"}, {"references", "grade_trigger"},
    {"references", "after_grade"},        {"references", "outcome_noun"},     {"references", "restrictive_word"},
    {"references", "generic_area_word"},  {"references", "judgement_word"},   {"references", "inspectorate_word"},
    {"references", "other_review"},       {"references", "head_continuation"}, {"references", "plural_continuation"},
    {"references", "future_after"},       {"references", "framework_word"},   {"references", "council_word"},
    {"references", "not_childrens_subject"}, {"references", "jtai_subject"},  {"references", "area_send_subject"},
    {"references", "sif_subject"},        {"references", "ilacs_subject"},    {"references", "safeguarding_subject"},
    {"references", "lac_subject"},        {"references", "adoption_subject"}, {"references", "fostering_subject"},
    {"references", "home_subject"},       {"references", "full_subject"},
    {"references", "inspected_qualifier"}, {"references", "earlier_judgement"}, {"references", "not_area_word"},
    {"references", "not_grade_before"},   {"references", "not_grade_after"},  {"references", "present_before_grade"},
    {"references", "present_before_trigger"}, {"references", "outcome_link"}, {"references", "judgement_noun"},
};
static_assert(std::size(phrase_list_names) == static_cast<std::size_t>(Phrases::count_));

/// The lists of heads that name one inspection, by which the references reader reads a mention
/// (Phrases::plural_head names inspections in general, never one).
inline constexpr Phrases one_inspection_heads[] = {
    Phrases::jtai_head,         Phrases::focused_visit_head, Phrases::monitoring_visit_head,
    Phrases::sif_head,          Phrases::ilacs_head,         Phrases::safeguarding_inspection_head,
    Phrases::area_send_head,    Phrases::lscb_review_head,   Phrases::inspection_head,
    Phrases::visit_head,        Phrases::inspected_head};

class Lexicon {
 public:
  explicit Lexicon(const ProfileRegistry& registry);

  /// A phrase and the profile or inspectorate it names, in registry order.
  struct ProfileRow {
    std::string phrase;
    const FrameworkProfile* profile;
  };
  struct MentionRow {
    std::string phrase;
    const Inspectorate* inspectorate;
  };
  struct AreaHit {
    std::string_view id;
    std::size_t at = 0;
    std::size_t end = 0;
  };

  [[nodiscard]] const std::vector<ProfileRow>& titles() const noexcept { return titles_; }
  [[nodiscard]] const std::vector<ProfileRow>& contents() const noexcept { return contents_; }
  [[nodiscard]] const std::vector<MentionRow>& mentions() const noexcept { return mentions_; }
  /// The phrases of a list, from every lexicon block of the registry, in the order defined.
  [[nodiscard]] const std::vector<std::string>& phrases(Phrases list) const noexcept {
    return lists_[static_cast<std::size_t>(list)];
  }

  /// A few words such that every head of one inspection (one_inspection_heads) holds one of
  /// them, the word in the most heads first ("inspection", "visit", "review", "jtai", ...): a
  /// sentence without any names no inspection, so a block is first looked through for them.
  [[nodiscard]] const std::vector<std::string>& mention_triggers() const noexcept { return triggers_; }

  /// The area `text` (as written: matched as folded, source/fold.hpp) names: the leftmost phrase
  /// of any profile's areas, the longest of those that start there ("children in care and care
  /// leavers" over "children in care").
  [[nodiscard]] std::optional<AreaHit> area(std::string_view text) const;

  [[nodiscard]] const ProfileRegistry& registry() const noexcept { return *registry_; }
  /// The profile of a document type id, or nullptr.
  [[nodiscard]] const FrameworkProfile* profile(std::string_view id) const noexcept { return registry_->find(id); }
  /// The inspectorate of this name ("Ofsted"), or nullptr.
  [[nodiscard]] const Inspectorate* inspectorate_named(std::string_view name) const noexcept;

 private:
  struct AreaRow {
    std::string phrase;
    std::string_view id;
  };
  void choose_triggers();

  const ProfileRegistry* registry_;
  std::vector<ProfileRow> titles_;
  std::vector<ProfileRow> contents_;
  std::vector<MentionRow> mentions_;
  std::vector<std::string> lists_[static_cast<std::size_t>(Phrases::count_)];
  std::vector<std::string> triggers_;
  std::vector<AreaRow> areas_;  // each phrase once, ordered by first byte
  std::vector<std::uint32_t> area_bucket_;
};

}  // namespace judgement::detail

#endif
