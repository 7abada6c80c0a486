#include "families/cci/read_rules.hpp"
#include "pipeline/families.hpp"

namespace quire {

std::optional<FamilyRun> run_cci(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
  auto rules = load_cci_rules(path, diags, in.rules.pos);
  if (!rules) return std::nullopt;
  if (rules->family != family_name(in.family)) {
    diags.error(in.rules.pos, "rules-for-other-family",
                "rules '" + rules->name + "' are for family '" + rules->family + "', not '" + family_name(in.family) + "'");
    return std::nullopt;
  }
  CciScores scores = score_cci(in, *rules, diags);
  return FamilyRun{CciRun{std::move(*rules), std::move(scores)}};
}

}  // namespace quire
