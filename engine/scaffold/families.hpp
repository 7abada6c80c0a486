// What each family's part of the scaffold (its entry's write_scaffold, families/NAME/scaffold.cpp)
// shares: the keys after `family` and `rules`. Internal to scaffold/ and the families' scaffolds.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "scaffold/scaffold.hpp"
#include "scaffold/writer.hpp"

namespace quire::scaffold {

// What a family's part needs from the rest of the file.
struct Written {
  std::vector<std::string> footnotes;  // ids the part cites, each given a footnote to write
};

// Each key of `map` in turn, as a placeholder named "PREFIX: KEY" (a map of plain values).
void write_todos(Writer& w, const KeyMap& map, const std::string& prefix);
// The address keys ({name, address}) under `key`, to write.
void write_address(Writer& w, const KeyDef& key, const std::string& what);
// The recommendations: one group to write.
void write_recommendations(Writer& w, const KeyDef& key);
// report.area: the name given with --area, else a placeholder.
void write_area(Writer& w, const KeyDef& key, const Request& request);

}  // namespace quire::scaffold
