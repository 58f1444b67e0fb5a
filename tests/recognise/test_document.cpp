// The document recogniser through the public API: what kind of document, whose, when and by
// whom, for one invented fixture in the style of each kind of document the library reads.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../fixtures/fixtures.hpp"
#include "judgement/date.hpp"
#include "judgement/parse.hpp"
#include "judgement/report.hpp"
#include "support/profiles.hpp"

using judgement::Date;
using judgement::DateRange;
using judgement::DocumentType;
using judgement::make_date;
using judgement::ParseOptions;
using judgement::Report;

namespace {

Report parse_fixture(const std::string& name, const ParseOptions& options = {}) {
  auto r = judgement::parse(fixtures::read(name), options);
  INFO(name);
  REQUIRE(r.ok());
  return std::move(r).value();
}

std::string type_of(const Report& r) { return std::string(judgement::to_string(r.document.type)); }

// A role with the typographic apostrophe written plainly, for comparison; "" where it is absent.
std::string plain(std::optional<std::string_view> role) {
  if (!role) return "";
  const std::string_view s = *role;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 3) == "\xE2\x80\x99") {
      out += '\'';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string> names_of(const Report& r) {
  std::vector<std::string> names;
  for (const auto& i : r.document.inspectors) names.emplace_back(i.name);
  return names;
}

// "Name (role)" for each inspector, with plain apostrophes.
std::vector<std::string> people_of(const Report& r) {
  std::vector<std::string> people;
  for (const auto& i : r.document.inspectors) people.push_back(std::string(i.name) + " (" + plain(i.role) + ")");
  return people;
}

DateRange range(Date a, Date b) { return DateRange{a, b}; }

// A fixture copied under another name into a fresh temporary folder.
struct NamedCopy {
  std::filesystem::path dir;
  std::filesystem::path path;
  NamedCopy(const std::string& fixture, const std::string& name) {
    dir = std::filesystem::temp_directory_path() /
          ("judgement-test-document-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::create_directories(dir);
    path = dir / name;
    std::ofstream out(path, std::ios::binary);
    out << fixtures::read(fixture);
  }
  NamedCopy(const NamedCopy&) = delete;
  NamedCopy& operator=(const NamedCopy&) = delete;
  ~NamedCopy() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

}  // namespace

// --- ILACS ---------------------------------------------------------------------------------------

TEST_CASE("what the text does not say is nullopt: inspectorate, provider, an inspector's role", "[document]") {
  auto r = judgement::parse("Notes of a meeting\n\nInspectors: Jane Fairweather\n\nthe weather was fine.\n");
  REQUIRE(r.ok());
  const judgement::Document& doc = r->document;
  CHECK(doc.inspectorate == std::nullopt);
  CHECK(doc.provider == std::nullopt);
  REQUIRE(doc.inspectors.size() == 1);
  CHECK(doc.inspectors[0].name == "Jane Fairweather");
  CHECK(doc.inspectors[0].role == std::nullopt);
  // A numbered paragraph under no heading has no section.
  const auto numbered = judgement::parse("1. The first paragraph, under no heading at all.\n\n2. The second one.\n");
  REQUIRE(numbered.ok());
  REQUIRE(numbered->paragraphs.size() == 2);
  CHECK(numbered->paragraphs[0].section == std::nullopt);
}

TEST_CASE("ILACS report as pdftotext -layout gives it", "[document]") {
  const Report r = parse_fixture("ilacs_layout.txt");
  const auto& doc = r.document;
  CHECK(type_of(r) == "ilacs");
  CHECK(doc.inspectorate == "Ofsted");
  CHECK(std::string(doc.provider.value()).starts_with("Eastmoor"));
  CHECK(doc.provider->find("local authority") == std::string_view::npos);
  CHECK(doc.provider->find("services") == std::string_view::npos);
  // An ILACS report states no date of its own and no publication date.
  CHECK_FALSE(doc.date.has_value());
  CHECK_FALSE(doc.published.has_value());
  CHECK(people_of(r) == std::vector<std::string>{"Priya Hallam (His Majesty's Inspector)"});
}

TEST_CASE("an inspection held in two periods has its whole range and each period", "[document]") {
  // "Inspection dates: 30 September to 11 October 2024 and 13 to 16 January 2025"
  const Report r = parse_fixture("ilacs_layout.txt");
  REQUIRE(r.document.inspection_dates.has_value());
  const auto& dates = *r.document.inspection_dates;
  CHECK(dates.range == range(make_date(2024, 9, 30), make_date(2025, 1, 16)));
  CHECK(dates.periods == std::vector<DateRange>{range(make_date(2024, 9, 30), make_date(2024, 10, 11)),
                                                range(make_date(2025, 1, 13), make_date(2025, 1, 16))});
}

TEST_CASE("ILACS -layout cover with the lead inspector's role on the next line", "[document]") {
  // "Lead inspector:          Naomi Strand" and, set under the name, "Her Majesty's Inspector".
  const Report r = parse_fixture("ilacs_layout_2020.txt");
  const auto& doc = r.document;
  CHECK(type_of(r) == "ilacs");
  CHECK(doc.inspectorate == "Ofsted");
  CHECK(doc.provider == "London Borough of Harbourside");
  REQUIRE(doc.inspection_dates.has_value());
  CHECK(doc.inspection_dates->range == range(make_date(2020, 2, 3), make_date(2020, 2, 14)));
  CHECK(doc.inspection_dates->periods.empty());
  CHECK(people_of(r) == std::vector<std::string>{"Naomi Strand (Her Majesty's Inspector)"});
}

TEST_CASE("ILACS -layout cover: the role under the name, whatever the gap after the label", "[document]") {
  std::string text = fixtures::read("ilacs_layout_2020.txt");
  const std::string wide = "Lead inspector:          Naomi Strand\n                         Her";
  const std::size_t at = text.find(wide);
  REQUIRE(at != std::string::npos);
  text.replace(at, wide.size(), "Lead inspector: Naomi Strand\n                Her");
  const auto r = judgement::parse(text);
  REQUIRE(r.ok());
  CHECK(people_of(*r) == std::vector<std::string>{"Naomi Strand (Her Majesty's Inspector)"});
}

// The cover's fields are read from the layout's line contents: a line's bullet is no part of its
// label, so a cover set as a list reads as one set as lines.
TEST_CASE("a cover field set as a list item is read without its bullet", "[document][dates]") {
  const std::string cover =
      "Inspection of Northshire local authority children\xE2\x80\x99s services\n\n"
      "- Lead inspector: Ann Bell\n"
      "- Inspection dates: 4 to 8 March 2019\n";
  const Report listed = judgement::parse(cover).value();
  REQUIRE(listed.document.inspection_dates.has_value());
  CHECK(listed.document.inspection_dates->range == range(make_date(2019, 3, 4), make_date(2019, 3, 8)));
  std::string lines = cover;
  for (std::size_t at = lines.find("\n- "); at != std::string::npos; at = lines.find("\n- ", at)) lines.erase(at + 1, 2);
  const Report plain = judgement::parse(lines).value();
  CHECK(people_of(listed) == people_of(plain));
}

TEST_CASE("ILACS report as plain pdftotext gives it", "[document]") {
  const Report r = parse_fixture("ilacs_plain.txt");
  const auto& doc = r.document;
  CHECK(type_of(r) == "ilacs");
  CHECK(doc.inspectorate == "Ofsted");
  CHECK(std::string(doc.provider.value()).starts_with("Northfield"));
  CHECK(doc.provider->find("local authority") == std::string_view::npos);
  REQUIRE(doc.inspection_dates.has_value());
  CHECK(doc.inspection_dates->range == range(make_date(2023, 7, 10), make_date(2023, 7, 21)));
  CHECK(doc.inspection_dates->periods.empty());
  // The judgement table's first word follows the lead inspector's line; it is not part of it.
  CHECK(people_of(r) == std::vector<std::string>{"Tomasz Reade (His Majesty's Inspector)"});
}

TEST_CASE("the inspection dates in a -layout running footer are not date mentions", "[document]") {
  const Report r = parse_fixture("ilacs_layout.txt");
  std::size_t n = 0;
  for (const auto& m : r.dates) n += m.text == "30 September to 11 October 2024 and 13 to 16 January 2025" ? 1 : 0;
  CHECK(n == 1);  // the cover's, not the footer's on pages 2, 3 and 4
}

TEST_CASE("the inspection dates in a plain-text running footer are not date mentions", "[document]") {
  // Plain pdftotext puts "10 to 21 July 2023" on a line of its own under the footer's title.
  const Report r = parse_fixture("ilacs_plain.txt");
  std::size_t n = 0;
  for (const auto& m : r.dates) n += m.text == "10 to 21 July 2023" ? 1 : 0;
  CHECK(n == 1);
}

// --- SIF -----------------------------------------------------------------------------------------

TEST_CASE("SIF report: cover, publication date and the inspection team", "[document]") {
  const Report r = parse_fixture("sif_cover.txt");
  const auto& doc = r.document;
  // A SIF report with the safeguarding board review inside is a SIF report.
  CHECK(type_of(r) == "sif");
  CHECK(doc.inspectorate == "Ofsted");
  CHECK(doc.provider == "Eastmoor Borough Council");
  CHECK(doc.published == make_date(2016, 6, 27));
  CHECK(doc.date == make_date(2016, 6, 27));
  REQUIRE(doc.inspection_dates.has_value());
  CHECK(doc.inspection_dates->range == range(make_date(2016, 4, 11), make_date(2016, 5, 5)));
  // "Team inspectors:" runs over two lines; analysts and managers are not inspectors.
  CHECK(people_of(r) == std::vector<std::string>{
                            "Helen Marsh (Lead inspector)",
                            "Owen Pritchard (Deputy lead inspector)",
                            "Sadia Rahman (Team inspector)",
                            "Tom Bellamy (Team inspector)",
                            "Grace Okafor (Team inspector)",
                            "Lewis Carver (Team inspector)",
                            "Nia Evans (Team inspector)",
                            "Martin Hale (Team inspector)",
                        });
}

// --- 2013 looked after children inspection, as Markdown --------------------------------------------

TEST_CASE("2013 looked after children inspection in Markdown", "[document]") {
  const Report r = parse_fixture("lac_inspection_2013.md");
  const auto& doc = r.document;
  CHECK(type_of(r) == "lac_inspection");
  CHECK(r.source.format == judgement::SourceFormat::markdown);
  CHECK(doc.inspectorate == "Ofsted");
  CHECK(doc.provider == "Eastmoor Council");
  CHECK(doc.published == make_date(2013, 8, 23));
  CHECK(doc.date == make_date(2013, 8, 23));
  REQUIRE(doc.inspection_dates.has_value());
  CHECK(doc.inspection_dates->range == range(make_date(2013, 7, 15), make_date(2013, 7, 19)));
  // "Reporting inspector Jane Fairweather HMI": no colon, the role after the name.
  REQUIRE(doc.inspectors.size() == 1);
  CHECK(doc.inspectors[0].name == "Jane Fairweather");
  const std::string role = plain(doc.inspectors[0].role);
  CHECK((role == "HMI" || role == "Her Majesty's Inspector"));
}

// --- focused visit letters -------------------------------------------------------------------

TEST_CASE("focused-visit letter: type, provider, letter date and visit dates", "[document]") {
  const Report r = parse_fixture("focused_visit_letter.txt");
  const auto& doc = r.document;
  CHECK(type_of(r) == "focused_visit");
  CHECK(doc.inspectorate == "Ofsted");
  CHECK(doc.provider == "Westbury");
  CHECK(doc.date == make_date(2025, 1, 13));
  CHECK_FALSE(doc.published.has_value());
  // "on 4 and 5 December 2024": two days in a row are one period.
  REQUIRE(doc.inspection_dates.has_value());
  CHECK(doc.inspection_dates->range == range(make_date(2024, 12, 4), make_date(2024, 12, 5)));
  CHECK(doc.inspection_dates->periods.empty());
  CHECK(names_of(r) == std::vector<std::string>{"Alys Penhale", "Marcus Oduya"});
}

TEST_CASE("focused-visit letter: \"His Majesty's Inspectors for this visit were A and B\" gives their role",
          "[document]") {
  const Report r = parse_fixture("focused_visit_letter.txt");
  CHECK(people_of(r) == std::vector<std::string>{"Alys Penhale (His Majesty's Inspector)",
                                                 "Marcus Oduya (His Majesty's Inspector)"});
}

TEST_CASE("focused-visit letter: \"The visit was carried out by Her Majesty's Inspectors A, B, C and D\"", "[document]") {
  const Report r = parse_fixture("focused_visit_team.txt");
  const auto& doc = r.document;
  CHECK(type_of(r) == "focused_visit");
  CHECK(doc.provider == "Ashdown Metropolitan Borough Council");
  CHECK(doc.date == make_date(2020, 11, 20));
  REQUIRE(doc.inspection_dates.has_value());
  CHECK(doc.inspection_dates->range == range(make_date(2020, 10, 6), make_date(2020, 10, 6)));
  // The first name is broken across two lines.
  CHECK(names_of(r) == std::vector<std::string>{"Ffion Garrow", "Dev Anand", "Carys Whitlock", "Ben Osei"});
}

TEST_CASE("focused-visit letter: inspectors named after \"Her Majesty's Inspectors\" have that role",
          "[document]") {
  const Report r = parse_fixture("focused_visit_team.txt");
  REQUIRE(r.document.inspectors.size() == 4);
  for (const auto& i : r.document.inspectors) {
    INFO(std::string(i.name));
    CHECK(plain(i.role) == "Her Majesty's Inspector");
  }
}

TEST_CASE("a letter's yearless visit days take the letter's year, with a note; its date mentions do not",
          "[document]") {
  // "on 13 and 14 July" in a letter dated 23 August 2021: the visit the letter reports.
  const Report r = parse_fixture("focused_visit_yearless.txt");
  CHECK(type_of(r) == "focused_visit");
  CHECK(r.document.date == make_date(2021, 8, 23));
  REQUIRE(r.document.inspection_dates.has_value());
  CHECK(r.document.inspection_dates->range == range(make_date(2021, 7, 13), make_date(2021, 7, 14)));
  const judgement::Diagnostic* note = nullptr;
  for (const auto& d : r.diagnostics) {
    if (d.code == "visit-year-from-letter") note = &d;
  }
  REQUIRE(note != nullptr);
  CHECK(note->severity == judgement::Severity::info);
  CHECK(note->message.find("\"13 and 14 July\"") != std::string_view::npos);
  CHECK(note->message.find("2021-08-23") != std::string_view::npos);
  // The date mentions keep to resolve_yearless_dates (off by default).
  for (const auto& m : r.dates) CHECK(m.text.find("July") == std::string_view::npos);
  CHECK(names_of(r) == std::vector<std::string>{"Rhys Bannerman", "Odile Fairclough"});

  // Days before the new year in a letter of January are of the year before.
  const Report january = judgement::parse(
      "Ofsted\n\n7 January 2022\n\nDear Ms Hale\n\nFocused visit to Southvale children's services\n\n"
      "This letter summarises the findings of a focused visit to Southvale children's services on 13 and 14 "
      "December.\n").value();
  REQUIRE(type_of(january) == "focused_visit");
  REQUIRE(january.document.inspection_dates.has_value());
  CHECK(january.document.inspection_dates->range == range(make_date(2021, 12, 13), make_date(2021, 12, 14)));

  // Not in a report: there yearless days stay unresolved unless asked for.
  const Report report = judgement::parse(
      "Inspection of Southvale local authority children's services\n\n"
      "The inspection took place on 13 and 14 July.\n").value();
  CHECK_FALSE(report.document.inspection_dates.has_value());
}

TEST_CASE("dates left without a year are named in one yearless-date diagnostic that says how to resolve them",
          "[document][diagnostics]") {
  auto yearless = [](const Report& r) {
    std::vector<const judgement::Diagnostic*> found;
    for (const auto& d : r.diagnostics) {
      if (d.code == "yearless-date") found.push_back(&d);
    }
    return found;
  };
  const Report r = parse_fixture("focused_visit_yearless.txt");
  const auto found = yearless(r);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == judgement::Severity::info);
  CHECK(found[0]->message.find("\"13 and 14 July\"") != std::string_view::npos);
  CHECK(found[0]->message.find("resolve_yearless_dates") != std::string_view::npos);
  CHECK(found[0]->message.find("--resolve-yearless-dates") != std::string_view::npos);
  CHECK(found[0]->span.line > 0);

  ParseOptions options;
  options.resolve_yearless_dates = true;
  CHECK(yearless(parse_fixture("focused_visit_yearless.txt", options)).empty());

  // Asked for, but the document bears no date to take the year from: still said, with why.
  const Report undated = judgement::parse("Monitoring visit\n\nInspectors visited on 13 and 14 July.\n", options).value();
  const auto left = yearless(undated);
  REQUIRE(left.size() == 1);
  CHECK(left[0]->message.find("no date to take the year from") != std::string_view::npos);
}

TEST_CASE("resolve_yearless_dates gives a yearless date the year of the document's date", "[document]") {
  ParseOptions options;
  options.resolve_yearless_dates = true;
  const Report r = parse_fixture("focused_visit_yearless.txt", options);
  const judgement::DateMention* visit = nullptr;
  for (const auto& m : r.dates) {
    if (m.text.find("July") != std::string_view::npos) visit = &m;
  }
  REQUIRE(visit != nullptr);
  CHECK(visit->text == "13 and 14 July");
  CHECK(visit->range == range(make_date(2021, 7, 13), make_date(2021, 7, 14)));
}

TEST_CASE("resolve_yearless_dates resolves a yearless visit date into the inspection dates, without a note",
          "[document]") {
  ParseOptions options;
  options.resolve_yearless_dates = true;
  const Report r = parse_fixture("focused_visit_yearless.txt", options);
  REQUIRE(r.document.inspection_dates.has_value());
  CHECK(r.document.inspection_dates->range == range(make_date(2021, 7, 13), make_date(2021, 7, 14)));
  for (const auto& d : r.diagnostics) CHECK(d.code != "visit-year-from-letter");
}

// --- council papers and news ---------------------------------------------------------------------

TEST_CASE("council committee paper reporting a visit", "[document]") {
  const Report r = parse_fixture("committee_paper.txt");
  const auto& doc = r.document;
  // Its own kind wins over the kind of the inspection it reports on.
  CHECK(type_of(r) == "committee_report");
  CHECK(doc.inspectorate == "Ofsted");
  CHECK(doc.provider == "Eastmoor Council");
  CHECK(doc.date == make_date(2022, 3, 3));  // the meeting date
  CHECK_FALSE(doc.published.has_value());
  // The visit it reports on, not the earlier inspection it also mentions.
  REQUIRE(doc.inspection_dates.has_value());
  CHECK(doc.inspection_dates->range == range(make_date(2022, 1, 11), make_date(2022, 1, 12)));
  CHECK(names_of(r) == std::vector<std::string>{"Ruth Kettering", "Samir Dhillon"});
}

TEST_CASE("council news release reporting a visit", "[document]") {
  const Report r = parse_fixture("news_release.txt");
  const auto& doc = r.document;
  CHECK(type_of(r) == "news");
  CHECK(doc.provider == "Eastmoor Council");
  CHECK(doc.date == make_date(2022, 3, 10));
  CHECK(doc.published == make_date(2022, 3, 10));
  // "took place in January" gives no year: nothing is guessed.
  CHECK_FALSE(doc.inspection_dates.has_value());
  CHECK(doc.inspectors.empty());
}

// --- never from the file name ------------------------------------------------------------------

TEST_CASE("the document type comes from the content, never from the file name", "[document]") {
  SECTION("parse_file on files named like another kind of document") {
    const NamedCopy news("news_release.txt", "eastmoor-2022-03-ilacs.txt");
    const auto a = judgement::parse_file(news.path.string());
    REQUIRE(a.ok());
    CHECK(type_of(*a) == "news");
    CHECK(a->source.name == "eastmoor-2022-03-ilacs.txt");

    const NamedCopy letter("focused_visit_letter.txt", "westbury-2025-01-sif.txt");
    const auto b = judgement::parse_file(letter.path.string());
    REQUIRE(b.ok());
    CHECK(type_of(*b) == "focused_visit");

    const NamedCopy sif("sif_cover.txt", "eastmoor-2016-05-committee-report.txt");
    const auto c = judgement::parse_file(sif.path.string());
    REQUIRE(c.ok());
    CHECK(type_of(*c) == "sif");
  }
  SECTION("text with no kind of its own stays unknown whatever it is called") {
    ParseOptions options;
    options.name = "medway-2019-07-ilacs.txt";
    const auto r = judgement::parse("Minutes of the allotment society.\n\nThe meeting opened at seven.\n", options);
    REQUIRE(r.ok());
    CHECK(type_of(*r) == "unknown");
    CHECK(r->source.name == "medway-2019-07-ilacs.txt");
  }
  SECTION("parse() with a misleading name") {
    ParseOptions options;
    options.name = "westbury-2025-01-focused-visit.txt";
    const auto r = judgement::parse(fixtures::read("committee_paper.txt"), options);
    REQUIRE(r.ok());
    CHECK(type_of(*r) == "committee_report");
  }
}

TEST_CASE("every fixture parses, and parsing is deterministic", "[document]") {
  for (const std::string& name : fixtures::document_names()) {
    INFO(name);
    const Report a = parse_fixture(name);
    const Report b = parse_fixture(name);
    CHECK(a == b);
    CHECK(a.source.bytes == fixtures::read(name).size());
    // The needs assessment is there to be of no known kind (and to name no provider).
    if (name != "needs_assessment.txt") CHECK(a.document.type != DocumentType::unknown);
  }
}

// --- the provider's name as the title and letterhead give it (issue 15) -----------------------

TEST_CASE("a council's name wrapped over two title lines is the whole name, and nothing else", "[document][provider]") {
  // "Inspection of London Borough of" / "Camden local authority children's services"
  CHECK(parse_fixture("ilacs_wrapped_title.txt").document.provider == "London Borough of Camden");
  // "North" / "Somerset Council" above a SIF title
  CHECK(parse_fixture("sif_team_roles.txt").document.provider == "North Somerset Council");
  // "Inspection of Westmorland and" / "Furness local authority children's services"
  const Report westmorland = judgement::parse(
      "Inspection of Westmorland and\nFurness local authority children\xE2\x80\x99s services\n\n"
      "Inspection dates: 11 to 22 May 2026\n").value();
  CHECK(westmorland.document.type == DocumentType::ilacs);
  CHECK(westmorland.document.provider == "Westmorland and Furness");
  // "Inspection of Wokingham Borough" / "Council local authority children's services"
  const Report borough = judgement::parse(
      "Inspection of Wokingham Borough\nCouncil local authority children\xE2\x80\x99s services\n\n"
      "Inspection dates: 11 to 22 May 2026\n").value();
  CHECK(borough.document.provider == "Wokingham Borough Council");
  // "Focused visit to Westmorland and" / "Furness children's services"
  const Report letter = judgement::parse(
      "Dear Jo\n\nFocused visit to Westmorland and\nFurness children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit on 5 February 2026.\n").value();
  CHECK(letter.document.type == DocumentType::focused_visit);
  CHECK(letter.document.provider == "Westmorland and Furness");
  // A children's trust that delivers a council's services: its name as written, "Children's" and all.
  const Report trust = judgement::parse(
      "Dear Jo\n\nFocused visit to Northshire Children\xE2\x80\x99s Trust\n\n"
      "This letter summarises the findings of a focused visit on 5 February 2026.\n").value();
  CHECK(trust.document.provider == "Northshire Children\xE2\x80\x99s Trust");
  // "Monitoring visit to North East" / "Lincolnshire children's services"
  CHECK(parse_fixture("monitoring_visit_wrapped.txt").document.provider == "North East Lincolnshire");
}

TEST_CASE("area SEND: the local area partnership is the provider, never the running header", "[document][provider]") {
  const Report r = parse_fixture("area_send_partnership.txt");
  CHECK(type_of(r) == "area_send");
  CHECK(r.document.provider == "Westmorland and Furness Local Area Partnership");
  // The running header neither names the provider nor makes the report a council paper: its
  // outcome is read.
  REQUIRE(r.judgements.size() == 1);
  CHECK(r.judgements[0].area_id == "area_send_outcome");

  // Not wrapped, the header above the title.
  const Report one_line = judgement::parse(
      "Local area partnership report\n\nArea SEND inspection of Northshire Local Area Partnership\n\n"
      "Inspection dates: 4 to 8 March 2024\n").value();
  CHECK(one_line.document.type == DocumentType::area_send);
  CHECK(one_line.document.provider == "Northshire Local Area Partnership");
}

TEST_CASE("a letterhead's address block is never the provider, and the letter keeps its type", "[document][provider]") {
  // "Focused" / "BA14 8JN visit to Wiltshire children's services": the postcode of the
  // addressee's block runs into the title.
  const Report r = parse_fixture("focused_visit_letterhead.txt");
  CHECK(type_of(r) == "focused_visit");
  CHECK(r.document.provider == "Wiltshire");
  CHECK(r.document.date == make_date(2020, 12, 11));
}

TEST_CASE("a document of no known kind names no provider from fragments of its text", "[document][provider]") {
  // "Unit, West Sussex County Council", "New Deal", "Need": better no provider than a wrong one.
  const Report r = parse_fixture("needs_assessment.txt");
  CHECK(r.document.type == DocumentType::unknown);
  CHECK_FALSE(r.document.provider.has_value());
}

TEST_CASE("a council named in running text is the capitalised words before \"Council\", not what a comma ends",
          "[document][provider]") {
  const Report r = judgement::parse(
      "Report to Cabinet\n\nAgenda item 7\n\nOfsted focused visit\n\n"
      "Prepared by the Business Intelligence Unit, Eastshire County Council for members.\n\n"
      "Recommendation: that the Cabinet notes the findings.\n").value();
  CHECK(type_of(r) == "committee_report");
  CHECK(r.document.provider == "Eastshire County Council");
}

// The capitalised words that start no council's name are lexicon rows, whole words in any case:
// a user's Welsh "yr" ("the") is left out of the name as the built-in "The" is.
TEST_CASE("a user's not_name_start rows are left out of a council named in running text", "[document][provider][profile]") {
  auto paper = [](std::string_view before) {
    return "Report to Cabinet\n\nAgenda item 7\n\nOfsted focused visit\n\nPrepared for members by " +
           std::string(before) + " Eastshire County Council.\n\nRecommendation: that the Cabinet notes the findings.\n";
  };
  const judgement::ProfileRegistry welsh = judgement::testing::builtin_profiles_with(
      "lexicon document \"Cymraeg\"\n"
      "  phrases not_name_start \"yr\"\n"
      "end\n");
  CHECK(judgement::parse(paper("Yr")).value().document.provider == "Yr Eastshire County Council");
  CHECK(judgement::parse(paper("Yr"), judgement::testing::options_with(welsh)).value().document.provider ==
        "Eastshire County Council");
  for (const char* the : {"The", "THE"}) {
    CHECK(judgement::parse(paper(the)).value().document.provider == "Eastshire County Council");
  }
}

// The words that finish a title after its title phrase are lexicon rows: a user's Welsh
// "gwasanaethau" ("services") is passed over to the provider's name as the built-in "services" is.
TEST_CASE("a user's title_rest rows are passed over to the provider's name", "[document][provider][profile]") {
  auto cover = [](std::string_view rest) {
    return "Inspection of looked after children " + std::string(rest) +
           " Northshire Council\n\nThe inspection took place from 4 to 8 March 2013.\n";
  };
  const judgement::ProfileRegistry welsh = judgement::testing::builtin_profiles_with(
      "lexicon document \"Cymraeg\"\n"
      "  phrases title_rest \"gwasanaethau\"\n"
      "end\n");
  CHECK(judgement::parse(cover("services")).value().document.provider == "Northshire Council");
  // Without the row, the rest of the title is no name, and the block below it is read instead.
  CHECK(judgement::parse(cover("gwasanaethau")).value().document.provider != "Northshire Council");
  CHECK(judgement::parse(cover("gwasanaethau"), judgement::testing::options_with(welsh)).value().document.provider ==
        "Northshire Council");
}

// --- inspectors in every form ------------------------------------------------------------------

TEST_CASE("\"conducted by A and B, two of Her Majesty's Inspectors\": the shared role is each one's; the signer leads",
          "[document][inspectors]") {
  const Report r = parse_fixture("focused_visit_letterhead.txt");
  // Nadia Okafor signs the letter and no other lead is given: she is listed first.
  CHECK(people_of(r) == std::vector<std::string>{"Nadia Okafor (Her Majesty's Inspector)",
                                                 "Tomas Ferrier (Her Majesty's Inspector)"});
}

TEST_CASE("\"inspectors for this visit were lead inspector A, B and C\", the list cut by a paragraph break",
          "[document][inspectors]") {
  const Report r = parse_fixture("monitoring_visit_wrapped.txt");
  // The lead keeps that role; the signer is not moved ahead of a named lead.
  CHECK(people_of(r) == std::vector<std::string>{"Priya Lansdowne (Lead inspector)",
                                                 "Owen Hartley (Her Majesty's Inspector)",
                                                 "Grace Bellamy (Her Majesty's Inspector)"});
}

TEST_CASE("\"carried out by A, Her Majesty's Inspector, and B, Ofsted Inspector\": each keeps their own role",
          "[document][inspectors]") {
  const Report r = judgement::parse(
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services on 5 "
      "February 2019. The visit was carried out by Ada Brook, Her Majesty\xE2\x80\x99s Inspector, and Ben Cole, "
      "Ofsted Inspector.\n").value();
  CHECK(people_of(r) == std::vector<std::string>{"Ada Brook (Her Majesty's Inspector)", "Ben Cole (Ofsted Inspector)"});
}

TEST_CASE("pre-2018 team lists: roles after names, in brackets, shared by the label", "[document][inspectors]") {
  const Report r = parse_fixture("sif_team_roles.txt");
  CHECK(people_of(r) == std::vector<std::string>{
                            "Martin Quayle (Lead inspector)", "Anita Rowe (Deputy lead inspector)",
                            "Colin Barber (Team inspector)", "Deborah Ince (SHMI)", "Farah Nadeem (Team inspector)",
                            "Gwen Ollerton (Contracted Inspector)", "Hugo Marsh (HMI Designate)"});
  // "Karen Wareing (HMI) Fiona Millns (OI)": a role in brackets ends its person.
  const Report brackets = judgement::parse(
      "Inspection of Northshire local authority children\xE2\x80\x99s services\n\n"
      "Team inspectors: Ann Bell (HMI), Cara Dunn (HMI) Eve Fox (OI)\nGil Hart (OI)\n").value();
  CHECK(people_of(brackets) == std::vector<std::string>{"Ann Bell (HMI)", "Cara Dunn (HMI)", "Eve Fox (OI)",
                                                        "Gil Hart (OI)"});
}

TEST_CASE("area SEND two-column team table: Ofsted and CQC columns, roles wrapped", "[document][inspectors]") {
  const Report r = parse_fixture("area_send_partnership.txt");
  CHECK(people_of(r) == std::vector<std::string>{
                            "Lena Harwood (Ofsted HMI, Lead inspector)", "Marcus Dunne (Ofsted Inspector)",
                            "Priya Chandran (CQC Lead inspector)", "Joel Amis (CQC Inspector)"});
  // The older letters' table: names and roles on lines of their own; the directors who sign are
  // not of the team.
  const Report letter = judgement::parse(
      "Area SEND inspection of Northshire Local Area Partnership\n\n"
      "Inspection dates: 4 to 8 March 2019\n\n"
      "Yours sincerely\n\n"
      "Ofsted                                  Care Quality Commission\n"
      "Ann Roe                                 Bea Lake\n"
      "Regional Director                       Deputy Chief Inspector, Primary Medical\n"
      "                                        Services, Children Health and Justice\n"
      "Cal Penn                                Dee Marsh\n"
      "Her Majesty\xE2\x80\x99s Inspector, Lead              CQC Inspector\n"
      "Inspector\n").value();
  CHECK(people_of(letter) == std::vector<std::string>{"Cal Penn (Her Majesty's Inspector, Lead Inspector)",
                                                      "Dee Marsh (CQC Inspector)"});
}

// not_team_role is a list of whole words: the plural of a role not of the team is a row of its
// own, so that a label of directors names no one of the team as a label of a director does not.
TEST_CASE("a team's label naming directors is not the team's", "[document][inspectors]") {
  const Report r = judgement::parse(
      "Inspection of Northshire local authority children\xE2\x80\x99s services\n\n"
      "Lead inspector: Ann Bell\n\n"
      "Director of the inspectors: Cara Dunn\n\n"
      "Directors of the inspectors: Gil Hart and Ivy Lane\n").value();
  CHECK(names_of(r) == std::vector<std::string>{"Ann Bell"});
}

// A directorate is a department, not a rank: an inspector of one is of the team, so "directorate"
// is no not_team_role row. The director of children's services and the inspectorate's
// directorate hold no role word, and are no one's role in the team either way.
TEST_CASE("a two-column team keeps an inspector of a directorate, not a director or a directorate",
          "[document][inspectors]") {
  const Report r = judgement::parse(
      "Area SEND inspection of Northshire Local Area Partnership\n\n"
      "Inspection dates: 4 to 8 March 2019\n\n"
      "Ofsted                                  Care Quality Commission\n"
      "Ann Roe                                 Bea Lake\n"
      "Director of Children\xE2\x80\x99s Services         Inspector, Children\xE2\x80\x99s Health Directorate\n"
      "Cal Penn                                Dee Marsh\n"
      "Her Majesty\xE2\x80\x99s Inspector, Social Care    Ofsted Directorate\n"
      "Directorate\n").value();
  CHECK(people_of(r) == std::vector<std::string>{"Cal Penn (Her Majesty's Inspector, Social Care Directorate)",
                                                 "Bea Lake (Inspector, Children's Health Directorate)"});
}

// A role a list shares is each person's in the singular by the lexicon's role_plural pairs: a
// user's rows in another language are read as the built-in English ones are.
TEST_CASE("a user's role_plural rows make a shared role singular in another language",
          "[document][inspectors][profile]") {
  const std::string words =
      "lexicon document \"Arolygiaethau Cymru\"\n"
      "  phrases role_word \"arolygydd\", \"arolygwyr\"\n"
      "  phrases inspector_role \"arolygwyr ei fawrhydi\"\n"
      "  phrases inspector_lead \"cynhaliwyd yr ymweliad gan\"\n";
  const judgement::ProfileRegistry plural_only = judgement::testing::builtin_profiles_with(words + "end\n");
  const judgement::ProfileRegistry welsh = judgement::testing::builtin_profiles_with(
      words + "  phrases role_plural \"arolygwyr\", \"arolygydd\"\nend\n");
  // A team's label: each one takes it in the singular.
  const std::string team =
      "Inspection of Northshire local authority children\xE2\x80\x99s services\n\n"
      "Arolygwyr Ei Fawrhydi: Ann Bell, Cara Dunn\n";
  CHECK(people_of(judgement::parse(team, judgement::testing::options_with(plural_only)).value()) ==
        std::vector<std::string>{"Ann Bell (Arolygwyr ei fawrhydi)", "Cara Dunn (Arolygwyr ei fawrhydi)"});
  CHECK(people_of(judgement::parse(team, judgement::testing::options_with(welsh)).value()) ==
        std::vector<std::string>{"Ann Bell (Arolygydd ei fawrhydi)", "Cara Dunn (Arolygydd ei fawrhydi)"});
  // A letter's list: the role after the names, and the role before them, are every name's.
  const std::string opening =
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services "
      "on 5 February 2019. Cynhaliwyd yr ymweliad gan ";
  const std::string after = opening + "Ann Bell, Cara Dunn, Arolygwyr Ei Fawrhydi.\n";
  const std::string before = opening + "Arolygwyr Ei Fawrhydi Ann Bell, Cara Dunn.\n";
  for (const std::string& letter : {after, before}) {
    INFO(letter);
    CHECK(people_of(judgement::parse(letter, judgement::testing::options_with(welsh)).value()) ==
          std::vector<std::string>{"Ann Bell (Arolygydd Ei Fawrhydi)", "Cara Dunn (Arolygydd Ei Fawrhydi)"});
  }
  // Without the pair, the plural stays (and a role before the names is the first name's alone).
  CHECK(people_of(judgement::parse(after, judgement::testing::options_with(plural_only)).value()) ==
        std::vector<std::string>{"Ann Bell (Arolygwyr Ei Fawrhydi)", "Cara Dunn (Arolygwyr Ei Fawrhydi)"});
  CHECK(people_of(judgement::parse(before, judgement::testing::options_with(plural_only)).value()) ==
        std::vector<std::string>{"Ann Bell (Arolygwyr Ei Fawrhydi)", "Cara Dunn ()"});
}

// The words that join a list's last names are lexicon rows: a user's Welsh "a" splits a list
// as the built-in "and" does, and an "&" joins names whatever the lexicon.
TEST_CASE("a user's list_and rows split a list of names in another language", "[document][inspectors][profile]") {
  const std::string words =
      "lexicon document \"Arolygiaethau Cymru\"\n"
      "  phrases inspector_lead \"cynhaliwyd yr ymweliad gan\"\n";
  const judgement::ProfileRegistry lead_only = judgement::testing::builtin_profiles_with(words + "end\n");
  const judgement::ProfileRegistry welsh =
      judgement::testing::builtin_profiles_with(words + "  phrases list_and \"a\"\nend\n");
  const std::string opening =
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services "
      "on 5 February 2019. Cynhaliwyd yr ymweliad gan ";
  const std::string welsh_list = opening + "Ann Bell, Cara Dunn a Dai Evans.\n";
  CHECK(names_of(judgement::parse(welsh_list, judgement::testing::options_with(welsh)).value()) ==
        std::vector<std::string>{"Ann Bell", "Cara Dunn", "Dai Evans"});
  // Without the row, "Cara Dunn a Dai Evans" is read as one part, which is no name.
  CHECK(names_of(judgement::parse(welsh_list, judgement::testing::options_with(lead_only)).value()) ==
        std::vector<std::string>{"Ann Bell"});
  // After a comma too ("A, a B"), and "&" in any language.
  const std::string comma_list = opening + "Ann Bell, a Cara Dunn.\n";
  CHECK(names_of(judgement::parse(comma_list, judgement::testing::options_with(welsh)).value()) ==
        std::vector<std::string>{"Ann Bell", "Cara Dunn"});
  const std::string ampersand = opening + "Ann Bell & Cara Dunn.\n";
  CHECK(names_of(judgement::parse(ampersand, judgement::testing::options_with(welsh)).value()) ==
        std::vector<std::string>{"Ann Bell", "Cara Dunn"});
}

// The words a cover value never ends on are lexicon rows: a user's Welsh "a" ("and") at the end
// of a value takes the next line into it, as the built-in "and" does.
TEST_CASE("a user's open_end rows carry a cover value on to the next line", "[document][inspectors][profile]") {
  const std::string cover =
      "Inspection of Northshire local authority children\xE2\x80\x99s services\n\n"
      "Inspectors: Ann Bell a\n"
      "Cara Dunn\n";
  const std::string joined = "lexicon document \"Cymraeg\"\n  phrases list_and \"a\"\n";
  const judgement::ProfileRegistry closed = judgement::testing::builtin_profiles_with(joined + "end\n");
  const judgement::ProfileRegistry welsh =
      judgement::testing::builtin_profiles_with(joined + "  phrases open_end \"a\"\nend\n");
  CHECK(names_of(judgement::parse(cover, judgement::testing::options_with(welsh)).value()) ==
        std::vector<std::string>{"Ann Bell", "Cara Dunn"});
  CHECK(names_of(judgement::parse(cover, judgement::testing::options_with(closed)).value()) ==
        std::vector<std::string>{});
  // The built-in "and", and an "&", which is no word, as before.
  for (const char* end : {"and", "&"}) {
    std::string english = cover;
    english.replace(english.find(" a\n"), 2, std::string(" ") + end);
    INFO(english);
    CHECK(names_of(judgement::parse(english).value()) == std::vector<std::string>{"Ann Bell", "Cara Dunn"});
  }
}

// The heads of a two-column team are any two inspectorates' names, as the registry has them: a
// user's inspectorate heads a column as CQC does.
TEST_CASE("a two-column team is read under any two inspectorates' names", "[document][inspectors][profile]") {
  const std::string text =
      "Area SEND inspection of Northshire Local Area Partnership\n\n"
      "Ofsted                                  Acme Inspectorate\n"
      "Ann Roe, Ofsted HMI, Lead               Bea Lake, Acme inspector\n"
      "inspector\n"
      "Cal Penn, Observing inspector           Dee Marsh, Acme inspector\n";
  // Acme is no inspectorate of the built-in registry: the table heads no team.
  CHECK(judgement::parse(text).value().document.inspectors.empty());
  const judgement::ProfileRegistry acme =
      judgement::testing::builtin_profiles_with(judgement::testing::acme_framework);
  CHECK(people_of(judgement::parse(text, judgement::testing::options_with(acme)).value()) ==
        std::vector<std::string>{"Ann Roe (Ofsted HMI, Lead inspector)", "Cal Penn (Observing inspector)",
                                 "Bea Lake (Acme inspector)", "Dee Marsh (Acme inspector)"});
  // A user's not_team_role row takes its people out of the team, as "director" does a signer.
  const judgement::ProfileRegistry observers = judgement::testing::builtin_profiles_with(
      std::string(judgement::testing::acme_framework) +
      "lexicon document \"Observers\"\n"
      "  phrases not_team_role \"observing\"\n"
      "end\n");
  CHECK(people_of(judgement::parse(text, judgement::testing::options_with(observers)).value()) ==
        std::vector<std::string>{"Ann Roe (Ofsted HMI, Lead inspector)", "Bea Lake (Acme inspector)",
                                 "Dee Marsh (Acme inspector)"});
}

// The words by which the team readers know a role, a team's label and a lead are lexicon rows.
TEST_CASE("a user's role_word and lead_role rows name a team and its lead",
          "[document][inspectors][profile]") {
  // "Lead reviewer: ..." is a team's label only where "reviewer" is a role word; the chief's
  // label (not_team_role "chief") is not the team's.
  const std::string team =
      "Inspection of Northshire local authority children\xE2\x80\x99s services\n\n"
      "Lead reviewer: Ann Bell\n\n"
      "Team reviewers: Cara Dunn and Eve Fox\n\n"
      "Chief reviewer: Gil Hart\n";
  CHECK(judgement::parse(team).value().document.inspectors.empty());
  const judgement::ProfileRegistry reviewers = judgement::testing::builtin_profiles_with(
      "lexicon document \"Reviews\"\n"
      "  phrases role_word \"reviewer\", \"reviewers\"\n"
      "end\n");
  CHECK(names_of(judgement::parse(team, judgement::testing::options_with(reviewers)).value()) ==
        std::vector<std::string>{"Ann Bell", "Cara Dunn", "Eve Fox"});
  // A letter's signer leads unless a role names the lead: "Principal" does where it is a lead_role.
  const std::string letter =
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services "
      "on 5 February 2019. The visit was carried out by Ada Brook, Principal Inspector, and Ben Cole, "
      "Ofsted Inspector.\n\n"
      "Yours sincerely\n\nBen Cole\nOfsted Inspector\n";
  CHECK(names_of(judgement::parse(letter).value()) == std::vector<std::string>{"Ben Cole", "Ada Brook"});
  const judgement::ProfileRegistry principal = judgement::testing::builtin_profiles_with(
      "lexicon document \"Principal inspectors lead\"\n"
      "  phrases lead_role \"principal\"\n"
      "end\n");
  CHECK(names_of(judgement::parse(letter, judgement::testing::options_with(principal)).value()) ==
        std::vector<std::string>{"Ada Brook", "Ben Cole"});
}

// A document of a known kind whose cover gave no provider is about the place its text names
// most after "in"; the words that are no place are lexicon rows.
TEST_CASE("the words that are no place's name are lexicon rows", "[document][provider][profile]") {
  const std::string text =
      "The impact of leaders on social work practice with children and families\n\n"
      "Services in England are changing. Children in Westholm are safe. Staff in England are trained. "
      "Families in Westholm are supported. Carers in England are valued. Leaders in Westholm are "
      "ambitious. Partners in England work well together.\n";
  // "England" is named most, but is no place a document is about (a built-in row).
  const Report plain = judgement::parse(text).value();
  CHECK(type_of(plain) == "ilacs");
  CHECK(plain.document.provider == "Westholm");
  const judgement::ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon document \"Not places\"\n"
      "  phrases not_place \"westholm\"\n"
      "end\n");
  const Report unplaced = judgement::parse(text, judgement::testing::options_with(mine)).value();
  CHECK(unplaced.document.provider == std::nullopt);
}

