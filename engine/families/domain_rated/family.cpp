// The domain-rated family's entry (families/domain_rated/family.hpp): the run that reads its rules file and
// scores the inspection, and what the writers take from it.
#include "families/domain_rated/family.hpp"
#include "families/domain_rated/read_rules.hpp"
#include "pipeline/report_facts.hpp"

namespace quire {

std::optional<FamilyRun> DomainRatedFamily::run(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
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

std::vector<std::string> DomainRatedFamily::rating_words(const Run& run, const Catalogue& labels) {
  return label_words(run.rules.scale, labels, "rating.");
}

std::string DomainRatedFamily::published(const Report& r) {
  return year_month(r.report.published.value.year, r.report.published.value.month);
}

}  // namespace quire
