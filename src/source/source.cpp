#include "source/source.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "source/simd.hpp"

#include "grammar/error_position.hpp"
#include "source/characters.hpp"
#include "source/utf8.hpp"

namespace judgement::detail {
namespace {

constexpr std::size_t max_notes = 100;  // a binary file would otherwise note every byte

// What a code point becomes in the normalised text.
enum class Action { keep, space, drop, bullet, newline, ligature, dash };

Action action_for(char32_t cp) {
  switch (cp) {
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
      return Action::space;
    case 0x2028: case 0x2029:
      return Action::newline;
    // Dash look-alikes some PDFs use between dates ("20 June 2017 ─ 13 July 2017").
    case 0x2500: case 0x2212: case 0x2010: case 0x2011: case 0x2012:
      return Action::dash;
    // Bullet glyphs: Symbol and Wingdings private-use code points that pdftotext passes through,
    // and the geometric shapes some converters use instead.
    case 0xF02D: case 0xF06E: case 0xF076: case 0xF0A7: case 0xF0A8: case 0xF0B7: case 0xF0D8:
    case 0xF0FC: case 0x25FC: case 0x25CF: case 0x25AA: case 0x25A0: case 0x25E6: case 0x25FE:
      return Action::bullet;
    default:
      if (default_ignorable(cp)) return Action::drop;  // soft hyphen, zero-width characters, ...
      return cp >= 0xFB00 && cp <= 0xFB06 ? Action::ligature : Action::keep;
  }
}

constexpr const char* ligatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

using utf8::decode;

bool ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A letter of a word as the confusables check sees it: Latin, Greek or Cyrillic.
bool word_letter(char32_t cp) {
  return (cp < 0x80 && ascii_letter(static_cast<unsigned char>(cp))) || latin_non_ascii_letter(cp) ||
         greek_or_cyrillic(cp);
}

// "Good" as written with a Cyrillic "о": the message of the note that says it was read as Latin.
std::string confusable_message(std::string_view reading) {
  std::size_t n = std::min<std::size_t>(reading.size(), 60);
  while (n > 0 && n < reading.size() && (static_cast<unsigned char>(reading[n]) & 0xC0) == 0x80) --n;
  std::string m = "a word mixing Latin letters with Cyrillic or Greek ones drawn like them was read as \"";
  m += reading.substr(0, n);
  if (n < reading.size()) m += "...";
  m += '"';
  return m;
}

// The high bit of each byte of v that is `c`, exactly (no borrow runs from one byte to the next).
constexpr std::uint64_t bytes_equal(std::uint64_t v, char c) noexcept {
  constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7FULL;
  const std::uint64_t x = v ^ (0x0101010101010101ULL * static_cast<unsigned char>(c));
  return ~(((x & lows) + lows) | x | lows);
}

}  // namespace

Error too_large_to_read(std::string_view what, std::size_t bytes) {
  std::string message(what);
  message += " is ";
  if (bytes != 0) message += std::to_string(bytes) + " bytes, ";
  message += "more than the " + std::to_string(max_input_bytes) + " bytes (4 GiB - 1) judgement reads";
  return Error{ErrorCode::limit, std::move(message)};
}

Result<Source> Source::load(std::string_view original, Utf8Policy policy) {
  // Every offset into the text is 32 bits (Offset): a longer text is refused here, before a
  // byte of it is read, and (below) one that normalisation would make longer.
  if (original.size() > max_input_bytes) return too_large_to_read("the text", original.size());
  Source src;
  src.original_ = original;
  std::string out;  // the normalised text, kept whole only until its lines are found
  out.reserve(original.size());
  src.checkpoints_.push_back({0, 0, false});
  // Every edit is bracketed: where it starts, and where the copying resumes after it.
  auto edit_at = [&](std::size_t original_at) {
    src.checkpoints_.push_back({to_offset(out.size()), to_offset(original_at), true});
  };
  auto copy_from = [&](std::size_t original_at) {
    src.checkpoints_.push_back({to_offset(out.size()), to_offset(original_at), false});
  };
  auto note = [&](const char* code, std::string message, std::size_t begin) {
    if (src.notes_.size() < max_notes) {
      src.notes_.push_back({code, std::move(message), begin, out.size()});
    } else if (src.notes_.size() == max_notes) {
      src.notes_.push_back({"too-many-notes", "further replaced bytes are not reported one by one", begin, out.size()});
    }
  };

  std::size_t i = 0;
  // A byte-order mark says only that the text is UTF-8; it is not content.
  if (original.substr(0, 3) == "\xEF\xBB\xBF") {
    edit_at(0);
    i = 3;
    copy_from(3);
  }
  const std::size_t n = original.size();
  // The lines of the normalised text, split at LF and form feed (a form feed also starts a page),
  // and the line starts of the original, are found as the text is copied, so that it is not
  // read again for them. Every '\n' of the original is in a stretch of plain ASCII, copied as it
  // is, where its break is found at once; a '\r' or a U+2028 becomes a '\n' where it is met.
  std::uint32_t page = 1;
  std::size_t line_begin = 0;
  bool too_many_pages = false;
  bool carriage_returns = false;
  // The line that ends at normalised offset `k`, where `feed` (a '\f') may start a page.
  const auto line_ends = [&](std::size_t k, bool feed) {
    Line line;
    line.begin = to_offset(line_begin);
    line.end = to_offset(k);
    line.page = page;
    src.lines_.push_back(line);
    line_begin = k + 1;
    if (!feed) return;
    if (page == max_pages) {
      too_many_pages = true;
      return;
    }
    ++page;
    src.page_starts_.push_back(to_offset(k + 1));
    src.paged_ = true;
  };
  src.original_line_starts_.push_back(0);
  // The break ('\n' or '\f') at original offset `at` in the stretch copied from `i`, not yet
  // appended.
  const auto found_break = [&](std::size_t at) {
    const bool feed = original[at] == '\f';
    line_ends(out.size() + (at - i), feed);
    if (!feed) src.original_line_starts_.push_back(to_offset(at + 1));
  };
  while (i < n) {
    // Copy plain ASCII in one go: the common case by far.
    std::size_t run = i;
    // Sixteen (or eight) bytes at a time while none is non-ASCII, CR or NUL, then byte by byte.
#if JUDGEMENT_SSE2
    while (run + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(original.data() + run));
      const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_setzero_si128()), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
      const auto stops = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, special)));  // high bit: non-ASCII
      auto ends = static_cast<unsigned>(_mm_movemask_epi8(
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\f')))));
      if (stops != 0) ends &= (1U << std::countr_zero(stops)) - 1;  // the breaks before the stop
      for (; ends != 0; ends &= ends - 1) found_break(run + static_cast<std::size_t>(std::countr_zero(ends)));
      if (stops != 0) {
        run += static_cast<std::size_t>(std::countr_zero(stops));
        break;
      }
      run += 16;
    }
#endif
    while (run + 8 <= n) {
      std::uint64_t v;
      std::memcpy(&v, original.data() + run, 8);
      constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
      const std::uint64_t cr = v ^ (ones * '\r');
      const std::uint64_t special = (v | ((v - ones) & ~v) | ((cr - ones) & ~cr)) & highs;
      if (special != 0) break;
      if constexpr (std::endian::native == std::endian::little) {
        for (std::uint64_t ends = bytes_equal(v, '\n') | bytes_equal(v, '\f'); ends != 0; ends &= ends - 1) {
          found_break(run + static_cast<std::size_t>(std::countr_zero(ends)) / 8);
        }
      } else {
        for (std::size_t k = 0; k < 8; ++k) {
          if (original[run + k] == '\n' || original[run + k] == '\f') found_break(run + k);
        }
      }
      run += 8;
    }
    while (run < n) {
      const auto c = static_cast<unsigned char>(original[run]);
      if (c >= 0x80 || c == '\r' || c == 0) break;
      if (c == '\n' || c == '\f') found_break(run);
      ++run;
    }
    out.append(original.data() + i, run - i);
    i = run;
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(original[i]);
    if (c == '\r') {
      carriage_returns = true;
      edit_at(i);
      line_ends(out.size(), false);
      out += '\n';
      i += (i + 1 < n && original[i + 1] == '\n') ? 2 : 1;
      copy_from(i);
      continue;
    }
    if (c == 0) {
      const std::size_t at = out.size();
      edit_at(i);
      out += ' ';
      ++i;
      copy_from(i);
      note("nul-byte", "a NUL byte was read as a space", at);
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = decode(original, i, cp);
    if (len == 0) {
      if (policy == Utf8Policy::strict) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", c);
        return grammar::positioned_error(ErrorCode::encoding, std::string("invalid UTF-8: byte ") + hex + " cannot start or continue a character here",
                                         original, i);
      }
      // Only this replacement makes the text longer than what it reads (every other edit gives
      // as many bytes as it takes, or fewer), so out.size() + (n - i) <= max_input_bytes holds
      // throughout: no offset into the normalised text can pass 32 bits.
      if (out.size() + 3 + (n - i - 1) > max_input_bytes) {
        return too_large_to_read("the text, with its bytes that are not UTF-8 replaced by U+FFFD (3 bytes each),", 0);
      }
      const std::size_t at = out.size();
      edit_at(i);
      out += "\xEF\xBF\xBD";
      ++i;
      copy_from(i);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", c);
      note("invalid-utf8", std::string("invalid UTF-8 byte ") + hex + " replaced by U+FFFD", at);
      continue;
    }
    if (greek_or_cyrillic(cp)) {
      // A word with a Greek or Cyrillic letter in it is read whole, once: when it mixes Latin
      // letters with Greek or Cyrillic ones that are all drawn like Latin letters ("Gооd" with
      // Cyrillic "о"), those are read as the Latin letters they look like, and a note says so.
      // A word wholly in Greek or Cyrillic, or with a letter that looks like no Latin one, stays.
      std::size_t word_out = out.size();  // where the word starts in `out`: back over its letters
      bool latin = false, lookalike = false, foreign = false;
      while (word_out > 0) {
        std::size_t k = word_out - 1;
        const auto b = static_cast<unsigned char>(out[k]);
        if (b < 0x80) {
          if (!ascii_letter(b)) break;
          latin = true;
          word_out = k;
          continue;
        }
        while (k > 0 && (static_cast<unsigned char>(out[k]) & 0xC0) == 0x80) --k;
        char32_t before = 0;
        if (decode(out, k, before) != word_out - k || !word_letter(before)) break;
        latin = latin || latin_non_ascii_letter(before);
        word_out = k;
      }
      std::size_t end = i;  // and forward over the rest of it, ignorable characters included
      while (end < n) {
        const auto b = static_cast<unsigned char>(original[end]);
        if (b < 0x80) {
          if (!ascii_letter(b)) break;
          latin = true;
          ++end;
          continue;
        }
        char32_t next = 0;
        const std::size_t next_len = decode(original, end, next);
        if (next_len == 0 || !(word_letter(next) || default_ignorable(next))) break;
        if (latin_non_ascii_letter(next)) latin = true;
        else if (latin_lookalike(next)) lookalike = true;
        else if (greek_or_cyrillic(next)) foreign = true;
        end += next_len;
      }
      const bool mixed = latin && lookalike && !foreign;
      for (std::size_t k = i; k < end;) {
        const auto b = static_cast<unsigned char>(original[k]);
        if (b < 0x80) {
          out += static_cast<char>(b);
          ++k;
          continue;
        }
        char32_t letter = 0;
        const std::size_t letter_len = decode(original, k, letter);
        const char as_latin = mixed ? latin_lookalike(letter) : '\0';
        if (as_latin != '\0' || default_ignorable(letter)) {
          edit_at(k);
          if (as_latin != '\0') out += as_latin;
          copy_from(k + letter_len);
        } else {
          out.append(original.data() + k, letter_len);
        }
        k += letter_len;
      }
      if (mixed) note("confusable", confusable_message(std::string_view(out).substr(word_out)), word_out);
      i = end;
      continue;
    }
    const Action action = action_for(cp);
    if (action == Action::keep) {
      out.append(original.data() + i, len);
      i += len;
      continue;
    }
    edit_at(i);
    switch (action) {
      case Action::keep:
        break;
      case Action::space:
        out += ' ';
        break;
      case Action::drop:
        break;
      case Action::newline:
        line_ends(out.size(), false);
        out += '\n';
        break;
      case Action::bullet:
        out += "\xE2\x80\xA2";
        break;
      case Action::ligature:
        out += ligatures[cp - 0xFB00];
        break;
      case Action::dash:
        out += "\xE2\x80\x93";  // en dash
        break;
    }
    i += len;
    copy_from(i);
  }

  if (too_many_pages) {
    return Error{ErrorCode::limit, "the text has more than " + std::to_string(max_pages) +
                                       " pages (form feeds), more than judgement reads"};
  }
  const std::size_t size = out.size();
  line_ends(size, false);  // the last line
  if (!src.lines_.empty() && src.lines_.back().begin == size && size > 0 && src.lines_.size() > 1) {
    src.lines_.pop_back();  // the empty "line" after a final line break
  }
  if (!src.lines_.empty() && src.lines_.back().end < size) src.last_break_ = out[src.lines_.back().end];

  // A line that normalisation left as it was (no edit starts inside it, and it starts in a
  // stretch copied from the original) is read from the original; only the others are copied,
  // and the whole normalised text is let go.
  src.size_ = size;
  const auto& cps = src.checkpoints_;
  std::size_t c = 0;
  for (Line& line : src.lines_) {
    while (c + 1 < cps.size() && cps[c + 1].text <= line.begin) ++c;
    if (!cps[c].edited && (c + 1 == cps.size() || cps[c + 1].text >= line.end)) {
      line.at = cps[c].original + (line.begin - cps[c].text);
    } else {
      line.edited = 1;
      line.at = to_offset(src.edited_.size());
      src.edited_.append(out, line.begin, line.size());
    }
  }
  std::string().swap(out);
  // The table of lines grew by doubling while it was filled; it is kept for the whole parse,
  // so it is cut to its size now that the whole normalised text is let go (a copy of 16 bytes a
  // line, while the peak of the parse comes later).
  src.lines_.shrink_to_fit();

  // Line starts of the original, where a line ends at LF, CRLF or a lone CR: those after each
  // LF were found as the text was copied; a text with a CR is read again for them.
  if (carriage_returns) {
    src.original_line_starts_.assign(1, 0);
    for (std::size_t k = 0; k < n; ++k) {
      const char ch = original[k];
      if (ch == '\n' || (ch == '\r' && (k + 1 == n || original[k + 1] != '\n'))) {
        src.original_line_starts_.push_back(to_offset(k + 1));
      }
    }
  }
  // Grown as the text was read, and kept for the whole parse: cut to its size.
  src.original_line_starts_.shrink_to_fit();
  return src;
}