// The words before a place's name are lexicon rows too: a user's Welsh "yn" counts the place
// its text names after it, as "in" does.
TEST_CASE("the words before a place's name are lexicon rows", "[document][provider][profile]") {
  const std::string text =
      "The impact of leaders on social work practice with children and families\n\n"
      "Mae plant yn Wrecsam yn ddiogel. Mae teuluoedd yn Wrecsam yn cael cefnogaeth. Mae arweinwyr "
      "yn Wrecsam yn uchelgeisiol.\n";
  const Report plain = judgement::parse(text).value();
  CHECK(type_of(plain) == "ilacs");
  CHECK(plain.document.provider == std::nullopt);
  const judgement::ProfileRegistry welsh = judgement::testing::builtin_profiles_with(
      "lexicon document \"Lleoedd\"\n"
      "  phrases place_before \"yn\"\n"
      "end\n");
  CHECK(judgement::parse(text, judgement::testing::options_with(welsh)).value().document.provider == "Wrecsam");
}

TEST_CASE("\"Her Majesty's Inspectors\" and \"HMI Schools\" are never names", "[document][inspectors]") {
  const Report r = judgement::parse(
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services on 5 "
      "February 2019. The visit was carried out by Her Majesty\xE2\x80\x99s Inspectors and HMI Schools.\n\n"
      "Yours sincerely\n\nAda Brook\nHer Majesty\xE2\x80\x99s Inspector\n").value();
  // Only the signer is a person.
  CHECK(people_of(r) == std::vector<std::string>{"Ada Brook (Her Majesty's Inspector)"});
}

