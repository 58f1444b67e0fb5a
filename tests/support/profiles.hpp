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

/// Options that parse by `profiles` (which must outlive them).
inline ParseOptions options_with(const ProfileRegistry& profiles) {
  ParseOptions options;
  options.profiles = &profiles;
  return options;
}

}  // namespace judgement::testing

#endif
