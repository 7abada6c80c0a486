// Reads data/rules/NAME.yaml: the rating scale, bands, points and framework structure.
#include <algorithm>

#include "families/domain_rated/read_rules.hpp"
#include "load/load.hpp"
#include "load/yaml_file.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlNode;
using load_detail::YamlReader;
using load_detail::read_provenance;

namespace load_detail {

Provenance provenance_in(YamlReader& r, const YamlNode& node) {
  Provenance p;
  if (!node.IsDefined()) return p;
  if (!r.check_map(node, "'provenance'", {"status", "evidence"}, {"status", "evidence"})) return p;
  if (auto s = r.text(node, "status")) {
    p.status = s->value;
    if (p.status != "reference" && p.status != "published" && p.status != "inferred")
      r.error_at(s->pos, "bad-provenance",
                 "provenance status must be reference, published or inferred, found '" + p.status + "'");
  }
  if (auto e = r.text(node, "evidence")) p.evidence = e->value;
  return p;
}

Provenance read_provenance(YamlReader& r, const YamlNode& map) {
  const YamlNode node = map["provenance"];
  if (!node.IsDefined()) {
    r.error(map, "missing-provenance", "every rule needs a 'provenance' (status and evidence)");
    return {};
  }
  return provenance_in(r, node);
}

}  // namespace load_detail

