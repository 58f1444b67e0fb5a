// A test of a user's profile or lexicon rows: the built-in registry with the test's text defined
// on top, and the options that parse by it.
#ifndef JUDGEMENT_TESTS_SUPPORT_PROFILES_HPP
#define JUDGEMENT_TESTS_SUPPORT_PROFILES_HPP

#include <catch2/catch.hpp>
#include <string_view>

#include "judgement/parse.hpp"
#include "judgement/profile.hpp"

namespace judgement::testing {

/// The built-in profiles with `text` (profile language) defined on top; the test fails if the
/// text is refused.
inline ProfileRegistry builtin_profiles_with(std::string_view text) {
  ProfileRegistry profiles = ProfileRegistry::builtin();
  const auto added = profiles.define(text);
  REQUIRE(added.ok());
  return profiles;
}

/// A user's inspectorate, Acme, and its framework, read on a scale of its own (`acme-four`, which
/// the test defines): profile language for builtin_profiles_with().
inline constexpr std::string_view acme_framework =
    "inspectorate acme \"Acme Inspectorate\"\n"
    "  mentions \"acme inspectorate\"\n"
    "  scale acme-four\n"
    "end\n"
    "profile acme_review \"Acme review of children's services\"\n"
    "  inspectorate acme\n"
    "  title \"acme review of children's services\"\n"
    "  scale acme-four\n"
    "end\n";

/// The scale of Acme's framework, with an alias: scale language for ScaleRegistry::define().
inline constexpr std::string_view acme_four_scale =
    "scale acme-four \"Acme Inspectorate's four grades\"\n"
    "  \"Commendable\" = 1 \"Sound\" = 2 \"Needs strengthening\" = 3 alias \"Needing strengthening\"\n"
    "  \"Unacceptable\" = 4\n"
    "end\n";

/// Options that parse by `profiles` (which must outlive them).
inline ParseOptions options_with(const ProfileRegistry& profiles) {
  ParseOptions options;
  options.profiles = &profiles;
  return options;
}

}  // namespace judgement::testing

#endif
