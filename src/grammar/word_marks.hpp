// The words of a text that can open an expression of the finders (dates, quantities), found in
// one pass: each word's letters are read once, looked up once in one table of every finder's
// opening words, and only the words that can open something are kept, as marks. A finder then
// jumps from mark to mark instead of testing every byte and looking every word up again.
#ifndef JUDGEMENT_SRC_GRAMMAR_WORD_MARKS_HPP
#define JUDGEMENT_SRC_GRAMMAR_WORD_MARKS_HPP

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace judgement::grammar {

/// What a marked word can open; a mark carries one bit or several ("between" opens both a date
/// and a quantity).
enum WordClass : std::uint16_t {
  kNumberMark = 1U << 0,         ///< a run that starts with an ASCII digit
  kPoundMark = 1U << 1,          ///< "£"
  kDateOpening = 1U << 2,        ///< a month, weekday or season name, "between"
  kQuantityOpening = 1U << 3,    ///< a number word, the first word of a qualifier, "from", "between"
};

/// A word that can open an expression, as a view into the marked text.
struct WordMark {
  std::uint32_t begin = 0;   ///< offset into the marked text
  std::uint16_t classes = 0; ///< WordClass bits
  std::uint16_t pad = 0;
};

/// Appends to `out` a mark for every word start of `text` that can open a date or a quantity,
/// left to right. A word start is an ASCII letter or digit (or "£") not just after an ASCII
/// letter, digit or '_': the positions at which find_dates and find_quantities may start an
/// expression. Every such position that either finder would start at is marked (a superset:
/// a finder still checks its own context at a mark). O(n). Offsets must fit 32 bits: a longer
/// text is marked as far as 4 GiB.
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
