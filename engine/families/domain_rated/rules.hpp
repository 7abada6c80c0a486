// The domain-rated family's rules as data (data/rules/domain-*.yaml): the rating scale, bands,
// points and the framework's domains, standards and key questions, each rule with its provenance.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/rules.hpp"

namespace quire {

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
  bool judged = false;                     // rated by inspectors' judgement, not from cases
  bool counts_to_overall = true;           // false: rated separately, left out of the overall points
  Provenance provenance;                   // of the standard's place and method, where the file gives it
};

struct FrameworkDomain {
  int number = 0;
  std::string key;      // label key, e.g. "organisational_delivery"
  bool judged = false;  // the default for its standards: rated by inspectors' judgement, not from cases
  // The methodology's case samples examined for this domain ("court_disposals"), any number.
  std::vector<std::string> samples;
  // Whether an inspection may leave the domain not rated (with a recorded reason), and why the rules allow it.
  bool may_be_not_rated = false;
  Provenance provenance;
  std::vector<FrameworkStandard> standards;
};

// A label the rules file words itself, over every catalogue. An unconfirmed one is a placeholder
// for words the inspectorate has not published where we could read them, until the publications
// team types the official words in the rules file: `validate` names each, a final render warns once.
struct FrameworkWording {
  std::string label;                        // "standard.4.1.statement"
  std::map<std::string, std::string> text;  // language -> the words (a Mustache snippet)
  bool confirmed = false;
  SourcePos pos;  // the entry in the rules file
};

struct DomainRules {
  std::string name;  // "domain-2018"
  std::string file;  // where it was read from
  std::string family;
  std::string title;
  std::vector<std::string> scale;  // rating keys, best first
  StandardRule standard;
  OverallRule overall;
  DiscretionRule discretion;
  std::vector<FrameworkDomain> domains;
  // Optional folders of this framework's own templates (templates/NAME/) and labels
  // (data/i18n/NAME/LANG.yaml), each over the family's, which fill in whatever they lack.
  std::string templates;
  std::string labels;
  SourcePos labels_pos;  // the rules file's `labels:` value, where a folder it names but lacks is shown
  std::vector<FrameworkWording> wording;

  // The framework's standard with this number, or nullptr.
  const FrameworkStandard* find_standard(const std::string& number) const;
  // The domain holding that standard, or nullptr.
  const FrameworkDomain* domain_of(const std::string& standard_number) const;
  // Every case sample the domains name, in the domains' order, each once.
  std::vector<std::string> sample_keys() const;
  // Position of a rating on the scale (0 = best), or -1 when it is not on the scale.
  int scale_index(const std::string& rating) const;
};

}  // namespace quire
