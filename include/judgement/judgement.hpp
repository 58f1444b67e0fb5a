// judgement: everything public, in one include.
#ifndef JUDGEMENT_JUDGEMENT_HPP
#define JUDGEMENT_JUDGEMENT_HPP

#include "judgement/config.hpp"
#include "judgement/date.hpp"
#include "judgement/error.hpp"
#include "judgement/json.hpp"
#include "judgement/parse.hpp"
#include "judgement/profile.hpp"
#include "judgement/register.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"
#include "judgement/timeline.hpp"
#include "judgement/version.hpp"

#endif
