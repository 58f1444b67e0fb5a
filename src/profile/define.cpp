// define_profiles(): the meaning of the profile language. The grammar
// (src/grammar/profile_language.*) only reads the text; this file checks what was read and builds
// the profiles and inspectorates, reporting the first problem at the token that causes it.
#include "profile/define.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/error_position.hpp"
#include "grammar/profile_ast.hpp"
#include "grammar/profile_language.hpp"
#include "profile/lexicon.hpp"
#include "profile/phrase.hpp"

namespace judgement::detail {
namespace {

using grammar::profile_ast::Block;
using grammar::profile_ast::Clause;
using grammar::profile_ast::Value;

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

std::string quoted(std::string_view s) { return cat({"'", s, "'"}); }

// Ids are what reports and the C and Python interfaces carry: lower-case letters, digits, '_'
// (document types and area ids, as the contract spells them) and '-' (inspectorate and scale
// ids, as scale ids are spelt).
bool valid_id(std::string_view id) {
  const auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (id.empty() || !lower_or_digit(id.front()) || id.size() > 64) return false;
  for (const char c : id) {
    if (!lower_or_digit(c) && c != '-' && c != '_') return false;
  }
  return true;
}

std::optional<Date> iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int n[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t sizes[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = starts[k]; i < starts[k] + sizes[k]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      n[k] = n[k] * 10 + (s[i] - '0');
    }
  }
  const std::chrono::year_month_day ymd{std::chrono::year{n[0]}, std::chrono::month{static_cast<unsigned>(n[1])},
                                        std::chrono::day{static_cast<unsigned>(n[2])}};
  if (!ymd.ok() || n[0] < 1000) return std::nullopt;
  return make_date(n[0], static_cast<unsigned>(n[1]), static_cast<unsigned>(n[2]));
}

Date day_before(const Date& d) {
  const std::chrono::sys_days before = std::chrono::sys_days{d.ymd} - std::chrono::days{1};
  Date out = d;
  out.ymd = std::chrono::year_month_day{before};
  return out;
}

class Reader {
 public:
  Reader(std::string_view text, const ProfileRegistry& known) : text_(text), known_(known) {}

  Result<ProfileSet> read(const std::vector<Block>& blocks) {
    for (const Block& b : blocks) {
      Failure e = b.kind.text == "profile" ? profile(b) : b.kind.text == "lexicon" ? lexicon(b) : inspectorate(b);
      if (e) return *std::move(e);
    }
    // Names of other blocks are checked once every block is read, so order does not matter.
    for (const Value* value : inspectorate_refs_) {
      const bool here = std::any_of(set_.inspectorates.begin(), set_.inspectorates.end(),
                                    [&](const Inspectorate& i) { return i.id == value->text; });
      if (!here && !known_.find_inspectorate(value->text)) {
        return fail(*value, {"unknown inspectorate ", quoted(value->text), ": define it with 'inspectorate ",
                             value->text, " \"Name\" ... end' or use a built-in one (ofsted, cqc, estyn, ...)"});
      }
    }
    return std::move(set_);
  }

 private:
  using Failure = std::optional<Error>;

  Error fail(const Value& at, std::initializer_list<std::string_view> message) const {
    return grammar::positioned_error(ErrorCode::profile_definition, cat(message), text_, at.offset);
  }

  Failure check_head(const Block& b) {
    if (!valid_id(b.id.text)) {
      return fail(b.id, {"bad ", b.kind.text, " id ", quoted(b.id.text),
                         ": an id is lower-case letters, digits, '_' and '-', and starts with a letter or digit"});
    }
    if (b.name.text.find_first_not_of(" \t") == std::string::npos) return fail(b.name, {"the name is blank"});
    const bool is_profile = b.kind.text == "profile";
    for (const Value* seen : is_profile ? profile_ids_ : inspectorate_ids_) {
      if (seen->text == b.id.text) {
        return fail(b.id, {b.kind.text, " ", quoted(b.id.text), " is already defined (line ",
                           std::to_string(grammar::locate(text_, seen->offset).line), ")"});
      }
    }
    if (is_profile ? known_.find(b.id.text) != nullptr : known_.find_inspectorate(b.id.text) != nullptr) {
      return fail(b.id, {b.kind.text, " ", quoted(b.id.text), " is already registered"});
    }
    (is_profile ? profile_ids_ : inspectorate_ids_).push_back(&b.id);
    return std::nullopt;
  }

