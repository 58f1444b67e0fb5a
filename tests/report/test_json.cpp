// judgement.report/1 as JSON: the exact text the writer gives, round trips through the reader,
// and the reader's errors on malformed or hostile input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "../support/random_text.hpp"
#include "judgement/date.hpp"
#include "judgement/error.hpp"
#include "judgement/json.hpp"
#include "judgement/report.hpp"
#include "judgement/scale.hpp"

using namespace judgement;
using namespace std::chrono;
using namespace std::string_literals;
using namespace std::string_view_literals;

namespace {

Date at(int y, unsigned m, unsigned d, Precision p) {
  return Date{year{y} / month{m} / day{d}, p};
}

// Every field set, every vector non-empty, text that needs escaping and text beyond ASCII.
Report full_report() {
  Report r;
  r.source = SourceInfo{"medway \"2019\"\\07.pdf", 28513, SourceFormat::pdf};

  Document& d = r.document;
  d.type = DocumentType::ilacs;
  d.inspectorate = "Ofsted";
  d.provider = "Medway Council \xE2\x80\x93 children\xE2\x80\x99s services";  // en dash, ’
  d.date = make_date(2019, 8, 27);
  d.published = make_date(2019, 8, 28);
  d.inspection_dates = InspectionDates{
      DateRange{make_date(2024, 9, 30), make_date(2025, 1, 16)},
      {DateRange{make_date(2024, 9, 30), make_date(2024, 10, 11)},
       DateRange{make_date(2025, 1, 13), make_date(2025, 1, 16)}}};
  d.inspectors = {Inspector{"Maire Atherton", "Her Majesty's Inspector"},
                  Inspector{"Zo\xC3\xAB \"Z\" O'Neill", "Ofsted Inspector"}};

  const Judgement overall{"Overall effectiveness",
                          "overall_effectiveness",
                          "Requires improvement to be good",
                          3,
                          "ofsted-requires-improvement",
                          Band::requires_improvement,
                          "Requires\nimprovement",
                          {Span{120, 160, 14, 0}, Span{2048, 2090, 80, 3}}};
  const Judgement care{"The experiences and progress of children in care",
                       "children_in_care",
                       "Good",
                       2,
                       "ofsted-requires-improvement",
                       Band::good,
                       "GOOD",
                       {Span{300, 304, 20, 1}}};
  r.judgements = {overall, care};

  r.findings = {
      Finding{FindingKind::improvement, "Tab\there, bell \x07, NUL \0 and an emoji \xF0\x9F\x98\x80"sv,
              "What needs to improve", 12, Timeframe{Timeframe::Unit::months, 3},
              make_date(2019, 11, 27), std::nullopt, Span{500, 600, 40, 4}},
      Finding{FindingKind::risk, "Failure to recruit social workers", "Risk register", 3,
              Timeframe{Timeframe::Unit::weeks, 6}, make_date(2019, 10, 8), "B2",
              Span{700, 740, 51, 5}},
      Finding{FindingKind::finding, "Leaders act \"quickly\" \\ decisively", "Findings", 1,
              Timeframe{}, make_date(2019, 8, 28), "A1", Span{800, 820, 60, 0}},
  };

  r.paragraphs = {Paragraph{1, "1", "Summary", false, Span{10, 90, 2, 1}},
                  Paragraph{2, "2.2", "Summary", true, Span{91, 200, 5, 2}}};

  r.references = {Reference{DocumentType::sif, make_date(2015, 1, 5), make_date(2015, 1, 29),
                            at(2015, 3, 1, Precision::month), {overall},
                            Span{900, 990, 70, 6}}};

  r.dates = {
      DateMention{"30 September to 11 October 2024 and 13 to 16 January 2025",
                  DateRange{make_date(2024, 9, 30), make_date(2025, 1, 16)},
                  {DateRange{make_date(2024, 9, 30), make_date(2024, 10, 11)},
                   DateRange{make_date(2025, 1, 13), make_date(2025, 1, 16)}},
                  Span{1000, 1060, 75, 7}},
      DateMention{"June 2018", DateRange{at(2018, 6, 1, Precision::month), at(2018, 6, 1, Precision::month)},
                  {}, Span{1100, 1109, 76, 7}},
      DateMention{"Autumn 2013",
                  DateRange{at(2013, 9, 1, Precision::season), at(2013, 11, 1, Precision::season)},
                  {}, Span{1200, 1211, 77, 7}},
      DateMention{"2011/12",
                  DateRange{at(2011, 9, 1, Precision::academic_year),
                            at(2012, 8, 1, Precision::academic_year)},
                  {}, Span{1300, 1307, 78, 8}},
      DateMention{"2015", DateRange{at(2015, 1, 1, Precision::year), at(2015, 1, 1, Precision::year)},
                  {}, Span{1400, 1404, 79, 8}},
  };

  r.quantities = {
      Quantity{"74 children", 74, "children", std::nullopt, Span{1500, 1511, 80, 9}},
      Quantity{"from 39% to 25%", 25, "percent", 39.5, Span{1600, 1615, 81, 9}},
      Quantity{"\xC2\xA3" "7.6m", 7.6e6, "GBP", 0.1, Span{1700, 1706, 82, 9}},
      Quantity{"a fall of 3.25", -3.25, "", 1e-7, Span{1800, 1814, 83, 10}},
      Quantity{"huge", 1.7976931348623157e308, "things", 2.2250738585072014e-308,
               Span{1900, 1904, 84, 10}},
  };

  r.diagnostics = {
      Diagnostic{Severity::warning, "judgement-conflict", "\"Good\" and \"Inadequate\"",
                 Span{10, 20, 2, 1}},
      Diagnostic{Severity::info, "unclassified", "line\nbreak", Span{30, 40, 3, 1}},
      Diagnostic{Severity::error, "bad-thing", "\xE2\x9C\x93 ok", Span{50, 60, 4, 2}},
  };
  return r;
}

// Compares part by part, so that a failure names the part that differs.
void check_equal(const Report& a, const Report& b) {
  CHECK(a.source == b.source);
  CHECK(a.document == b.document);
  CHECK(a.judgements == b.judgements);
  CHECK(a.findings == b.findings);
  CHECK(a.paragraphs == b.paragraphs);
  CHECK(a.references == b.references);
  CHECK(a.dates == b.dates);
  CHECK(a.quantities == b.quantities);
  CHECK(a.diagnostics == b.diagnostics);
  CHECK(a == b);
}

Error error_of(std::string_view json) {
  const Result<Report> result = report_from_json(json);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::json);
  return result.error();
}

