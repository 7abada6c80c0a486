#include "i18n/catalogue.hpp"

#include <algorithm>

namespace quire {

Catalogue::Catalogue(std::string language, std::string file, std::map<std::string, Label> labels,
                     std::map<std::string, std::vector<std::string>> lists)
    : language_(std::move(language)), file_(std::move(file)), labels_(std::move(labels)), lists_(std::move(lists)) {}

const Label* Catalogue::find(const std::string& key) const {
  const auto it = labels_.find(key);
  if (it == labels_.end()) return nullptr;
  used_.insert(key);
  return &it->second;
}

const std::vector<std::string>& Catalogue::list(const std::string& key) const {
  static const std::vector<std::string> empty;
  const auto it = lists_.find(key);
  return it == lists_.end() ? empty : it->second;
}

std::vector<std::string> Catalogue::used_with_status(LabelStatus status) const {
  std::vector<std::string> keys;
  for (const auto& key : used_)
    if (labels_.at(key).status == status) keys.push_back(key);
  return keys;
}

Catalogue layered(const Catalogue& below, const Catalogue& above) {
  std::map<std::string, Label> labels = below.labels();
  for (const auto& [key, label] : above.labels()) labels[key] = label;
  std::map<std::string, std::vector<std::string>> lists = below.lists();
  for (const auto& [key, items] : above.lists()) lists[key] = items;
  return Catalogue(below.language(), below.file(), std::move(labels), std::move(lists));
}

std::vector<std::string> keys_missing_from(const Catalogue& a, const Catalogue& b) {
  std::vector<std::string> missing;
  for (const auto& [key, label] : a.labels())
    if (!b.labels().count(key)) missing.push_back(key);
  for (const auto& [key, items] : a.lists())
    if (!b.lists().count(key)) missing.push_back(key);
  std::sort(missing.begin(), missing.end());
  return missing;
}

}  // namespace quire
