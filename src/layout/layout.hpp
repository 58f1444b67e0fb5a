// Stage 2 of the pipeline: one pass over the source lines that turns them into blocks (headings,
// paragraphs, bullets, table rows, page furniture), rejoining what conversion broke: a paragraph
// cut by a page break or a running header, words hyphenated across lines, a paragraph number on a
// line of its own or lost altogether. Every non-blank line belongs to exactly one block.
#ifndef JUDGEMENT_SRC_LAYOUT_LAYOUT_HPP
#define JUDGEMENT_SRC_LAYOUT_LAYOUT_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/date_finder.hpp"
#include "grammar/word_marks.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"
#include "layout/furniture.hpp"
#include "layout/reader_words.hpp"
#include "layout/text_cache.hpp"
#include "layout/tokens.hpp"
#include "source/fold.hpp"
#include "source/source.hpp"

namespace judgement::detail {

enum class BlockKind : std::uint8_t {
  heading,
  paragraph,
  bullet,
  table_row,  ///< a '\t' sets its label apart from the rest in its text; Layout::cells gives every cell
  furniture,  ///< page numbers, running headers and footers, footnotes
};

std::string_view to_string(BlockKind kind);

/// 48 bytes: one is kept for every block of the input, about one for every four lines.
struct Block {
  std::uint32_t first_line = 0;  ///< into Layout::block_lines
  std::uint32_t line_count = 0;
  /// Where its text lies in the text of every block joined one after another, which the
  /// layout does not keep (Layout::text makes a block's text from its pieces): what pieces
  /// and Layout::source_offset measure offsets in.
  Offset text_begin = 0;
  Offset text_end = 0;
  std::uint32_t piece_begin = 0;  ///< into Layout::pieces
  std::uint32_t piece_end = 0;
  std::int32_t section = -1;  ///< index of the heading block it sits under (for a heading: its parent)
  /// In a table row with a cell right of its label's column, the first piece of that cell,
  /// which a '\t' comes before in the block's text (first, when the row has no label); else none.
  std::uint32_t tab_piece = UINT32_MAX;
  std::uint32_t page = 1;     ///< of its first line
  std::uint32_t label_column = 0;  ///< its number as printed, in its first line: Layout::number_label
  std::int16_t number = 0;         ///< paragraph number, 0 when none (of at most four digits)
  std::uint16_t label_length = 0;
  BlockKind kind = BlockKind::paragraph;
  Furniture furniture = Furniture::none;  ///< for a furniture block: why it is furniture
  std::uint8_t heading_level = 0;  ///< 1 for the top level
  bool number_inferred = false;
};
static_assert(sizeof(Block) <= 48, "a block is kept for every block of the input");

/// A stretch of a block's text, and where it came from: `size` bytes of source line `line`,
/// from normalised offset `text`, at `joined` in the joined text (Block::text_begin). A block's
/// text is its pieces one after another, each after the one before it with nothing (a word
/// hyphenated at a line's end, rejoined), a space (a line's end), or a '\t' (between table
/// cells, Block::tab_piece): what lies between them is `joined` minus the end of the one before.
struct Piece {
  Offset joined;
  Offset text;
  std::uint32_t line;
  Offset size;
};

class Layout {
 public:
  explicit Layout(const Source& source) : source_(&source) {}

