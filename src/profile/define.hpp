// Reading the profile language into profiles (src/profile/define.cpp), checked against the
// registry they are to join.
#ifndef JUDGEMENT_SRC_PROFILE_DEFINE_HPP
#define JUDGEMENT_SRC_PROFILE_DEFINE_HPP

#include <string_view>

#include "judgement/profile.hpp"

namespace judgement::detail {

/// The profiles and inspectorates `text` defines. Ids already in `known` are refused, as are
/// references to inspectorates neither defined in `text` nor in `known`, and a phrase naming an
/// area that another profile's phrase names differently; every error is positioned.
Result<ProfileSet> read_profiles(std::string_view text, const ProfileRegistry& known);

}  // namespace judgement::detail

#endif
