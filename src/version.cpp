#include "judgement/version.hpp"

JUDGEMENT_BEGIN_NAMESPACE

const char* runtime_version() noexcept { return JUDGEMENT_VERSION_STRING; }

JUDGEMENT_END_NAMESPACE