// A role written before a list of names is taken off the names: a plural one is each name's in
// the singular (role_plural), from the name it stands before to the next role of its kind; a
// singular one is its own name's. The roles are the lexicon's inspector_role rows, each read in
// the plural too ("hmi" as "hmis", "ofsted inspector" as "ofsted inspectors").
namespace {

Report visit_letter(const std::string& list, const std::string& sign_off = "") {
  return judgement::parse(
             "Focused visit to Exampleshire County Council children\xE2\x80\x99s services\n\n"
             "Dear Ms Example,\n\n"
             "This letter summarises the findings of a focused visit to Exampleshire County Council "
             "children\xE2\x80\x99s services on 12 and 13 March 2019. The visit was carried out by " +
             list + ".\n" + sign_off)
      .value();
}

}  // namespace

TEST_CASE("a plural role before a list of names is each name's, in the singular, never part of a name",
          "[document][inspectors]") {
  using V = std::vector<std::string>;
  CHECK(people_of(visit_letter("HMIs Ann Bell and Joe Smith")) == V{"Ann Bell (HMI)", "Joe Smith (HMI)"});
  CHECK(people_of(visit_letter("HMI Ann Bell")) == V{"Ann Bell (HMI)"});
  CHECK(people_of(visit_letter("Her Majesty\xE2\x80\x99s Inspectors Ann Bell and Joe Smith")) ==
        V{"Ann Bell (Her Majesty's Inspector)", "Joe Smith (Her Majesty's Inspector)"});
  CHECK(people_of(visit_letter("Ofsted Inspectors Ann Bell and Joe Smith")) ==
        V{"Ann Bell (Ofsted Inspector)", "Joe Smith (Ofsted Inspector)"});
  CHECK(people_of(visit_letter("social care inspectors Ann Bell, Cara Dunn and Eve Fox")) ==
        V{"Ann Bell (Social care inspector)", "Cara Dunn (Social care inspector)",
          "Eve Fox (Social care inspector)"});
  CHECK(people_of(visit_letter("Senior HMIs Ann Bell and Joe Smith")) ==
        V{"Ann Bell (Senior HMI)", "Joe Smith (Senior HMI)"});
  // Set off by a comma, or counted: the role alone before the names is theirs.
  CHECK(people_of(visit_letter("two Ofsted inspectors, Ann Bell and Joe Smith")) ==
        V{"Ann Bell (Ofsted inspector)", "Joe Smith (Ofsted inspector)"});
  CHECK(people_of(visit_letter("Her Majesty's Inspectors, Ann Bell and Joe Smith")) ==
        V{"Ann Bell (Her Majesty's Inspector)", "Joe Smith (Her Majesty's Inspector)"});
  CHECK(people_of(visit_letter("two HMIs, Ann Bell and Joe Smith")) ==
        V{"Ann Bell (HMI)", "Joe Smith (HMI)"});
  // Each plural role holds up to the next.
  CHECK(people_of(visit_letter("HMIs Ann Bell and Joe Smith, and Ofsted Inspectors Cara Dunn and Eve Fox")) ==
        V{"Ann Bell (HMI)", "Joe Smith (HMI)", "Cara Dunn (Ofsted Inspector)", "Eve Fox (Ofsted Inspector)"});
  // The names a plural role before them gave theirs keep it: a role alone after a later name is
  // that name's.
  CHECK(people_of(visit_letter("Her Majesty's Inspectors Ann Bell and Joe Smith, and Cara Dunn, Ofsted Inspector")) ==
        V{"Ann Bell (Her Majesty's Inspector)", "Joe Smith (Her Majesty's Inspector)", "Cara Dunn (Ofsted Inspector)"});
  // A role after a later group of names ("…, and C and D, Ofsted Inspectors") is that group's.
  CHECK(people_of(visit_letter("HMIs Ann Bell and Joe Smith, and Kim Lee and Sam Roe, Ofsted Inspectors")) ==
        V{"Ann Bell (HMI)", "Joe Smith (HMI)", "Kim Lee (Ofsted Inspector)", "Sam Roe (Ofsted Inspector)"});
  CHECK(people_of(visit_letter("HMIs Ann Bell and Joe Smith, and Kim Lee and Sam Roe Ofsted Inspectors")) ==
        V{"Ann Bell (HMI)", "Joe Smith (HMI)", "Kim Lee (Ofsted Inspector)", "Sam Roe (Ofsted Inspector)"});
  // A plural role after the last name is every name's.
  CHECK(people_of(visit_letter("Ann Bell and Joe Smith HMIs")) == V{"Ann Bell (HMI)", "Joe Smith (HMI)"});
  CHECK(people_of(visit_letter("Ann Bell and Joe Smith Ofsted Inspectors")) ==
        V{"Ann Bell (Ofsted Inspector)", "Joe Smith (Ofsted Inspector)"});
}

