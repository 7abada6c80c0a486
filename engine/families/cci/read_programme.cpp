// Reads a CCI programme file: the headline scores of the programme's inspections, from which
// the foreword's table of lowest, highest and average scores is computed.
#include <filesystem>

#include "base/files.hpp"
#include "base/text.hpp"
#include "families/cci/read.hpp"
#include "load/yaml_file.hpp"

namespace quire::load_detail {

namespace fs = std::filesystem;

namespace {

ProgrammeInspection read_entry(YamlReader& r, const YamlNode& node) {
  ProgrammeInspection e;
  e.pos = r.pos(node);
  const std::vector<std::string> keys = {"area", "country", "published", "scores"};
  if (!r.check_map(node, "a programme inspection", keys, keys)) return e;
  if (auto a = r.text(node, "area")) e.area = *a;
  if (auto c = r.text(node, "country")) {
    e.country = c->value;
    if (e.country != "england" && e.country != "wales")
      r.error_at(c->pos, "unknown-country", "expected 'england' or 'wales' for 'country', found '" + e.country + "'");
  }
  if (auto d = r.year_month(node, "published")) e.published = *d;
  const YamlNode scores = node["scores"];
  if (!scores.IsDefined()) return e;
  if (!scores.IsMap()) {
    r.error(scores, "wrong-type", "expected a map of headline to percentage for 'scores', found " + describe_node(scores));
    return e;
  }
  for (const auto& s : scores)
    if (auto p = r.integer_of(s.second, "the score '" + s.first.Scalar() + "'", 0, 100)) e.scores[s.first.Scalar()] = *p;
  return e;
}

void read_programme_root(YamlReader& r, const YamlNode& root, ProgrammeData& out) {
  if (!r.check_map(root, "the programme", {"programme", "source", "inspections"}, {"programme", "source", "inspections"}))
    return;
  if (auto n = r.text(root, "programme")) out.name = n->value;
  if (auto s = r.text(root, "source")) out.source = s->value;
  if (const YamlNode list = root["inspections"]; list && r.check_sequence(list, "'inspections'"))
    for (const auto& item : list) out.inspections.push_back(read_entry(r, item));
}

}  // namespace

std::optional<ProgrammeData> read_programme(YamlReader& r, const YamlNode& node) {
  auto name = r.text_of(node, "'programme'");
  if (!name) return std::nullopt;
  const auto inside = path_inside(fs::path(r.file()).parent_path(), name->value);
  if (!inside) {
    r.error_at(name->pos, "path-leaves-folder",
               "'programme' must name a file in the inspection's folder (or below it), found '" + name->value + "'");
    return std::nullopt;
  }
  const fs::path path = *inside;
  const auto yaml = open_yaml(path, r.diags(), name->pos);
  if (!yaml) return std::nullopt;
  ProgrammeData data;
  data.file = *name;
  YamlReader programme_reader(yaml->file, yaml->source, r.diags());
  read_programme_root(programme_reader, yaml->root, data);
  return data;
}

}  // namespace quire::load_detail
