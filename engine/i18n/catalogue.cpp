#include "i18n/catalogue.hpp"

#include <algorithm>
#include <cctype>

namespace quire {

Catalogue::Catalogue(std::string language, std::string file, std::map<std::string, Label> labels,
                     std::map<std::string, std::vector<std::string>> lists)
    : language_(std::move(language)), file_(std::move(file)), labels_(std::move(labels)), lists_(std::move(lists)) {}

const Label* Catalogue::find(const std::string& key) const {
  const auto it = labels_.find(key);
  return it == labels_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& Catalogue::list(const std::string& key) const {
  static const std::vector<std::string> empty;
  const auto it = lists_.find(key);
  return it == lists_.end() ? empty : it->second;
}

std::string Catalogue::month_year(int year, int month) const {
  const auto& months = list("month");
  const std::string name = (month >= 1 && month <= static_cast<int>(months.size())) ? months[month - 1]
                                                                                     : std::to_string(month);
  return name + " " + std::to_string(year);
}

std::string Catalogue::number_in_words(int n) const {
  const auto& units = list("number_words");
  const auto& tens = list("tens_words");
  if (n >= 0 && n < static_cast<int>(units.size())) return units[n];
  if (n >= 0 && n < 100 && tens.size() == 10 && units.size() >= 10) {
    const std::string& ten = tens[n / 10];
    return n % 10 == 0 ? ten : ten + "-" + units[n % 10];
  }
  return std::to_string(n);
}

std::string Catalogue::join_and(const std::vector<std::string>& items) const {
  const Label* conjunction = find("list.and");
  const std::string word = conjunction ? conjunction->text : "and";
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " " + word + " " : ", ";
    out += items[i];
  }
  return out;
}

std::vector<std::string> keys_missing_from(const Catalogue& a, const Catalogue& b) {
  std::vector<std::string> missing;
  for (const auto& [key, label] : a.labels())
    if (!b.find(key)) missing.push_back(key);
  for (const auto& [key, items] : a.lists())
    if (!b.lists().count(key)) missing.push_back(key);
  std::sort(missing.begin(), missing.end());
  return missing;
}

std::string capitalise_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string group_thousands(long value, const std::string& separator) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

}  // namespace quire
