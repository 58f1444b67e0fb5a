// What the capi/*.cpp files share: the handle types behind the opaque C names, the exception
// firewall every extern "C" body runs in, and the conversions from C++ values to C views.
// Not installed.
#ifndef JUDGEMENT_CAPI_INTERNAL_HPP
#define JUDGEMENT_CAPI_INTERNAL_HPP

#include <cstddef>
#include <cstdint>
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

namespace jdg_capi {

// Every owning handle starts with a tag naming its type; freeing it overwrites the tag with
// `freed_tag`, so that a handle of another type, or one freed while its memory still holds the
// cleared tag, is JDG_ERROR_INVALID_HANDLE instead of being read as the wrong type.
constexpr std::uint64_t freed_tag = 0x6a64672d66726565ULL;  // "jdg-free"
constexpr std::uint64_t report_tag = 0x6a64672d7265706fULL;     // "jdg-repo"
constexpr std::uint64_t registry_tag = 0x6a64672d72656769ULL;   // "jdg-regi"
constexpr std::uint64_t timeline_tag = 0x6a64672d74696d65ULL;   // "jdg-time"

}  // namespace jdg_capi

// The handles: a tag, then the C++ value itself, owned by the handle.
struct jdg_report {
  static constexpr std::uint64_t kind = jdg_capi::report_tag;
  std::uint64_t tag = kind;
  judgement::Report report;
};
struct jdg_scale_registry {
  static constexpr std::uint64_t kind = jdg_capi::registry_tag;
  std::uint64_t tag = kind;
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

// Raises JDG_ERROR_INVALID_HANDLE unless `tag` is `kind`, saying whether the handle was freed.
void check_tag(std::uint64_t tag, std::uint64_t kind, const char* name);

// A required owning handle (jdg_report, ...) checked against its type's tag.
template <class Handle>
Handle& handle(Handle* pointer, const char* name) {
  Handle& h = need(pointer, name);
  check_tag(h.tag, Handle::kind, name);
  return h;
}

// Frees an owning handle: NULL, a handle of another type and one already freed (while its
// memory still says so) are left alone. The tag is cleared through a volatile store so that
// the compiler keeps it although the memory is freed next.
template <class Handle>
void release(Handle* pointer) noexcept {
  if (pointer == nullptr || pointer->tag != Handle::kind) return;
  *static_cast<volatile std::uint64_t*>(&pointer->tag) = freed_tag;
  try {
    delete pointer;
  } catch (...) {  // a destructor that throws is a bug; it must still not cross into C
  }
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
