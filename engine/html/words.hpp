// Fixed words for the page, from the label catalogue. Internal to html/.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "i18n/catalogue.hpp"

namespace quire::html {

class Words {
 public:
  explicit Words(const Catalogue* labels) : labels_(labels) {}
  // The label's text; the key itself when the catalogue lacks it (the pipeline reports that first).
  std::string get(const std::string& key) const;
  // The label with each `{{name}}` replaced by its value (plain names only: these labels are
  // written for this use).
  std::string fill(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const;

 private:
  const Catalogue* labels_;
};

}  // namespace quire::html