TEST_CASE(
    "a list with a role before its names, signed by one of them: the signer leads, with the list's role",
    "[document][inspectors]") {
  const Report r = visit_letter("HMIs Ann Bell and Joe Smith",
                                "\nYours sincerely\n\nAnn Bell\nHer Majesty\xE2\x80\x99s Inspector\n");
  // One Ann Bell, not "HMIs Ann Bell" beside the signer; the list's role is kept, as for a
  // signer named in the list with a role after her name.
  CHECK(people_of(r) == std::vector<std::string>{"Ann Bell (HMI)", "Joe Smith (HMI)"});
  const Report after = visit_letter("Joe Smith, HMI, and Ann Bell, HMI",
                                    "\nYours sincerely\n\nAnn Bell\nHer Majesty\xE2\x80\x99s Inspector\n");
  CHECK(people_of(after) == std::vector<std::string>{"Ann Bell (HMI)", "Joe Smith (HMI)"});
  // A signer the list does not name is added first with the role under the signature.
  const Report other = visit_letter("HMIs Ann Bell and Joe Smith",
                                    "\nYours sincerely\n\nCara Dunn\nHer Majesty\xE2\x80\x99s Inspector\n");
  CHECK(people_of(other) ==
        std::vector<std::string>{"Cara Dunn (Her Majesty's Inspector)", "Ann Bell (HMI)", "Joe Smith (HMI)"});
}