// Valid JSON whose top level is not an object: the reader's way of saying the syntax was fine.
bool is_well_formed_json(std::string_view json) {
  const Result<Report> result = report_from_json(json);
  return !result.ok() && result.error().message == "a report must be a JSON object";
}

constexpr std::string_view kHeader = R"({"schema":"judgement.report/1")";

}  // namespace

TEST_CASE("a report with every field filled survives a round trip", "[json]") {
  const Report original = full_report();
  for (const bool pretty : {false, true}) {
    INFO("pretty " << pretty);
    const std::string json = to_json(original, JsonOptions{pretty});
    const Result<Report> back = report_from_json(json);
    REQUIRE(back.ok());
    check_equal(*back, original);
    // The views of what was read live in the report's own store.
    const std::string_view text = back->findings[0].text;
    const auto* store_source = back->store.get();
    CHECK(store_source != original.store.get());
    CHECK(text.find('\0') != std::string_view::npos);
    // Written again, the text is the same byte for byte.
    CHECK(to_json(*back, JsonOptions{pretty}) == json);
  }
}

TEST_CASE("the full report's JSON escapes what needs escaping and keeps UTF-8 as is", "[json]") {
  const std::string json = to_json(full_report());
  CHECK(json.find(R"("name":"medway \"2019\"\\07.pdf")") != std::string::npos);
  CHECK(json.find(R"("text":"Tab\there, bell \u0007, NUL \u0000 and an emoji )"
                  "\xF0\x9F\x98\x80\"") != std::string::npos);
  CHECK(json.find("\"provider\":\"Medway Council \xE2\x80\x93 children\xE2\x80\x99s services\"") !=
        std::string::npos);
  CHECK(json.find(R"("message":"line\nbreak")") != std::string::npos);
  CHECK(json.find(R"("periods":[{"start":"2024-09-30","end":"2024-10-11"},{"start":"2025-01-13","end":"2025-01-16"}])") !=
        std::string::npos);
  CHECK(json.find(R"("begin":2048,"end":2090,"line":80,"page":3})") != std::string::npos);
  CHECK(json.find(R"("begin":120,"end":160,"line":14})") != std::string::npos);
  CHECK(json.find(R"("timeframe":"within_6_weeks","due":"2019-10-08","rating":"B2",)") !=
        std::string::npos);
  CHECK(json.find(R"("precision":"season")") != std::string::npos);
  CHECK(json.find(R"("precision":"academic_year")") != std::string::npos);
  CHECK(json.find(R"("value":7600000,"unit":"GBP","from":0.1,)") != std::string::npos);
  CHECK(json.find(R"("value":-3.25,"unit":"","from":1e-07,)") != std::string::npos);
  CHECK(json.find(R"("published":"2015-03")") != std::string::npos);
  CHECK(json.find('\n') == std::string::npos);
}

