#include "families/sqs/read_rules.hpp"
#include "pipeline/families.hpp"

namespace quire {

std::optional<FamilyRun> run_sqs(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
  auto rules = load_sqs_rules(path, diags);
  if (!rules) return std::nullopt;
  if (rules->family != family_name(in.family)) {
    diags.error(in.rules.pos, "rules-for-other-family",
                "rules '" + rules->name + "' are for family '" + rules->family + "', not '" +
                    family_name(in.family) + "'");
    return std::nullopt;
  }
  SqsScores scores = score_sqs(in, *rules, diags);
  return FamilyRun{SqsRun{std::move(*rules), std::move(scores)}};
}

}  // namespace quire
