// i18n/: label catalogues (one per language, data/i18n/LANG.yaml) and the language-specific
// formatting of dates, numbers and lists. No report word is written in C++: it comes from here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace quire {

// How far a translation has been checked (../shared/docs/welsh-terms.md).
enum class LabelStatus { seen, standard, proposed, unreviewed };

struct Label {
  std::string text;  // a Mustache snippet
  LabelStatus status = LabelStatus::unreviewed;
};

class Catalogue {
 public:
  Catalogue() = default;
  Catalogue(std::string language, std::string file, std::map<std::string, Label> labels,
            std::map<std::string, std::vector<std::string>> lists);

  const std::string& language() const { return language_; }
  const std::string& file() const { return file_; }

  // The label for a dotted key ("rating.good"), or nothing.
  const Label* find(const std::string& key) const;
  // Every label, by key.
  const std::map<std::string, Label>& labels() const { return labels_; }
  // A list-valued entry ("month"), or an empty list.
  const std::vector<std::string>& list(const std::string& key) const;
  // Every list, by key.
  const std::map<std::string, std::vector<std::string>>& lists() const { return lists_; }

  // "March 2019".
  std::string month_year(int year, int month) const;
  // Whole numbers in words, up to 99 ("sixty"), else digits.
  std::string number_in_words(int n) const;
  // "a, b, c and d".
  std::string join_and(const std::vector<std::string>& items) const;

 private:
  std::string language_;
  std::string file_;
  std::map<std::string, Label> labels_;
  std::map<std::string, std::vector<std::string>> lists_;
};

// Keys (of labels and of lists) that `a` has and `b` lacks, sorted: every language's catalogue
// must carry every key, so a report never falls back to another language's label.
std::vector<std::string> keys_missing_from(const Catalogue& a, const Catalogue& b);

// The same text with its first letter in upper case (ASCII letters only; Welsh catalogues
// capitalise in their own entries where a digraph would need it).
std::string capitalise_first(std::string text);

// 245480 -> "245,480" using the catalogue's digit grouping separator.
std::string group_thousands(long value, const std::string& separator);

}  // namespace quire
