// The sqs family's entry (families/sqs/family.hpp): the run that reads its rules file and
// scores the inspection, and what the writers take from it.
#include "families/sqs/family.hpp"
#include "families/sqs/read_rules.hpp"
#include "pipeline/report_facts.hpp"

namespace quire {

std::optional<FamilyRun> SqsFamily::run(const Inspection& in, const std::filesystem::path& path, Diagnostics& diags) {
  auto rules = load_sqs_rules(path, diags);
  if (!rules) return std::nullopt;
  if (rules->family != family_name(in.family)) {
    diags.error(in.rules.pos, "rules-for-other-family",
                "rules '" + rules->name + "' are for family '" + rules->family + "', not '" + family_name(in.family) + "'");
    return std::nullopt;
  }
  SqsScores scores = score_sqs(in, *rules, diags);
  return FamilyRun{SqsRun{std::move(*rules), std::move(scores)}};
}

// None: a letter has no scale.
std::vector<std::string> SqsFamily::rating_words(const Run&, const Catalogue&) { return {}; }

std::string SqsFamily::published(const Report& r) {
  const CalendarDate& d = r.letter.published.value;
  return year_month(d.year, d.month, d.day);
}

}  // namespace quire
