#include "families/fji/score.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "base/text.hpp"
#include "families/fji/family.hpp"
#include "score/case_tally.hpp"

namespace quire {

namespace {

const FjiReport& fji_report(const Inspection& in) { return std::get<FjiReport>(in.body); }

std::string fraction_text(const Fraction& f) { return f.str() + " = " + std::to_string(f.rounded_percent()) + "%"; }

// Question id -> its answers pooled across cases (score/case_tally.hpp).
std::map<std::string, FjiQuestionScore> question_tallies(const CaseTally& tally) {
  std::map<std::string, FjiQuestionScore> tallies;
  for (const auto& [id, count] : tally.by_question) {
    FjiQuestionScore& t = tallies[id];
    t.yes = count.yes;
    t.no = count.no;
    t.not_applicable = count.not_applicable;
  }
  return tallies;
}

// Every theme of the rules once, in a known number, with one explanation subsection per section.
void check_structure(const Inspection& in, const FjiRules& rules, Diagnostics& diags) {
  std::string known;
  for (const auto& t : rules.themes) known += (known.empty() ? "" : ", ") + std::to_string(t.number);
  std::set<int> seen;
  for (const auto& t : fji_report(in).themes) {
    if (t.number.pos.line == 0) continue;  // no readable number: the loader has reported it
    const FjiThemeRule* rule = rules.find_theme(t.number.value);
    if (!rule) {
      diags.error(t.number.pos, "unknown-theme",
                  "theme " + std::to_string(t.number.value) + " is not a theme of " + rules.name + " (" + known + ")");
      continue;
    }
    if (!seen.insert(t.number.value).second)
      diags.error(t.number.pos, "duplicate-theme", "theme " + std::to_string(t.number.value) + " appears twice");
    // Without a readable 'explanation' list the loader has said why (missing, or not a list).
    if (t.explanation_pos.line > 0 && t.explanation.size() != rule->sections.size()) {
      std::string sections;
      for (const auto& s : rule->sections) sections += (sections.empty() ? "" : ", ") + s;
      diags.error(t.explanation_pos, "explanation-sections",
                  "theme " + std::to_string(rule->number) + "'s explanation of findings has " +
                      std::to_string(t.explanation.size()) + " subsections; " + rules.name + " gives it " +
                      std::to_string(rule->sections.size()) + " (" + sections + ")");
    }
  }
  // With no theme at all, the loader has said so once ("'themes' lists no theme", or the key is
  // missing): one line per theme of the rules would repeat it five times.
  if (fji_report(in).themes.empty()) return;
  for (const auto& rule : rules.themes)
    if (!seen.count(rule.number))
      diags.error(fji_report(in).themes_pos, "missing-theme",
                  "theme " + std::to_string(rule.number) + " (" + rule.key + ") of " + rules.name +
                      " is missing from 'themes'");
}

// Checks a question's case answers against its published figure, when both are given.
FjiQuestionScore score_question(const FjiQuestion& q, const std::map<std::string, FjiQuestionScore>& tallies,
                                const FjiThemeData& data, Diagnostics& diags) {
  FjiQuestionScore s;
  if (const auto t = tallies.find(q.id); t != tallies.end()) s = t->second;
  s.id = q.id;
  if (s.yes + s.no > 0) s.from_cases = Fraction{s.yes, s.yes + s.no};
  const auto published = data.question_scores.find(q.id);
  if (published != data.question_scores.end()) s.published = published->second.value;
  if (s.from_cases) s.percent = s.from_cases->rounded_percent();
  else s.percent = s.published;
  if (s.from_cases && s.published && *s.published != *s.percent)
    diags.error(published->second.pos, "published-differs-from-cases",
                "question " + q.id + ": the case answers give " + fraction_text(*s.from_cases) +
                    " but the data states " + std::to_string(*s.published) + "%");
  return s;
}

void report_unknown_questions(const FjiThemeRule& rule, const FjiThemeData& data, Diagnostics& diags) {
  for (const auto& [id, value] : data.question_scores) {
    const std::string& question = id;  // clang 14 cannot capture a structured binding
    const bool known = std::any_of(rule.questions.begin(), rule.questions.end(),
                                   [&](const FjiQuestion& q) { return q.id == question; });
    if (!known)
      diags.error(value.pos, "unknown-question",
                  "'" + id + "' is not a case assessment question of theme " + std::to_string(rule.number));
  }
}

// The theme's case assessment score: its questions pooled, else the published figure.
// `cases_unread`: the case file was reported unreadable, so a missing score is not reported again.
void score_case_assessment(FjiThemeScore& score, const FjiThemeData& data, const FjiRules& rules,
                           bool cases_unread, Diagnostics& diags) {
  std::int64_t yes = 0, answered = 0;
  for (const auto& q : score.questions)
    if (q.from_cases) {
      yes += q.from_cases->numerator;
      answered += q.from_cases->denominator;
    }
  if (data.case_score) score.published = data.case_score->value;
  if (answered > 0) {
    score.from_cases = score.exact = Fraction{yes, answered};
    score.percent = score.exact.rounded_percent();
    if (score.published && *score.published != score.percent)
      diags.error(data.case_score->pos, "published-differs-from-cases",
                  "theme " + std::to_string(score.number) + ": its questions' case answers pool to " +
                      fraction_text(score.exact) + " but the data states " + std::to_string(*score.published) + "%");
  } else if (score.published) {
    score.exact = Fraction{*score.published, 100};
    score.percent = *score.published;
  } else {
    if (cases_unread) return;
    diags.error(data.number.pos, "missing-score",
                "theme " + std::to_string(score.number) +
                    " has neither case answers for its questions nor a published 'case_score'");
    return;
  }
  score.computed = fji_descriptor_for(score.exact, rules);
  score.provisional_stars = fji_stars_for(score.computed, rules);
  const std::string printed = fji_descriptor_for(score.percent, rules);
  score.rounding_crosses_band = printed != score.computed;
  if (score.rounding_crosses_band)
    diags.warning(data.case_score ? data.case_score->pos : data.number.pos, "rounding-crosses-band",
                  "theme " + std::to_string(score.number) + " prints as " + std::to_string(score.percent) +
                      "% (band '" + printed + "') but is exactly " + score.exact.exact_str() + " (band '" +
                      score.computed + "'); the exact figure decides");
}

// The final descriptor: the stated one where judged; else computed, or moderated with a reason.
void apply_descriptor(FjiThemeScore& score, const FjiThemeData& data, const FjiRules& rules, Diagnostics& diags) {
  const std::string theme = "theme " + std::to_string(score.number);
  if (data.descriptor && rules.scale_index(data.descriptor->value) < 0) {
    diags.error(data.descriptor->pos, "unknown-descriptor",
                "unknown descriptor '" + data.descriptor->value + "'; expected one of " + rules.scale_list());
    return;
  }
  if (score.judged) {
    if (!data.descriptor)
      diags.error(data.number.pos, "missing-descriptor", theme + " is described by judgement: give its 'descriptor'");
    else
      score.final_descriptor = data.descriptor->value;
    if (data.moderation)
      diags.error(data.moderation->pos, "moderation-on-judged",
                  theme + " is judged; moderation applies to descriptors computed from cases");
    return;
  }
  score.final_descriptor = score.computed;
  if (!data.descriptor) {
    if (data.moderation)
      diags.error(data.moderation->pos, "moderation-without-descriptor",
                  theme + " records a moderation reason but not the 'descriptor' it led to");
    return;
  }
  if (score.computed.empty() || data.descriptor->value == score.computed) {
    if (data.moderation && !score.computed.empty())
      diags.warning(data.moderation->pos, "moderation-unchanged",
                    theme + " records a moderation reason but its descriptor equals the computed one");
    return;
  }
  if (!data.moderation) {
    diags.error(data.descriptor->pos, "descriptor-contradicts-rules",
                theme + " is described as '" + data.descriptor->value + "' but the rules give '" + score.computed +
                    "' from " + fraction_text(score.exact) +
                    "; correct the descriptor or record the moderation reason under 'moderation'");
    return;
  }
  const int steps = std::abs(rules.scale_index(data.descriptor->value) - rules.scale_index(score.computed));
  if (steps > rules.moderation_max_steps)
    diags.error(data.descriptor->pos, "moderation-too-far",
                theme + ": moderation may move a descriptor " + std::to_string(rules.moderation_max_steps) +
                    " grade(s) from the computed one (" + rules.file + ", moderation.bound); '" + score.computed +
                    "' to '" + data.descriptor->value + "' moves it " + std::to_string(steps));
  score.final_descriptor = data.descriptor->value;
  score.moderation = data.moderation->text;
}

FjiThemeScore score_theme(const FjiThemeRule& rule, const FjiThemeData& data, const FjiRules& rules,
                          const std::map<std::string, FjiQuestionScore>& tallies, bool cases_unread,
                          Diagnostics& diags) {
  FjiThemeScore score;
  score.number = rule.number;
  score.key = rule.key;
  score.judged = rule.judged;
  report_unknown_questions(rule, data, diags);
  if (rule.judged) {
    if (data.case_score)
      diags.error(data.case_score->pos, "judged-with-score",
                  "theme " + std::to_string(rule.number) + " is judged; it has no case assessment score");
  } else {
    for (const auto& q : rule.questions) score.questions.push_back(score_question(q, tallies, data, diags));
    score_case_assessment(score, data, rules, cases_unread, diags);
  }
  apply_descriptor(score, data, rules, diags);
  score.stars = fji_stars_for(score.final_descriptor, rules);
  return score;
}

void check_case_count(const FjiReport& report, const std::set<std::string>& cases, Diagnostics& diags) {
  if (cases.empty() || static_cast<int>(cases.size()) == report.cases_inspected.value) return;
  if (report.cases_inspected.pos.line == 0) return;  // no count read: the loader has said why
  diags.error(report.cases_inspected.pos, "case-count-mismatch",
              "case_sample says " + std::to_string(report.cases_inspected.value) + " cases were inspected, but the case "
              "results hold " + std::to_string(cases.size()));
}

}  // namespace

std::string fji_descriptor_for(const Fraction& score, const FjiRules& rules) {
  for (const auto& band : rules.bands)
    if (at_least_percent(score, band.min_percent)) return band.descriptor;
  return rules.bands.empty() ? std::string() : rules.bands.back().descriptor;
}

std::string fji_descriptor_for(int percent, const FjiRules& rules) { return fji_descriptor_for(Fraction{percent, 100}, rules); }

int fji_stars_for(const std::string& descriptor, const FjiRules& rules) {
  const auto it = rules.stars.find(descriptor);
  return it == rules.stars.end() ? 0 : it->second;
}

const FjiQuestionScore* FjiThemeScore::find(const std::string& id) const {
  for (const auto& q : questions)
    if (q.id == id) return &q;
  return nullptr;
}

const FjiThemeScore* FjiScores::find(int number) const {
  for (const auto& t : themes)
    if (t.number == number) return &t;
  return nullptr;
}

FjiScores score_fji(const Inspection& in, const FjiRules& rules, Diagnostics& diags) {
  FjiScores scores;
  check_structure(in, rules, diags);
  const CaseTally tally =
      tally_case_answers(in.cases, rules.question_ids(), "a case assessment question of " + rules.name, diags);
  const auto tallies = question_tallies(tally);
  scores.cases_examined = static_cast<int>(tally.cases.size());
  check_case_count(fji_report(in), tally.cases, diags);
  for (const auto& rule : rules.themes)
    if (const FjiThemeData* data = fji_report(in).find_theme(rule.number))
      scores.themes.push_back(score_theme(rule, *data, rules, tallies, in.cases_unread, diags));
  return scores;
}

// This family's rules are one file with no versions of their own, so its templates and labels are
// the family's.
const DomainRules* FjiFamily::framework(const FjiRun&) { return nullptr; }

}  // namespace quire
