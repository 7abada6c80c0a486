#include "families/sqs/read.hpp"

#include <cctype>

#include "base/text.hpp"

namespace quire::load_detail {

namespace {

bool all_digits(std::string_view s) {
  for (const char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

// "37.2" -> 3720 hundredths, one decimal place; nothing when the text is not such a number or
// has more than two decimal places.
std::optional<DecimalFigure> parse_decimal(std::string_view text, bool& too_precise) {
  too_precise = false;
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (!all_digits(whole) || whole.size() > 9 || (point != std::string_view::npos && !all_digits(fraction)))
    return std::nullopt;
  if (fraction.size() > 2) {
    too_precise = true;
    return std::nullopt;
  }
  DecimalFigure figure;
  figure.decimals = static_cast<int>(fraction.size());
  figure.hundredths = std::stoll(std::string(whole)) * 100;
  if (!fraction.empty()) figure.hundredths += std::stoll(std::string(fraction)) * (fraction.size() == 1 ? 10 : 1);
  return figure;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Located<DecimalFigure>> decimal_of(YamlReader& r, const YamlNode& node, std::string_view what,
                                                 bool percent) {
  const auto value = r.text_of(node, what);
  if (!value) return std::nullopt;
  bool too_precise = false;
  const auto figure = parse_decimal(value->value, too_precise);
  if (too_precise) {
    r.error_at(value->pos, "too-many-decimals",
               std::string(what) + " has more than two decimal places, found '" + printable(value->value) + "'");
    return std::nullopt;
  }
  if (!figure) {
    r.error_at(value->pos, "wrong-type",
               "expected a finite number such as 37.2 for " + std::string(what) + ", found '" + printable(value->value) + "'");
    return std::nullopt;
  }
  if (percent && figure->hundredths > 100 * 100) {
    r.error_at(value->pos, "percent-out-of-range",
               "a percentage must be between 0 and 100; " + std::string(what) + " is " + value->value);
    return std::nullopt;
  }
  return Located<DecimalFigure>{*figure, value->pos};
}

std::optional<Located<DecimalFigure>> decimal(YamlReader& r, const YamlNode& map, const std::string& key,
                                              bool percent) {
  const YamlNode node = map[key];
  if (!node.IsDefined()) return std::nullopt;
  return decimal_of(r, node, "'" + key + "'", percent);
}

std::optional<Located<CalendarDate>> calendar_date(YamlReader& r, const YamlNode& map, const std::string& key) {
  const auto value = r.text(map, key, false);
  if (!value) return std::nullopt;
  const std::string& s = value->value;
  const bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) &&
                     all_digits(s.substr(5, 2)) && all_digits(s.substr(8, 2));
  if (!shape) {
    r.error_at(value->pos, "bad-date",
               "expected a date as YYYY-MM-DD for '" + key + "', found '" + printable(s) + "'");
    return std::nullopt;
  }
  const CalendarDate date{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > days_in_month(date.year, date.month)) {
    r.error_at(value->pos, "bad-date", "'" + s + "' in '" + key + "' is not a date in the calendar");
    return std::nullopt;
  }
  return Located<CalendarDate>{date, value->pos};
}

bool check_word(YamlReader& r, const Located<std::string>& value, const std::vector<std::string>& allowed,
                const std::string& what, const std::string& code) {
  for (const auto& word : allowed)
    if (value.value == word) return true;
  std::string expected;
  for (const auto& word : allowed) expected += (expected.empty() ? "" : ", ") + word;
  std::string message = "unknown " + what + " '" + printable(value.value) + "'; expected one of " + expected;
  if (auto near = closest_match(value.value, allowed)) message += "; did you mean '" + *near + "'?";
  r.error_at(value.pos, code, message);
  return false;
}

}  // namespace quire::load_detail
