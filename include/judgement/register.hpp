// judgement: the register of England's children's services authorities (docs/register.md).
// Each authority with its ONS code, DfE LA code and Ofsted URN (public facts, built into the
// library from data: src/register/*.csv), the names it is also written by, the children's
// trusts that deliver its services, and the authorities that ended (Cumbria, Northamptonshire,
// Poole) with their successors. A provider's name as written in a report ("Hull City Council",
// "London Borough of Hackney", "Medway Local Area Partnership", "Birmingham Children's Trust")
// resolves to one authority, or to none.
//
// Everything here is static: the views and pointers stay valid for the life of the program.
#ifndef JUDGEMENT_REGISTER_HPP
#define JUDGEMENT_REGISTER_HPP

#include <optional>
#include <string_view>
#include <vector>

#include "judgement/config.hpp"

JUDGEMENT_BEGIN_NAMESPACE

/// One children's services authority. An id the register does not give (the ONS code of an
/// authority that ended before it had a current one) is nullopt.
struct Authority {
  std::string_view name;  ///< as the ONS writes it: "Bristol, City of", "Medway"
  std::optional<std::string_view> ons_code;     ///< "E06000035"
  std::optional<std::string_view> dfe_la_code;  ///< "887" (three digits)
  std::optional<std::string_view> ofsted_urn;   ///< "80522"
  std::string_view region;  ///< "South East"; empty where the register does not say
  std::string_view type;    ///< "Unitary Authority", "London Borough", "County", ...; may be empty
  bool former = false;      ///< it no longer exists (its reports keep their own history)
  std::optional<std::string_view> ended;     ///< ISO date its successors took over, for a former one
  std::vector<const Authority*> successors;  ///< for a former one: who took its duties over
};

/// How a name as written matched the register.
enum class NameKind {
  name,     ///< the authority's own name (or its also_known_as) with the council's words around it
  variant,  ///< another way of writing it ("County Durham")
  trust,    ///< a children's trust delivering the council's services ("Sandwell Children's Trust")
};
/// "name", "variant", "trust".
JUDGEMENT_API std::string_view to_string(NameKind kind) noexcept;

struct NameMatch {
  const Authority* authority = nullptr;
  NameKind kind = NameKind::name;
  std::string_view registered;  ///< the register's row that matched ("Hull", "Sandwell Children's Trust")
};

/// Every authority, current and former, in the register's order (by name).
[[nodiscard]] JUDGEMENT_API const std::vector<Authority>& authorities() noexcept;

/// The authority a provider's name as written stands for, or nullptr. Case, punctuation, "the",
/// "&"/"and" and apostrophes do not matter, nor the words a council's name is written with
/// ("X Council", "X City Council", "X Metropolitan Borough Council", "London Borough of X",
/// "Royal Borough of X", "City of X", "X, County of", "X Local Area Partnership", "X local
/// authority", "X children's services"). A children's trust resolves to its council. The whole
/// name must be the authority's: "Unit, West Sussex County Council" is not West Sussex, and a
/// Welsh or Scottish council, a school or a phrase resolves to nothing. Linear in the name's length.
[[nodiscard]] JUDGEMENT_API const Authority* find_authority(std::string_view name_as_written) noexcept;
/// As find_authority(), saying how it matched; nullopt where it does not.
[[nodiscard]] JUDGEMENT_API std::optional<NameMatch> match_authority(std::string_view name_as_written) noexcept;

/// The authority with this ONS code ("E06000035"), DfE LA code ("887") or Ofsted URN ("80522").
[[nodiscard]] JUDGEMENT_API const Authority* authority_by_ons_code(std::string_view code) noexcept;
[[nodiscard]] JUDGEMENT_API const Authority* authority_by_dfe_la_code(std::string_view code) noexcept;
[[nodiscard]] JUDGEMENT_API const Authority* authority_by_ofsted_urn(std::string_view urn) noexcept;
/// By any of the three ids.
[[nodiscard]] JUDGEMENT_API const Authority* authority_by_id(std::string_view id) noexcept;

JUDGEMENT_END_NAMESPACE

#endif
