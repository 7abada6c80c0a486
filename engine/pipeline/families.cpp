#include "pipeline/families.hpp"

#include "load/load.hpp"

namespace quire {

std::optional<FamilyRun> run_family(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags) {
  switch (in.family) {
    case Family::domain_rated: return run_domain_rated(in, rules, diags);
    case Family::fji: return run_fji(in, rules, diags);
    case Family::sqs: return run_sqs(in, rules, diags);
    case Family::cci: return run_cci(in, rules, diags);
  }
  return std::nullopt;
}

std::optional<FamilyRun> run_domain_rated(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
  auto rules = load_rules(path, diags);
  if (!rules) return std::nullopt;
  if (rules->family != family_name(in.family)) {
    diags.error(in.rules.pos, "rules-for-other-family",
                "rules '" + rules->name + "' are for family '" + rules->family + "', not '" + family_name(in.family) + "'");
    return std::nullopt;
  }
  ScoreReport scores = score_inspection(in, *rules, diags);
  return FamilyRun{DomainRun{std::move(*rules), std::move(scores)}};
}

}  // namespace quire
