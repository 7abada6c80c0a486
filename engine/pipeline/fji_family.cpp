#include "pipeline/families.hpp"

namespace quire {

std::optional<FamilyRun> run_fji(const Inspection& in, const std::filesystem::path& /*rules*/, Diagnostics& diags) {
  diags.error(in.rules.pos, "family-not-supported", "scoring for family 'fji' is not supported yet");
  return std::nullopt;
}

}  // namespace quire
