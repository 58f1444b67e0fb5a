#include "scale/words.hpp"

#include "source/simd.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace judgement::detail {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  for (WordSpan w = next_word(text, 0); !w.empty(); w = next_word(text, w.end)) {
    std::string word(w.in(text));
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    words.push_back(std::move(word));
  }
  return words;
}

std::string normalise_phrase(std::string_view text) {
  std::string out;
  for (const std::string& w : words_of(text)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool same_word(std::string_view word, std::string_view lower) noexcept {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
  }
  return true;
}

namespace {

// 1..26 for an ASCII letter of either case, else 0.
constexpr std::array<std::uint8_t, 256> letter_numbers = [] {
  std::array<std::uint8_t, 256> t{};
  for (std::size_t c = 'a'; c <= 'z'; ++c) t[c] = static_cast<std::uint8_t>(c - 'a' + 1);
  for (std::size_t c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<std::uint8_t>(c - 'A' + 1);
  return t;
}();

constexpr std::size_t no_start = static_cast<std::size_t>(-1);

// The bit of a word's start: its first three letters, up to the first byte that is no ASCII
// letter; no_start for a word that does not start with an ASCII letter. `s` is where the word
// starts and `n` the bytes there are from it (which may run past the word: the first byte that
// is no letter ends what counts).
inline std::size_t start_index(const unsigned char* s, std::size_t n) {
  const std::size_t l0 = letter_numbers[s[0]];
  if (l0 == 0) return no_start;
  const std::size_t l1 = n > 1 ? letter_numbers[s[1]] : 0;
  const std::size_t l2 = l1 != 0 && n > 2 ? letter_numbers[s[2]] : 0;
  return (l0 * 27 + l1) * 27 + l2;
}

std::size_t start_index(std::string_view word) {
  return start_index(reinterpret_cast<const unsigned char*>(word.data()), word.size());
}

// A word without a footnote mark glued to its end: one or two digits after a letter
// ("Inadequate1"), as the readers take it off a grade.
std::string_view without_mark(std::string_view word) {
  std::size_t end = word.size();
  while (end > 0 && word[end - 1] >= '0' && word[end - 1] <= '9') --end;
  const std::size_t digits = word.size() - end;
  return digits > 0 && digits <= 2 && end > 0 && letter_numbers[static_cast<unsigned char>(word[end - 1])] != 0
             ? word.substr(0, end)
             : word;
}

bool ascii_alnum(unsigned char c) { return c < 0x80 && byte_kinds[c] == ByteKind::word; }

}  // namespace

GradeWords::GradeWords(const GradeScale& scale) {
  add("grade");
  add_scale(scale);
  fill_lanes();
}

GradeWords::GradeWords(const std::vector<GradeScale>& scales) {
  add("grade");
  for (const GradeScale& scale : scales) add_scale(scale);
  fill_lanes();
}

void GradeWords::add_scale(const GradeScale& scale) {
  for (const Grade& g : scale.grades()) {
    add(g.label);
    for (const std::string& alias : g.aliases) add(alias);
  }
}

void GradeWords::fill_lanes() {
  for (std::size_t k = 0; k < kLetters; ++k) letter_lanes_[k].fill(letters_[k < letter_count_ ? k : 0]);
}

void GradeWords::add(std::string_view phrase) {
  const std::vector<std::string> words = words_of(phrase);
  wordless_ = wordless_ || words.empty();
  if (words.empty() || std::find(keys_.begin(), keys_.end(), words.front()) != keys_.end()) return;
  const std::string& word = words.front();
  keys_.push_back(word);
  const std::size_t k = start_index(word);
  if (k == no_start) {
    other_starts_ = true;
  } else {
    starts_[k / 64] |= std::uint64_t{1} << (k % 64);
  }
  const auto first = static_cast<unsigned char>(word.front());
  first_[first] = true;
  if (first >= 'a' && first <= 'z') {
    first_[first - 'a' + 'A'] = true;
    // Past kLetters the count only says there are too many for the vector scan, which is then
    // not used; the letters beyond are not kept (nor looked through).
    const auto kept = letters_.begin() + static_cast<std::ptrdiff_t>(std::min(letter_count_, kLetters));
    if (letter_count_ > kLetters || std::find(letters_.begin(), kept, first) == kept) {
      if (letter_count_ < kLetters) letters_[letter_count_] = first;
      ++letter_count_;
    }
  }
}

bool GradeWords::key(std::string_view word) const noexcept {
  if (word.empty() || !may_be_key(start_index(word))) return false;
  word = without_mark(word);
  return std::any_of(keys_.begin(), keys_.end(), [&](const std::string& key) { return same_word(word, key); });
}

bool GradeWords::may_start(std::string_view word) const noexcept {
  if (word.empty()) return wordless_;
  if (word.size() <= 3 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  return key(word);
}

bool GradeWords::key_at(std::string_view text, std::size_t at) const noexcept {
  const auto* const s = reinterpret_cast<const unsigned char*>(text.data());
  if (!may_be_key(start_index(s + at, text.size() - at))) return false;
  // A word starts here: the text starts here, or a separator or a Unicode space ends here.
  if (at > 0 && (s[at - 1] < 0x80 ? ascii_alnum(s[at - 1])
                                  : !((at >= 2 && unicode_space_at(text, at - 2) == 2) ||
                                      (at >= 3 && unicode_space_at(text, at - 3) == 3)))) {
    return false;
  }
  std::size_t end = at;
  while (end < text.size() && byte_kinds[s[end]] != ByteKind::separator &&
         (byte_kinds[s[end]] != ByteKind::space_lead || unicode_space_at(text, end) == 0)) {
    ++end;
  }
  return key(text.substr(at, end - at));
}

#if JUDGEMENT_SSE2
template <std::size_t K>
std::size_t GradeWords::find_sse2(std::string_view text, std::size_t from) const noexcept {
  // Sixteen bytes at a time: a byte equal to a first letter (lower-cased: c | 0x20 is one of
  // them only for its two cases), after a byte that is not a lower-case letter.
  const auto* const s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const __m128i case_bit = _mm_set1_epi8(0x20);
  __m128i letters[K];
  for (std::size_t k = 0; k < K; ++k) letters[k] = _mm_load_si128(reinterpret_cast<const __m128i*>(letter_lanes_[k].data()));
  // A byte after a lower-case letter starts no word; one after a capital or a digit is let
  // through to key_at(), which looks again (rarer in text, and one compare fewer here). The
  // byte plus 0x80 - 'a' wraps 'a'..'z' onto the 26 smallest signed bytes.
  const __m128i to_lower_range = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i past_lower_range = _mm_set1_epi8(static_cast<char>(-128 + 26));
  // The candidates among the sixteen bytes from s[at] (at > 0), as a bit mask.
  auto candidates = [&](std::size_t at) {
    const __m128i cur = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at)), case_bit);
    __m128i first = _mm_cmpeq_epi8(cur, letters[0]);
    for (std::size_t k = 1; k < K; ++k) first = _mm_or_si128(first, _mm_cmpeq_epi8(cur, letters[k]));
    const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at - 1));
    const __m128i lower = _mm_cmplt_epi8(_mm_add_epi8(prev, to_lower_range), past_lower_range);
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(lower, first)));
  };
  std::size_t i = from;
  for (; i + 16 <= n; i += 16) {
    for (auto mask = candidates(i); mask != 0; mask &= mask - 1) {
      const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(mask));
      if (may_be_key(start_index(s + at, n - at)) && key_at(text, at)) return at;
    }
  }
  if (i < n && n > 16) {
    // The last bytes: the sixteen that end the text, less those looked at above.
    const std::size_t last = n - 16;
    for (auto mask = candidates(last) >> (i - last); mask != 0; mask &= mask - 1) {
      const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(mask));
      if (may_be_key(start_index(s + at, n - at)) && key_at(text, at)) return at;
    }
    return std::string_view::npos;
  }
  for (; i < n; ++i) {
    if (first_[s[i]] && !ascii_alnum(s[i - 1]) && key_at(text, i)) return i;
  }
  return std::string_view::npos;
}
#endif

