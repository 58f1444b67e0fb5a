// The document's own judgements. Every statement of a grade is collected, wherever the report
// makes it (the summary table in any of its conversions, a heading, a sentence), read against the
// scale in force, and grouped by area: one judgement per area, each statement its evidence, and a
// judgement-conflict diagnostic where statements disagree.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "profile/phrase.hpp"
#include "recognise/framework.hpp"
#include "recognise/grade_statement.hpp"
#include "recognise/recognisers.hpp"
#include "recognise/text_search.hpp"
#include "scale/words.hpp"
#include "source/fold.hpp"

namespace judgement::detail {
namespace {

using detail::next_word;
using detail::GradeWords;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A judged area as printed, without its SIF number ("2.1 Adoption performance"), Markdown
// emphasis, a trailing colon or a footnote mark.
std::string area_text(std::string_view s) {
  s = trim(s, " \t*_:");
  std::size_t i = 0;
  while (i < s.size() && (is_digit(s[i]) || s[i] == '.')) ++i;
  if (i > 0 && i < s.size() && s[i] == ' ') s.remove_prefix(i + 1);
  s = trim(s, " \t*_:");
  std::size_t digits = 0;
  while (digits < s.size() && is_digit(s[s.size() - 1 - digits])) ++digits;
  if (digits > 0 && digits <= 2 && digits < s.size() && is_alpha(s[s.size() - 1 - digits])) s.remove_suffix(digits);
  std::string out;
  for (char c : s) {
    if (c == '*') continue;
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

enum Strength { sentence = 1, heading = 2, table = 3 };

struct Statement {
  std::string area;
  std::optional<std::string_view> area_id;
  const Grade* grade = nullptr;
  std::string as_written;
  Span span;
  Strength strength = sentence;
  /// A sentence that names its area loosely ("Health outcomes for care leavers are good") only
  /// adds evidence to an area a table or heading has graded; it never makes a judgement alone.
  bool needs_anchor = false;
};

// The scale a report defines for itself: a table of "Outstanding (Grade 1)" rows. The
// registered scale whose labels and codes all agree with the definition; nullptr when the report
// defines none or none agrees.
// The first "(grade " in `text`, its letters in any case (as in the folded text), or npos.
std::size_t find_grade_mark(std::string_view text) {
  static constexpr std::string_view mark = "(grade ";
  for (std::size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at + 1)) {
    if (text.size() - at < mark.size()) return std::string_view::npos;
    bool same = true;
    for (std::size_t i = 1; i < mark.size() && same; ++i) {
      const char c = text[at + i];
      same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == mark[i];
    }
    if (same) return at;
  }
  return std::string_view::npos;
}

const GradeScale* defined_scale(const Layout& layout, const ScaleRegistry& registry) {
  std::vector<std::pair<std::string, int>> defined;
  for (const Block& b : layout.blocks()) {
    std::string_view t = layout.text(b);
    if (b.kind != BlockKind::table_row && b.kind != BlockKind::paragraph && b.kind != BlockKind::heading) continue;
    // "(grade " in any case, in the first cell: where fold(t) has it, t has it, and the bytes
    // after are the same. The first in the text, when it is in the first cell, is the first there.
    const std::size_t g = find_grade_mark(t);
    if (g == std::string::npos) continue;
    t = t.substr(0, t.find('\t'));
    if (g == 0 || g + 8 >= t.size() || !is_digit(t[g + 7]) || t[g + 8] != ')') continue;
    defined.emplace_back(std::string(trim(t.substr(0, g), " *")), t[g + 7] - '0');
  }
  if (defined.size() < 3) return nullptr;
  for (const GradeScale& s : registry.scales()) {
    bool all = true;
    for (const auto& [label, code] : defined) {
      const Grade* g = s.by_label(label);
      all = all && g && g->code == code;
    }
    if (all) return &s;
  }
  return nullptr;
}

class JudgementReader {
 public:
  // grade_words_ refers into grades_ (declared before it): a reader is neither copied nor moved.
  JudgementReader(const JudgementReader&) = delete;
  JudgementReader& operator=(const JudgementReader&) = delete;
  JudgementReader(ReportBuilder& out, const GradeScale& scale)
      : out_(out),
        layout_(out.layout()),
        scale_(scale),
        grades_(GradeStatementOptions{&out.lexicon(), {&scale}, GradeForm::sentence_final}),
        grade_words_(grades_.key_words()),
        keys_marked_(layout_.reader_words().marks_keys_of(scale)) {}

  void read(const FrameworkProfile* profile) {
    outcome_sentence_ = profile && profile->outcome_sentence;
    const auto& blocks = layout_.blocks();
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const Block& b = blocks[k];
      if (b.kind != BlockKind::furniture && b.kind != BlockKind::table_row) ++outcome_blocks_;
      if (b.kind != BlockKind::bullet && b.kind != BlockKind::furniture) {
        lead_ = k;
        lead_past_.reset();
      }
      // A block whose text holds no grade's key word states no grade: nothing in it is matched.
      // Nor do its lines, which a linearised table is read by: each line's content lies in the
      // text (Layout::line_ranges).
      if (b.kind == BlockKind::furniture) continue;
      key_at_ = first_key(b);
      if (key_at_ == std::string_view::npos) continue;
      about_previous_ = about_previous(k);
      switch (b.kind) {
        case BlockKind::table_row:
          table_row(b);
          break;
        case BlockKind::heading:
        case BlockKind::paragraph:
        case BlockKind::bullet:
          if (!linearised(b) && !grade_after_area(k)) statement(b);
          break;
        case BlockKind::furniture:
          break;
      }
    }
    emit();
  }

 private:
  std::optional<GradeMatch> match(std::string_view text) const { return grades_.match(text); }

  // Which of the block's lines hold one of the scale's key words, into line_keys_: the marks of
  // them in the block's text (Layout::marks), each in the line whose stretch of the text holds
  // it (Layout::line_ranges); where the layout does not mark the scale's words, each line's
  // content (that stretch) looked at. The layout keeps the hyphen of a word hyphenated at a
  // line's end ("inade-quate"), so such a word is a key word on neither path.
  void find_line_keys(const Block& b) {
    line_keys_.assign(b.line_count, 0);
    if (!keys_marked_) {
      for (std::uint32_t k = 0; k < b.line_count; ++k) {
        line_keys_[k] = grade_words_.find(layout_.content(b, k)) != std::string_view::npos;
      }
      return;
    }
    layout_.line_ranges(b, line_ranges_);
    const std::string_view text = layout_.text(b);
    std::uint32_t k = 0;
    for (const grammar::WordMark& m : layout_.marks(b)) {
      if ((m.classes & grammar::kGradeKey) == 0 || !grade_words_.key_at(text, m.begin)) continue;
      // The lines' stretches follow one another in the text; a line that gave it nothing (a
      // paragraph number alone) has none.
      while (k < b.line_count && (!line_ranges_[k].found() || line_ranges_[k].end <= m.begin)) ++k;
      if (k == b.line_count) break;
      if (line_ranges_[k].begin <= m.begin) line_keys_[k] = 1;
    }
  }

  // Where the first of the scale's key words in b's text starts, or npos: the first mark of a
  // key word (Layout::marks) that is the scale's, when the layout marks them.
  std::size_t first_key(const Block& b) const {
    if (!keys_marked_) return grade_words_.find(layout_.text(b));
    std::string_view text;
    for (const grammar::WordMark& m : layout_.marks(b)) {
      if ((m.classes & grammar::kGradeKey) == 0) continue;
      if (text.empty()) text = layout_.text(b);
      if (grade_words_.key_at(text, m.begin)) return m.begin;
    }
    return std::string_view::npos;
  }

  // Can a grade be read from text that starts as `text` does? Only from its first word on.
  bool may_start_grade(std::string_view text) const { return grades_.may_start(text); }

  void add(std::string area, const GradeMatch& m, std::string_view as_written, const Span& span, Strength strength,
           bool needs_anchor = false) {
    if (area.size() < 3 || area.size() > 200 || about_previous_) return;
    Statement s;
    s.needs_anchor = needs_anchor;
    s.area_id = area_id_for(out_.lexicon(), area);
    s.area = std::move(area);
    s.grade = m.grade;
    s.as_written = std::string(grade_cell(as_written));
    s.span = span;
    s.strength = strength;
    statements_.push_back(std::move(s));
  }

  // "Children who need help and protection\tInadequate": a label beside its grade.
  void table_row(const Block& b) {
    const std::string_view t = layout_.text(b);
    const std::size_t tab = t.rfind('\t');
    if (tab == std::string_view::npos) {
      statement(b);  // a title sentence set above the table and read as one of its rows
      return;
    }
    const std::string_view label = t.substr(0, t.find('\t'));
    const std::string_view cell = t.substr(tab + 1);
    const auto m = match(cell);
    if (!m || label.empty() || match(label) || label.find("(Grade") != std::string_view::npos) return;
    // A label cell that ends with a grade of its own ("Overall effectiveness   Good" beside
    // "Inadequate"): two grades on one row, each a statement, so that they conflict.
    // The cell before the grade's, when there are more than two ("Area\tGood\tInadequate"), or
    // the label's last words.
    std::string_view area_words = label;
    std::string_view earlier;
    const std::size_t before = t.rfind('\t', tab - 1);
    if (tab > 0 && before != std::string_view::npos && before >= label.size()) {
      earlier = t.substr(before + 1, tab - before - 1);
      if (!match(earlier)) earlier = {};
    } else if (const std::optional<std::size_t> second = grade_suffix(trim(label, " \t"))) {
      area_words = trim(label.substr(0, *second), " \t");
      earlier = trim(label, " \t").substr(*second);
    }
    const std::string area = area_text(area_words);
    if (table_header(area)) return;
    if (!earlier.empty()) {
      const std::size_t at = static_cast<std::size_t>(earlier.data() - t.data());
      if (const auto m2 = match(earlier)) add(area, *m2, earlier, layout_.span(b, 0, at + earlier.size()), table);
    }
    add(area, *m, cell, layout_.span(b), table);
  }

  // The linearised table of plain conversions: label lines and grade lines in turn, in one
  // block or several ("The impact of leaders on social work practice with" / "children and
  // families" / "Requires improvement to" / "be good"), or a label and its grade run together on
  // one line (pdftotext -raw). Read as a table while its labels name judged areas; what follows
  // the last pair (a paragraph run into the table) is left alone.
  static bool may_be_linearised(const Block& b) { return b.line_count <= 60 && b.number == 0; }

  bool linearised(const Block& b) {
    if (!may_be_linearised(b)) return false;
    const Source& src = layout_.source();
    struct Piece {
      std::string text;
      std::size_t begin, end;  // normalised offsets
      std::optional<GradeMatch> grade;
    };
    std::vector<Piece> pieces;
    auto add_label = [&](std::string_view text, std::size_t begin, std::size_t end) {
      if (!pieces.empty() && !pieces.back().grade) {
        pieces.back().text += ' ';
        pieces.back().text += text;
        pieces.back().end = end;
      } else {
        pieces.push_back({std::string(text), begin, end, std::nullopt});
      }
    };
    // The lines with words, as the layout measured them (Layout::content: as in the block's
    // text, without the bullet, number or heading mark a line opens with, which names no area),
    // and which of them hold a key word: a grade, a run of lines or a line's last words, holds one.
    std::vector<std::string_view>& lines = lines_;
    std::vector<const Line*>& refs = refs_;
    std::vector<std::uint32_t>& line_at = line_at_;  // the block's line each is
    lines.clear();
    refs.clear();
    line_at.clear();
    for (std::uint32_t k = 0; k < b.line_count; ++k) {
      const std::string_view t = layout_.content(b, k);
      if (t.empty()) continue;
      lines.push_back(t);
      refs.push_back(&layout_.line(b, k));
      line_at.push_back(k);
    }
    find_line_keys(b);
    auto keyed = [&](std::size_t line) { return line_keys_[line_at[line]] != 0; };
    auto offset_of = [&](std::size_t line, std::string_view part) {
      return refs[line]->begin + static_cast<std::size_t>(part.data() - src.text(*refs[line]).data());
    };
    // Where a line's content ends in the source: a span ends there, as it starts where the
    // content does (after a bold line's opening "**", before its closing one).
    auto end_of = [&](std::size_t line) { return offset_of(line, lines[line]) + lines[line].size(); };
    // A label piece that has grown past a label's length, or holds a sentence break, can never
    // be label_like; the pairs below stop there at the latest, so no line after it can matter.
    auto hopeless_label = [&] {
      if (pieces.empty() || pieces.back().grade) return false;
      const std::string_view t = trim(pieces.back().text, " ");
      return t.size() > 130 || t.find(". ") != std::string_view::npos;
    };
    for (std::size_t i = 0; i < lines.size() && !hopeless_label();) {
      // The longest run of up to four lines, from here, that is a grade.
      std::size_t best = 0;
      std::optional<GradeMatch> best_match;
      std::string joined;
      // The run's first word is on its first line that has a word ("-" alone on a line has none).
      std::size_t worded = i;
      while (worded < lines.size() && worded < i + 4 && next_word(lines[worded], 0).empty()) ++worded;
      bool key_ahead = false;
      for (std::size_t n = i; n < lines.size() && n < i + 4 && !key_ahead; ++n) key_ahead = keyed(n);
      const bool may_start = key_ahead && (worded < lines.size() && worded < i + 4 ? may_start_grade(lines[worded])
                                                                                   : grade_words_.may_start({}));
      bool key_in_run = false;
      for (std::size_t n = 1; n <= 4 && i + n <= lines.size() && may_start; ++n) {
        if (n > 1) joined += ' ';
        joined += lines[i + n - 1];
        key_in_run = key_in_run || keyed(i + n - 1);
        if (lines[i + n - 1].back() == '.') break;  // a sentence, not a cell
        if (!key_in_run) continue;
        if (auto m = match(joined); m && !m->by_code) {
          best = n;
          best_match = m;
        }
      }
      if (best > 0) {
        std::string cell;
        for (std::size_t n = 0; n < best; ++n) {
          if (n > 0) cell += ' ';
          cell += lines[i + n];
        }
        pieces.push_back({std::move(cell), offset_of(i, lines[i]), end_of(i + best - 1), best_match});
        i += best;
        continue;
      }
      // A label and its grade on one line: the longest run of final words that is a grade.
      if (const auto split = keyed(i) ? grade_suffix(lines[i]) : std::nullopt) {
        std::string_view label = trim(lines[i].substr(0, *split), " ");
        const std::string_view grade = lines[i].substr(*split);
        // Two grades after one label ("Overall effectiveness Good Inadequate"): both are read.
        std::string_view earlier;
        if (const auto second = grade_suffix(label)) {
          earlier = label.substr(*second);
          label = trim(label.substr(0, *second), " ");
        }
        add_label(label, offset_of(i, label), offset_of(i, label) + label.size());
        if (!earlier.empty()) {
          pieces.push_back({std::string(earlier), offset_of(i, earlier), offset_of(i, earlier) + earlier.size(),
                            match(earlier)});
        }
        pieces.push_back({std::string(grade), offset_of(i, grade), end_of(i), match(grade)});
        ++i;
        continue;
      }
      add_label(lines[i], offset_of(i, lines[i]), end_of(i));
      ++i;
    }
    if (std::none_of(pieces.begin(), pieces.end(), [](const Piece& p) { return p.grade.has_value(); })) return false;
    // Pairs of an area's label and its grade, from the start, while labels name areas.
    std::vector<std::pair<const Piece*, const Piece*>> pairs;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].grade) continue;
      if (table_header(pieces[i].text)) continue;
      if (!area_id_for(out_.lexicon(), pieces[i].text) || !label_like(pieces[i].text)) break;
      // Every grade that follows the label is a statement of it: two in a row conflict.
      for (std::size_t g = i + 1; g < pieces.size() && pieces[g].grade; ++g) pairs.emplace_back(&pieces[i], &pieces[g]);
    }
    if (pairs.empty()) return false;
    for (const auto& [label, grade] : pairs) {
      add(area_text(label->text), *grade->grade, grade->text, src.span(label->begin, grade->end), table);
    }
    return true;
  }

  // Could this be a judged area's label, as a table prints it? Not a sentence that leads up to a
  // grade ("... services are", "... have a": the lexicon's not_label_end words), nor more than a
  // label's length.
  bool label_like(std::string_view text) const {
    text = trim(text, " ");
    if (text.empty() || text.size() > 130 || text.find(". ") != std::string_view::npos) return false;
    for (const std::string& end : out_.lexicon().phrases(Phrases::not_label_end)) {
      if (ends_with_folded(text, end) && (text.size() == end.size() || text[text.size() - end.size() - 1] == ' ')) return false;
    }
    return text.back() != ':' && text.back() != ',';
  }

  // Is this a table's header cell ("Judgement", "Grade"), which names no area?
  bool table_header(std::string_view text) const {
    for (const std::string& header : out_.lexicon().phrases(Phrases::table_header)) {
      if (phrase_at_folded(text, 0, header) == text.size()) return true;  // the whole cell
    }
    return false;
  }

  // Where the grade starts in a line that ends with one ("Overall effectiveness Good"), when
  // the words before it are not a sentence leading up to it ("... services are good").
  std::optional<std::size_t> grade_suffix(std::string_view line) const {
    if (line.empty() || line.back() == '.') return std::nullopt;
    // The starts of the last seven words (a non-blank after a blank), found from the end.
    std::array<std::size_t, 7> starts{};
    std::size_t count = 0;
    for (std::size_t i = line.size() - 1; i > 0 && count < starts.size(); --i) {
      if (line[i - 1] == ' ' && line[i] != ' ') starts[count++] = i;
    }
    // A grade holds a key word: none in the last seven words, no grade.
    if (count == 0 || grade_words_.find(line.substr(starts[count - 1])) == std::string_view::npos) return std::nullopt;
    // The longest tail that is a grade: the earliest start first.
    for (std::size_t k = count; k-- > 0;) {
      const std::string_view tail = line.substr(starts[k]);
      if (!may_start_grade(tail)) continue;
      const auto m = match(tail);
      if (!m || m->by_code) continue;
      if (!label_like(line.substr(0, starts[k]))) return std::nullopt;
      return starts[k];
    }
    return std::nullopt;
  }

  // A block that is wholly a grade, after the block that names its area: the linearised
  // table of plain conversions ("The experiences and progress of children in care and care
  // leavers" / "Requires improvement to be good"), or a grade heading under the heading of its
  // area ("Capacity to improve" / "Grade 3 (Adequate)").
  bool grade_after_area(std::size_t k) {
    const auto& blocks = layout_.blocks();
    const Block& b = blocks[k];
    const std::string_view text = layout_.text(b);
    if (text.size() > 60) return false;
    const auto m = match(text);
    if (!m) return false;
    std::size_t prev = k;
    while (prev > 0 && blocks[prev - 1].kind == BlockKind::furniture) --prev;
    if (prev == 0) return true;  // a grade alone: not evidence of anything
    const Block& area = blocks[prev - 1];
    if (area.kind != BlockKind::heading && area.kind != BlockKind::paragraph) return true;
    const std::string_view area_words = layout_.text(area);
    if (area_words.size() > 200 || match(area_words)) return true;
    const std::string name = area_text(area_words);
    if (!area_id_for(out_.lexicon(), name)) return true;
    const Span span = layout_.source().span(layout_.source_offset(area, 0),
                                            layout_.source_offset(b, text.size(), true));
    add(name, *m, text, span, m->by_code ? heading : table);
    return true;
  }

  // A grade stated in a sentence (or a heading), read by the one reader of it
  // (recognise/grade_statement.hpp) in its sentence-final form: "<area> <verb> <grade>." ("The
  // judgement for overall effectiveness is inadequate", "Children's services in Sefton require
  // improvement to be good", "The experiences and progress of children in care: good", "The Local
  // Safeguarding Children Board is good"), where what comes before the verb names the area; and,
  // for a profile that states its outcome in a sentence (`outcome sentence`), the first sentence
  // with an outcome lead that carries a grade's words ("The local area partnership's arrangements
  // lead to inconsistent experiences and outcomes ..."). Which area, and whether the sentence
  // states the report's own judgement, is this reader's to say.
  void statement(const Block& b) {
    if (verb_form(b)) return;
    if (outcome_sentence_ && !outcome_read_ && b.kind != BlockKind::table_row && outcome_blocks_ <= 60) outcome_form(b);
  }

  bool verb_form(const Block& b) {
    // The grade is read from the first sentence, up to 400 bytes, and starts with a key word:
    // a key word past that, and the sentence need not be looked for.
    if (key_at_ >= kLongestSentence) return false;
    const std::string_view text = layout_.text(b);
    // Where the sentence ends is looked for in the text's bytes, and only its tokens are cut
    // (Layout::tokens up to its end): a block's first sentence is most often a small part of it.
    std::size_t sentence_end = 0;
    Tokens tokens;
    std::size_t count = 0;  // the sentence's tokens: those that start before its end
    for (std::size_t from = 0;;) {
      sentence_end = first_sentence_end(text, from);
      if (sentence_end > kLongestSentence || key_at_ >= sentence_end) return false;
      tokens = layout_.tokens(b, sentence_end);
      const std::span<const Token> list = tokens.list;
      count = static_cast<std::size_t>(
          std::partition_point(list.begin(), list.end(), [&](const Token& t) { return t.begin < sentence_end; }) -
          list.begin());
      // A full stop inside a date ("12.5.2019", a date token of the layout's) ends no sentence:
      // it goes on past the date.
      if (sentence_end == text.size() || (count > 0 && list[count - 1].kind == TokenKind::punct)) break;
      from = count > 0 ? list[count - 1].end : sentence_end;
    }
    const std::string_view sentence = text.substr(0, sentence_end);
    const Tokens in_sentence{tokens.list.first(count), tokens.keys};
    const Lexicon& lexicon = out_.lexicon();
    return grades_.final_grades(sentence, in_sentence, key_at_, [&](const GradeStatements::FinalGrade& g) {
      std::string area = area_text(sentence.substr(0, g.area_end));
      // The forms reports use to state a judgement outright; anything else is a loose mention.
      // A heading states outright; so does the heading-like "Area: grade", and "is judged to be".
      bool outright = b.kind == BlockKind::heading || g.colon || g.judged;
      if (starts_with_any(lexicon, Phrases::overall_subject, area)) {
        area = "Overall judgement";
        outright = true;
      } else if (const std::size_t lead = lead_length(lexicon, Phrases::judgement_lead, area)) {
        area = area_text(std::string_view(area).substr(lead));
        outright = true;
      } else if (area_id_for(lexicon, area) == std::optional<std::string_view>("lscb") && area.size() < 90) {
        outright = true;  // "The Local Safeguarding Children Board (LSCB) is inadequate."
      }
      if (!area_id_for(lexicon, area)) return false;
      // A mention in a sentence must be about the area as a whole: its subject is the area's
      // name ("Outcomes for looked after children and young people are inadequate"), not "the
      // transition arrangements for those care leavers with a disability".
      if (!outright && !names_an_area(lexicon, area)) return false;
      const Strength strength = b.kind == BlockKind::heading ? heading : Strength::sentence;
      add(area, g.match, g.grade, layout_.span(b, 0, sentence_end), strength, !outright);
      return true;
    });
  }

  // The outcome form: the first sentence with an outcome lead, among the report's first blocks,
  // that carries the words of a grade; the outcome is that grade. Both read from the block's
  // tokens: a lead is a row's words as word tokens one after another (words_at).
  void outcome_form(const Block& b) {
    const std::string_view text = layout_.text(b);
    const Tokens tokens = layout_.tokens(b);
    bool lead = false;
    for (const std::string& p : out_.lexicon().phrases(Phrases::outcome_lead)) {
      for (std::size_t i = 0; i < tokens.list.size() && !lead; ++i) {
        lead = words_at(text, tokens, i, p) != std::string_view::npos;
      }
    }
    if (!lead) return;
    const Grade* g = grades_.carried(text, tokens);
    if (!g) return;
    add("Area SEND outcome", GradeMatch{g, false}, g->label, layout_.span(b), table);
    outcome_read_ = true;
  }

  static bool starts_with_any(const Lexicon& lexicon, Phrases list, std::string_view text, std::size_t at = 0) {
    return lead_length(lexicon, list, text, at) > 0;
  }

  // Length of the longest phrase of `list` that starts text[at] (in any case), or 0.
  static std::size_t lead_length(const Lexicon& lexicon, Phrases list, std::string_view text, std::size_t at = 0) {
    std::size_t best = 0;
    for (const std::string& p : lexicon.phrases(list)) {
      // Only a phrase at the start counts: looked for there, not searched for.
      if (const std::size_t e = phrase_at_folded(text, at, p); e != std::string_view::npos && e - at > best) best = e - at;
    }
    if (best > 0 && at + best < text.size() && text[at + best] == ' ') ++best;
    return best;
  }

  // Does a subject read as the name of a judged area, as frameworks word them?
  static bool names_an_area(const Lexicon& lexicon, std::string_view subject) {
    if (subject.size() > 110) return false;
    return starts_with_any(lexicon, Phrases::area_subject, subject, starts_with_folded(subject, "the ") ? 4 : 0);
  }

  // Where the first sentence of `text` ends, looking from `from` for a full stop a space before a
  // capital ("... is good. The ..."), within kLongestSentence bytes and two more: the text's size
  // when it ends in none of them (past kLongestSentence when the text goes on past them).
  static std::size_t first_sentence_end(std::string_view text, std::size_t from) {
    const std::size_t limit = kLongestSentence + 1;
    if (text.size() > limit + 2) text = text.substr(0, limit + 2);
    for (std::size_t i = text.find('.', from); i != std::string_view::npos && i + 1 < text.size(); i = text.find('.', i + 1)) {
      if (text[i + 1] == ' ' && i + 2 < text.size() && text[i + 2] >= 'A' && text[i + 2] <= 'Z') return i + 1;
    }
    return text.size();
  }

  void emit() {
    // Group by area: its canonical key, else its words.
    std::vector<std::vector<const Statement*>> groups;
    // A key compared in any case (an area id is in lower case already).
    auto key = [](const Statement& s) { return s.area_id ? *s.area_id : std::string_view(s.area); };
    for (const Statement& s : statements_) {
      const auto at = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return same_folded(key(*g.front()), key(s)); });
      if (at == groups.end()) {
        groups.push_back({&s});
      } else {
        at->push_back(&s);
      }
    }
    Report& report = out_.report();
    for (const auto& group : groups) {
      if (std::all_of(group.begin(), group.end(), [](const Statement* s) { return s->needs_anchor; })) continue;
      // The strongest statement (a table's over a heading's over a sentence's) gives the grade,
      // and the area's wording.
      const Statement* chosen = group.front();
      for (const Statement* s : group) {
        if (s->strength > chosen->strength) chosen = s;
      }
      Judgement j;
      j.area = out_.keep(chosen->area);
      if (chosen->area_id) j.area_id = out_.keep_profile_text(*chosen->area_id);
      j.grade = out_.keep(chosen->grade->label);
      j.code = chosen->grade->code;
      j.scale = out_.keep(scale_.id());
      j.band = chosen->grade->band;
      j.as_written = out_.keep(chosen->as_written);
      for (const Statement* s : group) j.evidence.push_back(s->span);
      std::sort(j.evidence.begin(), j.evidence.end(), [](const Span& a, const Span& c) { return a.begin < c.begin; });
      for (const Statement* s : group) {
        if (s->grade != chosen->grade) {
          // Built by appending: g++ 12 at -O3 warns (-Wrestrict) on a chain of operator+.
          std::string message = "'";
          message += chosen->area;
          message += "' is graded ";
          message += chosen->grade->label;
          message += " but also stated as ";
          message += s->grade->label;
          message += " here";
          out_.diagnose(Severity::warning, "judgement-conflict", message, s->span);
        }
      }
      report.judgements.push_back(std::move(j));
    }
  }

  // Grades of an earlier inspection are not this report's: a section on previous inspections,
  // or a list introduced by a sentence about the last one ("The judgements for the local
  // authority were:"). Those are references.
  // Called by read() for each block in order: the lead of a bullet (the nearest block before it
  // that is neither a bullet nor furniture) is the one read() last noted in lead_, and what it
  // says is worked out once for all the bullets under it, so a long list costs linear time.
  bool about_previous(std::size_t k) {
    const auto& blocks = layout_.blocks();
    const Block& b = blocks[k];
    auto past = [&](std::string_view text) {
      const auto& words = out_.lexicon().phrases(Phrases::earlier_inspection);
      return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return find_folded(text, w) != std::string::npos; });
    };
    if (b.section != past_section_) {  // worked out once for all the blocks of a section
      past_section_ = b.section;
      section_past_ = b.section >= 0 && layout_.section_of(b).size() < 60 &&
                      blocks[static_cast<std::size_t>(b.section)].heading_level <= 2 && past(layout_.section_of(b));
    }
    if (section_past_) return true;
    if (b.kind != BlockKind::bullet || !lead_) return false;
    if (!lead_past_) {
      const std::string_view lead = layout_.text(blocks[*lead_]);
      lead_past_ = lead.ends_with(":") && past(lead);
    }
    return *lead_past_;
  }

  ReportBuilder& out_;
  const Layout& layout_;
  const GradeScale& scale_;
  const GradeStatements grades_;  // the reader of a grade stated in a sentence, on the scale
  const GradeWords& grade_words_;  // the scale's key words
  const bool keys_marked_;         // are they marked in the layout's marks
  std::size_t key_at_ = 0;        // where the first of them stands in the text of the block being read
  std::vector<Statement> statements_;
  // Of the block linearised() reads, by line: does it hold a key word, and where does it lie in
  // the block's text?
  std::vector<std::uint8_t> line_keys_;
  std::vector<Layout::LineRange> line_ranges_;
  // linearised()'s lines of the block with words, the source lines, and their places in the block.
  std::vector<std::string_view> lines_;
  std::vector<const Line*> refs_;
  std::vector<std::uint32_t> line_at_;
  static constexpr std::size_t kLongestSentence = 400;  // bytes of a sentence that states a grade
  bool outcome_sentence_ = false;  // the profile states its outcome in a sentence
  bool outcome_read_ = false;      // and it has been read
  std::size_t outcome_blocks_ = 0; // blocks read that may state it (the outcome is stated early)
  bool about_previous_ = false;
  std::optional<std::size_t> lead_;  // the last block read that is neither a bullet nor furniture
  std::optional<bool> lead_past_;    // whether it leads into a list about an earlier inspection
  int past_section_ = -2;            // the section about_previous() last worked out
  bool section_past_ = false;        // and whether it is about an earlier inspection
};

}  // namespace

void recognise_judgements(ReportBuilder& out) {
  const Document& doc = out.report().document;
  // Letters grade nothing; papers and news report another document's grades (references).
  const FrameworkProfile* profile = out.profile(doc.type);
  if (profile && profile->kind != DocumentKind::report) return;
  std::optional<Date> when = doc.inspection_dates ? std::optional<Date>(doc.inspection_dates->range.start) : doc.date;
  const GradeScale* scale = defined_scale(out.layout(), out.scales());
  if (!scale) scale = &framework_scale(out.scales(), out.lexicon(), doc.type, doc.inspectorate.value_or(""), when);
  JudgementReader(out, *scale).read(profile);
}

}  // namespace judgement::detail
