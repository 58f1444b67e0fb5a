// The document: what it is, whom it is about, when, and by whom. Read from the cover or
// letterhead (the blocks before the body text starts) and, for letters and council papers, from
// the opening sentences that say when the visit took place and who made it. Never from the
// file name.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "grammar/date_finder.hpp"
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

// Folded text without the padding fold() puts before apostrophes, for phrase matching only.
std::string compact(std::string_view text) {
  // fold(text) with every '\x01' dropped, in one pass into a buffer of the right size.
  std::string out(text.size(), '\0');
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= 'A' && c <= 'Z') {
      out[n++] = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\x99' || text[i + 2] == '\x98')) {
      out[n++] = '\'';  // fold's "\x01\x01'"
      i += 2;
    } else if (c != '\x01') {
      out[n++] = c;
    }
  }
  out.resize(n);
  return out;
}

struct Title {
  const FrameworkProfile* profile = nullptr;
  std::size_t block = 0;  // index into the cover
  std::size_t at = 0;     // offset of the phrase in the block's folded text
  std::size_t end = 0;
};

// How far into its block a title phrase may start ("Inspection of Knowsley Council local
// authority children's services" puts the name first).
constexpr std::size_t max_title_offset = 80;

// The first profile title (in the lexicon's order: profile by profile) that a cover block holds.
std::optional<Title> find_title(const Lexicon& lexicon, const Layout& layout, const std::vector<const Block*>& cover) {
  std::vector<std::optional<std::string>> folded(cover.size());
  for (std::size_t i = 0; i < cover.size(); ++i) {
    const std::string_view text = layout.text(*cover[i]);
    // The cover's own words, not a summary paragraph that mentions another inspection: a
    // title is short, does not end a sentence, and starts near the start of its block.
    if (text.size() > 260 || (!text.empty() && text.back() == '.')) continue;
    folded[i] = fold(text);
  }
  for (const Lexicon::ProfileRow& row : lexicon.titles()) {
    for (std::size_t i = 0; i < cover.size(); ++i) {
      if (!folded[i]) continue;
      std::size_t end = 0;
      const std::size_t at = find_phrase(*folded[i], row.phrase, 0, &end);
      if (at != std::string::npos && at <= max_title_offset) return Title{row.profile, i, at, end};
    }
  }
  return std::nullopt;
}

bool mentions_any(std::string_view folded, std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases) {
    if (folded.find(p) != std::string_view::npos) return true;
  }
  return false;
}

// --- "Label: value" fields of a cover ----------------------------------------------------------

struct Field {
  std::string label;  // folded, without the colon
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

bool role_like(std::string_view folded) {
  return folded.find("inspector") != std::string_view::npos || folded == "hmi";
}

std::vector<Field> cover_fields(const Layout& layout, const std::vector<const Block*>& cover) {
  std::vector<Field> fields;
  std::vector<std::size_t> pending;  // labels still waiting for their value, in order
  int since_label = 0;
  const Source& src = layout.source();
  for (const Block* b : cover) {
    for (std::uint32_t k = 0; k < b->line_count; ++k) {
      const Line& at = layout.line(*b, k);
      const std::string line = std::string(trim(without_bold(src.text(at)), " \t\f"));
      if (line.empty()) continue;
      const std::size_t colon = line.find(':');
      if (colon != std::string::npos && is_label(trim(std::string_view(line).substr(0, colon), " \t"))) {
        Field f{fold(trim(std::string_view(line).substr(0, colon), " \t")),
                std::string(trim(std::string_view(line).substr(colon + 1), " \t")), at.begin, at.end};
        fields.push_back(f);
        if (fields.back().value.empty()) pending.push_back(fields.size() - 1);
        since_label = 0;
        continue;
      }
      if (!pending.empty() && ++since_label <= 4 && line.size() <= 80) {
        fields[pending.front()].value = line;
        pending.erase(pending.begin());
        continue;
      }
      // A value that goes on to a second line: "Lead inspector: Name" then "Her Majesty's Inspector".
      if (!fields.empty() && role_like(fold(line)) && line.size() <= 40 && line.find(':') == std::string::npos) {
        Field& last = fields.back();
        if (!last.value.empty() && fold(last.label).find("inspector") != std::string::npos) last.value += ", " + line;
      }
      if (line.size() > 80) pending.clear();
    }
  }
  return fields;
}

const Field* field(const std::vector<Field>& fields, std::initializer_list<std::string_view> labels) {
  for (std::string_view l : labels) {
    for (const Field& f : fields) {
      if (f.label == l && !f.value.empty()) return &f;
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

constexpr std::string_view role_suffixes[] = {" HMI", " Ofsted Inspector", " OI"};

// "Maire Atherton, Her Majesty's Inspector, and Dominic Stevens, Her Majesty's Inspector",
// "Caroline Walsh, Michele Costello and Jan Edwards", "John Roughton HMI and Caroline Walsh HMI".
std::vector<std::pair<std::string, std::string>> people_in(std::string_view list) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    const std::string_view t = trim(current, " ,;.");
    if (!t.empty()) parts.emplace_back(t);
    current.clear();
  };
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i] == ',' || list[i] == ';') {
      flush();
      continue;
    }
    if (list.substr(i).starts_with(" and ") || list.substr(i).starts_with(" & ")) {
      flush();
      i += list.substr(i).starts_with(" and ") ? 4 : 2;
      continue;
    }
    current += list[i];
  }
  flush();
  std::vector<std::pair<std::string, std::string>> people;
  for (std::string part : parts) {
    if (part.starts_with("and ")) part = part.substr(4);
    const std::string folded = fold(part);
    if (role_like(folded) && !people.empty() && people.back().second.empty()) {
      people.back().second = part;
      continue;
    }
    std::string role;
    for (std::string_view suffix : role_suffixes) {
      if (part.size() > suffix.size() && std::string_view(part).ends_with(suffix)) {
        role = std::string(trim(suffix, " "));
        part.resize(part.size() - suffix.size());
      }
    }
    for (std::string_view lead : {"Mr ", "Mrs ", "Ms ", "Miss ", "Dr "}) {
      if (std::string_view(part).starts_with(lead)) part = part.substr(lead.size());
    }
    if (name_like(part)) people.emplace_back(part, role);
  }
  return people;
}