TEST_CASE("a report with every optional empty writes nulls and reads back equal", "[json]") {
  Report r;
  r.document.inspectors = {Inspector{"A. Inspector", std::nullopt}};
  r.judgements = {Judgement{"Some area", std::nullopt, "Good", std::nullopt, "cqc", Band::good,
                            "Good", {}}};
  r.findings = {Finding{FindingKind::improvement, "Do better", std::nullopt, std::nullopt, std::nullopt,
                        std::nullopt, std::nullopt, Span{}},
                Finding{FindingKind::risk, "A risk", std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                        std::nullopt, Span{}}};
  r.paragraphs = {Paragraph{4, "4", std::nullopt, false, Span{}}};
  r.references = {Reference{DocumentType::unknown, std::nullopt, std::nullopt, std::nullopt, {}, Span{}}};
  r.quantities = {Quantity{"3", 3, "", std::nullopt, Span{}}};

  const std::string json = to_json(r);
  CHECK(json.find(R"("inspectorate":null,"provider":null,"provider_id":null,"provider_name":null,"date":null,"published":null,)"
                  R"("inspection_dates":{"start":null,"end":null},)"
                  R"("inspectors":[{"name":"A. Inspector","role":null}])") != std::string::npos);
  CHECK(json.find(R"("area_id":null,"grade":"Good","code":null,)") != std::string::npos);
  CHECK(json.find(R"("evidence":[])") != std::string::npos);
  CHECK(json.find(R"({"kind":"improvement","text":"Do better","section":null,"paragraph":null,)"
                  R"("timeframe":null,"due":null,"span")") != std::string::npos);
  // A risk always carries its rating, null when the table gave none.
  CHECK(json.find(R"("due":null,"rating":null,"span")") != std::string::npos);
  CHECK(json.find(R"({"number":4,"label":"4","section":null,"inferred":false,)") != std::string::npos);
  CHECK(json.find(R"({"type":"unknown","start":null,"end":null,"published":null,"judgements":[],)") !=
        std::string::npos);
  CHECK(json.find(R"("from":null)") != std::string::npos);

  const Result<Report> back = report_from_json(json);
  REQUIRE(back.ok());
  check_equal(*back, r);
  CHECK_FALSE(back->document.inspection_dates);
  CHECK_FALSE(back->findings[0].rating);
  // The absent texts read back as nullopt, not as empty strings.
  CHECK_FALSE(back->document.inspectorate);
  CHECK_FALSE(back->document.provider);
  CHECK_FALSE(back->document.inspectors.at(0).role);
  CHECK_FALSE(back->findings[0].section);
  CHECK(to_json(*back) == json);
}

TEST_CASE("an absent text is nullopt and null; a present one, even empty, is a string", "[json]") {
  Report r;
  r.document.provider = "";  // present but empty: written as it is, not as null
  r.findings = {Finding{FindingKind::finding, "x", std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                        std::nullopt, Span{}}};
  const std::string json = to_json(r);
  CHECK(json.find(R"("inspectorate":null,"provider":"",)") != std::string::npos);
  CHECK(json.find(R"("section":null)") != std::string::npos);
  const Result<Report> back = report_from_json(json);
  REQUIRE(back.ok());
  CHECK_FALSE(back->document.inspectorate);
  REQUIRE(back->document.provider);
  CHECK(back->document.provider->empty());
  CHECK_FALSE(back->findings.at(0).section);
  check_equal(*back, r);
}

