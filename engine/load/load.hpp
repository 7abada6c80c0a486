// load/: the only stage that reads YAML and CSV. It turns an inspection's files, the scoring
// rules, the label catalogues and the glossary into plain model types, reporting every problem
// (unknown keys, wrong types, missing fields, out-of-range figures) at once, with positions.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <set>

#include "base/diagnostics.hpp"
#include "i18n/catalogue.hpp"
#include "model/glossary.hpp"
#include "model/inspection.hpp"
#include "model/translation.hpp"

namespace quire {

// Reads an inspection's YAML and the case-level CSV it names. Returns nothing when the file
// cannot be read or parsed at all; otherwise returns what could be read, with errors in `diags`.
// Text written per language ({en: ..., cy: ...}) is read in `language`. With a `fallback_marker`
// (drafts), text missing in that language is taken from the other, prefixed with the marker.
std::optional<Inspection> load_inspection(const std::filesystem::path& path, Diagnostics& diags,
                                          const std::string& language = "en", const std::string& fallback_marker = "");

// The same from text already in memory; `file` names it in messages and `folder` is where the
// files it refers to (cases) are looked for.
std::optional<Inspection> load_inspection_text(const std::string& file, const std::string& source,
                                               const std::filesystem::path& folder, Diagnostics& diags,
                                               const std::string& language = "en",
                                               const std::string& fallback_marker = "");

// One inspection file, read and parsed once, to be read into the model in any language: the
// parity check compares two language editions without parsing the file twice.
class InspectionSource {
 public:
  // Reads and parses `path`; nothing (with the error in `diags`) when it cannot be read or parsed.
  // Each of `quire new`'s placeholders in it is reported with `placeholders`: a warning, or an
  // error where a final report is to be made of it.
  static std::optional<InspectionSource> open(const std::filesystem::path& path, Diagnostics& diags,
                                              Severity placeholders = Severity::warning);
  // As open(), from text already in memory.
  static std::optional<InspectionSource> from_text(const std::string& file, const std::string& source,
                                                   const std::filesystem::path& folder, Diagnostics& diags,
                                                   Severity placeholders = Severity::warning);

  // The inspection in `language`, as load_inspection() describes.
  std::optional<Inspection> read(Diagnostics& diags, const std::string& language = "en",
                                 const std::string& fallback_marker = "") const;
  // Every key, and every word of a closed vocabulary (call-out kinds), the loader accepts in the
  // parts of the schema this file reaches: the README's key reference is checked against them.
  std::set<std::string> accepted_words() const;
  // Whether the data has a `translations` entry (read() checks what it says). read() may be called
  // on several threads at once.
  bool declares_translations() const;
  // Every printed text of the inspection that a Welsh edition needs, with its English, its Welsh
  // and the Welsh's bookkeeping, in the order of the file (translations export and import).
  std::vector<TranslatableField> translatable_fields(Diagnostics& diags) const;
  // The file's text as read (import splices into it).
  const std::string& text() const;
  // How many of `quire new`'s placeholders the file holds (open() reported each).
  std::size_t placeholder_count() const;

  struct Parsed;  // the text and its YAML tree (yaml-cpp stays inside load/)

 private:
  explicit InspectionSource(std::shared_ptr<const Parsed> parsed) : parsed_(std::move(parsed)) {}
  std::optional<Inspection> read_recording(Diagnostics& diags, const std::string& language,
                                           const std::string& fallback_marker,
                                           std::vector<TranslatableField>* fields,
                                           std::set<std::string>* vocabulary) const;  // noting accepted words
  std::shared_ptr<const Parsed> parsed_;
};

// Reads a label catalogue (data/i18n/LANG.yaml).
std::optional<Catalogue> load_catalogue(const std::filesystem::path& path, Diagnostics& diags);

// One {text, status} label of a catalogue as written, for the translations import: its dotted key,
// and the 1-based line and column where its map starts ("{" or its first key).
struct LabelEntry {
  std::string key;
  std::string text;
  std::string status;
  int line = 0;
  int column = 0;
};
// Every {text, status} label of a catalogue file, in the file's order.
std::optional<std::vector<LabelEntry>> label_entries(const std::filesystem::path& path, Diagnostics& diags);
// The same from a catalogue's text (`file` names it in messages).
std::optional<std::vector<LabelEntry>> label_entries_in(const std::string& file, const std::string& text,
                                                        Diagnostics& diags);

// Reads the glossary (data/glossary.yaml).
std::optional<Glossary> load_glossary(const std::filesystem::path& path, Diagnostics& diags);

// Reports footnote references ([^id]) in narrative that no footnote defines, and footnotes
// that nothing references. `builtin` names footnotes the templates define themselves.
void check_footnotes(const Inspection& inspection, const std::vector<std::string>& builtin, Diagnostics& diags);

// Reports glossary ids the inspection selects that the glossary does not define.
void check_glossary_selection(const Inspection& inspection, const Glossary& glossary, Diagnostics& diags);

// Warns once about each acronym (two or more capitals) used in the narrative that is neither in
// the report's glossary, nor common (glossary.common_acronyms), nor spelled out in the text as
// "Long Name (ACR)".
void check_acronyms(const Inspection& inspection, const Glossary& glossary, Diagnostics& diags);

// Reports raw HTML in narrative (<script>, <i>, <!-- -->): narrative is Markdown only, so nothing a
// data file carries is ever passed through as markup to a viewer.
void check_raw_html(const Inspection& inspection, Diagnostics& diags);

}  // namespace quire
