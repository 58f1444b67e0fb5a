// The headings that open a list of findings ("What needs to improve?", "Areas for improvement",
// "Recommendations", "Findings", "Areas of strength", "Within three months:"), and the short
// statements that sit in such a list without being items of it. The phrasings are the `findings`
// lexicon's rows (src/profile/builtin.profiles), compiled once per parse into FindingsPhrases.
#ifndef JUDGEMENT_SRC_RECOGNISE_FINDINGS_HEADINGS_HPP
#define JUDGEMENT_SRC_RECOGNISE_FINDINGS_HEADINGS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/report.hpp"
#include "profile/lexicon.hpp"
#include "source/fold.hpp"

namespace judgement::detail {

/// What a heading opens.
enum class ListRole { none, improvement, finding, strength, concern, timeframe };

/// Where the heading is read: a visit letter's lists of findings and strengths count only in a
/// letter; a council paper's "Recommendations" are put to its committee, not to the council.
struct HeadingContext {
  bool letter = false;
  bool council_paper = false;
};

struct HeadingMatch {
  ListRole role = ListRole::none;
  /// A timeframe heading's timeframe, or the one an improvement heading states ("Priority and
  /// immediate action").
  std::optional<Timeframe> timeframe;
  /// The heading as printed without a glued footnote number or trailing space: the length of
  /// its label in the text given ("What needs to improve?1" -> "What needs to improve?").
  std::size_t label_length = 0;
};

/// A heading as the `findings` lexicon's phrases are compared with it, read in the text as
/// written: no copy is made. Its leading paragraph number ("8. ", "4.2 ", "2) "), a footnote
/// number glued to its end ("improve?1") and trailing blanks, bold marks and ":?." are bounds of
/// the view, not edits; inside them a Cursor reads a capital as its small letter, a typographic
/// apostrophe as "'", a run of blanks as one space, and passes over bold marks ('*', \x01), so
/// that "**8.  What needs to\nimprove**?1" reads "what needs to improve". A text without bold
/// marks or runs of blanks (most) reads as fold.hpp's primitives read it, and is searched by them.
class HeadingKey {
 public:
  /// How the cursor reads a byte: as it stands (a capital lower-cased), as a blank, not at all
  /// (a bold mark), or as the typographic apostrophe it may start.
  enum Byte : std::uint8_t { plain, blank, mark, e2 };
  static Byte byte(char c) { return static_cast<Byte>(bytes[static_cast<unsigned char>(c)]); }

  /// Reads a text (a HeadingKey's view, which neither starts nor ends with a blank or a bold
  /// mark, or a word's) one character at a time, forwards; peek() is '\0' at the end. Bold
  /// marks where it starts are passed over; a run of blanks at its end reads as a space.
  class Cursor {
   public:
    /// At text[at], past any bold marks there.
    explicit Cursor(std::string_view text, std::size_t at = 0) : text_(text), at_(at) { skip_marks(); }
    [[nodiscard]] bool at_end() const { return at_ >= text_.size(); }
    [[nodiscard]] char peek() const {
      if (at_ >= text_.size()) return '\0';
      const char c = text_[at_];
      switch (byte(c)) {
        case plain: return fold_letter(c);
        case blank: return ' ';
        default: return apostrophe_at(text_, at_) ? '\'' : c;
      }
    }
    void next() {
      if (at_ >= text_.size()) return;
      const char c = text_[at_];
      switch (byte(c)) {
        case plain: ++at_; break;
        case blank:
          while (at_ < text_.size() && (byte(text_[at_]) == blank || byte(text_[at_]) == mark)) ++at_;
          return;
        default: at_ += apostrophe_at(text_, at_) ? 3 : 1;
      }
      skip_marks();
    }
    /// The offset into the text read.
    [[nodiscard]] std::size_t offset() const { return at_; }

   private:
    void skip_marks() {
      while (at_ < text_.size() && byte(text_[at_]) == mark) ++at_;
    }
    std::string_view text_;
    std::size_t at_;
  };

  explicit HeadingKey(std::string_view text);

  /// The bounds in the text given: what the cursor reads.
  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] Cursor begin() const { return Cursor(text_); }
  [[nodiscard]] bool empty() const { return text_.empty(); }
  /// The number of characters read.
  [[nodiscard]] std::size_t size() const;

  /// Whether the heading reads `phrase` (lower case, apostrophes plain), whole.
  [[nodiscard]] bool equals(std::string_view phrase) const;
  /// Whether it reads `phrase` then a space: the phrase's words open it, and more follow.
  [[nodiscard]] bool starts_then_space(std::string_view phrase) const;
  /// Whether it reads a space then `phrase` at its end.
  [[nodiscard]] bool ends_after_space(std::string_view phrase) const;
  /// Whether it reads any of `phrases` anywhere.
  [[nodiscard]] bool contains_any(const std::vector<std::string>& phrases) const;
  /// Whether it reads `phrase` at a word start (after no [a-z0-9]).
  [[nodiscard]] bool contains_at_word(std::string_view phrase) const;

 private:
  static constexpr std::array<std::uint8_t, 256> bytes = [] {
    std::array<std::uint8_t, 256> t{};
    for (const char c : {' ', '\t', '\f', '\n'}) t[static_cast<unsigned char>(c)] = blank;
    t['*'] = t['\x01'] = mark;
    t[0xE2] = e2;
    return t;
  }();
  [[nodiscard]] bool as_folded() const { return folded_size_ != std::string_view::npos; }
  std::string_view text_;
  // Where the text has no bold mark, no control byte and no blank but single spaces, so that it
  // reads as fold.hpp's primitives read it (a typographic apostrophe as "'"): the characters it
  // reads. npos otherwise.
  std::size_t folded_size_ = std::string_view::npos;
};

