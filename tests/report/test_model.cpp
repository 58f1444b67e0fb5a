// The report's value types: enum ids, dates at their precision, timeframes, the text store and
// report equality.
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "judgement/date.hpp"
#include "judgement/report.hpp"

using namespace judgement;
using namespace std::chrono;

namespace {

Date at(int y, unsigned m, unsigned d, Precision p) {
  return Date{year{y} / month{m} / day{d}, p};
}

Date due(const Date& base, Timeframe::Unit unit, int count) {
  return Timeframe{unit, count}.due_from(base);
}

}  // namespace

TEST_CASE("every enum id reads back as the value it names", "[report]") {
  for (auto t : {DocumentType::unknown, DocumentType::ilacs, DocumentType::focused_visit,
                 DocumentType::monitoring_visit, DocumentType::jtai, DocumentType::sif,
                 DocumentType::lscb_review, DocumentType::lac_inspection,
                 DocumentType::safeguarding_inspection, DocumentType::area_send,
                 DocumentType::school_inspection, DocumentType::provider_inspection,
                 DocumentType::committee_report, DocumentType::news}) {
    CHECK(document_type_from_string(to_string(t)) == t);
  }
  for (auto f : {SourceFormat::text, SourceFormat::markdown, SourceFormat::pdf}) {
    CHECK(source_format_from_string(to_string(f)) == f);
  }
  for (auto k : {FindingKind::improvement, FindingKind::finding, FindingKind::strength,
                 FindingKind::concern, FindingKind::risk}) {
    CHECK(finding_kind_from_string(to_string(k)) == k);
  }
  for (auto s : {Severity::error, Severity::warning, Severity::info}) {
    CHECK(severity_from_string(to_string(s)) == s);
  }
  for (auto p : {Precision::day, Precision::month, Precision::season, Precision::academic_year,
                 Precision::year}) {
    CHECK(precision_from_string(to_string(p)) == p);
  }
}

TEST_CASE("enum ids are spelled as the output contract spells them", "[report]") {
  CHECK(to_string(DocumentType::focused_visit) == "focused_visit");
  CHECK(to_string(DocumentType::committee_report) == "committee_report");
  CHECK(to_string(DocumentType::safeguarding_inspection) == "safeguarding_inspection");
  CHECK(to_string(DocumentType::area_send) == "area_send");
  CHECK(to_string(DocumentType::unknown) == "unknown");
  CHECK(to_string(SourceFormat::markdown) == "markdown");
  CHECK(to_string(FindingKind::improvement) == "improvement");
  CHECK(to_string(Severity::warning) == "warning");
  CHECK(to_string(Precision::academic_year) == "academic_year");
  CHECK(to_string(Precision::season) == "season");
}

TEST_CASE("a document type is a profile id: the contract's ids are the named constants, any other id is a type of its own",
          "[report][profile]") {
  const std::string id = "estyn_local_authority";
  const auto type = document_type_from_string(id);
  REQUIRE(type);
  CHECK(type->id() == id);
  CHECK(*type != DocumentType::unknown);
  std::optional<DocumentType> contract;
  {
    const std::string temporary = "ilacs";
    contract = document_type_from_string(temporary);
  }
  CHECK(contract == DocumentType::ilacs);  // a contract id is a constant: it does not view the argument
  CHECK(contract->id() == "ilacs");
  CHECK(DocumentType() == DocumentType::unknown);
  CHECK_FALSE(document_type_from_string("Estyn"));
  CHECK_FALSE(document_type_from_string("_x"));
}

TEST_CASE("enum ids are exact: no other spelling is accepted", "[report]") {
  CHECK_FALSE(document_type_from_string("ILACS"));
  CHECK_FALSE(document_type_from_string("focused visit"));
  CHECK_FALSE(document_type_from_string(""));
  CHECK_FALSE(source_format_from_string("txt"));
  CHECK_FALSE(finding_kind_from_string("improvements"));
  CHECK_FALSE(severity_from_string("fatal"));
  CHECK_FALSE(precision_from_string("academic year"));
}

TEST_CASE("iso writes a date at its precision", "[dates]") {
  CHECK(make_date(2019, 7, 15).iso() == "2019-07-15");
  CHECK(at(2018, 6, 1, Precision::month).iso() == "2018-06");
  CHECK(at(2013, 9, 1, Precision::season).iso() == "2013-09");
  CHECK(at(2011, 9, 1, Precision::academic_year).iso() == "2011-09");
  CHECK(at(2015, 1, 1, Precision::year).iso() == "2015");
  CHECK(make_date(987, 1, 2).iso() == "0987-01-02");
}

