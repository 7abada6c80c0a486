// CCI scoring (../shared/docs/scoring-rules.md): a criterion pools all its questions, a section
// all questions of its criteria, a headline the key questions that inform it. Exact fractions
// decide the comment band; the printed figure is rounded half up.
#include "families/cci/score.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "base/text.hpp"
#include "families/cci/family.hpp"
#include "score/case_tally.hpp"

namespace quire {

namespace {

const CciReport& cci_report(const Inspection& in) { return std::get<CciReport>(in.body); }

std::string fraction_text(const Fraction& f) { return f.str() + " = " + std::to_string(f.rounded_percent()) + "%"; }

// "119/200 = 59.5%": the exact figure, to one decimal place, where rounding matters.

// Answers per question, in the rules' order (score/case_tally.hpp).
std::vector<QuestionTally> question_tallies(const CaseTally& tally, const CciRules& rules) {
  std::vector<QuestionTally> out;
  for (const auto& id : rules.question_ids()) {
    QuestionTally& t = out.emplace_back();
    t.id = id;
    if (const auto it = tally.by_question.find(id); it != tally.by_question.end()) {
      t.yes = it->second.yes;
      t.no = it->second.no;
      t.not_applicable = it->second.not_applicable;
    }
  }
  return out;
}

// What the data says about one score: its published figure and where a problem with it is shown.
struct Stated {
  std::optional<Located<int>> published;
  SourcePos pos;
  std::string what;  // "criterion 1.2", for messages
  std::string fix = "give its 'score'";  // what to write when there is neither answers nor a score
  bool absent = false;  // the section or criterion itself is missing, and reported so: said once
  bool cases_unread = false;  // the case file was reported unreadable: a missing score is not said again
};

CciScore pool(const std::string& id, const std::vector<std::string>& questions,
              const std::vector<QuestionTally>& tallies, const Stated& stated, bool have_cases, const CciRules& rules,
              Diagnostics& diags) {
  CciScore s;
  s.id = id;
  s.questions = questions;
  std::int64_t yes = 0, answered = 0;
  for (const auto& t : tallies)
    if (std::find(questions.begin(), questions.end(), t.id) != questions.end()) {
      yes += t.yes;
      answered += t.yes + t.no;
    }
  if (stated.published) s.published = stated.published->value;
  if (answered > 0) {
    s.from_cases = Fraction{yes, answered};
    s.exact = *s.from_cases;
    s.percent = s.from_cases->rounded_percent();
    if (s.published && *s.published != s.percent)
      diags.error(stated.published->pos, "published-differs-from-cases",
                  stated.what + ": the case answers give " + fraction_text(*s.from_cases) + " but the data states " +
                      std::to_string(*s.published) + "%");
  } else if (s.published) {
    s.exact = Fraction{*s.published, 100};
    s.percent = *s.published;
    if (have_cases)
      diags.error(stated.published->pos, "no-case-answers",
                  stated.what + " has a published figure but no yes/no answer among the case results");
  } else {
    if (!stated.absent && !stated.cases_unread)
      diags.error(stated.pos, "missing-score",
                  stated.what + " has neither case answers nor a published score: " + stated.fix);
    return s;
  }
  s.comment = cci_comment_for(s.exact, rules);
  const std::string printed = cci_comment_for(s.percent, rules);
  s.rounding_crosses_band = printed != s.comment;
  if (s.rounding_crosses_band)
    diags.warning(stated.published ? stated.published->pos : stated.pos, "rounding-crosses-band",
                  stated.what + " prints as " + std::to_string(s.percent) + "% (comment '" + printed +
                      "') but is exactly " + s.exact.exact_str() + " (comment '" + s.comment +
                      "'); the exact figure decides");
  return s;
}

std::vector<std::string> question_ids(const CciCriterionRule& c) {
  std::vector<std::string> ids;
  for (const auto& q : c.questions) ids.push_back(q.id);
  return ids;
}

// Each section and criterion of the rules the data lacks, shown at the list that lacks it: a
// criterion at its section's 'criteria', a section (and so its criteria, said once) at 'sections'.
// With no section at all the loader has said so once ('sections' missing or empty).
void check_missing(const CciReport& report, const CciRules& rules, const std::set<int>& seen_sections,
                   const std::set<std::string>& seen, Diagnostics& diags) {
  if (report.sections.empty()) return;
  for (const auto& s : rules.sections) {
    if (!seen_sections.count(s.number)) {
      diags.error(report.sections_pos, "missing-section",
                  "section " + std::to_string(s.number) + " of " + rules.name + " is missing from 'sections'");
      continue;
    }
    const SectionData* data = report.find_section(s.number);
    for (const auto& c : s.criteria)
      if (!seen.count(c.number))
        diags.error(data && data->criteria_pos.line > 0 ? data->criteria_pos : report.sections_pos, "missing-criterion",
                    "criterion " + c.number + " of " + rules.name + " is missing from section " +
                        std::to_string(s.number) + "'s 'criteria'");
  }
}

void check_structure(const Inspection& in, const CciRules& rules, Diagnostics& diags) {
  std::vector<std::string> known;
  for (const auto& s : rules.sections)
    for (const auto& c : s.criteria) known.push_back(c.number);
  std::set<int> seen_sections;
  std::set<std::string> seen;
  for (const auto& s : cci_report(in).sections) {
    if (s.number.pos.line == 0) continue;  // no readable number: the loader has reported it
    if (!rules.find_section(s.number.value))
      diags.error(s.number.pos, "unknown-section", "section " + std::to_string(s.number.value) + " is not in " + rules.name);
    if (!seen_sections.insert(s.number.value).second)
      diags.error(s.number.pos, "duplicate-section", "section " + std::to_string(s.number.value) + " appears twice");
    for (const auto& c : s.criteria) {
      const std::string& n = c.number.value;
      if (c.number.pos.line == 0) continue;  // as above
      if (!rules.find_criterion(n)) {
        std::string message = "unknown general criterion '" + n + "' in " + rules.name;
        if (auto near = closest_match(n, known)) message += "; did you mean '" + *near + "'?";
        diags.error(c.number.pos, "unknown-criterion", message);
      } else if (n.rfind(std::to_string(s.number.value) + ".", 0) != 0) {
        diags.error(c.number.pos, "criterion-in-wrong-section",
                    "criterion " + n + " does not belong to section " + std::to_string(s.number.value));
      }
      if (!seen.insert(n).second) diags.error(c.number.pos, "duplicate-criterion", "criterion " + n + " appears twice");
    }
  }
  check_missing(cci_report(in), rules, seen_sections, seen, diags);
  for (const auto& [key, value] : cci_report(in).headline_scores)
    if (!rules.find_headline(key)) {
      std::string message = "unknown headline '" + key + "'";
      if (auto near = closest_match(key, rules.headline_keys())) message += "; did you mean '" + *near + "'?";
      diags.error(value.pos, "unknown-headline", message);
    }
}

// An example names its section and criterion; a criterion of another section is worth a look.
void check_practice_examples(const CciReport& report, const CciRules& rules, Diagnostics& diags) {
  for (const auto& e : report.practice_examples) {
    // A section or criterion the loader could not read (missing, or the wrong type) it has reported.
    const bool section = e.section.pos.line > 0, criterion = e.criterion.pos.line > 0;
    if (section && !rules.find_section(e.section.value))
      diags.error(e.section.pos, "unknown-section", "section " + std::to_string(e.section.value) + " is not in " + rules.name);
    if (criterion && !rules.find_criterion(e.criterion.value))
      diags.error(e.criterion.pos, "unknown-criterion", "unknown general criterion '" + e.criterion.value + "'");
    else if (section && criterion && e.criterion.value.rfind(std::to_string(e.section.value) + ".", 0) != 0)
      diags.warning(e.criterion.pos, "criterion-outside-section",
                    "this example is placed under section " + std::to_string(e.section.value) + " but criterion " +
                        e.criterion.value + " belongs to section " + e.criterion.value.substr(0, 1));
  }
}

void check_case_count(const CciReport& report, const std::set<std::string>& cases, Diagnostics& diags) {
  const Located<int>& stated = report.arrangements.cases;
  if (cases.empty() || stated.pos.line == 0) return;  // no figure read: the loader has said why
  if (static_cast<int>(cases.size()) != stated.value)
    diags.error(stated.pos, "case-count-mismatch",
                "'arrangements' says " + std::to_string(stated.value) + " cases were examined, but the case results hold " +
                    std::to_string(cases.size()));
}

// The methodology prints the rules' range of cases; a sample outside it must be explained by the data.
void check_sample_range(const CciReport& report, const CciRules& rules, Diagnostics& diags) {
  const Located<int>& stated = report.arrangements.cases;
  const CciSampleRule& range = rules.sample;
  if (range.max_cases == 0 || report.arrangements.sample_note || stated.pos.line == 0) return;
  if (stated.value >= range.min_cases && stated.value <= range.max_cases) return;
  diags.warning(stated.pos, "sample-outside-range",
                std::to_string(stated.value) + " cases is outside the methodology's \"between " +
                    std::to_string(range.min_cases) + " and " + std::to_string(range.max_cases) +
                    " individual cases\" (" + rules.file + ", sample); say why under 'arrangements: sample_note'");
}

// Where a section (0) or a criterion of section `section` the data lacks is shown: at the list that
// lacks it, as check_missing does, or at the inspection's map when there is no list.
SourcePos where_missing(const Inspection& in, int section) {
  const CciReport& report = cci_report(in);
  if (const SectionData* data = section ? report.find_section(section) : nullptr; data && data->criteria_pos.line > 0)
    return data->criteria_pos;
  return report.sections_pos.line > 0 ? report.sections_pos : in.top;
}

}  // namespace

std::string cci_comment_for(const Fraction& score, const CciRules& rules) {
  for (const auto& band : rules.comments)
    if (at_least_percent(score, band.min_percent)) return band.comment;
  return rules.comments.empty() ? std::string() : rules.comments.back().comment;
}

std::string cci_comment_for(int percent, const CciRules& rules) {
  return cci_comment_for(Fraction{percent, 100}, rules);
}

CciScores score_cci(const Inspection& in, const CciRules& rules, Diagnostics& diags) {
  const CciReport& report = cci_report(in);
  CciScores scores;
  check_structure(in, rules, diags);
  check_practice_examples(report, rules, diags);
  const CaseTally tally = tally_case_answers(in.cases, rules.question_ids(), "a question of " + rules.name, diags);
  scores.questions = question_tallies(tally, rules);
  scores.cases_examined = static_cast<int>(tally.cases.size());
  check_case_count(report, tally.cases, diags);
  check_sample_range(report, rules, diags);
  const bool have_cases = !tally.cases.empty();
  // A headline the data lacks is shown at 'headline_scores', or at the inspection's map without it.
  const SourcePos headlines_at = report.headline_scores_pos.line > 0 ? report.headline_scores_pos : in.top;
  for (const auto& s : rules.sections) {
    std::vector<std::string> section_questions;
    for (const auto& c : s.criteria) {
      const CriterionData* data = report.find_criterion(c.number);
      Stated stated{data ? data->score : std::nullopt, data ? data->number.pos : where_missing(in, s.number),
                    "criterion " + c.number};
      stated.absent = !data;
      stated.cases_unread = in.cases_unread;
      const auto ids = question_ids(c);
      scores.criteria.push_back(pool(c.number, ids, scores.questions, stated, have_cases, rules, diags));
      section_questions.insert(section_questions.end(), ids.begin(), ids.end());
    }
    const SectionData* data = report.find_section(s.number);
    Stated stated{data ? data->score : std::nullopt, data ? data->number.pos : where_missing(in, 0),
                  "section " + std::to_string(s.number)};
    stated.absent = !data;
    stated.cases_unread = in.cases_unread;
    scores.sections.push_back(pool(std::to_string(s.number), section_questions, scores.questions, stated, have_cases,
                                   rules, diags));
  }
  for (const auto& h : rules.headlines) {
    std::vector<std::string> ids;
    for (const auto& s : rules.sections)
      for (const auto& c : s.criteria)
        for (const auto& q : c.questions)
          if (std::find(q.informs.begin(), q.informs.end(), h.key) != q.informs.end()) ids.push_back(q.id);
    const auto published = report.headline_scores.find(h.key);
    const Stated stated{published == report.headline_scores.end() ? std::nullopt
                                                                  : std::optional<Located<int>>(published->second),
                        headlines_at, "the " + h.key + " headline score",
                        // A headline has no 'score' key: its figure is one line of 'headline_scores'.
                        "give it under 'headline_scores' (" + h.key + ": its %)"};
    scores.headlines.push_back(pool(h.key, ids, scores.questions, stated, have_cases, rules, diags));
  }
  scores.comparison = compare_with_programme(report, rules, scores.headlines, diags);
  return scores;
}

const CciScore* CciScores::find_criterion(const std::string& number) const {
  for (const auto& s : criteria)
    if (s.id == number) return &s;
  return nullptr;
}

const CciScore* CciScores::find_section(int number) const {
  for (const auto& s : sections)
    if (s.id == std::to_string(number)) return &s;
  return nullptr;
}

const CciScore* CciScores::find_headline(const std::string& key) const {
  for (const auto& s : headlines)
    if (s.id == key) return &s;
  return nullptr;
}

// This family's rules are one file with no versions of their own, so its templates and labels are
// the family's.
const DomainRules* CciFamily::framework(const CciRun&) { return nullptr; }

}  // namespace quire
