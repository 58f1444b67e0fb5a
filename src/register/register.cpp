// The register built from its data files, and names resolved through it (register.hpp).
#include "register/register.hpp"

#include <algorithm>

#include "register/csv.hpp"
#include "register/name_words.hpp"

namespace judgement::detail {

namespace {

std::optional<std::string_view> present(std::string_view text) {
  return text.empty() ? std::nullopt : std::optional<std::string_view>(text);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

const Register& Register::builtin() {
  static const Register r(builtin_authorities_csv, builtin_names_csv, builtin_former_csv);
  return r;
}

Register::Register(std::string_view authorities, std::string_view names, std::string_view former) {
  read_authorities(authorities);
  read_former(former);
  for (std::size_t i = 0; i < authorities_.size(); ++i) {
    const Authority& a = authorities_[i];
    if (a.ons_code) ons_.emplace_back(*a.ons_code, i);
    if (a.dfe_la_code) dfe_.emplace_back(*a.dfe_la_code, i);
    if (a.ofsted_urn) urn_.emplace_back(*a.ofsted_urn, i);
  }
  for (auto* ids : {&ons_, &dfe_, &urn_}) std::sort(ids->begin(), ids->end());
  names_.reserve(4 * authorities_.size());
  // The authorities' own names first, so that a data row cannot take one over.
  for (std::size_t i = 0; i < authorities_.size(); ++i) add_name(authorities_[i].name, i, NameKind::name);
  read_names(names);
}

void Register::read_authorities(std::string_view text) {
  std::vector<std::string> errors;
  const CsvTable t = read_csv(text, owned_, errors);
  for (std::string& e : errors) errors_.push_back("authorities.csv " + e);
  const std::size_t urn = t.column("ofsted_urn"), dfe = t.column("dfe_la_code"), ons = t.column("ons_code"),
                    name = t.column("name"), aka = t.column("also_known_as"), region = t.column("region"),
                    type = t.column("la_type");
  if (name == t.header.size() || urn == t.header.size() || dfe == t.header.size() || ons == t.header.size()) {
    errors_.push_back("authorities.csv: needs the columns ofsted_urn, dfe_la_code, ons_code and name");
    return;
  }
  authorities_.reserve(t.rows.size());
  std::vector<std::string_view> also;
  for (const auto& row : t.rows) {
    Authority a;
    a.name = row[name];
    a.ofsted_urn = present(row[urn]);
    a.dfe_la_code = present(row[dfe]);
    a.ons_code = present(row[ons]);
    if (region < row.size()) a.region = row[region];
    if (type < row.size()) a.type = row[type];
    if (a.name.empty()) {
      errors_.push_back("authorities.csv line " + std::to_string(t.lines[&row - t.rows.data()]) + ": no name");
      continue;
    }
    authorities_.push_back(a);
    also.push_back(aka < row.size() ? row[aka] : std::string_view());
  }
  // also_known_as: "[Kingston Upon Hull, Hull]", the names in brackets separated by commas.
  for (std::size_t i = 0; i < also.size(); ++i) {
    std::string_view list = trim(also[i]);
    if (list.empty()) continue;
    if (list.front() == '[' && list.back() == ']') list = list.substr(1, list.size() - 2);
    while (!list.empty()) {
      const std::size_t comma = list.find(',');
      const std::string_view item = trim(list.substr(0, comma));
      if (!item.empty()) add_name(item, i, NameKind::name);
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
  }
}

void Register::read_former(std::string_view text) {
  std::vector<std::string> errors;
  const CsvTable t = read_csv(text, owned_, errors);
  for (std::string& e : errors) errors_.push_back("former.csv " + e);
  const std::size_t code = t.column("dfe_la_code"), ended = t.column("ended"), successors = t.column("successors");
  if (code == t.header.size() || ended == t.header.size() || successors == t.header.size()) {
    errors_.push_back("former.csv: needs the columns dfe_la_code, ended and successors");
    return;
  }
  auto find = [&](std::string_view c) -> Authority* {
    for (Authority& a : authorities_) {
      if (a.dfe_la_code == c) return &a;
    }
    return nullptr;
  };
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    const std::string where = "former.csv line " + std::to_string(t.lines[r]);
    Authority* a = find(row[code]);
    if (!a) {
      errors_.push_back(where + ": no authority has the DfE LA code '" + std::string(row[code]) + "'");
      continue;
    }
    a->former = true;
    a->ended = present(row[ended]);
    std::string_view list = row[successors];
    while (!list.empty()) {
      const std::size_t space = list.find(' ');
      const std::string_view c = list.substr(0, space);
      if (!c.empty()) {
        if (const Authority* s = find(c)) {
          a->successors.push_back(s);
        } else {
          errors_.push_back(where + ": no authority has the successor's DfE LA code '" + std::string(c) + "'");
        }
      }
      list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
    }
  }
}

void Register::read_names(std::string_view text) {
  std::vector<std::string> errors;
  const CsvTable t = read_csv(text, owned_, errors);
  for (std::string& e : errors) errors_.push_back("names.csv " + e);
  const std::size_t name = t.column("name"), code = t.column("dfe_la_code"), kind = t.column("kind");
  if (name == t.header.size() || code == t.header.size() || kind == t.header.size()) {
    errors_.push_back("names.csv: needs the columns name, dfe_la_code and kind");
    return;
  }
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    const std::string where = "names.csv line " + std::to_string(t.lines[r]);
    const std::size_t* at = find_id(dfe_, row[code]);
    if (!at) {
      errors_.push_back(where + ": no authority has the DfE LA code '" + std::string(row[code]) + "'");
      continue;
    }
    NameKind k;
    if (row[kind] == "variant") {
      k = NameKind::variant;
    } else if (row[kind] == "trust") {
      k = NameKind::trust;
    } else {
      errors_.push_back(where + ": the kind '" + std::string(row[kind]) + "' is not variant or trust");
      continue;
    }
    add_name(row[name], *at, k);
  }
}

// A registered name is found by its whole words and, where it has them, by its words without
// the council's words that follow it ("Bedford Borough" also as "Bedford"). Prefixes stay: "City
// of London" is not "London".
void Register::add_name(std::string_view name, std::size_t authority, NameKind kind) {
  const std::vector<std::string> words = name_words(name);
  if (words.empty()) {
    errors_.push_back("the name '" + std::string(name) + "' has no words");
    return;
  }
  const std::vector<WordRange> forms = name_forms(words, Affixes::suffixes_only);
  add_key(join_words(words, forms.front()), Entry{authority, kind, name, 0});
  if (forms.size() > 1) add_key(join_words(words, forms.back()), Entry{authority, kind, name, 1});
}

void Register::add_key(std::string key, const Entry& entry) {
  longest_key_ = std::max(longest_key_, key.size());
  auto [at, inserted] = names_.try_emplace(key, entry);
  if (inserted || at->second.authority == entry.authority) {
    if (!inserted && entry.strength < at->second.strength) at->second = entry;
    return;
  }
  if (entry.strength < at->second.strength) {
    at->second = entry;
  } else if (entry.strength == at->second.strength) {
    errors_.push_back("the name '" + key + "' is both " + std::string(authorities_[at->second.authority].name) +
                      "'s and " + std::string(authorities_[entry.authority].name) + "'s");
  }
}

std::optional<NameMatch> Register::match(std::string_view name) const {
  const std::vector<std::string> words = name_words(name);
  if (words.empty()) return std::nullopt;
  std::vector<std::size_t> ends;
  ends.reserve(words.size());
  std::size_t total = 0;
  for (const std::string& w : words) ends.push_back(total += w.size());
  // Each form from the whole name down to its core; a form longer than any registered name is
  // not built, so the work stays linear in the name's length.
  for (const WordRange& form : name_forms(words)) {
    if (joined_size(ends, form) > longest_key_) continue;
    const auto at = names_.find(join_words(words, form));
    if (at == names_.end()) continue;
    return NameMatch{&authorities_[at->second.authority], at->second.kind, at->second.registered};
  }
  return std::nullopt;
}

const std::size_t* Register::find_id(const std::vector<std::pair<std::string_view, std::size_t>>& ids,
                                      std::string_view id) {
  const auto at = std::lower_bound(ids.begin(), ids.end(), id, [](const auto& e, std::string_view v) { return e.first < v; });
  return at != ids.end() && at->first == id ? &at->second : nullptr;
}

const Authority* Register::by_ons_code(std::string_view code) const {
  const std::size_t* at = find_id(ons_, code);
  return at ? &authorities_[*at] : nullptr;
}
const Authority* Register::by_dfe_la_code(std::string_view code) const {
  const std::size_t* at = find_id(dfe_, code);
  return at ? &authorities_[*at] : nullptr;
}
const Authority* Register::by_ofsted_urn(std::string_view urn) const {
  const std::size_t* at = find_id(urn_, urn);
  return at ? &authorities_[*at] : nullptr;
}

}  // namespace judgement::detail

JUDGEMENT_BEGIN_NAMESPACE

std::string_view to_string(NameKind kind) noexcept {
  switch (kind) {
    case NameKind::name: return "name";
    case NameKind::variant: return "variant";
    case NameKind::trust: return "trust";
  }
  return "name";
}

const std::vector<Authority>& authorities() noexcept { return detail::Register::builtin().authorities(); }

std::optional<NameMatch> match_authority(std::string_view name_as_written) noexcept {
  try {
    return detail::Register::builtin().match(name_as_written);
  } catch (...) {  // out of memory: no match rather than an escape from a noexcept function
    return std::nullopt;
  }
}

const Authority* find_authority(std::string_view name_as_written) noexcept {
  const auto m = match_authority(name_as_written);
  return m ? m->authority : nullptr;
}

const Authority* authority_by_ons_code(std::string_view code) noexcept {
  return detail::Register::builtin().by_ons_code(code);
}
const Authority* authority_by_dfe_la_code(std::string_view code) noexcept {
  return detail::Register::builtin().by_dfe_la_code(code);
}
const Authority* authority_by_ofsted_urn(std::string_view urn) noexcept {
  return detail::Register::builtin().by_ofsted_urn(urn);
}
const Authority* authority_by_id(std::string_view id) noexcept {
  const detail::Register& r = detail::Register::builtin();
  if (const Authority* a = r.by_ons_code(id)) return a;
  if (const Authority* a = r.by_dfe_la_code(id)) return a;
  return r.by_ofsted_urn(id);
}

JUDGEMENT_END_NAMESPACE