/// The `findings` lexicon lists, compiled for the findings reader. Headings are matched as their
/// HeadingKey reads them, and only when their first word can open a listed heading.
class FindingsPhrases {
 public:
  explicit FindingsPhrases(const Lexicon& lexicon);

  /// The lists of `lexicon` compiled: the built-in registry's once for every parse, another's
  /// into `own`.
  static const FindingsPhrases& of(const Lexicon& lexicon, std::optional<FindingsPhrases>& own);

  /// `text` (a whole heading, or one line) as a list heading in `context`, or nullopt.
  [[nodiscard]] std::optional<HeadingMatch> classify_heading(std::string_view text, const HeadingContext& context) const;

  /// As classify_heading(), and a heading of a kind of list this document does not have (a
  /// letter's "Findings" in a report, a council paper's "Recommendations") with role none: it is
  /// a heading all the same, and ends the list above it.
  [[nodiscard]] std::optional<HeadingMatch> list_heading(std::string_view text, const HeadingContext& context) const;

  /// A short statement that a list is empty: "There are no priority actions.", "The inspection
  /// did not find any areas for priority and immediate action."
  [[nodiscard]] bool nil_statement(std::string_view text) const;

  /// A heading that opens another part of a report ("The local authority's strengths",
  /// "Inspection findings", "Summary for children and young people", a judgement), and so can
  /// never be a topic heading inside an improvement list.
  [[nodiscard]] bool heading_of_another_part(std::string_view text) const;

  /// A lead-in to the items: "The local authority needs to take swift and decisive action to
  /// address the following areas of weakness:", "... should take the following action."
  [[nodiscard]] bool lead_in(std::string_view text) const;
  /// A lead-in that introduces the list's own items, not a list of strengths.
  [[nodiscard]] bool introduces_items(std::string_view text) const;

  /// A line ending on a word that cannot end a phrase goes on into the next line.
  [[nodiscard]] bool ends_mid_phrase(std::string_view line) const;

  /// The first cell of a risk register's header row ("Risk", "Risks identified").
  [[nodiscard]] bool risk_heading(std::string_view cell) const;
  /// A cell heading its rating column ("Risk rating", "Likelihood").
  [[nodiscard]] bool risk_rating_heading(std::string_view cell) const;
  /// A rating as a register writes it in words ("High", "Amber").
  [[nodiscard]] bool risk_rating(std::string_view cell) const;

 private:
  // The lists a heading is matched whole against, as bits.
  enum : std::uint8_t {
    improvement = 1,
    letter_improvement = 2,
    recommendation = 4,
    finding = 8,
    strength = 16,
    concern = 32,
  };
  // What a heading's text matches in any context, found once.
  struct Hits {
    std::uint8_t lists = 0;   // the bits above
    bool question = false;    // an improvement question or a heading start
    bool immediate = false;   // it names "immediate"
    std::optional<Timeframe> timeframe;
    std::size_t label_length = 0;
  };
  struct Row {
    std::string_view phrase;  // into the lexicon, which outlives the parse
    std::uint8_t lists;
  };
  [[nodiscard]] std::optional<Hits> hits(std::string_view text) const;
  [[nodiscard]] static std::optional<HeadingMatch> resolve(const Hits& h, const HeadingContext& context);
  [[nodiscard]] bool may_open(std::string_view text) const;
  void add_key(std::string_view phrase);

  std::vector<Row> headings_;  // each phrase once, its lists as bits
  const std::vector<std::string>* starts_;
  const std::vector<std::string>* question_starts_;
  const std::vector<std::string>* question_ends_;
  // The first words a heading can open with (see may_open), shortest first: those of length n
  // are keys_[key_length_[n], key_length_[n + 1]). And their first bytes.
  std::vector<std::string> keys_;
  std::vector<std::uint32_t> key_length_;
  std::array<std::uint64_t, 4> key_first_{};
  std::array<std::uint32_t, 26> key_second_{};  // by a key's first letter: its second letters (a-z)
  std::array<std::uint64_t, 32> key_last_{};  // by key length mod 32: the last bytes (mod 64)
  bool empty_key_ = false;
  std::size_t longest_key_ = 0;
  std::size_t longest_run_on_word_ = 0;
  std::array<std::uint64_t, 4> run_on_first_{};  // the first bytes of the run-on words
  // other_part words by first byte: words_[word_bucket_[b], word_bucket_[b + 1]).
  std::vector<std::string_view> words_;
  std::array<std::uint32_t, 257> word_bucket_{};
  bool words_plain_ = false;  // every word plain_words(): matched in the text as written
  static bool other_part_at(std::string_view t, std::size_t i, std::string_view word);
  const std::vector<std::string>* nil_statement_;
  const std::vector<std::string>* nil_opening_;
  const std::vector<std::string>* nil_finding_;
  const std::vector<std::string>* item_lead_;
  const std::vector<std::string>* strengths_lead_;
  const std::vector<std::string>* run_on_word_;
  const std::vector<std::string>* risk_heading_;
  const std::vector<std::string>* risk_rating_heading_;
  const std::vector<std::string>* risk_rating_;
};

}  // namespace judgement::detail

#endif