// The end of the sentence starting at `from`: a full stop followed by a space and a capital, or
// the end of the text.
std::size_t sentence_end(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] != '.') continue;
    // "Mr." or an initial is not a sentence end.
    if (i >= 1 && i >= from + 2 && text[i - 2] == ' ' && text[i - 1] >= 'A' && text[i - 1] <= 'Z') continue;
    if (i + 1 == text.size() || text[i + 1] == ' ') return i;
  }
  return text.size();
}

// Phrases after which a letter or paper names its inspectors.
constexpr std::string_view inspector_triggers[] = {
    "inspectors for this visit were ", "inspectors were ", "carried out by her majesty's inspectors ",
    "carried out by his majesty's inspectors ", "ofsted inspectors, ", "inspectors: ", "inspection team was ",
    "the visit was carried out by ", "the lead inspector was ", "majesty's inspectors, ", "inspectors, ",
};

class DocumentReader {
 public:
  explicit DocumentReader(ReportBuilder& out) : out_(out), layout_(out.layout()), cover_(cover_blocks(layout_)) {}

  void read() {
    Document& doc = out_.report().document;
    fields_ = cover_fields(layout_, cover_);
    title_ = find_title(out_.lexicon(), layout_, cover_);
    doc.type = type();
    doc.inspectorate = inspectorate(doc.type);
    doc.provider = provider(doc.type);
    dates(doc);
    inspectors(doc);
  }

 private:
  bool letter() const {
    for (const Block* b : cover_) {
      if (fold(layout_.text(*b)).starts_with("dear ")) return true;
    }
    return false;
  }

  // The compact text of the first `max_blocks` blocks that are not page furniture, a line
  // each. Asked for at 60, 200 and 400 blocks: each block is made compact once, as the longest
  // request reaches it, and shorter requests take a prefix.
  std::string document_text_start(std::size_t max_blocks) const {
    const auto& blocks = layout_.blocks();
    while (start_.ends.size() < max_blocks && start_.next < blocks.size()) {
      const Block& b = blocks[start_.next++];
      if (b.kind == BlockKind::furniture) continue;
      start_.text += compact(layout_.text(b));
      start_.text += '\n';
      start_.ends.push_back(start_.text.size());
    }
    const std::size_t n = std::min(max_blocks, start_.ends.size());
    return start_.text.substr(0, n == 0 ? 0 : start_.ends[n - 1]);
  }