namespace {

// How many of the sorted `items` have a key at most `x`: upper_bound's answer, found first where
// the last answer was, since a parse asks for spans mostly in the order of the text.
template <class Items, class Key>
std::size_t count_at_most(const Items& items, std::size_t x, std::size_t& hint, Key key) noexcept {
  const std::size_t size = items.size();
  std::size_t h = std::min(hint, size);
  if ((h == 0 || key(items[h - 1]) <= x) && (h == size || x < key(items[h]))) return h;
  if (h < size && x >= key(items[h]) && (h + 1 == size || x < key(items[h + 1]))) return hint = h + 1;
  // Further away: looked for outward from the hint in steps that double, then by halves between
  // the last two looks, so that an answer a few items on costs a few looks, not a search of the
  // whole table (the next span asked for is mostly a little further on).
  std::size_t lo = 0, hi = size;  // the answer is in [lo, hi]
  std::size_t step = 1;
  if (h < size && x >= key(items[h])) {
    lo = h + 2;  // items[h + 1] <= x too, or the answer would have been h + 1
    while (lo + step - 1 < size && key(items[lo + step - 1]) <= x) {
      lo += step;
      step *= 2;
    }
    hi = std::min(size, lo + step - 1);
  } else {
    hi = h - 1;  // items[h - 1] > x, or the answer would have been h
    while (hi >= step && x < key(items[hi - step])) {
      hi -= step;
      step *= 2;
    }
    lo = hi >= step ? hi - step + 1 : 0;
  }
  h = static_cast<std::size_t>(std::upper_bound(items.begin() + static_cast<std::ptrdiff_t>(lo),
                                                items.begin() + static_cast<std::ptrdiff_t>(hi), x,
                                                [&](std::size_t v, const auto& item) { return v < key(item); }) -
                               items.begin());
  return hint = h;
}

}  // namespace

