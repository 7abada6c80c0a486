// Readers of the values SQS data and rules share: exact decimal figures and calendar dates.
// Internal to the family's reading (read*.cpp).
#pragma once

#include <optional>
#include <string>

#include "families/sqs/model.hpp"
#include "load/yaml_reader.hpp"

namespace quire::load_detail {

// A non-negative decimal with at most two decimal places ("37.2", "1.0", "36"), kept exact.
// With `percent`, it must also lie between 0 and 100. The map readers return nothing for a
// missing key without reporting it: callers require their keys through check_map.
std::optional<Located<DecimalFigure>> decimal_of(YamlReader& r, const YamlNode& node, std::string_view what,
                                                 bool percent);
std::optional<Located<DecimalFigure>> decimal(YamlReader& r, const YamlNode& map, const std::string& key,
                                              bool percent);

// "2016-07-13" as a calendar date that exists (no 30 February).
std::optional<Located<CalendarDate>> calendar_date(YamlReader& r, const YamlNode& map, const std::string& key);

// Whether `value` is one of `allowed`; when not, reports it at its position with the nearest
// allowed word.
bool check_word(YamlReader& r, const Located<std::string>& value, const std::vector<std::string>& allowed,
                const std::string& what, const std::string& code);

}  // namespace quire::load_detail
