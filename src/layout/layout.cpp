#include "layout/layout.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include "judgement/profile.hpp"
#include "layout/furniture.hpp"
#include "layout/line.hpp"
#include "profile/line_roles.hpp"

namespace judgement::detail {

std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::bullet: return "bullet";
    case BlockKind::table_row: return "table_row";
    case BlockKind::furniture: return "furniture";
  }
  return "paragraph";
}

std::size_t Layout::source_offset(const Block& b, std::size_t offset_in_text, bool as_end) const {
  const std::size_t at = b.text_begin + offset_in_text;
  const auto first = pieces_.begin() + b.piece_begin;
  const auto last = pieces_.begin() + b.piece_end;
  auto it = std::upper_bound(first, last, at, [](std::size_t v, const Piece& p) { return v < p.joined; });
  if (it == first) return first == last ? 0 : first->text;
  --it;
  // At a piece's very start an end offset belongs to the piece before (the end of its line).
  if (as_end && at == it->joined && it != first) {
    const auto prev = it - 1;
    return prev->text + (at - prev->joined);
  }
  return it->text + (at - it->joined);
}

std::string_view Layout::content(const Block& b, std::uint32_t k) const {
  const std::uint32_t index = block_lines_[b.first_line + k];
  const std::string_view line = source_->text(source_->lines()[index]);
  const LineContent c = contents_[index];
  if (c.length == unmeasured) return shape_of(line).content(line);
  return line.substr(c.column, c.length);
}

std::string_view Layout::text_not_held(const Block& b, std::uint32_t k) const {
  const std::size_t size = b.text_end - b.text_begin;
  if (size == 0) return {};
  if (b.piece_end - b.piece_begin == 1 && pieces_[b.piece_begin].size == size) {
    const std::string_view view = piece_text(pieces_[b.piece_begin]);
    texts_.hold_view(k, view.data());
    return view;
  }
  return texts_.get(k, size, [&](char* out) { make_text(b, out); });
}

void Layout::make_text(const Block& b, char* out) const {
  const Line* lines = source_->lines().data();
  std::size_t at = b.text_begin;
  for (std::uint32_t k = b.piece_begin; k < b.piece_end; ++k) {
    const Piece& p = pieces_[k];
    // One byte between two pieces is a space, or the tab before a table row's second cell.
    if (p.joined != at) *out++ = k == b.tab_piece ? '\t' : ' ';
    const Line& line = lines[p.line];
    std::memcpy(out, source_->text(line).data() + (p.text - line.begin), p.size);
    out += p.size;
    at = p.joined + p.size;
  }
}

void Layout::line_ranges(const Block& b, std::vector<LineRange>& out) const {
  piece_line_ranges(b, b.piece_begin, b.piece_end, out);
}

void Layout::line_ranges(const Block& b, Side side, std::vector<LineRange>& out) const {
  const std::uint32_t tab = std::min(b.tab_piece, b.piece_end);
  if (side == Side::label) {
    piece_line_ranges(b, b.piece_begin, tab, out);
  } else {
    piece_line_ranges(b, tab, b.piece_end, out);
  }
}

void Layout::piece_line_ranges(const Block& b, std::uint32_t first, std::uint32_t last,
                               std::vector<LineRange>& out) const {
  out.assign(b.line_count, LineRange{});
  // Pieces come in the lines' order, but for a table row whose cells wrap over lines (its label
  // column's pieces, then its cell's): the walk goes on from the line it is at, or starts again.
  std::uint32_t k = 0;
  for (std::uint32_t i = first; i < last; ++i) {
    const Piece& p = pieces_[i];
    if (p.size == 0) continue;  // gives the text nothing
    if (k == b.line_count || block_lines_[b.first_line + k] > p.line) k = 0;
    while (k < b.line_count && block_lines_[b.first_line + k] != p.line) ++k;
    if (k == b.line_count) continue;
    LineRange& r = out[k];
    const std::size_t begin = p.joined - b.text_begin;
    if (!r.found()) r.begin = begin;
    r.end = std::max(r.end == std::string_view::npos ? 0 : r.end, begin + p.size);
  }
}

Span Layout::span(const Block& b, std::size_t begin, std::size_t end) const {
  return source_->span(source_offset(b, begin), source_offset(b, end, true));
}

