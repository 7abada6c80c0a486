// Reads an inspection's YAML into the model. The schema is documented in the README.
#include <algorithm>
#include <filesystem>

#include "base/files.hpp"
#include "base/text.hpp"
#include "families/registry.hpp"
#include "load/case_csv.hpp"
#include "load/family_readers.hpp"
#include "load/keys.hpp"
#include "load/load.hpp"
#include "load/placeholders.hpp"
#include "load/yaml_file.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlNode;
using load_detail::YamlReader;
namespace fs = std::filesystem;

namespace {

// The top-level keys the inspection's family adds to the common ones, and which of them are
// required. Every Family value has an entry (registry_test), so `top` is always set.
const KeyMap& family_top_keys(Family family) {
  const KeyMap* top = nullptr;
  Families::with(family, [&](const auto* entry) { top = &EntryOf<decltype(entry)>::key_maps().at("top"); });
  return *top;
}

// Reads the family's own keys into the matching alternative of the body.
void read_family(YamlReader& r, const YamlNode& root, Inspection& in) {
  Families::with(in.family, [&](const auto* entry) {
    using Entry = EntryOf<decltype(entry)>;
    Entry::read(r, root, in.body.emplace<typename Entry::Report>());
  });
}

std::optional<Family> read_family_name(YamlReader& r, const YamlNode& root) {
  const YamlNode node = root["family"];
  if (!node.IsDefined()) {
    r.error(root, "missing-key", "missing required key 'family' (one of fji, sqs, cci, domain-rated)");
    return std::nullopt;
  }
  auto name = r.text_of(node, "'family'");
  if (!name) return std::nullopt;
  auto family = family_from_name(name->value);
  if (!family) {
    std::string message = "unknown family '" + name->value + "'; expected one of fji, sqs, cci, domain-rated";
    if (auto near = closest_match(name->value, {"fji", "sqs", "cci", "domain-rated"}))
      message += "; did you mean '" + *near + "'?";
    r.error_at(name->pos, "unknown-family", message);
  }
  return family;
}

void read_translations(YamlReader& r, const YamlNode& node, Inspection& in) {
  if (!r.check_map(node, "'translations'", {"cy", "en"}, {})) return;
  r.accept_words({"reviewed", "unreviewed"});
  for (const auto& entry : node) {
    auto status = r.text_of(entry.second, "the status of the " + entry.first.Scalar() + " translation");
    if (!status) continue;
    if (status->value != "reviewed" && status->value != "unreviewed")
      r.error_at(status->pos, "bad-translation-status",
                 "a translation is 'reviewed' (by a translator) or 'unreviewed', found '" + status->value + "'");
    in.translations[entry.first.Scalar()] = *status;
  }
}

void read_common(YamlReader& r, const YamlNode& root, Inspection& in) {
  if (auto rules = r.text(root, "rules")) in.rules = *rules;
  if (root["translations"]) read_translations(r, root["translations"], in);
  if (root["footnotes"]) in.footnotes = load_detail::read_footnotes(r, root["footnotes"]);
  if (const YamlNode glossary = root["glossary"]; glossary && r.check_sequence(glossary, "'glossary'"))
    for (const auto& g : glossary)
      if (auto id = r.text_of(g, "a glossary id")) in.glossary.push_back(*id);
}

}  // namespace

struct InspectionSource::Parsed : load_detail::YamlFile {
  fs::path folder;
  std::size_t placeholders = 0;
};

std::optional<InspectionSource> InspectionSource::open(const fs::path& path, Diagnostics& diags,
                                                       Severity placeholders) {
  const auto source = load_detail::read_yaml_text(path, diags);
  if (!source) return std::nullopt;
  return from_text(path.string(), *source, path.parent_path(), diags, placeholders);
}

std::optional<InspectionSource> InspectionSource::from_text(const std::string& file, const std::string& source,
                                                            const fs::path& folder, Diagnostics& diags,
                                                            Severity placeholders) {
  auto yaml = load_detail::yaml_from_text(file, source, diags);
  if (!yaml) return std::nullopt;
  auto parsed = std::make_shared<Parsed>(Parsed{std::move(*yaml), folder});
  // What `quire new` left to write, found in the text just read (the tag is not in the tree).
  parsed->placeholders = report_placeholders(file, parsed->source, placeholders, diags);
  return InspectionSource(std::move(parsed));
}

