// Reads the cci family's own content.
#include "load/family_readers.hpp"

namespace quire::load_detail {

FamilySchema cci_schema() { return {}; }

void read_cci(YamlReader& r, const YAML::Node& root, CciReport& /*out*/) {
  r.error(root, "family-not-supported", "family 'cci' is not supported yet");
}

}  // namespace quire::load_detail
