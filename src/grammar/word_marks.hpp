// The words of a text that can open an expression of the finders (dates, quantities) or that a
// reader looks for (a grade's first word, a word that names an inspection), found in one pass:
// each word's letters are read once, looked up once in one table of every such word, and only
// the words in it are kept, as marks. A finder or a reader then jumps from mark to mark instead
// of testing every byte and looking every word up again.
#ifndef JUDGEMENT_SRC_GRAMMAR_WORD_MARKS_HPP
#define JUDGEMENT_SRC_GRAMMAR_WORD_MARKS_HPP

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace judgement::grammar {

/// What a marked word can open; a mark carries one bit or several ("between" opens both a date
/// and a quantity).
enum WordClass : std::uint16_t {
  kNumberMark = 1U << 0,         ///< a run that starts with an ASCII digit
  kPoundMark = 1U << 1,          ///< "£"
  kDateOpening = 1U << 2,        ///< a month, weekday or season name, "between"
  kQuantityOpening = 1U << 3,    ///< a number word, the first word of a qualifier, "from", "between"
  // The readers' words, added to a table by whoever builds it (WordTable::add):
  kGradeKey = 1U << 4,     ///< the first word of a grade of some scale, or "grade" (scale/words.hpp GradeWords)
  kMentionWord = 1U << 5,  ///< the first letters of a word a mention of an inspection or a grade may start with
};
/// The classes of the readers' words, which are marked by their own rule (mark_words).
inline constexpr std::uint16_t kReaderWords = kGradeKey | kMentionWord;

/// A word that can open an expression, as a view into the marked text.
struct WordMark {
  std::uint32_t begin = 0;   ///< offset into the marked text
  std::uint16_t classes = 0; ///< WordClass bits
  std::uint16_t pad = 0;
};

/// The words marks are made for, each with its classes: the finders' opening words (dates,
/// quantities), and any a reader adds. A reader's word is marked by the letters it opens with
/// (up to its first byte that is no ASCII letter: "children" for "children's"), so that a
/// reader looks at every place its word may start and reads the word there itself. Built once
/// and read by any number of threads.
class WordTable {
 public:
  /// The finders' opening words only.
  WordTable();
  /// The table of the finders' opening words alone, built once for the process.
  static const WordTable& openings();

  /// Adds `word` (lower case) with reader `classes` (kReaderWords bits), marked by the ASCII
  /// letters it opens with. False, adding nothing, when it opens with none or with more than
  /// sixteen: a table cannot mark it, and a reader that needs it must look for it itself.
  bool add_reader_word(std::string_view word, std::uint16_t classes);
  /// Makes the table ready to mark: after the last add_reader_word.
  void compile();

  /// False when no word of the table has at most `length` letters and these first three
  /// (`v` holds the word's first eight bytes): a test of a few instructions before a lookup.
  [[nodiscard]] bool may_hold(std::uint64_t v, std::size_t length) const noexcept;
  /// The classes of the word of `length` ASCII letters at `word`, whose first eight bytes `v`
  /// holds (bytes up to `end` readable); 0 when it is not in the table.
  [[nodiscard]] std::uint16_t find(std::uint64_t v, unsigned char const* word, std::size_t length,
                                   unsigned char const* end) const noexcept;
  /// Does the table hold a reader's word?
  [[nodiscard]] bool has_reader_words() const noexcept { return has_reader_words_; }

  struct Key {
    std::uint64_t first = 0;
    std::uint64_t second = 0;
    friend bool operator==(Key const&, Key const&) = default;
  };

 private:
  void add(std::string_view word, std::uint16_t classes);

  std::vector<std::pair<Key, std::uint16_t>> entries_;
  std::vector<std::uint16_t> index_;
  std::size_t longest_ = 0;
  std::vector<std::uint64_t> starts_;  // a bit per start_of of a word
  bool has_reader_words_ = false;
};

/// Appends to `out` a mark for every word start of `text` that `table` holds a word for, left
/// to right, with the word's classes.
/// - For the finders' classes a word start is an ASCII letter or digit (or "£") not just after
///   an ASCII letter, digit or '_': the positions at which find_dates and find_quantities may
///   start an expression. Every such position that either finder would start at is marked (a
///   superset: a finder still checks its own context at a mark).
/// - For a reader's classes (kReaderWords) a word start is an ASCII letter not just after an
///   ASCII letter or digit ('_' included, as a separator), whose run of letters is the word
///   looked up, whatever follows it ("Inadequate1", a footnote mark glued on, is marked).
/// O(n). Offsets must fit 32 bits: a longer text is marked as far as 4 GiB.
void mark_words(std::string_view text, WordTable const& table, std::vector<WordMark>& out);
/// The same with the finders' table (WordTable::openings).
void mark_words(std::string_view text, std::vector<WordMark>& out);

/// A finder's walk over the marks of the classes it can start at: next(i, accepts) is the first
/// such mark at or after i whose position `accepts` (the finder's own test of its context), or
/// npos. Positions asked for never go back, so the walk over a block's marks is linear.
class MarkCursor {
 public:
  MarkCursor(std::span<const WordMark> marks, std::uint16_t classes) : marks_(marks), classes_(classes) {}

  template <class Accepts>
  std::size_t next(std::size_t from, Accepts const& accepts) {
    for (; k_ < marks_.size(); ++k_) {
      WordMark const mark = marks_[k_];
      if (mark.begin < from || (mark.classes & classes_) == 0) continue;
      if (accepts(std::size_t{mark.begin})) return mark.begin;
    }
    return std::string_view::npos;
  }

 private:
  std::span<const WordMark> marks_;
  std::uint16_t classes_;
  std::size_t k_ = 0;
};

}  // namespace judgement::grammar

#endif
