// How much input a parse takes (ParseOptions::max_bytes, and never past max_input_bytes, the
// bound of the library's 32-bit offsets), and the error for more: for parse() and for a caller
// that must copy its bytes into the std::string parse() takes, which can ask first.
#ifndef JUDGEMENT_SRC_PARSE_LIMITS_HPP
#define JUDGEMENT_SRC_PARSE_LIMITS_HPP

#include <cstddef>

#include "judgement/error.hpp"

namespace judgement::detail {

/// The most bytes of input read and parsed: max_bytes, and never more than max_input_bytes, the
/// bound of the library's 32-bit offsets (detail::Offset), which holds even when max_bytes is 0.
std::size_t input_bound(std::size_t max_bytes);

/// The error for an input past `bound` (an input_bound); `bytes` 0 where its size is not known
/// (a stream).
Error too_large(std::size_t bytes, std::size_t bound);

}  // namespace judgement::detail

#endif
