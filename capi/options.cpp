// Parse options: the versioned jdg_options struct and its reading into judgement::ParseOptions.
#include <cstddef>
#include <cstring>
#include <string>

#include "internal.hpp"

namespace jdg_capi {

judgement::ParseOptions parse_options(const jdg_options* options) {
  judgement::ParseOptions out;
  if (options == nullptr) return out;
  // A caller built against an older header sets an older version: only the fields that version
  // had are read (version 2 added max_bytes, version 3 profiles). A newer version than this library knows is
  // refused rather than half read.
  if (options->version < 1 || options->version > JDG_OPTIONS_VERSION) {
    raise(JDG_ERROR_VERSION, "options version " + std::to_string(options->version) +
                                 " is not one this library knows (it knows 1 to " +
                                 std::to_string(JDG_OPTIONS_VERSION) + ")");
  }
  if (options->utf8 != JDG_UTF8_REPLACE && options->utf8 != JDG_UTF8_STRICT) {
    raise(JDG_ERROR_INVALID_ARGUMENT, "unknown utf8 policy " + std::to_string(static_cast<int>(options->utf8)));
  }
  if (options->pdf_layout < JDG_PDF_LAYOUT_PHYSICAL || options->pdf_layout > JDG_PDF_LAYOUT_RAW) {
    raise(JDG_ERROR_INVALID_ARGUMENT, "unknown pdf layout " + std::to_string(static_cast<int>(options->pdf_layout)));
  }
  if (options->timeframe_base < JDG_TIMEFRAME_BASE_AUTOMATIC ||
      options->timeframe_base > JDG_TIMEFRAME_BASE_LAST_INSPECTION_DAY) {
    raise(JDG_ERROR_INVALID_ARGUMENT,
          "unknown timeframe base " + std::to_string(static_cast<int>(options->timeframe_base)));
  }
  out.utf8 = static_cast<judgement::Utf8Policy>(options->utf8);
  out.pdf_layout = static_cast<judgement::PdfLayout>(options->pdf_layout);
  out.timeframe_base = static_cast<judgement::TimeframeBase>(options->timeframe_base);
  out.resolve_yearless_dates = options->resolve_yearless_dates != 0;
  if (options->name != nullptr) out.name = options->name;
  if (options->version >= 2) {
    out.max_bytes = options->max_bytes;
    out.pdf_max_milliseconds = options->pdf_max_milliseconds;
    out.pdf_max_read_bytes = options->pdf_max_read_bytes;
    out.pdf_max_glyphs = options->pdf_max_glyphs;
    if (options->cancel != nullptr) {
      out.cancel = [cancel = options->cancel, data = options->cancel_data] { return cancel(data) != 0; };
    }
  }
  if (options->scales != nullptr) out.scales = &handle(options->scales, "options->scales").registry;
  if (options->version >= 3 && options->profiles != nullptr) {
    out.profiles = &handle(options->profiles, "options->profiles").registry;
  }
  return out;
}

}  // namespace jdg_capi

extern "C" {

JDG_API jdg_status jdg_options_init(jdg_options* options, unsigned int version) {
  return jdg_capi::guard(__func__, [&] {
    jdg_options& out = jdg_capi::need(options, "options");
    if (version < 1 || version > JDG_OPTIONS_VERSION) {
      jdg_capi::raise(JDG_ERROR_VERSION, "options version " + std::to_string(version) +
                                             " is not one this library knows (it knows 1 to " +
                                             std::to_string(JDG_OPTIONS_VERSION) + ")");
    }
    // Only the fields of that version are written: a version 1 struct has no max_bytes.
    const jdg_options defaults = JDG_OPTIONS_INIT;
    switch (version) {
      case 1: std::memcpy(&out, &defaults, offsetof(jdg_options, max_bytes)); break;
      case 2: std::memcpy(&out, &defaults, offsetof(jdg_options, profiles)); break;
      default: out = defaults; break;
    }
    out.version = version;
  });
}

}  // extern "C"
