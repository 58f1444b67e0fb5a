// Nothing is lost: every block of text that no recogniser claimed (no numbered paragraph,
// finding or judgement evidence lies in it) is named by an `unclassified` diagnostic, so that
// every line of the input stays reachable from the report. Consecutive unclaimed blocks share
// one diagnostic. Page furniture is not content, but what the layout set aside as furniture is
// named too: a `furniture` diagnostic for each run of it, so that a line wrongly taken for a
// running header or a footnote can still be found.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "recognise/recognisers.hpp"

namespace judgement::detail {

namespace {

struct Claim {
  std::size_t begin, end;
};

// Claims sorted by start, with the furthest end reached so far: a block overlaps some claim
// exactly when the furthest end among the claims starting before the block's end lies past
// the block's start.
class Claims {
 public:
  explicit Claims(const Report& r) {
    for (const Paragraph& p : r.paragraphs) add(p.span);
    for (const Finding& f : r.findings) add(f.span);
    for (const Judgement& j : r.judgements) {
      for (const Span& s : j.evidence) add(s);
    }
    std::sort(claims_.begin(), claims_.end(), [](const Claim& a, const Claim& b) { return a.begin < b.begin; });
    furthest_.reserve(claims_.size());
    std::size_t far = 0;
    for (const Claim& c : claims_) {
      far = std::max(far, c.end);
      furthest_.push_back(far);
    }
  }

  // Asked in the order of the text, the claims starting before `end` are found by walking on
  // from the last answer; asked out of order (a block's lines need not be), by a binary search.
  [[nodiscard]] bool overlaps(std::size_t begin, std::size_t end) {
    if (end < last_end_) {
      after_ = static_cast<std::size_t>(
          std::lower_bound(claims_.begin(), claims_.end(), end, [](const Claim& c, std::size_t at) { return c.begin < at; }) -
          claims_.begin());
    } else {
      while (after_ < claims_.size() && claims_[after_].begin < end) ++after_;
    }
    last_end_ = end;
    if (after_ == 0) return false;
    return furthest_[after_ - 1] > begin;
  }

  // Where the first claim that starts at or after `at` starts; SIZE_MAX when none does.
  [[nodiscard]] std::size_t next_start(std::size_t at) const {
    const auto it = std::lower_bound(claims_.begin(), claims_.end(), at,
                                     [](const Claim& c, std::size_t where) { return c.begin < where; });
    return it == claims_.end() ? SIZE_MAX : it->begin;
  }

