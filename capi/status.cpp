// Status codes, the thread-local last error and the versions.
#include <cstring>
#include <string>

#include "internal.hpp"
#include "judgement/version.hpp"

static_assert(JDG_VERSION_MAJOR == JUDGEMENT_VERSION_MAJOR && JDG_VERSION_MINOR == JUDGEMENT_VERSION_MINOR &&
                  JDG_VERSION_PATCH == JUDGEMENT_VERSION_PATCH,
              "capi/include/judgement/judgement.h and include/judgement/version.hpp disagree on the version");
static_assert(std::string_view(JDG_VERSION_STRING) == JUDGEMENT_VERSION_STRING);

namespace jdg_capi {
namespace {

struct LastError {
  jdg_status status = JDG_OK;
  std::string message;
  std::string excerpt;
  jdg_position position{};
};

LastError& last_error() noexcept {
  thread_local LastError error;
  return error;
}

jdg_status status_of(judgement::ErrorCode code) noexcept {
  switch (code) {
    case judgement::ErrorCode::io: return JDG_ERROR_IO;
    case judgement::ErrorCode::encoding: return JDG_ERROR_ENCODING;
    case judgement::ErrorCode::pdf: return JDG_ERROR_PDF;
    case judgement::ErrorCode::json: return JDG_ERROR_JSON;
    case judgement::ErrorCode::scale_definition: return JDG_ERROR_SCALE_DEFINITION;
    case judgement::ErrorCode::invalid_argument: return JDG_ERROR_INVALID_ARGUMENT;
    case judgement::ErrorCode::profile_definition: return JDG_ERROR_PROFILE_DEFINITION;
    case judgement::ErrorCode::out_of_memory: return JDG_ERROR_OUT_OF_MEMORY;
    case judgement::ErrorCode::limit: return JDG_ERROR_LIMIT;
    case judgement::ErrorCode::cancelled: return JDG_ERROR_CANCELLED;
  }
  return JDG_ERROR_INTERNAL;
}

}  // namespace

void raise(jdg_status status, std::string message) { throw Failure{status, std::move(message), {}, {}}; }

void raise(const judgement::Error& error) {
  throw Failure{status_of(error.code), error.message, jdg_position{error.offset, error.line, error.column},
                error.excerpt};
}

void check_tag(std::uint64_t tag, std::uint64_t kind, const char* name) {
  if (tag == kind) return;
  if (tag == freed_tag) raise(JDG_ERROR_INVALID_HANDLE, std::string(name) + " was already freed");
  raise(JDG_ERROR_INVALID_HANDLE, std::string(name) + " is not a handle of that type (a handle of another type, or freed)");
}

jdg_status record(jdg_status status, const char* function, std::string_view message,
                  const jdg_position& position, std::string_view excerpt) noexcept {
  LastError& last = last_error();
  last.status = status;
  last.position = position;
  try {
    last.message.assign(function);
    last.message += ": ";
    last.message += message;
    last.excerpt.assign(excerpt);
  } catch (...) {
    last.message.clear();
    last.excerpt.clear();
  }
  return status;
}

}  // namespace jdg_capi

extern "C" {

JDG_API const char* jdg_status_string(jdg_status status) {
  switch (status) {
    case JDG_OK: return "ok";
    case JDG_ERROR_INVALID_ARGUMENT: return "invalid argument";
    case JDG_ERROR_OUT_OF_RANGE: return "out of range";
    case JDG_ERROR_NOT_FOUND: return "not found";
    case JDG_ERROR_IO: return "input/output error";
    case JDG_ERROR_ENCODING: return "invalid UTF-8";
    case JDG_ERROR_PDF: return "unreadable PDF";
    case JDG_ERROR_JSON: return "invalid report JSON";
    case JDG_ERROR_SCALE_DEFINITION: return "invalid scale definition";
    case JDG_ERROR_VERSION: return "unknown struct version";
    case JDG_ERROR_OUT_OF_MEMORY: return "out of memory";
    case JDG_ERROR_INTERNAL: return "internal error";
    case JDG_ERROR_PROFILE_DEFINITION: return "invalid framework profile definition";
    case JDG_ERROR_INVALID_HANDLE: return "invalid handle";
    case JDG_ERROR_LIMIT: return "input past a bound";
    case JDG_ERROR_CANCELLED: return "cancelled";
  }
  return "unknown status";
}

JDG_API jdg_status jdg_last_error_status(void) { return jdg_capi::last_error().status; }

JDG_API const char* jdg_last_error_message(void) { return jdg_capi::last_error().message.c_str(); }

JDG_API jdg_status jdg_last_error_position(jdg_position* out) {
  if (out == nullptr) return JDG_ERROR_INVALID_ARGUMENT;
  *out = jdg_capi::last_error().position;
  return JDG_OK;
}

JDG_API const char* jdg_last_error_excerpt(void) { return jdg_capi::last_error().excerpt.c_str(); }

JDG_API void jdg_last_error_clear(void) {
  jdg_capi::LastError& last = jdg_capi::last_error();
  last.status = JDG_OK;
  last.message.clear();
  last.excerpt.clear();
  last.position = jdg_position{};
}

JDG_API int jdg_version_number(void) { return JDG_VERSION; }

JDG_API const char* jdg_version_string(void) { return JDG_VERSION_STRING; }

JDG_API int jdg_abi_version(void) { return JDG_ABI_VERSION; }

}  // extern "C"
