// Reads typed values out of the YAML tree (load/yaml_tree.hpp), reporting every problem with its
// 1-based position. Internal to load/: no YAML type leaves this folder.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.hpp"
#include "load/yaml_tree.hpp"
#include "model/inspection.hpp"
#include "model/rules.hpp"
#include "model/translation.hpp"

namespace quire::load_detail {

class YamlReader;

// A rule's {status: reference|published|inferred, evidence}, required beside every rule: the
// `provenance` entry of `map`.
Provenance read_provenance(YamlReader& r, const YamlNode& map);
// The same read from a provenance node itself, where one is optional (nothing when absent).
Provenance provenance_in(YamlReader& r, const YamlNode& node);

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
  // The document's root, so messages can name a field by its full path
  // ("recommendations[2].owner") and recorded fields carry it.
  void set_root(const YamlNode& root) { root_ = root; }
  // Every translatable field read from now on is added to `sink` (translations export/import).
  void record_fields(std::vector<TranslatableField>* sink) { record_ = sink; }
  // The full path of a node of the document set by set_root ("domains[3].standards[3.4].narrative":
  // list items by their `number` where they have one, else by position from 1); empty if unknown.
  std::string path_of(const YamlNode& node) const;

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
  SourcePos pos(const YamlNode& node) const;

  // Checks that `node` is a map with only `allowed` keys (suggesting the nearest for a typo),
  // no key twice, and every `required` key present. Returns false when it is not a map.
  bool check_map(const YamlNode& node, std::string_view what, const std::vector<std::string>& allowed,
                 const std::vector<std::string>& required);

  // Checks that `node` is a sequence; reports and returns false when not.
  bool check_sequence(const YamlNode& node, std::string_view what);

  // Reports that `map` lacks the required `key`, once however many readers ask for it (check_map,
  // then the reader of the value, would otherwise report one misspelt key twice).
  void report_missing(const YamlNode& map, const std::string& key, std::string_view what = {});

  // `true` or `false` at node[key], strictly: YAML's yes/no/on/off/True are refused with the value
  // named, since a rules flag read leniently silently changes a rating.
  std::optional<Located<bool>> boolean(const YamlNode& map, const std::string& key, bool required = true);

  // The scalar at node[key] as text; reports a missing required key or a wrong type.
  std::optional<Located<std::string>> text(const YamlNode& map, const std::string& key, bool required = true);
  // The scalar `node` itself as text.
  std::optional<Located<std::string>> text_of(const YamlNode& node, std::string_view what);
  // A whole number, with optional inclusive bounds.
  std::optional<Located<int>> integer_of(const YamlNode& node, std::string_view what, long min, long max);
  std::optional<Located<int>> integer(const YamlNode& map, const std::string& key, long min, long max,
                                      bool required = true);
  // A finite decimal number.
  std::optional<Located<double>> number_of(const YamlNode& node, std::string_view what);
  // A percentage between 0 and 100.
  std::optional<Located<double>> percent_of(const YamlNode& node, std::string_view what);
  // Markdown text, keeping where its first line sits in the source.
  MarkdownText markdown(const YamlNode& map, const std::string& key, bool required = true);
  MarkdownText markdown_of(const YamlNode& node, std::string_view what);
  // A list of Markdown items (bullets).
  std::vector<MarkdownText> markdown_list(const YamlNode& map, const std::string& key, bool required = true);
  // Printed words that are not a name: an owner, a role, a title, a source. Like text(), but a plain
  // string is English (as narrative is), so a Welsh edition needs it written {en: ..., cy: ...}.
  std::optional<Located<std::string>> words(const YamlNode& map, const std::string& key, bool required = true);
  std::optional<Located<std::string>> words_of(const YamlNode& node, std::string_view what);
  // "2019-03" as a year and month.
  std::optional<Located<YearMonth>> year_month(const YamlNode& map, const std::string& key);
  // How one item of a list is read: text_of (a plain string) or words_of (printed words).
  using ItemReader = std::optional<Located<std::string>> (YamlReader::*)(const YamlNode&, std::string_view);
  // A list of strings at map[key], each item read by `item`: plain strings by default, or printed
  // words (joint inspectorates) with &YamlReader::words_of.
  std::vector<std::string> string_list(const YamlNode& map, const std::string& key, bool required = true,
                                       ItemReader item = &YamlReader::text_of);

  void error(const YamlNode& node, std::string code, std::string message);
  void error_at(SourcePos pos, std::string code, std::string message);

  // Reports a key written twice in any map under `root` that check_map has not checked (a
  // language map {en: .., en: ..}, a key_questions map): those are read by lookup, which finds
  // the first and silently drops the second.
  void check_duplicate_keys(const YamlNode& root);

 private:
  // `node` itself, or its text in the reader's language when it is a {en: ..., cy: ...} map.
  YamlNode localized(const YamlNode& node, std::string_view what, bool& fell_back);
  // Like `localized`, for narrative: prose written once, as a plain string, is English (inspectors
  // write in English first), so another language's edition reports it as untranslated.
  YamlNode narrative_localized(const YamlNode& node, std::string_view what, bool& fell_back);
  // Reports Welsh whose recorded fingerprint is not the English's: an error in a final Welsh
  // edition, a warning otherwise (validate, drafts, the English edition).
  void check_stale(const YamlNode& map);
  // Adds `given` (a scalar or a language map) to the recorded fields, when recording.
  void record(const YamlNode& given, bool markdown);
  // Warns of a "  # comment" ending a line of a literal block (`text` starts at `first_line`).
  void warn_comment_in_text(const std::string& text, const SourcePos& first_line);
  // Reports text missing in the reader's language: an error, or in a draft a warning (and
  // `fell_back` set, so the caller marks the other language's text).
  void report_untranslated(const YamlNode& node, std::string_view what, bool& fell_back);
  // The byte offset of a node's mark, from its line and column; npos when outside.
  // Whether `node`'s value is a scaffold's `!todo` placeholder (found in the text: load/placeholders.hpp).
  bool placeholder_at(const YamlNode& node) const;
  std::size_t offset_of(const YamlMark& mark) const;

  std::string file_;
  const std::string& source_;
  Diagnostics& diags_;
  std::string language_ = "en";
  std::string fallback_marker_;
  mutable std::vector<std::size_t> line_starts_;  // built on first use
  std::set<std::string>* vocabulary_ = nullptr;
  std::set<std::tuple<int, int, std::string>> missing_reported_;  // (line, column, key) of each map
  std::set<std::pair<int, int>> checked_maps_;  // (line, column) of each map check_map has checked
  YamlNode root_;
  struct Placed {
    std::string path;
    bool in_flow = false;  // its parent is a flow collection
  };
  mutable std::unordered_map<std::size_t, Placed> paths_;  // value offset -> path, on first use
  const Placed* placed(const YamlNode& node) const;
  std::vector<TranslatableField>* record_ = nullptr;
};

// Whether `node` is a map of language codes to text ({en: ..., cy: ...}), with the Welsh's
// bookkeeping beside it (`cy_of`: the English's fingerprint; `cy_reviewed: true`).
bool is_language_map(const YamlNode& node);

// "a map", "a list", "a value" or "nothing", for messages saying what was found.
std::string describe_node(const YamlNode& node);

// `text` fit for one line of a message: control characters escaped, long values shortened.
std::string printable(const std::string& text);

}  // namespace quire::load_detail
