// judgement: dates as documents state them, at the precision they state them.
// A partial date ("June 2018", "2011/12", "Autumn 2013") keeps its precision and is never
// guessed into a day; ranges are inclusive at both ends ("15 to 26 July 2019" ends on the 26th).
#ifndef JUDGEMENT_DATE_HPP
#define JUDGEMENT_DATE_HPP

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judgement/config.hpp"

JUDGEMENT_BEGIN_NAMESPACE

/// How much of a date the text gave.
enum class Precision {
  day,            ///< "5 February 2019"
  month,          ///< "June 2018"
  season,         ///< "Autumn 2013"
  academic_year,  ///< "2011/12", "2012-13"
  year,           ///< "2015"
};

/// "day", "month", "season", "academic_year", "year".
JUDGEMENT_API std::string_view to_string(Precision precision) noexcept;
JUDGEMENT_API std::optional<Precision> precision_from_string(std::string_view name) noexcept;

/// A date at some precision. In a date read from text, `ymd` is a valid calendar date: the
/// parts finer than the precision are the first of their kind (day 1, January), and are not
/// part of the value. A default-constructed Date (year 0) means "no date" and is written null.
/// For season and academic_year, `ymd` holds the month the period starts or ends in (a
/// DateRange gives both ends).
struct Date {
  std::chrono::year_month_day ymd{};
  Precision precision = Precision::day;

  /// ISO 8601 at the date's precision: "2019-07-15" (day), "2018-06" (month, season and
  /// academic_year), "2015" (year).
  [[nodiscard]] JUDGEMENT_API std::string iso() const;
  /// Reads what iso() writes, giving precision day, month or year from its length;
  /// nullopt for anything else or an impossible date.
  [[nodiscard]] JUDGEMENT_API static std::optional<Date> from_iso(std::string_view text);

  /// Equal when the same value at the same precision (finer parts ignored).
  friend JUDGEMENT_API bool operator==(const Date& a, const Date& b) noexcept;
};

/// A day-precision Date.
[[nodiscard]] inline Date make_date(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}, Precision::day};
}

/// An inclusive period.
struct DateRange {
  Date start;
  Date end;
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

JUDGEMENT_END_NAMESPACE

#endif
