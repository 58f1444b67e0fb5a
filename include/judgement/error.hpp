// judgement: errors for input that cannot be read at all, and Result<T> to carry them.
// Problems inside readable content are never errors: they become Diagnostics on the report.
#ifndef JUDGEMENT_ERROR_HPP
#define JUDGEMENT_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

#include "judgement/config.hpp"

JUDGEMENT_BEGIN_NAMESPACE

enum class ErrorCode {
  io,                ///< a file could not be opened or read
  encoding,          ///< the bytes are not valid UTF-8 under the strict policy
  pdf,               ///< poppler could not open the PDF (corrupt, truncated, encrypted)
  json,              ///< text given to the JSON reader is not a judgement.report/1 document
  scale_definition,  ///< a user scale definition does not parse or does not make sense
  invalid_argument,  ///< a caller passed something the API does not accept
  profile_definition,  ///< a user framework profile does not parse or does not make sense
  out_of_memory,     ///< an allocation failed
  limit,             ///< the input is past a bound the options set (max_bytes, the PDF budget), or 4 GiB - 1 bytes (max_input_bytes)
  cancelled,         ///< ParseOptions::cancel asked to stop
};

/// Lower-case name of a code, e.g. "scale_definition".
JUDGEMENT_API const char* to_string(ErrorCode code) noexcept;

/// What went wrong and where. `offset` is a byte offset into the input that was being read;
/// `line` and `column` are 1-based (column counts bytes), or 0 where there is no position.
struct Error {
  Error() = default;
  Error(ErrorCode code_, std::string message_, std::size_t offset_ = 0, std::uint32_t line_ = 0,
        std::uint32_t column_ = 0, std::string excerpt_ = {})
      : code(code_), message(std::move(message_)), offset(offset_), line(line_), column(column_),
        excerpt(std::move(excerpt_)) {}

  ErrorCode code = ErrorCode::invalid_argument;
  std::string message;
  std::size_t offset = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  /// The input line the error is on, then a line with a caret under the column (padded with
  /// one space per character before it, tabs kept as tabs, so it lines up on screen); empty
  /// where there is no position.
  std::string excerpt;

  /// "3:14: message" followed by the excerpt, or just the message without a position.
  [[nodiscard]] JUDGEMENT_API std::string to_string() const;

  friend bool operator==(const Error&, const Error&) = default;
};

/// Either a value or the Error that prevented it. A small stand-in for C++23 std::expected.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  [[nodiscard]] bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  /// The value; calling it on an error is a programming mistake and throws std::bad_variant_access.
  [[nodiscard]] T& value() & { return std::get<0>(v_); }
  [[nodiscard]] const T& value() const& { return std::get<0>(v_); }
  /// Of a temporary Result, the value itself (moved out), never a reference into the temporary:
  /// `Report r = parse_file(p).value();` is safe. Keep the Report in a variable: the views
  /// inside it (a Judgement's text) live only as long as a copy of the Report does.
  [[nodiscard]] T value() && { return std::get<0>(std::move(v_)); }
  [[nodiscard]] T value() const&& = delete;
  T* operator->() & { return &value(); }
  const T* operator->() const& { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  /// Reaching into a temporary Result does not compile: `parse_file(p)->judgements.at(0)` would
  /// copy a Judgement whose text views die with the temporary at the end of the statement.
  /// Name the Result first (`auto r = parse_file(p);`), or take its value (`.value()`).
  T* operator->() && = delete;
  const T* operator->() const&& = delete;
  T& operator*() && = delete;
  const T& operator*() const&& = delete;

  /// The error; calling it on a value throws std::bad_variant_access.
  [[nodiscard]] const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

JUDGEMENT_END_NAMESPACE

#endif
