// Meaning for what the date grammar reads, and the scan that finds it in running text. The
// conventions (seasons, academic years, yearless dates, borrowed years) are in date_finder.hpp.
#include "grammar/date_finder.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <chrono>
#include <cstdint>
#include <iterator>
#include <limits>
#include <utility>

#include "grammar/date_ast.hpp"
#include "grammar/date_grammar.hpp"

namespace judgement::grammar {

namespace {

namespace greg = boost::gregorian;
using date_text::is_digit;

// Boost's calendar starts in 1400, so a yearless expression is worked out in 2000 and moved
// to the placeholder year 0 at the end. 2000 and 0 are both leap years, as 1999 and -1 are
// both common ones, so "29 February" and spans across February come out the same.
constexpr int kYearlessProxy = 2000;

struct Meaning {
  DateRange range;
  std::vector<DateRange> periods;
  bool year_stated = true;
};

// Boost.Date_Time throws on an impossible date; every value is checked here before it is
// given one.
bool exists(int y, unsigned m, unsigned d) {
  if (y < 1400 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                         static_cast<unsigned short>(m));
}

greg::date to_boost(int y, unsigned m, unsigned d) {
  return {static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d)};
}

Date to_public(greg::date const& d, Precision precision, int year_shift) {
  auto const ymd = d.year_month_day();
  return Date{std::chrono::year{static_cast<int>(ymd.year) - year_shift} /
                  std::chrono::month{static_cast<unsigned>(ymd.month)} /
                  std::chrono::day{static_cast<unsigned>(ymd.day)},
              precision};
}

// ---------------------------------------------------------------------------------------------
// Days: every form that names days is brought to a list of points and the spans between them.

struct Span {
  std::size_t first = 0;  ///< index of the point that starts it
  std::size_t last = 0;   ///< index of the point that ends it (== first for one day)
};

struct DayPoints {
  std::vector<date_ast::Day> points;
  std::vector<Span> spans;

  void add(date_ast::Day const& first, std::optional<date_ast::Day> const& last) {
    Span span;
    span.first = points.size();
    points.push_back(first);
    if (last) points.push_back(*last);
    span.last = points.size() - 1;
    spans.push_back(span);
  }
};

std::optional<Meaning> days_meaning(DayPoints input) {
  std::vector<date_ast::Day>& points = input.points;
  std::size_t const n = points.size();
  if (n == 0) return std::nullopt;

  std::optional<unsigned> month;
  for (std::size_t i = n; i-- > 0;) {
    if (points[i].month) {
      month = points[i].month;
    } else if (month) {
      points[i].month = month;
    } else {
      return std::nullopt;
    }
  }

  // Where each point's year comes from. Without any stated year, every point takes the
  // placeholder as if the last point stated it.
  enum class Borrowed { no, from_after, from_before };
  std::vector<int> years(n, kYearlessProxy);
  std::vector<Borrowed> borrowed(n, Borrowed::from_after);
  bool const stated =
      std::any_of(points.begin(), points.end(), [](auto const& p) { return p.year.has_value(); });
  if (stated) {
    bool later_year = false;
    for (std::size_t i = n; i-- > 0;) {
      if (points[i].year) {
        years[i] = static_cast<int>(*points[i].year);
        borrowed[i] = Borrowed::no;
        later_year = true;
      } else if (!later_year) {
        borrowed[i] = Borrowed::from_before;
      }
    }
  }

  // A borrowed year is the year of the neighbour it was borrowed through, moved only across a
  // year end, where the month goes back ("30 December to 3 January"); within one month a day
  // that goes back is a range written backwards, refused below.
  for (std::size_t i = n - 1; i-- > 0;) {
    if (borrowed[i] != Borrowed::from_after) continue;
    years[i] = years[i + 1] - (*points[i].month > *points[i + 1].month ? 1 : 0);
  }
  for (std::size_t i = 1; i < n; ++i) {
    if (borrowed[i] != Borrowed::from_before) continue;
    years[i] = years[i - 1] + (*points[i].month < *points[i - 1].month ? 1 : 0);
  }

  std::vector<greg::date> dates;
  dates.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!exists(years[i], *points[i].month, points[i].day)) return std::nullopt;
    dates.push_back(to_boost(years[i], *points[i].month, points[i].day));
  }

  std::vector<std::pair<greg::date, greg::date>> periods;
  for (Span const& span : input.spans) {
    greg::date const start = dates[span.first];
    greg::date const end = dates[span.last];
    if (end < start) return std::nullopt;
    if (!periods.empty() && start <= periods.back().second) return std::nullopt;
    if (!periods.empty() && start == periods.back().second + greg::days(1)) {
      periods.back().second = end;
    } else {
      periods.emplace_back(start, end);
    }
  }

  int const shift = stated ? 0 : kYearlessProxy;
  Meaning meaning;
  meaning.year_stated = stated;
  meaning.range = {to_public(periods.front().first, Precision::day, shift),
                   to_public(periods.back().second, Precision::day, shift)};
  if (periods.size() > 1) {
    for (auto const& [start, end] : periods) {
      meaning.periods.push_back(
          {to_public(start, Precision::day, shift), to_public(end, Precision::day, shift)});
    }
  }
  return meaning;
}