std::size_t GradeWords::find(std::string_view text, std::size_t from) const noexcept {
  // The candidates are the bytes that start a key (its first letter in either case) after a
  // byte that is no ASCII letter or digit; each is checked for a word start and a key. The
  // first byte of the text is checked here, so that the scans below can look at the byte
  // before each.
  const auto* const s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  if (from >= n) return std::string_view::npos;
  if (wordless_) return from;
  if (from == 0) {
    if (first_[s[0]] && key_at(text, 0)) return 0;
    from = 1;
  }
#if JUDGEMENT_SSE2
  if (letter_count_ <= kLetters && !other_starts_) {
    // The letters compared as a fixed four or eight (the first repeated), so the compares unroll.
    if (letter_count_ <= 4) return find_sse2<4>(text, from);
    return find_sse2<kLetters>(text, from);
  }
#endif
  for (std::size_t i = from; i < n; ++i) {
    if (first_[s[i]] && !ascii_alnum(s[i - 1]) && key_at(text, i)) return i;
  }
  return std::string_view::npos;
}

const GradeWords& grade_words_of(const GradeScale& scale, std::optional<GradeWords>& storage) {
  const std::vector<GradeScale>& builtin = ScaleRegistry::builtin().scales();
  static const std::vector<GradeWords> compiled = [&] {
    std::vector<GradeWords> words;
    words.reserve(builtin.size());
    for (const GradeScale& s : builtin) words.emplace_back(s);
    return words;
  }();
  for (std::size_t k = 0; k < builtin.size(); ++k) {
    if (&builtin[k] == &scale) return compiled[k];
  }
  return storage.emplace(scale);
}

const GradeWords& grade_words_of(const ScaleRegistry& scales, std::optional<GradeWords>& storage) {
  static const GradeWords builtin(ScaleRegistry::builtin().scales());
  if (&scales == &ScaleRegistry::builtin()) return builtin;
  return storage.emplace(scales.scales());
}

}  // namespace judgement::detail
