// The document: what it is, whom it is about, when, and by whom. Read from the cover or
// letterhead (the blocks before the body text starts) and, for letters and council papers, from
// the opening sentences that say when the visit took place and who made it. Never from the
// file name.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "grammar/date_finder.hpp"
#include "recognise/document_phrases.hpp"
#include "recognise/recognisers.hpp"
#include "profile/lexicon.hpp"
#include "profile/phrase.hpp"
#include "recognise/text_search.hpp"

namespace judgement::detail {
namespace {

// --- the cover --------------------------------------------------------------------------------

// Blocks before the body starts: the first long block ends the cover.
std::vector<const Block*> cover_blocks(const Layout& layout) {
  std::vector<const Block*> cover;
  for (const Block& b : layout.blocks()) {
    if (b.kind == BlockKind::furniture) continue;
    if (cover.size() >= 40) break;
    cover.push_back(&b);
    if (layout.text(b).size() >= 250) break;
  }
  return cover;
}

struct Title {
  const FrameworkProfile* profile = nullptr;
  std::size_t block = 0;  // index into the cover
  std::size_t at = 0;     // offset of the phrase in the block's text
  std::size_t end = 0;
};

// How far into its block a title phrase may start ("Inspection of Knowsley Council local
// authority children's services" puts the name first).
constexpr std::size_t max_title_offset = 80;
// How long a cover block that holds a title may be.
constexpr std::size_t max_title_block = 260;

// The first profile title (in the lexicon's order: profile by profile) that a cover block holds,
// or two short cover blocks together hold ("Area SEND" / "inspection of ..."): the pair is then
// made one block of `text`.
// A title starts near the start of its block, or at the start of one of its lines (a letter's
// title set under the addressee's lines, in one block with them): `line_starts[i]` holds where
// each line of text[i] starts.
std::optional<Title> find_title(const Lexicon& lexicon, const PhraseSet& titles, std::vector<std::string>& text,
                                const std::vector<std::vector<std::size_t>>& line_starts) {
  auto title_at = [&](std::size_t i, std::size_t at) {
    return at <= max_title_offset ||
           std::find(line_starts[i].begin(), line_starts[i].end(), at) != line_starts[i].end();
  };
  // Whether a title was looked for in text[i] (1), and whether one may run from it into the next (2).
  std::vector<std::uint8_t> read(text.size(), 0);
  // The cover's own words, not a summary paragraph that mentions another inspection: a title is
  // short, does not end a sentence, and starts near the start of its block.
  auto title_like = [](std::string_view t) { return !t.empty() && t.size() <= max_title_block && t.back() != '.'; };
  // Every title phrase each block holds where a title may start, found in one pass a block:
  // where, and the title's row.
  struct Hit {
    std::uint32_t row;
    std::size_t at, end;
  };
  std::vector<std::vector<Hit>> hits(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!title_like(text[i])) continue;
    read[i] = 1;
    // Only where a title may start: near the block's start, or at the start of one of its lines.
    // Read as written: text[i] is a cover block's text with its postcodes taken out, not a block's.
    const FoldedView t(text[i]);
    auto keep = [&](std::uint32_t row, std::size_t at, std::size_t end) { hits[i].push_back({row, at, end}); };
    titles.each(t, keep, 0, max_title_offset + 1);
    for (const std::size_t start : line_starts[i]) {
      if (start > max_title_offset) titles.each(t, keep, start, start + 1);
    }
  }
  // Whether a title can run from text[i] into text[i + 1] (a cheap test before the blocks are
  // joined and searched): it starts in the first and goes on in the second, so text[i] ends
  // with its words up to a space; or it lies in the second near enough to the first's start.
  // The bytes each title has before a space, as bits: text[i] can end with its words up to a
  // space only if its last byte, folded, is one of them.
  const std::vector<Lexicon::ProfileRow>& rows = lexicon.titles();
  std::vector<std::array<std::uint64_t, 4>> before_space(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::string& p = rows[r].phrase;
    for (std::size_t k = 1; k < p.size(); ++k) {
      if (p[k] != ' ') continue;
      const auto b = static_cast<unsigned char>(p[k - 1]);
      before_space[r][b >> 6] |= std::uint64_t{1} << (b & 63);
    }
  }
  auto may_run_on = [&](std::size_t i, std::uint32_t r, std::string_view phrase) {
    const auto last = static_cast<unsigned char>(text[i].empty() ? '\0' : folded_byte(text[i], text[i].size() - 1));
    if ((before_space[r][last >> 6] >> (last & 63)) & 1u) {
      for (std::size_t k = phrase.find(' '); k != std::string_view::npos; k = phrase.find(' ', k + 1)) {
        if (ends_with_folded(text[i], phrase.substr(0, k))) return true;
      }
    }
    return std::any_of(hits[i + 1].begin(), hits[i + 1].end(),
                       [&](const Hit& h) { return h.row == r && text[i].size() + 1 + h.at <= max_title_offset; });
  };
  // The rows (the first 64) each block has a title of where a title may start, as bits: a row
  // not among them is not looked for in its hits.
  std::vector<std::uint64_t> rows_at(text.size(), 0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    for (const Hit& hit : hits[i]) {
      if (hit.row < 64 && title_at(i, hit.at)) rows_at[i] |= std::uint64_t{1} << hit.row;
    }
  }
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (read[i] && read[i + 1] && text[i].size() <= 80) read[i] |= 2;
  }
  // Profile by profile, the first block that holds a title, alone or with the next.
  for (std::uint32_t r = 0; r < rows.size(); ++r) {
    const Lexicon::ProfileRow& row = rows[r];
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!read[i]) continue;
      std::size_t end = 0;
      if (r >= 64 || ((rows_at[i] >> r) & 1u)) {
        for (const Hit& hit : hits[i]) {
          if (hit.row == r && title_at(i, hit.at)) return Title{row.profile, i, hit.at, hit.end};
        }
      }
      if (!(read[i] & 2)) continue;
      if (!may_run_on(i, r, row.phrase)) continue;
      // A title run over two blocks starts in the first: its first word is there.
      if (!contains_folded(text[i], std::string_view(row.phrase).substr(0, row.phrase.find(' ')))) continue;
      // The two blocks joined (as written, not folded): the title, when found, is this text.
      const std::string pair = text[i] + ' ' + text[i + 1];
      const std::size_t at = find_phrase_folded(pair, row.phrase, 0, &end);
      if (at == std::string::npos || !title_at(i, at) || end <= text[i].size()) continue;
      text[i] += ' ';
      text[i] += text[i + 1];
      text[i + 1].clear();
      return Title{row.profile, i, at, end};
    }
  }
  return std::nullopt;
}

// "BA14 8JN", "M1 2WD": a UK postcode, by its shape.
bool postcode_at(std::string_view s, std::size_t at, std::size_t* end) {
  auto upper = [&](std::size_t i) { return i < s.size() && s[i] >= 'A' && s[i] <= 'Z'; };
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  std::size_t i = at;
  if (!upper(i)) return false;
  ++i;
  if (upper(i)) ++i;
  if (!digit(i)) return false;
  ++i;
  if (upper(i) || digit(i)) ++i;
  if (i >= s.size() || s[i] != ' ') return false;
  ++i;
  if (!digit(i) || !upper(i + 1) || !upper(i + 2)) return false;
  i += 3;
  if (i < s.size() && s[i] != ' ' && s[i] != ',') return false;
  *end = i;
  return true;
}

// --- "Label: value" fields of a cover ----------------------------------------------------------

struct Field {
  std::string label;  // as written, without the colon: compared with equal_folded()
  std::string value;
  std::size_t begin = 0, end = 0;  // the label's line, normalised offsets
};

bool is_label(std::string_view s) {
  if (s.empty() || s.size() > 32) return false;
  int words = 1;
  for (char c : s) {
    if (c == ' ') ++words;
    else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-')) return false;
  }
  return words <= 4;
}

