// The Core Case Inspection's scoring rules as data (data/rules/cci-*.yaml): the comment bands,
// the sections, general criteria and their questions, which key questions inform each headline
// score, and how the foreword compares an area with the programme. Each rule keeps its provenance.
#pragma once

#include <string>
#include <vector>

#include "model/rules.hpp"

namespace quire {

// One question of the inspection tool. A key question informs one or more headline scores.
struct CciQuestion {
  std::string id;                    // "1.2.3"
  std::string about;                 // what it asks, for the audit trail (not printed)
  std::vector<std::string> informs;  // headline keys
};

// A general criterion; its words are labels keyed by its number (cci.criterion.NUMBER.*).
struct CciCriterionRule {
  std::string number;  // "1.2"
  std::vector<CciQuestion> questions;
};

struct CciSectionRule {
  int number = 0;
  std::string key;  // label key: cci.section.KEY.*
  std::vector<CciCriterionRule> criteria;
};

struct CciHeadlineRule {
  std::string key;  // "safeguarding", "risk_of_harm", "likelihood_of_reoffending"
  Provenance provenance;
};

// A lower bound of a comment band, with the evidence for where the edge sits.
struct CommentBand {
  std::string comment;  // "minimum", "moderate", "substantial", "drastic"
  int min_percent = 0;
  Provenance provenance;
};

// The foreword adds a word of stress ("only 47%") to a headline score below this.
struct CciForewordRule {
  int stress_below_percent = 0;
  Provenance provenance;
};

// How many cases the methodology says an inspection looks at.
struct CciSampleRule {
  int min_cases = 0;
  int max_cases = 0;
  Provenance provenance;
};

// Which of the programme's inspections the foreword's comparison table covers.
struct CciComparisonRule {
  std::string scope;  // "published_before" or "published_up_to"
  Provenance provenance;
};

struct CciRules {
  std::string name;  // "cci-2012"
  std::string file;
  std::string family;
  std::string title;
  Provenance pooling;  // how a score pools its questions
  Provenance words;    // the comment words
  std::vector<CommentBand> comments;  // highest first; the last starts at 0
  CciForewordRule foreword;
  CciComparisonRule comparison;
  CciSampleRule sample;
  std::vector<CciHeadlineRule> headlines;  // in the order the report prints them
  std::vector<CciSectionRule> sections;

  const CciSectionRule* find_section(int number) const;
  const CciCriterionRule* find_criterion(const std::string& number) const;
  // The criterion a question belongs to, or nullptr.
  const CciCriterionRule* criterion_of_question(const std::string& id) const;
  const CciHeadlineRule* find_headline(const std::string& key) const;
  // Every question id, in order.
  std::vector<std::string> question_ids() const;
  std::vector<std::string> headline_keys() const;
};

}  // namespace quire
