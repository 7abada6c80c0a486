// The FJI audit trail: each theme's questions with their answers, the pooled fraction checked against
// the published figure, the band and stars it falls in, and any moderation with its reason.
#include <sstream>

#include "families/fji/score.hpp"
#include "score/audit_text.hpp"

namespace quire {

namespace {

using audit_detail::Json;
using audit_detail::json_text;
using audit_detail::provenance_text;
using audit_detail::stars_text;

std::string about(const FjiRules& rules, const std::string& id) {
  for (const auto& t : rules.themes)
    for (const auto& q : t.questions)
      if (q.id == id) return q.about;
  return {};
}

void rules_text(std::ostringstream& out, const FjiRules& rules) {
  out << "rules: " << rules.name << " (" << rules.file << ")\n";
  out << "theme score: yes / (yes + no) pooled over the theme's questions and all cases, not applicable left out; "
         "printed rounded half up "
      << provenance_text(rules.pooling) << "\n";
  out << "descriptors:";
  for (const auto& b : rules.bands)
    out << " " << b.descriptor << " >= " << b.min_percent << "% (" << stars_text(fji_stars_for(b.descriptor, rules)) << ")";
  out << " " << provenance_text(rules.bands_provenance) << "\n";
  out << "stars " << provenance_text(rules.stars_provenance) << "\n";
  out << "moderation: the final descriptor may differ from the computed one, with a recorded reason "
      << provenance_text(rules.moderation) << ", by at most " << rules.moderation_max_steps << " grade(s) "
      << provenance_text(rules.moderation_bound) << "\n";
}

void question_text(std::ostringstream& out, const FjiQuestionScore& q, const FjiRules& rules) {
  out << "    " << q.id << "  ";
  if (q.percent) out << *q.percent << "%";
  else out << "--";
  if (q.from_cases) out << "  = " << q.from_cases->str() << " yes, " << q.not_applicable << " n/a";
  if (q.published) out << (q.from_cases ? ", published " : "  published figure, no case answers: ") << *q.published << "%";
  out << "  " << about(rules, q.id) << "\n";
}

void theme_text(std::ostringstream& out, const FjiThemeScore& t, const FjiRules& rules) {
  out << "theme " << t.number << " " << t.key << "\n";
  if (t.judged) {
    out << "  judged by inspectors (no case score): " << t.final_descriptor << " (" << stars_text(t.stars) << ")\n";
    return;
  }
  for (const auto& q : t.questions) question_text(out, q, rules);
  out << "  score: " << t.percent << "%";
  if (t.from_cases) out << " = " << t.from_cases->str() << " pooled answers yes";
  if (t.from_cases && t.published) out << ", published " << *t.published << "%";
  if (!t.from_cases) out << " (published figure; no case answers)";
  out << "\n  computed: " << t.computed << " (" << stars_text(t.provisional_stars) << ", provisional)\n";
  if (t.rounding_crosses_band) out << "  warning: the printed percentage falls in another band; the exact figure decides\n";
  if (t.moderation)
    out << "  moderation: " << t.computed << " -> " << t.final_descriptor << " (" << stars_text(t.stars) << ")\n"
        << "    reason: " << *t.moderation << "\n";
  else
    out << "  final: " << t.final_descriptor << " (" << stars_text(t.stars) << ")\n";
}

Json question_json(const FjiQuestionScore& q) {
  Json out = {{"id", q.id}};
  if (q.percent) out["percent"] = *q.percent;
  if (q.from_cases) {
    out["yes"] = q.yes;
    out["answered"] = q.from_cases->denominator;
  }
  out["not_applicable"] = q.not_applicable;
  if (q.published) out["published"] = *q.published;
  return out;
}

Json theme_json(const FjiThemeScore& t) {
  Json out = {{"number", t.number}, {"key", t.key}, {"judged", t.judged}, {"descriptor", t.final_descriptor},
              {"stars", t.stars}};
  if (!t.judged) {
    out["percent"] = t.percent;
    out["computed"] = t.computed;
    out["provisional_stars"] = t.provisional_stars;
    if (t.from_cases) {
      out["yes"] = t.from_cases->numerator;
      out["answered"] = t.from_cases->denominator;
    }
    if (t.published) out["published"] = *t.published;
    out["rounding_crosses_band"] = t.rounding_crosses_band;
    Json questions = Json::array();
    for (const auto& q : t.questions) questions.push_back(question_json(q));
    out["questions"] = std::move(questions);
  }
  if (t.moderation) out["moderation"] = *t.moderation;
  return out;
}

}  // namespace

std::string audit_text(const FjiRun& run) {
  std::ostringstream out;
  rules_text(out, run.rules);
  out << "cases examined: " << run.scores.cases_examined << "\n\n";
  for (const auto& t : run.scores.themes) theme_text(out, t, run.rules);
  return out.str();
}

std::string audit_json(const FjiRun& run) {
  const FjiRules& rules = run.rules;
  Json bands = Json::array();
  for (const auto& b : rules.bands)
    bands.push_back(
        {{"descriptor", b.descriptor}, {"min_percent", b.min_percent}, {"stars", fji_stars_for(b.descriptor, rules)}});
  Json themes = Json::array();
  for (const auto& t : run.scores.themes) themes.push_back(theme_json(t));
  const Json out = {{"rules", {{"name", rules.name}, {"file", rules.file}, {"bands", std::move(bands)}}},
                    {"cases_examined", run.scores.cases_examined},
                    {"themes", std::move(themes)}};
  return json_text(out);
}

}  // namespace quire
