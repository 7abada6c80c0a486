// Dates, numbers and lists in the catalogue's language: the words come from the catalogue, the
// rules for putting them together are here.
#include <cctype>

#include "base/utf8.hpp"
#include "i18n/catalogue.hpp"

namespace quire {

namespace {

// The first character of `text` (one UTF-8 sequence), ASCII letters in lower case.
std::string first_letter(const std::string& text) {
  if (text.empty()) return {};
  const std::size_t length = utf8::length_at(text, 0);
  std::string letter = text.substr(0, length);
  if (length == 1) letter[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(letter[0])));
  return letter;
}

// The number an item starts with ("15-19 July 2013" -> 15), if it starts with digits.
std::optional<int> leading_number(const std::string& text) {
  std::size_t end = 0;
  while (end < text.size() && end < 6 && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
  if (end == 0) return std::nullopt;
  return std::stoi(text.substr(0, end));
}

}  // namespace

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
    const Label* joiner = find("number.tens_units_joiner");  // "sixty-one"; Welsh "chwe deg un"
    return n % 10 == 0 ? ten : ten + (joiner ? joiner->text : std::string(" ")) + units[n % 10];
  }
  return std::to_string(n);
}

bool Catalogue::sounds_like_vowel(const std::string& word) const {
  // A figure is read as its number's words: Welsh says "ac 8" (ac wyth) but "a 5" (a pump).
  if (const auto number = leading_number(word)) return sounds_like_vowel(number_in_words(*number));
  const std::string letter = first_letter(word);
  for (const auto& vowel : list("vowel_letters"))
    if (vowel == letter) return true;
  return false;
}

std::string Catalogue::join_and(const std::vector<std::string>& items) const {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0 && i + 1 == items.size()) {
      const Label* word = find(sounds_like_vowel(items[i]) ? "list.and_before_vowel" : "list.and");
      out += word ? " " + word->text + " " : ", ";  // the catalogue test makes sure both are there
    } else if (i > 0) {
      out += ", ";
    }
    out += items[i];
  }
  return out;
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