std::optional<Meaning> meaning_of(date_ast::DayList const& list) {
  DayPoints points;
  for (date_ast::PeriodGroup const& group : list) {
    for (date_ast::Period const& period : group.leading) points.add(period.first, period.last);
    points.add(group.last.first, group.last.last);
  }
  return days_meaning(std::move(points));
}

std::optional<Meaning> meaning_of(date_ast::Between const& between) {
  DayPoints points;
  points.add(between.first, between.last);
  return days_meaning(std::move(points));
}

std::optional<Meaning> meaning_of(date_ast::MonthFirst const& date) {
  DayPoints points;
  std::optional<date_ast::Day> last;
  if (date.last_day) last = date_ast::Day{*date.last_day, date.month, date.year};
  points.add(date_ast::Day{date.day, date.month, date.year}, last);
  return days_meaning(std::move(points));
}

std::optional<date_ast::Day> numeric_day(date_ast::Numeric const& date) {
  unsigned year = date.year.value;
  if (date.year.length == 2) {
    year += year < 70 ? 2000 : 1900;
  } else if (date.year.length != 4 || year < 1900 || year > 2099) {
    return std::nullopt;
  }
  return date_ast::Day{date.day.value, date.month.value, year};
}

std::optional<Meaning> meaning_of(date_ast::NumericRange const& range) {
  std::optional<date_ast::Day> const first = numeric_day(range.first);
  if (!first) return std::nullopt;
  std::optional<date_ast::Day> last;
  if (range.last) {
    last = numeric_day(*range.last);
    if (!last) return std::nullopt;
  }
  DayPoints points;
  points.add(*first, last);
  return days_meaning(std::move(points));
}

// ---------------------------------------------------------------------------------------------
// Months, seasons and years.

Date month_date(int y, unsigned m, Precision precision) {
  return Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{1}, precision};
}

std::pair<Date, Date> coarse_bounds(date_ast::Coarse const& point, int y) {
  if (point.month) {
    Date const month = month_date(y, *point.month, Precision::month);
    return {month, month};
  }
  if (point.season) {
    constexpr Precision p = Precision::season;
    switch (*point.season) {
      case date_ast::Season::spring:
        return {month_date(y, 3, p), month_date(y, 5, p)};
      case date_ast::Season::summer:
        return {month_date(y, 6, p), month_date(y, 8, p)};
      case date_ast::Season::autumn:
        return {month_date(y, 9, p), month_date(y, 11, p)};
      case date_ast::Season::winter:
        return {month_date(y, 12, p), month_date(y + 1, 2, p)};
    }
  }
  Date const year = Date{std::chrono::year{y} / std::chrono::January / std::chrono::day{1}, Precision::year};
  return {year, year};
}

// Whether `second` ("12", "2012") is the year after `first`.
bool follows(unsigned first, date_ast::Digits const& second) {
  if (second.length == 2) return second.value == (first + 1) % 100;
  return second.length == 4 && second.value == first + 1;
}

// The year a month, season or year falls in; nullopt when the point states none, or a second
// year that does not follow the first. "spring term 2014/15" is the spring of the school year
// 2014/15, so in 2015, as its summer is; its autumn and winter start in 2014.
std::optional<int> year_of(date_ast::Coarse const& point) {
  if (!point.year) return std::nullopt;
  int const y = static_cast<int>(*point.year);
  if (!point.next_year) return y;
  if (!follows(*point.year, *point.next_year)) return std::nullopt;
  bool const second_half =
      point.season == date_ast::Season::spring || point.season == date_ast::Season::summer;
  return second_half ? y + 1 : y;
}

std::optional<Meaning> meaning_of(date_ast::CoarseRange const& range) {
  date_ast::Coarse const& last = range.last ? *range.last : range.first;
  std::optional<int> const last_year = year_of(last);
  if (!last_year) return std::nullopt;
  auto const last_bounds = coarse_bounds(last, *last_year);
  Meaning meaning;
  meaning.range = {last_bounds.first, last_bounds.second};
  if (!range.last) return meaning;

  bool const borrowed = !range.first.year;
  std::optional<int> const first_year = borrowed ? last_year : year_of(range.first);
  if (!first_year) return std::nullopt;
  auto first_bounds = coarse_bounds(range.first, *first_year);
  if (borrowed && last_bounds.first.ymd < first_bounds.first.ymd) {
    first_bounds = coarse_bounds(range.first, *first_year - 1);
  }
  if (last_bounds.first.ymd < first_bounds.first.ymd || last_bounds.second.ymd < first_bounds.second.ymd) {
    return std::nullopt;
  }
  meaning.range = {first_bounds.first, last_bounds.second};
  return meaning;
}

