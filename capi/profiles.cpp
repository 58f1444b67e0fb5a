// Framework profiles: a registry handle (the built-in profiles plus the caller's), read by index,
// and passed to a parse through jdg_options.profiles (version 3).
#include <string_view>

#include "internal.hpp"

namespace {

using jdg_capi::guard;
using jdg_capi::need;

const judgement::ProfileRegistry& registry_of(const jdg_profile_registry* registry) {
  return jdg_capi::handle(registry, "registry").registry;
}

}  // namespace

extern "C" {

JDG_API jdg_status jdg_profile_registry_new(jdg_profile_registry** out) {
  return guard(__func__, [&] {
    need(out, "out");
    *out = new jdg_profile_registry{jdg_profile_registry::kind, judgement::ProfileRegistry::builtin()};
  });
}

JDG_API void jdg_profile_registry_free(jdg_profile_registry* registry) { jdg_capi::release(registry); }

JDG_API jdg_status jdg_profile_registry_define(size_t* out_added, jdg_profile_registry* registry, const char* text,
                                               size_t size) {
  return guard(__func__, [&] {
    jdg_profile_registry& h = jdg_capi::handle(registry, "registry");
    if (text == nullptr && size != 0) jdg_capi::raise(JDG_ERROR_INVALID_ARGUMENT, "text is NULL");
    auto added = h.registry.define(text == nullptr ? std::string_view() : std::string_view(text, size));
    if (!added) jdg_capi::raise(added.error());
    if (out_added != nullptr) *out_added = added->size();
  });
}

JDG_API jdg_status jdg_profile_registry_count(size_t* out, const jdg_profile_registry* registry) {
  return guard(__func__, [&] {
    const std::size_t count = registry_of(registry).profiles().size();
    need(out, "out") = count;
  });
}

JDG_API jdg_status jdg_profile_registry_profile(jdg_string* out_id, jdg_string* out_name,
                                                const jdg_profile_registry* registry, size_t index) {
  return guard(__func__, [&] {
    const judgement::FrameworkProfile& p = jdg_capi::at(registry_of(registry).profiles(), index);
    if (out_id != nullptr) *out_id = jdg_capi::view(p.id);
    if (out_name != nullptr) *out_name = jdg_capi::view(p.name);
  });
}

}  // extern "C"
