#include "pipeline/families.hpp"

namespace quire {

std::optional<FamilyRun> run_sqs(const Inspection& in, const std::filesystem::path& /*rules*/, Diagnostics& diags) {
  diags.error(in.rules.pos, "family-not-supported", "scoring for family 'sqs' is not supported yet");
  return std::nullopt;
}

}  // namespace quire
