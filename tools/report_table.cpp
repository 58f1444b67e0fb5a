// A report as aligned text for people: the document, then its judgements and improvement points.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

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

// Where the table has `width` columns, what is left of it for a text column once `used`
// columns are taken, between `least` and `most`.
std::size_t fit(std::size_t width, std::size_t used, std::size_t least, std::size_t most) {
  if (width == 0) return most;
  return std::clamp(width > used ? width - used : 0, least, most);
}

// `text` as lines of at most `width` bytes (0: one line), broken at spaces; a word longer than
// a line is shortened.
std::vector<std::string> wrapped(std::string_view text, std::size_t width) {
  std::vector<std::string> lines(1);
  if (width == 0 || text.size() <= width) {
    lines[0] = std::string(text);
    return lines;
  }
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    std::string word = shortened(text.substr(at, end - at), width > 3 ? width - 3 : 1);
    std::string& line = lines.back();
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(std::move(word));
    } else {
      if (!line.empty()) line += ' ';
      line += word;
    }
    at = end + 1;
  }
  return lines;
}

}  // namespace

std::string_view band_color(Band band) {
  switch (band) {
    case Band::outstanding: return "\x1b[32m";
    case Band::good: return "\x1b[36m";
    case Band::requires_improvement: return "\x1b[33m";
    case Band::inadequate: return "\x1b[31m";
  }
  return "";
}

std::size_t terminal_width() {
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    std::size_t n = 0;
    const std::string_view v(columns);
    if (std::from_chars(v.data(), v.data() + v.size(), n).ptr == v.data() + v.size() && n > 0) return n;
  }
  if (::isatty(1) != 1) return 0;
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
  const std::size_t width = style.width;
  out += width ? shortened(or_dash(r.source.name), width > 3 ? width - 3 : 1) : or_dash(r.source.name);
  out += "\n";
  // A field's value is wrapped at spaces under itself (2 + 11 + 2 columns in).
  auto field = [&](std::string_view name, const std::string& value) {
    const std::vector<std::string> lines = wrapped(value, width > 15 + 20 ? width - 15 : (width ? 20 : 0));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += "  ";
      pad(out, i == 0 ? name : std::string_view(), 11);
      out += lines[i] + "\n";
    }
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
    // Columns: area, grade (code), band, scale, each as wide as its widest cell. Where the
    // row is wider than the table, the scale column goes first, then the band column (the
    // grade says both), then the area is shortened, down to 16 columns.
    auto grade_of = [](const Judgement& j) {
      return std::string(j.grade) + (j.code ? " (" + std::to_string(*j.code) + ")" : std::string());
    };
    std::size_t area_most = 0, grade_width = 0, band_width = 0, scale_width = 0;
    for (const Judgement& j : r.judgements) {
      area_most = std::max(area_most, std::min<std::size_t>(j.area.size(), 60));
      grade_width = std::max(grade_width, grade_of(j).size());
      band_width = std::max(band_width, to_string(j.band).size());
      scale_width = std::max(scale_width, j.scale.size());
    }
    bool show_band = true, show_scale = true;
    auto rest = [&] {
      return 4 + 2 + grade_width + (show_band ? 2 + band_width : 0) + (show_scale ? 2 + scale_width : 0);
    };
    if (width != 0 && rest() + area_most > width) show_scale = false;
    if (width != 0 && rest() + std::min<std::size_t>(area_most, 30) > width) show_band = false;
    const std::size_t area_width = std::min(area_most, fit(width, rest(), 16, 60));
    for (const Judgement& j : r.judgements) {
      out += "    ";
      pad(out, shortened(j.area, area_width > 3 ? area_width - 3 : area_width), area_width);
      if (style.color) out += band_color(j.band);
      const std::string grade = grade_of(j);
      if (show_band || show_scale) {
        pad(out, grade, grade_width);
      } else {
        out += grade;
      }
      if (show_band) {
        if (show_scale) {
          pad(out, to_string(j.band), band_width);
        } else {
          out += to_string(j.band);
        }
      }
      if (style.color) out += "\x1b[0m";
      if (show_scale) out += j.scale;
      out += "\n";
    }
  }
  std::size_t improvements = 0;
  for (const Finding& f : r.findings) improvements += f.kind == FindingKind::improvement ? 1 : 0;
  if (improvements > 0) {
    out += "  improvements\n";
    for (const Finding& f : r.findings) {
      if (f.kind != FindingKind::improvement) continue;
      out += "    ";
      std::string when = f.timeframe ? f.timeframe->id() : std::string("-");
      if (f.due) when += ", due " + f.due->iso();
      // The text gives way to the timeframe: 4 + the text + 2 + the timeframe.
      const std::size_t text_width = fit(width, 4 + 2 + when.size(), 20, 73);
      pad(out, shortened(f.text, text_width - 3), text_width);
      out += when + "\n";
    }
  }
  field("also", std::to_string(r.paragraphs.size()) + " numbered paragraphs, " + std::to_string(r.references.size()) +
                    " references, " + std::to_string(r.dates.size()) + " dates, " +
                    std::to_string(r.quantities.size()) + " quantities, " + std::to_string(r.diagnostics.size()) +
                    " diagnostics");
  return out;
}

}  // namespace judgement::cli
