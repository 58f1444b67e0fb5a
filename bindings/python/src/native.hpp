// The native half of the Python package: small adapters between the C++ API and plain Python
// values (str, int, tuples, lists). The pure-Python package `judgement` turns those values into
// its typed objects; nothing here knows about them.
#ifndef JUDGEMENT_PYTHON_NATIVE_HPP
#define JUDGEMENT_PYTHON_NATIVE_HPP

#include <pybind11/pybind11.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/error.hpp"
#include "judgement/parse.hpp"
#include "judgement/profile.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

namespace judgement_python {

namespace py = pybind11;

/// Maps byte offsets of a UTF-8 text to Python `str` indices. Bytes that are not valid UTF-8
/// count as one character each (U+FFFD), as the library's source stage reads them.
class TextIndex {
 public:
  TextIndex() = default;
  explicit TextIndex(std::string_view text);

  /// The number of characters before byte `offset` (clamped to the text's size). An offset
  /// inside a character maps to that character.
  [[nodiscard]] std::size_t index(std::size_t offset) const noexcept;
  [[nodiscard]] bool valid_utf8() const noexcept { return valid_; }
  /// The text as a Python str, decoded by the rule above. Needs the GIL.
  [[nodiscard]] py::str decode(std::string_view text) const;

 private:
  std::vector<std::uint64_t> starts_;   // bit k of word w: byte 64w+k starts a character
  std::vector<std::size_t> before_;     // characters before word w
  std::size_t size_ = 0;
  bool valid_ = true;
};

/// A str from UTF-8 bytes, with bad bytes replaced (views into a report are valid UTF-8, but a
/// Python exception from a getter would be worse than a U+FFFD).
py::str to_str(std::string_view text);

/// A library error as the tuple the Python package raises from:
/// (code, message, offset, line, column, excerpt).
py::tuple error_tuple(const judgement::Error& error);

/// Immutable, shared scale objects: a registry or scale handed to Python never changes, so a
/// parse running without the GIL can read it while Python builds new ones.
struct NativeScale {
  std::shared_ptr<const judgement::GradeScale> scale;
};
struct NativeRegistry {
  std::shared_ptr<const judgement::ScaleRegistry> registry;
};
/// A framework profile registry, immutable once handed to Python like a scale registry.
struct NativeProfiles {
  std::shared_ptr<const judgement::ProfileRegistry> registry;
};

/// Parse options as given to the Python package, checked once.
struct NativeOptions {
  judgement::ParseOptions options;
  std::shared_ptr<const judgement::ScaleRegistry> scales;  // keeps options.scales alive
  std::shared_ptr<const judgement::ProfileRegistry> profiles;  // keeps options.profiles alive
};

/// A parsed report and what the Python side needs besides: the index from byte offsets to str
/// indices, the PDF bytes it came from (so that it can be pickled as its source), and when the
/// parse ran (steady clock, ns; the tests use it to see two parses overlap).
struct NativeReport {
  judgement::Report report;
  std::string pdf;
  TextIndex index;
  std::int64_t started_ns = 0;
  std::int64_t finished_ns = 0;
};

void bind_report(py::module_& m);
void bind_parse(py::module_& m);
void bind_scales(py::module_& m);
void bind_profiles(py::module_& m);
void bind_timeline(py::module_& m);
void bind_register(py::module_& m);

}  // namespace judgement_python

#endif
