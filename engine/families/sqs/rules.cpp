#include "families/sqs/rules.hpp"

namespace quire {

std::string direction_name(Direction direction) {
  switch (direction) {
    case Direction::better: return "better";
    case Direction::worse: return "worse";
    case Direction::same: return "same";
  }
  return "same";
}

const SqsSectionRule* SqsRules::find_section(const std::string& key) const {
  for (const auto& s : sections)
    if (s.key == key) return &s;
  return nullptr;
}

std::vector<std::string> SqsRules::section_keys() const {
  std::vector<std::string> keys;
  for (const auto& s : sections) keys.push_back(s.key);
  return keys;
}

}  // namespace quire
