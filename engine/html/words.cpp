#include "html/words.hpp"

#include "html/html.hpp"

namespace quire::html {

const std::vector<std::string>& required_labels() {
  static const std::vector<std::string> keys = {
      "common.contents",        "common.draft",          "common.untranslated", "html.skip_to_content",
      "html.footnotes",         "html.back_to_reference", "html.chart",         "html.chart_data",
      "html.stars",             "html.callout.example",  "html.callout.case",   "html.callout.comment",
      "html.language_name",    "html.languages",        "html.read_this_edition"};
  return keys;
}

std::string Words::get(const std::string& key) const {
  const Label* label = labels_ ? labels_->find(key) : nullptr;
  return label ? label->text : key;
}

std::string Words::fill(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string text = get(key);
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{{" + name + "}}";
    for (std::size_t at = 0; (at = text.find(placeholder, at)) != std::string::npos; at += value.size())
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

}  // namespace quire::html
