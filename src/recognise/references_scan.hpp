// References to earlier inspections, stage 1: reading one block of text. Private to the
// references recogniser (references.cpp), which decides which mentions are references, infers
// frameworks, merges mentions of one inspection and grades what they say.
//
// A block is read as the layout's tokens (words, date expressions, punctuation: Layout::tokens),
// cut into sentences. In each
// sentence the scanner finds every mention of an inspection or visit at a head, a phrase of the
// lexicon's `references` lists: a framework's name ("the
// joint targeted area inspection", "a focused visit", "the SIF", "the ILACS"), an inspection
// named by its subject ("the previous inspection of Barnsley's safeguarding arrangements", "the
// child protection inspection"), or a plain one ("the last inspection", "when they were last
// inspected"). For each it reads the words before it (previous, last, this, next, recent, full,
// a date: "the 2018 joint targeted area inspection"), and the words after it up to the date of
// the inspection ("in June 2018", "which took place on the 20 and 21 August 2020", ", in May
// 2019,", "was published in July 2015"). Then it reads the grades the sentence states in a
// judgement's words ("judged to be inadequate", "graded the service as Inadequate overall", "a
// judgement of inadequate for overall effectiveness", "the inadequate judgement"), by the one
// reader of a grade stated in a sentence in its judged form (recognise/grade_statement.hpp), with
// the area each is of, and gives each to the mention it is said of: one that follows closely ("judged
// inadequate overall at the last inspection in 2014"), else the nearest before, else the nearest
// after. A sentence that states only a judgement ("The local authority was judged to be
// inadequate.") speaks of the inspection the sentence before it names, and a sentence ending
// "The judgements for the local authority were:" is followed by a list of "Area: grade" items.
// Mentions of the document's own inspection ("this inspection") are found too, so that they take
// what is said of them.
#ifndef JUDGEMENT_SRC_RECOGNISE_REFERENCES_SCAN_HPP
#define JUDGEMENT_SRC_RECOGNISE_REFERENCES_SCAN_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/date_finder.hpp"
#include "judgement/date.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"
#include "layout/layout.hpp"
#include "profile/lexicon.hpp"

namespace judgement::detail::references {

/// What the words around a mention say of when it happened relative to the document.
enum class Qualifier {
  none,     ///< "the inspection", "a focused visit"
  earlier,  ///< previous, last, earlier, prior, preceding, former
  recent,   ///< recent, most recent, latest
  self,     ///< this, current, present
  future,   ///< next, future, forthcoming, upcoming, planned
};

/// A grade stated of an inspection, as the text has it.
struct RawJudgement {
  /// The area as the text words it, as offsets into the block text; empty when the text names
  /// none, and the area is then `area_literal`.
  std::size_t area_begin = 0, area_end = 0;
  std::string_view area_literal;
  std::optional<std::string_view> area_id;
  std::string grade;  ///< the grade phrase as a scale writes it (a label or alias), which GradeScale::match reads
  std::size_t grade_begin = 0, grade_end = 0;
};

struct Mention {
  DocumentType type = DocumentType::unknown;
  /// For provider inspections, what was inspected ("adoption", "fostering", "home", or the
  /// establishment named: a view of the block's text, good while it is), so that an adoption
  /// and a fostering inspection in one month stay apart.
  std::string_view subject;
  bool generic = false;  ///< "inspection", "inspected" with no framework named
  bool full = false;     ///< the text says it was a full inspection of children's services
  Qualifier qualifier = Qualifier::none;
  /// Named as something else's: "their most recent inspection", "its last inspection".
  bool possessed = false;
  std::optional<DateRange> when;
  std::optional<Date> published;
  std::size_t begin = 0, end = 0;                    ///< the mention's words, in the block text
  std::size_t sentence_begin = 0, sentence_end = 0;  ///< its sentence
  std::vector<RawJudgement> judgements;
  /// Judgements may be given to it: visits and joint targeted inspections are not graded.
  [[nodiscard]] bool gradable() const {
    return type != DocumentType::focused_visit && type != DocumentType::monitoring_visit &&
           type != DocumentType::jtai;
  }
};

struct ScanOptions {
  /// The profiles' phrases (area names, the heads that name an inspection); required.
  const Lexicon* lexicon = nullptr;
  /// The scales a grade said of an earlier inspection may be read on (the caller's choice, see
  /// may_mention): their labels and aliases, read word by word, are the grades a sentence
  /// states. Each must outlive the scanner.
  std::vector<const GradeScale*> scales;
  /// Yearless dates ("in May") are read only when the caller resolves them against this date.
  std::optional<Date> resolve_against;
  /// Only mentions with a date the text states are wanted (the caller keeps no other): a block
  /// with no usable date that continues no list is not read, nor are the sentences of a block
  /// before its first usable date (unless it continues a list).
  bool dated_only = false;
};

/// One block's mentions, in order, and the items of a "... were:" list that the block holds.
struct BlockScan {
  std::vector<Mention> mentions;
  /// "Area: grade" items at the start of the block that continue a list an earlier block opened.
  std::vector<RawJudgement> continued_list;
  /// The list an earlier block opened is still open at the end of this one (every sentence of
  /// the block was an item).
  bool list_still_open = false;
  /// A mention of this block whose list ("The judgements for the local authority were:") is
  /// still open at the end of the block: its index in `mentions`.
  std::optional<std::size_t> open_list;
};

/// Whether a mention may be of the framework with this profile id: one a head names, or one the
/// words around a plain mention name ("the inspection of the adoption service").
bool may_mention(std::string_view profile_id);

/// Reads blocks one after another, with the heads of the lexicon's `references` lists compiled
/// once and buffers kept from block to block.
class BlockScanner {
 public:
  /// `options` (its lexicon in particular) must outlive the scanner.
  explicit BlockScanner(const ScanOptions& options);
  ~BlockScanner();
  BlockScanner(const BlockScanner&) = delete;
  BlockScanner& operator=(const BlockScanner&) = delete;

  /// Reads one block of `layout`: its text, the date expressions in it (Layout::dates), the
  /// marks of its words (Layout::marks) and, where it reads words, its tokens (Layout::tokens).
  /// `list_open` says an earlier block
  /// ended with an open "... were:" list. Offsets are into layout.text(block).
  BlockScan scan(const Layout& layout, const Block& block, bool list_open);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace judgement::detail::references

#endif
