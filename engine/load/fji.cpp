// Reads the fji family's own content.
#include "load/family_readers.hpp"

namespace quire::load_detail {

FamilySchema fji_schema() { return {}; }

void read_fji(YamlReader& r, const YAML::Node& root, FjiReport& /*out*/) {
  r.error(root, "family-not-supported", "family 'fji' is not supported yet");
}

}  // namespace quire::load_detail
