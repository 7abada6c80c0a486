#include "pipeline/families.hpp"

namespace quire {

std::optional<FamilyRun> run_cci(const Inspection& in, const std::filesystem::path& /*rules*/, Diagnostics& diags) {
  diags.error(in.rules.pos, "family-not-supported", "scoring for family 'cci' is not supported yet");
  return std::nullopt;
}

}  // namespace quire
