#include "families/domain_rated/model.hpp"

namespace quire {

const CaseSample* Methodology::find(const std::string& key) const {
  for (const auto& s : samples)
    if (s.key.value == key) return &s;
  return nullptr;
}

}  // namespace quire