  DocumentType type() const {
    const std::string start = document_text_start(60);
    // A council paper reports an inspection; its own kind wins over the inspection it names.
    std::string cover_text;
    for (const Block* b : cover_) cover_text += compact(layout_.text(*b)) + "\n";
    if (mentions_any(cover_text, {"report from:", "agenda item", "scrutiny committee", "cabinet member", "report to cabinet",
                                  "report to the cabinet", "committee report"}) ||
        (mentions_any(cover_text, {"committee", "cabinet"}) && mentions_any(start, {"recommendation", "summary"}))) {
      return DocumentType::committee_report;
    }
    if (title_) return out_.type_of(*title_->profile);
    // A cover lost in conversion: the judgement areas each framework uses name it.
    const std::string body = document_text_start(400);
    for (const Lexicon::ProfileRow& row : out_.lexicon().contents()) {
      if (find_phrase(body, row.phrase) != std::string::npos) return out_.type_of(*row.profile);
    }
    if (mentions_any(start, {"news archive", "press release", "news release"}) ||
        (mentions_any(start, {" said", "commented"}) && mentions_any(start, {"cllr", "councillor", "leader of"}))) {
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
    const std::string start = document_text_start(200);
    for (const Lexicon::MentionRow& row : out_.lexicon().mentions()) {
      if (find_phrase(start, row.phrase) != std::string::npos) return out_.keep(row.inspectorate->name);
    }
    return std::nullopt;
  }

  std::optional<std::string_view> provider(DocumentType type) {
    std::string name;
    if (title_) {
      const std::string_view text = layout_.text(*cover_[title_->block]);
      const std::string f = fold(text);
      if (type == DocumentType::focused_visit || type == DocumentType::monitoring_visit) {
        name = between(text, f, title_->end, {" children", " local authority"});
      } else if (type == DocumentType::area_send && f.compare(title_->end, 4, " of ") == 0) {
        // "Area SEND inspection of Northshire Local Area Partnership", the name perhaps wrapped
        // onto a line of its own ("... Local Area" / "Partnership").
        name = std::string(trim(text.substr(title_->end + 4), " "));
        for (std::size_t i = title_->block + 1; i < cover_.size(); ++i) {
          const std::string_view next = layout_.text(*cover_[i]);
          if (next.size() > 40 || next.find(':') != std::string_view::npos || !(next.front() >= 'A' && next.front() <= 'Z') ||
              std::count(next.begin(), next.end(), ' ') > 2 || single_day(next)) {
            break;
          }
          name += ' ';
          name += next;
        }
      } else if (const std::size_t of = f.find("inspection of "); type == DocumentType::ilacs &&
                                                                 of != std::string::npos &&
                                                                 f.find(" local authority", of) != std::string::npos) {
        name = between(text, f, of + 14, {" local authority"});
      }
      if (name.empty()) name = cover_name();
    }
    if (name.empty()) name = council_named_in_text();
    if (name.empty()) name = place_named_most();
    name = std::string(trim(name, " ,.;:"));
    for (std::string_view possessive : {"\xE2\x80\x99s", "'s"}) {
      if (std::string_view(name).ends_with(possessive)) name.resize(name.size() - possessive.size());
    }
    if (name.empty()) return std::nullopt;
    return out_.keep(name);
  }

  // A cover line that is only an inspectorate's name or a phrase that names it ("Ofsted").
  bool names_inspectorate(std::string_view line) const {
    const std::string key = phrase_key(line);
    for (const Lexicon::MentionRow& row : out_.lexicon().mentions()) {
      if (row.phrase == key || phrase_key(row.inspectorate->name) == key) return true;
    }
    return false;
  }

  // Text after `from` up to the first of `stops` (in the folded text).
  static std::string between(std::string_view text, const std::string& folded, std::size_t from,
                             std::initializer_list<std::string_view> stops) {
    std::size_t end = std::string::npos;
    for (std::string_view s : stops) end = std::min(end, folded.find(s, from));
    if (end == std::string::npos) return {};
    return std::string(trim(text.substr(from, end - from), " "));
  }

  // The provider's name as a cover prints it: the short blocks above the title ("London
  // Borough of Bexley"), or, where the title comes first, the block below it or the rest of the
  // title block ("Inspection of looked after children services" / "Medway Council").
  std::string cover_name() const {
    std::string name;
    for (std::size_t i = 0; i < title_->block; ++i) {
      const std::string_view t = layout_.text(*cover_[i]);
      if (t.size() > 80 || single_day(t) || names_inspectorate(t) || t.find(':') != std::string_view::npos) continue;
      if (!name.empty()) name += ' ';
      name += t;
    }
    if (!name.empty()) return name;
    const std::string_view title = layout_.text(*cover_[title_->block]);
    const std::string folded = fold(title);
    // The title phrase ends mid-title ("... looked after children" + " services"): skip the
    // rest of the title's words to what follows them.
    std::size_t after = folded.find(" services", title_->end);
    after = after == std::string::npos ? title_->end : after + 9;
    std::string rest(trim(title.substr(std::min(after, title.size())), " "));
    if (!rest.empty() && rest.size() <= 80) return rest;
    if (title_->block + 1 < cover_.size()) {
      const std::string_view next = layout_.text(*cover_[title_->block + 1]);
      if (next.size() <= 80 && next.find(':') == std::string_view::npos && !single_day(next)) return std::string(next);
    }
    return {};
  }

  // "Medway Council" in a council paper or news item: the first "<Name> Council" the text gives,
  // or a cover line in capitals that names one ("HALLOWFIELD BOROUGH COUNCIL").
  std::string council_named_in_text() const {
    for (const Block* b : cover_) {
      const std::string_view t = layout_.text(*b);
      if (t.size() > 80 || !t.ends_with(" COUNCIL")) continue;
      std::string name;
      bool word_start = true;
      for (char c : t) {
        name += word_start || !(c >= 'A' && c <= 'Z') ? c : static_cast<char>(c - 'A' + 'a');
        word_start = c == ' ' || c == '-';
      }
      return name;
    }
    std::size_t n = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture || ++n > 200) continue;
      const std::string_view t = layout_.text(b);
      for (std::size_t at = t.find(" Council"); at != std::string_view::npos; at = t.find(" Council", at + 1)) {
        // Walk back over capitalised words.
        std::size_t start = at;
        int words = 0;
        while (start > 0 && words < 4) {
          std::size_t w = start;
          while (w > 0 && t[w - 1] != ' ') --w;
          const std::string_view word = t.substr(w, start - w);
          if (word.empty() || !(word.front() >= 'A' && word.front() <= 'Z') || word == "The" || word == "This" ||
              word == "Our" || word == "Full") {
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
        return std::string(t.substr(name_begin, at + 8 - name_begin));
      }
    }
    return {};
  }

  // The place a report keeps coming back to: "children in Medway", "services in Lancashire".
  // The most frequent capitalised name after " in ", met three times at least.
  std::string place_named_most() const {
    static constexpr std::string_view not_places[] = {
        "England", "Ofsted", "Wales", "Scotland", "Britain", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "The", "This", "Her", "His", "Children",
        "Care", "Services", "Spring", "Summer", "Autumn", "Winter"};
    absl::flat_hash_map<std::string, int> counts;
    std::size_t n = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture || ++n > 400) continue;
      const std::string_view t = layout_.text(b);
      for (std::size_t at = t.find(" in "); at != std::string_view::npos; at = t.find(" in ", at + 1)) {
        std::size_t i = at + 4;
        std::string name;
        while (i < t.size() && t[i] >= 'A' && t[i] <= 'Z') {
          std::size_t j = i;
          bool lower = false;
          while (j < t.size() && (std::isalpha(static_cast<unsigned char>(t[j])) || t[j] == '-')) {
            lower = lower || (t[j] >= 'a' && t[j] <= 'z');
            ++j;
          }
          const std::string_view word = t.substr(i, j - i);
          if (!lower || std::find(std::begin(not_places), std::end(not_places), word) != std::end(not_places)) break;
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

  void dates(Document& doc) {
    if (const Field* f = field(fields_, {"report published", "published", "publication date", "date published"})) {
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

    const auto labels = {std::string_view("inspection dates"), std::string_view("inspection date"),
                         std::string_view("dates of inspection"), std::string_view("date of inspection"),
                         std::string_view("inspection dates and times")};
    if (const Field* f = field(fields_, labels)) {
      if (const auto hit = first_stated_date(f->value)) {
        doc.inspection_dates = inspection_dates_of(*hit);
        // Another line that gives other inspection dates: a conflict, said where it stands.
        for (const Field& other : fields_) {
          if (&other == f || std::find(labels.begin(), labels.end(), other.label) == labels.end()) continue;
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
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture || b.kind == BlockKind::table_row) continue;
      if (++n > 30) break;
      const std::string_view text = layout_.text(b);
      const std::string f = fold(text);
      for (std::string_view subject : {"visit", "inspection"}) {
        const std::size_t at = f.find(subject);
        if (at == std::string::npos) continue;
        const std::size_t end = sentence_end(f, at);
        for (std::string_view trigger : {" took place on ", " took place from ", " took place between ", " on ",
                                         " carried out on ", " between "}) {
          const std::size_t t = f.find(trigger, at);
          if (t == std::string::npos || t > end) continue;
          auto hit = first_stated_date(text.substr(0, end), t + trigger.size() - 1,
                                       out_.options().resolve_yearless_dates ? doc.date : std::nullopt);
          // The date must follow the trigger closely: "on the 20 and 21 August 2020".
          if (hit && hit->begin <= t + trigger.size() + 6 && hit->range.start.precision == Precision::day) {
            doc.inspection_dates = inspection_dates_of(*hit);
            return;
          }
        }
      }
    }
  }

  void inspectors(Document& doc) {
    auto add = [&](const std::string& name, const std::string& role) {
      for (const Inspector& i : doc.inspectors) {
        if (i.name == name) return;
      }
      doc.inspectors.push_back(Inspector{out_.keep(name), ReportBuilder::present(role.empty() ? "" : out_.keep(role))});
    };
    if (const Field* f = field(fields_, {"lead inspector", "reporting inspector", "lead inspectors", "inspectors"})) {
      for (const auto& [name, role] : people_in(f->value)) add(name, role);
    }
    // "Reporting inspector Sarah Urding HMI", without a colon.
    for (const Block* b : cover_) {
      for (std::uint32_t k = 0; k < b->line_count; ++k) {
        const std::string line = std::string(trim(without_bold(layout_.source().text(layout_.line(*b, k))), " \t\f"));
        const std::string f = fold(line);
        for (std::string_view lead : {"reporting inspector ", "lead inspector "}) {
          if (f.starts_with(lead)) {
            for (const auto& [name, role] : people_in(std::string_view(line).substr(lead.size()))) add(name, role);
          }
        }
      }
    }
    team(doc, add);
    if (!doc.inspectors.empty()) return;
    std::size_t n = 0;
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture || b.kind == BlockKind::table_row) continue;
      if (++n > 40) break;
      const std::string_view text = layout_.text(b);
      const std::string f = fold(text);
      for (std::string_view trigger : inspector_triggers) {
        std::size_t at = f.find(trigger);
        if (at == std::string::npos) {
          // The folded text keeps padding before apostrophes; try the phrase as the text has it.
          const std::string padded = [&] {
            std::string p(trigger);
            const std::size_t q = p.find('\'');
            if (q != std::string::npos) p.insert(q, "\x01\x01");
            return p;
          }();
          at = f.find(padded);
          if (at == std::string::npos) continue;
          at += padded.size();
        } else {
          at += trigger.size();
        }
        const std::size_t end = sentence_end(text, at);
        // "His Majesty's Inspectors for this visit were A and B": each is one of His Majesty's
        // Inspectors, unless the list gives a role of its own.
        std::string shared_role;
        if (const std::size_t m = f.rfind("majesty", at); m != std::string::npos && m + 64 > at && m >= 4) {
          const std::size_t start = f.rfind(' ', m - 2) == std::string::npos ? 0 : f.rfind(' ', m - 2) + 1;
          const std::size_t inspector = f.find("inspector", m);
          if (inspector != std::string::npos && inspector < at) {
            shared_role = std::string(text.substr(start, inspector + 9 - start));
            shared_role[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(shared_role[0])));
          }
        }
        for (const auto& [name, role] : people_in(text.substr(at, end - at))) add(name, role.empty() ? shared_role : role);
        if (!doc.inspectors.empty()) return;
      }
    }
  }

  // "The inspection team" of a full report: "Lead inspector: ...", "Deputy lead inspector:
  // ...", "Team inspectors: A, B and C", anywhere in the document. Each person takes the
  // label as role unless the text gives one.
  template <class Add>
  void team(const Document& doc, Add& add) const {
    for (const Block& b : layout_.blocks()) {
      if (b.kind == BlockKind::furniture) continue;
      const std::string_view t = layout_.text(b);
      const std::size_t colon = t.find(':');
      if (colon == std::string_view::npos || colon > 40) continue;
      const std::string label = fold(t.substr(0, colon));
      if (label.find("inspector") == std::string::npos || label.find("chief") != std::string::npos) continue;
      std::string role(t.substr(0, colon));
      if (role.size() > 10 && role.ends_with("inspectors")) role.pop_back();
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
      (void)doc;
      for (const auto& [name, own_role] : people_in(value)) add(name, own_role.empty() ? role : own_role);
    }
  }

  ReportBuilder& out_;
  const Layout& layout_;
  std::vector<const Block*> cover_;
  std::vector<Field> fields_;
  std::optional<Title> title_;
  // What document_text_start has made so far; this parse's own, never kept past it.
  struct Start {
    std::string text;
    std::vector<std::size_t> ends;  // of each block's line in `text`
    std::size_t next = 0;           // the next block to read
  };
  mutable Start start_;
};

}  // namespace

void recognise_document(ReportBuilder& out) { DocumentReader(out).read(); }

}  // namespace judgement::detail