TEST_CASE("a small report is written exactly in the contract's shape", "[json]") {
  Report r;
  r.source = SourceInfo{"medway-2019-07-ilacs.txt", 28513, SourceFormat::text};
  r.document.type = DocumentType::ilacs;
  r.document.inspectorate = "Ofsted";
  r.document.provider = "Medway Council";
  r.document.provider_id = ProviderId{"E06000035", "887", "80522"};
  r.document.provider_name = "Medway";
  r.document.date = make_date(2019, 8, 27);
  r.document.published = make_date(2019, 8, 27);
  r.document.inspection_dates = InspectionDates{DateRange{make_date(2019, 7, 15), make_date(2019, 7, 26)}, {}};
  r.document.inspectors = {Inspector{"Maire Atherton", "Her Majesty's Inspector"}};
  r.judgements = {Judgement{"Overall effectiveness", "overall_effectiveness", "Inadequate", 4,
                            "ofsted-requires-improvement", Band::inadequate, "Inadequate",
                            {Span{120, 160, 14, 0}}}};
  r.quantities = {Quantity{"74 children", 74, "children", std::nullopt, Span{0, 11, 1, 0}}};

  const std::string expected =
      R"({"schema":"judgement.report/1",)"
      R"("source":{"name":"medway-2019-07-ilacs.txt","bytes":28513,"format":"text"},)"
      R"("document":{"type":"ilacs","inspectorate":"Ofsted","provider":"Medway Council",)"
      R"("provider_id":{"ons_code":"E06000035","dfe_la_code":"887","ofsted_urn":"80522"},"provider_name":"Medway",)"
      R"("date":"2019-08-27","published":"2019-08-27",)"
      R"("inspection_dates":{"start":"2019-07-15","end":"2019-07-26"},)"
      R"("inspectors":[{"name":"Maire Atherton","role":"Her Majesty's Inspector"}]},)"
      R"("judgements":[{"area":"Overall effectiveness","area_id":"overall_effectiveness",)"
      R"("grade":"Inadequate","code":4,"scale":"ofsted-requires-improvement",)"
      R"("band":"inadequate","as_written":"Inadequate",)"
      R"("evidence":[{"begin":120,"end":160,"line":14}]}],)"
      R"("findings":[],"paragraphs":[],"references":[],"dates":[],)"
      R"("quantities":[{"text":"74 children","value":74,"unit":"children","from":null,)"
      R"("span":{"begin":0,"end":11,"line":1}}],)"
      R"("diagnostics":[]})";
  CHECK(to_json(r) == expected);
  const Result<Report> back = report_from_json(expected);
  REQUIRE(back.ok());
  CHECK(back->document == r.document);
}

TEST_CASE("provider_id: an id the register does not give is null, and reads back so", "[json][register]") {
  Report r;
  r.document.provider = "Cumbria County Council";
  r.document.provider_id = ProviderId{std::nullopt, "909", "135513"};
  r.document.provider_name = "Cumbria";
  const std::string json = to_json(r);
  CHECK(json.find(R"("provider_id":{"ons_code":null,"dfe_la_code":"909","ofsted_urn":"135513"},"provider_name":"Cumbria")") !=
        std::string::npos);
  const Result<Report> back = report_from_json(json);
  REQUIRE(back.ok());
  CHECK(back->document == r.document);
  // A report written before the register (no provider_id) reads back without one.
  const Result<Report> old = report_from_json(R"({"schema":"judgement.report/1","document":{"provider":"Medway"}})");
  REQUIRE(old.ok());
  CHECK_FALSE(old->document.provider_id);
  CHECK_FALSE(report_from_json(R"({"schema":"judgement.report/1","document":{"provider_id":"E06000035"}})").ok());
}

TEST_CASE("pretty JSON indents by two spaces, one field a line", "[json]") {
  Report r;
  r.findings = {Finding{FindingKind::improvement, "Plan \"better\"", "What needs to improve", 1,
                        Timeframe{Timeframe::Unit::months, 3}, make_date(2013, 11, 23),
                        std::nullopt, Span{5, 9, 2, 1}}};
  r.dates = {DateMention{"Autumn 2013",
                         DateRange{at(2013, 9, 1, Precision::season), at(2013, 11, 1, Precision::season)},
                         {}, Span{1, 2, 1, 0}}};
  const std::string expected = R"({
  "schema": "judgement.report/1",
  "source": {
    "name": "",
    "bytes": 0,
    "format": "text"
  },
  "document": {
    "type": "unknown",
    "inspectorate": null,
    "provider": null,
    "provider_id": null,
    "provider_name": null,
    "date": null,
    "published": null,
    "inspection_dates": {
      "start": null,
      "end": null
    },
    "inspectors": []
  },
  "judgements": [],
  "findings": [
    {
      "kind": "improvement",
      "text": "Plan \"better\"",
      "section": "What needs to improve",
      "paragraph": 1,
      "timeframe": "within_3_months",
      "due": "2013-11-23",
      "span": {
        "begin": 5,
        "end": 9,
        "line": 2,
        "page": 1
      }
    }
  ],
  "paragraphs": [],
  "references": [],
  "dates": [
    {
      "text": "Autumn 2013",
      "start": "2013-09",
      "end": "2013-11",
      "precision": "season",
      "span": {
        "begin": 1,
        "end": 2,
        "line": 1
      }
    }
  ],
  "quantities": [],
  "diagnostics": []
})";
  const std::string json = to_json(r, JsonOptions{true});
  CHECK(json == expected);
  const Result<Report> back = report_from_json(json);
  REQUIRE(back.ok());
  check_equal(*back, r);
  CHECK(back->dates[0].precision() == Precision::season);
  CHECK(back->dates[0].range.end.precision == Precision::season);
}

