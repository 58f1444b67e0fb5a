#include "layout/line.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <charconv>
#include <cstring>

#include "source/simd.hpp"

namespace judgement::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '\f')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Bullet glyphs after source normalisation: U+2022 (every private-use and geometric bullet has
// become it), and the ASCII and dash forms converters and Markdown use.
std::size_t bullet_length(std::string_view s) {
  if (s.starts_with("\xE2\x80\xA2")) return 3;                                  // •
  if (s.starts_with("\xE2\x80\x93") || s.starts_with("\xE2\x80\x94")) return 3;  // – —
  if (s.starts_with("\xE2\x97\xA6")) return 3;                                  // ◦
  if (s.starts_with("\xC2\xB7")) return 2;                                      // ·
  if (!s.empty() && (s.front() == '-' || s.front() == '*' || s.front() == 'o')) return 1;
  // A numbered recommendation, as Welsh and Scottish reports label them: "R1", "R12".
  if (s.size() >= 2 && s[0] == 'R' && is_digit(s[1])) {
    const std::size_t n = s.size() >= 3 && is_digit(s[2]) ? 3 : 2;
    if (n < s.size() && (s[n] == ' ' || s[n] == '\t')) return n;
  }
  return 0;
}

// "12." "3.14." "7.1" "1204." at the start of `s`, followed by a space or the end, or "10." glued to
// an upper-case letter: returns its length (without the space) and fills the number and its label.
std::size_t paragraph_number(std::string_view s, int& number, std::string_view& label) {
  std::size_t i = 0;
  int parts = 0;
  int last = 0;
  while (i < s.size()) {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i]) && i - start < 5) ++i;
    if (i == start || i - start > 4 || (i < s.size() && is_digit(s[i]))) return 0;
    std::from_chars(s.data() + start, s.data() + i, last);
    ++parts;
    if (i < s.size() && s[i] == '.' ) {
      if (i + 1 < s.size() && is_digit(s[i + 1])) {
        ++i;
        continue;
      }
      ++i;  // the final dot
      label = s.substr(0, i - 1);
      break;
    }
    // No final dot: accepted only for a dotted number ("7.1 The text"); "12 text" is a figure,
    // and "2.5 per cent of ..." a decimal that a sentence goes on from in lower case.
    if (parts < 2) return 0;
    std::size_t next = i;
    while (next < s.size() && is_space(s[next])) ++next;
    if (next < s.size() && s[next] >= 'a' && s[next] <= 'z') return 0;
    label = s.substr(0, i);
    break;
  }
  // A number glued to its text ("10.Ensure that ..."), as some conversions set it: a number of
  // at most three digits, its dot, an upper-case letter (a decimal or a date has a digit after
  // its dot, a section number "3.2.Ensure" more parts).
  const bool glued = parts == 1 && label.size() <= 3 && i < s.size() && s[i] >= 'A' && s[i] <= 'Z';
  if (i < s.size() && !is_space(s[i]) && !glued) return 0;
  if (last == 0 || label.size() > 0xFFFF) return 0;  // a run of dotted numbers that long is no paragraph number
  number = last;
  return i;
}

// Where the first ':' of `s` is, when it is within its first `reach` bytes (at most 33), or npos.
std::size_t colon_within(std::string_view s, std::size_t reach);

// "Inspection dates: ...", "Lead inspector:" — a label of one to four words and a colon.
bool starts_with_label(std::string_view s) {
  if (s.empty() || !(s.front() >= 'A' && s.front() <= 'Z')) return false;
  const std::size_t colon = colon_within(s, 33);
  if (colon == std::string_view::npos || colon == 0) return false;
  int words = 1;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = s[i];
    if (c == ' ') {
      ++words;
    } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-' || c == '*')) {
      return false;
    }
  }
  return words <= 4 && (colon + 1 == s.size() || s[colon + 1] == ' ' || s[colon + 1] == '\t' || s[colon + 1] == '*');
}

#if JUDGEMENT_SSE2
// The `n` bytes at p (n < 16), padded with NULs, without reading past them: two loads that may
// overlap, where a copy into a padded buffer would cost a call.
__m128i load_short(const char* p, std::size_t n) {
  std::uint64_t low = 0, high = 0;
  if (n >= 8) {
    std::memcpy(&low, p, 8);
    if (n > 8) {
      std::memcpy(&high, p + n - 8, 8);
      high >>= 8 * (16 - n);  // bytes 8..n-1 of p
    }
  } else if (n >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    low = first | std::uint64_t{last} << (8 * (n - 4));  // the bytes both hold are the same
  } else if (n > 0) {
    const auto byte = [p](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])}; };
    low = byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
  }
  return _mm_set_epi64x(static_cast<long long>(high), static_cast<long long>(low));
}
#endif

std::size_t colon_within(std::string_view s, std::size_t reach) {
  const std::size_t n = std::min(s.size(), reach);
#if JUDGEMENT_SSE2
  // Sixteen bytes at a time, without a call: every line is asked.
  const __m128i colon = _mm_set1_epi8(':');
  for (std::size_t i = 0; i < n; i += 16) {
    const __m128i bytes = n - i >= 16 ? _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i))
                                      : load_short(s.data() + i, n - i);
    if (const auto hits = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, colon)))) {
      return i + static_cast<std::size_t>(std::countr_zero(hits));
    }
  }
  return std::string_view::npos;
#else
  return s.substr(0, n).find(':');
#endif
}

}  // namespace

