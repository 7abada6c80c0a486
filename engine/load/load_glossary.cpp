// Reads data/glossary.yaml.
#include "load/load.hpp"
#include "load/parse_cache.hpp"
#include "load/yaml_file.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlNode;
using load_detail::YamlReader;

namespace {

std::optional<GlossaryWording> read_wording(YamlReader& r, const YamlNode& node, const GlossaryWording* fallback) {
  if (!r.check_map(node, "a glossary wording", {"term", "definition"}, {})) return std::nullopt;
  GlossaryWording w = fallback ? *fallback : GlossaryWording{};
  if (auto t = r.text(node, "term", false)) w.term = t->value;
  if (auto d = r.text(node, "definition", false)) w.definition = d->value;
  if (w.term.empty() || w.definition.empty()) {
    r.error(node, "missing-key", "a glossary wording needs a term and a definition");
    return std::nullopt;
  }
  return w;
}

void check_see_also_listed(YamlReader& r, const YamlNode& node, const GlossaryTerm& term);

GlossaryTerm read_term(YamlReader& r, const YamlNode& node) {
  GlossaryTerm term;
  if (!r.check_map(node, "a glossary term", {"id", "acronyms", "see_also", "en", "cy", "families"}, {"id", "en"}))
    return term;
  if (auto id = r.text(node, "id")) term.id = id->value;
  term.acronyms = r.string_list(node, "acronyms", false);
  term.see_also = r.string_list(node, "see_also", false);
  for (const char* language : {"en", "cy"})
    if (node[language])
      if (auto w = read_wording(r, node[language], nullptr)) term.wording[language] = *w;
  if (const YamlNode families = node["families"]; families && r.check_map(families, "'families'",
                                                                            {"fji", "sqs", "cci", "domain-rated"}, {})) {
    const auto en = term.wording.find("en");
    for (const auto& entry : families) {
      if (entry.second.IsMap() && entry.second.size() == 0) continue;  // {}: the plain English wording
      if (auto w = read_wording(r, entry.second, en == term.wording.end() ? nullptr : &en->second))
        term.family_wording[entry.first.Scalar()] = *w;
    }
  }
  check_see_also_listed(r, node, term);
  return term;
}

// A definition that says "See also" names terms a report's glossary must hold too; `see_also` lists
// their ids so that can be checked (check_glossary_selection).
void check_see_also_listed(YamlReader& r, const YamlNode& node, const GlossaryTerm& term) {
  if (!term.see_also.empty()) return;
  auto says_see_also = [](const GlossaryWording& w) {
    return w.definition.find("See also") != std::string::npos || w.definition.find("Gweler hefyd") != std::string::npos;
  };
  bool says = false;
  for (const auto& [language, w] : term.wording) says = says || says_see_also(w);
  for (const auto& [family, w] : term.family_wording) says = says || says_see_also(w);
  if (says)
    r.error(node, "see-also-unlisted",
            "glossary term '" + term.id + "' says \"See also\": list the ids it names under 'see_also'");
}

}  // namespace

std::optional<Glossary> load_glossary(const std::filesystem::path& path, Diagnostics& diags) {
  const std::string file = path.string();
  auto text = load_detail::read_yaml_text(path, diags);
  if (!text) return std::nullopt;
  const std::string& source = *text;
  if (auto cached = load_detail::cached_glossary(source)) return cached;
  const std::size_t known = diags.all().size();
  auto yaml = load_detail::yaml_from_text(file, source, diags);
  if (!yaml) return std::nullopt;
  const YamlNode* root = &yaml->root;
  YamlReader r(file, yaml->source, diags);
  if (!r.check_map(*root, "the glossary", {"common_acronyms", "terms", "family_lists"}, {"terms"})) return std::nullopt;
  Glossary g;
  g.common_acronyms = r.string_list(*root, "common_acronyms", false);
  if (r.check_sequence((*root)["terms"], "'terms'"))
    for (const auto& t : (*root)["terms"]) g.terms.push_back(read_term(r, t));
  for (const auto& t : g.terms)
    for (const auto& id : t.see_also)
      if (!g.find(id))
        r.error((*root)["terms"], "unknown-term", "glossary term '" + t.id + "' sees also undefined term '" + id + "'");
  if (const YamlNode lists = (*root)["family_lists"]; lists && lists.IsMap())
    for (const auto& entry : lists) {
      g.family_lists[entry.first.Scalar()] = r.string_list(lists, entry.first.Scalar());
      for (const auto& id : g.family_lists[entry.first.Scalar()])
        if (!g.find(id)) r.error(entry.second, "unknown-term", "family list names undefined term '" + id + "'");
    }
  if (diags.all().size() == known) load_detail::keep_glossary(source, g);
  return g;
}

}  // namespace quire
