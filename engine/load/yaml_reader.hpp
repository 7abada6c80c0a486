// Reads typed values out of yaml-cpp nodes, reporting every problem with its 1-based position.
// Internal to load/: no YAML type leaves this folder.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"
#include "model/rules.hpp"

namespace quire::load_detail {

// Parses `source` as YAML; on a syntax error reports it and returns nothing.
std::optional<YAML::Node> parse_yaml(const std::string& file, const std::string& source, Diagnostics& diags);

class YamlReader;

// A rule's {status: reference|published|inferred, evidence}, required beside every rule: the
// `provenance` entry of `map`.
Provenance read_provenance(YamlReader& r, const YAML::Node& map);
// The same read from a provenance node itself, where one is optional (nothing when absent).
Provenance provenance_in(YamlReader& r, const YAML::Node& node);

class YamlReader {
 public:
  YamlReader(std::string file, const std::string& source, Diagnostics& diags)
      : file_(std::move(file)), source_(source), diags_(diags) {}

  // The language text is read in. A text value may be written once (the same in every language:
  // names, numbers) or per language, as a map {en: ..., cy: ...}; the reader picks `language`.
  // Narrative (Markdown) written once is English only.
  void set_language(std::string language) { language_ = std::move(language); }
  // For drafts: text missing in the language is taken from the other one, prefixed with `marker`
  // (e.g. "*[untranslated]* "), and reported as a warning instead of an error.
  void set_fallback_marker(std::string marker) { fallback_marker_ = std::move(marker); }
  const std::string& language() const { return language_; }

  // Where to note every key and closed-vocabulary word the reader accepts (the README test
  // compares the documented schema with them); nowhere by default.
  void set_vocabulary_log(std::set<std::string>* log) { vocabulary_ = log; }
  // Notes `words` as accepted, when logging.
  void accept_words(const std::vector<std::string>& words) {
    if (vocabulary_) vocabulary_->insert(words.begin(), words.end());
  }

  const std::string& file() const { return file_; }
  Diagnostics& diags() { return diags_; }

  // 1-based position of a node (yaml-cpp's marks are 0-based).
  SourcePos pos(const YAML::Node& node) const;

  // Checks that `node` is a map with only `allowed` keys (suggesting the nearest for a typo),
  // no key twice, and every `required` key present. Returns false when it is not a map.
  bool check_map(const YAML::Node& node, std::string_view what, const std::vector<std::string>& allowed,
                 const std::vector<std::string>& required);

  // Checks that `node` is a sequence; reports and returns false when not.
  bool check_sequence(const YAML::Node& node, std::string_view what);

  // Reports that `map` lacks the required `key`, once however many readers ask for it (check_map,
  // then the reader of the value, would otherwise report one misspelt key twice).
  void report_missing(const YAML::Node& map, const std::string& key, std::string_view what = {});

  // `true` or `false` at node[key], strictly: YAML's yes/no/on/off/True are refused with the value
  // named, since a rules flag read leniently silently changes a rating.
  std::optional<Located<bool>> boolean(const YAML::Node& map, const std::string& key, bool required = true);

  // The scalar at node[key] as text; reports a missing required key or a wrong type.
  std::optional<Located<std::string>> text(const YAML::Node& map, const std::string& key, bool required = true);
  // The scalar `node` itself as text.
  std::optional<Located<std::string>> text_of(const YAML::Node& node, std::string_view what);
  // A whole number, with optional inclusive bounds.
  std::optional<Located<int>> integer_of(const YAML::Node& node, std::string_view what, long min, long max);
  std::optional<Located<int>> integer(const YAML::Node& map, const std::string& key, long min, long max,
                                      bool required = true);
  // A finite decimal number.
  std::optional<Located<double>> number_of(const YAML::Node& node, std::string_view what);
  // A percentage between 0 and 100.
  std::optional<Located<double>> percent_of(const YAML::Node& node, std::string_view what);
  // Markdown text, keeping where its first line sits in the source.
  MarkdownText markdown(const YAML::Node& map, const std::string& key, bool required = true);
  MarkdownText markdown_of(const YAML::Node& node, std::string_view what);
  // A list of Markdown items (bullets).
  std::vector<MarkdownText> markdown_list(const YAML::Node& map, const std::string& key, bool required = true);
  // "2019-03" as a year and month.
  std::optional<Located<YearMonth>> year_month(const YAML::Node& map, const std::string& key);
  // A list of plain strings.
  std::vector<std::string> string_list(const YAML::Node& map, const std::string& key, bool required = true);

  void error(const YAML::Node& node, std::string code, std::string message);
  void error_at(SourcePos pos, std::string code, std::string message);

 private:
  // `node` itself, or its text in the reader's language when it is a {en: ..., cy: ...} map.
  YAML::Node localized(const YAML::Node& node, std::string_view what, bool& fell_back);
  // Like `localized`, for narrative: prose written once, as a plain string, is English (inspectors
  // write in English first), so another language's edition reports it as untranslated.
  YAML::Node narrative_localized(const YAML::Node& node, std::string_view what, bool& fell_back);
  // Reports text missing in the reader's language: an error, or in a draft a warning (and
  // `fell_back` set, so the caller marks the other language's text).
  void report_untranslated(const YAML::Node& node, std::string_view what, bool& fell_back);
  // The byte offset of a node's mark, from its line and column (a file parsed in parts,
  // load/yaml_parts.hpp, keeps those exact, not yaml-cpp's own offset); npos when outside.
  std::size_t offset_of(const YAML::Mark& mark) const;

  std::string file_;
  const std::string& source_;
  Diagnostics& diags_;
  std::string language_ = "en";
  std::string fallback_marker_;
  mutable std::vector<std::size_t> line_starts_;  // built on first use
  std::set<std::string>* vocabulary_ = nullptr;
  std::set<std::tuple<int, int, std::string>> missing_reported_;  // (line, column, key) of each map
};

// Whether `node` is a map of language codes to text ({en: ..., cy: ...}).
bool is_language_map(const YAML::Node& node);

// "a map", "a list", "a value" or "nothing", for messages saying what was found.
std::string describe_node(const YAML::Node& node);

// `text` fit for one line of a message: control characters escaped, long values shortened.
std::string printable(const std::string& text);

}  // namespace quire::load_detail
