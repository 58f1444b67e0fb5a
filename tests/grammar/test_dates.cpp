// Dates as reports write them: every form the finder reads, with its range, precision and
// periods, where it sits in a sentence, and the numbers and words it must leave alone.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/date_finder.hpp"
#include "judgement/date.hpp"

using namespace judgement;
using judgement::grammar::DateHit;
using judgement::grammar::find_dates;
using judgement::grammar::parse_date;
using judgement::grammar::resolve_year;

namespace {

// "2019-07-15 day": what Catch prints when a comparison fails.
std::string describe(const Date& date) { return date.iso() + " " + std::string(to_string(date.precision)); }

std::string describe(const DateRange& range) { return describe(range.start) + " .. " + describe(range.end); }

std::vector<std::string> describe(const std::vector<DateRange>& periods) {
  std::vector<std::string> out;
  for (const DateRange& p : periods) out.push_back(describe(p));
  return out;
}

std::vector<std::string> texts(std::string_view text, const std::vector<DateHit>& hits) {
  std::vector<std::string> out;
  for (const DateHit& h : hits) out.emplace_back(text.substr(h.begin, h.end - h.begin));
  return out;
}

struct Expected {
  Expected(std::string r, std::vector<std::string> p = {}, bool stated = true)
      : range(std::move(r)), periods(std::move(p)), year_stated(stated) {}
  std::string range;                 // describe(range)
  std::vector<std::string> periods;  // describe(periods)
  bool year_stated;
};

// `text` must read as exactly one date on its own, and be found, whole and at the right
// offsets, in the middle of a sentence.
void check_form(const std::string& text, const Expected& expected) {
  INFO("form: " << text);
  const auto alone = parse_date(text);
  REQUIRE(alone.has_value());
  CHECK(alone->begin == 0);
  CHECK(alone->end == text.size());
  CHECK(describe(alone->range) == expected.range);
  CHECK(describe(alone->periods) == expected.periods);
  CHECK(alone->year_stated == expected.year_stated);

  const std::string before = "The inspection took place on ";
  const std::string sentence = before + text + ", as the letter says.";
  const auto hits = find_dates(sentence);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].begin == before.size());
  CHECK(hits[0].end == before.size() + text.size());
  CHECK(describe(hits[0].range) == expected.range);
  CHECK(describe(hits[0].periods) == expected.periods);
  CHECK(hits[0].year_stated == expected.year_stated);
}

void check_no_date(const std::string& text) {
  INFO("text: " << text);
  CHECK_FALSE(parse_date(text).has_value());
  const auto hits = find_dates("In the year " + text + " there was a visit.");
  CHECK(texts("In the year " + text + " there was a visit.", hits) == std::vector<std::string>{});
}

const char* const kDay = "day";

std::string day(const char* iso) { return std::string(iso) + " " + kDay; }
std::string days(const char* from, const char* to) { return day(from) + " .. " + day(to); }
std::string at(const char* iso, const char* precision) { return std::string(iso) + " " + precision; }
std::string span(const char* from, const char* to, const char* precision) {
  return at(from, precision) + " .. " + at(to, precision);
}

}  // namespace

TEST_CASE("single days in every spelling reports use", "[dates][grammar]") {
  check_form("5 February 2019", {days("2019-02-05", "2019-02-05")});
  check_form("Thursday, 8th July 2021", {days("2021-07-08", "2021-07-08")});
  check_form("1 OCTOBER 2020", {days("2020-10-01", "2020-10-01")});
  check_form("1 october 2020", {days("2020-10-01", "2020-10-01")});
  check_form("1st October 2020", {days("2020-10-01", "2020-10-01")});
  check_form("8th of July 2021", {days("2021-07-08", "2021-07-08")});
  check_form("5 Feb 2019", {days("2019-02-05", "2019-02-05")});
  check_form("5 Sept 2019", {days("2019-09-05", "2019-09-05")});
  check_form("5 Feb. 2019", {days("2019-02-05", "2019-02-05")});
  check_form("29 February 2020", {days("2020-02-29", "2020-02-29")});
  check_form("July 15, 2019", {days("2019-07-15", "2019-07-15")});
  check_form("July 15 2019", {days("2019-07-15", "2019-07-15")});
  check_form("5\u00a0February\u00a02019", {days("2019-02-05", "2019-02-05")});
  check_form("5 February\n2019", {days("2019-02-05", "2019-02-05")});
}

