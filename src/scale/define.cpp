// define_scales(): the meaning of the scale definition language. The grammar
// (src/grammar/scale_language.*) only reads the text; this file checks what was read and builds
// the scales, reporting the first problem at the token that causes it.
#include <charconv>
#include <cstddef>
#include <initializer_list>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "grammar/error_position.hpp"
#include "grammar/scale_ast.hpp"
#include "grammar/scale_language.hpp"
#include "judgement/scale.hpp"
#include "scale/words.hpp"

JUDGEMENT_BEGIN_NAMESPACE

namespace {

using grammar::scale_ast::GradeDef;
using grammar::scale_ast::ScaleDef;
using grammar::scale_ast::ScaleDefs;
using grammar::scale_ast::Token;

// Messages are built by appending rather than with operator+, which g++ 12 at -O3 flags with a
// false -Wrestrict (GCC bug 105329).
std::string cat(std::initializer_list<std::string_view> parts) {
  std::size_t size = 0;
  for (std::string_view p : parts) size += p.size();
  std::string out;
  out.reserve(size);
  for (std::string_view p : parts) out.append(p);
  return out;
}

std::string quoted(std::string_view s) { return cat({"'", s, "'"}); }

std::string line_of(std::string_view text, const Token& token) {
  return cat({"line ", std::to_string(grammar::locate(text, token.offset).line)});
}

Error error_at(std::string_view text, const Token& at, std::string message) {
  return grammar::positioned_error(ErrorCode::scale_definition, std::move(message), text, at.offset);
}

bool valid_id(std::string_view id) {
  const auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (id.empty() || !lower_or_digit(id.front())) return false;
  for (const char c : id) {
    if (!lower_or_digit(c) && c != '-') return false;
  }
  return true;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\v\f") == std::string_view::npos; }

/// The band a grade gets from where it sits when the definition gives none: the best grade is
/// outstanding, the worst inadequate, and the others spread evenly between, rounding half up
/// (so 4 grades give each band once, and 6 give 0,1,1,2,2,3).
Band band_by_position(std::size_t rank, std::size_t grades) {
  const std::size_t steps = grades - 1;
  return static_cast<Band>((6 * rank + steps) / (2 * steps));
}

class ScaleBuilder {
 public:
  ScaleBuilder(std::string_view text, const ScaleDef& def) : text_(text), def_(def) {}

  Result<GradeScale> build() {
    if (blank(def_.name.text)) return fail(def_.name, {"the scale's name is blank"});
    const std::size_t n = def_.grades.size();
    if (n < 2) {
      return fail(def_.id, {"scale ", quoted(def_.id.text), " has ", std::to_string(n),
                            n == 1 ? " grade" : " grades", "; a scale needs at least 2"});
    }
    grades_.reserve(n);
    for (const GradeDef& g : def_.grades) {
      Grade grade;
      grade.label = g.label.text;
      if (auto e = claim(g.label, grades_.size(), true)) return *std::move(e);
      if (auto e = read_code(g, grade)) return *std::move(e);
      if (auto e = read_band(g, grade)) return *std::move(e);
      for (const Token& alias : g.aliases) {
        if (auto e = claim(alias, grades_.size(), false)) return *std::move(e);
        grade.aliases.push_back(alias.text);
      }
      grades_.push_back(std::move(grade));
    }
    return GradeScale(def_.id.text, def_.name.text, std::move(grades_));
  }

 private:
  /// A label or alias that every later one must differ from, in the form GradeScale looks
  /// labels up in, so that no two can be told apart only by case, spacing or punctuation.
  struct Phrase {
    std::string normal;
    const Token* token;
    std::size_t grade;
    bool is_label;
  };

  Error fail(const Token& at, std::initializer_list<std::string_view> message) const {
    return error_at(text_, at, cat(message));
  }

  const std::string& label_of(std::size_t grade) const { return def_.grades[grade].label.text; }

  std::optional<Error> claim(const Token& token, std::size_t grade, bool is_label) {
    std::string normal = detail::normalise_phrase(token.text);
    if (normal.empty()) {
      return fail(token, {is_label ? "a grade label" : "an alias", " needs at least one letter or digit"});
    }
    for (const Phrase& p : phrases_) {
      if (p.normal != normal) continue;
      const std::string earlier =
          p.is_label ? cat({"the label ", quoted(p.token->text)})
                     : cat({"the alias ", quoted(p.token->text), " of ", quoted(label_of(p.grade))});
      return fail(token, {quoted(token.text), " repeats ", earlier, " (", line_of(text_, *p.token),
                          "): labels and aliases must differ within a scale, ignoring case, spacing and "
                          "punctuation"});
    }
    phrases_.push_back(Phrase{std::move(normal), &token, grade, is_label});
    return std::nullopt;
  }

  std::optional<Error> read_code(const GradeDef& g, Grade& grade) {
    const GradeDef& first = def_.grades.front();
    if (g.code.has_value() != first.code.has_value()) {
      if (first.code) {
        return fail(g.label, {"grade ", quoted(g.label.text), " has no code, but ", quoted(first.label.text),
                              " has one: give every grade a code, or none"});
      }
      return fail(*g.code, {"grade ", quoted(g.label.text), " has a code, but ", quoted(first.label.text),
                            " has none: give every grade a code, or none"});
    }
    if (!g.code) return std::nullopt;

    const std::string& digits = g.code->text;
    int code = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code);
    if (ec != std::errc{} || end != digits.data() + digits.size()) {
      return fail(*g.code, {"code ", digits, " is too large"});
    }
    grade.code = code;

    const std::size_t i = grades_.size();
    if (i == 0) return std::nullopt;
    const Grade& previous = grades_.back();
    const int before = *previous.code;
    if (code == before) {
      return fail(*g.code, {"code ", digits, " of ", quoted(g.label.text), " repeats the code of ",
                            quoted(previous.label), ": every grade needs its own code"});
    }
    // The first two grades set the direction; every later code must keep to it.
    if (i >= 2) {
      const bool rising = *grades_[1].code > *grades_[0].code;
      if ((code > before) != rising) {
        return fail(*g.code, {"code ", digits, " of ", quoted(g.label.text), " is out of order: codes ",
                              rising ? "rise" : "fall", " from the best grade to the worst, so it must be ",
                              rising ? "greater" : "less", " than ", std::to_string(before), " (",
                              quoted(previous.label), ")"});
      }
    }
    return std::nullopt;
  }

  std::optional<Error> read_band(const GradeDef& g, Grade& grade) {
    const GradeDef& first = def_.grades.front();
    if (g.band.has_value() != first.band.has_value()) {
      if (first.band) {
        return fail(g.label, {"grade ", quoted(g.label.text), " has no band, but ", quoted(first.label.text),
                              " has one: give every grade a band, or none"});
      }
      return fail(*g.band, {"grade ", quoted(g.label.text), " has a band, but ", quoted(first.label.text),
                            " has none: give every grade a band, or none"});
    }
    const std::size_t i = grades_.size();
    if (!g.band) {
      grade.band = band_by_position(i, def_.grades.size());
      return std::nullopt;
    }
    const std::optional<Band> band = band_from_string(g.band->text);
    if (!band) {
      return fail(*g.band, {"unknown band ", quoted(g.band->text),
                            ": the bands are outstanding, good, requires_improvement and inadequate"});
    }
    if (i > 0 && *band < grades_.back().band) {
      const Grade& previous = grades_.back();
      return fail(*g.band, {"band ", to_string(*band), " of ", quoted(g.label.text), " is better than band ",
                            to_string(previous.band), " of ", quoted(previous.label),
                            ", the grade before it: bands must not get better as grades get worse"});
    }
    grade.band = *band;
    return std::nullopt;
  }

  std::string_view text_;
  const ScaleDef& def_;
  std::vector<Grade> grades_;
  std::vector<Phrase> phrases_;  // a scale has a handful of grades: a linear search is enough
};

Result<std::vector<GradeScale>> define(std::string_view text) {
  Result<ScaleDefs> parsed = grammar::parse_scale_language(text);
  if (!parsed) return parsed.error();
  if (parsed->empty()) {
    return grammar::positioned_error(ErrorCode::scale_definition,
                                     "no scale defined: expected 'scale' followed by an id and a quoted name",
                                     text, text.size());
  }
  std::vector<GradeScale> scales;
  scales.reserve(parsed->size());
  for (std::size_t s = 0; s < parsed->size(); ++s) {
    const ScaleDef& def = (*parsed)[s];
    const auto fail = [&](std::initializer_list<std::string_view> message) {
      return error_at(text, def.id, cat(message));
    };
    if (!valid_id(def.id.text)) {
      return fail({"bad scale id ", quoted(def.id.text),
                   ": an id is lower-case letters, digits and hyphens, and starts with a letter or digit"});
    }
    for (std::size_t k = 0; k < s; ++k) {
      if ((*parsed)[k].id.text == def.id.text) {
        return fail(
            {"scale id ", quoted(def.id.text), " is already defined (", line_of(text, (*parsed)[k].id), ")"});
      }
    }
    Result<GradeScale> scale = ScaleBuilder(text, def).build();
    if (!scale) return scale.error();
    scales.push_back(std::move(scale).value());
  }
  return scales;
}

}  // namespace

Result<std::vector<GradeScale>> define_scales(std::string_view text) {
  const auto unpositioned = [](const char* message) {
    Error error;
    error.code = ErrorCode::scale_definition;
    error.message = message;
    return error;
  };
  // The promise is no exceptions at all; the grammar and the checks throw none of their own,
  // so what is left is running out of memory.
  try {
    return define(text);
  } catch (const std::bad_alloc&) {
    return unpositioned("out of memory while reading scale definitions");
  } catch (...) {
    return unpositioned("scale definitions could not be read");
  }
}

JUDGEMENT_END_NAMESPACE
