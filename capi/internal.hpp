// What the capi/*.cpp files share: the handle types behind the opaque C names, the exception
// firewall every extern "C" body runs in, and the conversions from C++ values to C views.
// Not installed.
#ifndef JUDGEMENT_CAPI_INTERNAL_HPP
#define JUDGEMENT_CAPI_INTERNAL_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
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
#include "judgement/profile.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"
#include "judgement/timeline.hpp"

namespace jdg_capi {

// Every owning handle starts with a tag naming its type; freeing it overwrites the tag with
// `freed_tag`, so that a handle of another type, or one freed while its memory still holds the
// cleared tag, is JDG_ERROR_INVALID_HANDLE instead of being read as the wrong type.
constexpr std::uint64_t freed_tag = 0x6a64672d66726565ULL;  // "jdg-free"
constexpr std::uint64_t report_tag = 0x6a64672d7265706fULL;     // "jdg-repo"
constexpr std::uint64_t registry_tag = 0x6a64672d72656769ULL;   // "jdg-regi"
constexpr std::uint64_t timeline_tag = 0x6a64672d74696d65ULL;   // "jdg-time"
constexpr std::uint64_t profiles_tag = 0x6a64672d70726f66ULL;   // "jdg-prof"

// Borrowed items are tagged the same way, each kind with its own tag.
constexpr std::uint64_t judgement_tag = 0x6a64672d6a756467ULL;            // "jdg-judg"
constexpr std::uint64_t finding_tag = 0x6a64672d66696e64ULL;              // "jdg-find"
constexpr std::uint64_t paragraph_tag = 0x6a64672d70617261ULL;            // "jdg-para"
constexpr std::uint64_t reference_tag = 0x6a64672d72656665ULL;            // "jdg-refe"
constexpr std::uint64_t date_mention_tag = 0x6a64672d64617465ULL;         // "jdg-date"
constexpr std::uint64_t quantity_tag = 0x6a64672d7175616eULL;             // "jdg-quan"
constexpr std::uint64_t diagnostic_tag = 0x6a64672d64696167ULL;           // "jdg-diag"
constexpr std::uint64_t scale_tag = 0x6a64672d7363616cULL;                // "jdg-scal"
constexpr std::uint64_t grade_tag = 0x6a64672d67726164ULL;                // "jdg-grad"
constexpr std::uint64_t provider_timeline_tag = 0x6a64672d70726f76ULL;    // "jdg-prov"
constexpr std::uint64_t timeline_inspection_tag = 0x6a64672d696e7370ULL;  // "jdg-insp"
constexpr std::uint64_t timeline_judgement_tag = 0x6a64672d746a7564ULL;   // "jdg-tjud"

// The record behind a borrowed item pointer (const jdg_judgement *, ...): the tag of its kind,
// then the C++ value it views, owned by the handle the item came from. `items` is the first
// record of the item's own list, where it has one (a reference's judgements, a scale's grades,
// a provider's inspections, an inspection's judgements); the list's length is the C++ value's.
// Each handle holds the records of its items, made once with the handle (a registry's also
// after each define), so handing an item out costs no allocation, and freeing the handle
// clears their tags as it clears its own.
template <class Cpp, std::uint64_t Tag, class Child = void>
struct Item {
  using Value = Cpp;
  static constexpr std::uint64_t kind = Tag;
  std::uint64_t tag = Tag;
  const Cpp* value = nullptr;
  const Child* items = nullptr;
};

}  // namespace jdg_capi