std::string without_bold(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') {
      ++i;
      continue;
    }
    out += s[i];
  }
  return out;
}

// trim(text, " \t\f") (with `comma`, " \t\f,"), each end byte compared, not looked up in a list.
std::string_view trim_blanks(std::string_view t, bool comma = false) {
  auto blank = [comma](char c) { return c == ' ' || c == '\t' || c == '\f' || (comma && c == ','); };
  std::size_t b = 0, e = t.size();
  while (b < e && blank(t[b])) ++b;
  while (e > b && blank(t[e - 1])) --e;
  return t.substr(b, e - b);
}

// A cover line as its fields are read: the block's line k as the layout measured it (without
// indentation, marker and trailing space), without the "**" left in it. The layout strips the
// "**" only of a line bold as a whole; a label bold on its own ("**Lead inspector:** Name") keeps
// them, so they are stripped here. A view of the line itself where it has no '*' (most lines),
// else of `buffer`.
std::string_view plain_line(const Layout& layout, const Block& b, std::uint32_t k, std::string& buffer) {
  const std::string_view line = layout.content(b, k);
  if (line.find('*') == std::string_view::npos) return line;
  buffer = without_bold(line);
  return trim_blanks(buffer);
}

// A role on a line of its own: the line holds a role word ("Her Majesty's Inspector"), or is a
// role whole ("HMI").
bool role_like(const DocumentPhrases& phrases, std::string_view line) {
  const FoldedView f(line);
  return phrases.role_word.in(f) || phrases.inspector_role.is_one(f);
}

// A cover value that goes on in the next line: it ends on an open_end word (" and", " to", a
// whole word in any case), or on punctuation that leaves it open (" &", ',', '-', an en dash).
bool open_ended(const DocumentPhrases& phrases, std::string_view value) {
  value = trim(value, " \t");
  for (std::string_view end : {",", "-", "\xE2\x80\x93", " &"}) {
    if (value.ends_with(end)) return true;
  }
  for (const std::string& end : phrases.open_ends) {
    if (ends_with_folded(value, end)) return true;
  }
  return false;
}

std::vector<Field> cover_fields(const Layout& layout, const std::vector<const Block*>& cover,
                                const DocumentPhrases& phrases) {
  std::vector<Field> fields;
  std::vector<std::size_t> pending;  // labels still waiting for their value, in order
  int since_label = 0;
  bool open = false;  // the line before was a label with its value
  std::string buffer;
  for (const Block* b : cover) {
    for (std::uint32_t k = 0; k < b->line_count; ++k) {
      const Line& at = layout.line(*b, k);
      const std::string_view line = plain_line(layout, *b, k, buffer);
      if (line.empty()) continue;
      const std::size_t colon = line.find(':');
      if (colon != std::string::npos && is_label(trim(line.substr(0, colon), " \t"))) {
        Field f{std::string(trim(line.substr(0, colon), " \t")), std::string(trim(line.substr(colon + 1), " \t")),
                at.begin, at.end};
        fields.push_back(f);
        if (fields.back().value.empty()) pending.push_back(fields.size() - 1);
        since_label = 0;
        open = pending.empty();  // the next line may go on with this value
        continue;
      }
      // A value left open at the end of its line goes on to the next: "Inspection dates: 30
      // September to 11 October 2024 and" / "13 to 16 January 2025".
      if (open && line.size() <= 80 && open_ended(phrases, fields.back().value)) {
        fields.back().value += ' ';
        fields.back().value += line;
        continue;
      }
      open = false;
      if (!pending.empty() && ++since_label <= 4 && line.size() <= 80) {
        fields[pending.front()].value = std::string(line);
        pending.erase(pending.begin());
        continue;
      }
      // A value that goes on to a second line: "Lead inspector: Name" then "Her Majesty's Inspector".
      if (!fields.empty() && line.size() <= 40 && line.find(':') == std::string::npos &&
          role_like(phrases, line)) {
        Field& last = fields.back();
        if (!last.value.empty() && phrases.role_word.in(FoldedView(last.label))) {
          last.value += ", ";
          last.value += line;
        }
      }
      if (line.size() > 80) pending.clear();
    }
  }
  return fields;
}

const Field* field(const std::vector<Field>& fields, const std::vector<std::string>& labels) {
  for (std::string_view l : labels) {
    for (const Field& f : fields) {
      if (!f.value.empty() && equal_folded(f.label, l)) return &f;
    }
  }
  return nullptr;
}

// The first date from `from` that states its year; or, given a reference (the caller asked for
// yearless dates to be resolved), the first date, its year taken from the reference.
std::optional<grammar::DateHit> first_stated_date(std::string_view text, std::size_t from = 0,
                                                  const std::optional<Date>& reference = std::nullopt) {
  for (grammar::DateHit& hit : grammar::find_dates(text)) {
    if (hit.begin < from) continue;
    if (hit.year_stated) return std::move(hit);
    if (reference) return grammar::resolve_year(std::move(hit), *reference);
  }
  return std::nullopt;
}

std::optional<Date> single_day(std::string_view text) {
  // A stated year is digits: text without one is never a day with its year.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  const auto hit = grammar::parse_date(text);
  if (!hit || !hit->year_stated || hit->range.start.precision != Precision::day || !(hit->range.start == hit->range.end))
    return std::nullopt;
  return hit->range.start;
}

InspectionDates inspection_dates_of(const grammar::DateHit& hit) {
  InspectionDates d;
  d.range = hit.range;
  d.periods = hit.periods;
  return d;
}

// --- people -------------------------------------------------------------------------------------

bool name_like(std::string_view s) {
  int words = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (!((c >= 'A' && c <= 'Z') || c >= 0x80)) return false;
    ++words;
    while (i < s.size() && s[i] != ' ') {
      const unsigned char d = static_cast<unsigned char>(s[i]);
      if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d == '-' || d == '\'' || d == '.' || d >= 0x80))
        return false;
      ++i;
    }
  }
  return words >= 2 && words <= 4;
}

using Person = std::pair<std::string, std::string>;  // a name and its role ("" where none given)

// Lists of people as reports give them: "Maire Atherton, Her Majesty's Inspector, and Dominic
// Stevens, Her Majesty's Inspector", "Caroline Walsh, Michele Costello and Jan Edwards", "John
// Roughton HMI and Caroline Walsh HMI", "Louise Hocking and Deane Jennings (Contracted
// Inspector)", "A and B, two of Her Majesty's Inspectors", "lead inspector A and B", "HMIs A and
// B". The roles are the lexicon's (inspector_role, each also in the plural, and any text with a
// role_word); a role that stands alone applies to every name before it that has none, as far
// back as the last name that has one; a plural role before a name, to the names from it on that
// have none, in the singular.
class People {
 public:
  explicit People(const DocumentPhrases& phrases) : phrases_(phrases) {}

  // People, roles and names are short texts, not blocks': each is read as written.

  // A role phrase that ends `text` (after closing punctuation), the longest: its start, npos if none.
  std::size_t role_suffix(std::string_view text) const {
    std::size_t size = text.size();
    while (size > 0 && (text[size - 1] == ')' || text[size - 1] == '.' || text[size - 1] == ' ')) --size;
    return phrases_.inspector_role.ending_at(FoldedView(text), size);
  }

  // The end of a role phrase that starts `text`, the longest; 0 when none.
  std::size_t role_prefix(std::string_view text) const {
    const std::size_t end = phrases_.inspector_role.longest_at(FoldedView(text), 0);
    return end == std::string::npos ? 0 : end;
  }

  // A role: it holds a role word ("Ofsted Inspector"), or a role phrase ends it ("Ofsted HMI").
  bool role_like(std::string_view text) const {
    return phrases_.role_word.in(FoldedView(text)) || role_suffix(text) != std::string::npos;
  }

  // Never a person: "Her Majesty's Inspectors", "HMI Schools".
  bool not_a_name(std::string_view name) const { return phrases_.not_inspector.in(FoldedView(name)); }