TEST_CASE("numbers: integers as integers, doubles shortest round trip", "[json]") {
  auto value_json = [](double v) {
    Report r;
    r.quantities = {Quantity{"q", v, "u", std::nullopt, Span{}}};
    const std::string json = to_json(r);
    const auto at = json.find("\"value\":") + 8;
    return json.substr(at, json.find(',', at) - at);
  };
  CHECK(value_json(74) == "74");
  CHECK(value_json(74.0) == "74");
  CHECK(value_json(0) == "0");
  CHECK(value_json(7.6) == "7.6");
  CHECK(value_json(0.1) == "0.1");
  CHECK(value_json(1.0 / 3) == "0.3333333333333333");
  CHECK(value_json(-0.5) == "-0.5");
  CHECK(value_json(1e21) == "1e+21");
  // JSON has no infinity or NaN.
  CHECK(value_json(std::numeric_limits<double>::infinity()) == "null");
  CHECK(value_json(std::numeric_limits<double>::quiet_NaN()) == "null");
}

TEST_CASE("invalid UTF-8 in text becomes U+FFFD and the JSON stays valid", "[json]") {
  Report r;
  const std::string bad = "a\xFF" "b\xC3" "c\xE2\x82" "d\xED\xA0\x80" "e\xF0\x9F\x98" "f\xC0\xAF" "g\xF5" "\xC3";
  r.diagnostics = {Diagnostic{Severity::info, "x", bad, Span{}}};
  const std::string json = to_json(r);
  const std::string fffd = "\xEF\xBF\xBD";
  // One replacement per maximal ill-formed subpart (ED A0 80 is three: a surrogate's lead byte
  // refuses A0, then two lone continuation bytes).
  const std::string expected = "a" + fffd + "b" + fffd + "c" + fffd + "d" + fffd + fffd + fffd +
                               "e" + fffd + "f" + fffd + fffd + "g" + fffd + fffd;
  CHECK(json.find("\"message\":\"" + expected + "\"") != std::string::npos);
  const Result<Report> back = report_from_json(json);
  REQUIRE(back.ok());
  CHECK(back->diagnostics[0].message == expected);
}

TEST_CASE("the reader decodes every escape, surrogate pairs included", "[json]") {
  const std::string json = std::string(kHeader) +
                           R"(,"diagnostics":[{"severity":"info","code":"x",)"
                           R"("message":"\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\ud83d\ude00\ud800x\udc00",)"
                           R"("span":{"begin":1,"end":2,"line":3}}]})";
  const Result<Report> back = report_from_json(json);
  REQUIRE(back.ok());
  REQUIRE(back->diagnostics.size() == 1);
  CHECK(back->diagnostics[0].message ==
        "\"\\/\b\f\n\r\tA\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBF\xBDx\xEF\xBF\xBD");
}

TEST_CASE("the reader ignores unknown fields and takes defaults for missing ones", "[json]") {
  const std::string json = std::string(kHeader) +
                           R"(,"future":{"deep":[1,2,{"x":[true,false,null,-1.5e-3]}]},)"
                           R"("document":{"type":"sif","extra":"yes","provider":"Leeds"},)"
                           R"("findings":[{"kind":"strength","text":"t","new_field":[]}]})";
  const Result<Report> back = report_from_json(json);
  REQUIRE(back.ok());
  CHECK(back->document.type == DocumentType::sif);
  CHECK(back->document.provider == "Leeds");
  REQUIRE(back->findings.size() == 1);
  CHECK(back->findings[0].kind == FindingKind::strength);
  CHECK(back->findings[0].span == Span{});
  CHECK(back->judgements.empty());
}