TEST_CASE("lists without a role before their names read as before", "[document][inspectors]") {
  using V = std::vector<std::string>;
  CHECK(people_of(visit_letter("Ann Bell and Joe Smith")) == V{"Ann Bell ()", "Joe Smith ()"});
  CHECK(people_of(visit_letter("Ann Bell, HMI, and Joe Smith, HMI")) ==
        V{"Ann Bell (HMI)", "Joe Smith (HMI)"});
  CHECK(people_of(visit_letter("Simone White SHMI and Joe Smith HMI")) ==
        V{"Simone White (SHMI)", "Joe Smith (HMI)"});
  CHECK(people_of(visit_letter("Ann Bell and Joe Smith, two of Her Majesty\xE2\x80\x99s Inspectors")) ==
        V{"Ann Bell (Her Majesty's Inspector)", "Joe Smith (Her Majesty's Inspector)"});
  CHECK(people_of(visit_letter("Ann Bell and Joe Smith, Ofsted Inspectors")) ==
        V{"Ann Bell (Ofsted Inspector)", "Joe Smith (Ofsted Inspector)"});
  // A singular role before the first of several names is that name's alone.
  CHECK(people_of(visit_letter("HMI Ann Bell and Joe Smith")) == V{"Ann Bell (HMI)", "Joe Smith ()"});
  CHECK(people_of(visit_letter("lead inspector Ann Bell, HMI Joe Smith and Cara Dunn")) ==
        V{"Ann Bell (Lead inspector)", "Joe Smith (HMI)", "Cara Dunn ()"});
}

