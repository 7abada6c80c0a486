#include "pipeline/families.hpp"

#include "families/registry.hpp"

namespace quire {

std::optional<FamilyRun> run_family(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags) {
  std::optional<FamilyRun> out;
  Families::with(in.family, [&](const auto* entry) { out = EntryOf<decltype(entry)>::run(in, rules, diags); });
  return out;
}

}  // namespace quire
