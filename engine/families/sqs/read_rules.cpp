// Reads data/rules/sqs-*.yaml: sections, the comparison's direction, margins and conjunctions.
#include "families/sqs/read_rules.hpp"

#include <set>

#include "families/sqs/read.hpp"
#include "load/yaml_file.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlNode;
using load_detail::YamlReader;

namespace {

std::optional<Direction> direction_from(YamlReader& r, const YamlNode& map, const char* key) {
  const auto word = r.text(map, key, false);
  if (!word || !load_detail::check_word(r, *word, {"better", "worse", "same"}, "direction", "unknown-direction"))
    return std::nullopt;
  return word->value == "better" ? Direction::better : word->value == "worse" ? Direction::worse : Direction::same;
}

void read_sections(YamlReader& r, const YamlNode& node, SqsRules& rules) {
  if (!r.check_map(node, "'sections'", {"order", "provenance"}, {"order", "provenance"})) return;
  rules.sections_provenance = load_detail::read_provenance(r, node);
  if (!node["order"] || !r.check_sequence(node["order"], "'order'")) return;
  std::set<std::string> seen;
  for (const auto& item : node["order"]) {
    const auto key = r.text_of(item, "a section key");
    if (!key) continue;
    if (!seen.insert(key->value).second)
      r.error_at(key->pos, "duplicate-section", "section '" + key->value + "' appears twice");
    rules.sections.push_back(SqsSectionRule{static_cast<int>(rules.sections.size()) + 1, key->value});
  }
  if (rules.sections.empty()) r.error(node["order"], "empty-list", "the letter needs at least one commentary section");
}

void read_direction(YamlReader& r, const YamlNode& node, SqsRules& rules) {
  if (!r.check_map(node, "'comparison'", {"better", "provenance"}, {"better", "provenance"})) return;
  if (auto word = r.text(node, "better", false);
      word && load_detail::check_word(r, *word, {"lower", "higher"}, "direction of 'better'", "unknown-direction"))
    rules.lower_is_better = word->value == "lower";
  rules.direction_provenance = load_detail::read_provenance(r, node);
}

// A margin in percentage points: {within: 1.0, provenance: ...}.
std::optional<Located<DecimalFigure>> read_margin(YamlReader& r, const YamlNode& node, const std::string& what,
                                                  DecimalFigure& into, Provenance& provenance) {
  if (!r.check_map(node, "'" + what + "'", {"within", "provenance"}, {"within", "provenance"})) return std::nullopt;
  provenance = load_detail::read_provenance(r, node);
  auto margin = load_detail::decimal(r, node, "within", true);
  if (margin) into = margin->value;
  return margin;
}

void read_conjunction(YamlReader& r, const YamlNode& node, SqsRules& rules) {
  if (!r.check_map(node, "'conjunction'", {"contrast", "provenance"}, {"contrast", "provenance"})) return;
  rules.conjunction_provenance = load_detail::read_provenance(r, node);
  if (!node["contrast"] || !r.check_sequence(node["contrast"], "'contrast'")) return;
  for (const auto& pair : node["contrast"]) {
    const std::vector<std::string> keys = {"previous_year", "national"};
    if (!r.check_map(pair, "a contrasting pair", keys, keys)) continue;
    const auto previous = direction_from(r, pair, "previous_year");
    const auto national = direction_from(r, pair, "national");
    if (previous && national) rules.contrasts.push_back(DirectionPair{*previous, *national});
  }
}

}  // namespace

std::optional<SqsRules> load_sqs_rules(const std::filesystem::path& path, Diagnostics& diags) {
  const std::string file = path.string();
  auto yaml = load_detail::open_yaml(path, diags);
  if (!yaml) return std::nullopt;
  const YamlNode* root = &yaml->root;
  YamlReader r(file, yaml->source, diags);
  const std::vector<std::string> keys = {"name", "family", "title", "sections", "comparison", "same", "slightly",
                                         "conjunction"};
  const std::size_t before = diags.error_count();
  if (!root->IsMap()) {
    r.error(*root, "wrong-type", "expected a map of rules, found " + load_detail::describe_node(*root));
    return std::nullopt;
  }
  SqsRules rules;
  rules.file = file;
  if (auto v = r.text(*root, "name", false)) rules.name = v->value;
  if (auto v = r.text(*root, "family", false)) rules.family = v->value;
  if (rules.family != "sqs" && (*root)["family"]) return rules;  // another family's file: the caller says so
  r.check_map(*root, "the rules", keys, keys);
  if (auto v = r.text(*root, "title", false)) rules.title = v->value;
  if ((*root)["sections"]) read_sections(r, (*root)["sections"], rules);
  if ((*root)["comparison"]) read_direction(r, (*root)["comparison"], rules);
  std::optional<Located<DecimalFigure>> same, slightly;
  if ((*root)["same"]) same = read_margin(r, (*root)["same"], "same", rules.same_within, rules.same_provenance);
  if ((*root)["slightly"])
    slightly = read_margin(r, (*root)["slightly"], "slightly", rules.slightly_within, rules.slightly_provenance);
  if (same && slightly && same->value.hundredths > slightly->value.hundredths)
    r.error_at(same->pos, "margins-out-of-order",
               "'same' (within " + same->value.text() + " points) is wider than 'slightly' (within " +
                   slightly->value.text() + "), so no difference would ever be called slight");
  if ((*root)["conjunction"]) read_conjunction(r, (*root)["conjunction"], rules);
  if (diags.error_count() > before) return std::nullopt;
  return rules;
}

}  // namespace quire
