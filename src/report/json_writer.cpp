// Writes judgement.report/1 and the scale list as JSON: appended to one std::string in the
// contract's field order, so the output is byte-for-byte stable between runs and versions; or
// handed to a sink a stretch at a time, so that a large report is written in little memory.
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "judgement/date.hpp"
#include "judgement/json.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"
#include "judgement/timeline.hpp"
#include "source/utf8.hpp"

JUDGEMENT_BEGIN_NAMESPACE

namespace {

// Bytes a JSON string holds as they are: printable ASCII other than '"' and '\\'. Everything
// else needs an escape or a UTF-8 check, so the common case is one table look-up a byte.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> table{};
  for (unsigned c = 0x20; c < 0x80; ++c) table[c] = c != '"' && c != '\\';
  return table;
}();

// Tracks only what punctuation comes next. After a container closes its parent has at least
// one element, so "first" needs no stack. With a sink, what is written is handed to it once
// `flush_at` bytes have gathered, before the next value (so never inside a string: each stretch
// is whole UTF-8), and `out` emptied for more (flush() hands the rest).
class Writer {
 public:
  static constexpr std::size_t flush_at = 64 * 1024;

  Writer(std::string& out, bool pretty, const JsonSink* sink = nullptr) : out_(out), pretty_(pretty), sink_(sink) {}

  /// Hands what is gathered to the sink. False once the sink has said no (nothing more is
  /// handed to it).
  bool flush() {
    if (sink_ != nullptr && !out_.empty()) {
      if (ok_) ok_ = (*sink_)(std::string_view(out_));
      out_.clear();
    }
    return ok_;
  }
  /// Has the sink said no? The writers of long lists stop there: nothing more would be handed.
  [[nodiscard]] bool refused() const { return !ok_; }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void key(std::string_view name) {
    before_value();
    string_literal(name);
    if (pretty_) {
      out_ += ": ";
    } else {
      out_ += ':';
    }
    after_key_ = true;
  }

  void string(std::string_view text) {
    before_value();
    string_literal(text);
  }
  void null() {
    before_value();
    out_ += "null";
  }
  void boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
  }
  template <class Int>
  void integer(Int value) {
    before_value();
    std::array<char, 24> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    (void)ec;  // 24 characters hold any 64-bit integer
    out_.append(buf.data(), end);
  }
  void number(double value) {
    before_value();
    // JSON has no NaN or infinity; null keeps the document valid.
    if (!std::isfinite(value)) {
      out_ += "null";
      return;
    }
    // Shortest round trip; an integral value comes out without ".0" ("74").
    std::array<char, 32> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    (void)ec;  // 32 characters hold the shortest form of any double
    out_.append(buf.data(), end);
  }

  // Shorthands for the contract's nullable values.
  void string_or_null(std::string_view text) {
    if (text.empty()) {
      null();
    } else {
      string(text);
    }
  }
  void string_or_null(const std::optional<std::string_view>& text) {
    if (text) {
      string(*text);
    } else {
      null();
    }
  }
  void integer_or_null(const std::optional<int>& value) {
    if (value) {
      integer(*value);
    } else {
      null();
    }
  }
  void number_or_null(const std::optional<double>& value) {
    if (value) {
      number(*value);
    } else {
      null();
    }
  }
  void date(const Date& date) {
    // A Date that breaks its own invariant cannot be read back from ISO text; null says so
    // instead of writing something from_iso would refuse.
    const int y = static_cast<int>(date.ymd.year());
    const bool representable = y >= 0 && y <= 9999 &&
                               (date.precision == Precision::year || date.ymd.month().ok()) &&
                               (date.precision != Precision::day || date.ymd.ok());
    if (!representable) {
      null();
      return;
    }
    before_value();
    out_ += '"';
    out_ += date.iso();
    out_ += '"';
  }
  void date(const std::optional<Date>& value) {
    if (value) {
      date(*value);
    } else {
      null();
    }
  }

 private:
  void open(char c) {
    before_value();
    out_ += c;
    ++depth_;
    first_ = true;
  }
  void close(char c) {
    --depth_;
    if (!first_) newline();
    out_ += c;
    first_ = false;
  }
  void before_value() {
    if (sink_ != nullptr && out_.size() >= flush_at) flush();
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ > 0) {
      if (!first_) out_ += ',';
      newline();
    }
    first_ = false;
  }
  void newline() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(2 * depth_, ' ');
  }

  void string_literal(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out_ += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t run = 0;  // start of the pending stretch copied as is
    std::size_t i = 0;
    while (i < n) {
      while (i < n && kPlain[p[i]]) ++i;
      if (i == n) break;
      const unsigned char c = p[i];
      if (c >= 0x80) {
        std::size_t bad = 0;
        const std::size_t len = utf8::sequence_length(p + i, n - i, &bad);
        if (len != 0) {
          i += len;
          continue;
        }
        out_.append(text.data() + run, i - run);
        out_ += utf8::kReplacement;
        i += bad;
        run = i;
        continue;
      }
      out_.append(text.data() + run, i - run);
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        default:
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 0xF];
          break;
      }
      ++i;
      run = i;
    }
    out_.append(text.data() + run, n - run);
    out_ += '"';
  }

  std::string& out_;
  bool pretty_;
  const JsonSink* sink_;
  bool ok_ = true;
  std::size_t depth_ = 0;
  bool first_ = true;
  bool after_key_ = false;
};

