// judgement: the library's version, known at compile time.
// CMake reads the three numbers below, so this file is the one place to bump them.
#ifndef JUDGEMENT_VERSION_HPP
#define JUDGEMENT_VERSION_HPP

#define JUDGEMENT_VERSION_MAJOR 0
#define JUDGEMENT_VERSION_MINOR 1
#define JUDGEMENT_VERSION_PATCH 0
#define JUDGEMENT_VERSION_STRING "0.1.0"
// One number that orders versions: major * 10000 + minor * 100 + patch.
#define JUDGEMENT_VERSION \
  (JUDGEMENT_VERSION_MAJOR * 10000 + JUDGEMENT_VERSION_MINOR * 100 + JUDGEMENT_VERSION_PATCH)

#include "judgement/config.hpp"

JUDGEMENT_BEGIN_NAMESPACE

inline constexpr int version_major = JUDGEMENT_VERSION_MAJOR;
inline constexpr int version_minor = JUDGEMENT_VERSION_MINOR;
inline constexpr int version_patch = JUDGEMENT_VERSION_PATCH;
inline constexpr const char* version_string = JUDGEMENT_VERSION_STRING;

// The version of the library actually loaded, which may differ from the header's after an
// upgrade of the shared library.
JUDGEMENT_API const char* runtime_version() noexcept;

JUDGEMENT_END_NAMESPACE

#endif