namespace {

bool is_upper_or_digit(std::string_view s) {
  return !s.empty() && ((s.front() >= 'A' && s.front() <= 'Z') || (s.front() >= '0' && s.front() <= '9') ||
                        static_cast<unsigned char>(s.front()) >= 0x80);
}

bool ends_with_any(std::string_view s, std::string_view chars) {
  return !s.empty() && chars.find(s.back()) != std::string_view::npos;
}

// A line set far to the right on its own: a table cell whose row's other cells are on the lines
// around it (pdftotext -layout centres a short cell beside a label wrapped over two lines).
bool lone_right_cell(const LineShape& s) { return s.gaps == 0 && s.indent >= 35 && s.content_length <= 45; }

}  // namespace

class LayoutBuilder {
 public:
  LayoutBuilder(const LayoutBuilder&) = delete;
  LayoutBuilder& operator=(const LayoutBuilder&) = delete;
  // `roles` answer what the layout asks of a line's words; `scales` and `lexicon` give the
  // readers' words it marks.
  LayoutBuilder(const Source& source, const LineRoles& roles, const ScaleRegistry& scales, const Lexicon& lexicon)
      : out_(source), src_(source), roles_(roles) {
    out_.reader_words_ = &reader_words_of(scales, lexicon, out_.own_reader_words_);
  }

  Layout build() {
    const auto& lines = src_.lines();
    shapes_.reserve(lines.size());
    out_.contents_.reserve(lines.size());
    alone_.reserve(lines.size());
    for (const Line& line : lines) {
      shapes_.push_back(shape_of(src_.text(line)));
      const std::string_view content = shapes_.back().content(src_.text(line));
      alone_.push_back(roles_.stands_alone(content));
      out_.contents_.push_back(content_place(src_.text(line), content));
    }
    furniture_ = find_furniture(src_, shapes_, roles_);
    body_width_ = typical_width();
    out_.line_width_ = static_cast<std::uint32_t>(full_line_width());
    // The joined text (not kept, but measured: Block::text_begin) is never longer than the
    // normalised text: a piece is a stretch of one line's content, no two overlap, and each
    // joins the next in its block with at most one byte (a space or a tab) where at least one
    // byte lies between any two in the text (a line break or a gap). So its offsets fit an
    // Offset as the source's do.
    // Every non-blank line is in one block, every block has a line, and a line gives one piece
    // (two, a label and a cell, in a table): each table is reserved once, at a size it never
    // outgrows, so that none is copied to grow while the text is held twice. Blocks are from a
    // sixth to all of the non-blank lines (a quarter over the corpus): `blocks_` is cut to its
    // size at the end.
    std::size_t non_blank = 0, gapped = 0;
    for (const LineShape& s : shapes_) {
      non_blank += s.blank ? 0 : 1;
      gapped += !s.blank && s.gaps > 0 ? 1 : 0;
    }
    out_.blocks_.reserve(non_blank);
    // A block for every four non-blank lines, about (texts_ and folded_ index them).
    out_.texts_.reserve(non_blank / 4);
    out_.folded_.reserve(non_blank / 4);
    out_.block_lines_.reserve(non_blank);
    out_.pieces_.reserve(non_blank + gapped);

    for (std::size_t i = 0; i < lines.size(); ++i) {
      const LineShape& s = shapes_[i];
      if (s.blank) {
        blank_since_last_ = true;
        continue;
      }
      if (furniture_[i] != Furniture::none) {
        emit_single(i, BlockKind::furniture);
        out_.blocks_.back().furniture = furniture_[i];
        crossed_page_ = true;
        continue;
      }
      if (shapes_[i].number >= 1000 && !(last_number_ < shapes_[i].number && last_number_ + 2 >= shapes_[i].number)) {
        // Four digits number a paragraph only after the paragraphs before it ("1000." after
        // "999."); else they are a year or a figure that starts a line ("2019. The council").
        shapes_[i] = shape_of(src_.text(lines[i]), false);
        alone_[i] = roles_.stands_alone(content(i));
        out_.contents_[i] = content_place(src_.text(lines[i]), content(i));
      }
      if (lines[i].page != last_page_) crossed_page_ = true;
      last_page_ = lines[i].page;
      if (const std::size_t end = table_group_end(i); end > i) {
        flush_pending_number();
        close_open();
        emit_table(i, end);
        i = end - 1;
      } else {
        place(i);
      }
      blank_since_last_ = false;
      crossed_page_ = false;
    }
    flush_pending_number();
    close_open();
    infer_lost_numbers();
    assign_sections();
    // The blocks were reserved at the most there can be (one a non-blank line); with the line
    // shapes let go first, they are cut to what the text has before its words are marked.
    std::vector<LineShape>().swap(shapes_);
    std::vector<Furniture>().swap(furniture_);
    std::vector<std::uint8_t>().swap(alone_);
    out_.blocks_.shrink_to_fit();
    mark_and_date_blocks();
    return std::move(out_);
  }

