// The fji family's entry (families/fji/family.hpp): the run that reads its rules file and
// scores the inspection, and what the writers take from it.
#include "families/fji/family.hpp"
#include "families/fji/read_rules.hpp"
#include "pipeline/report_facts.hpp"

namespace quire {

std::optional<FamilyRun> FjiFamily::run(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
  auto rules = load_fji_rules(path, diags);
  if (!rules) return std::nullopt;
  if (rules->family != family_name(in.family)) {
    diags.error(in.rules.pos, "rules-for-other-family",
                "rules '" + rules->name + "' are for family '" + rules->family + "', not '" + family_name(in.family) + "'");
    return std::nullopt;
  }
  FjiScores scores = score_fji(in, *rules, diags);
  return FamilyRun{FjiRun{std::move(*rules), std::move(scores)}};
}

std::vector<std::string> FjiFamily::rating_words(const Run& run, const Catalogue& labels) {
  return label_words(run.rules.scale, labels, "fji.descriptor.", ".word");
}

std::string FjiFamily::published(const Report& r) {
  return year_month(r.report.published.value.year, r.report.published.value.month);
}

}  // namespace quire