bool ends_sentence(std::string_view text) {
  // Only the end is read: the space trim() takes off the front is nothing a sentence ends with.
  while (!text.empty() && (is_space(text.back()) || text.back() == '\r')) text.remove_suffix(1);
  while (!text.empty()) {
    const char c = text.back();
    if (c == '.' || c == '?' || c == '!') return true;
    if (c == ')' || c == '"' || c == '\'' || c == '*' || c == '_') {  // closing quotes, brackets, emphasis
      text.remove_suffix(1);
      continue;
    }
    if (text.ends_with("\xE2\x80\x99") || text.ends_with("\xE2\x80\x9D")) {  // ’ ”
      text.remove_suffix(3);
      continue;
    }
    return false;
  }
  return false;
}

bool starts_lower(std::string_view text) {
  // Only the front is read: the first byte that is no space, tab or form feed.
  for (const char c : text) {
    if (is_space(c) || c == '\f') continue;
    return c >= 'a' && c <= 'z';
  }
  return false;
}

bool all_capitals(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 3;
}

LineShape shape_of(std::string_view line, bool numbers) {
  LineShape shape;
  std::size_t lead = 0;
  while (lead < line.size() && (is_space(line[lead]) || line[lead] == '\f')) ++lead;
  shape.indent = static_cast<std::uint32_t>(lead);
  std::string_view s = line.substr(lead);  // trim(line), its front already passed
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty()) {
    shape.blank = true;
    return shape;
  }
  std::size_t offset = lead;
  auto set_label = [&](std::string_view label) {
    shape.label_column = static_cast<std::uint32_t>(label.data() - line.data());
    shape.label_length = static_cast<std::uint16_t>(label.size());
  };
  auto take = [&](std::size_t n) {
    s.remove_prefix(n);
    offset += n;
    while (!s.empty() && is_space(s.front())) {
      s.remove_prefix(1);
      ++offset;
    }
  };

  if (s.front() == '#') {
    std::size_t hashes = 0;
    while (hashes < s.size() && s[hashes] == '#') ++hashes;
    if (hashes <= 6 && (hashes == s.size() || is_space(s[hashes]))) {
      shape.marker = Marker::markdown_heading;
      shape.heading_level = static_cast<std::uint8_t>(hashes);
      take(hashes);
    }
  }
  if (shape.marker == Marker::none) {
    // A Markdown list item may carry a paragraph number: "- 12. text".
    const std::size_t b = bullet_length(s);
    if (b > 0 && b < s.size() && is_space(s[b])) {
      std::string_view rest = trim(s.substr(b));
      int number = 0;
      std::string_view label;
      if (const std::size_t n = numbers ? paragraph_number(rest, number, label) : 0) {
        take(b);
        shape.marker = n == s.size() ? Marker::number_only : Marker::number;
        shape.number = number;
        set_label(label);
        take(n);
        if (s.empty()) shape.marker = Marker::number_only;
      } else {
        shape.marker = Marker::bullet;
        take(b);
      }
    } else if (b > 0 && b == s.size() && b > 1) {
      shape.marker = Marker::bullet;  // a bullet glyph alone; its text is on the next line
      take(b);
    } else {
      int number = 0;
      std::string_view label;
      if (const std::size_t n = numbers ? paragraph_number(s, number, label) : 0) {
        shape.number = number;
        set_label(label);
        take(n);
        shape.marker = s.empty() ? Marker::number_only : Marker::number;
      }
    }
  }
  if (s.size() >= 4 && s.starts_with("**") && s.ends_with("**")) {
    shape.bold = true;
    s = trim(s.substr(2, s.size() - 4));
    offset += 2;
    while (offset < line.size() && is_space(line[offset])) ++offset;
  }
  assert(s.data() == line.data() + offset);  // content() is the place the shape keeps
  shape.content_length = static_cast<std::uint32_t>(s.size());
  shape.content_column = static_cast<std::uint32_t>(offset);
  shape.labelled = starts_with_label(s);

  // Wide gaps inside the content: a tab, or a run of three spaces or more (pdftotext -layout
  // sets table columns apart this way; justified prose has at most two).
  const auto gap_to = [&](std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && is_space(s[j])) ++j;
    ++shape.gaps;
    shape.last_gap_column = static_cast<std::uint32_t>(offset + j);
    return j;
  };
#if JUDGEMENT_SSE2
  // Sixteen bytes at a time: a gap starts at a tab or at the first of three spaces. The last
  // few bytes are read padded with NULs, which are neither.
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i tab = _mm_set1_epi8('\t');
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t left = s.size() - i;
    __m128i bytes;
    if (left >= 16) {
      bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    } else {
      bytes = load_short(s.data() + i, left);
    }
    const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, space)));
    const auto tabs = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, tab)));
    // Starts seen whole: the first fourteen positions (a run of three from the fifteenth
    // reaches past the sixteen bytes), or all that are left.
    const unsigned seen = left > 16 ? 0x3FFFU : 0xFFFFU;
    const unsigned starts = (tabs | (spaces & spaces >> 1 & spaces >> 2)) & seen;
    if (starts == 0) {
      i += left > 16 ? 14 : left;
      continue;
    }
    i = gap_to(i + static_cast<std::size_t>(std::countr_zero(starts)));
  }
#else
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '\t' || (s[i] == ' ' && i + 2 < s.size() && s[i + 1] == ' ' && s[i + 2] == ' ')) {
      i = gap_to(i);
    } else {
      ++i;
    }
  }
#endif
  return shape;
}

}  // namespace judgement::detail