 private:
  // Dates are read by three recognisers and quantities by one; each block's words that can
  // open either, or that a reader looks for, are marked once, and its dates found once, here.
  void mark_and_date_blocks() {
    out_.date_begin_.reserve(out_.blocks_.size() + 1);
    out_.date_begin_.push_back(0);
    out_.mark_begin_.reserve(out_.blocks_.size() + 1);
    out_.mark_begin_.push_back(0);
    for (const Block& b : out_.blocks_) {
      const std::string_view text = out_.text(b);
      grammar::mark_words(text, out_.reader_words_->table(), out_.marks_);
      out_.mark_begin_.push_back(static_cast<std::uint32_t>(out_.marks_.size()));
      grammar::find_dates(text, out_.marks(b), out_.dates_);
      out_.date_begin_.push_back(static_cast<std::uint32_t>(out_.dates_.size()));
    }
  }

  // Line i without its indentation, marker and trailing space (LineShape::content).
  std::string_view content(std::size_t i) const { return shapes_[i].content(src_.text(src_.lines()[i])); }

  // Where `content` lies in `line`, as the layout keeps it for Layout::content.
  static Layout::LineContent content_place(std::string_view line, std::string_view content) {
    const auto column = static_cast<std::size_t>(content.data() - line.data());
    if (content.empty()) return {};
    if (column < Layout::unmeasured && content.size() < Layout::unmeasured) {
      return {static_cast<std::uint16_t>(column), static_cast<std::uint16_t>(content.size())};
    }
    return {0, Layout::unmeasured};
  }

  // The width of a full line of body text: long lines are the body's; shorter ones end paragraphs.
  std::size_t typical_width() const {
    Widths widths;
    for (const LineShape& s : shapes_) {
      if (!s.blank && s.gaps == 0) widths.add(s.content_length);
    }
    return widths.nine_tenths(80);
  }

