// Translatable fields as the translator's tools see them: each printed text of an inspection with
// its path, its English, its Welsh (when written) and the fingerprint of the English that Welsh
// was made from, so an export can list what needs work and an import can put Welsh back.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.hpp"

namespace quire {

// A short fingerprint of English text (8 hex digits). A Welsh text records the fingerprint of
// the English it translates (`cy_of`), so an English edit made afterwards shows up as stale Welsh.
// Line ends and the spaces around the text do not count: re-indenting a block changes no meaning.
std::string english_fingerprint(std::string_view english);

// One printed text of the inspection that a Welsh edition needs in Welsh.
struct TranslatableField {
  std::string path;            // "recommendations[2].owner", "domains[3].standards[3.4].narrative"
  std::string context;         // for the translator: "Domain 3, standard 3.4: narrative"
  SourcePos pos;               // where the value is written
  std::size_t offset = 0;      // the value's first byte in the file (a scalar, or its {en, cy} map)
  std::string english;
  std::optional<std::string> welsh;
  std::string welsh_of;        // the fingerprint recorded beside the Welsh (`cy_of`); empty if none
  bool reviewed = false;       // `cy_reviewed: true`: a translator confirmed the Welsh
  bool markdown = false;       // narrative: emphasis, links and footnote references inside
  bool per_language = false;   // written {en: ..., cy: ...}; otherwise a plain English scalar
  bool in_flow = false;        // inside a flow collection ([...] or {...}), where a block cannot go

  // The English changed after the Welsh was made from it.
  bool stale() const { return welsh && !welsh_of.empty() && welsh_of != english_fingerprint(english); }
  // Needs a translator: no Welsh yet, or Welsh of an earlier English.
  bool needs_work() const { return !welsh || stale(); }
};

}  // namespace quire
