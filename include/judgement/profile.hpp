// judgement: framework profiles. What each kind of document is and how to read it is data, not
// code: the title phrases that name it, its inspectorate, the grade scale it judges on (by date),
// the areas it judges and the words that name them, and which readers apply. The built-in
// profiles are the output contract's document types; users add their own in the profile
// language (docs/adding-a-framework.md), as they add scales.
#ifndef JUDGEMENT_PROFILE_HPP
#define JUDGEMENT_PROFILE_HPP

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/config.hpp"
#include "judgement/date.hpp"
#include "judgement/error.hpp"

namespace judgement::detail {
class Lexicon;
}

JUDGEMENT_BEGIN_NAMESPACE

/// How a document of a profile is read.
enum class DocumentKind {
  report,  ///< an inspection report: its own judgements are read (tables, headings, sentences)
  letter,  ///< a visit letter: it grades nothing; its findings are read as a letter's
  paper,   ///< a council paper or news item: the grades it gives are another document's (references)
};
/// "report", "letter", "paper".
JUDGEMENT_API std::string_view to_string(DocumentKind kind) noexcept;

/// Days, inclusive at both ends; either end may be open.
struct DayWindow {
  std::optional<Date> from;  ///< first day, or open
  std::optional<Date> to;    ///< last day, or open
  /// True when [first, last] lies inside the window.
  [[nodiscard]] JUDGEMENT_API bool holds(const Date& first, const Date& last) const noexcept;
  friend bool operator==(const DayWindow&, const DayWindow&) = default;
};

/// `scale ofsted-adequate before 2013-11-01`: the scale a framework's judgements are made on,
/// while the window holds the inspection's (or the document's) date.
struct ScaleRule {
  std::string scale;  ///< a scale id (ScaleRegistry)
  DayWindow when;     ///< open at both ends for "always"
  friend bool operator==(const ScaleRule&, const ScaleRule&) = default;
};

/// `area help_and_protection "help and protection", ...`: an area the framework judges and the
/// words that name it.
struct AreaRule {
  std::string id;                    ///< the contract's area_id
  std::vector<std::string> phrases;  ///< lower case, matched as whole words
  friend bool operator==(const AreaRule&, const AreaRule&) = default;
};

/// One kind of document.
struct FrameworkProfile {
  std::string id;    ///< the document type it gives ("ilacs")
  std::string name;  ///< "Inspection of local authority children's services (ILACS)"
  std::string inspectorate;  ///< an inspectorate id ("ofsted"); empty where none
  DocumentKind kind = DocumentKind::report;
  std::vector<std::string> titles;    ///< phrases of a cover title that name the type (lower case)
  std::vector<std::string> contents;  ///< phrases of the body that name it where the cover was lost
  std::vector<ScaleRule> scales;      ///< the first rule whose window holds the date applies
  std::vector<AreaRule> areas;
  std::string series;  ///< inspections that follow on from each other share a series; else the id
  DayWindow held;      ///< when inspections of this framework were held (references read it)
  DayWindow published; ///< when their reports were published
  bool outcome_sentence = false;  ///< the outcome is stated in a sentence (area SEND)
  friend bool operator==(const FrameworkProfile&, const FrameworkProfile&) = default;
};

/// An inspectorate: the words that show a document is one of its own, and the scale its
/// documents of no known framework are read on.
struct Inspectorate {
  std::string id;    ///< "ofsted"
  std::string name;  ///< as reports give it: "Ofsted"
  std::vector<std::string> mentions;  ///< lower case phrases
  std::vector<ScaleRule> scales;
  friend bool operator==(const Inspectorate&, const Inspectorate&) = default;
};

/// `lexicon document "Name" ... phrases inspector_lead "the visit was conducted by", ... end`: a
/// list of phrases one of the readers reads by, beyond any framework (the words that lead a
/// provider's name in a title, that introduce a letter's inspectors, that give an inspector's
/// role, ...). docs/adding-a-framework.md lists the readers and their lists. Lists of the same
/// id add up: a user's lexicon block extends the built-in lists.
struct PhraseList {
  std::string reader;  ///< "document", "judgements"
  std::string id;      ///< "provider_head"
  std::vector<std::string> phrases;  ///< in the matching form (lower case), in the order given
  friend bool operator==(const PhraseList&, const PhraseList&) = default;
};

/// What a profile text defines.
struct ProfileSet {
  std::vector<Inspectorate> inspectorates;
  std::vector<FrameworkProfile> profiles;
  std::vector<PhraseList> phrase_lists;  ///< in the order written, one entry a `phrases` clause
};

/// Reads profile and inspectorate definitions written in the profile language
/// (docs/adding-a-framework.md). The first problem is returned with its line, column and a caret
/// excerpt (ErrorCode::profile_definition). Scale ids are not checked here: a parse that meets
/// a profile whose scale its ScaleRegistry lacks says so in a diagnostic.
JUDGEMENT_API Result<ProfileSet> define_profiles(std::string_view text);

/// The profiles and inspectorates a parse reads documents by. A registry is a value: copy it to
/// extend it. Profiles are tried in the registry's order: the built-in ones, then each user's
/// in the order defined.
class JUDGEMENT_API ProfileRegistry {
 public:
  ProfileRegistry();
  ProfileRegistry(const ProfileRegistry& other);
  ProfileRegistry& operator=(const ProfileRegistry& other);
  ~ProfileRegistry();
  /// The built-in profiles: every document type of the output contract, and more.
  [[nodiscard]] static const ProfileRegistry& builtin();

  [[nodiscard]] const std::vector<FrameworkProfile>& profiles() const noexcept { return profiles_; }
  [[nodiscard]] const std::vector<Inspectorate>& inspectorates() const noexcept { return inspectorates_; }
  /// Every `phrases` clause of every lexicon block, built-in first, in the order defined.
  [[nodiscard]] const std::vector<PhraseList>& phrase_lists() const noexcept { return phrase_lists_; }
  /// The profile with this id, or nullptr. Pointers stay valid until the registry next changes.
  [[nodiscard]] const FrameworkProfile* find(std::string_view id) const noexcept;
  [[nodiscard]] const Inspectorate* find_inspectorate(std::string_view id) const noexcept;

  /// Reads definitions with define_profiles() and adds them. An id the registry already holds,
  /// or a profile naming an inspectorate or area id nowhere defined, is refused; nothing is added
  /// unless everything is accepted. Returns the profile ids added, in order.
  Result<std::vector<std::string>> define(std::string_view text);

  /// The phrases of every profile compiled for matching: the library's own, opaque to users.
  [[nodiscard]] const detail::Lexicon& lexicon() const noexcept { return *lexicon_; }

 private:
  void compile();
  std::vector<Inspectorate> inspectorates_;
  std::vector<FrameworkProfile> profiles_;
  std::vector<PhraseList> phrase_lists_;
  // Every phrase of the above compiled for matching; rebuilt whenever they change or move.
  std::shared_ptr<const detail::Lexicon> lexicon_;
};

JUDGEMENT_END_NAMESPACE

#endif
