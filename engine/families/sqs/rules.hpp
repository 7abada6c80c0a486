// The SQS letter's rules as data (data/rules/sqs-*.yaml). SQS has no scores: its one derived
// statement is the summary's comparison of the reoffending rate with the previous year and with
// the England and Wales average. The rules say which way is better, how close counts as "the
// same" and as "slightly", and which pairs of comparisons the sentence joins as a contrast
// ("worse than the previous year but slightly better than ..."). Each rule keeps its provenance.
#pragma once

#include <string>
#include <vector>

#include "families/sqs/model.hpp"
#include "model/rules.hpp"

namespace quire {

// Which way a comparison went, before "slightly" is considered.
enum class Direction { better, worse, same };

// "better", "worse", "same": the rules file's and the catalogue's name for a direction.
std::string direction_name(Direction direction);

// One commentary section of the letter; its title is a label (sqs.section.KEY).
struct SqsSectionRule {
  int number = 0;
  std::string key;
};

// A previous-year direction and a national direction that the sentence joins as a contrast.
struct DirectionPair {
  Direction previous_year = Direction::same;
  Direction national = Direction::same;
};

struct SqsRules {
  std::string name;  // "sqs-2015"
  std::string file;
  std::string family;
  std::string title;

  std::vector<SqsSectionRule> sections;  // in print order
  Provenance sections_provenance;

  bool lower_is_better = true;  // a lower reoffending rate is the better one
  Provenance direction_provenance;

  DecimalFigure same_within;  // percentage points: a difference at most this is "the same"
  Provenance same_provenance;

  DecimalFigure slightly_within;  // percentage points: a difference at most this is "slightly" better or worse
  Provenance slightly_provenance;

  std::vector<DirectionPair> contrasts;  // joined by the contrast word; every other pair by the plain one
  Provenance conjunction_provenance;

  const SqsSectionRule* find_section(const std::string& key) const;
  std::vector<std::string> section_keys() const;
};

}  // namespace quire
