// check_map against a family's key table (load/keys.hpp), so a loader names no key list itself.
// Internal to load/.
#pragma once

#include <string_view>

#include "load/keys.hpp"
#include "load/yaml_reader.hpp"

namespace quire::load_detail {

// Checks `node` (called `what` in messages) against the table `map` of `family`: only its keys,
// each at most once, every required one present. False when `node` is not a map.
bool check_keys(YamlReader& r, const YamlNode& node, std::string_view what, std::string_view family,
                std::string_view map);

}  // namespace quire::load_detail