std::optional<Meaning> meaning_of(date_ast::YearPair const& pair) {
  if (!follows(pair.first, pair.second)) return std::nullopt;
  int const y = static_cast<int>(pair.first);
  Meaning meaning;
  meaning.range = {month_date(y, 9, Precision::academic_year),
                   month_date(y + 1, 8, Precision::academic_year)};
  return meaning;
}

// ---------------------------------------------------------------------------------------------
// The scan.

// Whether position i continues a word or a number, so that no date may start there: "A12",
// "£2015", and the tails of numbers the grammar did not take: "2,015", "21/03", "2012-15".
bool attached_before(std::string_view text, std::size_t i) {
  if (i == 0) return false;
  if (date_text::word_before(text, i)) return true;
  char const previous = text[i - 1];
  if (previous == '$' || previous == '#') return true;
  auto const ends_with = [&](std::string_view sign) {
    return i >= sign.size() && text.substr(i - sign.size(), sign.size()) == sign;
  };
  if (ends_with("\xC2\xA3") || ends_with("\xC2\xA5") || ends_with("\xE2\x82\xAC")) return true;  // £ ¥ €
  std::size_t separator = 0;
  if (previous == '.' || previous == ',' || previous == '/' || previous == ':' || previous == '-') {
    separator = 1;
  } else if (i >= 3 && date_text::dash_at(text, i - 3) == 3) {
    separator = 3;
  }
  return separator != 0 && i > separator && is_digit(text[i - separator - 1]);
}

// Whether an attempt at `i` can find or refuse anything: an expression may start there (not
// glued to what is before it) and may_read_date does not prove that read_date reads nothing.
// Where it does, the attempt would have no reading, so no hit and nothing to skip: passing the
// position by changes nothing.
bool starts_candidate(std::string_view text, std::size_t i) {
  char const c = text[i];
  return (is_digit(c) || date_text::is_ascii_letter(c)) && !attached_before(text, i) &&
         may_read_date(text.substr(i));
}

// Whether an expression may end at e: not inside a word or number, and not before a tail
// that makes it part of something else ("2015%", "2015.5", "2015/2017", "2019-20" after a day).
bool ends_cleanly(std::string_view text, std::size_t e) {
  if (e >= text.size()) return true;
  if (date_text::word_at(text, e)) return false;
  char const c = text[e];
  if (c == '%') return false;
  std::size_t const separator =
      (c == '.' || c == ',' || c == '/' || c == ':') ? 1 : date_text::dash_at(text, e);
  return !(separator != 0 && e + separator < text.size() && is_digit(text[e + separator]));
}

struct Attempt {
  std::optional<DateHit> hit;
  std::size_t read_end = 0;  ///< the end of the longest reading, valid or not
};

// The longest reading at `at` that means a date and ends cleanly. On equal lengths the form
// listed first wins: "2015-2016" is an academic year before it is a range of years.
Attempt attempt_at(std::string_view text, std::size_t at) {
  date_ast::Readings const readings = read_date(text.substr(at));
  Attempt attempt;
  attempt.read_end = at;
  std::size_t best_length = 0;
  auto const consider = [&](auto const& reading) {
    if (!reading) return;
    std::size_t const end = at + reading->length;
    attempt.read_end = std::max(attempt.read_end, end);
    if (reading->length <= best_length || !ends_cleanly(text, end)) return;
    std::optional<Meaning> meaning = meaning_of(reading->ast);
    if (!meaning) return;
    best_length = reading->length;
    DateHit hit;
    hit.begin = at;
    hit.end = end;
    hit.range = meaning->range;
    hit.periods = std::move(meaning->periods);
    hit.year_stated = meaning->year_stated;
    attempt.hit = std::move(hit);
  };
  consider(readings.year_pair);
  consider(readings.coarse);
  consider(readings.day_list);
  consider(readings.between);
  consider(readings.month_first);
  consider(readings.numeric);
  return attempt;
}