// The plural of a role is made from the lexicon's rows: a user's singular role and plural pair
// in another language give the role before a list of names, as the built-in English ones do.
TEST_CASE("a user's role and role_plural rows take a plural role off the names before them",
          "[document][inspectors][profile]") {
  const std::string words =
      "lexicon document \"Arolygiaethau Cymru\"\n"
      "  phrases inspector_role \"prif arolygydd\"\n"
      "  phrases inspector_lead \"cynhaliwyd yr ymweliad gan\"\n";
  const judgement::ProfileRegistry singular_only = judgement::testing::builtin_profiles_with(words + "end\n");
  const judgement::ProfileRegistry welsh = judgement::testing::builtin_profiles_with(
      words + "  phrases role_plural \"arolygwyr\", \"arolygydd\"\nend\n");
  const std::string letter =
      "Dear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services "
      "on 5 February 2019. Cynhaliwyd yr ymweliad gan Prif Arolygwyr Ann Bell, Cara Dunn.\n";
  CHECK(people_of(judgement::parse(letter, judgement::testing::options_with(welsh)).value()) ==
        std::vector<std::string>{"Ann Bell (Prif Arolygydd)", "Cara Dunn (Prif Arolygydd)"});
  // Without the pair the plural is no role: it is read as part of the first name.
  CHECK(names_of(judgement::parse(letter, judgement::testing::options_with(singular_only)).value()) ==
        std::vector<std::string>{"Prif Arolygwyr Ann Bell", "Cara Dunn"});
}

