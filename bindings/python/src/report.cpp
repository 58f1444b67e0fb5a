// A parsed report as plain Python values, spans as str indices.
#include <Python.h>

#include <bit>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/date.hpp"
#include "judgement/json.hpp"
#include "judgement/report.hpp"
#include "native.hpp"
#include "source/utf8.hpp"

namespace judgement_python {

TextIndex::TextIndex(std::string_view text) : size_(text.size()) {
  const std::size_t words = size_ / 64 + 1;
  starts_.assign(words, 0);
  before_.assign(words, 0);
  std::size_t i = 0;
  while (i < size_) {
    starts_[i / 64] |= std::uint64_t{1} << (i % 64);
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t n = judgement::utf8::decode(text, i, cp);
    if (n == 0) {
      valid_ = false;
      ++i;
    } else {
      i += n;
    }
  }
  std::size_t count = 0;
  for (std::size_t w = 0; w < words; ++w) {
    before_[w] = count;
    count += static_cast<std::size_t>(std::popcount(starts_[w]));
  }
}

std::size_t TextIndex::index(std::size_t offset) const noexcept {
  if (starts_.empty()) return 0;
  if (offset > size_) offset = size_;
  const std::size_t w = offset / 64;
  const unsigned bit = offset % 64;
  const std::uint64_t below = bit == 0 ? 0 : starts_[w] & (~std::uint64_t{0} >> (64 - bit));
  std::size_t n = before_[w] + static_cast<std::size_t>(std::popcount(below));
  // An offset inside a character belongs to that character.
  if (offset < size_ && !(starts_[w] >> bit & 1) && n > 0) --n;
  return n;
}

py::str TextIndex::decode(std::string_view text) const {
  if (valid_) {
    PyObject* s = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "strict");
    if (!s) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(s);
  }
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t n = judgement::utf8::decode(text, i, cp);
    if (n == 0) {
      out.push_back(U'\uFFFD');
      ++i;
    } else {
      out.push_back(cp);
      i += n;
    }
  }
  PyObject* s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out.data(), static_cast<Py_ssize_t>(out.size()));
  if (!s) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(s);
}

py::str to_str(std::string_view text) {
  PyObject* s = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
  if (!s) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(s);
}

py::tuple error_tuple(const judgement::Error& e) {
  return py::make_tuple(judgement::to_string(e.code), to_str(e.message), e.offset, e.line, e.column,
                        to_str(e.excerpt));
}

namespace {

using judgement::Date;

py::object optional_str(const std::optional<std::string_view>& s) {
  if (!s) return py::none();
  return to_str(*s);
}

template <class T>
py::object optional_value(const std::optional<T>& v) {
  if (!v) return py::none();
  return py::cast(*v);
}

/// (year, month, day, precision), or None for "no date" (year 0).
py::object date(const Date& d) {
  if (int(d.ymd.year()) == 0) return py::none();
  return py::make_tuple(int(d.ymd.year()), unsigned(d.ymd.month()), unsigned(d.ymd.day()),
                        to_str(judgement::to_string(d.precision)));
}
py::object date(const std::optional<Date>& d) { return d ? date(*d) : py::none(); }

py::tuple range(const judgement::DateRange& r) { return py::make_tuple(date(r.start), date(r.end)); }

py::tuple ranges(const std::vector<judgement::DateRange>& rs) {
  py::tuple out(rs.size());
  for (std::size_t i = 0; i < rs.size(); ++i) out[i] = range(rs[i]);
  return out;
}

/// What the Python package reads a report through.
class Converter {
 public:
  explicit Converter(const NativeReport& r) : r_(r) {}

  /// (begin, end, line, page, byte_begin, byte_end): str indices, then the contract's bytes.
  [[nodiscard]] py::tuple span(const judgement::Span& s) const {
    return py::make_tuple(r_.index.index(s.begin), r_.index.index(s.end), s.line, s.page, s.begin, s.end);
  }

  [[nodiscard]] py::tuple judgement(const judgement::Judgement& j) const {
    py::tuple evidence(j.evidence.size());
    for (std::size_t i = 0; i < j.evidence.size(); ++i) evidence[i] = span(j.evidence[i]);
    return py::make_tuple(to_str(j.area), optional_str(j.area_id), to_str(j.grade), optional_value(j.code),
                          to_str(j.scale), to_str(judgement::to_string(j.band)), to_str(j.as_written), evidence);
  }

  template <class T, class F>
  [[nodiscard]] py::list each(const std::vector<T>& items, F&& one) const {
    py::list out(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) out[i] = one(items[i]);
    return out;
  }

  [[nodiscard]] const judgement::Report& report() const { return r_.report; }

 private:
  const NativeReport& r_;
};

py::tuple document(const judgement::Document& d) {
  py::object dates = py::none();
  if (d.inspection_dates) {
    dates = py::make_tuple(date(d.inspection_dates->range.start), date(d.inspection_dates->range.end),
                           ranges(d.inspection_dates->periods));
  }
  py::tuple inspectors(d.inspectors.size());
  for (std::size_t i = 0; i < d.inspectors.size(); ++i) {
    inspectors[i] = py::make_tuple(to_str(d.inspectors[i].name), optional_str(d.inspectors[i].role));
  }
  py::object provider_id = py::none();
  if (d.provider_id) {
    provider_id = py::make_tuple(optional_str(d.provider_id->ons_code), optional_str(d.provider_id->dfe_la_code),
                                 optional_str(d.provider_id->ofsted_urn));
  }
  return py::make_tuple(to_str(judgement::to_string(d.type)), optional_str(d.inspectorate), optional_str(d.provider),
                        date(d.date), date(d.published), dates, inspectors, provider_id, optional_str(d.provider_name));
}

}  // namespace

