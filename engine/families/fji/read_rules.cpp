// Reads data/rules/fji-*.yaml: the descriptor scale and bands, stars, moderation and themes.
#include "families/fji/read_rules.hpp"

#include <algorithm>
#include <set>

#include "load/yaml_file.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlNode;
using load_detail::YamlReader;
using load_detail::read_provenance;

namespace {


// A rule that is only its provenance: {provenance: ...}.
Provenance read_rule(YamlReader& r, const YamlNode& root, const std::string& key) {
  const YamlNode node = root[key];
  if (!node.IsDefined() || !r.check_map(node, "'" + key + "'", {"provenance"}, {"provenance"})) return {};
  return read_provenance(r, node);
}

// `moderation`: its provenance, and the bound on how far it may move a descriptor, with its own.
void read_moderation(YamlReader& r, const YamlNode& root, FjiRules& rules) {
  const YamlNode node = root["moderation"];
  if (!node.IsDefined() || !r.check_map(node, "'moderation'", {"provenance", "bound"}, {"provenance", "bound"}))
    return;
  rules.moderation = read_provenance(r, node);
  const YamlNode bound = node["bound"];
  if (!r.check_map(bound, "'moderation.bound'", {"max_steps", "provenance"}, {"max_steps", "provenance"})) return;
  if (auto m = r.integer(bound, "max_steps", 0, 10)) rules.moderation_max_steps = m->value;
  rules.moderation_bound = read_provenance(r, bound);
}

void check_on_scale(YamlReader& r, const FjiRules& rules, const Located<std::string>& descriptor) {
  if (rules.scale_index(descriptor.value) < 0)
    r.error_at(descriptor.pos, "unknown-descriptor",
               "descriptor '" + descriptor.value + "' is not on the scale (" + rules.scale_list() + ")");
}

void read_bands(YamlReader& r, const YamlNode& node, FjiRules& rules) {
  if (!r.check_map(node, "'descriptors'", {"bands", "provenance"}, {"bands", "provenance"})) return;
  rules.bands_provenance = read_provenance(r, node);
  const YamlNode bands = node["bands"];
  if (!r.check_sequence(bands, "'bands'")) return;
  for (const auto& b : bands) {
    if (!r.check_map(b, "a band", {"descriptor", "min_percent"}, {"descriptor", "min_percent"})) continue;
    FjiBand band;
    if (auto d = r.text(b, "descriptor")) {
      band.descriptor = d->value;
      check_on_scale(r, rules, *d);
    }
    if (auto m = r.integer(b, "min_percent", 0, 100)) band.min_percent = m->value;
    if (!rules.bands.empty() && band.min_percent >= rules.bands.back().min_percent)
      r.error(b, "bands-out-of-order", "bands must be listed highest first, each below the one before");
    rules.bands.push_back(band);
  }
  if (rules.bands.empty() || rules.bands.back().min_percent != 0)
    r.error(bands, "bands-incomplete", "the lowest band must start at 0 so every score has a descriptor");
}

void read_stars(YamlReader& r, const YamlNode& node, FjiRules& rules) {
  if (!r.check_map(node, "'stars'", {"ratings", "provenance"}, {"ratings", "provenance"})) return;
  rules.stars_provenance = read_provenance(r, node);
  if (!r.check_map(node["ratings"], "'ratings'", rules.scale, rules.scale)) return;
  for (const auto& d : rules.scale)
    if (auto n = r.integer(node["ratings"], d, 0, 10, false)) rules.stars[d] = n->value;
}

std::vector<FjiQuestion> read_questions(YamlReader& r, const YamlNode& node, int theme,
                                        std::set<std::string>& seen) {
  std::vector<FjiQuestion> questions;
  if (!r.check_sequence(node, "'questions'")) return questions;
  for (const auto& q : node) {
    if (!r.check_map(q, "a question", {"id", "about"}, {"id", "about"})) continue;
    FjiQuestion question;
    if (auto id = r.text(q, "id")) {
      question.id = id->value;
      if (question.id.rfind(std::to_string(theme) + ".", 0) != 0)
        r.error_at(id->pos, "question-in-wrong-theme",
                   "question " + question.id + " is listed under theme " + std::to_string(theme));
      if (!seen.insert(question.id).second)
        r.error_at(id->pos, "duplicate-question", "question " + question.id + " appears twice");
    }
    if (auto a = r.text(q, "about")) question.about = a->value;
    questions.push_back(std::move(question));
  }
  return questions;
}

FjiThemeRule read_theme(YamlReader& r, const YamlNode& node, std::set<std::string>& seen) {
  FjiThemeRule t;
  if (!r.check_map(node, "a theme", {"number", "key", "judged", "sections", "questions"},
                   {"number", "key", "judged", "sections"}))
    return t;
  if (auto n = r.integer(node, "number", 1, 20)) t.number = n->value;
  if (auto k = r.text(node, "key")) t.key = k->value;
  if (auto j = r.boolean(node, "judged")) t.judged = j->value;
  t.sections = r.string_list(node, "sections");
  if (node["sections"] && t.sections.empty())
    r.error(node["sections"], "empty-list", "theme " + std::to_string(t.number) + " names no sections");
  if (node["questions"]) t.questions = read_questions(r, node["questions"], t.number, seen);
  if (t.judged && !t.questions.empty())
    r.error(node["questions"], "judged-with-questions",
            "theme " + std::to_string(t.number) + " is judged; it pools no case assessment questions");
  if (!t.judged && t.questions.empty())
    r.error(node, "theme-without-questions",
            "theme " + std::to_string(t.number) + " is scored from cases: list the questions it pools");
  return t;
}

void read_body(YamlReader& r, const YamlNode& root, FjiRules& rules) {
  if (auto v = r.text(root, "name")) rules.name = v->value;
  if (auto v = r.text(root, "family")) rules.family = v->value;
  if (auto v = r.text(root, "title")) rules.title = v->value;
  rules.scale = r.string_list(root, "scale");
  rules.pooling = read_rule(r, root, "pooling");
  if (root["descriptors"]) read_bands(r, root["descriptors"], rules);
  if (root["stars"]) read_stars(r, root["stars"], rules);
  read_moderation(r, root, rules);
  std::set<std::string> seen_questions;
  std::set<int> seen_numbers;
  if (const YamlNode ts = root["themes"]; ts && r.check_sequence(ts, "'themes'"))
    for (const auto& t : ts) {
      rules.themes.push_back(read_theme(r, t, seen_questions));
      if (!seen_numbers.insert(rules.themes.back().number).second)
        r.error(t, "duplicate-theme", "theme " + std::to_string(rules.themes.back().number) + " appears twice");
    }
}

}  // namespace

std::optional<FjiRules> load_fji_rules(const std::filesystem::path& path, Diagnostics& diags) {
  const std::string file = path.string();
  auto yaml = load_detail::open_yaml(path, diags);
  if (!yaml) return std::nullopt;
  const YamlNode* root = &yaml->root;
  YamlReader r(file, yaml->source, diags);
  const std::vector<std::string> keys = {"name",  "family",     "title", "scale", "pooling",
                                         "descriptors", "stars", "moderation", "themes"};
  const std::size_t before = diags.error_count();
  if (!r.check_map(*root, "the rules", keys, keys)) return std::nullopt;
  FjiRules rules;
  rules.file = file;
  read_body(r, *root, rules);
  if (diags.error_count() > before) return std::nullopt;
  return rules;
}

}  // namespace quire
