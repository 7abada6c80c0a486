// The cci family's entry (families/cci/family.hpp): the run that reads its rules file and
// scores the inspection, and what the writers take from it.
#include "families/cci/family.hpp"
#include "families/cci/read_rules.hpp"
#include "pipeline/report_facts.hpp"

namespace quire {

std::optional<FamilyRun> CciFamily::run(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
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

std::vector<std::string> CciFamily::rating_words(const Run& run, const Catalogue& labels) {
  std::vector<std::string> keys;
  for (const auto& band : run.rules.comments) keys.push_back(band.comment);  // highest score, least to improve, first
  return label_words(keys, labels, "cci.comment.");
}

std::string CciFamily::published(const Report& r) {
  return year_month(r.report.published.value.year, r.report.published.value.month);
}

}  // namespace quire
