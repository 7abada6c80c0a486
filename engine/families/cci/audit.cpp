// The CCI audit trail: every score with the questions it pools, their answers, the published
// figure it was checked against and the band that gives its comment; and the programme table.
#include <sstream>

#include "families/cci/score.hpp"
#include "score/audit_text.hpp"

namespace quire {

namespace {

using audit_detail::Json;
using audit_detail::json_text;
using audit_detail::provenance_text;

const QuestionTally* find_tally(const CciScores& scores, const std::string& id) {
  for (const auto& t : scores.questions)
    if (t.id == id) return &t;
  return nullptr;
}

void score_line(std::ostringstream& out, const std::string& indent, const std::string& label, const CciScore& s) {
  out << indent << label << "  " << s.percent << "%";
  if (s.from_cases) out << "  = " << s.from_cases->str() << " answers yes (n/a left out)";
  if (s.published) out << (s.from_cases ? ", published " : "  published figure, no case answers: ") << *s.published << "%";
  else if (s.from_cases) out << ", not published";
  out << "  -> " << s.comment << "\n";
  if (s.rounding_crosses_band) out << indent << "  warning: the printed figure falls in another band; the exact figure decides\n";
}

void criterion_text(std::ostringstream& out, const CciRun& run, const CciCriterionRule& c) {
  const CciScore* s = run.scores.find_criterion(c.number);
  if (!s) return;
  score_line(out, "  ", c.number, *s);
  if (run.scores.cases_examined == 0) {
    out << "    questions:";
    for (const auto& q : c.questions) out << " " << q.id;
    out << " (no case answers)\n";
    return;
  }
  for (const auto& q : c.questions) {
    const QuestionTally* t = find_tally(run.scores, q.id);
    out << "    " << q.id << "  ";
    if (t) out << t->yes << "/" << (t->yes + t->no) << " yes, " << t->not_applicable << " n/a";
    out << "  " << q.about;
    if (!q.informs.empty()) {
      out << "  (key: informs";
      for (const auto& h : q.informs) out << " " << h;
      out << ")";
    }
    out << "\n";
  }
}

void comparison_text(std::ostringstream& out, const CciComparison& c, const CciRules& rules) {
  out << "\ncomparison: " << c.programme << " (" << c.file << "), " << c.inspections << " inspections ("
      << c.england << " England, " << c.wales << " Wales), scope " << rules.comparison.scope << " "
      << provenance_text(rules.comparison.provenance) << "\n";
  out << "  source: " << c.source << "\n";
  for (const auto& r : c.rows)
    out << "  " << r.headline << "  lowest " << r.lowest << "% (" << r.lowest_area << "), highest " << r.highest << "% ("
        << r.highest_area << "), average " << r.average.rounded_percent() << "% = " << r.average.numerator << "/"
        << r.average.denominator / 100 << " inspections\n";
}

Json score_json(const CciScore& s) {
  Json out = {{"id", s.id}, {"percent", s.percent}, {"comment", s.comment}};
  if (s.from_cases) {
    out["yes"] = s.from_cases->numerator;
    out["answered"] = s.from_cases->denominator;
  }
  if (s.published) out["published"] = *s.published;
  out["rounding_crosses_band"] = s.rounding_crosses_band;
  out["questions"] = s.questions;
  return out;
}

Json scores_json(const std::vector<CciScore>& list) {
  Json out = Json::array();
  for (const auto& s : list) out.push_back(score_json(s));
  return out;
}

Json comparison_json(const CciComparison& c) {
  Json rows = Json::array();
  for (const auto& r : c.rows)
    rows.push_back({{"headline", r.headline},
                    {"lowest", r.lowest},
                    {"highest", r.highest},
                    {"average", r.average.rounded_percent()},
                    {"sum", r.average.numerator}});
  return {{"programme", c.programme}, {"file", c.file},   {"inspections", c.inspections},
          {"england", c.england},     {"wales", c.wales}, {"rows", std::move(rows)}};
}

}  // namespace

std::string audit_text(const CciRun& run) {
  const CciRules& rules = run.rules;
  std::ostringstream out;
  out << "rules: " << rules.name << " (" << rules.file << ")\n";
  out << "pooling: yes / (yes + no) over every answer to a score's questions in every case; n/a left out; "
         "printed rounded half up "
      << provenance_text(rules.pooling) << "\n";
  out << "comment bands:\n";
  for (const auto& b : rules.comments)
    out << "  " << b.comment << " >= " << b.min_percent << "%  " << provenance_text(b.provenance) << "\n";
  out << "cases examined: " << run.scores.cases_examined << "\n";
  for (const auto& s : rules.sections) {
    out << "\n";
    if (const CciScore* score = run.scores.find_section(s.number))
      score_line(out, "", "section " + std::to_string(s.number) + " (" + s.key + ")", *score);
    for (const auto& c : s.criteria) criterion_text(out, run, c);
  }
  out << "\nheadlines:\n";
  for (const auto& h : run.scores.headlines) {
    score_line(out, "  ", h.id, h);
    out << "    key questions:";
    for (const auto& q : h.questions) out << " " << q;
    out << "\n";
    if (const CciHeadlineRule* rule = rules.find_headline(h.id))
      out << "    membership " << provenance_text(rule->provenance) << "\n";
  }
  out << "foreword: a headline below " << rules.foreword.stress_below_percent << "% is stressed "
      << provenance_text(rules.foreword.provenance) << "\n";
  if (run.scores.comparison) comparison_text(out, *run.scores.comparison, rules);
  return out.str();
}

std::string audit_json(const CciRun& run) {
  const CciRules& rules = run.rules;
  Json bands = Json::array();
  for (const auto& b : rules.comments)
    bands.push_back({{"comment", b.comment}, {"min_percent", b.min_percent}, {"status", b.provenance.status}});
  Json questions = Json::array();
  for (const auto& t : run.scores.questions)
    questions.push_back({{"id", t.id}, {"yes", t.yes}, {"no", t.no}, {"not_applicable", t.not_applicable}});
  Json out = {{"rules", {{"name", rules.name}, {"file", rules.file}, {"comment_bands", std::move(bands)}}},
              {"cases_examined", run.scores.cases_examined},
              {"questions", std::move(questions)},
              {"criteria", scores_json(run.scores.criteria)},
              {"sections", scores_json(run.scores.sections)},
              {"headlines", scores_json(run.scores.headlines)}};
  if (run.scores.comparison) out["comparison"] = comparison_json(*run.scores.comparison);
  return json_text(out);
}

}  // namespace quire