TEST_CASE("parse_date takes one whole date, trimmed of blanks, quotes and punctuation", "[dates][grammar]") {
  const std::string text = "  (5 February 2019).\n";
  const auto hit = parse_date(text);
  REQUIRE(hit.has_value());
  CHECK(text.substr(hit->begin, hit->end - hit->begin) == "5 February 2019");
  const std::string quoted = "\u201c2011/12\u201d,";
  const auto academic = parse_date(quoted);
  REQUIRE(academic.has_value());
  CHECK(quoted.substr(academic->begin, academic->end - academic->begin) == "2011/12");
  for (const char* not_one : {"", " . ", "on 5 February 2019", "5 February 2019 and more",
                              "5 February 2019 2020", "June", "2015%", "\u00a32015", "between 2015"}) {
    INFO(not_one);
    CHECK_FALSE(parse_date(not_one).has_value());
  }
}

TEST_CASE("numeric dates are day first and only when valid", "[dates][grammar]") {
  check_form("21/03/2014", {days("2014-03-21", "2014-03-21")});
  check_form("21/03/14", {days("2014-03-21", "2014-03-21")});
  check_form("21.03.2014", {days("2014-03-21", "2014-03-21")});
  check_form("1/3/1999", {days("1999-03-01", "1999-03-01")});
  check_form("21/03/2014 - 25/03/2014", {days("2014-03-21", "2014-03-25")});
  check_no_date("03/21/2014");
  check_no_date("31/02/2014");
  check_no_date("21/03.2014");
  check_no_date("21/03/214");
}

TEST_CASE("a day's digits split by PDF conversion are read as one day", "[dates][grammar]") {
  check_form("1 9 June 2019", {days("2019-06-19", "2019-06-19")});
  check_form("3 1 March 2019", {days("2019-03-31", "2019-03-31")});
}

TEST_CASE("ranges of days are inclusive, with any dash or word between", "[dates][grammar]") {
  check_form("15-19 July 2013", {days("2013-07-15", "2013-07-19")});
  check_form("15 – 19 July 2013", {days("2013-07-15", "2013-07-19")});
  check_form("15—19 July 2013", {days("2013-07-15", "2013-07-19")});
  check_form("15\u201119 July 2013", {days("2013-07-15", "2013-07-19")});
  check_form("20 June 2017 \u2500 13 July 2017", {days("2017-06-20", "2017-07-13")});  // pdftotext's dash
  check_form("15 to 26 July 2019", {days("2019-07-15", "2019-07-26")});
  check_form("15 until 26 July 2019", {days("2019-07-15", "2019-07-26")});
  check_form("15 TO 26 JULY 2019", {days("2019-07-15", "2019-07-26")});
  check_form("9–24 November 2017", {days("2017-11-09", "2017-11-24")});
  check_form("30 June - 2 July 2013", {days("2013-06-30", "2013-07-02")});
  check_form("19 November–30 November 2018", {days("2018-11-19", "2018-11-30")});
  check_form("11 September 2017 to 5 October 2017", {days("2017-09-11", "2017-10-05")});
  check_form("18 March 2014 – 09 April 2014", {days("2014-03-18", "2014-04-09")});
  check_form("15th-19th July 2013", {days("2013-07-15", "2013-07-19")});
  check_form("Monday 5 to Friday 9 March 2018", {days("2018-03-05", "2018-03-09")});
  check_form("July 15-19, 2019", {days("2019-07-15", "2019-07-19")});
  check_form("30 December 2018 to 3 January 2019", {days("2018-12-30", "2019-01-03")});
  // A year borrowed from the end that would put the start after it is the year before.
  check_form("30 December to 3 January 2019", {days("2018-12-30", "2019-01-03")});
  check_form("30 November, 15 December to 3 January 2025",
             {days("2024-11-30", "2025-01-03"),
              {days("2024-11-30", "2024-11-30"), days("2024-12-15", "2025-01-03")}});
}

