// The domain-rated family's rating rules as pure functions of the inspection and its DomainRules (data/rules/).
// It computes every key question's "% yes" from case answers (or takes the published figure),
// rates each standard, applies professional discretion, totals the overall rating, and keeps
// the audit trail of how each figure was derived. No I/O, no text for the report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/percent.hpp"
#include "families/domain_rated/rules.hpp"
#include "model/inspection.hpp"

namespace quire {

struct KeyQuestionScore {
  std::string id;
  std::optional<Fraction> from_cases;  // yes / (yes + no), "not applicable" left out
  std::optional<int> published;        // the "% yes" the data states
  int percent = 0;                     // the figure the report prints
};

struct StandardScore {
  std::string number;
  int domain = 0;
  bool judged = false;
  bool counts_to_overall = true;  // false: rated separately, left out of the overall points
  bool not_rated = false;         // its domain was not rated (DomainScores::not_rated says why)
  std::vector<KeyQuestionScore> key_questions;
  std::string deciding_question;  // the lowest key question, which sets the rating
  std::string computed_rating;    // by the rules (empty where judged)
  std::string final_rating;       // as published: computed, judged, or moved by discretion
  std::optional<std::string> discretion;  // the recorded reason, when discretion moved the rating
  bool rounding_crosses_band = false;     // the printed percentage falls in another band
  bool unscored = false;  // the loader refused one of its figures (reported there): nothing computed

  const KeyQuestionScore* find(const std::string& id) const;
};

struct OverallScore {
  int points = 0;
  int max_points = 0;
  std::string rating;
};

// A domain the inspection left not rated, with the reason it records.
struct NotRatedDomain {
  int number = 0;
  std::string reason;
};

// One case sample the framework names (data/rules/), with the cases the methodology states for it.
struct SampleCount {
  std::string key;                 // "court_disposals", "resettlement"
  int domain = 0;                  // the domain whose standards it is examined for
  int cases = 0;                   // as the methodology states it; 0 when it gives none
  bool from_case_results = false;  // the case results answer its domain's questions
};

struct DomainScores {
  std::string rules_name;
  std::string rules_file;
  std::vector<StandardScore> standards;  // every standard of the framework, in its order
  std::vector<NotRatedDomain> not_rated;
  OverallScore overall;
  std::vector<SampleCount> samples;  // every sample of the framework, so none is shown as the whole
  int cases_examined = 0;            // the samples together

  const StandardScore* find(const std::string& number) const;
  // Why domain `number` was not rated, or nullptr when it was rated.
  const NotRatedDomain* not_rated_domain(int number) const;
  // The cases stated for domain `number`'s samples together.
  int cases_for_domain(int number) const;
};

// Scores an inspection; contradictions with the rules and inconsistent figures go to `diags`.
DomainScores score_domain_rated(const Inspection& inspection, const DomainRules& rules, Diagnostics& diags);

// The rating band a percentage falls in (exact fraction compared with whole-percent edges).
std::string band_for(const Fraction& score, const std::vector<Band>& bands);
// The rating band a whole number (points, printed percentage) falls in.
std::string band_for(int value, const std::vector<Band>& bands);

// The audit trail, for `quire score`: as readable text, or as JSON.
std::string audit_text(const DomainScores& report, const DomainRules& rules);
std::string audit_json(const DomainScores& report, const DomainRules& rules);

// The domain-rated family's rules and what they made of its data.
struct DomainRun {
  DomainRules rules;
  DomainScores scores;
};

std::string audit_text(const DomainRun& run);
std::string audit_json(const DomainRun& run);

}  // namespace quire
