// What the capi/*.cpp files share: the handle types behind the opaque C names, the exception
// firewall every extern "C" body runs in, and the conversions from C++ values to C views.
// Not installed.
#ifndef JUDGEMENT_CAPI_INTERNAL_HPP
#define JUDGEMENT_CAPI_INTERNAL_HPP

#include <cstddef>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "judgement/error.hpp"
#include "judgement/judgement.h"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

// The handles: the C++ value itself, owned by the handle.
struct jdg_report {
  judgement::Report report;
};
struct jdg_scale_registry {
  judgement::ScaleRegistry registry;
};

namespace jdg_capi {

// A failure raised inside a guarded body; guard() turns it into the status and the last error.
struct Failure {
  jdg_status status;
  std::string message;
  jdg_position position{};
  std::string excerpt;
};

[[noreturn]] void raise(jdg_status status, std::string message);
// The Error of a C++ Result, with its position and excerpt.
[[noreturn]] void raise(const judgement::Error& error);

// Records the last error of this thread and returns `status`. Never throws: where the message
// cannot be stored, the status still is.
jdg_status record(jdg_status status, const char* function, std::string_view message,
                  const jdg_position& position = {}, std::string_view excerpt = {}) noexcept;

// The exception firewall. `body` returns void (success) or a jdg_status; whatever it throws
// becomes a status and the thread's last error, prefixed with the C function's name.
template <class Body>
jdg_status guard(const char* function, Body&& body) noexcept {
  try {
    if constexpr (std::is_void_v<std::invoke_result_t<Body&>>) {
      body();
      return JDG_OK;
    } else {
      return body();
    }
  } catch (const Failure& f) {
    return record(f.status, function, f.message, f.position, f.excerpt);
  } catch (const std::bad_alloc&) {
    return record(JDG_ERROR_OUT_OF_MEMORY, function, "out of memory");
  } catch (const std::exception& e) {
    return record(JDG_ERROR_INTERNAL, function, e.what());
  } catch (...) {
    return record(JDG_ERROR_INTERNAL, function, "unknown exception");
  }
}

// The same firewall for functions that return a pointer or a number instead of a status:
// `fallback` on any exception (nothing is recorded for these: they have no status to give).
template <class T, class Body>
T guard_value(T fallback, Body&& body) noexcept {
  try {
    return body();
  } catch (...) {
    return fallback;
  }
}

// A required pointer argument: raises JDG_ERROR_INVALID_ARGUMENT naming it when NULL.
template <class T>
T& need(T* pointer, const char* name) {
  if (pointer == nullptr) raise(JDG_ERROR_INVALID_ARGUMENT, std::string(name) + " is NULL");
  return *pointer;
}

// A borrowed item handle (const jdg_judgement *, ...) as the C++ value it points to.
template <class Cpp, class C>
const Cpp& item(const C* pointer, const char* name) {
  return *reinterpret_cast<const Cpp*>(&need(pointer, name));
}
template <class C, class Cpp>
const C* borrow(const Cpp& value) {
  return reinterpret_cast<const C*>(&value);
}

// vector[index], or JDG_ERROR_OUT_OF_RANGE.
template <class T>
const T& at(const std::vector<T>& values, std::size_t index) {
  if (index >= values.size()) {
    raise(JDG_ERROR_OUT_OF_RANGE,
          "index " + std::to_string(index) + " is past the end (count " + std::to_string(values.size()) + ")");
  }
  return values[index];
}

// A present value (data never NULL, even when empty).
/// The C enumerator of a document type: JDG_DOCUMENT_OTHER for a type outside the contract's list.
jdg_document_type document_type(judgement::DocumentType type) noexcept;
jdg_string view(std::string_view text) noexcept;
inline jdg_string view(const std::string& text) noexcept { return view(std::string_view(text)); }
// Absent (data NULL) when empty: the fields the JSON writes as null when empty.
jdg_string view_or_absent(std::string_view text) noexcept;
jdg_string view(const std::optional<std::string_view>& text) noexcept;
jdg_string view(const std::optional<std::string>& text) noexcept;

jdg_date date(const judgement::Date& date) noexcept;
jdg_date date(const std::optional<judgement::Date>& date) noexcept;
jdg_span span(const judgement::Span& span) noexcept;

// A copy of `text` in memory from malloc, NUL-terminated, for the caller to jdg_free.
char* malloc_copy(std::string_view text);

// A new report handle in *out from a parse, or the parse's error raised.
jdg_status hand_out(jdg_report** out, judgement::Result<judgement::Report>&& result);

// The parse options a jdg_options asks for (NULL: the defaults).
judgement::ParseOptions parse_options(const jdg_options* options);

}  // namespace jdg_capi

#endif