TEST_CASE("days joined by and: one range when contiguous, periods when not", "[dates][grammar]") {
  check_form("20 and 21 August 2020", {days("2020-08-20", "2020-08-21")});
  check_form("20 & 21 August 2020", {days("2020-08-20", "2020-08-21")});
  check_form("5 and 12 March 2020", {days("2020-03-05", "2020-03-12"),
                                     {days("2020-03-05", "2020-03-05"), days("2020-03-12", "2020-03-12")}});
  check_form("5, 12 and 19 March 2020", {days("2020-03-05", "2020-03-19"),
                                         {days("2020-03-05", "2020-03-05"), days("2020-03-12", "2020-03-12"),
                                          days("2020-03-19", "2020-03-19")}});
  check_form("30 September to 11 October 2024 and 13 to 16 January 2025",
             {days("2024-09-30", "2025-01-16"),
              {days("2024-09-30", "2024-10-11"), days("2025-01-13", "2025-01-16")}});
  check_form("31 January and 1 February 2019", {days("2019-01-31", "2019-02-01")});
  check_form("14 to 16 May and 17 May 2019", {days("2019-05-14", "2019-05-17")});
}

TEST_CASE("between, from and on: the words around the days", "[dates][grammar]") {
  // "between ... and" is one span whatever "and" would mean elsewhere, so it is part of the hit.
  check_form("between 15 and 19 July 2013", {days("2013-07-15", "2013-07-19")});
  check_form("between 2015 and 2018", {span("2015", "2018", "year")});

  const std::string from = "The visit ran from 2 to 6 March 2015.";
  auto hits = find_dates(from);
  CHECK(texts(from, hits) == std::vector<std::string>{"2 to 6 March 2015"});
  REQUIRE(hits.size() == 1);
  CHECK(describe(hits[0].range) == days("2015-03-02", "2015-03-06"));

  const std::string on = "Inspectors were on site on 1 and 2 May 2018.";
  hits = find_dates(on);
  CHECK(texts(on, hits) == std::vector<std::string>{"1 and 2 May 2018"});
  REQUIRE(hits.size() == 1);
  CHECK(describe(hits[0].range) == days("2018-05-01", "2018-05-02"));
  CHECK(hits[0].periods.empty());
}

TEST_CASE("months and ranges of months keep month precision", "[dates][grammar]") {
  check_form("June 2018", {span("2018-06", "2018-06", "month")});
  check_form("December 2012", {span("2012-12", "2012-12", "month")});
  check_form("Sept 2019", {span("2019-09", "2019-09", "month")});
  check_form("Feb. 2019", {span("2019-02", "2019-02", "month")});
  check_form("JUNE 2018", {span("2018-06", "2018-06", "month")});
  check_form("June to August 2018", {span("2018-06", "2018-08", "month")});
  check_form("June–August 2018", {span("2018-06", "2018-08", "month")});
  check_form("January 2019 to March 2019", {span("2019-01", "2019-03", "month")});
  check_form("December 2018 to February 2019", {span("2018-12", "2019-02", "month")});
  check_form("December to February 2019", {span("2018-12", "2019-02", "month")});
}

TEST_CASE("years and ranges of years keep year precision", "[dates][grammar]") {
  check_form("2015", {span("2015", "2015", "year")});
  check_form("1999", {span("1999", "1999", "year")});
  check_form("2015 to 2018", {span("2015", "2018", "year")});
  check_form("2015-2018", {span("2015", "2018", "year")});
  check_form("2015 to 2016", {span("2015", "2016", "year")});
}

