#include "pipeline/families.hpp"

#include "load/load.hpp"
#include "families/registry.hpp"

namespace quire {

std::optional<FamilyRun> run_family(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags) {
  std::optional<FamilyRun> out;
  Families::with(in.family, [&](const auto* entry) { out = std::remove_cvref_t<decltype(*entry)>::run(in, rules, diags); });
  return out;
}

std::optional<FamilyRun> run_domain_rated(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
  auto rules = load_domain_rules(path, diags);
  if (!rules) return std::nullopt;
  if (rules->family != family_name(in.family)) {
    diags.error(in.rules.pos, "rules-for-other-family",
                "rules '" + rules->name + "' are for family '" + rules->family + "', not '" + family_name(in.family) + "'");
    return std::nullopt;
  }
  DomainScores scores = score_domain_rated(in, *rules, diags);
  return FamilyRun{DomainRun{std::move(*rules), std::move(scores)}};
}

}  // namespace quire
