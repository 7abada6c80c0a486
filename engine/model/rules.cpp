#include "model/rules.hpp"

#include <algorithm>

namespace quire {

const FrameworkStandard* RuleSet::find_standard(const std::string& number) const {
  for (const auto& d : domains)
    for (const auto& s : d.standards)
      if (s.number == number) return &s;
  return nullptr;
}

const FrameworkDomain* RuleSet::domain_of(const std::string& standard_number) const {
  for (const auto& d : domains)
    for (const auto& s : d.standards)
      if (s.number == standard_number) return &d;
  return nullptr;
}

int RuleSet::scale_index(const std::string& rating) const {
  const auto it = std::find(scale.begin(), scale.end(), rating);
  return it == scale.end() ? -1 : static_cast<int>(it - scale.begin());
}

}  // namespace quire