  // Each clause's values: how many, and whether quoted.
  Failure count(const Clause& c, std::size_t least, std::size_t most) const {
    const std::size_t n = c.values.size();
    if (n < least) return fail(c.keyword, {"'", c.keyword.text, "' needs ", std::to_string(least), " value(s)"});
    if (n > most) {
      return fail(c.values[most], {"'", c.keyword.text, "' takes ", std::to_string(most), " value(s); ",
                                   "this one is one too many"});
    }
    return std::nullopt;
  }

  Failure word(const Value& v, std::string_view what) const {
    if (v.quoted || !valid_id(v.text)) return fail(v, {"expected ", what, ", found ", quoted(v.text)});
    return std::nullopt;
  }

  Failure phrases(const Clause& c, std::size_t from, std::vector<std::string>& into) const {
    for (std::size_t i = from; i < c.values.size(); ++i) {
      const Value& v = c.values[i];
      if (!v.quoted) return fail(v, {"a phrase is written in quotes: \"", v.text, "\""});
      std::string p = phrase_key(v.text);
      if (p.empty()) return fail(v, {"a phrase needs at least one letter or digit"});
      into.push_back(std::move(p));
    }
    return std::nullopt;
  }

  // "from D", "before D", "to D", in any order, each at most once, after `first` values.
  Failure window(const Clause& c, std::size_t first, DayWindow& w) const {
    bool seen_from = false, seen_to = false;
    for (std::size_t i = first; i < c.values.size(); i += 2) {
      const Value& k = c.values[i];
      const bool is_from = k.text == "from", is_to = k.text == "to" || k.text == "before";
      if (k.quoted || !(is_from || is_to) || (is_from && seen_from) || (is_to && seen_to)) {
        return fail(k, {"expected 'from DATE', 'to DATE' or 'before DATE' (each once), found ", quoted(k.text)});
      }
      if (i + 1 >= c.values.size()) return fail(k, {"'", k.text, "' needs a date (YYYY-MM-DD)"});
      const Value& d = c.values[i + 1];
      const std::optional<Date> day = iso_day(d.text);
      if (!day) return fail(d, {"expected a date as YYYY-MM-DD, found ", quoted(d.text)});
      if (is_from) {
        w.from = day;
        seen_from = true;
      } else {
        w.to = k.text == "before" ? day_before(*day) : *day;
        seen_to = true;
      }
    }
    if (w.from && w.to && w.to->ymd < w.from->ymd) return fail(c.keyword, {"the window ends before it starts"});
    return std::nullopt;
  }

  Failure scale_rule(const Clause& c, std::vector<ScaleRule>& into) const {
    if (auto e = count(c, 1, 5)) return e;
    if (auto e = word(c.values[0], "a scale id")) return e;
    ScaleRule rule;
    rule.scale = c.values[0].text;
    if (auto e = window(c, 1, rule.when)) return e;
    into.push_back(std::move(rule));
    return std::nullopt;
  }

  Failure inspectorate(const Block& b) {
    if (auto e = check_head(b)) return e;
    Inspectorate i{.id = b.id.text, .name = b.name.text, .mentions = {}, .scales = {}};
    for (const Clause& c : b.clauses) {
      const std::string& k = c.keyword.text;
      Failure e;
      if (k == "mentions") {
        e = phrases(c, 0, i.mentions);
      } else if (k == "scale") {
        e = scale_rule(c, i.scales);
      } else {
        e = fail(c.keyword, {"an inspectorate takes 'mentions' and 'scale' clauses, not '", k, "'"});
      }
      if (e) return e;
    }
    set_.inspectorates.push_back(std::move(i));
    return std::nullopt;
  }

