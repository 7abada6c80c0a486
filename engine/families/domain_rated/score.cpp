#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "base/text.hpp"
#include "families/domain_rated/family.hpp"
#include "families/domain_rated/score.hpp"
#include "families/domain_rated/score_checks.hpp"
#include "score/case_tally.hpp"

namespace quire {

using score_detail::CaseTallies;
using score_detail::domain_report;

namespace score_detail {

const DomainRatedReport& domain_report(const Inspection& in) { return std::get<DomainRatedReport>(in.body); }

namespace {

// Answers to a judged standard's key questions (the 2021 resettlement cases' 4.1.1, say) are not
// read, since inspectors rate that standard: said once for each place the question is named, with
// why and what to do, instead of the tally's "not a case-based key question; did you mean '2.1.1'?",
// which sent inspectors to the wrong question. The other answers are returned for the tally.
std::vector<CaseAnswer> without_judged_answers(const std::vector<CaseAnswer>& answers, const DomainRules& rules,
                                               const std::vector<std::string>& case_based, Diagnostics& diags) {
  std::map<std::string, std::string> standard_of_judged;
  for (const auto& d : rules.domains)
    for (const auto& s : d.standards)
      if (s.judged)
        for (const auto& q : s.key_questions) standard_of_judged[q] = s.number;
  const std::string range = case_based.empty() ? "none" : case_based.front() + " to " + case_based.back();
  std::vector<CaseAnswer> kept;
  std::set<std::tuple<std::string, int, int>> reported;
  for (const auto& a : answers) {
    const auto judged = standard_of_judged.find(a.question);
    if (judged == standard_of_judged.end()) {
      kept.push_back(a);
      continue;
    }
    const SourcePos& at = a.question_pos;
    if (!reported.emplace(at.file, at.line, at.column).second) continue;
    diags.error(at, "judged-question-answered",
                "'" + a.question + "' is a key question of standard " + judged->second +
                    ", which inspectors rate (judged): the case results hold answers to the case-based key "
                    "questions only (" + range + "); delete its answers, and give the number of cases examined "
                    "under 'methodology'");
  }
  return kept;
}

}  // namespace

CaseTallies tally_cases(const Inspection& in, const DomainRules& rules, Diagnostics& diags) {
  std::map<std::string, int> domain_of_question;  // case-based key questions only
  std::vector<std::string> case_based;
  for (const auto& d : rules.domains)
    for (const auto& s : d.standards)
      if (!s.judged)
        for (const auto& q : s.key_questions) {
          domain_of_question[q] = d.number;
          case_based.push_back(q);
        }
  const std::vector<CaseAnswer> answers = without_judged_answers(in.cases, rules, case_based, diags);
  CaseTallies t{tally_case_answers(answers, case_based, "a case-based key question of " + rules.name, diags), {},
                in.cases_unread};
  std::map<std::string, int> domain_of_case;
  for (const auto& a : in.cases) {
    const auto dq = domain_of_question.find(a.question);
    if (dq == domain_of_question.end()) continue;  // reported by the tally
    const auto [it, fresh] = domain_of_case.emplace(a.case_id, dq->second);
    if (!fresh && it->second != dq->second) {
      diags.error(a.pos, "case-in-two-domains",
                  "case " + a.case_id + " answers questions of domains " + std::to_string(it->second) + " and " +
                      std::to_string(dq->second) + "; a case belongs to one disposal type");
      continue;
    }
    t.cases_by_domain[dq->second].insert(a.case_id);
  }
  return t;
}

}  // namespace score_detail

namespace {

const StandardData* find_data(const Inspection& in, const std::string& number) {
  for (const auto& d : domain_report(in).domains)
    for (const auto& s : d.standards)
      if (s.number.value == number) return &s;
  return nullptr;
}

std::string fraction_text(const Fraction& f) {
  return f.str() + " = " + std::to_string(f.rounded_percent()) + "%";
}

// Whether some k/n, 0 <= k <= n, 1 <= n <= cases, prints as `percent` (rounded half up).
bool printable_from(int percent, int cases) {
  if (cases >= 100) return true;  // k/100 prints as every whole percentage
  for (int n = 1; n <= cases; ++n)
    for (int k = 0; k <= n; ++k)
      if (Fraction{k, n}.rounded_percent() == percent) return true;
  return false;
}

// A published "% yes" is yes / (yes + no) over at most the sample's cases, so it must be a figure some
// such count prints as (70% is not, from 9 cases: 2/3 prints 67%, 5/7 71%); the message names the
// nearest figures that are.
void check_printable(const std::string& id, const Located<int>& published, int cases, Diagnostics& diags) {
  if (cases <= 0 || printable_from(published.value, cases)) return;
  int below = published.value, above = published.value;
  while (below > 0 && !printable_from(below, cases)) --below;
  while (above < 100 && !printable_from(above, cases)) ++above;
  diags.error(published.pos, "impossible-percent",
              "key question " + id + ": " + std::to_string(published.value) + "% cannot come from " +
                  std::to_string(cases) + " cases or fewer (yes / (yes + no), rounded half up); the nearest possible " +
                  "figures are " + std::to_string(below) + "% and " + std::to_string(above) + "%");
}

// Scores one case-based key question from its answers and/or its published figure; `cases` is the
// number its domain's samples state (0 when they state none).
KeyQuestionScore score_question(const std::string& id, const StandardData& data, const CaseTallies& tallies,
                                bool domain_has_cases, int cases, Diagnostics& diags) {
  KeyQuestionScore k;
  k.id = id;
  const auto published = data.published_percent.find(id);
  if (published != data.published_percent.end()) k.published = published->second.value;
  const auto tally = tallies.answers.by_question.find(id);
  if (tally != tallies.answers.by_question.end() && tally->second.yes + tally->second.no > 0)
    k.from_cases = Fraction{tally->second.yes, tally->second.yes + tally->second.no};
  if (k.from_cases) {
    k.percent = k.from_cases->rounded_percent();
    if (k.published && *k.published != k.percent)
      diags.error(published->second.pos, "published-differs-from-cases",
                  "key question " + id + ": the case answers give " + fraction_text(*k.from_cases) +
                      " but the data states " + std::to_string(*k.published) + "%");
  } else if (k.published) {
    k.percent = *k.published;
    check_printable(id, published->second, cases, diags);
    if (domain_has_cases)
      diags.error(published->second.pos, "no-case-answers",
                  "key question " + id + " has a published figure but no yes/no answer in the case results, "
                  "which cover its domain");
  } else {
    diags.error(data.number.pos, "missing-score",
                "key question " + id + " has neither case answers nor a published '% yes' under key_questions");
  }
  return k;
}

// The exact score of a key question: from cases, else the published whole percentage.
Fraction exact_score(const KeyQuestionScore& k) {
  if (k.from_cases) return *k.from_cases;
  return Fraction{k.percent, 100};
}

// Reports a rating that is not a key of the scale; true when it is one. A rating typed as the
// report prints it ("Good", "Requires improvement") is named with its key.
bool known_rating(const Located<std::string>& rating, const DomainRules& rules, Diagnostics& diags) {
  if (rules.scale_index(rating.value) >= 0) return true;
  std::string as_key;
  for (const char c : rating.value)
    as_key += (c == ' ' || c == '-') ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  std::string message = "unknown rating '" + rating.value + "'; ";
  if (rules.scale_index(as_key) >= 0) message += "write it as its key, '" + as_key + "'; the report prints the words; ";
  message += "expected one of ";
  for (std::size_t i = 0; i < rules.scale.size(); ++i) message += (i ? ", " : "") + rules.scale[i];
  diags.error(rating.pos, "unknown-rating", message);
  return false;
}

void apply_rating_from_data(StandardScore& score, const StandardData& data, const DomainRules& rules,
                            Diagnostics& diags) {
  if (data.rating && !known_rating(*data.rating, rules, diags)) return;
  if (score.judged) {
    if (!data.rating)
      diags.error(data.number.pos, "missing-rating",
                  "standard " + score.number + " is rated by judgement: give its 'rating'");
    else
      score.final_rating = data.rating->value;
    if (data.discretion)
      diags.error(data.discretion->pos, "discretion-on-judged",
                  "standard " + score.number + " is judged; professional discretion applies to case-based ratings");
    return;
  }
  score.final_rating = score.computed_rating;
  if (!data.rating) {
    if (data.discretion)
      diags.error(data.discretion->pos, "discretion-without-rating",
                  "standard " + score.number + " records discretion but not the 'rating' it led to");
    return;
  }
  if (data.rating->value == score.computed_rating) {
    if (data.discretion)
      diags.warning(data.discretion->pos, "discretion-unchanged",
                    "standard " + score.number + " records discretion but its rating equals the computed one");
    return;
  }
  const KeyQuestionScore* decider = score.find(score.deciding_question);
  const std::string why = decider ? " from its lowest key question " + decider->id + " (" +
                                        (decider->from_cases ? fraction_text(*decider->from_cases)
                                                             : std::to_string(decider->percent) + "%") +
                                        ")"
                                  : "";
  if (!data.discretion) {
    diags.error(data.rating->pos, "rating-contradicts-rules",
                "standard " + score.number + " is rated '" + data.rating->value + "' but the rules give '" +
                    score.computed_rating + "'" + why +
                    "; correct the rating or record the professional-discretion reason under 'discretion'");
    return;
  }
  const int steps = std::abs(rules.scale_index(data.rating->value) - rules.scale_index(score.computed_rating));
  if (steps > rules.discretion.max_steps)
    diags.error(data.rating->pos, "discretion-too-far",
                "standard " + score.number + ": discretion may move a rating " +
                    std::to_string(rules.discretion.max_steps) + " grade(s), here it moves " + std::to_string(steps));
  score.final_rating = data.rating->value;
  score.discretion = data.discretion->text;
}

StandardScore score_standard(const FrameworkDomain& domain, const FrameworkStandard& fs, const StandardData& data,
                             const DomainRules& rules, const CaseTallies& tallies, int cases, Diagnostics& diags) {
  // Case answers may cover some domains only; the others keep their published figures.
  const bool have_cases = tallies.cases_by_domain.count(domain.number) > 0;
  StandardScore score;
  score.number = fs.number;
  score.domain = domain.number;
  score.judged = fs.judged;
  score.counts_to_overall = fs.counts_to_overall;
  for (const auto& [id, value] : data.published_percent)
    if (std::find(fs.key_questions.begin(), fs.key_questions.end(), id) == fs.key_questions.end())
      diags.error(value.pos, "unknown-question", "'" + id + "' is not a key question of standard " + fs.number);
  const bool root_reported = data.figures_refused || (tallies.unread && data.published_percent.empty());
  if (!fs.judged && root_reported && !have_cases) {
    // The loader reported the refused "% yes", or the unreadable case file: that is the root problem.
    // Nothing is computed from the rest, so no "neither answers nor a figure" and no contradiction
    // with a 0% follow from it.
    if (data.rating) score.final_rating = data.rating->value;
    score.unscored = true;
    return score;
  }
  if (!fs.judged) {
    for (const auto& id : fs.key_questions)
      score.key_questions.push_back(score_question(id, data, tallies, have_cases, cases, diags));
    const KeyQuestionScore* lowest = nullptr;
    for (const auto& k : score.key_questions) {
      const Fraction f = exact_score(k);
      if (!lowest || f.numerator * exact_score(*lowest).denominator < exact_score(*lowest).numerator * f.denominator)
        lowest = &k;
    }
    if (lowest) {
      score.deciding_question = lowest->id;
      score.computed_rating = band_for(exact_score(*lowest), rules.standard.bands);
      score.rounding_crosses_band = band_for(lowest->percent, rules.standard.bands) != score.computed_rating;
      if (score.rounding_crosses_band)
        diags.warning(data.number.pos, "rounding-crosses-band",
                      "standard " + fs.number + ": " + lowest->id + " prints as " + std::to_string(lowest->percent) +
                          "% (band '" + band_for(lowest->percent, rules.standard.bands) + "') but is exactly " +
                          exact_score(*lowest).exact_str() + " (band '" + score.computed_rating +
                          "'); the exact figure decides");
    }
  } else if (!data.published_percent.empty()) {
    diags.error(data.published_percent.begin()->second.pos, "judged-with-percent",
                "standard " + fs.number + " is judged; its key questions carry no '% yes'");
  }
  apply_rating_from_data(score, data, rules, diags);
  return score;
}

OverallScore score_overall(const Inspection& in, const DomainRules& rules, const std::vector<StandardScore>& standards,
                           Diagnostics& diags) {
  OverallScore overall;
  int best = 0;
  bool unscored = false;  // a standard the data's own errors left without a score
  for (const auto& [rating, points] : rules.overall.points) best = std::max(best, points);
  for (const auto& s : standards) {
    if (s.counts_to_overall && s.unscored) unscored = true;
    if (!s.counts_to_overall || s.final_rating.empty()) continue;
    const auto p = rules.overall.points.find(s.final_rating);
    if (p != rules.overall.points.end()) overall.points += p->second;
    overall.max_points += best;
  }
  overall.rating = band_for(overall.points, rules.overall.bands);
  const auto& stated = domain_report(in).overall_rating;
  if (stated && !known_rating(*stated, rules, diags)) return overall;
  if (stated && stated->value != overall.rating && !unscored)
    diags.error(stated->pos, "rating-contradicts-rules",
                "the overall rating is given as '" + stated->value + "' but the rules give '" +
                    overall.rating + "' (" + std::to_string(overall.points) + "/" + std::to_string(overall.max_points) +
                    " points)");
  return overall;
}

}  // namespace

DomainScores score_domain_rated(const Inspection& in, const DomainRules& rules, Diagnostics& diags) {
  DomainScores report;
  report.rules_name = rules.name;
  report.rules_file = rules.file;
  report.not_rated = score_detail::check_not_rated(in, rules, diags);
  score_detail::check_structure(in, rules, report.not_rated, diags);
  const CaseTallies tallies = score_detail::tally_cases(in, rules, diags);
  score_detail::check_case_counts(in, rules, tallies, report.not_rated, diags);
  score_detail::check_sample_shares(in, diags);
  report.samples = score_detail::sample_counts(in, rules, tallies);
  for (const auto& sample : report.samples) report.cases_examined += sample.cases;
  for (const auto& d : rules.domains)
    for (const auto& fs : d.standards) {
      if (report.not_rated_domain(d.number)) {
        report.standards.push_back(score_detail::not_rated_standard(d, fs));
        continue;
      }
      if (const StandardData* data = find_data(in, fs.number))
        report.standards.push_back(score_standard(d, fs, *data, rules, tallies, report.cases_for_domain(d.number), diags));
    }
  report.overall = score_overall(in, rules, report.standards, diags);
  return report;
}

// Each rules file of this family is a framework version (data/rules/domain-*.yaml), which may name
// its own templates, labels and wording.
const DomainRules* DomainRatedFamily::framework(const DomainRun& run) { return &run.rules; }

}  // namespace quire