void write_span(Writer& w, const Span& span) {
  w.begin_object();
  w.key("begin");
  w.integer(span.begin);
  w.key("end");
  w.integer(span.end);
  w.key("line");
  w.integer(span.line);
  if (span.page != 0) {
    w.key("page");
    w.integer(span.page);
  }
  w.end_object();
}

void write_range(Writer& w, const DateRange& range) {
  w.begin_object();
  w.key("start");
  w.date(range.start);
  w.key("end");
  w.date(range.end);
  w.end_object();
}

void write_periods(Writer& w, const std::vector<DateRange>& periods) {
  w.key("periods");
  w.begin_array();
  for (const DateRange& period : periods) write_range(w, period);
  w.end_array();
}

// The fields a judgement has wherever it is written: in a report and in a timeline.
void write_grade(Writer& w, std::string_view area, const std::optional<std::string_view>& area_id,
                 std::string_view grade, const std::optional<int>& code, std::string_view scale, Band band) {
  w.key("area");
  w.string(area);
  w.key("area_id");
  w.string_or_null(area_id);
  w.key("grade");
  w.string(grade);
  w.key("code");
  w.integer_or_null(code);
  w.key("scale");
  w.string(scale);
  w.key("band");
  w.string(to_string(band));
}

void write_judgements(Writer& w, const std::vector<Judgement>& judgements) {
  w.begin_array();
  for (const Judgement& j : judgements) {
    if (w.refused()) break;
    w.begin_object();
    write_grade(w, j.area, j.area_id, j.grade, j.code, j.scale, j.band);
    w.key("as_written");
    w.string(j.as_written);
    w.key("evidence");
    w.begin_array();
    for (const Span& span : j.evidence) write_span(w, span);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

// {"ons_code", "dfe_la_code", "ofsted_urn"}, each a string or null; null for no id.
void write_provider_id(Writer& w, const std::optional<ProviderId>& id) {
  if (!id) {
    w.null();
    return;
  }
  w.begin_object();
  w.key("ons_code");
  w.string_or_null(id->ons_code);
  w.key("dfe_la_code");
  w.string_or_null(id->dfe_la_code);
  w.key("ofsted_urn");
  w.string_or_null(id->ofsted_urn);
  w.end_object();
}

void write_document(Writer& w, const Document& doc) {
  w.begin_object();
  w.key("type");
  w.string(to_string(doc.type));
  w.key("inspectorate");
  w.string_or_null(doc.inspectorate);
  w.key("provider");
  w.string_or_null(doc.provider);
  w.key("provider_id");
  write_provider_id(w, doc.provider_id);
  w.key("provider_name");
  w.string_or_null(doc.provider_name);
  w.key("date");
  w.date(doc.date);
  w.key("published");
  w.date(doc.published);
  // Always an object, so that readers can look up start and end without checking first.
  w.key("inspection_dates");
  w.begin_object();
  if (doc.inspection_dates) {
    w.key("start");
    w.date(doc.inspection_dates->range.start);
    w.key("end");
    w.date(doc.inspection_dates->range.end);
    if (!doc.inspection_dates->periods.empty()) write_periods(w, doc.inspection_dates->periods);
  } else {
    w.key("start");
    w.null();
    w.key("end");
    w.null();
  }
  w.end_object();
  w.key("inspectors");
  w.begin_array();
  for (const Inspector& inspector : doc.inspectors) {
    w.begin_object();
    w.key("name");
    w.string(inspector.name);
    w.key("role");
    w.string_or_null(inspector.role);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_findings(Writer& w, const std::vector<Finding>& findings) {
  w.begin_array();
  for (const Finding& f : findings) {
    if (w.refused()) break;
    w.begin_object();
    w.key("kind");
    w.string(to_string(f.kind));
    w.key("text");
    w.string(f.text);
    w.key("section");
    w.string_or_null(f.section);
    w.key("paragraph");
    w.integer_or_null(f.paragraph);
    w.key("timeframe");
    if (f.timeframe) {
      w.string(f.timeframe->id());
    } else {
      w.null();
    }
    w.key("due");
    w.date(f.due);
    if (f.kind == FindingKind::risk || f.rating) {
      w.key("rating");
      w.string_or_null(f.rating);
    }
    w.key("span");
    write_span(w, f.span);
    w.end_object();
  }
  w.end_array();
}

void write_paragraphs(Writer& w, const std::vector<Paragraph>& paragraphs) {
  w.begin_array();
  for (const Paragraph& p : paragraphs) {
    if (w.refused()) break;
    w.begin_object();
    w.key("number");
    w.integer(p.number);
    w.key("label");
    w.string(p.label);
    w.key("section");
    w.string_or_null(p.section);
    w.key("inferred");
    w.boolean(p.inferred);
    w.key("span");
    write_span(w, p.span);
    w.end_object();
  }
  w.end_array();
}

void write_references(Writer& w, const std::vector<Reference>& references) {
  w.begin_array();
  for (const Reference& r : references) {
    if (w.refused()) break;
    w.begin_object();
    w.key("type");
    w.string(to_string(r.type));
    w.key("start");
    w.date(r.start);
    w.key("end");
    w.date(r.end);
    w.key("published");
    w.date(r.published);
    w.key("judgements");
    write_judgements(w, r.judgements);
    w.key("span");
    write_span(w, r.span);
    w.end_object();
  }
  w.end_array();
}

void write_dates(Writer& w, const std::vector<DateMention>& dates) {
  w.begin_array();
  for (const DateMention& d : dates) {
    if (w.refused()) break;
    w.begin_object();
    w.key("text");
    w.string(d.text);
    w.key("start");
    w.date(d.range.start);
    w.key("end");
    w.date(d.range.end);
    w.key("precision");
    w.string(to_string(d.precision()));
    if (d.range.end.precision != d.range.start.precision) {
      // "between October 2011 and Autumn 2012": the ends of a range may differ in precision.
      w.key("end_precision");
      w.string(to_string(d.range.end.precision));
    }
    if (!d.periods.empty()) write_periods(w, d.periods);
    w.key("span");
    write_span(w, d.span);
    w.end_object();
  }
  w.end_array();
}

void write_quantities(Writer& w, const std::vector<Quantity>& quantities) {
  w.begin_array();
  for (const Quantity& q : quantities) {
    if (w.refused()) break;
    w.begin_object();
    w.key("text");
    w.string(q.text);
    w.key("value");
    w.number(q.value);
    w.key("unit");
    w.string(q.unit);
    w.key("from");
    w.number_or_null(q.from);
    w.key("span");
    write_span(w, q.span);
    w.end_object();
  }
  w.end_array();
}

void write_diagnostics(Writer& w, const std::vector<Diagnostic>& diagnostics) {
  w.begin_array();
  for (const Diagnostic& d : diagnostics) {
    if (w.refused()) break;
    w.begin_object();
    w.key("severity");
    w.string(to_string(d.severity));
    w.key("code");
    w.string(d.code);
    w.key("message");
    w.string(d.message);
    w.key("span");
    write_span(w, d.span);
    w.end_object();
  }
  w.end_array();
}

// A cheap upper-bound-ish guess so that most reports are written without reallocating.
std::size_t estimate_size(const Report& r) {
  std::size_t n = 1024;
  n += r.judgements.size() * 256;
  for (const Reference& ref : r.references) n += 256 + ref.judgements.size() * 256;
  for (const Finding& f : r.findings) n += 200 + f.text.size() + f.section.value_or("").size();
  for (const Paragraph& p : r.paragraphs) n += 96 + p.section.value_or("").size();
  for (const DateMention& d : r.dates) n += 160 + d.text.size() + d.periods.size() * 48;
  for (const Quantity& q : r.quantities) n += 128 + q.text.size() + q.unit.size();
  for (const Diagnostic& d : r.diagnostics) n += 128 + d.code.size() + d.message.size();
  return n;
}

void write_report(Writer& w, const Report& report) {
  w.begin_object();
  w.key("schema");
  w.string(report_schema);

  w.key("source");
  w.begin_object();
  w.key("name");
  w.string(report.source.name);
  w.key("bytes");
  w.integer(report.source.bytes);
  w.key("format");
  w.string(to_string(report.source.format));
  w.end_object();

  w.key("document");
  write_document(w, report.document);
  w.key("judgements");
  write_judgements(w, report.judgements);
  w.key("findings");
  write_findings(w, report.findings);
  w.key("paragraphs");
  write_paragraphs(w, report.paragraphs);
  w.key("references");
  write_references(w, report.references);
  w.key("dates");
  write_dates(w, report.dates);
  w.key("quantities");
  write_quantities(w, report.quantities);
  w.key("diagnostics");
  write_diagnostics(w, report.diagnostics);
  w.end_object();
}

}  // namespace

std::string to_json(const Report& report, const JsonOptions& options) {
  std::string out;
  out.reserve(options.pretty ? estimate_size(report) * 2 : estimate_size(report));
  Writer w(out, options.pretty);
  write_report(w, report);
  return out;
}

bool write_json(const Report& report, const JsonSink& sink, const JsonOptions& options) {
  std::string out;
  out.reserve(Writer::flush_at + 4096);
  Writer w(out, options.pretty, &sink);
  write_report(w, report);
  return w.flush();
}

std::string scales_to_json(const ScaleRegistry& registry, const JsonOptions& options) {
  std::string out;
  out.reserve(256 + registry.scales().size() * 1024);
  Writer w(out, options.pretty);
  w.begin_array();
  for (const GradeScale& scale : registry.scales()) {
    w.begin_object();
    w.key("id");
    w.string(scale.id());
    w.key("name");
    w.string(scale.name());
    w.key("lower_code_is_better");
    w.boolean(scale.lower_code_is_better());
    w.key("grades");
    w.begin_array();
    for (const Grade& grade : scale.grades()) {
      w.begin_object();
      w.key("label");
      w.string(grade.label);
      w.key("aliases");
      w.begin_array();
      for (const std::string& alias : grade.aliases) w.string(alias);
      w.end_array();
      w.key("code");
      w.integer_or_null(grade.code);
      w.key("band");
      w.string(to_string(grade.band));
      w.key("position");
      w.number(grade.position);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  return out;
}

std::string to_json(const Timeline& timeline, const JsonOptions& options) {
  std::string out;
  Writer w(out, options.pretty);
  auto indices = [&](const std::vector<std::size_t>& list) {
    w.begin_array();
    for (std::size_t i : list) w.integer(i);
    w.end_array();
  };
  w.begin_object();
  w.key("schema");
  w.string("judgement.timeline/1");
  w.key("providers");
  w.begin_array();
  for (const ProviderTimeline& p : timeline.providers()) {
    w.begin_object();
    w.key("key");
    w.string(p.key);
    w.key("provider");
    w.string(p.provider);
    w.key("provider_id");
    write_provider_id(w, p.authority ? std::optional<ProviderId>(ProviderId{p.authority->ons_code, p.authority->dfe_la_code,
                                                                            p.authority->ofsted_urn})
                                     : std::nullopt);
    w.key("provider_name");
    w.string_or_null(p.authority ? std::optional<std::string_view>(p.authority->name) : std::nullopt);
    w.key("inspections");
    w.begin_array();
    for (const TimelineInspection& in : p.inspections) {
      w.begin_object();
      w.key("type");
      w.string(to_string(in.type));
      w.key("provider");
      w.string(in.provider);
      w.key("start");
      if (in.dates) {
        w.date(in.dates->start);
      } else {
        w.null();
      }
      w.key("end");
      if (in.dates) {
        w.date(in.dates->end);
      } else {
        w.null();
      }
      w.key("published");
      w.date(in.published);
      w.key("cited");
      w.boolean(in.cited);
      w.key("dated_by_citation");
      w.boolean(in.dated_by_citation);
      w.key("sources");
      w.begin_array();
      for (const std::string& s : in.sources) w.string(s);
      w.end_array();
      w.key("reports");
      indices(in.reports);
      w.key("cited_by");
      indices(in.cited_by);
      w.key("judgements");
      w.begin_array();
      for (const TimelineJudgement& j : in.judgements) {
        w.begin_object();
        write_grade(w, j.area, j.area_id ? std::optional<std::string_view>(*j.area_id) : std::nullopt, j.grade, j.code,
                    j.scale, j.band);
        w.key("change");
        w.string(to_string(j.change));
        w.key("previous");
        if (j.previous_grade) {
          w.begin_object();
          w.key("grade");
          w.string(*j.previous_grade);
          w.key("scale");
          w.string(j.previous_scale.value_or(std::string()));
          w.key("band");
          if (j.previous_band) {
            w.string(to_string(*j.previous_band));
          } else {
            w.null();
          }
          w.end_object();
        } else {
          w.null();
        }
        w.key("by_band");
        w.boolean(j.by_band);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("omitted");
  w.begin_array();
  for (const TimelineOmission& o : timeline.omitted()) {
    w.begin_object();
    w.key("report");
    w.integer(o.report);
    w.key("source");
    w.string(o.source);
    w.key("reason");
    w.string(o.reason);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out;
}

JUDGEMENT_END_NAMESPACE
