// UTF-16 input (with its byte-order mark, as Windows tools save "Unicode" text) read as UTF-8.
#ifndef JUDGEMENT_SRC_SOURCE_UTF16_HPP
#define JUDGEMENT_SRC_SOURCE_UTF16_HPP

#include <optional>
#include <string>
#include <string_view>

#include "judgement/error.hpp"
#include "judgement/parse.hpp"

namespace judgement::detail {

/// "UTF-16LE" or "UTF-16BE" when `bytes` start with that byte-order mark, else empty.
std::string_view utf16_encoding(std::string_view bytes) noexcept;

/// The UTF-8 text of UTF-16 `bytes` (byte-order mark dropped). An unpaired surrogate or an odd
/// last byte is U+FFFD under Utf8Policy::replace (counted in `replaced`) and an
/// ErrorCode::encoding error with its offset under Utf8Policy::strict. UTF-8 takes up to half
/// as many bytes again as UTF-16, so a text that would pass `max_bytes` is refused
/// (ErrorCode::limit) as soon as it does, before more of it is made.
Result<std::string> utf16_to_utf8(std::string_view bytes, Utf8Policy policy, std::size_t& replaced,
                                  std::size_t max_bytes = max_input_bytes);

}  // namespace judgement::detail

#endif
