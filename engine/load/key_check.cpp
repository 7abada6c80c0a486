#include "load/key_check.hpp"

namespace quire::load_detail {

bool check_keys(YamlReader& r, const YamlNode& node, std::string_view what, std::string_view family,
                std::string_view map) {
  const KeyMap& keys = family_keys(family, map);
  return r.check_map(node, what, keys.allowed(), keys.required());
}

}  // namespace quire::load_detail
