// The offset property: every span a report gives points at the original bytes it claims, on the
// line and page it says, whatever the source stage had to normalise on the way (CRLF, ligatures,
// no-break spaces, private-use bullets, invalid UTF-8, form feeds).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"
#include "layout/layout.hpp"
#include "source/source.hpp"

using judgement::Report;
using judgement::Span;
using namespace std::string_literals;

namespace {

// CRLF line ends, ligatures (ﬁ ﬀ ﬃ), no-break spaces inside and before dates, U+F0A7 bullets,
// a date broken over a line end.
const std::string crlf_text =
    "Inspection of Eastmoor local authority\r\n"
    "children\xE2\x80\x99s services\r\n"
    "Inspection dates:\xC2\xA0" "15 to 26\xC2\xA0July 2019\r\n"
    "Lead inspector: Priya Hallam, His Majesty\xE2\x80\x99s Inspector\r\n"
    "\r\n"
    "1. The \xEF\xAC\x81rst visit under the new framework took place on 5 February\r\n"
    "2019, and the e\xEF\xAC\x80" "ect of the changes was clear by\xC2\xA0June 2019. O\xEF\xAC\x83" "cers\r\n"
    "welcomed the \xEF\xAC\x81ndings.\r\n"
    "\r\n"
    "\xEF\x82\xA7 Plans have been reviewed with o\xEF\xAC\x83" "cers every month since 1 April 2024.\r\n"
    "\xEF\x82\xA7 Return home interviews began in autumn 2023 and are now routine.\r\n"
    "\r\n"
    "2. Sta\xEF\xAC\x80 said that between 3 and 7 March 2025 their caseloads fell\xE2\x80\x89sharply.\r\n";

// Form feeds: three pages with a running header and page numbers, a paragraph cut by a page
// break, and dates on every page.
const std::string paged_text =
    "Eastmoor children\xE2\x80\x99s services inspection report\n"
    "\n"
    "1. Leaders have known since 12 May 2023 where practice is weakest, and they have\n"
    "acted on it with care, although the pace of\n"
    "\n"
    "                                                                                  1\n"
    "\f"
    "Eastmoor children\xE2\x80\x99s services inspection report\n"
    "\n"
    "change was slow until 2 June\n"
    "2024 in the teams that support disabled children.\n"
    "\n"
    "2. On 9 September 2024, a new family help service opened in each locality.\n"
    "\n"
    "                                                                                  2\n"
    "\f"
    "Eastmoor children\xE2\x80\x99s services inspection report\n"
    "\n"
    "3. By\xC2\xA0spring 2025, \xEF\xAC\x81ve teams had moved into the new service.\n"
    "\n"
    "                                                                                  3\n";

// Invalid UTF-8 (a stray 0xFF, a lead byte cut short), lone CR line ends and a NUL byte.
const std::string broken_text =
    "Focused visit to Westbury children\xE2\x80\x99s services\r"
    "\r"
    "This letter summarises the findings of the focused visit to Westbury children\xE2\x80\x99s\r"
    "services on 4 and 5 December 2024. The \xFF visit looked at care leavers.\r"
    "\r"
    "12. Since 3 May 2024 the service has\xC3 grown, and by July 2024 it had a new\x00 manager.\r"s;

struct Named {
  const char* name;
  std::string text;
};

std::vector<Named> all_texts() {
  std::vector<Named> texts = {{"crlf", crlf_text}, {"paged", paged_text}, {"broken", broken_text}};
  for (const std::string& name : fixtures::document_names()) texts.push_back({name.c_str(), fixtures::read(name)});
  return texts;
}

Report parse_text(const std::string& text) {
  auto r = judgement::parse(text);
  REQUIRE(r.ok());
  return std::move(r).value();
}

// The span is inside the input, starts and ends on character boundaries, and gives the line and
// page that `begin` is on.
void check_span(std::string_view original, const Span& s) {
  CHECK(s.begin <= s.end);
  CHECK(s.end <= original.size());
  CHECK(fixtures::on_char_boundary(original, s.begin));
  CHECK(fixtures::on_char_boundary(original, s.end));
  CHECK(s.line == fixtures::original_line(original, s.begin));
  CHECK(s.page == fixtures::original_page(original, s.begin));
}

// Original bytes read through the source stage (ligatures spelled out, spaces and bullets made
// plain), with white space collapsed.
std::string normalised(std::string_view original_bytes) {
  auto src = judgement::detail::Source::load(original_bytes);
  REQUIRE(src.ok());
  return fixtures::collapse_whitespace(src->normalised_text());
}

std::vector<std::string> first_words(std::string_view text, std::size_t n) {
  std::vector<std::string> words;
  const std::string c = fixtures::collapse_whitespace(text);
  std::size_t at = 0;
  while (words.size() < n && at < c.size()) {
    const std::size_t space = c.find(' ', at);
    words.push_back(c.substr(at, space == std::string::npos ? std::string::npos : space - at));
    if (space == std::string::npos) break;
    at = space + 1;
  }
  return words;
}

std::string join(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

}  // namespace

TEST_CASE("date mentions: the original bytes at the span are the date's text", "[spans]") {
  for (const Named& t : all_texts()) {
    INFO(t.name);
    const Report r = parse_text(t.text);
    const std::string_view original = r.store->source();
    REQUIRE(original == t.text);
    for (const auto& m : r.dates) {
      INFO("date " << std::string(m.text));
      check_span(original, m.span);
      CHECK(fixtures::collapse_whitespace(fixtures::original_at(original, m.span)) ==
            fixtures::collapse_whitespace(m.text));
    }
  }
}

// Dash look-alikes between the parts of a range: a box-drawing line (U+2500), a minus sign
// (U+2212) and a non-breaking hyphen (U+2011). The source stage reads each as an en dash.
const std::string dashes_text =
    "The inspection ran from 20 June 2017 \xE2\x94\x80 13 July 2017, and the plan for 2014\xE2\x88\x92" "15 was\n"
    "renewed for 2015\xE2\x80\x91" "16.\n";

TEST_CASE("date mentions: a range written with a dash look-alike maps back to its bytes", "[spans]") {
  const Report r = parse_text(dashes_text);
  REQUIRE(r.dates.size() == 3);
  for (const auto& m : r.dates) {
    INFO("date " << std::string(m.text));
    check_span(dashes_text, m.span);
    // The bytes at the span are the mention's text, as written or as the source stage read it.
    const std::string_view at = fixtures::original_at(dashes_text, m.span);
    const std::string text = fixtures::collapse_whitespace(m.text);
    CHECK((fixtures::collapse_whitespace(at) == text || normalised(at) == text));
  }
  CHECK(fixtures::original_at(dashes_text, r.dates[0].span) == "20 June 2017 \xE2\x94\x80 13 July 2017");
  CHECK(fixtures::original_at(dashes_text, r.dates[1].span) == "2014\xE2\x88\x92" "15");
}

TEST_CASE("date mentions: a range written with a dash look-alike has the text the document has",
          "[spans]") {
  const Report r = parse_text(dashes_text);
  REQUIRE(r.dates.size() == 3);
  for (const auto& m : r.dates) {
    INFO("date " << std::string(m.text));
    CHECK(fixtures::collapse_whitespace(fixtures::original_at(dashes_text, m.span)) ==
          fixtures::collapse_whitespace(m.text));
  }
}

TEST_CASE("date mentions: the fixtures' awkward dates are all found", "[spans]") {
  // So that the property above is not checked over nothing.
  auto texts_of = [](const Report& r) {
    std::vector<std::string> texts;
    for (const auto& m : r.dates) texts.push_back(fixtures::collapse_whitespace(m.text));
    return texts;
  };
  const auto crlf = texts_of(parse_text(crlf_text));
  for (const char* expected : {"15 to 26 July 2019", "5 February 2019", "June 2019", "1 April 2024", "autumn 2023"}) {
    INFO(expected);
    CHECK(std::find(crlf.begin(), crlf.end(), expected) != crlf.end());
  }
  const auto paged = texts_of(parse_text(paged_text));
  for (const char* expected : {"12 May 2023", "2 June 2024", "9 September 2024", "spring 2025"}) {
    INFO(expected);
    CHECK(std::find(paged.begin(), paged.end(), expected) != paged.end());
  }
  const auto broken = texts_of(parse_text(broken_text));
  for (const char* expected : {"4 and 5 December 2024", "3 May 2024", "July 2024"}) {
    INFO(expected);
    CHECK(std::find(broken.begin(), broken.end(), expected) != broken.end());
  }
}

TEST_CASE("date mentions: line and page of dates after line ends of every kind and after page breaks", "[spans]") {
  const Report paged = parse_text(paged_text);
  std::vector<std::pair<std::string, std::uint32_t>> pages;
  for (const auto& m : paged.dates) pages.emplace_back(fixtures::collapse_whitespace(m.text), m.span.page);
  CHECK(pages == std::vector<std::pair<std::string, std::uint32_t>>{
                     {"12 May 2023", 1}, {"2 June 2024", 2}, {"9 September 2024", 2}, {"spring 2025", 3}});
  for (const auto& m : paged.dates) {
    if (m.text.starts_with("2 June")) CHECK(m.span.line == 9);  // a form feed starts a page, not a line
  }
  const Report crlf = parse_text(crlf_text);
  for (const auto& m : crlf.dates) {
    if (m.text.starts_with("5 February")) CHECK(m.span.line == 6);
    if (m.text.starts_with("1 April")) CHECK(m.span.line == 10);
  }
  const Report broken = parse_text(broken_text);
  for (const auto& m : broken.dates) {
    if (m.text.starts_with("3 May")) CHECK(m.span.line == 6);
  }
}

TEST_CASE("paragraphs: the span starts at the paragraph's label or its first words", "[spans]") {
  for (const Named& t : all_texts()) {
    INFO(t.name);
    const Report r = parse_text(t.text);
    const std::string_view original = r.store->source();
    // The layout's own text of each numbered paragraph, in the same order, to know its words.
    fixtures::Laid d(t.text);
    std::vector<std::string> texts;
    for (const auto& b : d.layout.blocks()) {
      if (b.kind == judgement::detail::BlockKind::paragraph && b.number > 0) texts.push_back(d.text(b));
    }
    REQUIRE(texts.size() == r.paragraphs.size());
    for (std::size_t k = 0; k < r.paragraphs.size(); ++k) {
      const auto& p = r.paragraphs[k];
      INFO("paragraph " << std::string(p.label));
      check_span(original, p.span);
      const std::string at = normalised(fixtures::original_at(original, p.span));
      const std::string words = join(first_words(texts[k], 3));
      const bool starts_with_label = at.starts_with(std::string(p.label)) || at.starts_with("- " + std::string(p.label));
      INFO("original at span: " << at.substr(0, 80) << "\nfirst words: " << words);
      CHECK((starts_with_label || at.starts_with(words)));
      // And it ends where the paragraph's text ends.
      const std::string c = fixtures::collapse_whitespace(texts[k]);
      const std::string tail = c.substr(c.size() - std::min<std::size_t>(c.size(), 12));
      CHECK(at.ends_with(tail));
    }
  }
}

TEST_CASE("paragraphs: spans over ligatures, no-break spaces and CRLF in a fixed text", "[spans]") {
  const Report r = parse_text(crlf_text);
  REQUIRE(r.paragraphs.size() == 2);
  const std::string_view one = fixtures::original_at(crlf_text, r.paragraphs[0].span);
  CHECK(one.starts_with("The \xEF\xAC\x81rst visit"));
  CHECK(one.ends_with("\xEF\xAC\x81ndings."));
  CHECK(r.paragraphs[0].span.line == 6);
  const std::string_view two = fixtures::original_at(crlf_text, r.paragraphs[1].span);
  CHECK(two.starts_with("Sta\xEF\xAC\x80 said"));
  CHECK(two.ends_with("fell\xE2\x80\x89sharply."));
  CHECK(r.paragraphs[1].span.line == 13);
  CHECK(r.paragraphs[0].span.page == 0);
}

TEST_CASE("paragraphs: a paragraph cut by a page break spans both pages", "[spans]") {
  const Report r = parse_text(paged_text);
  REQUIRE(r.paragraphs.size() == 3);
  const auto& one = r.paragraphs[0];
  CHECK(one.span.page == 1);
  CHECK(one.span.line == 3);
  const std::string_view text = fixtures::original_at(paged_text, one.span);
  CHECK(text.starts_with("Leaders have known"));
  CHECK(text.ends_with("support disabled children."));
  CHECK(r.paragraphs[1].span.page == 2);
  CHECK(r.paragraphs[2].span.page == 3);
  CHECK(r.paragraphs[2].span.line == 17);
}

TEST_CASE("diagnostics: an invalid byte's span is that byte, on its line", "[spans]") {
  const Report r = parse_text(broken_text);
  std::vector<std::string> bytes;
  for (const auto& d : r.diagnostics) {
    INFO(std::string(d.code) << ": " << std::string(d.message));
    check_span(broken_text, d.span);
    if (d.code == "invalid-utf8") {
      const std::string_view at = fixtures::original_at(broken_text, d.span);
      REQUIRE(at.size() == 1);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(at[0])));
      CHECK(d.message.find(hex) != std::string_view::npos);
      bytes.emplace_back(at);
    }
  }
  CHECK(bytes == std::vector<std::string>{"\xFF", "\xC3"});
  // The NUL byte is read as a space, and said so, at its own offset.
  bool nul = false;
  for (const auto& d : r.diagnostics) {
    if (d.code != "nul-byte") continue;
    nul = true;
    CHECK(d.span.begin == broken_text.find('\0'));
    CHECK(d.span.line == 6);
  }
  CHECK(nul);
  for (const auto& d : r.diagnostics) {
    if (d.code == "invalid-utf8") CHECK(d.span.line == (d.span.begin < broken_text.find("12.") ? 4u : 6u));
  }
}