 private:
  void add(const Span& s) {
    if (s.end > s.begin) claims_.push_back({s.begin, s.end});
  }
  std::vector<Claim> claims_;
  std::vector<std::size_t> furthest_;
  std::size_t after_ = 0;     // the first claim starting at or after last_end_
  std::size_t last_end_ = 0;
};

// Appends `: "the first words..."`, cut at a character boundary.
void append_quoted_start(std::string& m, std::string_view first_text) {
  std::size_t n = std::min<std::size_t>(first_text.size(), 60);
  while (n < first_text.size() && n > 0 && (static_cast<unsigned char>(first_text[n]) & 0xC0) == 0x80) --n;
  m += ": \"";
  m += first_text.substr(0, n);
  if (n < first_text.size()) m += "...";
  m += '"';
}

// The message made in one string, room for it taken once.
std::string message_for(std::string_view first_text, std::size_t blocks) {
  std::string m;
  m.reserve(128);
  m += "text no recogniser claimed";
  if (blocks > 1) {
    m += " (";
    m += std::to_string(blocks);
    m += " blocks)";
  }
  append_quoted_start(m, first_text);
  return m;
}

// "set aside as page furniture (running header or footer, page number): "Inspection of ...""
std::string furniture_message(std::string_view first_text, std::size_t blocks, bool numbers, bool repeated,
                              bool footnotes) {
  std::string m;
  m.reserve(192);
  m += "set aside as page furniture (";
  std::string_view sep;
  auto kind = [&](bool present, std::string_view what) {
    if (!present) return;
    m += sep;
    m += what;
    sep = ", ";
  };
  kind(repeated, "running header or footer");
  kind(numbers, "page number");
  kind(footnotes, "footnote");
  m += ')';
  if (blocks > 1) {
    m += ", ";
    m += std::to_string(blocks);
    m += " lines";
  }
  append_quoted_start(m, first_text);
  return m;
}

// One `furniture` diagnostic for each run of furniture blocks, spanning the run: from the first
// byte any of its blocks came from to the last, at the line and page of its first block.
// Source::original_offset() never decreases as its offset grows, so the run's first and last
// original bytes are those of its least and greatest normalised offsets: one span and at most
// three offsets a run, not a span a block.
void name_furniture(ReportBuilder& out) {
  const Layout& layout = out.layout();
  const Source& source = layout.source();
  const auto& blocks = layout.blocks();
  for (std::size_t i = 0; i < blocks.size();) {
    if (blocks[i].kind != BlockKind::furniture) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool numbers = false, repeated = false, footnotes = false;
    std::size_t least_begin = 0, most_begin = 0, most_end = 0;  // normalised offsets of the run's blocks
    Span run;
    for (; end < blocks.size() && blocks[end].kind == BlockKind::furniture; ++end) {
      const Block& b = blocks[end];
      const std::size_t begin = layout.source_offset(b, 0);
      const std::size_t last = layout.source_offset(b, b.text_end - b.text_begin, true);
      if (end == i) {
        run = source.span(begin, last);
        least_begin = most_begin = begin;
        most_end = last;
      } else {
        least_begin = std::min(least_begin, begin);
        most_begin = std::max(most_begin, begin);
        most_end = std::max(most_end, last);
      }
      numbers = numbers || b.furniture == Furniture::page_number;
      repeated = repeated || b.furniture == Furniture::repeated;
      footnotes = footnotes || b.furniture == Furniture::footnote;
    }
    if (end > i + 1) {
      run.begin = std::min(run.begin, source.original_offset(least_begin));
      run.end = std::max({run.end, source.original_offset(most_begin), source.original_offset(most_end, true)});
    }
    out.diagnose(Severity::info, "furniture",
                 furniture_message(layout.text(blocks[i]), end - i, numbers, repeated, footnotes), run);
    i = end;
  }
}

// Whether each line of the block has text and comes after the one before it, the first at or
// after normalised offset `from`.
bool lines_with_text_from(const Layout& layout, const Block& b, std::size_t from) {
  for (std::uint32_t k = 0; k < b.line_count; ++k) {
    const Line& line = layout.line(b, k);
    if (line.end <= line.begin || line.begin < from) return false;
    from = line.end;
  }
  return true;
}

// Whether each line of the block comes after the one before it in the text.
bool lines_in_order(const Layout& layout, const Block& b) {
  for (std::uint32_t k = 1; k < b.line_count; ++k) {
    if (layout.line(b, k).begin <= layout.line(b, k - 1).begin) return false;
  }
  return true;
}

}  // namespace

void recognise_unclassified(ReportBuilder& out) {
  name_furniture(out);
  const Layout& layout = out.layout();
  Claims claims(out.report());
  const auto& blocks = layout.blocks();
  std::size_t run_first = blocks.size();  // first block of the current unclaimed run
  std::size_t run_blocks = 0;
  Span run;
  const Source& source = layout.source();
  const Line* run_line = nullptr;  // the line the run's first byte is on: the run's line and page
  // No claim starts between the run's first byte and this, and none that starts before the
  // run's first byte reaches past it (the line there is unclaimed).
  std::size_t clear_until = 0;
  auto flush = [&] {
    if (run_blocks == 0) return;
    const Span at = source.span(run_line->begin, run_line->end);
    run.line = at.line;
    run.page = at.page;
    out.diagnose(Severity::info, "unclassified", message_for(layout.text(blocks[run_first]), run_blocks), run);
    run_blocks = 0;
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind == BlockKind::furniture) continue;  // furniture between two unclaimed blocks keeps the run going
    // Within a run, a block whose lines have text and follow the run's first byte in order is
    // unclaimed when it ends before the next claim starts: one look-up, where it ends. (A line
    // with text came from at least one byte of the input, so its last line ends the block.)
    if (run_blocks > 0 && b.line_count > 0 && lines_with_text_from(layout, b, run_line->begin)) {
      const std::size_t end = source.original_offset(layout.line(b, b.line_count - 1).end, true);
      if (end <= clear_until) {
        run.end = std::max(run.end, end);
        ++run_blocks;
        continue;
      }
    }
    // A block's lines need not be in order (a grade set above its label), so it is claimed when
    // any of its lines is, and it stretches from its first byte to its last. A line's original
    // bytes are what Source::span() gives; the line and page are looked up once a run, for the
    // line its first byte is on.
    Span span;
    const Line* first = nullptr;  // the line the block's first byte is on
    bool claimed = false;
    bool any = false;
    for (std::uint32_t k = 0; k < b.line_count && !claimed; ++k) {
      const Line& line = layout.line(b, k);
      const std::size_t begin = source.original_offset(line.begin);
      const std::size_t end = std::max(begin, source.original_offset(line.end, true));
      if (end <= begin) continue;
      claimed = claims.overlaps(begin, end);
      if (!any || begin < span.begin) {
        span.begin = begin;
        first = &line;
      }
      span.end = any ? std::max(span.end, end) : end;
      any = true;
      // The first line unclaimed, and the block's lines in the order of the text: the block's
      // first byte is the first line's and its last the last line's (original offsets grow with
      // normalised ones), so no claim over the whole stretch means none over any line of it.
      if (k == 0 && !claimed && b.line_count > 1 && lines_in_order(layout, b)) {
        const Line& last = layout.line(b, b.line_count - 1);
        const std::size_t last_begin = source.original_offset(last.begin);
        const std::size_t last_end = std::max(last_begin, source.original_offset(last.end, true));
        if (last_end > last_begin && !claims.overlaps(span.begin, last_end)) {
          span.end = last_end;
          break;
        }
      }
    }
    if (claimed || !any) {
      flush();
      continue;
    }
    if (run_blocks == 0) {
      run_first = i;
      run = span;
      run_line = first;
      clear_until = claims.next_start(run.begin);
    } else {
      if (span.begin < run.begin) {
        run.begin = span.begin;
        run_line = first;
        clear_until = claims.next_start(run.begin);
      }
      run.end = std::max(run.end, span.end);
    }
    ++run_blocks;
  }
  flush();
}

}  // namespace judgement::detail
