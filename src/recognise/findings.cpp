// Findings: the improvement points a report asks for ("What needs to improve?", "Areas for
// improvement" with its timeframe sub-headings, "Recommendations", "Priority and immediate
// action", "Areas for priority action", the safeguarding board's own lists), with their timeframes
// and due dates; a visit letter's findings, strengths and concerns; a council paper's risk table.
//
// The layout's blocks are first cut into units: a line inside a block that is itself a list
// heading ("What needs to improve?" run into the paragraph above it, "Findings" run into the last
// bullet) becomes a heading unit of its own. Each list heading then reads the units after it as
// items until its list ends: at a heading of another kind, at a body paragraph after the bullets,
// at a break in its paragraph numbering, or at the next list heading.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/line.hpp"
#include "recognise/findings_headings.hpp"
#include "recognise/findings_timeframe.hpp"
#include "recognise/recognisers.hpp"

namespace judgement::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// The longest unbulleted, unnumbered paragraph read as an item of a list that has lost its
// bullets; a longer one is body text and ends the list.
constexpr std::size_t max_plain_item = 600;
// The longest topic heading inside an improvement list ("Quality of practice").
constexpr std::size_t max_topic_heading = 90;
// The longest heading run into the end of an item ("The experiences and progress of ...: good").
constexpr std::size_t max_run_in_heading = 120;

constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n'; }
constexpr std::array<bool, 256> space_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = is_space(static_cast<char>(c));
  return t;
}();
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim_space(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A bare page number, as a contents page lists them.
bool page_number_only(std::string_view t) {
  return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), is_digit);
}

// A line after which a new phrase may start: it ends a sentence, a lead-in or a bracket.
bool closes(std::string_view line) {
  line = trim_space(line);
  return ends_sentence(line) || line.ends_with(':') || line.ends_with(')');
}

// Where each line of a block lies in its text, as the layout knows it from the text's pieces.
using LineRange = Layout::LineRange;
// Where a table row's cells lie in its text, as the layout cuts them.
using Cell = Layout::Cell;

// A piece of a block the lists are read from: the whole block, or the part before, at or after a
// line that is a list heading.
struct Unit {
  const Block* block = nullptr;
  std::size_t begin = 0;  // into layout.text(*block), trimmed
  std::size_t end = 0;
  BlockKind kind = BlockKind::paragraph;
  int number = 0;  // the block's paragraph number, on the unit that starts the block
  ListRole role = ListRole::none;
  std::optional<Timeframe> timeframe;
  std::size_t label_begin = 0;  // a list heading's label, as printed
  std::size_t label_end = 0;
};

enum class Mode { unknown, bullets, numbered, plain };

// An item being read: its units (a numbered paragraph and the sub-bullets that belong to it).
struct Item {
  std::vector<std::size_t> parts;  // into units
  std::size_t end_override = npos;  // the first part's text cut short (a heading run into it)
};

// The date due dates count from, as ParseOptions::timeframe_base chooses it.
std::optional<Date> timeframe_base(const Document& doc, TimeframeBase base) {
  std::optional<Date> last_day;
  if (doc.inspection_dates) last_day = doc.inspection_dates->range.end;
  switch (base) {
    case TimeframeBase::published: return doc.published;
    case TimeframeBase::document_date: return doc.date;
    case TimeframeBase::last_inspection_day: return last_day;
    case TimeframeBase::automatic: break;
  }
  if (doc.published) return doc.published;
  if (doc.date) return doc.date;
  return last_day;
}

class FindingsReader {
 public:
  explicit FindingsReader(ReportBuilder& out)
      : out_(out), layout_(out.layout()), phrases_(FindingsPhrases::of(out.lexicon(), own_phrases_)) {
    const Document& doc = out.report().document;
    context_.letter = doc.type == DocumentType::focused_visit || doc.type == DocumentType::monitoring_visit ||
                      (doc.type == DocumentType::unknown && greets_reader());
    context_.council_paper = doc.type == DocumentType::committee_report || doc.type == DocumentType::news;
    base_ = timeframe_base(doc, out.options().timeframe_base);
  }