  // `lexicon document "Name"` then `phrases LIST "phrase", ...`: lists a reader reads by. A list
  // may be given again, here or in another block: its phrases add up.
  Failure lexicon(const Block& b) {
    const bool reader_known = std::any_of(std::begin(phrase_list_names), std::end(phrase_list_names),
                                          [&](const PhraseListName& n) { return n.reader == b.id.text; });
    if (!reader_known) {
      return fail(b.id, {"unknown reader ", quoted(b.id.text), ": a lexicon block names the reader its lists are for (",
                         readers(), ")"});
    }
    if (b.name.text.find_first_not_of(" \t") == std::string::npos) return fail(b.name, {"the name is blank"});
    for (const Clause& c : b.clauses) {
      if (c.keyword.text != "phrases") {
        return fail(c.keyword, {"a lexicon takes 'phrases LIST \"phrase\", ...' clauses, not '", c.keyword.text, "'"});
      }
      if (auto e = count(c, 2, 100000)) return e;
      const Value& list = c.values[0];
      const auto* const name = std::find_if(std::begin(phrase_list_names), std::end(phrase_list_names),
                                            [&](const PhraseListName& n) { return n.reader == b.id.text && n.id == list.text; });
      if (list.quoted || name == std::end(phrase_list_names)) {
        return fail(list, {"expected a list of the ", b.id.text, " reader (", lists_of(b.id.text), "), found ",
                           quoted(list.text)});
      }
      PhraseList l{.reader = b.id.text, .id = list.text, .phrases = {}};
      if (auto e = phrases(c, 1, l.phrases)) return e;
      if (name->pairs && l.phrases.size() % 2 != 0) {
        return fail(c.values.back(), {"the list ", list.text, " takes its phrases in pairs (a plural, then its singular); ",
                                      "this one has no partner"});
      }
      set_.phrase_lists.push_back(std::move(l));
    }
    return std::nullopt;
  }

  static std::string readers() {
    std::string out;
    for (const PhraseListName& n : phrase_list_names) {
      if (out.find(n.reader) != std::string::npos) continue;
      if (!out.empty()) out += ", ";
      out += n.reader;
    }
    return out;
  }

  static std::string lists_of(std::string_view reader) {
    std::string out;
    for (const PhraseListName& n : phrase_list_names) {
      if (n.reader != reader) continue;
      if (!out.empty()) out += ", ";
      out += n.id;
    }
    return out;
  }

  Failure profile(const Block& b) {
    if (auto e = check_head(b)) return e;
    FrameworkProfile p;
    p.id = b.id.text;
    p.name = b.name.text;
    std::vector<std::string> once;
    for (const Clause& c : b.clauses) {
      const std::string& k = c.keyword.text;
      const bool single = k == "inspectorate" || k == "kind" || k == "series" || k == "held" ||
                          k == "published" || k == "outcome";
      if (single) {
        for (const std::string& seen : once) {
          if (seen == k) return fail(c.keyword, {"'", k, "' is given twice"});
        }
        once.push_back(k);
      }
      if (auto e = clause(c, p)) return e;
    }
    set_.profiles.push_back(std::move(p));
    return std::nullopt;
  }