// --- dates in letters ------------------------------------------------------------------------

TEST_CASE("visit dates in letters: \"between 3 and 5 November 2020\", \"on the 15 and 16 of May 2018\"",
          "[document][dates]") {
  const Report between = parse_fixture("focused_visit_letterhead.txt");
  REQUIRE(between.document.inspection_dates.has_value());
  CHECK(between.document.inspection_dates->range == range(make_date(2020, 11, 3), make_date(2020, 11, 5)));
  const Report of = parse_fixture("monitoring_visit_wrapped.txt");
  REQUIRE(of.document.inspection_dates.has_value());
  CHECK(of.document.inspection_dates->range == range(make_date(2018, 5, 15), make_date(2018, 5, 16)));
}

// A full stop after an initial or an honorific ends no sentence: the visit's sentence, read in
// folded text, is still the whole sentence, its initials told by their case as written.
TEST_CASE("a visit sentence with \"Mr. J. Smith\" in it is one sentence, and dated", "[document][dates]") {
  auto dates_of = [](const std::string& sentence) {
    const Report r = judgement::parse(
                         "Focused visit to Exampleshire County Council children\xE2\x80\x99s services\n\n"
                         "Dear Ms Example,\n\n" +
                         sentence + "\n")
                         .value();
    return r.document.inspection_dates ? std::optional<DateRange>(r.document.inspection_dates->range)
                                       : std::nullopt;
  };
  const std::optional<DateRange> may = range(make_date(2022, 5, 3), make_date(2022, 5, 4));
  CHECK(dates_of("The visit was carried out by Mr. J. Smith on 3 and 4 May 2022.") == may);
  CHECK(dates_of("The visit was carried out by Dr. A. N. Other on 3 and 4 May 2022.") == may);
  CHECK(dates_of("The visit by Mrs. Ann Bell took place on 3 and 4 May 2022.") == may);
  CHECK(dates_of("The visit was carried out by J. Smith on 3 and 4 May 2022.") == may);
  // A sentence ends at any other full stop: a later sentence's day is not the visit's. A capital
  // alone after a capitalised word is no initial, nor a title written in lower case or capitals.
  CHECK(dates_of("The visit was carried out by Ann Bell. A report followed on 3 and 4 May 2022.") ==
        std::nullopt);
  CHECK(dates_of("The visit followed the framework in Annex A. Training for staff took place on 3 and 4 May 2022.") ==
        std::nullopt);
  CHECK(dates_of("The visit looked at what children miss. Training for staff took place on 3 and 4 May 2022.") ==
        std::nullopt);
  CHECK(dates_of("The visit met staff in MS. Training for staff took place on 3 and 4 May 2022.") == std::nullopt);
}

