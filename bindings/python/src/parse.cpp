// Parsing without the GIL: Python data is copied into C++ strings first, the parse runs with
// the GIL released, and Python objects are made only after it is taken back.
#include <Python.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "judgement/parse.hpp"
#include "native.hpp"

namespace judgement_python {
namespace {

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

template <class E>
E enum_from(std::string_view what, const std::string& value,
            std::initializer_list<std::pair<std::string_view, E>> names) {
  std::string known;
  for (const auto& [name, e] : names) {
    if (name == value) return e;
    known += known.empty() ? "" : ", ";
    known += name;
  }
  throw py::value_error(std::string(what) + " must be one of " + known + ", not '" + value + "'");
}

/// The bytes of a str (UTF-8) or of any object with the buffer protocol, copied: the parse
/// takes its own string, and the Python object may change once the GIL is released.
std::string bytes_of(const py::handle& data) {
  if (PyUnicode_Check(data.ptr())) {
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(data.ptr(), &size);
    if (!utf8) throw py::error_already_set();
    return std::string(utf8, static_cast<std::size_t>(size));
  }
  if (PyBytes_Check(data.ptr())) {
    return std::string(PyBytes_AS_STRING(data.ptr()), static_cast<std::size_t>(PyBytes_GET_SIZE(data.ptr())));
  }
  if (PyObject_CheckBuffer(data.ptr())) {
    // A strided or reversed view (memoryview[::2], [::-1]) is the bytes it shows, in its
    // order: copied element by element into C order, never read as a plain run of `len`
    // bytes from its first address (which gave other bytes, or read before the buffer).
    Py_buffer view;
    if (PyObject_GetBuffer(data.ptr(), &view, PyBUF_FULL_RO) != 0) throw py::error_already_set();
    std::unique_ptr<Py_buffer, void (*)(Py_buffer*)> release(&view, PyBuffer_Release);
    std::string bytes(static_cast<std::size_t>(view.len), '\0');
    if (PyBuffer_IsContiguous(&view, 'C')) {
      if (view.len > 0) std::memcpy(bytes.data(), view.buf, bytes.size());
    } else if (PyBuffer_ToContiguous(bytes.data(), &view, view.len, 'C') != 0) {
      throw py::error_already_set();
    }
    return bytes;
  }
  throw py::type_error(std::string("text must be str, bytes or a bytes-like object, not ") +
                       std::string(py::str(py::type::handle_of(data).attr("__name__"))));
}

/// Ctrl-C during a parse. The library polls ParseOptions::cancel while it reads a PDF; on the
/// thread that called (the one Python delivers signals to) the poll takes the GIL and runs
/// PyErr_CheckSignals, and once a handler raised (KeyboardInterrupt), every parse of the call
/// stops and the exception is raised when the call returns.
class Interrupt {
 public:
  judgement::ParseOptions options(const judgement::ParseOptions& given) {
    judgement::ParseOptions out = given;
    out.cancel = [this] { return poll(); };
    return out;
  }
  /// With the GIL again: the exception a signal handler raised, if any.
  void raise_if_raised() const {
    if (stopped_.load() && PyErr_Occurred()) throw py::error_already_set();
  }

 private:
  bool poll() {
    if (stopped_.load(std::memory_order_relaxed)) return true;
    if (std::this_thread::get_id() != caller_) return false;
    py::gil_scoped_acquire gil;
    if (PyErr_CheckSignals() != 0) stopped_.store(true);
    return stopped_.load();
  }