bool InspectionSource::declares_translations() const {
  const YamlNode& root = parsed_->root;
  return root.IsMap() && root["translations"].IsDefined();
}

std::optional<Inspection> InspectionSource::read(Diagnostics& diags, const std::string& language,
                                                 const std::string& fallback_marker) const {
  return read_recording(diags, language, fallback_marker, nullptr, nullptr);
}

std::vector<TranslatableField> InspectionSource::translatable_fields(Diagnostics& diags) const {
  // Read as a Welsh draft, so missing Welsh is what is being looked for, not an error; each field
  // once, in the order of the file (a reader may look at a field twice).
  std::vector<TranslatableField> fields;
  read_recording(diags, "cy", "*[untranslated]* ", &fields, nullptr);
  std::stable_sort(fields.begin(), fields.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  fields.erase(std::unique(fields.begin(), fields.end(), [](const auto& a, const auto& b) { return a.offset == b.offset; }),
               fields.end());
  return fields;
}

std::set<std::string> InspectionSource::accepted_words() const {
  std::set<std::string> words = {"fji", "sqs", "cci", "domain-rated"};  // the families, read before any map
  Diagnostics ignored;
  read_recording(ignored, "en", "", nullptr, &words);
  return words;
}

const std::string& InspectionSource::text() const { return parsed_->source; }

std::size_t InspectionSource::placeholder_count() const { return parsed_->placeholders; }

std::optional<Inspection> InspectionSource::read_recording(Diagnostics& diags, const std::string& language,
                                                           const std::string& fallback_marker,
                                                           std::vector<TranslatableField>* fields,
                                                           std::set<std::string>* vocabulary) const {
  const std::string& file = parsed_->file;
  const YamlNode& root = parsed_->root;
  YamlReader r(file, parsed_->source, diags);
  r.set_language(language);
  r.set_fallback_marker(fallback_marker);
  r.set_root(root);
  r.record_fields(fields);
  r.set_vocabulary_log(vocabulary);
  if (!root.IsMap()) {
    // An empty file has no node to point at: its first line is where the keys should start.
    const std::string message = "expected a map of keys for the inspection, found " + load_detail::describe_node(root);
    if (root.Mark().is_null())
      r.error_at(SourcePos{file, 1, 1}, "wrong-type", message + " (the file has no keys: it is empty or holds only comments)");
    else
      r.error(root, "wrong-type", message);
    return std::nullopt;
  }
  Inspection in;
  in.source_file = file;
  in.top = r.pos(root);
  for (const auto& p : find_placeholders(parsed_->source)) in.typed_stand_ins += p.typed ? 1 : 0;
  const auto family = read_family_name(r, root);
  if (!family) return std::nullopt;
  in.family = *family;
  const KeyMap& own = family_top_keys(*family);
  std::vector<std::string> keys = common_keys().allowed(), required = common_keys().required();
  for (const auto& key : own.allowed()) keys.push_back(key);
  for (const auto& key : own.required()) required.push_back(key);
  r.check_map(root, "the inspection", keys, required);
  read_common(r, root, in);
  read_family(r, root, in);
  r.check_duplicate_keys(root);
  if (auto cases = r.text(root, "cases", false)) {
    in.cases_file = *cases;
    if (const auto path = path_inside(parsed_->folder, cases->value)) {
      const std::size_t errors_before = diags.error_count();
      in.cases = load_case_answers(*path, cases->pos, diags);
      in.cases_unread = in.cases.empty() && diags.error_count() > errors_before;
    }
    else
      r.error_at(cases->pos, "path-leaves-folder",
                 "'cases' must name a file in the inspection's folder (or below it), found '" + cases->value + "'");
  }
  return in;
}

std::optional<Inspection> load_inspection(const fs::path& path, Diagnostics& diags, const std::string& language,
                                          const std::string& fallback_marker) {
  const auto source = InspectionSource::open(path, diags);
  if (!source) return std::nullopt;
  return source->read(diags, language, fallback_marker);
}

std::optional<Inspection> load_inspection_text(const std::string& file, const std::string& source,
                                               const fs::path& folder, Diagnostics& diags, const std::string& language,
                                               const std::string& fallback_marker) {
  const auto parsed = InspectionSource::from_text(file, source, folder, diags);
  if (!parsed) return std::nullopt;
  return parsed->read(diags, language, fallback_marker);
}

}  // namespace quire