namespace {


// Bands listed highest first, each naming a rating on the scale.
std::vector<Band> read_bands(YamlReader& r, const YamlNode& map, const std::string& bound,
                             const std::vector<std::string>& scale) {
  std::vector<Band> bands;
  const YamlNode node = map["bands"];
  if (!node.IsDefined() || !r.check_sequence(node, "'bands'")) {
    if (!node.IsDefined()) r.error(map, "missing-key", "missing required key 'bands'");
    return bands;
  }
  for (const auto& b : node) {
    if (!r.check_map(b, "a band", {"rating", bound}, {"rating", bound})) continue;
    Band band;
    if (auto rating = r.text(b, "rating")) {
      band.rating = rating->value;
      if (std::find(scale.begin(), scale.end(), band.rating) == scale.end())
        r.error_at(rating->pos, "unknown-rating", "band rating '" + band.rating + "' is not on the scale");
    }
    if (auto m = r.integer(b, bound, 0, 1000)) band.minimum = m->value;
    if (!bands.empty() && band.minimum >= bands.back().minimum)
      r.error(b, "bands-out-of-order", "bands must be listed highest first, each below the one before");
    bands.push_back(band);
  }
  if (!bands.empty() && bands.back().minimum != 0)
    r.error(node, "bands-incomplete", "the lowest band must start at 0 so every score has a rating");
  return bands;
}

// "true" or "false"; anything else is reported.
bool read_flag(YamlReader& r, const YamlNode& map, const std::string& key, bool absent) {
  const auto v = r.text(map, key, false);
  if (!v) return absent;
  if (v->value != "true" && v->value != "false")
    r.error_at(v->pos, "wrong-type", "expected true or false for '" + key + "', found '" + v->value + "'");
  return v->value == "true";
}

FrameworkStandard read_standard(YamlReader& r, const YamlNode& s, bool judged_by_default) {
  FrameworkStandard fs;
  fs.judged = judged_by_default;
  if (!r.check_map(s, "a framework standard", {"number", "key_questions", "judged", "counts_to_overall", "provenance"},
                   {"number", "key_questions"}))
    return fs;
  if (auto n = r.text(s, "number")) fs.number = n->value;
  fs.key_questions = r.string_list(s, "key_questions");
  fs.judged = read_flag(r, s, "judged", judged_by_default);
  fs.counts_to_overall = read_flag(r, s, "counts_to_overall", true);
  fs.provenance = provenance_in(r, s["provenance"]);
  if (!fs.judged && fs.key_questions.empty())
    r.error(s, "no-key-questions", "standard " + fs.number + " is rated from cases but names no key questions");
  return fs;
}

FrameworkDomain read_domain(YamlReader& r, const YamlNode& node) {
  FrameworkDomain d;
  if (!r.check_map(node, "a framework domain",
                   {"number", "key", "judged", "samples", "may_be_not_rated", "provenance", "standards"},
                   {"number", "key", "judged", "standards"}))
    return d;
  if (auto n = r.integer(node, "number", 1, 9)) d.number = n->value;
  if (auto k = r.text(node, "key")) d.key = k->value;
  d.judged = read_flag(r, node, "judged", false);
  if (node["samples"]) d.samples = r.string_list(node, "samples");
  d.may_be_not_rated = read_flag(r, node, "may_be_not_rated", false);
  d.provenance = provenance_in(r, node["provenance"]);
  if (d.may_be_not_rated && !node["provenance"])
    r.error(node, "missing-provenance", "a domain that may be left not rated needs a 'provenance' saying why");
  if (!r.check_sequence(node["standards"], "'standards'")) return d;
  for (const auto& s : node["standards"]) d.standards.push_back(read_standard(r, s, d.judged));
  return d;
}

// A folder name under templates/ or data/i18n/: one plain name, never a path.
std::string read_folder(YamlReader& r, const YamlNode& root, const std::string& key, SourcePos* at = nullptr) {
  const auto v = r.text(root, key, false);
  if (!v) return {};
  if (at) *at = v->pos;
  if (v->value.empty() || v->value.find_first_of("/\\") != std::string::npos || v->value[0] == '.')
    r.error_at(v->pos, "bad-folder", "'" + key + "' names a folder by its name alone, found '" + v->value + "'");
  return v->value;
}

// The `wording` entries: labels this framework defines in the rules file itself. An entry whose
// status is `unconfirmed` is a placeholder for words not published where we could read them.
std::vector<FrameworkWording> read_wording(YamlReader& r, const YamlNode& node) {
  std::vector<FrameworkWording> out;
  if (!r.check_sequence(node, "'wording'")) return out;
  for (const auto& entry : node) {
    if (!r.check_map(entry, "a wording entry", {"label", "status", "en", "cy"}, {"label", "status", "en", "cy"}))
      continue;
    FrameworkWording w;
    w.pos = r.pos(entry);
    if (auto l = r.text(entry, "label")) w.label = l->value;
    for (const char* language : {"en", "cy"})
      if (auto t = r.text(entry, language)) w.text[language] = t->value;
    const auto status = r.text(entry, "status");
    if (status && status->value != "unconfirmed" && status->value != "confirmed")
      r.error_at(status->pos, "bad-wording-status",
                 "a wording's status is unconfirmed or confirmed, found '" + status->value + "'");
    w.confirmed = status && status->value == "confirmed";
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace

std::optional<DomainRules> load_domain_rules(const std::filesystem::path& path, Diagnostics& diags) {
  const std::string file = path.string();
  auto yaml = load_detail::open_yaml(path, diags);
  if (!yaml) return std::nullopt;
  const YamlNode* root = &yaml->root;
  YamlReader r(file, yaml->source, diags);
  const std::vector<std::string> keys = {"name",           "family",  "title",     "scale",  "standard_rating",
                                         "discretion",     "overall_rating", "domains", "templates", "labels",
                                         "wording"};
  const std::vector<std::string> required(keys.begin(), keys.begin() + 8);
  const std::size_t before = diags.error_count();
  if (!r.check_map(*root, "the rules", keys, required)) return std::nullopt;
  DomainRules rules;
  rules.file = file;
  if (auto v = r.text(*root, "name")) rules.name = v->value;
  if (auto v = r.text(*root, "family")) rules.family = v->value;
  if (auto v = r.text(*root, "title")) rules.title = v->value;
  rules.scale = r.string_list(*root, "scale");
  if (const YamlNode s = (*root)["standard_rating"];
      s && r.check_map(s, "'standard_rating'", {"method", "bands", "provenance"}, {"method", "bands", "provenance"})) {
    if (auto m = r.text(s, "method")) {
      rules.standard.method = m->value;
      if (m->value != "lowest_key_question")
        r.error_at(m->pos, "unknown-method", "unknown rating method '" + m->value + "'; expected lowest_key_question");
    }
    rules.standard.bands = read_bands(r, s, "min_percent", rules.scale);
    rules.standard.provenance = read_provenance(r, s);
  }
  if (const YamlNode d = (*root)["discretion"];
      d && r.check_map(d, "'discretion'", {"max_steps", "provenance"}, {"max_steps", "provenance"})) {
    if (auto m = r.integer(d, "max_steps", 0, 10)) rules.discretion.max_steps = m->value;
    rules.discretion.provenance = read_provenance(r, d);
  }
  if (const YamlNode o = (*root)["overall_rating"];
      o && r.check_map(o, "'overall_rating'", {"points", "bands", "provenance"}, {"points", "bands", "provenance"})) {
    if (r.check_map(o["points"], "'points'", rules.scale, rules.scale))
      for (const auto& rating : rules.scale)
        if (auto p = r.integer(o["points"], rating, 0, 100, false)) rules.overall.points[rating] = p->value;
    rules.overall.bands = read_bands(r, o, "min_points", rules.scale);
    rules.overall.provenance = read_provenance(r, o);
  }
  if (const YamlNode ds = (*root)["domains"]; ds && r.check_sequence(ds, "'domains'"))
    for (const auto& d : ds) rules.domains.push_back(read_domain(r, d));
  rules.templates = read_folder(r, *root, "templates");
  rules.labels = read_folder(r, *root, "labels", &rules.labels_pos);
  if (const YamlNode w = (*root)["wording"]) rules.wording = read_wording(r, w);
  if (diags.error_count() > before) return std::nullopt;
  return rules;
}

}  // namespace quire