  std::vector<Person> in(std::string_view list) const {
    // The parts between separators, each a stretch of the list: [from, i). Read as views of the
    // list: a person costs no copy until kept.
    std::vector<std::string_view> parts;
    // Whether each part follows a comma and a joining word (", and C"): a group of names opens.
    std::vector<std::uint8_t> opens;
    bool opening = false;
    std::size_t from = 0;
    auto flush = [&](std::size_t i) {
      const std::string_view t = trim(list.substr(from, i - from), " ,;.");
      if (t.empty()) return;
      parts.emplace_back(t);
      opens.push_back(opening ? 1 : 0);
      opening = false;
    };
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (list[i] == ',' || list[i] == ';') {
        flush(i);
        from = i + 1;
        continue;
      }
      // " and ", " & ": a joining word (list_and) or an ampersand between spaces ends a name.
      if (list[i] == ' ') {
        if (const std::size_t joint = joint_at(list, i); joint > 0) {
          if (from > 0 && list[from - 1] == ',' && trim(list.substr(from, i - from), " ").empty()) opening = true;
          flush(i);
          i += joint - 1;
          from = i + 1;
          continue;
        }
      }
      // "Karen Wareing (HMI) Fiona Millns (OI)": a role in brackets ends its person.
      if (list[i] == ')' && i + 2 < list.size() && list[i + 1] == ' ' && list[i + 2] >= 'A' && list[i + 2] <= 'Z') {
        flush(i + 1);
        from = i + 1;
      }
    }
    flush(list.size());
    std::vector<Person> people;
    std::size_t roleless_from = 0;  // the first of the names at the end that have no role yet
    // A plural role before names ("HMIs A and B"), in the singular: the role of each name from
    // people[shared_from] on that has none, up to the next such role.
    std::string shared;
    std::size_t shared_from = 0;
    // Under such a role, the first name after a comma and a joining word ("HMIs A and B, and C
    // and D, Ofsted Inspectors"): a role after the names is theirs from there on.
    std::size_t group_from = 0;
    // The first name a role alone, or after a name, is given to: as far back as the last name
    // with a role of its own, and under a plural role before the names, from the last group on.
    const auto back_from = [&] {
      return shared.empty() ? roleless_from : std::max({roleless_from, shared_from, group_from});
    };
    auto share = [&](std::string one) {
      for (std::size_t p = shared_from; p < people.size(); ++p) {
        if (people[p].second.empty()) people[p].second = shared;
      }
      shared = std::move(one);
      shared_from = people.size();
    };
    for (std::size_t k = 0; k < parts.size(); ++k) {
      std::string_view part = parts[k];
      if (opens[k]) group_from = people.size();
      // "A, and B": the joining word after a comma.
      for (const std::string& joint : phrases_.list_ands) {
        if (part.starts_with(std::string_view(joint).substr(1))) {
          part.remove_prefix(joint.size() - 1);
          group_from = people.size();
          break;
        }
      }
      std::string role;
      // "lead inspector A", "Her Majesty's Inspectors A", "HMIs A": a role before the name.
      if (const std::size_t pre = role_prefix(part); pre > 0 && pre < part.size()) {
        const std::string_view name = trim(part.substr(pre), " ");
        if (name_like(strip_title(name))) {
          role = std::string(trim(part.substr(0, pre), " ,"));
          if (role[0] >= 'a' && role[0] <= 'z') role[0] = static_cast<char>(role[0] - 'a' + 'A');
          // A plural role before a name ("Her Majesty's Inspectors A, B", "HMIs A and B"): each
          // name's from this one on, in the singular.
          if (std::optional<std::string> one = phrases_.singular(role)) {
            share(std::move(*one));
            role.clear();
          }
          part = name;
        }
      }
      // "Deane Jennings (Contracted Inspector)", "Simone White SHMI": a role after the name.
      bool after = false;
      if (role.empty()) {
        if (const std::size_t suf = role_suffix(part); suf != std::string::npos) {
          role = std::string(trim(part.substr(suf), " ().,"));
          part = trim(part.substr(0, suf), " (,");
          after = true;
        }
      }
      part = strip_title(part);
      // A role alone ("Her Majesty's Inspector", "two of Her Majesty's Inspectors"): the names
      // before it that have none take it. A plural one before any such name ("Her Majesty's
      // Inspectors, A and B") is the role of the names after it, as one before a name is.
      if (!role.empty() && (part.empty() || !name_like(part))) {
        std::optional<std::string> one = phrases_.singular(role);
        if (one && roleless_from == people.size()) {
          share(std::move(*one));
          continue;
        }
        // Under a plural role before them ("HMIs A and B, and C, Ofsted Inspector"), the names
        // have theirs: a role alone in the singular is the last name's only.
        std::size_t from = back_from();
        if (!shared.empty() && !one && !people.empty()) from = std::max(from, people.size() - 1);
        for (std::size_t p = from; p < people.size(); ++p) {
          people[p].second = one ? *one : role;
        }
        roleless_from = people.size();
        continue;
      }
      // role_like(part), its role suffix already looked for above and not found.
      if (role.empty() && phrases_.role_word.in(FoldedView(part))) {
        for (std::size_t p = roleless_from; p < people.size(); ++p) {
          people[p].second = phrases_.singular_or_same(std::string(part));
        }
        roleless_from = people.size();
        continue;
      }
      if (!name_like(part) || not_a_name(part)) continue;
      // A plural role after a name ("A and B HMIs"): its and the names' before it that have none,
      // in the singular.
      if (after) {
        if (std::optional<std::string> one = phrases_.singular(role)) {
          role = std::move(*one);
          for (std::size_t p = back_from(); p < people.size(); ++p) people[p].second = role;
        }
      }
      people.emplace_back(std::string(part), role);
      if (!role.empty()) roleless_from = people.size();
    }
    share({});
    return people;
  }

 private:
  // The length of the joint between two names of a list at list[at] (a space): " and " (a
  // list_and word between spaces, as written) or " & ", the longest there; 0 when none is.
  std::size_t joint_at(std::string_view list, std::size_t at) const {
    const std::string_view rest = list.substr(at);
    std::size_t joint = rest.starts_with(" & ") ? 3 : 0;
    for (const std::string& word : phrases_.list_ands) {
      if (word.size() > joint && rest.starts_with(word)) joint = word.size();
    }
    return joint;
  }

  // The name without the honorific before it, written with or without a full stop ("Mr Joe
  // Smith", "Dr. Ann Bell"): an honorific row, kept as "mr ".
  std::string_view strip_title(std::string_view part) const {
    part = trim(part, " ");
    for (const std::string& lead : phrases_.honorifics) {
      if (const std::size_t n = folded_prefix(part, lead); n != std::string_view::npos) {
        part.remove_prefix(n);
      } else if (const std::size_t m = folded_prefix(part, std::string_view(lead).substr(0, lead.size() - 1));
                 m != std::string_view::npos && part.substr(m).starts_with(". ")) {
        part.remove_prefix(m + 2);
      }
    }
    return part;
  }

  const DocumentPhrases& phrases_;
};

