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

// A grade number as written: one to three digits (codes are small; longer runs are not codes).
std::optional<int> small_number(const std::string& word) {
  if (word.empty() || word.size() > 3) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
  if (ec != std::errc{} || end != word.data() + word.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<GradeMatch> GradeScale::match(std::string_view text) const noexcept {
  try {
    std::vector<std::string> words = detail::words_of(text);
    auto joined = [&words] {
      std::string phrase;
      for (const std::string& w : words) {
        if (!phrase.empty()) phrase += ' ';
        phrase += w;
      }
      return phrase;
    };
    // A label may itself end in a number ("Tier 1"); only when the whole text is no label is a
    // number read as a code.
    const std::string whole = joined();
    for (const auto& [p, index] : phrases_) {
      if (p == whole) return GradeMatch{&grades_[index], false};
    }
    std::optional<int> code;
    // "Grade 4" anywhere in the phrase; else a number before or after the words ("4 (Inadequate)").
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (words[i] == "grade" && (code = small_number(words[i + 1]))) {
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        break;
      }
    }
    if (!code && words.size() > 1) {
      if ((code = small_number(words.front()))) {
        words.erase(words.begin());
      } else if ((code = small_number(words.back()))) {
        words.pop_back();
      }
    }
    const std::string phrase = joined();
    if (phrase.empty()) {
      if (!code) return std::nullopt;
      const Grade* g = by_code(*code);
      if (!g) return std::nullopt;
      return GradeMatch{g, true};
    }
    for (const auto& [p, index] : phrases_) {
      if (p != phrase) continue;
      const Grade& g = grades_[index];
      if (code && g.code != code) return std::nullopt;  // "Good (Grade 4)": the text disagrees with itself
      return GradeMatch{&g, code.has_value()};
    }
  } catch (...) {  // allocation failure: no match rather than an exception through noexcept
  }
  return std::nullopt;
}

JUDGEMENT_END_NAMESPACE
