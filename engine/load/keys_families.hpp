// Each family's key tables (keys_FAMILY.cpp), by map name. Internal to load/: read them through
// family_keys() (load/keys.hpp).
#pragma once

#include <map>
#include <string>

#include "load/keys.hpp"

namespace quire {

using KeyMaps = std::map<std::string, KeyMap, std::less<>>;

const KeyMaps& domain_rated_key_maps();
const KeyMaps& fji_key_maps();
const KeyMaps& sqs_key_maps();
const KeyMaps& cci_key_maps();

}  // namespace quire