// The end of the sentence starting at `from`: a full stop followed by a space, or the end of the
// text. A full stop that goes on to a name ends none: after a title ("Mr.", "Dr.": an honorific
// row, given as DocumentPhrases::honorifics, "mr ") written with a capital, or after an initial
// that follows a word in lower case, a title or another initial ("by J. Smith", "Mr. J. Smith",
// "A. N. Other"), where the next word as written starts with a capital; with `middle_initials`
// (a list of names: "Sarah J. Smith"), after any word. Without, "Annex A. Training" ends its
// sentence, as "children miss. Training" and "in MS. Next" always do. `text` is searched, folded or
// as written; the case is read in `written()`, the same text as written (offset for offset:
// folding keeps every byte's place), asked for only at a full stop after a letter alone or a
// title.
template <class Written>
std::size_t sentence_end(std::string_view text, std::size_t from, const std::vector<std::string>& honorifics,
                         bool middle_initials, Written&& written) {
  // Where the word that ends at `end` starts: after the space before it, within the sentence.
  const auto word_start = [&](std::size_t end) {
    while (end > from && text[end - 1] != ' ') --end;
    return end;
  };
  const auto honorific = [&](std::string_view word) {
    return std::any_of(honorifics.begin(), honorifics.end(), [&](const std::string& h) {
      return word.size() + 1 == h.size() && equal_folded(word, std::string_view(h).substr(0, word.size()));
    });
  };
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] != '.' || (i + 1 < text.size() && text[i + 1] != ' ')) continue;
    const std::size_t w = word_start(i);
    const std::string_view word = text.substr(w, i - w);
    const bool initial = w > from && word.size() == 1;
    if (i + 2 < text.size() && (initial || honorific(word))) {
      const std::string_view as_written = written();
      const std::string_view written_word = as_written.substr(w, i - w);
      if (upper(written_word[0]) && upper(as_written[i + 2])) {
        if (!initial) {
          // A title as written: "Mr", "Dr", not "MS".
          if (std::none_of(written_word.begin() + 1, written_word.end(), upper)) continue;
        } else {
          const std::size_t space = w - 1;
          const std::size_t p = word_start(space);
          const std::string_view before = text.substr(p, space - p);
          const bool after_initial = before.size() == 2 && before[1] == '.' && upper(as_written[p]);
          const bool after_title =
              !before.empty() && honorific(before.ends_with('.') ? before.substr(0, before.size() - 1) : before);
          if (middle_initials || before.empty() || !upper(as_written[p]) || after_initial || after_title) continue;
        }
      }
    }
    return i;
  }
  return text.size();
}

class DocumentReader {
 public:
  explicit DocumentReader(ReportBuilder& out)
      : out_(out),
        lexicon_(out.lexicon()),
        phrases_(DocumentPhrases::of(lexicon_, own_phrases_)),
        layout_(out.layout()),
        cover_(cover_blocks(layout_)) {}

  void read() {
    Document& doc = out_.report().document;
    fields_ = cover_fields(layout_, cover_, phrases_);
    std::vector<std::vector<std::size_t>> line_starts;
    for (const Block* b : cover_) {
      line_starts.emplace_back();
      cover_text_.push_back(without_postcodes(*b, line_starts.back()));
    }
    title_ = find_title(lexicon_, phrases_.titles, cover_text_, line_starts);
    doc.type = type();
    doc.inspectorate = inspectorate(doc.type);
    doc.provider = provider(doc.type);
    dates(doc);
    inspectors(doc);
  }