TEST_CASE("academic years run September to August", "[dates][grammar]") {
  const Expected year_2011{span("2011-09", "2012-08", "academic_year")};
  check_form("2011/12", year_2011);
  check_form("2011/2012", year_2011);
  check_form("2011-12", year_2011);
  check_form("2011–12", year_2011);
  check_form("2011-2012", year_2011);
  check_form("1999/00", {span("1999-09", "2000-08", "academic_year")});

  const auto hit = parse_date("2012-13");
  REQUIRE(hit.has_value());
  CHECK(hit->range.start.precision == Precision::academic_year);
  CHECK(hit->range.start.ymd == std::chrono::year{2012} / std::chrono::September / std::chrono::day{1});
  CHECK(hit->range.end.ymd == std::chrono::year{2013} / std::chrono::August / std::chrono::day{1});

  // A year inside an academic year is not a date of its own.
  const std::string text = "In 2015/16 the council spent more.";
  CHECK(texts(text, find_dates(text)) == std::vector<std::string>{"2015/16"});
}

TEST_CASE("seasons are meteorological: winter runs into the next year", "[dates][grammar]") {
  check_form("Autumn 2013", {span("2013-09", "2013-11", "season")});
  check_form("autumn term 2013", {span("2013-09", "2013-11", "season")});
  check_form("Spring 2014", {span("2014-03", "2014-05", "season")});
  check_form("summer 2019", {span("2019-06", "2019-08", "season")});
  check_form("SUMMER TERM 2019", {span("2019-06", "2019-08", "season")});
  check_form("winter 2013", {span("2013-12", "2014-02", "season")});
  check_form("autumn 2018 to spring 2019", {span("2018-09", "2019-05", "season")});
  // A season of a school year falls in that school year.
  check_form("winter 2013/14", {span("2013-12", "2014-02", "season")});
  check_form("spring term 2014/15", {span("2015-03", "2015-05", "season")});
  check_form("summer term 2014-15", {span("2015-06", "2015-08", "season")});
  check_form("autumn term 2014/15", {span("2014-09", "2014-11", "season")});
  check_form("autumn to spring term 2014/15", {span("2014-09", "2015-05", "season")});
  check_no_date("summer 2013/15");
}

TEST_CASE("yearless dates are in the placeholder year 0 and say so", "[dates][grammar]") {
  check_form("5 February", {days("0000-02-05", "0000-02-05"), {}, false});
  check_form("15 to 26 July", {days("0000-07-15", "0000-07-26"), {}, false});
  check_form("29 February", {days("0000-02-29", "0000-02-29"), {}, false});
  check_form("30 December to 3 January", {days("-0001-12-30", "0000-01-03"), {}, false});

  // "5 Feb." ends a sentence: the full stop is not the abbreviation's.
  const std::string text = "The plan was agreed on 5 Feb. The board met later.";
  CHECK(texts(text, find_dates(text)) == std::vector<std::string>{"5 Feb"});
}

TEST_CASE("a year stated anywhere dates the whole expression", "[dates][grammar]") {
  check_form("5 February 2019 and 6 March",
             {days("2019-02-05", "2019-03-06"),
              {days("2019-02-05", "2019-02-05"), days("2019-03-06", "2019-03-06")}});
  check_form("5 December 2019 and 6 January",
             {days("2019-12-05", "2020-01-06"),
              {days("2019-12-05", "2019-12-05"), days("2020-01-06", "2020-01-06")}});
}

TEST_CASE("impossible dates give no hit, and none of their parts does", "[dates][grammar]") {
  for (const char* text :
       {"31 February 2019", "30 February 2020", "32 July 2019", "0 July 2019", "29 February 2019",
        "31 April 2019", "19-15 July 2013", "26 to 15 July 2019", "12 and 5 March 2020", "5 and 5 March 2020",
        "2019 to 2015", "August 2019 to June 2019"}) {
    check_no_date(text);
  }
  CHECK(parse_date("29 February 2020").has_value());
  CHECK(parse_date("29 February 2000").has_value());
  CHECK_FALSE(parse_date("29 February 1900").has_value());
}

