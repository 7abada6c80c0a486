#include "families/cci/rules.hpp"

namespace quire {

const CciSectionRule* CciRules::find_section(int number) const {
  for (const auto& s : sections)
    if (s.number == number) return &s;
  return nullptr;
}

const CciCriterionRule* CciRules::find_criterion(const std::string& number) const {
  for (const auto& s : sections)
    for (const auto& c : s.criteria)
      if (c.number == number) return &c;
  return nullptr;
}

const CciCriterionRule* CciRules::criterion_of_question(const std::string& id) const {
  for (const auto& s : sections)
    for (const auto& c : s.criteria)
      for (const auto& q : c.questions)
        if (q.id == id) return &c;
  return nullptr;
}

const CciHeadlineRule* CciRules::find_headline(const std::string& key) const {
  for (const auto& h : headlines)
    if (h.key == key) return &h;
  return nullptr;
}

std::vector<std::string> CciRules::question_ids() const {
  std::vector<std::string> ids;
  for (const auto& s : sections)
    for (const auto& c : s.criteria)
      for (const auto& q : c.questions) ids.push_back(q.id);
  return ids;
}

std::vector<std::string> CciRules::headline_keys() const {
  std::vector<std::string> keys;
  for (const auto& h : headlines) keys.push_back(h.key);
  return keys;
}

}  // namespace quire
