// The FJI family's scores: each scored theme's case assessment score pooled from the case answers
// (or taken from the published figure), its descriptor and star rating by the rules' bands, the final
// descriptor after moderation, each question's own score (the theme's Data Summary chart), and the
// judged descriptor of Governance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/percent.hpp"
#include "families/fji/rules.hpp"
#include "model/inspection.hpp"

namespace quire {

// One question's answers pooled across the inspected cases.
struct FjiQuestionScore {
  std::string id;
  std::int64_t yes = 0;
  std::int64_t no = 0;
  std::int64_t not_applicable = 0;
  std::optional<Fraction> from_cases;  // yes / (yes + no), when any case answered yes or no
  std::optional<int> published;        // as the data states it
  std::optional<int> percent;          // the figure the chart shows; nothing when unknown
};

struct FjiThemeScore {
  int number = 0;
  std::string key;
  bool judged = false;
  std::vector<FjiQuestionScore> questions;
  std::optional<Fraction> from_cases;  // every question's yes / (yes + no), pooled
  std::optional<int> published;        // the published "overall N%"
  Fraction exact;                      // from cases, else the published whole percentage
  int percent = 0;                     // the figure the report prints
  std::string computed;                // the descriptor by the bands (empty where judged)
  int provisional_stars = 0;           // the computed descriptor's stars
  std::string final_descriptor;        // computed, judged, or set by moderation
  int stars = 0;                       // the final descriptor's stars
  std::optional<std::string> moderation;  // the recorded reason, when moderation changed it
  bool rounding_crosses_band = false;     // the printed percentage falls in another band

  const FjiQuestionScore* find(const std::string& id) const;
};

struct FjiScores {
  std::vector<FjiThemeScore> themes;  // in the rules' order
  int cases_examined = 0;             // distinct cases in the case answers

  const FjiThemeScore* find(int number) const;
};

// The FJI family's rules and what they made of the inspection.
struct FjiRun {
  FjiRules rules;
  FjiScores scores;
};

// Scores an FJI inspection; figures that disagree and structure that does not fit the rules go to `diags`.
FjiScores score_fji(const Inspection& inspection, const FjiRules& rules, Diagnostics& diags);

// The descriptor band an exact score falls in ("good").
std::string fji_descriptor_for(const Fraction& score, const FjiRules& rules);
// The descriptor band of a whole percentage (what a reader of the printed figure would infer).
std::string fji_descriptor_for(int percent, const FjiRules& rules);
// A descriptor's star rating (0 when the rules give none).
int fji_stars_for(const std::string& descriptor, const FjiRules& rules);

// The audit trail, for `quire score`.
std::string audit_text(const FjiRun& run);
std::string audit_json(const FjiRun& run);

}  // namespace quire