TEST_CASE("diagnostics of every fixture lie within the input", "[spans]") {
  for (const Named& t : all_texts()) {
    INFO(t.name);
    const Report r = parse_text(t.text);
    for (const auto& d : r.diagnostics) check_span(r.store->source(), d.span);
  }
}

TEST_CASE("spans are the same whether the input ends lines with LF or CRLF, offset for offset in lines", "[spans]") {
  // Every fixture with its LF line ends made CRLF: the same dates on the same lines.
  for (const std::string& name : fixtures::document_names()) {
    INFO(name);
    const std::string lf = fixtures::read(name);
    std::string crlf;
    for (char c : lf) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    const Report a = parse_text(lf);
    const Report b = parse_text(crlf);
    REQUIRE(a.dates.size() == b.dates.size());
    for (std::size_t k = 0; k < a.dates.size(); ++k) {
      CHECK(a.dates[k].text == b.dates[k].text);
      CHECK(a.dates[k].span.line == b.dates[k].span.line);
      CHECK(fixtures::collapse_whitespace(fixtures::original_at(crlf, b.dates[k].span)) ==
            fixtures::collapse_whitespace(b.dates[k].text));
    }
    REQUIRE(a.paragraphs.size() == b.paragraphs.size());
    for (std::size_t k = 0; k < a.paragraphs.size(); ++k) CHECK(a.paragraphs[k].span.line == b.paragraphs[k].span.line);
  }
}