  Failure clause(const Clause& c, FrameworkProfile& p) {
    const std::string& k = c.keyword.text;
    if (k == "inspectorate") {
      if (auto e = count(c, 1, 1)) return e;
      if (auto e = word(c.values[0], "an inspectorate id")) return e;
      p.inspectorate = c.values[0].text;
      inspectorate_refs_.push_back(&c.values[0]);
      return std::nullopt;
    }
    if (k == "kind") {
      if (auto e = count(c, 1, 1)) return e;
      const std::string& v = c.values[0].text;
      if (v == "report") p.kind = DocumentKind::report;
      else if (v == "letter") p.kind = DocumentKind::letter;
      else if (v == "paper") p.kind = DocumentKind::paper;
      else return fail(c.values[0], {"unknown kind ", quoted(v), ": the kinds are report, letter and paper"});
      return std::nullopt;
    }
    if (k == "title") return phrases(c, 0, p.titles);
    if (k == "content") return phrases(c, 0, p.contents);
    if (k == "scale") return scale_rule(c, p.scales);
    if (k == "area") {
      if (auto e = count(c, 2, 1000)) return e;
      if (auto e = word(c.values[0], "an area id")) return e;
      AreaRule area;
      area.id = c.values[0].text;
      if (auto e = phrases(c, 1, area.phrases)) return e;
      for (std::size_t i = 0; i < area.phrases.size(); ++i) {
        if (const std::string* other = area_of(area.phrases[i]); other && *other != area.id) {
          return fail(c.values[i + 1], {"the phrase ", quoted(area.phrases[i]), " already names area ", quoted(*other),
                                        ": one phrase names one area in every profile"});
        }
      }
      p.areas.push_back(std::move(area));
      return std::nullopt;
    }
    if (k == "series") {
      if (auto e = count(c, 1, 1)) return e;
      if (auto e = word(c.values[0], "a series id")) return e;
      p.series = c.values[0].text;
      return std::nullopt;
    }
    if (k == "held" || k == "published") {
      if (auto e = count(c, 2, 4)) return e;
      return window(c, 0, k == "held" ? p.held : p.published);
    }
    if (k == "outcome") {
      if (auto e = count(c, 1, 1)) return e;
      if (c.values[0].text != "sentence") {
        return fail(c.values[0], {"the only outcome reader is 'sentence', not ", quoted(c.values[0].text)});
      }
      p.outcome_sentence = true;
      return std::nullopt;
    }
    if (k == "mentions") return fail(c.keyword, {"a profile takes no 'mentions' clause (that is an inspectorate's)"});
    return fail(c.keyword, {"a profile takes no '", k, "' clause (that is a lexicon's)"});
  }

  // The area a phrase names in a profile already read or registered.
  const std::string* area_of(const std::string& phrase) const {
    for (const auto* profiles : {&known_.profiles(), &set_.profiles}) {
      for (const FrameworkProfile& q : *profiles) {
        for (const AreaRule& a : q.areas) {
          if (std::find(a.phrases.begin(), a.phrases.end(), phrase) != a.phrases.end()) return &a.id;
        }
      }
    }
    return nullptr;
  }

  std::string_view text_;
  const ProfileRegistry& known_;
  ProfileSet set_;
  std::vector<const Value*> profile_ids_;
  std::vector<const Value*> inspectorate_ids_;
  std::vector<const Value*> inspectorate_refs_;
};

}  // namespace

Result<ProfileSet> read_profiles(std::string_view text, const ProfileRegistry& known) {
  const auto unpositioned = [](const char* message) {
    Error error;
    error.code = ErrorCode::profile_definition;
    error.message = message;
    return error;
  };
  try {
    Result<grammar::profile_ast::Blocks> parsed = grammar::parse_profile_language(text);
    if (!parsed) return parsed.error();
    if (parsed->empty()) {
      return grammar::positioned_error(ErrorCode::profile_definition,
                                       "nothing defined: expected 'profile' or 'inspectorate', an id and a quoted name",
                                       text, text.size());
    }
    return Reader(text, known).read(*parsed);
  } catch (const std::bad_alloc&) {
    return unpositioned("out of memory while reading profile definitions");
  } catch (...) {
    return unpositioned("profile definitions could not be read");
  }
}

}  // namespace judgement::detail
