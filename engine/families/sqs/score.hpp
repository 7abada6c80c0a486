// The SQS family's rules and what they make of a letter. SQS has no scores: what the rules derive
// is the summary's comparison of the published reoffending rate with the previous year and with
// the England and Wales average (better, worse or the same, "slightly" when close), and how the
// sentence joins the two. The data's own words for each comparison, when given, are checked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "families/sqs/rules.hpp"
#include "model/inspection.hpp"

namespace quire {

// The area's rate against one comparator, as the rules word it.
struct RateComparison {
  std::string against;           // "previous_year" or "national"
  DecimalFigure area;
  DecimalFigure comparator;
  std::int64_t difference = 0;   // |area - comparator|, in hundredths of a percentage point
  Direction direction = Direction::same;
  bool slightly = false;
  std::optional<std::string> stated;  // the letter's own words, when the data gives them

  // "better", "slightly_worse", "same": the key of the words the letter prints.
  std::string words() const;
};

// A commentary section as the letter prints it: its number and how many numbered paragraphs.
struct SectionCount {
  int number = 0;
  std::string key;
  std::size_t paragraphs = 0;
};

struct SqsScores {
  RateComparison previous_year;
  RateComparison national;
  bool contrast = false;  // the sentence joins the two comparisons as a contrast ("but")
  int cases_examined = 0;
  std::optional<int> cases_answered;  // distinct cases in the case file, when there is one
  std::vector<SectionCount> sections;
};

// The SQS family's rules and what they made of the letter.
struct SqsRun {
  SqsRules rules;
  SqsScores scores;
};

// How `area` compares with `comparator` under the rules: which way, and whether "slightly".
RateComparison compare_rates(const DecimalFigure& area, const DecimalFigure& comparator, const SqsRules& rules);

// Whether the rules join this pair of directions as a contrast.
bool joined_as_contrast(Direction previous_year, Direction national, const SqsRules& rules);

// Derives the letter's comparison and checks the letter against the rules: stated comparison
// words, the commentary sections, and the number of cases examined against the case file.
SqsScores score_sqs(const Inspection& inspection, const SqsRules& rules, Diagnostics& diags);

// The audit trail, for `quire score`.
std::string audit_text(const SqsRun& run);
std::string audit_json(const SqsRun& run);

}  // namespace quire