TEST_CASE("numbers that are not years are left alone", "[dates][grammar]") {
  for (const char* text :
       {"1200 children", "3000", "£2015", "2015%", "2,015", "12015", "2012-15", "2015/2017", "2015.5",
        "$2015", "€2015", "#2015", "1899", "2100", "20155", "2015a"}) {
    check_no_date(text);
  }
  const std::string text = "The council spent £2015 on 1,200 children (2015% of 3000); 12015 forms.";
  CHECK(find_dates(text).empty());
}

TEST_CASE("a date never starts or ends inside a word", "[dates][grammar]") {
  struct Case {
    const char* text;
    std::vector<std::string> hits;
  };
  for (const Case& c : std::vector<Case>{
           {"A12 June", {}},
           {"A12 June 2019", {"June 2019"}},
           {"12Junes", {}},
           {"12Junes 2019", {"2019"}},
           {"15July", {}},
           {"June2019", {}},
           {"5 Junee", {}},
           {"x5 June", {}},
           {"5 Junex", {}},
           {"\u00e95 June", {}},
           {"5 June\u00e9", {}},
           {"Summers 2019", {"2019"}},
           {"5 June 2019x", {"5 June"}},
           {"(5 June 2019) \u201cJuly 2019\u201d", {"5 June 2019", "July 2019"}},
           {"5 June 2019's", {"5 June 2019"}},
       }) {
    const std::string sentence = std::string("Look: ") + c.text + " here.";
    INFO(sentence);
    CHECK(texts(sentence, find_dates(sentence)) == c.hits);
  }
}

TEST_CASE("a month or weekday name alone is not a date", "[dates][grammar]") {
  for (const char* text : {"June", "June June June", "Monday", "Monday morning", "in May we",
                           "may 5 children", "autumn", "between", "between June and"}) {
    INFO(text);
    CHECK(find_dates(text).empty());
    CHECK_FALSE(parse_date(text).has_value());
  }
}

TEST_CASE("several dates in one paragraph, at their offsets", "[dates][grammar]") {
  const std::string text =
      "The local authority was inspected on 15-19 July 2013, when children's services were judged "
      "inadequate. A monitoring visit followed in December 2013; the re-inspection (autumn term 2014) "
      "reported on 5 February 2015. In 2015/16, spending rose. Visits: 20 and 21 August 2020. Then "
      "Thursday, 8th July 2021.";
  const auto hits = find_dates(text);
  CHECK(texts(text, hits) == std::vector<std::string>{"15-19 July 2013", "December 2013", "autumn term 2014",
                                                      "5 February 2015", "2015/16", "20 and 21 August 2020",
                                                      "Thursday, 8th July 2021"});
  REQUIRE(hits.size() == 7);
  CHECK(hits[0].begin == text.find("15-19"));
  CHECK(hits[1].begin == text.find("December"));
  CHECK(hits[6].end == text.size() - 1);
  CHECK(describe(hits[2].range) == span("2014-09", "2014-11", "season"));
  for (std::size_t i = 1; i < hits.size(); ++i) CHECK(hits[i - 1].end <= hits[i].begin);
}

TEST_CASE("a date split across lines is one date", "[dates][grammar]") {
  for (const char* text :
       {"15 to 26\nJuly 2019", "15 to 26\r\n   July 2019", "15 to\n26 July\n2019", "15 to 26\tJuly 2019"}) {
    INFO(text);
    const auto hits = find_dates(std::string("Dates: ") + text + ".");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].begin == 7);
    CHECK(hits[0].end == 7 + std::string_view(text).size());
    CHECK(describe(hits[0].range) == days("2019-07-15", "2019-07-26"));
  }
  // A gap far wider than any space inside a date is layout, not a space.
  const std::string wide = "15 to 26" + std::string(500, ' ') + "July 2019";
  CHECK(texts(wide, find_dates(wide)) == std::vector<std::string>{"July 2019"});
}

