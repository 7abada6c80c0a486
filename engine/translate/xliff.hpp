// XLIFF 1.2, the exchange format translation (CAT) tools read and write: one trans-unit per text
// that needs a translator, its id the field's path. translate/ is the only folder that includes
// pugixml.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/translation.hpp"

namespace quire::translate {

// A unit to write: a field's path, English and context, and for stale Welsh the old translation.
struct ExportUnit {
  std::string id;
  std::string english;
  std::string note;
  std::optional<std::string> previous;  // Welsh of an earlier English, offered as <alt-trans>
  bool markdown = false;                // narrative: inline structure becomes protected codes
  std::optional<std::string> current;   // a translation to review (a proposed label), as the target
};

// The XLIFF document for `units` of the file named `original`, from English into `target`.
std::string write_xliff(const std::vector<ExportUnit>& units, const std::string& original, const std::string& target);

// A translated unit as read back: the id, its source's English, the target as Markdown rebuilt
// from its codes, and whether the translator marked it final.
struct ImportedUnit {
  std::string id;
  std::string source;
  std::string target;
  bool reviewed = false;
  std::string state;  // the target's XLIFF state, as written ("" when none)
  SourcePos pos;      // the trans-unit in the XLIFF file
};

// The English a unit was made from, and whether it is Markdown (narrative, whose text between
// codes the translator reads and writes as plain text) or printed as it is.
struct UnitEnglish {
  std::string text;
  bool markdown = false;
};

// Reads the translated units of an XLIFF file (`file` names it in messages). `english_of` gives
// the English each unit was made from (nothing: the id is unknown), whose inline codes the target
// must carry, each once. Units without a target, or marked as still needing translation, are
// skipped. Every problem is reported; nothing is returned when there is any. `bytes` are the file
// as saved, in any encoding a tool writes (xliff_bytes.hpp).
std::optional<std::vector<ImportedUnit>> read_xliff(
    const std::string& file, const std::string& bytes,
    const std::function<std::optional<UnitEnglish>(const std::string&)>& english_of, Diagnostics& diags);

}  // namespace quire::translate