TEST_CASE("from_iso gives the precision from the length", "[dates]") {
  const auto day_date = Date::from_iso("2019-07-15");
  REQUIRE(day_date);
  CHECK(day_date->precision == Precision::day);
  CHECK(day_date->ymd == year{2019} / July / day{15});

  const auto month_date = Date::from_iso("2018-06");
  REQUIRE(month_date);
  CHECK(month_date->precision == Precision::month);
  CHECK(month_date->ymd == year{2018} / June / day{1});

  const auto year_date = Date::from_iso("2015");
  REQUIRE(year_date);
  CHECK(year_date->precision == Precision::year);
  CHECK(year_date->ymd == year{2015} / January / day{1});

  for (const char* text : {"2019-07-15", "2018-06", "2015", "2020-02-29", "0001-01-01"}) {
    const auto date = Date::from_iso(text);
    REQUIRE(date);
    CHECK(date->iso() == text);
  }
}

TEST_CASE("from_iso refuses impossible dates and other formats", "[dates]") {
  for (const char* text :
       {"2019-02-30", "2019-02-29", "2019-04-31", "2019-13-01", "2019-00-10", "2019-07-00",
        "2019-7-15", "2019-07-5", "20190715", "2019/07/15", "2019-07-15x", " 2019", "2019 ",
        "-2019", "+2019", "19", "201", "2019-", "2019-07-", "abcd", "2019-0a", "", "2019-07-15T00",
        "２０１９"}) {
    INFO(text);
    CHECK_FALSE(Date::from_iso(text));
  }
}

TEST_CASE("dates are equal at their precision, finer parts ignored", "[dates]") {
  CHECK(make_date(2019, 7, 15) == make_date(2019, 7, 15));
  CHECK_FALSE(make_date(2019, 7, 15) == make_date(2019, 7, 16));
  CHECK(at(2018, 6, 1, Precision::month) == at(2018, 6, 30, Precision::month));
  CHECK_FALSE(at(2018, 6, 1, Precision::month) == at(2018, 7, 1, Precision::month));
  CHECK(at(2015, 1, 1, Precision::year) == at(2015, 12, 31, Precision::year));
  CHECK_FALSE(at(2015, 1, 1, Precision::year) == at(2016, 1, 1, Precision::year));
  CHECK(at(2013, 9, 1, Precision::season) == at(2013, 9, 20, Precision::season));
  CHECK_FALSE(at(2013, 9, 1, Precision::season) == at(2013, 12, 1, Precision::season));
  // The same text at different precisions is not the same statement.
  CHECK_FALSE(at(2018, 6, 1, Precision::month) == at(2018, 6, 1, Precision::day));
  CHECK_FALSE(at(2013, 9, 1, Precision::season) == at(2013, 9, 1, Precision::month));
  CHECK_FALSE(at(2011, 9, 1, Precision::academic_year) == at(2011, 9, 1, Precision::season));
}

TEST_CASE("timeframe ids", "[report]") {
  CHECK(Timeframe{}.id() == "immediately");
  CHECK(Timeframe{Timeframe::Unit::months, 3}.id() == "within_3_months");
  CHECK(Timeframe{Timeframe::Unit::weeks, 6}.id() == "within_6_weeks");
  CHECK(Timeframe{Timeframe::Unit::months, 12}.id() == "within_12_months");

  for (const char* id : {"immediately", "within_3_months", "within_6_weeks", "within_1_weeks",
                         "within_18_months"}) {
    const auto tf = Timeframe::from_id(id);
    REQUIRE(tf);
    CHECK(tf->id() == id);
  }
  CHECK(Timeframe::from_id("within_6_weeks") == Timeframe{Timeframe::Unit::weeks, 6});
  CHECK(Timeframe::from_id("immediately") == Timeframe{Timeframe::Unit::immediately, 0});

  for (const char* id : {"", "immediate", "Immediately", "within_3_days", "within__months",
                         "within_03_months", "within_-3_months", "within_+3_months",
                         "within_3months", "within_3_months_", "within 3 months",
                         "within_99999999999_weeks", "within_months"}) {
    INFO(id);
    CHECK_FALSE(Timeframe::from_id(id));
  }
}

