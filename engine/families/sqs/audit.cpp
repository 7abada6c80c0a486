// The audit trail of an SQS letter: how each comparison word follows from the figures and the rules.
#include <sstream>

#include "families/sqs/score.hpp"
#include "score/audit_text.hpp"

namespace quire {

namespace {

using audit_detail::Json;
using audit_detail::json_text;
using audit_detail::provenance_text;

// A difference in points, printed to the precision of the figures compared.
std::string points(const RateComparison& c) {
  const int decimals = c.area.decimals > c.comparator.decimals ? c.area.decimals : c.comparator.decimals;
  return DecimalFigure{c.difference, decimals}.text();
}

std::string pair_text(const DirectionPair& p) {
  return direction_name(p.previous_year) + " then " + direction_name(p.national);
}

void comparison_text(std::ostringstream& out, const RateComparison& c, const char* against, const SqsRules& rules) {
  out << "  against " << against << ": " << c.comparator.text() << "% -> ";
  if (c.direction == Direction::same) {
    out << "a difference of " << points(c) << " points, within " << rules.same_within.text() << ": same\n";
  } else {
    const bool area_lower = c.area.hundredths < c.comparator.hundredths;
    out << points(c) << " points " << (area_lower ? "lower" : "higher") << ": " << direction_name(c.direction) << ", "
        << (c.slightly ? "within " + rules.slightly_within.text() + ": slightly"
                       : "more than " + rules.slightly_within.text() + ": not slightly")
        << " -> " << c.words() << "\n";
  }
  if (c.stated)
    out << "    as published: " << *c.stated << (*c.stated == c.words() ? " (agrees)" : " (CONTRADICTS the figures)")
        << "\n";
}

void rules_text(std::ostringstream& out, const SqsRules& rules) {
  out << "rules: " << rules.name << " (" << rules.file << ")\n";
  out << "better: the " << (rules.lower_is_better ? "lower" : "higher") << " rate "
      << provenance_text(rules.direction_provenance) << "\n";
  out << "the same: a difference of at most " << rules.same_within.text() << " points "
      << provenance_text(rules.same_provenance) << "\n";
  out << "slightly: a difference of at most " << rules.slightly_within.text() << " points "
      << provenance_text(rules.slightly_provenance) << "\n";
  out << "joined as a contrast: ";
  for (std::size_t i = 0; i < rules.contrasts.size(); ++i) out << (i ? ", " : "") << pair_text(rules.contrasts[i]);
  out << (rules.contrasts.empty() ? "no pair" : "") << "; any other pair plainly "
      << provenance_text(rules.conjunction_provenance) << "\n";
  out << "sections: ";
  for (std::size_t i = 0; i < rules.sections.size(); ++i)
    out << (i ? ", " : "") << rules.sections[i].number << " " << rules.sections[i].key;
  out << " " << provenance_text(rules.sections_provenance) << "\n";
}

}  // namespace

std::string audit_text(const SqsRun& run) {
  const SqsScores& s = run.scores;
  std::ostringstream out;
  rules_text(out, run.rules);
  out << "\nreoffending rate: " << s.national.area.text() << "%\n";
  comparison_text(out, s.previous_year, "the previous year", run.rules);
  comparison_text(out, s.national, "the England and Wales average", run.rules);
  out << "  joined as: " << (s.contrast ? "a contrast" : "plain") << " (" << direction_name(s.previous_year.direction)
      << " then " << direction_name(s.national.direction) << ")\n";
  out << "\ncases examined: " << s.cases_examined;
  if (s.cases_answered) out << " (case file: " << *s.cases_answered << ")";
  out << "\ncommentary: ";
  for (std::size_t i = 0; i < s.sections.size(); ++i)
    out << (i ? ", " : "") << s.sections[i].number << " " << s.sections[i].key << " (" << s.sections[i].paragraphs
        << (s.sections[i].paragraphs == 1 ? " paragraph)" : " paragraphs)");
  out << "\n";
  return out.str();
}

namespace {

Json comparison_json(const RateComparison& c) {
  Json out = {{"against", c.against},
              {"area", c.area.text()},
              {"comparator", c.comparator.text()},
              {"difference_hundredths", c.difference},
              {"direction", direction_name(c.direction)},
              {"slightly", c.slightly},
              {"words", c.words()}};
  if (c.stated) out["as_published"] = *c.stated;
  return out;
}

Json provenance_json(const Provenance& p) { return {{"status", p.status}, {"evidence", p.evidence}}; }

Json rules_json(const SqsRules& rules) {
  Json contrasts = Json::array();
  for (const auto& c : rules.contrasts)
    contrasts.push_back({{"previous_year", direction_name(c.previous_year)}, {"national", direction_name(c.national)}});
  return {{"name", rules.name},
          {"file", rules.file},
          {"better", rules.lower_is_better ? "lower" : "higher"},
          {"same_within", rules.same_within.text()},
          {"slightly_within", rules.slightly_within.text()},
          {"contrasts", std::move(contrasts)},
          {"provenance",
           {{"direction", provenance_json(rules.direction_provenance)},
            {"same", provenance_json(rules.same_provenance)},
            {"slightly", provenance_json(rules.slightly_provenance)},
            {"conjunction", provenance_json(rules.conjunction_provenance)},
            {"sections", provenance_json(rules.sections_provenance)}}}};
}

}  // namespace

std::string audit_json(const SqsRun& run) {
  const SqsScores& s = run.scores;
  Json out = {{"rules", rules_json(run.rules)},
              {"previous_year", comparison_json(s.previous_year)},
              {"national", comparison_json(s.national)},
              {"contrast", s.contrast},
              {"cases_examined", s.cases_examined}};
  if (s.cases_answered) out["cases_answered"] = *s.cases_answered;
  Json sections = Json::array();
  for (const auto& section : s.sections)
    sections.push_back({{"number", section.number}, {"key", section.key}, {"paragraphs", section.paragraphs}});
  out["sections"] = std::move(sections);
  return json_text(out);
}

}  // namespace quire
