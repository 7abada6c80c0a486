// Opening a YAML data file, the one way every loader does it (inspection, rules of each family,
// catalogues, glossary, CCI programme): read, UTF-8 check, input limits, parse, each problem
// reported at its position. Internal to load/.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "load/yaml_tree.hpp"

namespace quire::load_detail {

// A data file, read and parsed once.
struct YamlFile {
  std::string file;    // its name in messages
  std::string source;  // its text: readers find where a block scalar's lines start in it
  YamlDocument root;
};

// Reads and parses `path`. Nothing, with the problem in `diags`, when it cannot be read (reported
// at `named_at` when another file names it there, else at the file itself), is not UTF-8, is over
// the input limits or is not YAML.
std::optional<YamlFile> open_yaml(const std::filesystem::path& path, Diagnostics& diags,
                                  const SourcePos& named_at = {});

// The text of `path`, for a loader that looks in the parse cache (load/parse_cache.hpp) before it
// parses; nothing, reported as open_yaml reports it, when it cannot be read.
std::optional<std::string> read_yaml_text(const std::filesystem::path& path, Diagnostics& diags,
                                          const SourcePos& named_at = {});

// open_yaml for text already read: `file` names it in messages.
std::optional<YamlFile> yaml_from_text(std::string file, std::string source, Diagnostics& diags);

}  // namespace quire::load_detail