  void read() {
    build_units();
    const std::size_t first = out_.report().findings.size();
    for (std::size_t i = 0; i < units_.size();) {
      const ListRole role = units_[i].role;
      if (role == ListRole::none || role == ListRole::timeframe) {
        ++i;
        continue;
      }
      i = read_list(i);
    }
    read_risk_tables();
    auto& findings = out_.report().findings;
    std::stable_sort(findings.begin() + static_cast<std::ptrdiff_t>(first), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; });
  }

 private:
  // A letter whose kind was not recognised still opens with "Dear ...".
  [[nodiscard]] bool greets_reader() const {
    std::size_t n = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture) continue;
      if (++n > 60) break;
      const std::string_view t = layout_.text(b);
      if (t.starts_with("Dear ") && t.size() < 60) return true;
    }
    return false;
  }

  // A list heading in this document, or a heading of a kind of list that this document does not
  // have (a letter's "Findings" in a report, a council paper's "Recommendations"): that one is a
  // heading all the same, and ends the list above it.
  [[nodiscard]] std::optional<HeadingMatch> heading_match(std::string_view text) const {
    return phrases_.list_heading(text, context_);
  }

  // A line that reads as a title: short, capitalised, not ending a sentence or a clause.
  [[nodiscard]] bool title_like(std::string_view line) const {
    line = trim_space(line);
    return !line.empty() && line.size() <= max_topic_heading && is_upper(line.front()) && !closes(line) &&
           !line.ends_with(',') && !line.ends_with(';') && !phrases_.ends_mid_phrase(line);
  }

  // --- units -----------------------------------------------------------------------------------

  [[nodiscard]] std::string_view text(const Unit& u) const {
    return layout_.text(*u.block).substr(u.begin, u.end - u.begin);
  }

  void push(const Block& b, std::size_t begin, std::size_t end, BlockKind kind, int number) {
    const std::string_view t = layout_.text(b);
    while (begin < end && space_bytes[static_cast<unsigned char>(t[begin])]) ++begin;
    while (end > begin && space_bytes[static_cast<unsigned char>(t[end - 1])]) --end;
    // An empty bullet stays: its text follows in the next block.
    if (begin == end && kind != BlockKind::bullet) return;
    Unit& u = units_.emplace_back();
    u.block = &b;
    u.begin = begin;
    u.end = end;
    u.kind = kind;
    u.number = number;
  }

  void push_heading(const Block& b, std::size_t begin, std::size_t end, const HeadingMatch& m) {
    Unit u;
    u.block = &b;
    u.begin = begin;
    u.end = end;
    u.kind = BlockKind::heading;
    u.number = begin == 0 ? b.number : 0;
    u.role = m.role;
    u.timeframe = m.timeframe;
    // The label as printed, without bold marks, a trailing colon or a glued footnote number.
    const std::string_view t = layout_.text(b);
    std::size_t label_begin = begin;
    std::size_t label_end = begin + m.label_length;
    while (label_begin < label_end && (t[label_begin] == '*' || is_space(t[label_begin]))) ++label_begin;
    while (label_end > label_begin && (t[label_end - 1] == '*' || t[label_end - 1] == ':' || is_space(t[label_end - 1])))
      --label_end;
    u.label_begin = label_begin;
    u.label_end = label_end;
    units_.push_back(u);
  }

  void build_units() {
    units_.reserve(layout_.blocks().size() + 16);
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture) continue;
      const std::string_view t = layout_.text(b);
      BlockKind kind = b.kind;
      if (kind == BlockKind::table_row) {
        if (t.find('\t') != npos) {
          push(b, 0, t.size(), kind, 0);
          continue;
        }
        kind = BlockKind::paragraph;  // a row of one cell is a line of text
      }
      if (kind != BlockKind::bullet) {
        const auto [begin, end] = trimmed_range(t, 0, t.size());
        if (const auto m = heading_match(t.substr(begin, end - begin))) {
          push_heading(b, begin, end, *m);
          continue;
        }
      }
      if (b.line_count < 2) {
        push(b, 0, t.size(), kind, b.number);
        continue;
      }
      split_at_heading_lines(b, kind);
    }
  }

  static std::pair<std::size_t, std::size_t> trimmed_range(std::string_view t, std::size_t begin, std::size_t end) {
    while (begin < end && is_space(t[begin])) ++begin;
    while (end > begin && is_space(t[end - 1])) --end;
    return {begin, end};
  }

  // A line of a block that is a heading: a list heading, or a title of another part of the report.
  [[nodiscard]] std::optional<HeadingMatch> line_heading(std::string_view line) const {
    if (line.empty() || !is_upper(line.front())) return std::nullopt;
    std::optional<HeadingMatch> m = heading_match(line);
    if (!m && title_like(line) && phrases_.heading_of_another_part(line)) {
      m = HeadingMatch{};  // "The local authority's strengths": it ends a list all the same
      m->label_length = line.size();
    }
    return m;
  }

  // A block with a list heading on a line of its own inside it: the conversion ran the heading
  // into the text around it. Cut it out. The tests that look at a line's neighbours come before
  // the heading tests, which read the line's words.
  void split_at_heading_lines(const Block& b, BlockKind kind) {
    const std::string_view t = layout_.text(b);
    // A heading line starts with a capital (see line_heading): a block with none is not cut, and
    // lines after the last such one are read only as the line below it.
    const std::size_t n = b.line_count;
    std::size_t last_capital = npos;
    for (std::uint32_t k = 0; k < n; ++k) {
      const std::string_view c = layout_.content(b, k);
      if (!c.empty() && is_upper(c.front())) last_capital = k;
    }
    if (kind == BlockKind::bullet && last_capital == 0) last_capital = npos;  // a bullet's first line is not read
    if (last_capital == npos) {
      push(b, 0, t.size(), kind, b.number);
      return;
    }
    std::vector<LineRange>& lines = lines_;
    layout_.line_ranges(b, lines);
    std::size_t from = 0;
    bool first_piece = true;
    for (std::size_t k = 0; k <= last_capital; ++k) {
      if (!lines[k].found() || (kind == BlockKind::bullet && k == 0)) continue;
      const std::string_view line = t.substr(lines[k].begin, lines[k].end - lines[k].begin);
      if (line.empty() || !is_upper(line.front())) continue;  // as line_heading() would find
      // Not a heading when the line reads into the line below or on from the line above.
      std::size_t next = k + 1;
      while (next < n && !lines[next].found()) ++next;
      if (next < n && lines[next].begin < t.size() && is_lower(t[lines[next].begin])) continue;
      std::size_t prev = k;
      while (prev > 0 && !lines[prev - 1].found()) --prev;
      if (prev > 0) {
        // The line above ends a sentence, or is short itself (under three quarters of the
        // layout's line width): a title, not wrapped body text.
        const LineRange& p = lines[prev - 1];
        const std::string_view above = t.substr(p.begin, p.end - p.begin);
        if (phrases_.ends_mid_phrase(above)) continue;
        if (!closes(above) && above.size() * 4 >= layout_.line_width() * 3) continue;
      }
      std::optional<HeadingMatch> m = line_heading(line);
      if (!m) continue;
      if (lines[k].begin > from) {
        push(b, from, lines[k].begin, first_piece ? kind : BlockKind::paragraph, first_piece ? b.number : 0);
      }
      first_piece = false;
      push_heading(b, lines[k].begin, lines[k].end, *m);
      from = lines[k].end;
    }
    if (from == 0 && first_piece) {
      push(b, 0, t.size(), kind, b.number);
    } else if (from < t.size()) {
      // What follows the heading line: a title of its own ("Quality of practice"), or text.
      push(b, from, t.size(), title_like(t.substr(from)) ? BlockKind::heading : BlockKind::paragraph, 0);
    }
  }

  // --- lists -----------------------------------------------------------------------------------

  // The next unit after j that is not a contents page number, or units_.size().
  [[nodiscard]] std::size_t next_unit(std::size_t j) const {
    std::size_t k = j + 1;
    while (k < units_.size() && units_[k].role == ListRole::none && page_number_only(text(units_[k]))) ++k;
    return k;
  }

  [[nodiscard]] bool is_bullet_item(std::size_t k) const {
    return k < units_.size() && units_[k].role == ListRole::none && units_[k].kind == BlockKind::bullet;
  }

  [[nodiscard]] bool is_numbered(std::size_t k, int number) const {
    return k < units_.size() && units_[k].role == ListRole::none && units_[k].number > 0 &&
           (units_[k].kind == BlockKind::paragraph || units_[k].kind == BlockKind::heading) &&
           (number == 0 || units_[k].number == number);
  }

  [[nodiscard]] bool is_timeframe(std::size_t k) const {
    return k < units_.size() && units_[k].role == ListRole::timeframe;
  }

  struct List {
    FindingKind kind = FindingKind::improvement;
    std::string_view section;
    std::optional<Timeframe> timeframe;
    Mode mode = Mode::unknown;
    bool topics = false;  // the list is divided by topic headings
    int last_number = 0;
    std::vector<Item> items;
    std::vector<std::optional<Timeframe>> timeframes;  // each item's list timeframe
  };

  static FindingKind kind_of(ListRole role) {
    switch (role) {
      case ListRole::finding: return FindingKind::finding;
      case ListRole::strength: return FindingKind::strength;
      case ListRole::concern: return FindingKind::concern;
      default: return FindingKind::improvement;
    }
  }

  // A topic heading inside the list ("Workforce", "Quality of practice"): short, not another part
  // of the report, and followed by the list's next item.
  [[nodiscard]] bool topic_heading(const List& list, std::size_t j) const {
    if (!list.items.empty() && !list.topics) return false;
    const std::string_view t = text(units_[j]);
    if (t.size() > max_topic_heading || ends_sentence(t) || phrases_.heading_of_another_part(t)) return false;
    const std::size_t k = next_unit(j);
    if (list.mode == Mode::numbered) return is_numbered(k, list.last_number + 1);
    if (list.mode == Mode::bullets) return is_bullet_item(k);
    return is_numbered(k, 0) || is_bullet_item(k);
  }

  void add_item(List& list, std::size_t j) {
    Item item;
    item.parts.push_back(j);
    list.items.push_back(std::move(item));
    list.timeframes.push_back(list.timeframe);
  }

  // Reads the list whose heading is units_[h]; returns the unit where it ended.
  std::size_t read_list(std::size_t h) {
    const Unit& heading = units_[h];
    List list;
    list.kind = kind_of(heading.role);
    list.section = out_.keep_block_text(*heading.block, heading.label_begin,
                                        std::max(heading.label_begin, heading.label_end));
    if (list.kind == FindingKind::improvement) list.timeframe = heading.timeframe;
    bool pending_bullet = false;  // a bullet whose text is in the next unit
    std::size_t j = h + 1;
    for (; j < units_.size(); ++j) {
      const Unit& u = units_[j];
      // Asked for again after each next_unit(), which may ask for the texts of many units.
      std::string_view t = text(u);
      if (u.role == ListRole::timeframe && list.kind == FindingKind::improvement) {
        list.timeframe = u.timeframe;
        pending_bullet = false;
        continue;
      }
      if (u.role != ListRole::none) break;
      if (page_number_only(t)) continue;
      if (u.kind == BlockKind::table_row) break;
      if (pending_bullet) {
        pending_bullet = false;
        add_item(list, j);
        if (list.mode == Mode::unknown) list.mode = Mode::bullets;
        continue;
      }
      if (u.kind == BlockKind::bullet) {
        if (t.empty()) {
          pending_bullet = true;
          continue;
        }
        if (list.mode == Mode::numbered && !list.items.empty()) {
          list.items.back().parts.push_back(j);  // a sub-bullet of the numbered item above
          continue;
        }
        add_item(list, j);
        list.mode = Mode::bullets;
        continue;
      }
      if (u.kind == BlockKind::heading) {
        // An item the layout took for a heading: numbered on in sequence.
        if (u.number > 0 && ((list.mode == Mode::numbered && u.number == list.last_number + 1) ||
                             (list.items.empty() && is_numbered(next_unit(j), u.number + 1)))) {
          add_item(list, j);
          list.mode = Mode::numbered;
          list.last_number = u.number;
          continue;
        }
        t = text(u);
        if (phrases_.nil_statement(t)) continue;
        if (list.items.empty() && phrases_.introduces_items(t) && (is_bullet_item(next_unit(j)) || is_numbered(next_unit(j), 0)))
          continue;
        if (topic_heading(list, j)) {
          list.topics = true;
          continue;
        }
        break;
      }
      // A paragraph.
      if (u.number > 0) {
        if (list.items.empty() && list.mode == Mode::unknown && is_timeframe(next_unit(j))) continue;  // a lead-in
        if (list.mode == Mode::bullets || list.mode == Mode::plain) break;
        if (list.mode == Mode::numbered && u.number != list.last_number + 1) break;
        add_item(list, j);
        list.mode = Mode::numbered;
        list.last_number = u.number;
        continue;
      }
      t = text(u);
      if (phrases_.nil_statement(t)) continue;
      const std::size_t k = next_unit(j);
      t = text(u);
      if (phrases_.introduces_items(t) && (is_timeframe(k) || (list.items.empty() && (is_bullet_item(k) || is_numbered(k, 0)))))
        continue;
      if (list.mode == Mode::numbered) {
        // Text between numbered items, the numbering going on after it: part of the item above.
        if (!list.items.empty() && is_numbered(k, list.last_number + 1)) {
          list.items.back().parts.push_back(j);
          continue;
        }
        break;
      }
      if (is_bullet_item(k)) {  // an item that lost its bullet
        add_item(list, j);
        if (list.mode == Mode::unknown) list.mode = Mode::bullets;
        continue;
      }
      if (list.kind == FindingKind::improvement && list.mode != Mode::bullets && t.size() <= max_plain_item &&
          !ends_with_lead(t)) {
        add_item(list, j);
        list.mode = Mode::plain;
        continue;
      }
      break;
    }
    cut_run_in_heading(list);
    emit(list);
    return std::max(j, h + 1);
  }

  static bool ends_with_lead(std::string_view t) { return trim_space(t).ends_with(':'); }

  // The last item of a list can run on into the heading after it when the conversion left no
  // line between them ("... at all stages of a child's journey." / "The experiences and progress
  // of children who need help and protection: good"), or across a page break into the next
  // page's heading. Cut such last lines off: they start a new phrase, are short, and do not end
  // a sentence.
  void cut_run_in_heading(List& list) {
    if (list.items.empty()) return;
    Item& item = list.items.back();
    if (item.parts.size() != 1) return;
    const Unit& u = units_[item.parts.front()];
    if (u.kind == BlockKind::heading || u.kind == BlockKind::table_row || u.block->line_count < 2) return;
    const std::string_view t = layout_.text(*u.block);
    if (u.end != t.size()) return;
    layout_.line_ranges(*u.block, lines_);
    const std::vector<LineRange>& lines = lines_;
    for (std::size_t k = 1; k < lines.size(); ++k) {
      if (!lines[k].found() || !lines[k - 1].found() || lines[k].begin <= u.begin) continue;
      const std::string_view above = t.substr(lines[k - 1].begin, lines[k - 1].end - lines[k - 1].begin);
      const bool new_page = layout_.line(*u.block, static_cast<std::uint32_t>(k)).page !=
                            layout_.line(*u.block, static_cast<std::uint32_t>(k - 1)).page;
      if (!(ends_sentence(above) || (new_page && !phrases_.ends_mid_phrase(above) && !above.ends_with(',')))) continue;
      const std::string_view rest = trim_space(t.substr(lines[k].begin, u.end - lines[k].begin));
      if (rest.empty() || !is_upper(rest.front()) || rest.size() > max_run_in_heading) continue;
      if (ends_sentence(rest) || rest.ends_with(',') || rest.ends_with(';') || rest.ends_with(':')) continue;
      item.end_override = lines[k].begin;
      return;
    }
  }

  [[nodiscard]] Span span_of(const Item& item) const {
    const Unit& first = units_[item.parts.front()];
    const std::size_t first_end = item.end_override != npos ? item.end_override : first.end;
    const auto [b0, e0] = trimmed_range(layout_.text(*first.block), first.begin, first_end);
    Span span = layout_.span(*first.block, b0, e0);
    if (item.parts.size() > 1) {
      const Unit& last = units_[item.parts.back()];
      span.end = layout_.span(*last.block, last.begin, last.end).end;
    }
    return span;
  }

  [[nodiscard]] std::string_view text_of(const Item& item) {
    const Unit& first = units_[item.parts.front()];
    const std::size_t first_end = item.end_override != npos ? item.end_override : first.end;
    const auto [b0, e0] = trimmed_range(layout_.text(*first.block), first.begin, first_end);
    if (item.parts.size() == 1) return out_.keep_block_text(*first.block, b0, e0);
    std::string joined(layout_.text(*first.block).substr(b0, e0 - b0));
    for (std::size_t p = 1; p < item.parts.size(); ++p) {
      const Unit& u = units_[item.parts[p]];
      joined += u.kind == BlockKind::bullet ? "\n\xE2\x80\xA2 " : "\n";
      joined += text(u);
    }
    return out_.keep(joined);
  }

  void emit(const List& list) {
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const Item& item = list.items[i];
      const Unit& first = units_[item.parts.front()];
      Finding f;
      f.kind = list.kind;
      f.text = text_of(item);
      f.section = ReportBuilder::present(list.section);
      if (first.number > 0) f.paragraph = first.number;
      if (list.kind == FindingKind::improvement) {
        f.timeframe = timeframe_in_item(f.text);
        if (!f.timeframe) f.timeframe = list.timeframes[i];
        if (f.timeframe && base_) f.due = f.timeframe->due_from(*base_);
      }
      f.span = span_of(item);
      out_.report().findings.push_back(f);
    }
  }

  // --- risk tables -----------------------------------------------------------------------------

  // The header of a council paper's risk register: "Risk | Description | Action to avoid or
  // mitigate risk | Risk rating".
  // Returns the rating column, or npos when the row is not such a header.
  [[nodiscard]] std::size_t risk_header(std::string_view t, const std::vector<Cell>& cells) const {
    if (cells.size() < 2) return npos;
    if (!phrases_.risk_heading(t.substr(cells.front().begin, cells.front().end - cells.front().begin))) return npos;
    for (std::size_t c = 1; c < cells.size(); ++c) {
      if (phrases_.risk_rating_heading(t.substr(cells[c].begin, cells[c].end - cells[c].begin))) return c;
    }
    return npos;
  }

  // A rating as a register writes it: "B2", "C3" (likelihood letter, impact digit), "2B", a score
  // ("12"), or a level ("High", "Amber").
  [[nodiscard]] bool rating_like(std::string_view r) const {
    if (r.empty() || r.size() > 8) return false;
    if (r.size() == 2 && ((is_upper(r[0]) && is_digit(r[1])) || (is_digit(r[0]) && is_upper(r[1])))) return true;
    if (r.size() <= 2 && std::all_of(r.begin(), r.end(), is_digit)) return true;
    return phrases_.risk_rating(r);
  }

  void read_risk_tables() {
    bool in_table = false;
    std::size_t rating_column = npos;
    std::size_t columns = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture) continue;
      if (b.kind != BlockKind::table_row) {
        in_table = false;
        continue;
      }
      const std::string_view t = layout_.text(b);
      layout_.cells(b, cells_);
      if (const std::size_t column = risk_header(t, cells_); column != npos) {
        in_table = true;
        rating_column = column;
        columns = cells_.size();
        continue;
      }
      // Outside a register only a header row counts.
      if (!in_table || cells_.size() < 2) continue;
      // The rating in its column where the row has every cell; else in the last cell.
      const Cell& last = cells_.size() == columns ? cells_[rating_column] : cells_.back();
      const std::string_view rating = t.substr(last.begin, last.end - last.begin);
      const Cell& name = cells_.front();
      if (!rating_like(rating) || name.end <= name.begin) continue;
      Finding f;
      f.kind = FindingKind::risk;
      f.text = out_.keep_block_text(b, name.begin, name.end);
      f.section = ReportBuilder::present(out_.keep(layout_.section_of(b)));
      f.rating = out_.keep_block_text(b, last.begin, last.end);
      f.span = layout_.span(b);
      out_.report().findings.push_back(f);
    }
  }

  ReportBuilder& out_;
  const Layout& layout_;
  std::optional<FindingsPhrases> own_phrases_;  // compiled for this parse when not the built-in lexicon's
  const FindingsPhrases& phrases_;
  HeadingContext context_;
  std::optional<Date> base_;
  std::vector<Unit> units_;
  // The lines of the block being read: their contents, and where they lie in its text.
  std::vector<LineRange> lines_;
  // The cells of the table row being read.
  std::vector<Cell> cells_;
};

}  // namespace

void recognise_findings(ReportBuilder& out) { FindingsReader(out).read(); }

}  // namespace judgement::detail