TEST_CASE("a leading byte order mark is ignored", "[json]") {
  const Result<Report> r = report_from_json("\xEF\xBB\xBF" + std::string(kHeader) + "}");
  CHECK(r.ok());
  // Anywhere else it is an unexpected byte.
  const Error e = error_of(std::string(kHeader) + "\xEF\xBB\xBF}");
  CHECK(e.column == 31);
  CHECK(e.message == "expected ',' or '}' after object member");
}

TEST_CASE("malformed JSON is an error at its line and column", "[json]") {
  struct Case {
    std::string input;
    std::uint32_t line;
    std::uint32_t column;
    std::string message;
  };
  const std::vector<Case> cases = {
      {R"({"schema" "x"})", 1, 11, "expected ':' after object key"},
      {"{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}", 3, 14, "expected a JSON value, found ']'"},
      {"[1 2]", 1, 4, "expected ',' or ']' after array element"},
      {R"({"a": 1 "b": 2})", 1, 9, "expected ',' or '}' after object member"},
      {R"({"a": tru})", 1, 7, "expected a JSON value, found 't'"},
      {R"({"a": "abc)", 1, 7, "unterminated string"},
      {R"({"a": 01})", 1, 8, "a number must not have a leading zero"},
      {R"({"a": -})", 1, 8, "expected a digit in number"},
      {R"({"a": 1.})", 1, 9, "expected a digit after '.'"},
      {R"({"a": 1e+})", 1, 10, "expected a digit in the exponent"},
      {R"({"a": "x\qy"})", 1, 9,
       R"(invalid escape '\q' in string (allowed: \" \\ \/ \b \f \n \r \t \uXXXX))"},
      {R"({"a": "\u12G4"})", 1, 12, "expected four hex digits after \\u"},
      {"{\"a\": \"x\ty\"}", 1, 9, "control character in string (escape it as \\u00XX)"},
      {"{\"a\": \"x\xFFy\"}", 1, 9, "invalid UTF-8 in string"},
      {R"({"a": 1} x)", 1, 10, "unexpected 'x' after the JSON value"},
      {R"({"a": 1,})", 1, 9, "expected a string key after ','"},
      {R"({,})", 1, 2, "expected a string key or '}'"},
      {"", 1, 1, "expected a JSON value, found the end of the input"},
      {"   \n  ", 2, 3, "expected a JSON value, found the end of the input"},
      {"{\r\n\"a\" 1}", 2, 5, "expected ':' after object key"},
      {"[1,\n2,\n", 3, 1, "unexpected end of input, expected a value"},
      {"{\"a\":[1", 1, 8, "unexpected end of input, expected ',' or ']' after array element"},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    const Error e = error_of(c.input);
    CHECK(e.message == c.message);
    CHECK(e.line == c.line);
    CHECK(e.column == c.column);
  }
}

TEST_CASE("an error's excerpt is its line with a caret under the column", "[json]") {
  const Error e = error_of(R"({"schema" "x"})");
  CHECK(e.offset == 10);
  CHECK(e.excerpt == "{\"schema\" \"x\"}\n          ^");

  const Error second = error_of("{\n\t\"b\": [1, 2,]\r\n}");
  CHECK(second.line == 2);
  CHECK(second.column == 13);
  CHECK(second.excerpt == "\t\"b\": [1, 2,]\n\t           ^");

  // The caret counts characters, not bytes, and bad bytes are shown as '?'.
  const Error accented = error_of("{\"a\": \"\xC3\xA9\" x}");
  CHECK(accented.column == 12);
  CHECK(accented.excerpt == "{\"a\": \"\xC3\xA9\" x}\n          ^");
  const Error bad = error_of("{\"a\": \"\xC3(\"}");
  CHECK(bad.column == 8);
  CHECK(bad.excerpt == "{\"a\": \"?(\"}\n       ^");
  const Error control = error_of("{\"a\":\x01}");
  CHECK(control.excerpt == "{\"a\": }\n     ^");

  // One long line (compact JSON) is cut around the column.
  std::string long_line = R"({"schema":"judgement.report/1","unknown":")" + std::string(500, 'x') +
                          R"(" "oops":1})";
  const Error third = error_of(long_line);
  CHECK(third.column == 545);
  CHECK(third.excerpt.size() < 220);
  const auto newline = third.excerpt.find('\n');
  REQUIRE(newline != std::string::npos);
  CHECK(third.excerpt.substr(0, 3) == "...");
  CHECK(third.excerpt.substr(newline + 1).find('^') ==
        third.excerpt.substr(0, newline).find("\" \"oops") + 2);
}

