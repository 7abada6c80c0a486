// Reads a label catalogue: nested maps of labels, flattened to dotted keys.
#include "load/load.hpp"
#include "load/parse_cache.hpp"
#include "load/yaml_file.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlNode;
using load_detail::YamlReader;

namespace {

std::optional<LabelStatus> status_from_name(const std::string& name) {
  if (name == "seen") return LabelStatus::seen;
  if (name == "standard") return LabelStatus::standard;
  if (name == "proposed") return LabelStatus::proposed;
  if (name == "reviewed") return LabelStatus::reviewed;
  return std::nullopt;
}

struct Flattener {
  YamlReader& r;
  std::map<std::string, Label> labels;
  std::map<std::string, std::vector<std::string>> lists;

  void walk(const YamlNode& node, const std::string& prefix) {
    if (node.IsScalar()) {
      labels[prefix] = Label{node.Scalar(), LabelStatus::unreviewed};
    } else if (node.IsSequence()) {
      auto& list = lists[prefix];
      for (const auto& item : node)
        if (auto t = r.text_of(item, "an item of '" + prefix + "'")) list.push_back(t->value);
    } else if (node.IsMap() && node["text"] && node["status"] && node.size() == 2) {
      // A reviewed entry: {text: ..., status: seen|standard|proposed}.
      Label label{node["text"].Scalar(), LabelStatus::unreviewed};
      if (auto s = status_from_name(node["status"].Scalar())) label.status = *s;
      else r.error(node["status"], "bad-status",
                   "label status must be seen, standard, reviewed or proposed, found " + load_detail::describe_node(node["status"]));
      labels[prefix] = label;
    } else if (node.IsMap()) {
      for (const auto& entry : node) walk(entry.second, prefix.empty() ? entry.first.Scalar() : prefix + "." + entry.first.Scalar());
    } else {
      r.error(node, "wrong-type", "expected text, a list or a map for label '" + prefix + "'");
    }
  }
};

// Every {text, status} label under `node`, with where its map is written.
void collect_entries(const YamlNode& node, const std::string& prefix, std::vector<LabelEntry>& out) {
  if (node.IsMap() && node["text"].IsScalar() && node["status"].IsScalar() && node.size() == 2) {
    const auto mark = node.Mark();
    out.push_back(LabelEntry{prefix, node["text"].Scalar(), node["status"].Scalar(), mark.line + 1, mark.column + 1});
  } else if (node.IsMap()) {
    for (const auto& entry : node)
      collect_entries(entry.second, prefix.empty() ? entry.first.Scalar() : prefix + "." + entry.first.Scalar(), out);
  }
}

}  // namespace

std::optional<std::vector<LabelEntry>> label_entries(const std::filesystem::path& path, Diagnostics& diags) {
  auto text = load_detail::read_yaml_text(path, diags);
  if (!text) return std::nullopt;
  return label_entries_in(path.string(), *text, diags);
}

std::optional<std::vector<LabelEntry>> label_entries_in(const std::string& file, const std::string& text,
                                                        Diagnostics& diags) {
  auto yaml = load_detail::yaml_from_text(file, text, diags);
  if (!yaml) return std::nullopt;
  std::vector<LabelEntry> out;
  collect_entries(yaml->root["labels"], "", out);
  return out;
}

std::optional<Catalogue> load_catalogue(const std::filesystem::path& path, Diagnostics& diags) {
  const std::string file = path.string();
  auto text = load_detail::read_yaml_text(path, diags);
  if (!text) return std::nullopt;
  const std::string& source = *text;
  if (auto cached = load_detail::cached_catalogue(file, source)) return cached;
  const std::size_t known = diags.all().size();
  auto yaml = load_detail::yaml_from_text(file, source, diags);
  if (!yaml) return std::nullopt;
  const YamlNode* root = &yaml->root;
  YamlReader r(file, yaml->source, diags);
  if (!r.check_map(*root, "the catalogue", {"language", "labels"}, {"language", "labels"})) return std::nullopt;
  auto language = r.text(*root, "language");
  Flattener f{r, {}, {}};
  f.walk((*root)["labels"], "");
  if (!language) return std::nullopt;
  Catalogue catalogue(language->value, file, std::move(f.labels), std::move(f.lists));
  if (diags.all().size() == known) load_detail::keep_catalogue(source, catalogue);
  return catalogue;
}

}  // namespace quire
