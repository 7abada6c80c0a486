#include "pipeline/framework.hpp"

#include "load/load.hpp"

namespace quire {

namespace fs = std::filesystem;

namespace {

// The rules file's wording as a catalogue in `language`. An English placeholder is unreviewed
// like every English label; a Welsh one is at best proposed until a translator sees the official words.
Catalogue wording_catalogue(const DomainRules& rules, const std::string& language) {
  std::map<std::string, Label> labels;
  for (const auto& w : rules.wording) {
    const auto text = w.text.find(language);
    if (text == w.text.end()) continue;
    labels[w.label] = Label{text->second, language == "en" ? LabelStatus::unreviewed : LabelStatus::proposed};
  }
  return Catalogue(language, rules.file, std::move(labels), {});
}

}  // namespace

std::optional<Catalogue> framework_labels(const Catalogue& family, const DomainRules& rules, const Options& options,
                                          Diagnostics& diags) {
  Catalogue out = family;
  if (!rules.labels.empty()) {
    const fs::path path = options.root / "data" / "i18n" / rules.labels / (family.language() + ".yaml");
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      diags.error(rules.labels_pos.line > 0 ? rules.labels_pos : SourcePos{rules.file, 0, 0}, "unknown-labels",
                  "the rules name the labels '" + rules.labels + "', but there is no " + path.string());
      return std::nullopt;
    }
    auto own = load_catalogue(path, diags);
    if (!own) return std::nullopt;
    out = layered(out, *own);
  }
  if (!rules.wording.empty()) out = layered(out, wording_catalogue(rules, family.language()));
  return out;
}

void warn_each_unconfirmed(const DomainRules& rules, Diagnostics& diags) {
  for (const auto& w : rules.wording)
    if (!w.confirmed)
      diags.warning(w.pos, "unconfirmed-wording",
                    "the wording of '" + w.label + "' is an unconfirmed placeholder: type the official words here "
                    "and set its status to confirmed");
}

void warn_unconfirmed_used(const DomainRules& rules, const Catalogue& labels, Diagnostics& diags) {
  std::size_t used = 0;
  for (const auto& w : rules.wording)
    if (!w.confirmed && labels.was_used(w.label)) ++used;
  if (used == 0) return;
  diags.warning(SourcePos{rules.file, 0, 0}, "unconfirmed-wording",
                "this report prints " + std::to_string(used) + " unconfirmed placeholder wording" +
                    (used == 1 ? "" : "s") + " from " + rules.name + "; `quire validate` names each");
}

}  // namespace quire