  [[nodiscard]] const Source& source() const { return *source_; }
  [[nodiscard]] const std::vector<Block>& blocks() const { return blocks_; }
  /// The block's lines joined: one space between lines, a word hyphenated at a line's end
  /// rejoined with its hyphen kept, table cells
  /// separated by '\t'. A block of one piece (one line, or one cell) is a view of the source,
  /// good as long as it; the text of a longer one is made from its pieces when asked for, and
  /// the view stays good until the texts of TextCache::held other blocks have been asked for.
  [[nodiscard]] std::string_view text(const Block& b) const {
    const std::uint32_t k = index_of(b);
    if (const char* p = texts_.where(k)) [[likely]] return {p, std::size_t{b.text_end - b.text_begin}};
    return text_not_held(b, k);
  }
  /// The start of text(b), at least `n` bytes of it (or all of it when it is shorter): the
  /// first piece when it is long enough, so that a look at a block's opening makes nothing.
  /// Good as text(b) is.
  [[nodiscard]] std::string_view opening(const Block& b, std::size_t n) const {
    if (b.piece_begin < b.piece_end && b.tab_piece != b.piece_begin) {
      const Piece& p = pieces_[b.piece_begin];
      if (p.size >= n || p.size == b.text_end - b.text_begin) return piece_text(p);
    }
    return text(b);
  }
  /// text(b) folded (source/fold.hpp): as long as it, so that an offset into one is the same
  /// offset into the other. Folded here, once, when a recogniser asks for it: recognisers do
  /// not fold text themselves. The view stays good until the folded texts of TextCache::held
  /// other blocks have been asked for.
  [[nodiscard]] std::string_view folded(const Block& b) const {
    const std::uint32_t k = index_of(b);
    const std::size_t size = b.text_end - b.text_begin;
    if (const char* p = folded_.where(k)) [[likely]] return {p, size};
    if (size == 0) return {};
    const std::string_view t = text(b);
    return folded_.get(k, size, [&](char* out) { fold_copy(t, out); });
  }
  /// The source lines of a block, in reading order.
  [[nodiscard]] const Line& line(const Block& b, std::uint32_t k) const {
    return source_->lines()[block_lines_[b.first_line + k]];
  }
  /// The content of the block's line k as shape_of() reads it: the line without its indentation,
  /// its marker (bullet, paragraph number, '#') and trailing space. Measured once, when the
  /// layout is built, so that no recogniser measures a line again.
  [[nodiscard]] std::string_view content(const Block& b, std::uint32_t k) const;
  /// Where a line of a block lies in text(b): [begin, end), or both npos for a line that gave
  /// the text nothing (a paragraph number on a line of its own).
  struct LineRange {
    std::size_t begin = std::string_view::npos;
    std::size_t end = std::string_view::npos;
    [[nodiscard]] bool found() const { return begin != std::string_view::npos; }
  };
  /// Where each of the block's lines lies in text(b), in `out` (resized to b.line_count): from
  /// its first piece's start to its last piece's end (in a table row whose cells wrap over
  /// lines, a line's label and cell are apart, and other lines' text lies between them). Known from the pieces the text is made of,
  /// so that no recogniser looks for a line in the text again. A word hyphenated at the line's
  /// end is rejoined in the text with its hyphen kept ("decision-making"): the line ends after
  /// its hyphen.
  void line_ranges(const Block& b, std::vector<LineRange>& out) const;
  /// The two sides of a table row: its label, and its cell after the '\t' (Block::tab_piece).
  enum class Side : std::uint8_t { label, cell };
  /// line_ranges(b, out) for one side of a table row (of any other block, its label side is all
  /// of it): a line gives each side at most one piece, so a found range is that line's part of
  /// the side alone, as the line sets it in its column. A line that gave the side nothing is not
  /// found. For a reader of a table in columns, which so reads each column line by line without
  /// cutting the lines into cells again.
  void line_ranges(const Block& b, Side side, std::vector<LineRange>& out) const;
  /// A cell of a table row: where it lies in text(b), [begin, end), without the space around it.
  struct Cell {
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  /// The cells of a row, left to right, in `out`: text(b) split at its '\t' (Block::tab_piece)
  /// and at the wide gaps inside its pieces, which the '\t' does not mark: a gap is what
  /// LineShape::gaps counts as one (a run of spaces and tabs with a tab or three spaces in a
  /// row in it), so that a row set out in columns by spaces ("Risk    Description    Action",
  /// pdftotext -layout) has a cell for each column. A row with no label has an empty first cell
  /// (at 0); a block that is not a table row is cut the same way. For a reader of a table's
  /// columns, which so reads the cells without cutting the text again (layout/cells.cpp).
  void cells(const Block& b, std::vector<Cell>& out) const;
  /// The number of a numbered paragraph as printed, without its final dot: "3.14"; a view of
  /// its first line. Empty when it has none, or when its number was inferred.
  [[nodiscard]] std::string_view number_label(const Block& b) const {
    if (b.label_length == 0) return {};
    return source_->text(line(b, 0)).substr(b.label_column, b.label_length);
  }
  /// Normalised source offset of an offset into text(b).
  [[nodiscard]] std::size_t source_offset(const Block& b, std::size_t offset_in_text, bool as_end = false) const;
  /// The span of the original input that [begin, end) of text(b) came from.
  [[nodiscard]] Span span(const Block& b, std::size_t begin, std::size_t end) const;
  /// The span of the whole block.
  [[nodiscard]] Span span(const Block& b) const { return span(b, 0, b.text_end - b.text_begin); }
  /// Every date expression in text(b), as grammar::find_dates gives them (offsets into text(b)).
  /// Found once, when the layout is built, for every recogniser that reads dates: the dates
  /// recogniser, the references scanner and the quantity finder (which sets dates aside).
  [[nodiscard]] std::span<const grammar::DateHit> dates(const Block& b) const {
    const std::size_t k = index_of(b);
    return std::span<const grammar::DateHit>(dates_).subspan(date_begin_[k], date_begin_[k + 1] - date_begin_[k]);
  }
  /// The words of text(b) that can open a date or a quantity, or that a reader looks for
  /// (grammar::mark_words, with reader_words()'s table), offsets into text(b). Marked once, when
  /// the layout is built, for the finders and readers that jump from word to word.
  [[nodiscard]] std::span<const grammar::WordMark> marks(const Block& b) const {
    const std::size_t k = index_of(b);
    return std::span<const grammar::WordMark>(marks_).subspan(mark_begin_[k], mark_begin_[k + 1] - mark_begin_[k]);
  }
  /// The tokens of text(b) (layout/tokens.hpp: words with their keys, its dates(), punctuation
  /// and cell separators), cut when a reader first asks for them. Good until the tokens of
  /// TokenCache::held other blocks have been asked for (or more of b's, tokens(b, limit)).
  [[nodiscard]] Tokens tokens(const Block& b) const { return tokens(b, TokenCache::whole); }
  /// The tokens of the opening of text(b), up to `limit` bytes: at least every token that starts
  /// before `limit` (a word or a date that straddles it whole), and possibly more (all of them,
  /// when the whole block's were asked for before): a reader of the opening reads the list up to
  /// where it means to. Cut only as far as asked for (a reader of a block's first sentence
  /// needs no more), and cut on when more is asked for, which may move the list given before.
  /// Good as tokens(b) is.
  [[nodiscard]] Tokens tokens(const Block& b, std::size_t limit) const {
    return tokens_.get(index_of(b), limit,
                       [&](std::vector<Token>& out, std::string& keys, std::size_t& used, std::size_t from,
                           std::size_t to) { return tokens::cut(text(b), dates(b), from, to, out, keys, used); });
  }
  /// The readers' words marks() marks (kGradeKey, kMentionWord), and of which scales.
  [[nodiscard]] const ReaderWords& reader_words() const { return *reader_words_; }
  /// The width of a full line of the text, in bytes, for a recogniser that asks whether a line
  /// is short (a title, not a line of wrapped body text): the width nine tenths of the way up
  /// the non-blank source lines put in order of width (nine lines in ten are no wider), each
  /// measured from its first to its last byte that is not space (its marker, gaps and bold
  /// marks included); at least 20, and 80 when no line has text. Measured once, from the line
  /// shapes, when the layout is built. (Where a paragraph ends, the layout itself compares the
  /// contents of lines without wide gaps with their own width.)
  [[nodiscard]] std::size_t line_width() const { return line_width_; }
  /// The heading a block sits under, or empty.
  [[nodiscard]] std::string_view section_of(const Block& b) const {
    return b.section < 0 ? std::string_view() : text(blocks_[static_cast<std::size_t>(b.section)]);
  }