TEST_CASE("months are added with the day clamped to a shorter month", "[dates]") {
  using U = Timeframe::Unit;
  // 31 August + 6 months: February, 29th in a leap year, 28th otherwise.
  CHECK(due(make_date(2019, 8, 31), U::months, 6) == make_date(2020, 2, 29));
  CHECK(due(make_date(2018, 8, 31), U::months, 6) == make_date(2019, 2, 28));
  CHECK(due(make_date(2019, 1, 31), U::months, 1) == make_date(2019, 2, 28));
  CHECK(due(make_date(2020, 1, 31), U::months, 1) == make_date(2020, 2, 29));
  CHECK(due(make_date(2019, 11, 30), U::months, 3) == make_date(2020, 2, 29));
  CHECK(due(make_date(2019, 5, 31), U::months, 1) == make_date(2019, 6, 30));
  // The contract's example: published 23 August 2013, within 3 months.
  CHECK(due(make_date(2013, 8, 23), U::months, 3) == make_date(2013, 11, 23));
  // Across the end of a year and over several years.
  CHECK(due(make_date(2019, 10, 15), U::months, 3) == make_date(2020, 1, 15));
  CHECK(due(make_date(2019, 12, 31), U::months, 12) == make_date(2020, 12, 31));
  CHECK(due(make_date(2020, 2, 29), U::months, 12) == make_date(2021, 2, 28));
  CHECK(due(make_date(2019, 3, 31), U::months, 0) == make_date(2019, 3, 31));
}

TEST_CASE("weeks are added as days", "[dates]") {
  using U = Timeframe::Unit;
  CHECK(due(make_date(2013, 8, 23), U::weeks, 6) == make_date(2013, 10, 4));
  CHECK(due(make_date(2019, 12, 20), U::weeks, 2) == make_date(2020, 1, 3));
  CHECK(due(make_date(2020, 2, 15), U::weeks, 2) == make_date(2020, 2, 29));
  CHECK(due(make_date(2019, 2, 15), U::weeks, 2) == make_date(2019, 3, 1));
  CHECK(due(make_date(2019, 7, 1), U::weeks, 52) == make_date(2020, 6, 29));
}

TEST_CASE("immediately is due on the base date", "[dates]") {
  CHECK(Timeframe{}.due_from(make_date(2019, 7, 15)) == make_date(2019, 7, 15));
  CHECK(Timeframe{}.due_from(at(2018, 6, 1, Precision::month)) == at(2018, 6, 1, Precision::month));
}

TEST_CASE("a due date from a partial date keeps the partial precision", "[dates]") {
  using U = Timeframe::Unit;
  const Date d = due(at(2018, 11, 1, Precision::month), U::months, 3);
  CHECK(d.precision == Precision::month);
  CHECK(d == at(2019, 2, 1, Precision::month));
  CHECK(d.ymd.day() == day{1});

  const Date y = due(at(2018, 1, 1, Precision::year), U::months, 3);
  CHECK(y == at(2018, 1, 1, Precision::year));
  CHECK(y.ymd == year{2018} / January / day{1});

  // A season moved by months is a month, not a season.
  const Date s = due(at(2013, 9, 1, Precision::season), U::months, 6);
  CHECK(s == at(2014, 3, 1, Precision::month));
}

TEST_CASE("kept text stays valid while more is kept", "[report]") {
  TextStore store;
  const std::string_view first = store.keep("first");
  std::string longer(100, 'x');
  const std::string_view second = store.keep(longer);
  for (int i = 0; i < 10000; ++i) store.keep(std::to_string(i));
  longer.assign(100, 'y');
  CHECK(first == "first");
  CHECK(second == std::string(100, 'x'));
  CHECK(store.keep("") == "");
  CHECK(store.source().empty());
  CHECK(TextStore("the source").source() == "the source");
}

TEST_CASE("report equality compares values, not where views point or the store", "[report]") {
  Report a;
  a.source.name = "report.txt";
  a.document.provider = "Medway Council";
  a.document.date = make_date(2019, 8, 27);
  a.judgements.push_back(Judgement{"Overall effectiveness", "overall_effectiveness", "Inadequate",
                                   4, "ofsted-requires-improvement", Band::inadequate,
                                   "Inadequate", {Span{1, 2, 3, 0}}});

  Report b;
  b.source.name = b.store->keep(std::string("report") + ".txt");
  b.document.provider = b.store->keep("Medway Council");
  b.document.date = make_date(2019, 8, 27);
  b.judgements = a.judgements;
  b.judgements[0].area = b.store->keep(std::string(a.judgements[0].area));
  REQUIRE(a.store != b.store);
  CHECK(a == b);

  // A copy shares the store, so its views outlive the original.
  auto copy = std::make_unique<Report>(b);
  b = Report{};
  CHECK(copy->document.provider == "Medway Council");
  CHECK(*copy == a);

  Report c = a;
  c.judgements[0].evidence[0].page = 2;
  CHECK_FALSE(c == a);
  c = a;
  c.document.date = at(2019, 8, 1, Precision::month);
  CHECK_FALSE(c == a);
  c = a;
  c.diagnostics.push_back(Diagnostic{});
  CHECK_FALSE(c == a);
  c = a;
  c.source.bytes = 1;
  CHECK_FALSE(c == a);
}