  std::thread::id caller_ = std::this_thread::get_id();
  std::atomic<bool> stopped_{false};
};

/// One parse's outcome, made without the GIL.
struct Outcome {
  std::unique_ptr<NativeReport> report;
  judgement::Error error;
};

Outcome parse_bytes(std::string bytes, const judgement::ParseOptions& options) {
  Outcome out;
  try {
    auto native = std::make_unique<NativeReport>();
    native->started_ns = now_ns();
    if (judgement::is_pdf(bytes)) native->pdf = bytes;  // the source a pickle re-parses
    auto parsed = judgement::parse(std::move(bytes), options);
    if (!parsed) {
      out.error = parsed.error();
      return out;
    }
    native->report = std::move(*parsed);
    native->index = TextIndex(native->report.store->source());
    native->finished_ns = now_ns();
    out.report = std::move(native);
  } catch (const std::bad_alloc&) {
    out.error = judgement::Error{judgement::ErrorCode::out_of_memory, "out of memory while parsing"};
  } catch (const std::exception& e) {
    out.error = judgement::Error{judgement::ErrorCode::invalid_argument, e.what()};
  }
  return out;
}

/// As judgement::parse_file, reading the bytes here so that a PDF's can be kept for pickling.
Outcome parse_path(const std::string& path, const judgement::ParseOptions& options) {
  Outcome out;
  // Within max_bytes, and never past the library's own bound (max_bytes 0): /dev/zero ends.
  const std::size_t bound = options.max_bytes == 0 || options.max_bytes > judgement::max_input_bytes
                                ? judgement::max_input_bytes
                                : options.max_bytes;
  auto read = judgement::read_file(path, bound);
  if (!read) {
    out.error = read.error();
    return out;
  }
  std::string bytes = std::move(*read);
  judgement::ParseOptions named = options;
  if (named.name.empty()) {
    const std::size_t slash = path.find_last_of('/');
    named.name = slash == std::string::npos ? path : path.substr(slash + 1);
  }
  out = parse_bytes(std::move(bytes), named);
  if (!out.report) out.error.message = path + ": " + out.error.message;
  return out;
}

py::object result(Outcome&& out) {
  if (out.report) return py::cast(std::move(out.report));
  return error_tuple(out.error);
}

/// One input of parse_many: a path to read, or bytes already copied; a path found in a folder
/// is named by its path below the folder.
struct Input {
  bool is_path = false;
  std::string value;
  std::string name;  ///< empty: the file name
};

}  // namespace

void bind_parse(py::module_& m) {
  py::class_<NativeOptions>(m, "Options")
      .def(py::init([](const std::string& utf8, const std::string& name, const NativeRegistry* scales,
                       const NativeProfiles* profiles, bool resolve_yearless_dates, const std::string& pdf_layout, const std::string& timeframe_base,
                       std::size_t max_bytes, std::uint32_t pdf_max_milliseconds, std::uint64_t pdf_max_read_bytes,
                       std::uint64_t pdf_max_glyphs) {
             using judgement::PdfLayout;
             using judgement::TimeframeBase;
             using judgement::Utf8Policy;
             NativeOptions o;
             o.options.utf8 = enum_from<Utf8Policy>("utf8", utf8,
                                                    {{"replace", Utf8Policy::replace}, {"strict", Utf8Policy::strict}});
             o.options.name = name;
             if (scales) {
               o.scales = scales->registry;
               o.options.scales = o.scales.get();
             }
             if (profiles) {
               o.profiles = profiles->registry;
               o.options.profiles = o.profiles.get();
             }
             o.options.resolve_yearless_dates = resolve_yearless_dates;
             o.options.pdf_layout = enum_from<PdfLayout>(
                 "pdf_layout", pdf_layout,
                 {{"physical", PdfLayout::physical}, {"reading_order", PdfLayout::reading_order}, {"raw", PdfLayout::raw}});
             o.options.timeframe_base = enum_from<TimeframeBase>("timeframe_base", timeframe_base,
                                                                 {{"automatic", TimeframeBase::automatic},
                                                                  {"published", TimeframeBase::published},
                                                                  {"document_date", TimeframeBase::document_date},
                                                                  {"last_inspection_day", TimeframeBase::last_inspection_day}});
             o.options.max_bytes = max_bytes;
             o.options.pdf_max_milliseconds = pdf_max_milliseconds;
             o.options.pdf_max_read_bytes = pdf_max_read_bytes;
             o.options.pdf_max_glyphs = pdf_max_glyphs;
             return o;
           }),
           py::arg("utf8") = "replace", py::arg("name") = "", py::arg("scales") = nullptr,
           py::arg("profiles") = nullptr, py::arg("resolve_yearless_dates") = false, py::arg("pdf_layout") = "physical",
           py::arg("timeframe_base") = "automatic", py::arg("max_bytes") = judgement::default_max_bytes,
           py::arg("pdf_max_milliseconds") = judgement::default_pdf_max_milliseconds,
           py::arg("pdf_max_read_bytes") = judgement::default_pdf_max_read_bytes,
           py::arg("pdf_max_glyphs") = judgement::default_pdf_max_glyphs);

  m.def(
      "parse",
      [](const py::handle& data, const NativeOptions& options) {
        std::string bytes = bytes_of(data);
        Outcome out;
        Interrupt interrupt;
        const judgement::ParseOptions o = interrupt.options(options.options);
        {
          py::gil_scoped_release release;
          out = parse_bytes(std::move(bytes), o);
        }
        interrupt.raise_if_raised();
        return result(std::move(out));
      },
      py::arg("data"), py::arg("options"),
      "Parses text or PDF bytes without the GIL; a Report, or an error tuple.");

  m.def(
      "parse_file",
      [](const std::string& path, const NativeOptions& options) {
        Outcome out;
        Interrupt interrupt;
        const judgement::ParseOptions o = interrupt.options(options.options);
        {
          py::gil_scoped_release release;
          out = parse_path(path, o);
        }
        interrupt.raise_if_raised();
        return result(std::move(out));
      },
      py::arg("path"), py::arg("options"), "Reads and parses a file without the GIL; a Report, or an error tuple.");

  m.def(
      "parse_many",
      [](const py::list& items, const NativeOptions& options, std::size_t jobs) {
        // items: (is_path, value) or (is_path, value, name) tuples; a path is a str, anything
        // else is the document itself; name, where given, names a path's report.
        std::vector<Input> inputs;
        inputs.reserve(items.size());
        for (const py::handle item : items) {
          const auto pair = item.cast<py::tuple>();
          Input in;
          in.is_path = pair[0].cast<bool>();
          in.value = in.is_path ? pair[1].cast<std::string>() : bytes_of(pair[1]);
          if (in.is_path && pair.size() > 2 && !pair[2].is_none()) in.name = pair[2].cast<std::string>();
          inputs.push_back(std::move(in));
        }
        std::vector<Outcome> outcomes(inputs.size());
        Interrupt interrupt;
        const judgement::ParseOptions o = interrupt.options(options.options);
        {
          py::gil_scoped_release release;
          std::atomic<std::size_t> next{0};
          auto work = [&] {
            for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();) {
              Input& in = inputs[i];
              if (in.is_path && !in.name.empty()) {
                judgement::ParseOptions named = o;
                named.name = in.name;
                outcomes[i] = parse_path(in.value, named);
              } else {
                outcomes[i] = in.is_path ? parse_path(in.value, o) : parse_bytes(std::move(in.value), o);
              }
            }
          };
          jobs = std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(inputs.size(), 1));
          std::vector<std::thread> threads;
          try {
            for (std::size_t t = 1; t < jobs; ++t) threads.emplace_back(work);
          } catch (const std::system_error&) {
            // Fewer threads than asked for: the ones started and this one do the work.
          }
          work();
          for (std::thread& t : threads) t.join();
        }
        interrupt.raise_if_raised();
        py::list out(outcomes.size());
        for (std::size_t i = 0; i < outcomes.size(); ++i) out[i] = result(std::move(outcomes[i]));
        return out;
      },
      py::arg("items"), py::arg("options"), py::arg("jobs"),
      "Parses (is_path, value[, name]) items on `jobs` threads without the GIL; results in input order.");
}

}  // namespace judgement_python