TEST_CASE("a well-formed document that is not a report is an error at the bad value", "[json]") {
  struct Case {
    std::string input;
    std::uint32_t column;
    std::string message;
  };
  const std::string h(kHeader);
  const std::vector<Case> cases = {
      {"[]", 1, "a report must be a JSON object"},
      {"{}", 1, "missing field 'schema' (expected \"judgement.report/1\")"},
      {R"({"schema":"judgement.report/2"})", 11, "field 'schema' must be \"judgement.report/1\""},
      {R"({"schema":1})", 11, "field 'schema' must be \"judgement.report/1\""},
      {h + R"(,"judgements":[{"code":"4"}]})", 54, "field 'code' must be an integer or null"},
      {h + R"(,"judgements":[{"code":4.5}]})", 54, "field 'code' must be an integer or null"},
      {h + R"(,"judgements":[{"code":99999999999}]})", 54, "field 'code' is out of range"},
      {h + R"(,"judgements":[{"band":"excellent"}]})", 54, "field 'band' has an unknown band 'excellent'"},
      {h + R"(,"judgements":[1]})", 46, "each element of 'judgements' must be an object"},
      {h + R"(,"judgements":{}})", 45, "field 'judgements' must be an array"},
      {h + R"(,"document":{"type":"Ofsted report"}})", 51, "field 'type' has an unknown document type 'Ofsted report'"},
      {h + R"(,"document":{"date":"2019-02-30"}})", 51,
       "field 'date' must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null"},
      {h + R"(,"document":{"provider":7}})", 55, "field 'provider' must be a string or null"},
      {h + R"(,"paragraphs":[{"span":{"begin":-1}}]})", 63, "field 'begin' must be a non-negative integer"},
      {h + R"(,"paragraphs":[{"span":{"begin":9,"end":4}}]})", 54, "a span's 'end' is before its 'begin'"},
      {h + R"(,"paragraphs":[{"inferred":"yes"}]})", 58, "field 'inferred' must be true or false"},
      {h + R"(,"findings":[{"timeframe":"soon"}]})", 57,
       R"(field 'timeframe' must be a timeframe ("immediately", "within_N_weeks", "within_N_months") or null)"},
      {h + R"(,"quantities":[{"value":"74"}]})", 55, "field 'value' must be a number"},
      {h + R"(,"quantities":[{"value":1e999}]})", 55, "field 'value' is out of range"},
      {h + R"(,"source":{"bytes":1.5}})", 50, "field 'bytes' must be a non-negative integer"},
      {h + R"(,"source":{"format":"docx"}})", 51, "field 'format' has an unknown source format 'docx'"},
      {h + R"(,"dates":[{"precision":"week"}]})", 54, "field 'precision' has an unknown precision 'week'"},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    const Error e = error_of(c.input);
    CHECK(e.message == c.message);
    CHECK(e.line == 1);
    CHECK(e.column == c.column);
  }
}

TEST_CASE("deep nesting is refused cleanly, without exhausting the stack", "[json]") {
  // 64 levels are allowed; the 65th is not.
  const std::string ok_depth = std::string(64, '[') + std::string(64, ']');
  CHECK(is_well_formed_json(ok_depth));

  const Error e = error_of(std::string(65, '[') + std::string(65, ']'));
  CHECK(e.message == "nesting deeper than 64 levels");
  CHECK(e.column == 65);

  const Error huge = error_of(std::string(1'000'000, '['));
  CHECK(huge.message == "nesting deeper than 64 levels");
  CHECK(huge.excerpt.size() < 220);

  std::string objects;
  for (int i = 0; i < 100'000; ++i) objects += "{\"a\":";
  CHECK(error_of(objects).message == "nesting deeper than 64 levels");

  // Inside a report, an unknown field may nest up to the limit too.
  const std::string inside = std::string(kHeader) + ",\"x\":" + std::string(63, '[') +
                             std::string(63, ']') + "}";
  CHECK(report_from_json(inside).ok());
}

TEST_CASE("every truncation of a report is an error, never a crash", "[json]") {
  const std::string json = to_json(full_report());
  for (std::size_t n = 0; n < json.size(); ++n) {
    const Result<Report> r = report_from_json(std::string_view(json).substr(0, n));
    REQUIRE_FALSE(r.ok());
  }
}

TEST_CASE("mutated reports are read or refused, and what is read writes back equal", "[json]") {
  const std::string base = to_json(full_report(), JsonOptions{true});
  judgement::testing::XorShift next(0x9E3779B97F4A7C15ULL);
  constexpr char kInteresting[] = "{}[]\",:\\0123456789-+.eEtrufalsn \n\t\x80\xFF";
  int accepted = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = base;
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int k = 0; k < edits && !text.empty(); ++k) {
      const std::size_t at = next() % text.size();
      const char c = kInteresting[next() % (sizeof kInteresting - 1)];
      switch (next() % 3) {
        case 0: text[at] = c; break;
        case 1: text.erase(at, 1 + next() % 8); break;
        default: text.insert(at, 1, c); break;
      }
    }
    const Result<Report> r = report_from_json(text);
    if (!r.ok()) {
      CHECK(r.error().line >= 1);
      CHECK(r.error().column >= 1);
      continue;
    }
    ++accepted;
    const Result<Report> again = report_from_json(to_json(*r));
    REQUIRE(again.ok());
    CHECK(*again == *r);
  }
  CHECK(accepted > 0);
}

