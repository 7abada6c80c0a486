// i18n/: label catalogues (one per language, data/i18n/LANG.yaml) and the language-specific
// formatting of dates, numbers and lists. No report word is written in C++: it comes from here.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace quire {

// How far a translation has been checked (../shared/docs/welsh-terms.md); `reviewed`: a
// translator confirmed a proposed label (quire translations import --labels).
enum class LabelStatus { seen, standard, proposed, unreviewed, reviewed };

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

  // The label for a dotted key ("rating.good"), or nothing. Remembers that the key was used.
  const Label* find(const std::string& key) const;
  // The keys found so far whose label has `status`, sorted: a report built with this catalogue
  // can say which of its labels a translator has still to confirm.
  std::vector<std::string> used_with_status(LabelStatus status) const;
  // Whether `find` has returned the label for `key`.
  bool was_used(const std::string& key) const { return used_.count(key) > 0; }
  // How many different keys `find` has returned.
  std::size_t used_count() const { return used_.size(); }
  // Every label, by key.
  const std::map<std::string, Label>& labels() const { return labels_; }
  // A list-valued entry ("month"), or an empty list.
  const std::vector<std::string>& list(const std::string& key) const;
  // Every list, by key.
  const std::map<std::string, std::vector<std::string>>& lists() const { return lists_; }

  // "March 2019".
  std::string month_year(int year, int month) const;
  // Whole numbers in words, up to 99 ("sixty-one"; Welsh "chwe deg un"), else digits.
  std::string number_in_words(int n) const;
  // "a, b, c and d". The last joining word may depend on the item after it: Welsh writes "a"
  // before a consonant and "ac" before a vowel (list.and, list.and_before_vowel).
  std::string join_and(const std::vector<std::string>& items) const;
  // Whether `word` starts with one of the catalogue's `vowel_letters` when read aloud (a figure
  // is read as its number in words).
  bool sounds_like_vowel(const std::string& word) const;

 private:
  std::string language_;
  std::string file_;
  std::map<std::string, Label> labels_;
  std::map<std::string, std::vector<std::string>> lists_;
  mutable std::set<std::string> used_;  // keys `find` returned, for used_with_status
};

// `below` with every label and list of `above` put over it: a framework's own labels over its
// family's, which supply whatever the framework does not word differently.
Catalogue layered(const Catalogue& below, const Catalogue& above);

// Keys (of labels and of lists) that `a` has and `b` lacks, sorted: every language's catalogue
// must carry every key, so a report never falls back to another language's label.
std::vector<std::string> keys_missing_from(const Catalogue& a, const Catalogue& b);

// The same text with its first letter in upper case (ASCII letters only; Welsh catalogues
// capitalise in their own entries where a digraph would need it).
std::string capitalise_first(std::string text);

// 245480 -> "245,480" using the catalogue's digit grouping separator.
std::string group_thousands(long value, const std::string& separator);

}  // namespace quire
