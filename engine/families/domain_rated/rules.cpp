#include "families/domain_rated/rules.hpp"

#include <algorithm>

namespace quire {

const FrameworkStandard* DomainRules::find_standard(const std::string& number) const {
  for (const auto& d : domains)
    for (const auto& s : d.standards)
      if (s.number == number) return &s;
  return nullptr;
}

const FrameworkDomain* DomainRules::domain_of(const std::string& standard_number) const {
  for (const auto& d : domains)
    for (const auto& s : d.standards)
      if (s.number == standard_number) return &d;
  return nullptr;
}

std::vector<std::string> DomainRules::sample_keys() const {
  std::vector<std::string> keys;
  for (const auto& d : domains)
    for (const auto& k : d.samples)
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  return keys;
}

int DomainRules::scale_index(const std::string& rating) const {
  const auto it = std::find(scale.begin(), scale.end(), rating);
  return it == scale.end() ? -1 : static_cast<int>(it - scale.begin());
}

}  // namespace quire