// The C item types, opaque in judgement.h. `argument` is the name the accessors give the item
// parameter, used in their error messages.
#define JDG_CAPI_ITEM(CType, CppType, Tag, Child, argument_name)          \
  struct CType : jdg_capi::Item<CppType, jdg_capi::Tag, Child> {         \
    static constexpr const char* argument = argument_name;               \
  };                                                                     \
  static_assert(std::is_standard_layout_v<CType> && offsetof(CType, tag) == 0, #CType)
JDG_CAPI_ITEM(jdg_judgement, judgement::Judgement, judgement_tag, void, "judgement");
JDG_CAPI_ITEM(jdg_finding, judgement::Finding, finding_tag, void, "finding");
JDG_CAPI_ITEM(jdg_paragraph, judgement::Paragraph, paragraph_tag, void, "paragraph");
JDG_CAPI_ITEM(jdg_reference, judgement::Reference, reference_tag, jdg_judgement, "reference");
JDG_CAPI_ITEM(jdg_date_mention, judgement::DateMention, date_mention_tag, void, "mention");
JDG_CAPI_ITEM(jdg_quantity, judgement::Quantity, quantity_tag, void, "quantity");
JDG_CAPI_ITEM(jdg_diagnostic, judgement::Diagnostic, diagnostic_tag, void, "diagnostic");
JDG_CAPI_ITEM(jdg_grade, judgement::Grade, grade_tag, void, "grade");
JDG_CAPI_ITEM(jdg_scale, judgement::GradeScale, scale_tag, jdg_grade, "scale");
JDG_CAPI_ITEM(jdg_timeline_judgement, judgement::TimelineJudgement, timeline_judgement_tag, void, "judgement");
JDG_CAPI_ITEM(jdg_timeline_inspection, judgement::TimelineInspection, timeline_inspection_tag,
              jdg_timeline_judgement, "inspection");
JDG_CAPI_ITEM(jdg_provider_timeline, judgement::ProviderTimeline, provider_timeline_tag, jdg_timeline_inspection,
              "provider");
#undef JDG_CAPI_ITEM

// The handles: a tag, then the C++ value itself, owned by the handle, then the records of the
// items it lends. A handle never moves (its items point into it).
struct jdg_report {
  static constexpr std::uint64_t kind = jdg_capi::report_tag;
  std::uint64_t tag = kind;
  judgement::Report report;
  std::vector<jdg_judgement> judgements;  // the report's, then each reference's in turn
  std::vector<jdg_finding> findings;
  std::vector<jdg_paragraph> paragraphs;
  std::vector<jdg_reference> references;
  std::vector<jdg_date_mention> dates;
  std::vector<jdg_quantity> quantities;
  std::vector<jdg_diagnostic> diagnostics;

  explicit jdg_report(judgement::Report value);
  jdg_report(const jdg_report&) = delete;
  jdg_report& operator=(const jdg_report&) = delete;
  // Clears every item's tag (release() clears the handle's).
  void forget() noexcept;
};
struct jdg_scale_registry {
  static constexpr std::uint64_t kind = jdg_capi::registry_tag;
  std::uint64_t tag = kind;
  judgement::ScaleRegistry registry;
  // One record per scale, in the registry's order, and each scale's grade records. A define
  // only appends scales, so index() keeps every record where it is and points it at its scale's
  // new place: a scale or grade borrowed before a define stays valid.
  std::deque<jdg_scale> scales;
  std::deque<std::vector<jdg_grade>> grades;

  explicit jdg_scale_registry(judgement::ScaleRegistry value);
  jdg_scale_registry(const jdg_scale_registry&) = delete;
  jdg_scale_registry& operator=(const jdg_scale_registry&) = delete;
  // Points the records at the registry's scales and adds those of scales added since.
  void index();
  void forget() noexcept;
};
// It lends no items: its profiles are read by index, as copies of their text views.
struct jdg_profile_registry {
  static constexpr std::uint64_t kind = jdg_capi::profiles_tag;
  std::uint64_t tag = kind;
  judgement::ProfileRegistry registry;
  void forget() noexcept {}
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
// the compiler keeps it although the memory is freed next. The tags of the handle's items are
// cleared first, the same way (Handle::forget).
template <class Handle>
void release(Handle* pointer) noexcept {
  if (pointer == nullptr || pointer->tag != Handle::kind) return;
  pointer->forget();
  *static_cast<volatile std::uint64_t*>(&pointer->tag) = freed_tag;
  try {
    delete pointer;
  } catch (...) {  // a destructor that throws is a bug; it must still not cross into C
  }
}

// Overwrites the tag of every record with `freed_tag`, for forget().
template <class Records>
void clear_tags(Records& records) noexcept {
  for (auto& record : records) *static_cast<volatile std::uint64_t*>(&record.tag) = freed_tag;
}

// A required borrowed item (const jdg_judgement *, ...) checked against its kind's tag, as a
// handle is: JDG_ERROR_INVALID_ARGUMENT when NULL, JDG_ERROR_INVALID_HANDLE naming it when it
// is not an item of that kind (another kind of item, a handle) or its handle was freed.
template <class C>
const C& item_record(const C* pointer, const char* name = C::argument) {
  const C& r = need(pointer, name);
  check_tag(r.tag, C::kind, name);
  return r;
}
// The C++ value a checked item views. `Cpp` names the type the caller expects, checked here.
template <class Cpp, class C>
const Cpp& item(const C* pointer, const char* name = C::argument) {
  static_assert(std::is_same_v<Cpp, typename C::Value>, "an item read as another C++ type");
  return *item_record(pointer, name).value;
}

// One record of each of `values`, appended to `records` (reserved by the caller where their
// addresses must not move).
template <class C, class Cpp>
void add_records(std::vector<C>& records, const std::vector<Cpp>& values) {
  for (const Cpp& value : values) {
    C r;
    r.value = &value;
    records.push_back(r);
  }
}

// JDG_ERROR_OUT_OF_RANGE unless index < count.
inline void check_index(std::size_t index, std::size_t count) {
  if (index >= count) {
    raise(JDG_ERROR_OUT_OF_RANGE,
          "index " + std::to_string(index) + " is past the end (count " + std::to_string(count) + ")");
  }
}

// vector[index], or JDG_ERROR_OUT_OF_RANGE.
template <class T>
const T& at(const std::vector<T>& values, std::size_t index) {
  check_index(index, values.size());
  return values[index];
}

// &records[index] of the first `count` records (a std::vector, a std::deque, or a pointer to the
// first of an item's own list), or JDG_ERROR_OUT_OF_RANGE.
template <class Records>
auto borrow(const Records& records, std::size_t count, std::size_t index) {
  check_index(index, count);
  return &records[index];
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
