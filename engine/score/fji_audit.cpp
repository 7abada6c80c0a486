// The FJI audit trail: each theme's questions with their answers, the pooled fraction checked against
// the published figure, the band and stars it falls in, and any moderation with its reason.
#include <cstdio>
#include <sstream>

#include "score/audit_text.hpp"
#include "score/fji.hpp"

namespace quire {

namespace {

using audit_detail::json_string;
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

void question_json(std::ostringstream& out, const FjiQuestionScore& q) {
  out << "{\"id\": " << json_string(q.id);
  if (q.percent) out << ", \"percent\": " << *q.percent;
  if (q.from_cases) out << ", \"yes\": " << q.yes << ", \"answered\": " << q.from_cases->denominator;
  out << ", \"not_applicable\": " << q.not_applicable;
  if (q.published) out << ", \"published\": " << *q.published;
  out << "}";
}

void theme_json(std::ostringstream& out, const FjiThemeScore& t) {
  out << "    {\"number\": " << t.number << ", \"key\": " << json_string(t.key)
      << ", \"judged\": " << (t.judged ? "true" : "false") << ", \"descriptor\": " << json_string(t.final_descriptor)
      << ", \"stars\": " << t.stars;
  if (!t.judged) {
    out << ", \"percent\": " << t.percent << ", \"computed\": " << json_string(t.computed)
        << ", \"provisional_stars\": " << t.provisional_stars;
    if (t.from_cases) out << ", \"yes\": " << t.from_cases->numerator << ", \"answered\": " << t.from_cases->denominator;
    if (t.published) out << ", \"published\": " << *t.published;
    out << ", \"rounding_crosses_band\": " << (t.rounding_crosses_band ? "true" : "false") << ", \"questions\": [";
    for (std::size_t i = 0; i < t.questions.size(); ++i) {
      if (i) out << ", ";
      question_json(out, t.questions[i]);
    }
    out << "]";
  }
  if (t.moderation) out << ", \"moderation\": " << json_string(*t.moderation);
  out << "}";
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
  std::ostringstream out;
  out << "{\n  \"rules\": {\"name\": " << json_string(rules.name) << ", \"file\": " << json_string(rules.file)
      << ", \"bands\": [";
  for (std::size_t i = 0; i < rules.bands.size(); ++i)
    out << (i ? ", " : "") << "{\"descriptor\": " << json_string(rules.bands[i].descriptor)
        << ", \"min_percent\": " << rules.bands[i].min_percent
        << ", \"stars\": " << fji_stars_for(rules.bands[i].descriptor, rules) << "}";
  out << "]},\n  \"cases_examined\": " << run.scores.cases_examined << ",\n  \"themes\": [\n";
  for (std::size_t i = 0; i < run.scores.themes.size(); ++i) {
    theme_json(out, run.scores.themes[i]);
    out << (i + 1 < run.scores.themes.size() ? "," : "") << "\n";
  }
  out << "  ]\n}\n";
  return out.str();
}

}  // namespace quire
