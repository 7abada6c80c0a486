// Reads the CCI report's sections, practice examples and service users' views.
#include "families/cci/read.hpp"
#include "load/key_check.hpp"

namespace quire::load_detail {

namespace {

std::optional<Located<int>> optional_percent(YamlReader& r, const YamlNode& map, const std::string& key,
                                             const std::string& what) {
  const YamlNode node = map[key];
  if (!node.IsDefined()) return std::nullopt;
  return r.integer_of(node, what, 0, 100);
}

CriterionData read_criterion(YamlReader& r, const YamlNode& node) {
  CriterionData c;
  if (!check_keys(r, node, "a general criterion", "cci", "criterion")) return c;
  if (auto n = r.text(node, "number")) c.number = *n;
  c.score = optional_percent(r, node, "score", "the score of criterion " + c.number.value);
  c.strengths = r.markdown_list(node, "strengths");
  c.improvements = r.markdown_list(node, "improvements");
  return c;
}

SectionData read_section(YamlReader& r, const YamlNode& node) {
  SectionData s;
  if (!check_keys(r, node, "a section", "cci", "section")) return s;
  if (auto n = r.integer(node, "number", 1, 9)) s.number = *n;
  s.score = optional_percent(r, node, "score", "the overall score of section " + std::to_string(s.number.value));
  if (const YamlNode criteria = node["criteria"]; criteria && r.check_sequence(criteria, "'criteria'")) {
    s.criteria_pos = r.pos(criteria);
    for (const auto& c : criteria) s.criteria.push_back(read_criterion(r, c));
  }
  s.commentary = r.markdown(node, "commentary");
  return s;
}

QuestionnaireGroup read_group(YamlReader& r, const YamlNode& map, const std::string& key) {
  QuestionnaireGroup g;
  const YamlNode node = map[key];
  if (!node.IsDefined()) return g;  // reported as a missing required key
  if (!check_keys(r, node, "'" + key + "'", "cci", "questionnaires")) return g;
  if (auto n = r.integer(node, "questionnaires", 0, 100000)) g.questionnaires = *n;
  g.findings = r.markdown_list(node, "findings");
  return g;
}

}  // namespace

std::vector<SectionData> read_cci_sections(YamlReader& r, const YamlNode& node) {
  std::vector<SectionData> sections;
  if (!r.check_sequence(node, "'sections'")) return sections;
  for (const auto& s : node) sections.push_back(read_section(r, s));
  // Said once here: the score's check would otherwise name every section and criterion as missing.
  if (sections.empty()) r.error(node, "empty-list", "'sections' lists no section");
  return sections;
}

std::vector<PracticeExample> read_practice_examples(YamlReader& r, const YamlNode& node) {
  std::vector<PracticeExample> examples;
  if (!r.check_sequence(node, "'making_a_difference'")) return examples;
  for (const auto& item : node) {
    if (!check_keys(r, item, "a practice example", "cci", "practice_example"))
      continue;
    PracticeExample e;
    if (auto s = r.integer(item, "section", 1, 9)) e.section = *s;
    if (auto c = r.text(item, "criterion")) e.criterion = *c;
    e.text = r.markdown(item, "text");
    examples.push_back(std::move(e));
  }
  // "Making a difference" introduces its examples ("Here are some examples ... that impressed us"):
  // with none, the page would announce nothing.
  if (examples.empty() && node.size() == 0) r.error(node, "empty-list", "'making_a_difference' lists no practice example");
  return examples;
}

void read_service_users(YamlReader& r, const YamlNode& node, CciReport& out) {
  if (!check_keys(r, node, "'service_users'", "cci", "service_users")) return;
  out.young_people = read_group(r, node, "children_and_young_people");
  out.victims = read_group(r, node, "victims");
}

}  // namespace quire::load_detail