// A list of names read to its sentence's end reads on past an honorific's full stop, and the
// honorific is taken off the name with its full stop as without it.
TEST_CASE("\"by Ann Bell and Dr. Joe Smith, HMIs\": the list goes on past \"Dr.\", which no name keeps",
          "[document][inspectors]") {
  CHECK(people_of(visit_letter("Ann Bell and Dr. Joe Smith, HMIs")) ==
        std::vector<std::string>{"Ann Bell (HMI)", "Joe Smith (HMI)"});
  CHECK(people_of(visit_letter("Mr. J. Smith, HMI")) == std::vector<std::string>{"J. Smith (HMI)"});
  // A list of names has middle initials.
  CHECK(people_of(visit_letter("Sarah J. Smith and Joe Bloggs, Her Majesty's Inspectors")) ==
        std::vector<std::string>{"Sarah J. Smith (Her Majesty's Inspector)", "Joe Bloggs (Her Majesty's Inspector)"});
  CHECK(names_of(visit_letter("Mrs Ann Bell and Ms. Cara Dunn")) ==
        std::vector<std::string>{"Ann Bell", "Cara Dunn"});
}

TEST_CASE("a split inspection's second period wrapped onto the next cover line is kept", "[document][dates]") {
  const Report r = parse_fixture("ilacs_wrapped_title.txt");
  REQUIRE(r.document.inspection_dates.has_value());
  CHECK(r.document.inspection_dates->range == range(make_date(2024, 9, 30), make_date(2025, 1, 16)));
  REQUIRE(r.document.inspection_dates->periods.size() == 2);
  CHECK(r.document.inspection_dates->periods[1] == range(make_date(2025, 1, 13), make_date(2025, 1, 16)));
}

TEST_CASE("a visit date without a year takes it from the letter's date, across a new year", "[document][dates]") {
  ParseOptions options;
  options.resolve_yearless_dates = true;
  const Report r = judgement::parse(
      "12 January 2021\n\nDear Jo\n\nFocused visit to Northshire children\xE2\x80\x99s services\n\n"
      "This letter summarises the findings of a focused visit to Northshire children\xE2\x80\x99s services on 8 and 9 "
      "December. Inspectors looked at care leavers.\n", options).value();
  REQUIRE(r.document.inspection_dates.has_value());
  CHECK(r.document.inspection_dates->range == range(make_date(2020, 12, 8), make_date(2020, 12, 9)));
}

TEST_CASE("a cover line is read in any case, its apostrophe typographic or plain, as the lexicon's row",
          "[document][inspectors][profile]") {
  // The reader compares a cover line with its rows as written, without folding a copy of it: a
  // row's "'" matches a typographic apostrophe, and letters match in either case.
  const judgement::ProfileRegistry mine = judgement::testing::builtin_profiles_with(
      "lexicon document \"Our letters\"\n"
      "  phrases inspector_line_lead \"children's services inspector\"\n"
      "end\n");
  const ParseOptions options = judgement::testing::options_with(mine);
  for (const std::string apostrophe : {"\xE2\x80\x99", "\xE2\x80\x98", "'"}) {
    const std::string letter = "Dear Jo\n\nFocused visit to Northshire children" + apostrophe +
                               "s services\n\nCHILDREN" + apostrophe + "S SERVICES INSPECTOR Mrs Ada Brook\n\n"
                               "This letter summarises the findings of a focused visit.\n";
    INFO(letter);
    const Report r = judgement::parse(letter, options).value();
    CHECK(names_of(r) == std::vector<std::string>{"Ada Brook"});
  }
}
