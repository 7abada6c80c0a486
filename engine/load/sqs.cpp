// Reads the sqs family's own content.
#include "load/family_readers.hpp"

namespace quire::load_detail {

FamilySchema sqs_schema() { return {}; }

void read_sqs(YamlReader& r, const YAML::Node& root, SqsLetter& /*out*/) {
  r.error(root, "family-not-supported", "family 'sqs' is not supported yet");
}

}  // namespace quire::load_detail
