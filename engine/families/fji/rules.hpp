// The Full Joint Inspection's scoring rules as data (data/rules/fji-*.yaml): the descriptor scale
// and its bands, the star rating of each descriptor, the moderation rule, and the themes with the
// case assessment questions a theme score pools. Each rule keeps its provenance.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/rules.hpp"

namespace quire {

// One question of the case assessment tool, scored yes, no or not applicable for each case.
struct FjiQuestion {
  std::string id;     // "1.3": theme 1, question 3
  std::string about;  // what it asks, for the audit trail (the report prints its label)
};

struct FjiThemeRule {
  int number = 0;
  std::string key;      // label key: fji.theme.KEY.*
  bool judged = false;  // described by inspectors' judgement, not scored from cases
  std::vector<std::string> sections;  // the explanation's subsections, label keys fji.section.*
  std::vector<FjiQuestion> questions;  // pooled into the theme's case assessment score
};

// A lower bound: a theme score at or above `min_percent` (and below the band above) gets `descriptor`.
struct FjiBand {
  std::string descriptor;
  int min_percent = 0;
};

struct FjiRules {
  std::string name;  // "fji-2013"
  std::string file;
  std::string family;
  std::string title;
  std::vector<std::string> scale;  // descriptor keys, best first
  Provenance pooling;              // how a theme score pools its questions
  std::vector<FjiBand> bands;      // highest first; the last starts at 0
  Provenance bands_provenance;
  std::map<std::string, int> stars;  // descriptor -> star rating
  Provenance stars_provenance;
  Provenance moderation;  // the final descriptor may differ from the computed one, with a reason
  int moderation_max_steps = 1;        // how many grades moderation may move a descriptor
  Provenance moderation_bound;         // where that bound comes from
  std::vector<FjiThemeRule> themes;

  const FjiThemeRule* find_theme(int number) const;
  // The theme a question belongs to, or nullptr.
  const FjiThemeRule* theme_of_question(const std::string& id) const;
  // Every question id, in order.
  std::vector<std::string> question_ids() const;
  // Position of a descriptor on the scale (0 = best), or -1 when it is not on the scale.
  int scale_index(const std::string& descriptor) const;
  // The scale as "very_good, good, ...", for messages.
  std::string scale_list() const;
};

}  // namespace quire
