// The audit trail of a scoring run, for inspectors to check every figure by hand.
#include <cstdio>
#include <sstream>

#include "score/audit_text.hpp"
#include "score/score.hpp"

namespace quire {

namespace {

using audit_detail::json_string;
using audit_detail::provenance_text;

std::string bands_text(const std::vector<Band>& bands, const char* unit) {
  std::string out;
  for (const auto& b : bands) out += (out.empty() ? "" : ", ") + b.rating + " >= " + std::to_string(b.minimum) + unit;
  return out;
}

void key_question_text(std::ostringstream& out, const KeyQuestionScore& k, bool deciding) {
  out << "    " << k.id << "  " << k.percent << "%";
  if (k.from_cases) out << "  = " << k.from_cases->str() << " cases answered yes (n/a left out)";
  if (k.published) out << (k.from_cases ? ", published " : "  published figure, no case answers: ") << *k.published << "%";
  if (deciding) out << "  <- lowest: decides";
  out << "\n";
}

void standard_text(std::ostringstream& out, const StandardScore& s) {
  if (s.not_rated) {
    out << "  " << s.number << "  not rated (its domain was not rated)\n";
    return;
  }
  out << "  " << s.number << "  " << s.final_rating;
  if (!s.counts_to_overall) out << "  (rated separately: does not count towards the overall rating)";
  if (s.judged) {
    out << "  (judged by inspectors; no case score)\n";
    return;
  }
  out << "\n";
  for (const auto& k : s.key_questions) key_question_text(out, k, k.id == s.deciding_question);
  out << "    computed: " << s.computed_rating << " (lowest key question " << s.deciding_question << ")\n";
  if (s.rounding_crosses_band) out << "    warning: the printed percentage falls in another band; the exact figure decides\n";
  if (s.discretion) out << "    professional discretion: " << s.computed_rating << " -> " << s.final_rating << "\n"
                        << "      reason: " << *s.discretion << "\n";
}

}  // namespace

std::string audit_text(const ScoreReport& report, const RuleSet& rules) {
  std::ostringstream out;
  out << "rules: " << report.rules_name << " (" << report.rules_file << ")\n";
  out << "standard rating: " << rules.standard.method << "; bands " << bands_text(rules.standard.bands, "%")
      << " [" << rules.standard.provenance.status << ": " << rules.standard.provenance.evidence << "]\n";
  out << "overall rating: points ";
  for (const auto& rating : rules.scale) out << rating << "=" << rules.overall.points.at(rating) << " ";
  out << "; bands " << bands_text(rules.overall.bands, " points") << " [" << rules.overall.provenance.status << ": "
      << rules.overall.provenance.evidence << "]\n";
  out << "percentages: yes / (yes + no) over all cases, not applicable left out; printed rounded half up\n";
  out << "cases examined: " << report.cases_examined << "\n\n";
  int domain = 0;
  for (const auto& s : report.standards) {
    if (s.domain != domain) {
      domain = s.domain;
      out << "domain " << domain;
      if (const NotRatedDomain* n = report.not_rated_domain(domain)) out << "  not rated: " << n->reason;
      out << "\n";
    }
    standard_text(out, s);
  }
  int counted = 0;
  for (const auto& s : report.standards) counted += s.counts_to_overall && !s.not_rated;
  out << "\noverall: " << report.overall.rating << " (" << report.overall.points << "/" << report.overall.max_points
      << " points";
  if (counted != static_cast<int>(report.standards.size()))
    out << ", over the " << counted << " of " << report.standards.size() << " standards that count";
  out << ")\n";
  return out.str();
}

std::string audit_json(const ScoreReport& report, const RuleSet& rules) {
  std::ostringstream out;
  out << "{\n  \"rules\": {\"name\": " << json_string(report.rules_name) << ", \"file\": " << json_string(report.rules_file)
      << ", \"standard_method\": " << json_string(rules.standard.method) << ", \"standard_bands\": [";
  for (std::size_t i = 0; i < rules.standard.bands.size(); ++i)
    out << (i ? ", " : "") << "{\"rating\": " << json_string(rules.standard.bands[i].rating)
        << ", \"min_percent\": " << rules.standard.bands[i].minimum << "}";
  out << "], \"overall_bands\": [";
  for (std::size_t i = 0; i < rules.overall.bands.size(); ++i)
    out << (i ? ", " : "") << "{\"rating\": " << json_string(rules.overall.bands[i].rating)
        << ", \"min_points\": " << rules.overall.bands[i].minimum << "}";
  out << "]},\n  \"cases_examined\": " << report.cases_examined << ",\n  \"not_rated_domains\": [";
  for (std::size_t i = 0; i < report.not_rated.size(); ++i)
    out << (i ? ", " : "") << "{\"number\": " << report.not_rated[i].number
        << ", \"reason\": " << json_string(report.not_rated[i].reason) << "}";
  out << "],\n  \"standards\": [\n";
  for (std::size_t i = 0; i < report.standards.size(); ++i) {
    const auto& s = report.standards[i];
    out << "    {\"number\": " << json_string(s.number) << ", \"domain\": " << s.domain
        << ", \"judged\": " << (s.judged ? "true" : "false");
    if (s.not_rated) out << ", \"not_rated\": true";
    else out << ", \"rating\": " << json_string(s.final_rating);
    if (!s.judged && !s.not_rated) {
      out << ", \"computed_rating\": " << json_string(s.computed_rating)
          << ", \"deciding_question\": " << json_string(s.deciding_question)
          << ", \"rounding_crosses_band\": " << (s.rounding_crosses_band ? "true" : "false") << ", \"key_questions\": [";
      for (std::size_t k = 0; k < s.key_questions.size(); ++k) {
        const auto& q = s.key_questions[k];
        out << (k ? ", " : "") << "{\"id\": " << json_string(q.id) << ", \"percent\": " << q.percent;
        if (q.from_cases) out << ", \"yes\": " << q.from_cases->numerator << ", \"answered\": " << q.from_cases->denominator;
        if (q.published) out << ", \"published\": " << *q.published;
        out << "}";
      }
      out << "]";
    }
    if (s.discretion) out << ", \"discretion\": " << json_string(*s.discretion);
    out << ", \"counts_to_overall\": " << (s.counts_to_overall ? "true" : "false") << "}" << (i + 1 < report.standards.size() ? "," : "") << "\n";
  }
  int counted = 0;
  for (const auto& s : report.standards) counted += s.counts_to_overall && !s.not_rated;
  out << "  ],\n  \"overall\": {\"rating\": " << json_string(report.overall.rating) << ", \"points\": "
      << report.overall.points << ", \"max_points\": " << report.overall.max_points
      << ", \"standards_counted\": " << counted << "}\n}\n";
  return out.str();
}

}  // namespace quire
