#include "scaffold/scaffold.hpp"

#include <fstream>

#include "base/files.hpp"
#include "families/registry.hpp"
#include "load/keys.hpp"
#include "load/placeholders.hpp"
#include "scaffold/families.hpp"
#include "scaffold/schema.hpp"

namespace quire::scaffold {

namespace fs = std::filesystem;

namespace {

// The `family:` a rules file declares, read from its text: enough to choose a file, which the
// family's own loader then reads in full.
std::string declared_family(const fs::path& rules_file) {
  std::ifstream in(rules_file);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("family:", 0) == 0) {
      std::string value = line.substr(7);
      value = value.substr(0, value.find('#'));
      const auto first = value.find_first_not_of(' '), last = value.find_last_not_of(' ');
      return first == std::string::npos ? "" : value.substr(first, last - first + 1);
    }
  return "";
}

// The rules file to scaffold from: the one named, else the family's only one.
std::optional<fs::path> rules_file(const Request& request, Diagnostics& diags) {
  const fs::path folder = request.root / "data" / "rules";
  if (!request.rules.empty()) {
    const fs::path file = folder / (request.rules + ".yaml");
    if (!fs::exists(file)) {
      diags.error(SourcePos{file.string(), 0, 0}, "unknown-rules", "no rules file '" + request.rules + "' in " + folder.string());
      return std::nullopt;
    }
    if (const std::string family = declared_family(file); family != request.family) {
      diags.error(SourcePos{file.string(), 0, 0}, "rules-family-mismatch",
                  "the rules '" + request.rules + "' are for the family '" + family + "', not '" + request.family + "'");
      return std::nullopt;
    }
    return file;
  }
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec))
    if (e.path().extension() == ".yaml" && declared_family(e.path()) == request.family) found.push_back(e.path());
  if (found.size() == 1) return found.front();
  std::string names;
  for (const auto& f : found) names += (names.empty() ? "" : ", ") + f.stem().string();
  diags.error(SourcePos{folder.string(), 0, 0}, found.empty() ? "unknown-rules" : "rules-ambiguous",
              found.empty() ? "no rules file for the family '" + request.family + "' in " + folder.string()
                            : "the family '" + request.family + "' has several rules files (" + names +
                                  "); choose one with --rules NAME");
  return std::nullopt;
}

void write_header(Writer& w, const Request& request, const fs::path& rules) {
  // VS Code's YAML extension (and other editors using yaml-language-server) reads this line.
  w.line(std::string("# yaml-language-server: $schema=") + kSchemaFile);
  w.comment("A new " + request.family + " inspection (rules: " + rules.stem().string() + "), made by `quire new`.");
  w.comment("Each " + std::string(kPlaceholderTag) + " value is still to be written: replace the tag and the text after it");
  w.comment("with what the report says. `quire validate inspection.yaml` lists those left, with their");
  w.comment("lines; `quire render --draft` shows them marked; a final render refuses them.");
  w.comment("Narrative is Markdown. The rest of the report's words come from the templates.");
  const KeyMap& common = common_keys();
  w.value(common.key("family"), request.family);
  w.value(common.key("rules"), rules.stem().string());
  w.comment(common.key("cases").name + ": cases.csv  # " + common.key("cases").description +
            "; uncomment once cases.csv holds it");
  if (request.languages.size() > 1) w.value(common.key("translations"), "{cy: unreviewed}");
  w.blank();
}

void write_footer(Writer& w, const Written& written) {
  const KeyMap& common = common_keys();
  w.blank();
  if (!written.footnotes.empty()) {
    w.open(common.key("footnotes"));
    for (const auto& id : written.footnotes)
      w.todo(KeyDef{id, true, KeyKind::markdown, "", "", true}, "footnote " + id);
    w.close();
  }
  w.value(common.key("glossary"), "[]");
}

}  // namespace

void write_todos(Writer& w, const KeyMap& map, const std::string& prefix) {
  for (const KeyDef& key : map.keys) w.todo(key, prefix + ": " + key.name);
}

void write_address(Writer& w, const KeyDef& key, const std::string& what) {
  const KeyMap& address = address_keys();
  w.open(key);
  KeyDef name = address.key("name");
  name.translated = true;
  w.todo(name, what + ": name");
  w.todo(address.key("address"), what + ": an address line");
  w.close();
}

void write_recommendations(Writer& w, const KeyDef& key) {
  const KeyMap& group = recommendation_keys();
  w.open(key);
  w.item();
  w.todo(group.key("owner"), "who is responsible");
  w.todo(group.key("actions"), "a recommendation");
  w.close();
  w.close();
}

// The area as --area gave it. Welsh names many places with another word (Swansea: Abertawe,
// ../shared/docs/welsh-terms.md) that only the data can give, so a bilingual start leaves the
// Welsh name to write beside the English one.
void write_area(Writer& w, const KeyDef& key, const Request& request) {
  if (request.area.empty()) return w.todo(key, "the area's name");
  std::string value = yaml_quoted(request.area);
  if (w.bilingual() && key.translated)
    value = "{en: " + value + ", cy: " +
            text_placeholder("the area's name in Welsh, the same if Welsh spells it alike") + "}";
  w.value(key, value);
}

std::string case_file_header() { return "case,question,answer\n"; }

std::optional<std::string> inspection_text(const Request& request, Diagnostics& diags) {
  const auto rules = rules_file(request, diags);
  if (!rules) return std::nullopt;
  Writer w(request.languages.size() > 1);
  write_header(w, request, *rules);
  Written written;
  bool ok = false;
  const bool known = Families::with(std::string_view(request.family), [&](const auto* entry) {
    ok = EntryOf<decltype(entry)>::write_scaffold(w, *rules, request, written, diags);
  });
  if (!known)
    diags.error(SourcePos{rules->string(), 0, 0}, "unknown-family", "no scaffold for the family '" + request.family + "'");
  if (!ok) return std::nullopt;
  write_footer(w, written);
  return w.text();
}

bool write_new_inspection(const fs::path& dir, const Request& request, Diagnostics& diags) {
  const fs::path yaml = dir / "inspection.yaml", cases = dir / "cases.csv", schema = dir / kSchemaFile;
  for (const auto& file : {yaml, cases, schema})
    if (fs::exists(file)) {
      diags.error(SourcePos{file.string(), 0, 0}, "would-overwrite",
                  file.string() + " exists; quire new starts an inspection in a new folder and overwrites nothing");
      return false;
    }
  const auto text = inspection_text(request, diags);
  if (!text) return false;
  write_file_atomic(yaml, *text);
  write_file_atomic(cases, case_file_header());
  write_file_atomic(schema, family_schema(request.family, fs::path(request.rules).empty() ? "" : request.rules).value());
  return true;
}

}  // namespace quire::scaffold