void bind_report(py::module_& m) {
  // A report from its JSON and its text (and the PDF it came from, or empty): how a pickle
  // comes back equal to the report pickled, without parsing again.
  m.def("report_from_json", [](const py::bytes& json, const py::bytes& text, const py::bytes& pdf) {
    auto native = std::make_unique<NativeReport>();
    auto read = judgement::report_from_json(std::string_view(json), std::string(text));
    if (!read) throw py::value_error("not a pickled report: " + read.error().to_string());
    native->report = std::move(*read);
    native->pdf = std::string(pdf);
    native->index = TextIndex(native->report.store->source());
    return native;
  });
  py::class_<NativeReport>(m, "Report")
      .def("text_bytes",
           [](const NativeReport& r) {
             const std::string_view text = r.report.store->source();
             return py::bytes(text.data(), text.size());
           })
      .def("pdf_bytes", [](const NativeReport& r) { return py::bytes(r.pdf.data(), r.pdf.size()); })
      .def("text", [](const NativeReport& r) { return r.index.decode(r.report.store->source()); })
      .def("source_bytes",
           [](const NativeReport& r) {
             const std::string_view bytes = r.pdf.empty() ? r.report.store->source() : std::string_view(r.pdf);
             return py::bytes(bytes.data(), bytes.size());
           })
      .def("source",
           [](const NativeReport& r) {
             const auto& s = r.report.source;
             return py::make_tuple(to_str(s.name), s.bytes, to_str(judgement::to_string(s.format)));
           })
      .def("document", [](const NativeReport& r) { return document(r.report.document); })
      .def("judgements",
           [](const NativeReport& r) {
             const Converter c(r);
             return c.each(r.report.judgements, [&](const judgement::Judgement& j) { return c.judgement(j); });
           })
      .def("findings",
           [](const NativeReport& r) {
             const Converter c(r);
             return c.each(r.report.findings, [&](const judgement::Finding& f) {
               return py::make_tuple(to_str(judgement::to_string(f.kind)), to_str(f.text), optional_str(f.section),
                                     optional_value(f.paragraph),
                                     f.timeframe ? py::object(py::str(f.timeframe->id())) : py::none(),
                                     date(f.due), optional_str(f.rating), c.span(f.span));
             });
           })
      .def("paragraphs",
           [](const NativeReport& r) {
             const Converter c(r);
             return c.each(r.report.paragraphs, [&](const judgement::Paragraph& p) {
               return py::make_tuple(p.number, to_str(p.label), optional_str(p.section), p.inferred, c.span(p.span));
             });
           })
      .def("references",
           [](const NativeReport& r) {
             const Converter c(r);
             return c.each(r.report.references, [&](const judgement::Reference& ref) {
               py::tuple judgements(ref.judgements.size());
               for (std::size_t i = 0; i < ref.judgements.size(); ++i) judgements[i] = c.judgement(ref.judgements[i]);
               return py::make_tuple(to_str(judgement::to_string(ref.type)), date(ref.start), date(ref.end),
                                     date(ref.published), judgements, c.span(ref.span));
             });
           })
      .def("dates",
           [](const NativeReport& r) {
             const Converter c(r);
             return c.each(r.report.dates, [&](const judgement::DateMention& d) {
               return py::make_tuple(to_str(d.text), date(d.range.start), date(d.range.end), ranges(d.periods),
                                     c.span(d.span));
             });
           })
      .def("quantities",
           [](const NativeReport& r) {
             const Converter c(r);
             return c.each(r.report.quantities, [&](const judgement::Quantity& q) {
               return py::make_tuple(to_str(q.text), q.value, to_str(q.unit), optional_value(q.from), c.span(q.span));
             });
           })
      .def("diagnostics",
           [](const NativeReport& r) {
             const Converter c(r);
             return c.each(r.report.diagnostics, [&](const judgement::Diagnostic& d) {
               return py::make_tuple(to_str(judgement::to_string(d.severity)), to_str(d.code), to_str(d.message),
                                     c.span(d.span));
             });
           })
      .def("to_json",
           [](const NativeReport& r, bool pretty) { return to_str(judgement::to_json(r.report, judgement::JsonOptions{pretty})); },
           py::arg("pretty") = false)
      .def("write_json",
           [](const NativeReport& r, const py::object& write, bool pretty) {
             // Each stretch ends between two values, so it is whole UTF-8 (json.hpp).
             judgement::write_json(
                 r.report, [&](std::string_view part) { write(to_str(part)); return true; },
                 judgement::JsonOptions{pretty});
           },
           py::arg("write"), py::arg("pretty") = false)
      .def("equals", [](const NativeReport& a, const NativeReport& b) { return a.report == b.report; })
      .def_property_readonly("parse_interval",
                             [](const NativeReport& r) { return py::make_tuple(r.started_ns, r.finished_ns); });
}

}  // namespace judgement_python