std::size_t Source::original_offset(std::size_t n, bool as_end) const noexcept {
  // checkpoints_ starts with {0, 0, false}, so at least one has text <= n.
  const std::size_t k = count_at_most(checkpoints_, n, checkpoint_hint_, [](const Checkpoint& c) { return c.text; });
  const Checkpoint& c = checkpoints_[k - 1];
  const std::size_t next_original = k == checkpoints_.size() ? original_.size() : checkpoints_[k].original;
  if (c.edited) return as_end && n > c.text ? next_original : c.original;
  return std::min(c.original + (n - c.text), next_original);
}

std::string_view Source::text(std::size_t begin, std::size_t end, std::string& scratch) const {
  end = std::min(end, size_);
  if (begin >= end) return {};
  // The first line that ends at or after `begin`.
  auto it = std::lower_bound(lines_.begin(), lines_.end(), begin, [](const Line& l, std::size_t v) { return l.end < v; });
  if (it != lines_.end() && it->begin <= begin && end <= it->end) return text(*it).substr(begin - it->begin, end - begin);
  scratch.clear();
  for (std::size_t at = begin; it != lines_.end() && at < end; ++it) {
    if (it->begin > at) {  // the break before this line
      scratch += it->page != (it - 1)->page ? '\f' : '\n';
      at = it->begin;
    }
    const std::size_t to = std::min<std::size_t>(end, it->end);
    if (to > at) scratch.append(text(*it).substr(at - it->begin, to - at));
    at = to;
    if (at < end && at == it->end && it + 1 == lines_.end() && last_break_ != '\0') {
      scratch += last_break_;
      at = end;
    }
  }
  return scratch;
}

std::string Source::normalised_text() const {
  std::string whole;
  return std::string(text(0, size_, whole));
}

Span Source::span(std::size_t begin, std::size_t end) const noexcept {
  Span s;
  s.begin = original_offset(begin);
  s.end = std::max(s.begin, original_offset(end, true));
  const auto same = [](std::size_t v) { return v; };
  s.line = static_cast<std::uint32_t>(count_at_most(original_line_starts_, s.begin, line_hint_, same));
  if (paged_) s.page = static_cast<std::uint32_t>(count_at_most(page_starts_, begin, page_hint_, same)) + 1;
  return s;
}

}  // namespace judgement::detail
