#include <charconv>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/scale.hpp"
#include "scale/words.hpp"

JUDGEMENT_BEGIN_NAMESPACE

GradeScale::GradeScale(std::string id, std::string name, std::vector<Grade> grades)
    : id_(std::move(id)), name_(std::move(name)), grades_(std::move(grades)) {
  const std::size_t n = grades_.size();
  for (std::size_t r = 0; r < n; ++r) {
    Grade& g = grades_[r];
    g.rank = r;
    g.position = n > 1 ? 1.0 - static_cast<double>(r) / static_cast<double>(n - 1) : 1.0;
    phrases_.emplace_back(detail::normalise_phrase(g.label), r);
    for (const std::string& alias : g.aliases) phrases_.emplace_back(detail::normalise_phrase(alias), r);
  }
  lower_code_is_better_ = n > 1 && grades_.front().code && grades_.back().code &&
                          *grades_.front().code < *grades_.back().code;
}

const Grade* GradeScale::by_code(int code) const noexcept {
  for (const Grade& g : grades_) {
    if (g.code == code) return &g;
  }
  return nullptr;
}

const Grade* GradeScale::by_label(std::string_view label) const noexcept {
  try {
    const std::string phrase = detail::normalise_phrase(label);
    for (const auto& [p, index] : phrases_) {
      if (p == phrase) return &grades_[index];
    }
  } catch (...) {  // allocation failure: no match rather than an exception through noexcept
  }
  return nullptr;
}

namespace {

// A word of the text as detail::words_of cuts it, without a copy: the bytes stand in the text,
// and compare lower-cased (words_of lower-cases ASCII letters and keeps every other byte).
struct WordView {
  const char* data;
  std::size_t size;
};

bool is_ascii_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// As detail::words_of's Unicode spaces (scale/words.cpp): the same bytes end a word.
std::size_t unicode_space_at(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) >= 0x80 && b(i + 2) <= 0x8B) return 3;
  if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) == 0xAF) return 3;
  return 0;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether the words, joined by single spaces and lower-cased, spell `phrase` (a normalised
// phrase: lower-case words joined by single spaces).
bool spells(std::string_view phrase, const WordView* words, std::size_t n, std::size_t joined_size) {
  if (phrase.size() != joined_size) return false;
  std::size_t at = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (k > 0) {
      if (at >= phrase.size() || phrase[at] != ' ') return false;
      ++at;
    }
    const WordView& w = words[k];
    if (phrase.size() - at < w.size) return false;
    for (std::size_t i = 0; i < w.size; ++i) {
      if (phrase[at + i] != lower(w.data[i])) return false;
    }
    at += w.size;
  }
  return at == phrase.size();
}

bool is_word(const WordView& w, std::string_view lower_word) {
  if (w.size != lower_word.size()) return false;
  for (std::size_t i = 0; i < w.size; ++i) {
    if (lower(w.data[i]) != lower_word[i]) return false;
  }
  return true;
}

// The length of the words joined by single spaces: a phrase of another length cannot spell them.
std::size_t joined_size(const WordView* words, std::size_t n) {
  std::size_t size = n > 0 ? n - 1 : 0;
  for (std::size_t k = 0; k < n; ++k) size += words[k].size;
  return size;
}

// A grade number as written: one to three digits (codes are small; longer runs are not codes).
std::optional<int> small_number(const WordView& word) {
  if (word.size == 0 || word.size > 3) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(word.data, word.data + word.size, value);
  if (ec != std::errc{} || end != word.data + word.size) return std::nullopt;
  return value;
}

// Views of a text's words: in place for the short texts match mostly reads, else on the heap.
class Words {
 public:
  void push(WordView w) {
    if (heap_.empty() && n_ < kInline) {
      inline_[n_++] = w;
      return;
    }
    if (heap_.empty()) heap_.assign(inline_, inline_ + n_);
    heap_.push_back(w);
    ++n_;
  }
  [[nodiscard]] const WordView* data() const { return heap_.empty() ? inline_ : heap_.data(); }
  [[nodiscard]] std::size_t size() const { return n_; }

 private:
  static constexpr std::size_t kInline = 24;
  WordView inline_[kInline];
  std::vector<WordView> heap_;
  std::size_t n_ = 0;
};

}  // namespace

std::optional<GradeMatch> GradeScale::match(std::string_view text) const noexcept {
  // The words of the text (detail::words_of), as views; no allocation. Called for many short
  // pieces of every document (table cells, the ends of sentences), so it must be cheap.
  try {
    Words all;
    Words rest;
    std::size_t begin = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
      const auto c = static_cast<unsigned char>(text[i]);
      std::size_t space = 0;
      bool word_byte = false;
      if (c < 0x80) {
        word_byte = is_ascii_word_byte(c);
        space = word_byte ? 0 : 1;
      } else {
        space = unicode_space_at(text, i);
        word_byte = space == 0;
      }
      if (word_byte) {
        if (!in_word) {
          begin = i;
          in_word = true;
        }
        ++i;
        continue;
      }
      if (in_word) {
        all.push({text.data() + begin, i - begin});
        in_word = false;
      }
      i += space;
    }
    if (in_word) all.push({text.data() + begin, text.size() - begin});
    const WordView* const words = all.data();
    const std::size_t n = all.size();

    // A label may itself end in a number ("Tier 1"); only when the whole text is no label is a
    // number read as a code.
    const std::size_t whole_size = joined_size(words, n);
    for (const auto& [p, index] : phrases_) {
      if (spells(p, words, n, whole_size)) return GradeMatch{&grades_[index], false};
    }
    std::optional<int> code;
    // "Grade 4" anywhere in the phrase; else a number before or after the words ("4 (Inadequate)").
    for (std::size_t i = 0; i + 1 < n; ++i) {
      if (is_word(words[i], "grade") && (code = small_number(words[i + 1]))) {
        for (std::size_t k = 0; k < n; ++k) {
          if (k != i && k != i + 1) rest.push(words[k]);
        }
        break;
      }
    }
    if (!code) {
      std::size_t from = 0, to = n;
      if (n > 1) {
        if ((code = small_number(words[0]))) {
          from = 1;
        } else if ((code = small_number(words[n - 1]))) {
          to = n - 1;
        }
      }
      for (std::size_t k = from; k < to; ++k) rest.push(words[k]);
    }
    const std::size_t m = rest.size();
    if (m == 0) {
      if (!code) return std::nullopt;
      const Grade* g = by_code(*code);
      if (!g) return std::nullopt;
      return GradeMatch{g, true};
    }
    const std::size_t rest_size = joined_size(rest.data(), m);
    for (const auto& [p, index] : phrases_) {
      if (!spells(p, rest.data(), m, rest_size)) continue;
      const Grade& g = grades_[index];
      if (code && g.code != code) return std::nullopt;  // "Good (Grade 4)": the text disagrees with itself
      return GradeMatch{&g, code.has_value()};
    }
  } catch (...) {  // allocation failure: no match rather than an exception through noexcept
  }
  return std::nullopt;
}

JUDGEMENT_END_NAMESPACE
