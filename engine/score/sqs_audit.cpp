// The audit trail of an SQS letter: how each comparison word follows from the figures and the rules.
#include <cstdio>
#include <sstream>

#include "score/audit_text.hpp"
#include "score/sqs.hpp"

namespace quire {

namespace {

using audit_detail::json_string;
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
        << " paragraphs)";
  out << "\n";
  return out.str();
}

namespace {

void comparison_json(std::ostringstream& out, const RateComparison& c) {
  out << "{\"against\": " << json_string(c.against) << ", \"area\": " << json_string(c.area.text())
      << ", \"comparator\": " << json_string(c.comparator.text()) << ", \"difference_hundredths\": " << c.difference
      << ", \"direction\": " << json_string(direction_name(c.direction))
      << ", \"slightly\": " << (c.slightly ? "true" : "false") << ", \"words\": " << json_string(c.words());
  if (c.stated) out << ", \"as_published\": " << json_string(*c.stated);
  out << "}";
}

void provenance_json(std::ostringstream& out, const char* name, const Provenance& p) {
  out << json_string(name) << ": {\"status\": " << json_string(p.status)
      << ", \"evidence\": " << json_string(p.evidence) << "}";
}

}  // namespace

std::string audit_json(const SqsRun& run) {
  const SqsRules& rules = run.rules;
  const SqsScores& s = run.scores;
  std::ostringstream out;
  out << "{\n  \"rules\": {\"name\": " << json_string(rules.name) << ", \"file\": " << json_string(rules.file)
      << ", \"better\": " << json_string(rules.lower_is_better ? "lower" : "higher")
      << ", \"same_within\": " << json_string(rules.same_within.text())
      << ", \"slightly_within\": " << json_string(rules.slightly_within.text()) << ", \"contrasts\": [";
  for (std::size_t i = 0; i < rules.contrasts.size(); ++i)
    out << (i ? ", " : "") << "{\"previous_year\": " << json_string(direction_name(rules.contrasts[i].previous_year))
        << ", \"national\": " << json_string(direction_name(rules.contrasts[i].national)) << "}";
  out << "], \"provenance\": {";
  provenance_json(out, "direction", rules.direction_provenance);
  out << ", ";
  provenance_json(out, "same", rules.same_provenance);
  out << ", ";
  provenance_json(out, "slightly", rules.slightly_provenance);
  out << ", ";
  provenance_json(out, "conjunction", rules.conjunction_provenance);
  out << ", ";
  provenance_json(out, "sections", rules.sections_provenance);
  out << "}},\n  \"previous_year\": ";
  comparison_json(out, s.previous_year);
  out << ",\n  \"national\": ";
  comparison_json(out, s.national);
  out << ",\n  \"contrast\": " << (s.contrast ? "true" : "false") << ",\n  \"cases_examined\": " << s.cases_examined;
  if (s.cases_answered) out << ",\n  \"cases_answered\": " << *s.cases_answered;
  out << ",\n  \"sections\": [";
  for (std::size_t i = 0; i < s.sections.size(); ++i)
    out << (i ? ", " : "") << "{\"number\": " << s.sections[i].number << ", \"key\": " << json_string(s.sections[i].key)
        << ", \"paragraphs\": " << s.sections[i].paragraphs << "}";
  out << "]\n}\n";
  return out.str();
}

}  // namespace quire
