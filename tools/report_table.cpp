// A report as aligned text for people: the document, then its judgements and improvement points.
#include <algorithm>
#include <string>

#include "cli.hpp"

namespace judgement::cli {
namespace {

std::string or_dash(std::string_view s) { return s.empty() ? std::string("-") : std::string(s); }

std::string shortened(std::string_view s, std::size_t width) {
  std::string out(s.substr(0, std::min(s.size(), width)));
  if (s.size() > width) {
    // Do not cut inside a UTF-8 character.
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
    out += "...";
  }
  return out;
}

}  // namespace

void pad(std::string& out, std::string_view text, std::size_t width) {
  out += text;
  if (text.size() < width) out.append(width - text.size(), ' ');
  out += "  ";
}

std::string report_table(const Report& r) {
  const Document& d = r.document;
  std::string out;
  out += or_dash(r.source.name) + "\n";
  auto field = [&](std::string_view name, const std::string& value) {
    out += "  ";
    pad(out, name, 11);
    out += value + "\n";
  };
  field("type", std::string(to_string(d.type)) + (d.inspectorate.empty() ? "" : " (" + std::string(d.inspectorate) + ")"));
  field("provider", or_dash(d.provider));
  if (d.inspection_dates) {
    field("inspected", d.inspection_dates->range.start.iso() + " to " + d.inspection_dates->range.end.iso());
  }
  if (d.date) field("dated", d.date->iso());
  if (d.published) field("published", d.published->iso());
  for (const Inspector& i : d.inspectors) {
    field("inspector", std::string(i.name) + (i.role.empty() ? "" : ", " + std::string(i.role)));
  }
  if (!r.judgements.empty()) {
    out += "  judgements\n";
    std::size_t width = 0;
    for (const Judgement& j : r.judgements) width = std::max(width, std::min<std::size_t>(j.area.size(), 60));
    for (const Judgement& j : r.judgements) {
      out += "    ";
      pad(out, shortened(j.area, 60), width + 3);
      std::string grade(j.grade);
      if (j.code) grade += " (" + std::to_string(*j.code) + ")";
      pad(out, grade, 36);
      pad(out, to_string(j.band), 20);
      out += std::string(j.scale) + "\n";
    }
  }
  std::size_t improvements = 0;
  for (const Finding& f : r.findings) improvements += f.kind == FindingKind::improvement ? 1 : 0;
  if (improvements > 0) {
    out += "  improvements\n";
    for (const Finding& f : r.findings) {
      if (f.kind != FindingKind::improvement) continue;
      out += "    ";
      pad(out, shortened(f.text, 70), 73);
      out += f.timeframe ? f.timeframe->id() : std::string("-");
      if (f.due) out += ", due " + f.due->iso();
      out += "\n";
    }
  }
  field("also", std::to_string(r.paragraphs.size()) + " numbered paragraphs, " + std::to_string(r.references.size()) +
                    " references, " + std::to_string(r.dates.size()) + " dates, " +
                    std::to_string(r.quantities.size()) + " quantities, " + std::to_string(r.diagnostics.size()) +
                    " diagnostics");
  return out;
}

}  // namespace judgement::cli
