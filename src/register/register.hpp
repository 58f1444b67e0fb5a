// The register of children's services authorities, built from its data files
// (src/register/authorities.csv, names.csv, former.csv), and the index names resolve through.
#ifndef JUDGEMENT_SRC_REGISTER_REGISTER_HPP
#define JUDGEMENT_SRC_REGISTER_REGISTER_HPP

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "judgement/register.hpp"

namespace judgement::detail {

/// The data files compiled in (generated from src/register/*.csv by CMake).
extern const std::string_view builtin_authorities_csv;
extern const std::string_view builtin_names_csv;
extern const std::string_view builtin_former_csv;

class Register {
 public:
  /// The register of the data files compiled in, built on first use.
  static const Register& builtin();

  /// A register of these data files (the three CSV texts must outlive it). What cannot be read
  /// (a missing column, a row naming an unknown authority, a name two authorities share) is left
  /// out and listed in errors().
  Register(std::string_view authorities, std::string_view names, std::string_view former);
  Register(const Register&) = delete;
  Register& operator=(const Register&) = delete;

  [[nodiscard]] const std::vector<Authority>& authorities() const noexcept { return authorities_; }
  [[nodiscard]] const std::vector<std::string>& errors() const noexcept { return errors_; }
  [[nodiscard]] std::optional<NameMatch> match(std::string_view name) const;
  [[nodiscard]] const Authority* by_ons_code(std::string_view code) const;
  [[nodiscard]] const Authority* by_dfe_la_code(std::string_view code) const;
  [[nodiscard]] const Authority* by_ofsted_urn(std::string_view urn) const;

 private:
  struct Entry {
    std::size_t authority = 0;
    NameKind kind = NameKind::name;
    std::string_view registered;
    int strength = 0;  // 0: the whole registered name; 1: with its council's words taken off
  };
  void read_authorities(std::string_view text);
  void read_names(std::string_view text);
  void read_former(std::string_view text);
  void add_name(std::string_view name, std::size_t authority, NameKind kind);
  void add_key(std::string key, const Entry& entry);
  static const std::size_t* find_id(const std::vector<std::pair<std::string_view, std::size_t>>& ids, std::string_view id);

  std::deque<std::string> owned_;
  std::vector<Authority> authorities_;
  std::vector<std::string> errors_;
  absl::flat_hash_map<std::string, Entry> names_;
  // Each id with its authority's index, sorted by id (a few hundred rows: searched, not hashed).
  std::vector<std::pair<std::string_view, std::size_t>> ons_, dfe_, urn_;
  std::size_t longest_key_ = 0;
};

}  // namespace judgement::detail

#endif
