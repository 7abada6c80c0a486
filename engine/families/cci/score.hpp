// The CCI family's scores: every general criterion, section and headline score pooled from the
// case answers (or taken from the published figure), each with its comment band, and the
// foreword's comparison with the programme's earlier inspections.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/percent.hpp"
#include "families/cci/rules.hpp"
#include "model/inspection.hpp"

namespace quire {

// One question's answers pooled across the inspected cases.
struct QuestionTally {
  std::string id;
  std::int64_t yes = 0;
  std::int64_t no = 0;
  std::int64_t not_applicable = 0;
};

// A criterion, section or headline score.
struct CciScore {
  std::string id;                      // "1.2", "1", "safeguarding"
  std::vector<std::string> questions;  // the questions it pools
  std::optional<Fraction> from_cases;  // yes / (yes + no) over those questions
  std::optional<int> published;        // as the data states it
  Fraction exact;                      // from cases, else the published whole percentage
  int percent = 0;                     // the figure the report prints
  std::string comment;                 // the band of the exact figure
  bool rounding_crosses_band = false;  // the printed figure falls in another band
};

// One row of the foreword's table: a headline's lowest, highest and average score so far.
struct ComparisonRow {
  std::string headline;
  int lowest = 0;
  int highest = 0;
  Fraction average;  // sum of the scores / (100 x inspections), so that percent() is the mean
  std::string lowest_area;
  std::string highest_area;
};

struct CciComparison {
  std::string programme;
  std::string source;
  std::string file;
  int inspections = 0;  // how many earlier inspections the table covers
  int england = 0;
  int wales = 0;
  std::vector<ComparisonRow> rows;
};

struct CciScores {
  std::vector<QuestionTally> questions;
  std::vector<CciScore> criteria;
  std::vector<CciScore> sections;
  std::vector<CciScore> headlines;
  std::optional<CciComparison> comparison;
  int cases_examined = 0;

  const CciScore* find_criterion(const std::string& number) const;
  const CciScore* find_section(int number) const;
  const CciScore* find_headline(const std::string& key) const;
};

// The CCI family's rules and what they made of the inspection.
struct CciRun {
  CciRules rules;
  CciScores scores;
};

// Scores a CCI inspection; inconsistent figures and structure go to `diags`.
CciScores score_cci(const Inspection& inspection, const CciRules& rules, Diagnostics& diags);

// The comment band an exact score falls in ("substantial").
std::string cci_comment_for(const Fraction& score, const CciRules& rules);
// The comment band of a whole percentage (what a reader of the printed figure would infer).
std::string cci_comment_for(int percent, const CciRules& rules);

// The foreword's comparison of the programme's inspections so far; nothing without a programme.
std::optional<CciComparison> compare_with_programme(const CciReport& report, const CciRules& rules,
                                                    const std::vector<CciScore>& headlines, Diagnostics& diags);

// The audit trail, for `quire score`.
std::string audit_text(const CciRun& run);
std::string audit_json(const CciRun& run);

}  // namespace quire
