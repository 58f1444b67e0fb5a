// The report as JSON both ways, and the release of memory the library allocated for the caller
// (JSON text), so a caller never has to know which allocator the library uses.
#include <cstdlib>
#include <string>
#include <string_view>

#include "internal.hpp"
#include "judgement/json.hpp"

namespace {

using jdg_capi::guard;
using jdg_capi::need;

}  // namespace

extern "C" {

JDG_API jdg_status jdg_report_from_json(jdg_report** out, const char* json, size_t size) {
  return guard(__func__, [&] {
    need(out, "out");
    if (json == nullptr && size != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "json is NULL");
    return jdg_capi::hand_out(out, judgement::report_from_json(json == nullptr ? std::string_view() : std::string_view(json, size)));
  });
}

JDG_API jdg_status jdg_report_to_json(char** out, size_t* out_size, const jdg_report* report, int pretty) {
  return guard(__func__, [&] {
    const judgement::Report& r = jdg_capi::handle(report, "report").report;
    need(out, "out");
    judgement::JsonOptions options;
    options.pretty = pretty != 0;
    const std::string json = judgement::to_json(r, options);
    *out = jdg_capi::malloc_copy(json);
    if (out_size != nullptr) *out_size = json.size();
  });
}

JDG_API jdg_status jdg_report_write_json(const jdg_report* report, int pretty, jdg_write_fn write, void* write_data) {
  return guard(__func__, [&] {
    const judgement::Report& r = jdg_capi::handle(report, "report").report;
    need(write, "write");
    judgement::JsonOptions options;
    options.pretty = pretty != 0;
    const bool written = judgement::write_json(
        r, [&](std::string_view part) { return write(part.data(), part.size(), write_data) != 0; }, options);
    if (!written) jdg_capi::raise(JDG_ERROR_IO, "the JSON could not be written: the writer stopped");
  });
}

JDG_API void jdg_free(void* memory) { std::free(memory); }  // free() neither throws nor fails

}  // extern "C"
