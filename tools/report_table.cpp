// A report as aligned text for people: the document, then its judgements and improvement points.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string>
#include <string_view>

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

// The ANSI colour of a band: green for the best, red for the worst.
std::string_view band_color(Band band) {
  switch (band) {
    case Band::outstanding: return "\x1b[32m";
    case Band::good: return "\x1b[36m";
    case Band::requires_improvement: return "\x1b[33m";
    case Band::inadequate: return "\x1b[31m";
  }
  return "";
}

// Where the table has `width` columns, what is left of it for a text column once `used`
// columns are taken, between `least` and `most`.
std::size_t fit(std::size_t width, std::size_t used, std::size_t least, std::size_t most) {
  if (width == 0) return most;
  return std::clamp(width > used ? width - used : 0, least, most);
}

}  // namespace

std::size_t terminal_width() {
  if (::isatty(1) != 1) return 0;
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    std::size_t n = 0;
    const std::string_view v(columns);
    if (std::from_chars(v.data(), v.data() + v.size(), n).ptr == v.data() + v.size() && n > 0) return n;
  }
  winsize size{};
  if (::ioctl(1, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 0;
}

void pad(std::string& out, std::string_view text, std::size_t width) {
  out += text;
  if (text.size() < width) out.append(width - text.size(), ' ');
  out += "  ";
}

std::string report_table(const Report& r, const TableStyle& style) {
  const Document& d = r.document;
  std::string out;
  out += or_dash(r.source.name) + "\n";
  auto field = [&](std::string_view name, const std::string& value) {
    out += "  ";
    pad(out, name, 11);
    out += value + "\n";
  };
  field("type", std::string(to_string(d.type)) + (d.inspectorate ? " (" + std::string(*d.inspectorate) + ")" : ""));
  field("provider", or_dash(d.provider.value_or(std::string_view())));
  if (d.inspection_dates) {
    field("inspected", d.inspection_dates->range.start.iso() + " to " + d.inspection_dates->range.end.iso());
  }
  if (d.date) field("dated", d.date->iso());
  if (d.published) field("published", d.published->iso());
  for (const Inspector& i : d.inspectors) {
    field("inspector", std::string(i.name) + (i.role ? ", " + std::string(*i.role) : ""));
  }
  if (!r.judgements.empty()) {
    out += "  judgements\n";
    // The area column gives way first: 4 + 3 + 38 + 22 + 28 columns are the rest of a row.
    const std::size_t area_width = fit(style.width, 95, 16, 60);
    std::size_t width = 0;
    for (const Judgement& j : r.judgements) width = std::max(width, std::min<std::size_t>(j.area.size(), area_width));
    for (const Judgement& j : r.judgements) {
      out += "    ";
      pad(out, shortened(j.area, area_width), width + 3);
      std::string grade(j.grade);
      if (j.code) grade += " (" + std::to_string(*j.code) + ")";
      if (style.color) out += band_color(j.band);
      pad(out, grade, 36);
      pad(out, to_string(j.band), 20);
      if (style.color) out += "\x1b[0m";
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
      const std::size_t text_width = fit(style.width, 4 + 3 + 33, 20, 70);
      pad(out, shortened(f.text, text_width), text_width + 3);
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
