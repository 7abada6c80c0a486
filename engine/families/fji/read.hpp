// Readers of the parts of an FJI inspection (themes, appendices). Internal to the family's reading (read*.cpp).
#pragma once

#include "families/fji/model.hpp"
#include "load/yaml_reader.hpp"

namespace quire::load_detail {

// One theme: its figures, descriptor, key findings, explanation subsections and summary.
FjiThemeData read_fji_theme(YamlReader& r, const YamlNode& node);

// Appendix 1's Youth Justice Board indicators.
FjiIndicators read_fji_indicators(YamlReader& r, const YamlNode& node);
// Appendix 3's table of roles and people.
std::vector<FjiAcknowledgement> read_fji_acknowledgements(YamlReader& r, const YamlNode& node);
// The fieldwork weeks of Appendix 4, each from a start to an end date.
std::vector<FjiFieldworkWeek> read_fji_fieldwork(YamlReader& r, const YamlNode& node);
// "2013-06-24" at map[key] as a date.
std::optional<Located<FjiDate>> read_fji_date(YamlReader& r, const YamlNode& map, const std::string& key);

}  // namespace quire::load_detail