  // Layout::line_width. A line is as wide as from its indentation to its content's end, but a
  // whole **bold** line, whose content ends before its closing asterisks, to its last byte that
  // is not space.
  std::size_t full_line_width() const {
    Widths widths;
    const LineShape* shapes = shapes_.data();
    for (std::size_t i = 0, n = shapes_.size(); i < n; ++i) {
      const LineShape& s = shapes[i];
      if (s.blank) continue;
      const std::size_t content_end = s.content_column + s.content_length;
      std::size_t end = content_end;
      if (s.bold) {
        const std::string_view line = src_.text(src_.lines()[i]);
        end = line.size();
        while (end > content_end && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
          --end;
      }
      widths.add(end - s.indent);
    }
    return widths.nine_tenths(80);
  }

  // Widths of lines, counted by value (a line is rarely wider than the counts go), the wider ones
  // kept aside: the width nine tenths of the way up is found with the lines passed once, and no
  // copy of the widths sorted.
  class Widths {
   public:
    void add(std::size_t width) {
      ++lines_;
      if (width < counted) ++counts_[width];
      else wide_.push_back(static_cast<std::uint32_t>(width));
    }
    // The width nine tenths of the way up (the k-th narrowest from 0, k = 9/10 of the lines), at
    // least 20; `none` when no line was counted.
    std::size_t nine_tenths(std::size_t none) {
      if (lines_ == 0) return none;
      std::size_t k = lines_ * 9 / 10;
      for (std::size_t width = 0; width < counted; ++width) {
        if (k < counts_[width]) return std::max<std::size_t>(width, 20);
        k -= counts_[width];
      }
      std::nth_element(wide_.begin(), wide_.begin() + static_cast<std::ptrdiff_t>(k), wide_.end());
      return std::max<std::size_t>(wide_[k], 20);
    }

   private:
    static constexpr std::size_t counted = 512;
    std::array<std::uint32_t, counted> counts_{};
    std::vector<std::uint32_t> wide_;
    std::size_t lines_ = 0;
  };

  // --- the open block: a paragraph or bullet that later lines may continue -------------------

  struct Open {
    std::size_t index = 0;  // into out_.blocks_
    std::string text;
    std::vector<Piece> pieces;  // joined offsets relative to `text`
    std::vector<std::uint32_t> lines;
    std::size_t last_line = 0;
  };

  void open_block(std::size_t line, BlockKind kind) {
    close_open();
    Block b;
    b.kind = kind;
    b.page = src_.lines()[line].page;
    out_.blocks_.push_back(b);
    // The buffers of the block closed last are used again: a block costs no allocation once
    // they have grown.
    spare_.text.clear();
    spare_.pieces.clear();
    spare_.lines.clear();
    spare_.last_line = 0;
    open_ = std::move(spare_);
    open_->index = out_.blocks_.size() - 1;
    append_line(line);
  }

  void append_line(std::size_t line) {
    const LineShape& s = shapes_[line];
    std::string& t = open_->text;
    const Offset source_at = src_.lines()[line].begin + s.content_column;
    const std::string_view c = content(line);
    if (!t.empty()) {
      const bool hyphen = t.size() >= 2 && t.back() == '-' && t[t.size() - 2] != ' ';
      // A hyphen at a line end joins the halves ("decision-\nmaking"); a suspended hyphen
      // ("16-\nto 17-year-olds", LineRoles::suspends_hyphen, or "pre-\n, post-") keeps its space.
      if (!hyphen || c.starts_with(", ") || roles_.suspends_hyphen(c)) t += ' ';
    }
    open_->pieces.push_back({to_offset(t.size()), source_at, static_cast<std::uint32_t>(line), to_offset(c.size())});
    t += c;
    open_->lines.push_back(static_cast<std::uint32_t>(line));
    open_->last_line = line;
  }

  void close_open() {
    if (!open_) return;
    Block& b = out_.blocks_[open_->index];
    b.first_line = static_cast<std::uint32_t>(out_.block_lines_.size());
    b.line_count = static_cast<std::uint32_t>(open_->lines.size());
    out_.block_lines_.insert(out_.block_lines_.end(), open_->lines.begin(), open_->lines.end());
    b.text_begin = to_offset(joined_size_);
    b.piece_begin = static_cast<std::uint32_t>(out_.pieces_.size());
    for (Piece p : open_->pieces) {
      p.joined += b.text_begin;
      out_.pieces_.push_back(p);
    }
    b.piece_end = static_cast<std::uint32_t>(out_.pieces_.size());
    joined_size_ += open_->text.size();
    b.text_end = to_offset(joined_size_);
    // Its text is at hand: held for the first reader (the marks, below) while the budget lasts.
    if (b.piece_end - b.piece_begin > 1) out_.texts_.put(open_->index, open_->text);
    if (b.kind == BlockKind::paragraph && looks_like_heading(b, open_->text, open_->lines.size())) {
      // A numbered title ("2. Background", "1. Children who need help and protection") is a
      // heading that keeps its number.
      b.kind = BlockKind::heading;
      b.heading_level = b.number > 0 ? 2 : all_capitals(open_->text) ? 1 : 2;
    }
    spare_ = std::move(*open_);
    open_.reset();
  }

  // A short block that does not read as a sentence, standing apart from what follows.
  bool looks_like_heading(const Block& b, std::string_view t, std::size_t line_count) const {
    if (line_count > 3 || t.size() > 160 || t.size() < 2) return false;
    if (b.number > 0 && (t.size() > 90 || t.back() == ':')) return false;  // "2. The evidence included:" leads a list
    if ((ends_sentence(t) && !(t.back() == '?' && line_count == 1 && t.size() <= 80)) || ends_with_any(t, ",;")) {
      return false;  // a sentence; but a one-line question ("What needs to improve?") is a title
    }
    if (!is_upper_or_digit(t)) return false;
    // One line shorter than the body, or a title wrapped over a few lines.
    return line_count == 1 ? t.size() < body_width_ * 9 / 10 + 5 : t.size() <= 160;
  }

  // --- placing a line ------------------------------------------------------------------------

  void place(std::size_t i) {
    const LineShape& s = shapes_[i];
    switch (s.marker) {
      case Marker::markdown_heading:
        flush_pending_number();
        close_open();
        emit_heading(i, s.heading_level);
        return;
      case Marker::number_only:
        close_open();
        pending_number_ = static_cast<int>(i);
        // The number line itself belongs to the paragraph it numbers; it is added when that
        // paragraph opens, or becomes a paragraph of its own if none follows.
        return;
      case Marker::number:
        flush_pending_number();
        open_block(i, BlockKind::paragraph);
        set_number(out_.blocks_.back(), i);
        return;
      case Marker::bullet:
        flush_pending_number();
        open_block(i, BlockKind::bullet);
        return;
      case Marker::none:
        break;
    }
    if (s.bold) {
      flush_pending_number();
      close_open();
      emit_heading(i, 2);
      return;
    }
    if (pending_number_ >= 0) {
      const std::size_t number_line = static_cast<std::size_t>(pending_number_);
      pending_number_ = -1;
      close_open();
      open_block(number_line, BlockKind::paragraph);
      set_number(out_.blocks_.back(), number_line);
      open_->text.clear();  // the number is not part of the text
      open_->pieces.clear();
      append_line(i);
      return;
    }
    if (open_ && continues(i)) {
      append_line(i);
      return;
    }
    open_block(i, BlockKind::paragraph);
  }

  void flush_pending_number() {
    if (pending_number_ < 0) return;
    const std::size_t line = static_cast<std::size_t>(pending_number_);
    pending_number_ = -1;
    open_block(line, BlockKind::paragraph);
    close_open();
  }

  void set_number(Block& b, std::size_t line) {
    const LineShape& s = shapes_[line];
    b.number = static_cast<std::int16_t>(s.number);
    b.label_column = s.label_column;
    b.label_length = s.label_length;
    if (s.number_label(src_.text(src_.lines()[line])).find('.') == std::string_view::npos) last_number_ = s.number;
  }

  // Does line i carry on the open block?
  bool continues(std::size_t i) const {
    const Block& b = out_.blocks_[open_->index];
    if (b.kind != BlockKind::paragraph && b.kind != BlockKind::bullet) return false;
    const LineShape& s = shapes_[i];
    const LineShape& prev = shapes_[open_->last_line];
    const std::string_view content = this->content(i);
    const std::string_view prev_content = this->content(open_->last_line);
    const bool prev_ends = ends_sentence(prev_content);
    if (s.labelled) return false;  // "Report published: ..." under "Inspection date: ..."
    // A line that stands alone neither carries on a block nor is carried on.
    if (alone_[i] || alone_[open_->last_line]) return false;
    // A short line that sets apart the line after it ends its block, and the block after it ends
    // at its first line.
    if (open_->lines.size() == 1 && roles_.sets_apart(prev_content) && prev_content.size() < 50) return false;
    if (open_->lines.size() == 1 && open_->index > 0 && !prev_ends) {
      const Block& before = out_.blocks_[open_->index - 1];
      if (before.kind != BlockKind::furniture && roles_.sets_apart(out_.opening(before, roles_.opening_size()))) {
        return false;
      }
    }
    if (prev.labelled && open_->lines.size() == 1 && !starts_lower(content) &&
        prev_content.size() < body_width_ * 85 / 100) {
      return false;  // a field stands alone unless its value fills the line and wraps
    }
    if (crossed_page_) {
      // A paragraph cut by a page break (and perhaps a running header): it goes on when its
      // last line did not end a sentence, or the new line carries on one.
      return !prev_ends || starts_lower(content);
    }
    if (blank_since_last_) return starts_lower(content) && !prev_ends;
    if (starts_lower(content)) return true;
    // A short line that is no sentence, after one that ends a sentence and before a list or a
    // break, is a title ("What needs to improve" after a paragraph's full last line).
    if (prev_ends && is_upper_or_digit(content) && (!ends_sentence(content) || content.ends_with("?")) &&
        content.size() < body_width_ * 6 / 10 && !content.ends_with(",")) {
      const bool next_starts_block = i + 1 >= shapes_.size() || shapes_[i + 1].blank ||
                                     shapes_[i + 1].marker != Marker::none || furniture_[i + 1] != Furniture::none;
      if (next_starts_block) return false;
    }
    // Without a blank line between paragraphs, a short line that ends a sentence ends the
    // paragraph; so does a line that could be a heading of its own.
    if (prev_ends && prev_content.size() + 10 < body_width_ * 9 / 10) return false;
    if (!prev_ends && open_->lines.size() == 1 && b.number == 0 && !ends_with_any(prev_content, ",;:") &&
        prev_content.size() + 15 < body_width_ * 8 / 10 && b.kind == BlockKind::paragraph) {
      return false;  // "What needs to improve" above its first item
    }
    return true;
  }

  // --- blocks made whole at once -------------------------------------------------------------

  std::size_t begin_block(BlockKind kind, std::size_t first_line) {
    Block b;
    b.kind = kind;
    b.page = src_.lines()[first_line].page;
    b.first_line = static_cast<std::uint32_t>(out_.block_lines_.size());
    b.text_begin = to_offset(joined_size_);
    b.piece_begin = static_cast<std::uint32_t>(out_.pieces_.size());
    out_.blocks_.push_back(b);
    return out_.blocks_.size() - 1;
  }

  void add_text(std::size_t line, std::string_view text, std::size_t column) {
    out_.pieces_.push_back({to_offset(joined_size_), to_offset(src_.lines()[line].begin + column),
                            static_cast<std::uint32_t>(line), to_offset(text.size())});
    joined_size_ += text.size();
  }

  void end_block(std::size_t index) {
    Block& b = out_.blocks_[index];
    b.line_count = static_cast<std::uint32_t>(out_.block_lines_.size()) - b.first_line;
    b.text_end = to_offset(joined_size_);
    b.piece_end = static_cast<std::uint32_t>(out_.pieces_.size());
  }

  void emit_single(std::size_t line, BlockKind kind) {
    const std::size_t index = begin_block(kind, line);
    out_.block_lines_.push_back(static_cast<std::uint32_t>(line));
    add_text(line, content(line), shapes_[line].content_column);
    end_block(index);
  }

  void emit_heading(std::size_t line, int level) {
    emit_single(line, BlockKind::heading);
    out_.blocks_.back().heading_level = static_cast<std::uint8_t>(std::max(level, 1));
  }

  // --- tables --------------------------------------------------------------------------------

  // A table group: consecutive lines (no blank between) of which at least one has a wide gap
  // or is a lone right-hand cell. Returns the end of the group starting at i, or i when none.
  // Every line of a run of lines that do not break a group ends its group where the run ends,
  // so the run is measured once, when its first line asks, and the lines after it read the end
  // and the count of tabular lines still ahead from `run_`: linear in the lines, however long
  // the run (build() asks for lines in increasing order).
  std::size_t table_group_end(std::size_t i) {
    if (breaks_group(i)) return i;
    if (i < run_.at || i >= run_.end) {
      run_ = Run{i, i, i, 0};
      while (run_.end < shapes_.size() && !breaks_group(run_.end)) {
        run_.tabular_ahead += tabular(run_.end) ? 1 : 0;
        ++run_.end;
      }
    }
    for (; run_.at < i; ++run_.at) run_.tabular_ahead -= tabular(run_.at) ? 1 : 0;
    const std::size_t end = run_.end;
    if (run_.tabular_ahead == 0) return i;
    // Prose wrapped around one stray wide gap is not a table: require the tabular lines to be
    // at least a third of the group, or the group to be short.
    if (run_.tabular_ahead * 3 < end - i && end - i > 4) return i;
    return end;
  }

  bool breaks_group(std::size_t k) const {
    const LineShape& s = shapes_[k];
    return s.blank || furniture_[k] != Furniture::none || s.marker == Marker::bullet || s.marker == Marker::markdown_heading;
  }
  bool tabular(std::size_t k) const { return shapes_[k].gaps > 0 || lone_right_cell(shapes_[k]); }

  // The run of lines table_group_end measured last: [begin, end), the line `at` it has counted
  // up to, and how many tabular lines lie in [at, end).
  struct Run {
    std::size_t begin = 0, end = 0, at = 0, tabular_ahead = 0;
  };
  Run run_;

  struct Cell {
    std::string text;
    std::vector<Piece> pieces;
  };
  struct Row {
    Cell left, right;
    std::vector<std::uint32_t> lines;
  };

  static void add_to_cell(Cell& cell, std::string_view text, std::size_t line, std::size_t source_at) {
    if (!cell.text.empty()) {
      const bool hyphen = cell.text.back() == '-';
      if (!hyphen) cell.text += ' ';
    }
    cell.pieces.push_back({to_offset(cell.text.size()), to_offset(source_at), static_cast<std::uint32_t>(line),
                           to_offset(text.size())});
    cell.text += text;
  }

  // True when `label` stops on a mark that leaves it unfinished (a comma, a hyphen, "&") or on a
  // word that does (LineRoles::carries_on: "and", "of").
  bool ends_unfinished(std::string_view label) const {
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    if (label.empty()) return false;
    if (label.back() == ',' || label.back() == '-' || label.back() == '&') return true;
    return roles_.carries_on(label);
  }

  // True when line k holds a new label with, beside it, a right part in lower case: the middle
  // of a right-hand cell centred on that label ("Requires" / "1. Children ...  improvement to
  // be" / "good"), whose first line above it is therefore the label's, not the line before.
  bool continued_beside_next_label(std::size_t k) const {
    const LineShape& s = shapes_[k];
    if (s.gaps == 0) return false;
    const std::string_view whole = src_.text(src_.lines()[k]);
    const std::string_view left = s.content(whole).substr(0, s.last_gap_column - s.content_column);
    return !starts_lower(left) && starts_lower(whole.substr(s.last_gap_column));
  }

  // Lines of a table group into rows of a left cell (the label) and a right cell (the rest):
  // a row starts at a line whose left part starts a new label; a right part alone continues
  // the row above when it starts in lower case ("to be good"), else it belongs to the label
  // that follows when the row above already has one.
  void emit_table(std::size_t begin, std::size_t end) {
    // The column where right-hand cells start: the leftmost start of a part after a gap.
    std::uint32_t split = UINT32_MAX;
    for (std::size_t k = begin; k < end; ++k) {
      const LineShape& s = shapes_[k];
      if (s.gaps > 0) split = std::min(split, s.last_gap_column);
      if (lone_right_cell(s)) split = std::min(split, s.indent);
    }
    std::vector<Row> rows;
    Cell pending_right;
    std::vector<std::uint32_t> pending_lines;
    for (std::size_t k = begin; k < end; ++k) {
      const LineShape& s = shapes_[k];
      const std::size_t line_begin = src_.lines()[k].begin;
      std::string_view left, right;
      std::size_t left_at = 0, right_at = 0;
      if (s.gaps > 0) {
        const std::string_view whole = src_.text(src_.lines()[k]);
        const std::size_t right_col = s.last_gap_column;
        right = whole.substr(right_col);
        while (!right.empty() && (right.back() == ' ' || right.back() == '\t')) right.remove_suffix(1);
        right_at = line_begin + right_col;
        left = s.content(whole).substr(0, right_col - s.content_column);
        while (!left.empty() && (left.back() == ' ' || left.back() == '\t')) left.remove_suffix(1);
        left_at = line_begin + s.content_column;
      } else if (s.content_column >= split) {
        right = content(k);
        right_at = line_begin + s.content_column;
      } else {
        left = content(k);
        left_at = line_begin + s.content_column;
      }
      // An upper-case label starts a row, unless the row above has no label yet.
      // A label cut after a word no label ends on ("... Kensington and" / "Chelsea ...")
      // goes on, whatever its case.
      const bool starts_row = !left.empty() && !starts_lower(left) &&
                              (rows.empty() || (!rows.back().left.text.empty() &&
                                                !(rows.back().right.text.empty() && ends_unfinished(rows.back().left.text))));
      if (starts_row || rows.empty()) {
        rows.emplace_back();
        if (!pending_right.text.empty()) {
          rows.back().right = std::move(pending_right);
          rows.back().lines = std::move(pending_lines);
          pending_right = Cell{};
          pending_lines.clear();
        }
      }
      Row& row = rows.back();
      if (!left.empty()) add_to_cell(row.left, left, k, left_at);
      if (!right.empty()) {
        // A right-hand cell wrapped around a one-line label ends below it, as the group's last line
        // ("Requires" / "2. Children looked after" / "Improvement").
        if (!left.empty() || starts_lower(right) || k + 1 == end || row.left.text.empty() ||
            (row.right.text.empty() && !continued_beside_next_label(k + 1))) {
          add_to_cell(row.right, right, k, right_at);
        } else {
          add_to_cell(pending_right, right, k, right_at);  // the next label's, set beside it
          pending_lines.push_back(static_cast<std::uint32_t>(k));
          continue;
        }
      }
      row.lines.push_back(static_cast<std::uint32_t>(k));
    }
    if (!pending_right.text.empty()) {
      rows.emplace_back();
      rows.back().right = std::move(pending_right);
      rows.back().lines = std::move(pending_lines);
    }
    for (Row& row : rows) {
      if (row.lines.empty()) continue;
      std::sort(row.lines.begin(), row.lines.end());
      const std::size_t index = begin_block(BlockKind::table_row, row.lines.front());
      out_.block_lines_.insert(out_.block_lines_.end(), row.lines.begin(), row.lines.end());
      add_cell(row.left);
      if (!row.right.text.empty()) {
        ++joined_size_;  // the '\t' before the cell (at the start of a row with no label)
        out_.blocks_[index].tab_piece = static_cast<std::uint32_t>(out_.pieces_.size());
        add_cell(row.right);
      }
      end_block(index);
    }
  }

  // A cell's pieces, where the joined text has come to.
  void add_cell(const Cell& cell) {
    for (Piece p : cell.pieces) {
      p.joined += to_offset(joined_size_);
      out_.pieces_.push_back(p);
    }
    joined_size_ += cell.text.size();
  }

  // --- after the pass ------------------------------------------------------------------------

  // A paragraph whose number was lost in conversion, directly after paragraph n-1 with n+1
  // next, is n; so is a lost first paragraph directly before paragraph 2. Numbered headings
  // count as neighbours, so that a number is never inferred across one.
  bool may_have_lost_number(std::size_t k) const {
    const Block& b = out_.blocks_[k];
    if ((b.kind != BlockKind::paragraph && b.kind != BlockKind::bullet) || b.number != 0) return false;
    const std::string_view t = out_.text(b);
    return is_upper_or_digit(t) && t.size() >= 40;
  }

  std::size_t next_content(std::size_t k) const {
    do ++k;
    while (k < out_.blocks_.size() && out_.blocks_[k].kind == BlockKind::furniture);
    return k;
  }

  void infer(std::size_t k, int number) {
    Block& b = out_.blocks_[k];
    b.kind = BlockKind::paragraph;
    b.number = static_cast<std::int16_t>(number);
    b.number_inferred = true;
  }

  void infer_lost_numbers() {
    std::vector<std::size_t> numbered;  // top-level numbers only: "12.", not "3.14."
    for (std::size_t k = 0; k < out_.blocks_.size(); ++k) {
      const Block& b = out_.blocks_[k];
      if (b.number > 0 && b.kind != BlockKind::table_row && out_.number_label(b).find('.') == std::string_view::npos)
        numbered.push_back(k);
    }
    if (numbered.empty()) return;
    if (out_.blocks_[numbered.front()].number == 2) {
      std::size_t k = numbered.front();
      while (k > 0 && out_.blocks_[k - 1].kind == BlockKind::furniture) --k;
      if (k > 0 && may_have_lost_number(k - 1)) infer(k - 1, 1);
    }
    for (std::size_t j = 0; j + 1 < numbered.size(); ++j) {
      const int n = out_.blocks_[numbered[j]].number;
      if (out_.blocks_[numbered[j + 1]].number != n + 2) continue;
      const std::size_t k = next_content(numbered[j]);
      if (k < numbered[j + 1] && may_have_lost_number(k)) infer(k, n + 1);
    }
  }

  // A heading of one line that stands alone opens no section: it sits in the section above
  // (LineRoles::stands_alone).
  bool opens_section(const Block& b) const {
    return b.line_count != 1 || !(roles_.stands_alone(out_.text(b)) || alone_[out_.block_lines_[b.first_line]]);
  }

  // The section tree: a block's section is the heading above it; a heading's section is the
  // nearest heading above it of a higher level (a smaller heading_level).
  void assign_sections() {
    std::vector<int> open_headings;  // indices of the headings in force, outermost first
    for (std::size_t k = 0; k < out_.blocks_.size(); ++k) {
      Block& b = out_.blocks_[k];
      if (b.kind == BlockKind::furniture) continue;
      if (b.kind == BlockKind::heading && opens_section(b)) {
        while (!open_headings.empty() &&
               out_.blocks_[static_cast<std::size_t>(open_headings.back())].heading_level >= b.heading_level) {
          open_headings.pop_back();
        }
        b.section = open_headings.empty() ? -1 : open_headings.back();
        open_headings.push_back(static_cast<int>(k));
        continue;
      }
      b.section = open_headings.empty() ? -1 : open_headings.back();
    }
  }

  Layout out_;
  const Source& src_;
  const LineRoles& roles_;
  std::vector<LineShape> shapes_;
  std::vector<std::uint8_t> alone_;  // by line: roles_.stands_alone(content)
  std::vector<Furniture> furniture_;
  std::size_t body_width_ = 80;
  std::size_t joined_size_ = 0;  // how long the blocks' text joined is so far (Block::text_begin)
  std::optional<Open> open_;
  Open spare_;  ///< the buffers of the block closed last, for the next
  int pending_number_ = -1;
  bool blank_since_last_ = false;
  bool crossed_page_ = false;
  std::uint32_t last_page_ = 1;
  int last_number_ = 0;  // the last top-level paragraph number placed
};

Layout build_layout(const Source& source, const ScaleRegistry& scales, const Lexicon* lexicon) {
  const Lexicon& words = lexicon != nullptr ? *lexicon : ProfileRegistry::builtin().lexicon();
  std::optional<LineRoles> own_roles;
  return LayoutBuilder(source, line_roles_of(scales, words, own_roles), scales, words).build();
}

}  // namespace judgement::detail
