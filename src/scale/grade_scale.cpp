#include <algorithm>
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

// Does the normalised phrase start with `word` as its first word?
bool starts_phrase(std::string_view phrase, const WordView& word) {
  if (phrase.size() < word.size || (phrase.size() > word.size && phrase[word.size] != ' ')) return false;
  for (std::size_t i = 0; i < word.size; ++i) {
    if (phrase[i] != lower(word.data[i])) return false;
  }
  return true;
}

}  // namespace

std::optional<GradeMatch> GradeScale::match(std::string_view text) const noexcept {
  // The words of the text (detail::words_of), as views; no allocation. Called for many short
  // pieces of every document (table cells, the ends of sentences), so it must be cheap: a text
  // is read as a grade only if it starts with a grade's first word, "Grade" or a number, and
  // nothing past its first word is looked at when it does not.
  try {
    const detail::WordSpan first = detail::next_word(text, 0);
    if (first.empty()) {
      // Text without words spells only a label without words, which define_scales() refuses
      // but a scale built in code may have.
      for (const auto& [p, index] : phrases_) {
        if (p.empty()) return GradeMatch{&grades_[index], false};
      }
      return std::nullopt;
    }
    const WordView head{text.data() + first.begin, first.end - first.begin};
    if (!small_number(head) && !is_word(head, "grade") &&
        std::none_of(phrases_.begin(), phrases_.end(), [&](const auto& p) { return starts_phrase(p.first, head); })) {
      return std::nullopt;
    }
    Words all;
    Words rest;
    all.push(head);
    for (detail::WordSpan w = detail::next_word(text, first.end); !w.empty(); w = detail::next_word(text, w.end)) {
      all.push({text.data() + w.begin, w.end - w.begin});
    }
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
