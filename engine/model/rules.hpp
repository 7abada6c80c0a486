// Scoring rules as data (data/rules/*.yaml): the rating scale, bands, points and the
// framework's domains, standards and key questions, each rule with its provenance.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace quire {

// A lower bound: scores at or above `minimum` (and below the band above) get `rating`.
struct Band {
  std::string rating;
  int minimum = 0;
};

// A rule and where it comes from: "reference", "published" or "inferred", and the evidence.
struct Provenance {
  std::string status;
  std::string evidence;
};

struct StandardRule {
  std::string method;       // "lowest_key_question"
  std::vector<Band> bands;  // in whole percent, highest first
  Provenance provenance;
};

struct OverallRule {
  std::map<std::string, int> points;  // rating -> points per standard
  std::vector<Band> bands;            // in points, highest first
  Provenance provenance;
};

struct DiscretionRule {
  int max_steps = 1;  // how many grades discretion may move a rating
  Provenance provenance;
};

struct FrameworkStandard {
  std::string number;                      // "2.1"
  std::vector<std::string> key_questions;  // "2.1.1", ...
  bool counts_to_overall = true;
};

struct FrameworkDomain {
  int number = 0;
  std::string key;      // label key, e.g. "organisational_delivery"
  bool judged = false;  // rated by inspectors' judgement, not from cases
  std::vector<FrameworkStandard> standards;
};

struct RuleSet {
  std::string name;  // "domain-2018"
  std::string file;  // where it was read from
  std::string family;
  std::string title;
  std::vector<std::string> scale;  // rating keys, best first
  StandardRule standard;
  OverallRule overall;
  DiscretionRule discretion;
  std::vector<FrameworkDomain> domains;

  // The framework's standard with this number, or nullptr.
  const FrameworkStandard* find_standard(const std::string& number) const;
  // The domain holding that standard, or nullptr.
  const FrameworkDomain* domain_of(const std::string& standard_number) const;
  // Position of a rating on the scale (0 = best), or -1 when it is not on the scale.
  int scale_index(const std::string& rating) const;
};

}  // namespace quire
