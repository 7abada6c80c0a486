// Reads data/rules/NAME.yaml: the rating scale, bands, points and framework structure.
#include <algorithm>

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
    if (!node.IsDefined()) r.report_missing(map, "bands");
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

FrameworkDomain read_domain(YamlReader& r, const YamlNode& node) {
  FrameworkDomain d;
  if (!r.check_map(node, "a framework domain", {"number", "key", "judged", "standards"},
                   {"number", "key", "judged", "standards"}))
    return d;
  if (auto n = r.integer(node, "number", 1, 9)) d.number = n->value;
  if (auto k = r.text(node, "key")) d.key = k->value;
  if (auto j = r.boolean(node, "judged")) d.judged = j->value;
  if (!r.check_sequence(node["standards"], "'standards'")) return d;
  for (const auto& s : node["standards"]) {
    if (!r.check_map(s, "a framework standard", {"number", "key_questions", "counts_to_overall"},
                     {"number", "key_questions"}))
      continue;
    FrameworkStandard fs;
    if (auto n = r.text(s, "number")) fs.number = n->value;
    fs.key_questions = r.string_list(s, "key_questions");
    if (auto c = r.boolean(s, "counts_to_overall", false)) fs.counts_to_overall = c->value;
    d.standards.push_back(fs);
  }
  return d;
}

}  // namespace

std::optional<RuleSet> load_rules(const std::filesystem::path& path, Diagnostics& diags) {
  const std::string file = path.string();
  auto yaml = load_detail::open_yaml(path, diags);
  if (!yaml) return std::nullopt;
  const YamlNode* root = &yaml->root;
  YamlReader r(file, yaml->source, diags);
  const std::vector<std::string> keys = {"name", "family", "title", "scale", "standard_rating",
                                         "discretion", "overall_rating", "domains"};
  const std::size_t before = diags.error_count();
  if (!r.check_map(*root, "the rules", keys, keys)) return std::nullopt;
  RuleSet rules;
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
  if (diags.error_count() > before) return std::nullopt;
  return rules;
}

}  // namespace quire