TEST_CASE("resolve_year gives a yearless date the document's year, or the year before", "[dates][grammar]") {
  const auto resolved = [](const char* text, Date reference) {
    const auto hit = parse_date(text);
    REQUIRE(hit.has_value());
    REQUIRE_FALSE(hit->year_stated);
    return resolve_year(*hit, reference);
  };
  CHECK(describe(resolved("5 February", make_date(2019, 6, 10)).range) == days("2019-02-05", "2019-02-05"));
  // Up to about two months ahead of the document stays in its year...
  CHECK(describe(resolved("5 February", make_date(2019, 1, 10)).range) == days("2019-02-05", "2019-02-05"));
  // ... further ahead is last year.
  CHECK(describe(resolved("15 to 26 July", make_date(2019, 1, 10)).range) ==
        days("2018-07-15", "2018-07-26"));
  CHECK(describe(resolved("30 December to 3 January", make_date(2020, 1, 20)).range) ==
        days("2019-12-30", "2020-01-03"));
  CHECK(describe(resolved("29 February", make_date(2019, 6, 1)).range) == days("2016-02-29", "2016-02-29"));
  CHECK(describe(resolved("29 February", make_date(2020, 3, 1)).range) == days("2020-02-29", "2020-02-29"));
  // A month-precision reference works as well as a day.
  CHECK(describe(resolved("5 February", Date::from_iso("2019-03").value()).range) ==
        days("2019-02-05", "2019-02-05"));

  const auto periods = resolved("5 and 12 March", make_date(2021, 4, 1));
  CHECK(describe(periods.periods) ==
        std::vector<std::string>{days("2021-03-05", "2021-03-05"), days("2021-03-12", "2021-03-12")});
  CHECK_FALSE(periods.year_stated);

  // Resolving twice changes nothing; a stated year is never moved.
  const auto once = resolved("5 February", make_date(2019, 6, 10));
  CHECK(describe(resolve_year(once, make_date(2030, 1, 1)).range) == describe(once.range));
  const auto stated = parse_date("5 February 2012");
  REQUIRE(stated.has_value());
  CHECK(describe(resolve_year(*stated, make_date(2019, 6, 10)).range) == days("2012-02-05", "2012-02-05"));
}

TEST_CASE("pathological inputs are scanned to the end with the right count", "[dates][grammar]") {
  const std::size_t n = 200000;
  std::string digits(n, '7');
  CHECK(find_dates(digits).empty());

  std::string ones;
  for (std::size_t i = 0; i < n / 2; ++i) ones += "1 ";
  CHECK(find_dates(ones).empty());

  std::string junes;
  for (std::size_t i = 0; i < n / 5; ++i) junes += "June ";
  CHECK(find_dates(junes).empty());

  std::string ands;
  for (std::size_t i = 0; i < n / 6; ++i) ands += "1 and ";
  CHECK(find_dates(ands).empty());

  std::string dates;
  const std::string one = "Visited on 5 June 2019 and 2015/16, ";
  for (int i = 0; i < 10000; ++i) dates += one;
  const auto hits = find_dates(dates);
  REQUIRE(hits.size() == 20000);
  CHECK(hits[19998].begin == 9999 * one.size() + one.find('5'));
}

TEST_CASE("a list of days may end \"16 of May\": the \"of\" is the list's, never a lone day's", "[dates][grammar]") {
  check_form("15 and 16 of May 2018", {days("2018-05-15", "2018-05-16")});
  check_form("15, 16 and 18 of May 2018", {days("2018-05-15", "2018-05-18"),
                                           {days("2018-05-15", "2018-05-16"), days("2018-05-18", "2018-05-18")}});
  check_form("between 3 and 5 November 2020", {days("2020-11-03", "2020-11-05")});
  // Alone, "5 of July" is more often "item 5 of ...": only the month and year are a date.
  const std::string item = "See item 5 of July 2019 minutes.";
  CHECK(texts(item, find_dates(item)) == std::vector<std::string>{"July 2019"});
  // A list that is not followed by "of" reads as before, its periods intact.
  check_form("5, 12 to 19 March 2019", {days("2019-03-05", "2019-03-19"),
                                        {days("2019-03-05", "2019-03-05"), days("2019-03-12", "2019-03-19")}});
}
