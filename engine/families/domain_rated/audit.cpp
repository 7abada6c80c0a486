// The audit trail of a scoring run, for inspectors to check every figure by hand.
#include <sstream>

#include "families/domain_rated/score.hpp"
#include "score/audit_text.hpp"

namespace quire {

namespace {

using audit_detail::Json;
using audit_detail::json_text;
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

Json standard_json(const StandardScore& s) {
  Json out = {{"number", s.number}, {"domain", s.domain}, {"judged", s.judged}};
  if (s.not_rated)
    out["not_rated"] = true;
  else
    out["rating"] = s.final_rating;
  if (!s.judged && !s.not_rated) {
    out["computed_rating"] = s.computed_rating;
    out["deciding_question"] = s.deciding_question;
    out["rounding_crosses_band"] = s.rounding_crosses_band;
    Json questions = Json::array();
    for (const auto& q : s.key_questions) {
      Json k = {{"id", q.id}, {"percent", q.percent}};
      if (q.from_cases) {
        k["yes"] = q.from_cases->numerator;
        k["answered"] = q.from_cases->denominator;
      }
      if (q.published) k["published"] = *q.published;
      questions.push_back(std::move(k));
    }
    out["key_questions"] = std::move(questions);
  }
  if (s.discretion) out["discretion"] = *s.discretion;
  out["counts_to_overall"] = s.counts_to_overall;
  return out;
}

// How a sample's domain was scored: from the case results, from published figures, by judgement.
std::string sample_basis(const SampleCount& sample, const DomainScores& report, const DomainRules& rules) {
  if (report.not_rated_domain(sample.domain)) return "not rated";
  if (sample.from_case_results) return "case results";
  for (const auto& d : rules.domains)
    if (d.number == sample.domain && d.judged) return "judged";
  return "published figures";
}

// "cases examined: 18 court_disposals (case results), 9 out_of_court_disposals (case results); 27 in all":
// each sample, so one sample is never taken for the whole.
void samples_text(std::ostringstream& out, const DomainScores& report, const DomainRules& rules) {
  out << "cases examined:";
  for (std::size_t i = 0; i < report.samples.size(); ++i) {
    const SampleCount& s = report.samples[i];
    out << (i ? ", " : " ") << s.cases << " " << s.key << " (" << sample_basis(s, report, rules) << ")";
  }
  out << "; " << report.cases_examined << " in all\n\n";
}

Json samples_json(const DomainScores& report, const DomainRules& rules) {
  Json out = Json::array();
  for (const auto& s : report.samples)
    out.push_back({{"key", s.key}, {"domain", s.domain}, {"cases", s.cases}, {"basis", sample_basis(s, report, rules)}});
  return out;
}

}  // namespace

std::string audit_text(const DomainScores& report, const DomainRules& rules) {
  std::ostringstream out;
  out << "rules: " << report.rules_name << " (" << report.rules_file << ")\n";
  out << "standard rating: " << rules.standard.method << "; bands " << bands_text(rules.standard.bands, "%")
      << " [" << rules.standard.provenance.status << ": " << rules.standard.provenance.evidence << "]\n";
  out << "overall rating: points ";
  for (const auto& rating : rules.scale) out << rating << "=" << rules.overall.points.at(rating) << " ";
  out << "; bands " << bands_text(rules.overall.bands, " points") << " [" << rules.overall.provenance.status << ": "
      << rules.overall.provenance.evidence << "]\n";
  out << "percentages: yes / (yes + no) over all cases, not applicable left out; printed rounded half up\n";
  samples_text(out, report, rules);
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

std::string audit_json(const DomainScores& report, const DomainRules& rules) {
  Json standard_bands = Json::array();
  for (const auto& b : rules.standard.bands) standard_bands.push_back({{"rating", b.rating}, {"min_percent", b.minimum}});
  Json overall_bands = Json::array();
  for (const auto& b : rules.overall.bands) overall_bands.push_back({{"rating", b.rating}, {"min_points", b.minimum}});
  Json not_rated = Json::array();
  for (const auto& d : report.not_rated) not_rated.push_back({{"number", d.number}, {"reason", d.reason}});
  Json standards = Json::array();
  int counted = 0;
  for (const auto& s : report.standards) {
    standards.push_back(standard_json(s));
    counted += s.counts_to_overall && !s.not_rated;
  }
  const Json out = {
      {"rules",
       {{"name", report.rules_name},
        {"file", report.rules_file},
        {"standard_method", rules.standard.method},
        {"standard_bands", std::move(standard_bands)},
        {"overall_bands", std::move(overall_bands)}}},
      {"samples", samples_json(report, rules)},
      {"cases_examined", report.cases_examined},
      {"not_rated_domains", std::move(not_rated)},
      {"standards", std::move(standards)},
      {"overall",
       {{"rating", report.overall.rating},
        {"points", report.overall.points},
        {"max_points", report.overall.max_points},
        {"standards_counted", counted}}}};
  return json_text(out);
}

std::string audit_text(const DomainRun& run) { return audit_text(run.scores, run.rules); }
std::string audit_json(const DomainRun& run) { return audit_json(run.scores, run.rules); }

}  // namespace quire