// Bytes of the blank or punctuation mark that parse_date trims, starting at text[i]; 0 if
// none. Signs that change what a number is ("£", "%", "#") are not trimmed.
std::size_t trimmable_at(std::string_view text, std::size_t i) {
  static constexpr std::string_view kPunctuation = ".,;:!?\"'()[]{}<>*";
  if (i < text.size() && kPunctuation.find(text[i]) != std::string_view::npos) return 1;
  std::string_view const quote = text.substr(std::min(i, text.size()), 3);
  if (quote == "\u2018" || quote == "\u2019" || quote == "\u201c" || quote == "\u201d") return 3;
  return date_text::blank_at(text, i);
}

// The same, for the character that ends just before text[i].
std::size_t trimmable_before(std::string_view text, std::size_t i) {
  for (std::size_t n = 1; n <= 3 && n <= i; ++n) {
    if (trimmable_at(text, i - n) == n) return n;
  }
  return 0;
}

}  // namespace

namespace {

// The scan, given where candidates may be: `next(i)` is the first position at or after i at
// which an expression may start (starts_candidate), or npos. The hits are appended to `hits`.
template <class Next>
void scan_dates(std::string_view text, Next next, std::vector<DateHit>& hits) {
  for (std::size_t i = next(0); i != std::string_view::npos; i = next(i)) {
    Attempt attempt = attempt_at(text, i);
    if (attempt.hit) {
      i = attempt.hit->end;
      hits.push_back(std::move(*attempt.hit));
    } else {
      // An impossible date is skipped whole, so "February 2019" is not found in
      // "31 February 2019", nor "15 July 2013" in "19-15 July 2013".
      i = std::max(i + 1, attempt.read_end);
    }
  }
}

}  // namespace

std::vector<DateHit> find_dates(std::string_view text) {
  std::vector<DateHit> hits;
  scan_dates(
      text,
      [text](std::size_t i) {
        while (i < text.size()) {
          if (starts_candidate(text, i)) return i;
          // No expression starts just after an ASCII letter, digit or '_' (attached_before): the
          // rest of a word is passed over without a look.
          ++i;
          while (i < text.size() && date_text::is_ascii_word(text[i - 1])) ++i;
        }
        return std::string_view::npos;
      },
      hits);
  return hits;
}

std::vector<DateHit> find_dates(std::string_view text, std::span<const WordMark> marks) {
  std::vector<DateHit> hits;
  find_dates(text, marks, hits);
  return hits;
}

void find_dates(std::string_view text, std::span<const WordMark> marks, std::vector<DateHit>& out) {
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    std::vector<DateHit> hits = find_dates(text);
    out.insert(out.end(), std::make_move_iterator(hits.begin()), std::make_move_iterator(hits.end()));
    return;
  }
  MarkCursor cursor(marks, kNumberMark | kDateOpening);
  scan_dates(
      text,
      [text, &cursor](std::size_t i) {
        return cursor.next(i, [text](std::size_t at) { return starts_candidate(text, at); });
      },
      out);
}

std::optional<DateHit> parse_date(std::string_view text) {
  std::string_view expression = text;
  while (std::size_t const n = trimmable_at(expression, 0)) expression.remove_prefix(n);
  while (std::size_t const n = trimmable_before(expression, expression.size())) expression.remove_suffix(n);
  if (expression.empty()) return std::nullopt;
  auto const begin = static_cast<std::size_t>(expression.data() - text.data());
  if (!starts_candidate(expression, 0)) return std::nullopt;
  Attempt attempt = attempt_at(expression, 0);
  if (!attempt.hit || attempt.hit->end != expression.size()) return std::nullopt;
  attempt.hit->begin += begin;
  attempt.hit->end += begin;
  return attempt.hit;
}

DateHit resolve_year(DateHit hit, const Date& reference) {
  using namespace std::chrono;
  if (hit.year_stated || hit.range.end.ymd.year() != year{0} || !reference.ymd.ok()) return hit;

  auto const in_year = [&hit](int y) -> std::optional<DateHit> {
    DateHit moved = hit;
    bool ok = true;
    auto const move = [&](Date& date) {
      date.ymd = year{static_cast<int>(date.ymd.year()) + y} / date.ymd.month() / date.ymd.day();
      ok = ok && date.ymd.ok();
    };
    move(moved.range.start);
    move(moved.range.end);
    for (DateRange& period : moved.periods) {
      move(period.start);
      move(period.end);
    }
    if (!ok) return std::nullopt;
    return moved;
  };

  sys_days const latest_start = sys_days{reference.ymd} + days{61};
  int y = static_cast<int>(reference.ymd.year());
  // A leap day finds a leap year within eight years back, the gap across 1900 or 2100.
  for (int tries = 0; tries <= 8; ++tries, --y) {
    std::optional<DateHit> moved = in_year(y);
    if (moved && sys_days{moved->range.start.ymd} <= latest_start) return std::move(*moved);
  }
  return hit;
}

}  // namespace judgement::grammar