  /// b's index in blocks(): b must be one of them.
  [[nodiscard]] std::uint32_t index_of(const Block& b) const {
    return static_cast<std::uint32_t>(&b - blocks_.data());
  }

 private:
  friend class LayoutBuilder;
  const Source* source_;
  std::vector<Block> blocks_;
  std::vector<std::uint32_t> block_lines_;
  /// Where each source line's content lies in the line (by source line index), in 16 bits each
  /// (one is kept for every line); a line whose content starts or ends past them (64 KiB: no
  /// line of a report) is marked and measured again when asked for.
  struct LineContent {
    std::uint16_t column = 0;
    std::uint16_t length = 0;
  };
  static constexpr std::uint16_t unmeasured = 0xFFFF;
  std::vector<LineContent> contents_;
  std::vector<Piece> pieces_;
  std::uint32_t line_width_ = 80;  ///< line_width()
  std::vector<grammar::DateHit> dates_;
  std::vector<std::uint32_t> date_begin_;  ///< dates of block k: [date_begin_[k], date_begin_[k + 1])
  std::vector<grammar::WordMark> marks_;
  std::vector<std::uint32_t> mark_begin_;  ///< marks of block k: [mark_begin_[k], mark_begin_[k + 1])
  std::unique_ptr<ReaderWords> own_reader_words_;  ///< reader_words_ when not built in
  const ReaderWords* reader_words_ = nullptr;
  mutable TextCache texts_;   ///< texts of blocks of more than one piece, made when asked for
  mutable TextCache folded_;  ///< folded texts, made when asked for
  mutable TokenCache tokens_;  ///< token lists, cut when asked for

  [[nodiscard]] std::string_view piece_text(const Piece& p) const {
    const Line& line = source_->lines()[p.line];
    return source_->text(line).substr(p.text - line.begin, p.size);
  }
  /// text(b) when it is not held: a view of its one piece, or made from its pieces.
  [[nodiscard]] std::string_view text_not_held(const Block& b, std::uint32_t k) const;
  /// text(b), made from its pieces into `out` (its size).
  void make_text(const Block& b, char* out) const;
  /// line_ranges() of the block's pieces [first, last).
  void piece_line_ranges(const Block& b, std::uint32_t first, std::uint32_t last,
                         std::vector<LineRange>& out) const;
};

class Lexicon;

/// What the layout asks of a line that only the knowledge of reports can answer (does it stand
/// alone, is it never furniture, does it set apart the line after it) the line roles of `scales`
/// and `lexicon` (the built-in registry's when null) answer (profile/line_roles.hpp); the two also
/// give the readers' words it marks (layout/reader_words.hpp).
Layout build_layout(const Source& source, const ScaleRegistry& scales = ScaleRegistry::builtin(),
                    const Lexicon* lexicon = nullptr);

}  // namespace judgement::detail

#endif