TEST_CASE("scales_to_json lists each scale and its grades, best first", "[json]") {
  ScaleRegistry registry;
  REQUIRE(registry.add(GradeScale("test-three", "Test \"three\"",
                                  {Grade{"Good", {"Fine", "OK-ish"}, 1, 0, Band::good, 0},
                                   Grade{"Fair", {}, 2, 0, Band::requires_improvement, 0},
                                   Grade{"Poor", {}, 3, 0, Band::inadequate, 0}}))
              .ok());
  REQUIRE(registry.add(GradeScale("no-codes", "No codes",
                                  {Grade{"Yes", {}, std::nullopt, 0, Band::outstanding, 0},
                                   Grade{"No", {}, std::nullopt, 0, Band::inadequate, 0}}))
              .ok());

  const std::string expected =
      R"([{"id":"test-three","name":"Test \"three\"","lower_code_is_better":true,"grades":[)"
      R"({"label":"Good","aliases":["Fine","OK-ish"],"code":1,"band":"good","position":1},)"
      R"({"label":"Fair","aliases":[],"code":2,"band":"requires_improvement","position":0.5},)"
      R"({"label":"Poor","aliases":[],"code":3,"band":"inadequate","position":0}]},)"
      R"({"id":"no-codes","name":"No codes","lower_code_is_better":false,"grades":[)"
      R"({"label":"Yes","aliases":[],"code":null,"band":"outstanding","position":1},)"
      R"({"label":"No","aliases":[],"code":null,"band":"inadequate","position":0}]}])";
  CHECK(scales_to_json(registry) == expected);

  const std::string pretty = scales_to_json(registry, JsonOptions{true});
  CHECK(pretty.substr(0, 40) == "[\n  {\n    \"id\": \"test-three\",\n    \"name\"");
  CHECK(pretty.find("\"aliases\": [\n          \"Fine\",\n          \"OK-ish\"\n        ],") !=
        std::string::npos);
  CHECK(pretty.find("\"aliases\": [],") != std::string::npos);
  CHECK(is_well_formed_json(pretty));

  CHECK(scales_to_json(ScaleRegistry{}) == "[]");
  CHECK(is_well_formed_json(scales_to_json(ScaleRegistry::builtin(), JsonOptions{true})));
}

TEST_CASE("write_json hands the sink what to_json gives, a stretch at a time", "[json]") {
  Report r = full_report();
  // Enough paragraphs that the JSON is several stretches long.
  for (int k = 0; k < 4000; ++k) r.paragraphs.push_back(r.paragraphs.front());
  for (const bool pretty : {false, true}) {
    const std::string whole = to_json(r, {.pretty = pretty});
    std::string streamed;
    std::size_t calls = 0, largest = 0;
    const bool ok = write_json(r, [&](std::string_view part) {
      ++calls;
      largest = std::max(largest, part.size());
      streamed += part;
      return true;
    }, {.pretty = pretty});
    CHECK(ok);
    CHECK(streamed == whole);
    CHECK(calls > 1);
    CHECK(largest < 80 * 1024);  // never the whole, however large the report
  }
}

TEST_CASE("write_json stops handing the sink anything once it says no", "[json]") {
  Report r = full_report();
  for (int k = 0; k < 4000; ++k) r.paragraphs.push_back(r.paragraphs.front());
  std::size_t calls = 0;
  const bool ok = write_json(r, [&](std::string_view) {
    ++calls;
    return false;
  });
  CHECK_FALSE(ok);
  CHECK(calls == 1);
}
