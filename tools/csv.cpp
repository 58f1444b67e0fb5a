// CSV rows: the document's columns first on every row, so each row stands alone in a sheet.
#include "csv.hpp"

#include <string>

#include "judgement/timeline.hpp"

namespace judgement::cli {
namespace {

std::string iso(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

std::string number(const std::optional<int>& n) { return n ? std::to_string(*n) : std::string(); }

struct DocumentColumns {
  std::string start, end, date, published;
};

DocumentColumns document_columns(const Document& d) {
  DocumentColumns c;
  if (d.inspection_dates) {
    c.start = d.inspection_dates->range.start.iso();
    c.end = d.inspection_dates->range.end.iso();
  }
  c.date = iso(d.date);
  c.published = iso(d.published);
  return c;
}

}  // namespace

RegisterColumns register_columns(const std::optional<ProviderId>& id) {
  if (!id) return {};
  return {id->ons_code.value_or(std::string_view()), id->dfe_la_code.value_or(std::string_view()),
          id->ofsted_urn.value_or(std::string_view())};
}

RegisterColumns register_columns(const Authority* a) {
  if (!a) return {};
  return {a->ons_code.value_or(std::string_view()), a->dfe_la_code.value_or(std::string_view()),
          a->ofsted_urn.value_or(std::string_view())};
}

void csv_record(std::string& out, std::span<const std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out += ',';
    first = false;
    if (f.find_first_of(",\"\r\n") == std::string_view::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
}

void csv_header(std::string& out, std::string_view table) {
  // The document's columns are named as in Python's to_frame, so the two concatenate.
  if (table == "findings") {
    csv_record(out, {"source", "provider", "provider_key", "ons_code", "dfe_la_code", "ofsted_urn",
                     "document_type", "inspection_start", "inspection_end", "date", "published", "kind",
                     "section", "paragraph", "timeframe", "due", "rating", "text", "line", "page"});
  } else {
    csv_record(out, {"source", "provider", "provider_key", "ons_code", "dfe_la_code", "ofsted_urn",
                     "document_type", "inspection_start", "inspection_end", "date", "published", "area",
                     "area_id", "grade", "code", "scale", "band", "as_written", "line", "page"});
  }
}

void csv_rows(std::string& out, std::string_view table, const std::string& file, const Report& r) {
  const Document& d = r.document;
  const DocumentColumns c = document_columns(d);
  const std::string_view type = to_string(d.type);
  const std::string_view provider = d.provider.value_or(std::string_view());
  const std::string key = d.provider ? provider_key(*d.provider) : std::string();
  const RegisterColumns id = register_columns(d.provider_id);
  if (table == "findings") {
    for (const Finding& f : r.findings) {
      const std::string timeframe = f.timeframe ? f.timeframe->id() : std::string();
      csv_record(out, {file, provider, key, id.ons_code, id.dfe_la_code, id.ofsted_urn, type, c.start, c.end,
                       c.date, c.published, to_string(f.kind), f.section.value_or(std::string_view()),
                       number(f.paragraph), timeframe, iso(f.due), f.rating.value_or(std::string_view()),
                       f.text, std::to_string(f.span.line),
                       f.span.page ? std::to_string(f.span.page) : std::string()});
    }
    return;
  }
  for (const Judgement& j : r.judgements) {
    const Span first = j.evidence.empty() ? Span{} : j.evidence.front();
    csv_record(out, {file, provider, key, id.ons_code, id.dfe_la_code, id.ofsted_urn, type, c.start, c.end,
                     c.date, c.published, j.area, j.area_id.value_or(std::string_view()), j.grade,
                     number(j.code), j.scale, to_string(j.band), j.as_written,
                     first.line ? std::to_string(first.line) : std::string(),
                     first.page ? std::to_string(first.page) : std::string()});
  }
}

}  // namespace judgement::cli
