#include "families/fji/rules.hpp"

#include <algorithm>

namespace quire {

const FjiThemeRule* FjiRules::find_theme(int number) const {
  for (const auto& t : themes)
    if (t.number == number) return &t;
  return nullptr;
}

const FjiThemeRule* FjiRules::theme_of_question(const std::string& id) const {
  for (const auto& t : themes)
    for (const auto& q : t.questions)
      if (q.id == id) return &t;
  return nullptr;
}

std::vector<std::string> FjiRules::question_ids() const {
  std::vector<std::string> ids;
  for (const auto& t : themes)
    for (const auto& q : t.questions) ids.push_back(q.id);
  return ids;
}

int FjiRules::scale_index(const std::string& descriptor) const {
  const auto it = std::find(scale.begin(), scale.end(), descriptor);
  return it == scale.end() ? -1 : static_cast<int>(it - scale.begin());
}

std::string FjiRules::scale_list() const {
  std::string out;
  for (const auto& s : scale) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace quire