 private:
  // Calls read(folded) with the folded text of each of the first `max_blocks` blocks that are
  // not page furniture (Layout::folded, one block at a time), until it returns true.
  template <class Read>
  void each_opening_block(std::size_t max_blocks, Read&& read) const {
    std::size_t n = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture) continue;
      if (n++ == max_blocks || read(layout_.folded(b))) return;
    }
  }

  // Whether one of the first `max_blocks` blocks has a phrase of `list`.
  bool opening_has(std::size_t max_blocks, const PhraseSet& list) const {
    bool found = false;
    each_opening_block(max_blocks, [&](std::string_view f) { return found = list.in(f); });
    return found;
  }

  // The first row (in the lexicon's order) of `rows` that one of the first `max_blocks` blocks
  // has, or npos: each block read once, for the rows before the best found so far.
  template <class Row>
  std::size_t first_row_in_opening(std::size_t max_blocks, const std::vector<Row>& rows) const {
    std::size_t best = rows.size();
    each_opening_block(max_blocks, [&](std::string_view f) {
      for (std::size_t r = 0; r < best; ++r) {
        if (find_phrase(f, rows[r].phrase) != std::string::npos) {
          best = r;
          break;
        }
      }
      return best == 0;
    });
    return best == rows.size() ? std::string::npos : best;
  }

  DocumentType type() const {
    // A council paper reports an inspection; its own kind wins over the inspection it names. The
    // cover is the first blocks that are not furniture.
    std::uint32_t committee = 0;  // 1: committee_cover, 2: committee_body
    each_opening_block(cover_.size(), [&](std::string_view f) {
      committee |= phrases_.committee.lists_in(f, 1);
      return (committee & 1) != 0;
    });
    if ((committee & 1) != 0 || ((committee & 2) != 0 && opening_has(60, phrases_.committee_opening))) {
      return DocumentType::committee_report;
    }
    if (title_) return out_.type_of(*title_->profile);
    // A cover lost in conversion: the judgement areas each framework uses name it.
    if (const std::size_t row = first_row_in_opening(400, out_.lexicon().contents()); row != std::string::npos) {
      return out_.type_of(*out_.lexicon().contents()[row].profile);
    }
    if (opening_has(60, phrases_.news_opening) ||
        (opening_has(60, phrases_.news_said) && opening_has(60, phrases_.news_speaker))) {
      return DocumentType::news;
    }
    return DocumentType::unknown;
  }

  // The inspectorate of the document's profile; else the first inspectorate (in the lexicon's
  // order) the opening of the document mentions.
  std::optional<std::string_view> inspectorate(DocumentType type) const {
    if (const FrameworkProfile* p = out_.profile(type)) {
      if (const Inspectorate* i = out_.profiles().find_inspectorate(p->inspectorate)) return out_.keep(i->name);
    }
    if (const std::size_t row = first_row_in_opening(200, out_.lexicon().mentions()); row != std::string::npos) {
      return out_.keep(out_.lexicon().mentions()[row].inspectorate->name);
    }
    return std::nullopt;
  }

  std::optional<std::string_view> provider(DocumentType type) {
    std::string name;
    if (title_) name = title_name();
    if (name.empty() && title_) name = cover_name();
    // A document of no known kind names no provider outside a title: the councils and places
    // its text names are as likely its authors, wards or programmes ("New Deal"), and no provider
    // is better than a wrong one.
    if (type == DocumentType::unknown && name.empty()) return std::nullopt;
    if (name.empty()) name = council_named_in_text();
    if (name.empty()) name = place_named_most();
    name = std::string(trim(name, " ,.;:"));
    for (std::string_view possessive : {"\xE2\x80\x99s", "'s"}) {
      if (std::string_view(name).ends_with(possessive)) name.resize(name.size() - possessive.size());
    }
    if (name.empty()) return std::nullopt;
    return out_.keep(name);
  }

  // --- the cover's own text ----------------------------------------------------------------------

  // A block's lines joined (each line's content, as the layout measured it), without postcodes
  // ("Focused" / "BA14 8JN visit to ..." where the addressee's block runs into the title), and
  // where each line starts in the result. Only a short block can be a title or a name; a longer
  // one is kept as it is.
  std::string without_postcodes(const Block& b, std::vector<std::size_t>& line_starts) const {
    const std::string_view whole = layout_.text(b);
    if (whole.size() > max_title_block) return std::string(whole);
    std::string out;
    out.reserve(whole.size() + 8);
    for (std::uint32_t k = 0; k < b.line_count; ++k) {
      const std::string_view line = layout_.content(b, k);
      const bool digits = std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
      const std::size_t start = out.size() + (out.empty() ? 0 : 1);
      // Most lines have nothing to drop or squeeze: taken whole.
      if (!digits && line.find("  ") == std::string_view::npos && line.find('\t') == std::string_view::npos) {
        if (line.empty()) continue;
        if (!out.empty()) out += ' ';
        line_starts.push_back(start);
        out += line;
        continue;
      }
      // Word by word: a postcode starts only after a space, so only a word's first byte is tried.
      std::size_t kept = 0;
      for (std::size_t i = 0; i < line.size();) {
        if (line[i] == ' ' || line[i] == '\t') {
          // Runs of blanks (a -layout column gap) made one, none at the line's start.
          if (kept != 0 && out.back() != ' ') {
            out += ' ';
            ++kept;
          }
          ++i;
          continue;
        }
        std::size_t end = 0;
        if (digits && (i == 0 || line[i - 1] == ' ') && postcode_at(line, i, &end)) {
          i = end + 1;  // and the space or comma after it
          continue;
        }
        std::size_t j = i + 1;
        while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
        if (kept == 0) {
          if (!out.empty()) out += ' ';
          line_starts.push_back(start);
        }
        out.append(line, i, j - i);
        kept += j - i;
        i = j;
      }
      while (!out.empty() && out.back() == ' ') out.pop_back();
    }
    return out;
  }

  // A line of a letterhead's address: one of the address words at its start ("Store Street",
  // "Textphone 0161 ...") or a line that is a postcode with at most a town before it.
  bool address_line(std::string_view line) const {
    if (line.size() > 80) return false;
    if (phrases_.address.longest_at(FoldedView(line.substr(0, 40)), 0) != std::string::npos) return true;
    std::size_t end = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if ((i == 0 || line[i - 1] == ' ') && postcode_at(line, i, &end)) {
        return end == line.size() && std::count(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(i), ' ') <= 2;
      }
    }
    return false;
  }

  // A cover line that may be (part of) the provider's name: short, no label, no date, not the
  // inspectorate, not a running header or a salutation.
  bool name_piece(std::string_view t) const {
    if (t.empty() || t.size() > 80 || t.find(':') != std::string_view::npos || single_day(t) || names_inspectorate(t) ||
        address_line(t))
      return false;
    return phrases_.not_provider.longest_at(FoldedView(t), 0) == std::string::npos;
  }

  static bool capitalised(std::string_view name) {
    return !name.empty() && ((name.front() >= 'A' && name.front() <= 'Z') || (name.front() & 0x80));
  }

  // The first phrase of `list` in `text` (as written, or a folded block's text) at or after
  // `from` (the leftmost, the longest there); npos when none.
  template <class Text>
  static std::size_t first_of(const PhraseSet& list, Text text, std::size_t from, std::size_t* end) {
    return list.first(text, from, end);
  }

  // The provider's name as the title gives it. The title and the short cover lines straight
  // above it are read as one run ("Inspection of Westmorland and" / "Furness local authority
  // children's services"): the name follows a head ("inspection of", "focused visit to") up to
  // an end ("local authority", "children's services"), or, where the title starts with what it
  // is ("Inspection of services for children ..."), stands above it ("Royal Borough of
  // Kensington and" / "Chelsea"). A name the title leaves open ("Area SEND inspection of
  // Northshire" / "Local Area Partnership") goes on over the short lines below.
  std::string title_name() const {
    const std::size_t tb = title_->block;
    std::size_t first = tb;
    while (first > 0 && name_piece(cover_text_[first - 1])) --first;
    std::string joined;
    std::size_t title_at = 0, block_at = 0;
    for (std::size_t i = first; i <= tb; ++i) {
      if (cover_text_[i].empty()) continue;
      if (!joined.empty()) joined += ' ';
      if (i == tb) {
        block_at = joined.size();
        title_at = block_at + title_->at;
      }
      joined += cover_text_[i];
    }
    // The cover's lines joined (as written: the title's block and the short blocks above it).
    const FoldedView f(joined);
    const std::size_t title_end = title_at + (title_->end - title_->at);
    std::size_t head_end = 0;
    const std::size_t head = first_of(phrases_.provider_head, f, 0, &head_end);
    if (head != std::string::npos && head <= title_end) {
      std::size_t end_at = first_of(phrases_.provider_end, f, head_end, nullptr);
      std::string name(trim(std::string_view(joined).substr(head_end, end_at == std::string::npos ? std::string::npos
                                                                                                    : end_at - head_end),
                            " ,"));
      // Left open at the end of the title: the name goes on below.
      for (std::size_t i = tb + 1; end_at == std::string::npos && !name.empty() && i < cover_text_.size(); ++i) {
        const std::string_view next = cover_text_[i];
        if (next.empty()) continue;
        if (!name_piece(next) || !capitalised(next) || std::count(next.begin(), next.end(), ' ') > 3) break;
        end_at = first_of(phrases_.provider_end, FoldedView(next), 0, nullptr);
        const std::string_view part = trim(next.substr(0, end_at == std::string::npos ? next.size() : end_at), " ,");
        if (!part.empty()) {
          name += ' ';
          name += part;
        }
      }
      if (capitalised(name)) return name;
    }
    // The name above the title (the lines above it, not words of the title's own line: "A report
    // on the quality of ..."), before any head.
    const std::size_t before_end = head != std::string::npos && head < block_at ? head : block_at;
    std::string before(trim(std::string_view(joined).substr(0, before_end), " ,"));
    if (capitalised(before)) return before;
    return {};
  }

  // The inspectorate a cover line or a table's cell names, being only its name or a phrase that
  // names it ("Ofsted", "Care Quality Commission"); null when it is not.
  const Inspectorate* named_inspectorate(std::string_view line) const {
    if (line.empty()) return nullptr;
    for (const auto& [key, inspectorate] : phrases_.inspectorate_names) {
      if (is_phrase_key(line, key)) return inspectorate;
    }
    return nullptr;
  }
  bool names_inspectorate(std::string_view line) const { return named_inspectorate(line) != nullptr; }

  // The provider's name as a cover prints it: the short blocks above the title ("London
  // Borough of Bexley"), or, where the title comes first, the block below it or the rest of the
  // title block ("Inspection of looked after children services" / "Medway Council").
  std::string cover_name() const {
    std::string name;
    for (std::size_t i = 0; i < title_->block; ++i) {
      const std::string_view t = cover_text_[i];
      if (!name_piece(t)) continue;
      if (!name.empty()) name += ' ';
      name += t;
    }
    if (!name.empty()) return name;
    const std::string_view title = cover_text_[title_->block];
    // The title phrase ends mid-title ("... looked after children" + " services"): skip the
    // rest of the title's words (the first title_rest word after it) to what follows them.
    std::size_t first = std::string::npos, after = title_->end;
    for (const std::string& word : phrases_.title_rests) {
      if (const std::size_t found = find_folded(title, word, title_->end); found < first) {
        first = found;
        after = found + word.size();
      }
    }
    std::string rest(trim(title.substr(std::min(after, title.size())), " "));
    if (!rest.empty() && rest.size() <= 80 && capitalised(rest)) return rest;
    for (std::size_t i = title_->block + 1; i < cover_text_.size(); ++i) {
      const std::string_view next = cover_text_[i];
      if (next.empty()) continue;
      if (name_piece(next) && capitalised(next)) return std::string(next);
      break;
    }
    return {};
  }

  // "Medway Council" in a council paper or news item: the first "<Name> Council" the text gives,
  // or a cover line in capitals that names one ("HALLOWFIELD BOROUGH COUNCIL").
  std::string council_named_in_text() const {
    // The lexicon's last words of a council's name, as running text and a cover in capitals
    // print them: " Council", " COUNCIL".
    std::vector<std::pair<std::string, std::string>> ends;
    for (const std::string& p : lexicon_.phrases(Phrases::council_name)) {
      std::string title = " " + p, upper = " " + p;
      bool word_start = true;
      for (std::size_t i = 1; i < title.size(); ++i) {
        const char c = title[i];
        if (c >= 'a' && c <= 'z') {
          upper[i] = static_cast<char>(c - 'a' + 'A');
          if (word_start) title[i] = upper[i];
        }
        word_start = c == ' ';
      }
      ends.emplace_back(std::move(title), std::move(upper));
    }
    for (const Block* b : cover_) {
      const std::string_view t = layout_.text(*b);
      if (t.size() > 80) continue;
      for (const auto& [title, upper] : ends) {
        if (!t.ends_with(upper)) continue;
        std::string name;
        bool word_start = true;
        const std::size_t comma = t.rfind(',');
        for (char c : trim(comma == std::string_view::npos ? t : t.substr(comma + 1), " ")) {
          name += word_start || !(c >= 'A' && c <= 'Z') ? c : static_cast<char>(c - 'A' + 'a');
          word_start = c == ' ' || c == '-';
        }
        return name;
      }
    }
    std::size_t n = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture || ++n > 200) continue;
      const std::string_view t = layout_.text(b);
      for (const auto& [title, upper] : ends) {
        // Each " Council" as its capital word found after a space: a space is in every word's
        // way, a capital in few.
        const std::string_view capital = std::string_view(title).substr(1);
        for (std::size_t found = t.find(capital, 1); found != std::string_view::npos; found = t.find(capital, found + 1)) {
          if (t[found - 1] != ' ') continue;
          const std::size_t at = found - 1;
          const std::size_t end = at + title.size();
          if (end < t.size() && std::isalpha(static_cast<unsigned char>(t[end]))) continue;
          // Walk back over capitalised words.
          std::size_t start = at;
          int words = 0;
          while (start > 0 && words < 4) {
            std::size_t w = start;
            while (w > 0 && t[w - 1] != ' ') --w;
            const std::string_view word = t.substr(w, start - w);
            // A name is capitalised words without punctuation between them: "Unit, West Sussex
            // County Council" names West Sussex County Council, not a unit. A not_name_start
            // word ("The", "Our") starts none.
            if (word.empty() || !(word.front() >= 'A' && word.front() <= 'Z') || word.back() == ',' ||
                word.back() == '.' || word.back() == ':' || phrases_.not_name_start.is_one(FoldedView(word))) {
              break;
            }
            start = w == 0 ? 0 : w - 1;
            ++words;
            if (w == 0) {
              start = 0;
              break;
            }
          }
          if (words == 0) continue;
          const std::size_t name_begin = start == 0 && (t.front() >= 'A' && t.front() <= 'Z') ? 0 : start + 1;
          return std::string(t.substr(name_begin, end - name_begin));
        }
      }
    }
    return {};
  }

  // The place a report keeps coming back to: "children in Medway", "services in Lancashire".
  // The most frequent capitalised name after a place_before word (" in "), met three times at
  // least; a word of the lexicon's not_place ("England", "May") is none, nor starts one.
  std::string place_named_most() const {
    absl::flat_hash_map<std::string, int> counts;
    std::size_t n = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture || ++n > 400) continue;
      const std::string_view t = layout_.text(b);
      // Each word's places in turn: a name is counted once for each word it follows.
      for (const std::string& before : phrases_.place_befores) {
        for (std::size_t at = find_spaced(t, before); at != std::string_view::npos;
             at = find_spaced(t, before, at + 1)) {
          count_place_after(t, at + before.size(), counts);
        }
      }
    }
    std::string best;
    int most = 2;
    for (const auto& [name, count] : counts) {
      if (count > most || (count == most && !best.empty() && name < best)) {
        best = name;
        most = count;
      }
    }
    return best;
  }

  // The capitalised name that starts at t[i] counted, if any.
  void count_place_after(std::string_view t, std::size_t i,
                         absl::flat_hash_map<std::string, int>& counts) const {
    std::string name;
    while (i < t.size() && t[i] >= 'A' && t[i] <= 'Z') {
      std::size_t j = i;
      bool lower = false;
      while (j < t.size() && (std::isalpha(static_cast<unsigned char>(t[j])) || t[j] == '-')) {
        lower = lower || (t[j] >= 'a' && t[j] <= 'z');
        ++j;
      }
      const std::string_view word = t.substr(i, j - i);
      if (!lower || phrases_.not_place.is_one(FoldedView(word))) break;
      if (!name.empty()) name += ' ';
      name += word;
      i = j;
      if (i + 1 < t.size() && t[i] == ' ' && t[i + 1] >= 'A' && t[i + 1] <= 'Z') {
        ++i;
      } else {
        break;
      }
    }
    if (!name.empty()) ++counts[name];
  }

  void dates(Document& doc) {
    if (const Field* f = field(fields_, lexicon_.phrases(Phrases::published_label))) {
      if (const auto hit = first_stated_date(f->value); hit && hit->range.start.precision == Precision::day)
        doc.published = hit->range.start;
    }
    for (const Block* b : cover_) {
      if (const auto day = single_day(layout_.text(*b))) {
        doc.date = day;
        break;
      }
    }
    if (!doc.date) doc.date = doc.published;

    const std::vector<std::string>& labels = lexicon_.phrases(Phrases::inspection_date_label);
    if (const Field* f = field(fields_, labels)) {
      if (const auto hit = first_stated_date(f->value)) {
        doc.inspection_dates = inspection_dates_of(*hit);
        // Another line that gives other inspection dates: a conflict, said where it stands.
        for (const Field& other : fields_) {
          if (&other == f || std::none_of(labels.begin(), labels.end(),
                                          [&](const std::string& l) { return equal_folded(other.label, l); }))
            continue;
          const auto o = first_stated_date(other.value);
          if (!o || o->range == hit->range) continue;
          std::string message = "the inspection dates are given as \"";
          message += f->value;
          message += "\" but also as \"";
          message += other.value;
          message += "\" here";
          out_.diagnose(Severity::warning, "document-conflict", message, layout_.source().span(other.begin, other.end));
        }
      }
    }
    if (!doc.inspection_dates) visit_dates(doc);
  }

  // "This letter summarises the findings of a focused visit to ... on 5 February 2019",
  // "the recent Ofsted Monitoring Visit ..., which took place on the 20 and 21 August 2020".
  void visit_dates(Document& doc) {
    std::size_t n = 0;
    const auto& blocks = layout_.blocks();
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const Block& b = blocks[k];
      if (b.kind == BlockKind::furniture || b.kind == BlockKind::table_row) continue;
      if (++n > 30) break;
      std::string joined;
      const std::string_view f = folded_with_rest_of_sentence(k, joined);
      std::string joined_text;
      // with_rest_of_sentence(k), read once a date, or an initial's case, is looked for.
      std::optional<std::string_view> text;
      for (const std::string& subject : phrases_.visit_subjects) {
        const std::size_t at = find_in_folded(f, subject);
        if (at == std::string::npos) continue;
        // The sentence's end found in the folded text, its initials ("J.") told by their case
        // as written.
        const std::size_t end = sentence_end(f, at, phrases_.honorifics, false, [&] {
          if (!text) text = with_rest_of_sentence(k, joined_text);
          return *text;
        });
        for (const std::string& trigger : phrases_.visit_leads) {
          std::size_t trigger_end = 0;
          const std::size_t t = find_spaced(f, trigger, at, &trigger_end);
          if (t == std::string::npos || t > end) continue;
          // From the trigger's start: "between 3 and 5 November 2020" is one date with its "between".
          // A letter's visit days stated without a year ("on 13 and 14 July") are the visit the
          // letter reports: their year is the letter's (the last such days up to its date, or
          // a little after), and a note says so. Elsewhere only resolve_yearless_dates asks it.
          const bool asked = out_.options().resolve_yearless_dates;
          if (!text) text = with_rest_of_sentence(k, joined_text);
          auto hit = first_stated_date(text->substr(0, end), t + 1,
                                       asked || is_letter(doc.type) ? doc.date : std::nullopt);
          // The date must follow the trigger closely: "on the 20 and 21 August 2020".
          if (hit && hit->begin <= trigger_end + 6 && hit->range.start.precision == Precision::day) {
            doc.inspection_dates = inspection_dates_of(*hit);
            if (!hit->year_stated && !asked) note_year_from_letter(k, *hit, *text, *doc.date);
            return;
          }
        }
      }
    }
  }

  bool is_letter(DocumentType type) const {
    const FrameworkProfile* p = out_.profile(type);
    return p != nullptr && p->kind == DocumentKind::letter;
  }

  // The info note for a letter's visit days given the letter's year. `text` is block k's text
  // (with the rest of its sentence); the span is the date's where it lies in block k itself.
  void note_year_from_letter(std::size_t k, const grammar::DateHit& hit, std::string_view text, const Date& letter) {
    const Block& b = layout_.blocks()[k];
    const std::size_t own = layout_.text(b).size();
    const Span span = hit.end <= own ? layout_.span(b, hit.begin, hit.end) : layout_.span(b);
    out_.diagnose(Severity::info, "visit-year-from-letter",
                  "the visit's dates \"" + std::string(text.substr(hit.begin, hit.end - hit.begin)) +
                      "\" state no year: the inspection dates take the letter's (" + letter.iso() +
                      "), the last such days up to its date",
                  span);
  }

  // The block a paragraph's sentence runs on into (a page break, or a line the layout took for
  // a paragraph's end, cut it), or npos.
  std::size_t rest_of_sentence(std::size_t k) const {
    const auto& blocks = layout_.blocks();
    const std::string_view text = layout_.text(blocks[k]);
    if (blocks[k].kind != BlockKind::paragraph || text.empty() || text.back() == '.' || text.back() == ':') return std::string::npos;
    for (std::size_t next = k + 1; next < blocks.size() && next <= k + 3; ++next) {
      if (blocks[next].kind == BlockKind::furniture) continue;
      if (blocks[next].kind != BlockKind::paragraph) break;
      return next;
    }
    return std::string::npos;
  }

  // A paragraph's text, and the next paragraph's where the sentence runs on into it: the block's
  // text (Layout::text), or, where the sentence runs on, the two blocks' texts joined in `joined`.
  // The join is a copy, and must be: the searches of a sentence (a phrase, its end, a date, a list
  // of names) read it whole, and a page break may cut any of them ("The visit was" / "carried
  // out by ...", "on 13 and" / "14 July 2021"); the dates' grammar reads one contiguous text.
  std::string_view with_rest_of_sentence(std::size_t k, std::string& joined) const {
    return joined_with_rest(k, joined, [this](const Block& b) { return layout_.text(b); });
  }

  // with_rest_of_sentence(k) folded: the block's folded text (Layout::folded), or, where the
  // sentence runs on, the two blocks' folded texts joined in `joined` (a sentence cut by a page
  // break is searched whole; the join is of texts the layout folded, not folded here).
  std::string_view folded_with_rest_of_sentence(std::size_t k, std::string& joined) const {
    return joined_with_rest(k, joined, [this](const Block& b) { return layout_.folded(b); });
  }

  // Block k's text as `text_of` gives it (as written or folded), joined in `joined` with the
  // next block's where the sentence runs on into it.
  template <class TextOf>
  std::string_view joined_with_rest(std::size_t k, std::string& joined, TextOf text_of) const {
    const auto& blocks = layout_.blocks();
    const std::size_t next = rest_of_sentence(k);
    if (next == std::string::npos) return text_of(blocks[k]);
    joined = text_of(blocks[k]);
    joined += ' ';
    joined += text_of(blocks[next]);
    return joined;
  }

  void inspectors(Document& doc) {
    const People people(phrases_);
    auto add = [&](const std::string& name, const std::string& role) {
      for (const Inspector& i : doc.inspectors) {
        if (i.name == name) return;
      }
      doc.inspectors.push_back(Inspector{out_.keep(name), ReportBuilder::present(role.empty() ? "" : out_.keep(role))});
    };
    if (const Field* f = field(fields_, lexicon_.phrases(Phrases::inspector_label))) {
      for (const auto& [name, role] : people.in(f->value)) add(name, role);
    }
    // "Reporting inspector Sarah Urding HMI", without a colon.
    std::string buffer;
    for (const Block* b : cover_) {
      for (std::uint32_t k = 0; k < b->line_count; ++k) {
        const std::string_view line = plain_line(layout_, *b, k, buffer);
        for (const std::string& lead : phrases_.inspector_line_leads) {
          if (const std::size_t n = folded_prefix(line, lead); n != std::string_view::npos) {
            for (const auto& [name, role] : people.in(line.substr(n))) add(name, role);
          }
        }
      }
    }
    team(people, add);
    if (doc.inspectors.empty()) two_column_team(people, add);
    if (doc.inspectors.empty()) named_in_letter(people, add);
    signer(people, doc, add);
  }

  // "His Majesty's Inspectors for this visit were A and B", "The visit was conducted by A and B,
  // two of Her Majesty's Inspectors": the lexicon's inspector_lead phrases, then the list to the
  // end of the sentence (on into the next block where a page break cut it).
  template <class Add>
  void named_in_letter(const People& people, Add& add) const {
    const auto& blocks = layout_.blocks();
    std::size_t n = 0;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const Block& b = blocks[k];
      if (b.kind == BlockKind::furniture || b.kind == BlockKind::table_row) continue;
      if (++n > 40) break;
      std::string joined;
      const std::string_view f = folded_with_rest_of_sentence(k, joined);
      std::size_t lead_end = 0;
      const std::size_t lead = first_of(phrases_.inspector_lead, f, 0, &lead_end);
      if (lead == std::string::npos) continue;
      std::string joined_text;
      const std::string_view text = with_rest_of_sentence(k, joined_text);
      const std::size_t end = sentence_end(text, lead_end, phrases_.honorifics, true, [&] { return text; });
      // "His Majesty's Inspectors for this visit were A and B": a role just before or in the lead
      // phrase is every name's, unless the list gives one of its own.
      std::string shared;
      const std::size_t window = lead >= 48 ? lead - 48 : 0;
      // Each role's first place from the window on, found in one pass: role by role (in the
      // lexicon's order, then the roles in the plural), the longest that lies in or before the
      // lead phrase.
      const std::size_t roles = phrases_.inspector_role_worded.size();
      std::vector<std::pair<std::size_t, std::size_t>> first_place(roles, {std::string::npos, 0});
      phrases_.inspector_role.each(
          f,
          [&](std::uint32_t row, std::size_t at, std::size_t end) {
            if (first_place[row].first == std::string::npos) first_place[row] = {at, end};
          },
          window, lead_end);
      for (std::size_t r = 0; r < roles; ++r) {
        const auto [at, e] = first_place[r];
        if (at == std::string::npos || e > lead_end) continue;
        if (!phrases_.inspector_role_worded[r]) continue;
        if (shared.empty() || e - at > shared.size()) {
          shared = phrases_.singular_or_same(std::string(text.substr(at, e - at)));
          shared[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(shared[0])));
        }
      }
      bool any = false;
      for (const auto& [name, role] : people.in(text.substr(lead_end, end - lead_end))) {
        add(name, role.empty() ? shared : role);
        any = true;
      }
      if (any) return;
    }
  }

  // The signer of a letter, under "Yours sincerely": the lead where the letter names no other
  // (added first, or, where already named, moved first).
  template <class Add>
  void signer(const People& people, Document& doc, Add& add) const {
    const FrameworkProfile* profile = out_.profile(doc.type);
    if (!profile || profile->kind != DocumentKind::letter) return;
    for (const Inspector& i : doc.inspectors) {
      if (i.role && phrases_.lead_role.in(FoldedView(*i.role))) return;
    }
    // The sign-off, among the blocks' lines in reading order (blank lines and page furniture are
    // in no block); a line's place among the source lines is where it lies in them.
    const auto& blocks = layout_.blocks();
    const Line* const source_lines = layout_.source().lines().data();
    auto source_index = [&](const Block& b, std::uint32_t k) {
      return static_cast<std::size_t>(&layout_.line(b, k) - source_lines);
    };
    std::size_t i = 0;
    std::uint32_t k = 0;
    auto signs_off = [&] {
      for (; i < blocks.size(); ++i, k = 0) {
        for (; k < blocks[i].line_count; ++k) {
          // The line's content without a comma at either end: "Yours sincerely,".
          const std::string_view line = trim_blanks(layout_.content(blocks[i], k), true);
          if (!line.empty() && line.size() <= 40 && phrases_.signer.is_one(FoldedView(line))) return true;
        }
      }
      return false;
    };
    if (!signs_off()) return;
    // The name on one of the next lines (at most six source lines below), its role perhaps on
    // the line after.
    const std::size_t at = source_index(blocks[i], k);
    std::vector<std::string> below;
    for (std::size_t bi = i, j = k + 1; bi < blocks.size() && below.size() < 3; ++bi, j = 0) {
      for (; j < blocks[bi].line_count && below.size() < 3; ++j) {
        const std::size_t index = source_index(blocks[bi], j);
        if (index <= at || index > at + 6) break;
        below.emplace_back(layout_.content(blocks[bi], j));
      }
      if (j < blocks[bi].line_count) break;  // a line past the six, or three lines kept
    }
    for (std::size_t j = 0; j < below.size(); ++j) {
      std::string list = below[j];
      if (j + 1 < below.size() && people.role_like(below[j + 1])) list += ", " + below[j + 1];
      const auto found = people.in(list);
      if (found.empty()) continue;
      // Not a structured binding: clang 14 (the fuzz and sanitizer builds) lets no lambda capture one.
      const auto& first = found.front();
      const auto& name = first.first;
      auto it = std::find_if(doc.inspectors.begin(), doc.inspectors.end(),
                             [&](const Inspector& i) { return i.name == name; });
      if (it == doc.inspectors.end()) {
        add(name, first.second);
        it = doc.inspectors.end() - 1;
      }
      std::rotate(doc.inspectors.begin(), it, it + 1);
      return;
    }
  }

  // An area SEND report's team, in a table of two columns under the inspectorates' names
  // ("Ofsted" | "Care Quality Commission": a row's line whose label and cell each name an
  // inspectorate, not the same one), each column's people a name then a role (wrapped over
  // lines), or "Name, role" in one cell. The rows under the names are read as the layout made
  // them, line by line: a line's label goes to the first column and its cell to the second (the
  // layout may set a role wrapped in one column in the row of the other column's next name). The
  // team is the people whose role is an inspector's, but for a not_team_role's (a column's
  // directors who sign the letter).
  template <class Add>
  void two_column_team(const People& people, Add& add) const {
    const auto& blocks = layout_.blocks();
    std::array<std::vector<Layout::LineRange>, 2> sides;  // each line's label, and its cell
    auto read_sides = [&](const Block& b) {
      layout_.line_ranges(b, Layout::Side::label, sides[0]);
      layout_.line_ranges(b, Layout::Side::cell, sides[1]);
    };
    // Line k's part of a side of a row of text `t`: empty where the line gave the side nothing.
    auto part = [&](std::string_view t, std::size_t side, std::uint32_t k) {
      const Layout::LineRange& r = sides[side][k];
      return r.found() ? t.substr(r.begin, r.end - r.begin) : std::string_view();
    };
    for (std::size_t h = 0; h < blocks.size(); ++h) {
      const Block& head = blocks[h];
      if (head.kind != BlockKind::table_row || head.tab_piece == UINT32_MAX) continue;
      read_sides(head);
      const std::string_view head_text = layout_.text(head);
      std::optional<std::uint32_t> heads;  // the line that names the inspectorates
      for (std::uint32_t k = 0; k < head.line_count && !heads; ++k) {
        const Inspectorate* left = named_inspectorate(part(head_text, 0, k));
        const Inspectorate* right = left == nullptr ? nullptr : named_inspectorate(part(head_text, 1, k));
        if (right != nullptr && right != left) heads = k;
      }
      if (!heads) continue;
      struct Entry {
        std::string name, role;
      };
      std::vector<Entry> columns[2];
      auto take = [&](std::vector<Entry>& column, std::string_view cell) {
        // A name starts an entry once the entry above has its role; anything else is role.
        const std::string_view first = trim(cell.substr(0, cell.find(',')), " ");
        if ((column.empty() || !column.back().role.empty()) && name_like(first) && !people.role_like(first) &&
            !people.not_a_name(first)) {
          // "Lena Harwood, Ofsted HMI, Lead" / "inspector": the rest of the cell is the role.
          const std::size_t comma = cell.find(',');
          column.push_back({std::string(first), comma == std::string_view::npos
                                                    ? std::string()
                                                    : std::string(trim(cell.substr(comma + 1), " "))});
          return;
        }
        if (column.empty()) return;
        if (!column.back().role.empty()) column.back().role += ' ';
        column.back().role += cell;
      };
      // The table's rows from the line under the names, page furniture passed over, to the first
      // block that is no table row or a line with a part too long to be a name and a role.
      bool ended = false;
      for (std::size_t j = h; j < blocks.size() && !ended; ++j) {
        const Block& b = blocks[j];
        if (b.kind == BlockKind::furniture) continue;
        if (b.kind != BlockKind::table_row) break;
        if (j != h) read_sides(b);
        const std::string_view t = layout_.text(b);
        for (std::uint32_t k = j == h ? *heads + 1 : 0; k < b.line_count; ++k) {
          const std::string_view cells[2] = {part(t, 0, k), part(t, 1, k)};
          if (cells[0].size() > 70 || cells[1].size() > 70) {
            ended = true;
            break;
          }
          for (std::size_t side = 0; side < 2; ++side) {
            if (!cells[side].empty()) take(columns[side], cells[side]);
          }
        }
      }
      for (const auto& column : columns) {
        for (const Entry& e : column) {
          if (!people.role_like(e.role) || phrases_.not_team_role.in(FoldedView(e.role))) continue;
          add(e.name, std::string(trim(e.role, " ,")));
        }
      }
      return;
    }
  }

  // "The inspection team" of a full report: "Lead inspector: ...", "Deputy lead inspector:
  // ...", "Team inspectors: A, B and C", anywhere in the document: a label with a role word,
  // none of a not_team_role ("His Majesty's Chief Inspector: ..." is not of the team). Each
  // person takes the label as role unless the text gives one.
  template <class Add>
  void team(const People& people, Add& add) const {
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture) continue;
      const std::string_view t = layout_.text(b);
      const std::size_t colon = t.substr(0, 41).find(':');
      if (colon == std::string_view::npos) continue;
      // The label read as written: no block is folded whole for the few bytes before its colon.
      const FoldedView label(t.substr(0, colon));
      if (!phrases_.role_word.in(label) || phrases_.not_team_role.in(label)) continue;
      // "Team inspectors: A, B and C": each one a "Team inspector".
      std::string role = phrases_.singular_or_same(std::string(t.substr(0, colon)));
      for (std::size_t i = 1; i < role.size(); ++i) {
        if (role[i] >= 'A' && role[i] <= 'Z' && role[i - 1] == ' ') role[i] = static_cast<char>(role[i] - 'A' + 'a');
      }
      std::string value(trim(t.substr(colon + 1), " "));
      // "Thomson- Jones": a hyphenated name broken at its hyphen.
      for (std::size_t at = value.find("- "); at != std::string::npos; at = value.find("- ", at)) {
        if (at > 0 && std::isalpha(static_cast<unsigned char>(value[at - 1])) && at + 2 < value.size() &&
            value[at + 2] >= 'A' && value[at + 2] <= 'Z') {
          value.erase(at + 1, 1);
        } else {
          ++at;
        }
      }
      for (const auto& [name, own_role] : people.in(value)) add(name, own_role.empty() ? role : own_role);
    }
  }

  ReportBuilder& out_;
  const Lexicon& lexicon_;
  std::optional<DocumentPhrases> own_phrases_;  // compiled for this parse when not the built-in lexicon's
  const DocumentPhrases& phrases_;
  const Layout& layout_;
  std::vector<const Block*> cover_;
  std::vector<std::string> cover_text_;  // each cover block's text without postcodes
  std::vector<Field> fields_;
  std::optional<Title> title_;
};

}  // namespace

void recognise_document(ReportBuilder& out) { DocumentReader(out).read(); }

}  // namespace judgement::detail
